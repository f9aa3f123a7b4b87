"""The vocabulary every room shares: clock, statuses, errors, config, parties, lexicon, safe text."""
