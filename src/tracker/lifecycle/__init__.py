"""The rules of a commitment's life: storing what ingest extracted, status changes, evidence and the review of linking suggestions."""
