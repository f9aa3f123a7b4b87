"""tracker: a commitment and follow-up tracker for policy analysts."""

__version__ = "0.1.0"
