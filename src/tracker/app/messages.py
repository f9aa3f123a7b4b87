"""Errors as one line for the user: the one translation both faces use."""

from __future__ import annotations

import sqlite3
import sys


def user_message(exc: BaseException) -> str | None:
    """One line for an error a user can cause or meet (a refused change, a bad
    document, a database problem, a file system error); None for anything
    else, which is a bug and keeps its traceback."""
    from tracker.domain.errors import ServiceError
    from tracker.ingest.documents import DocumentError

    if isinstance(exc, ServiceError | DocumentError):
        return str(exc)
    if "sqlalchemy" in sys.modules:  # never import it just to ask
        from sqlalchemy.exc import SQLAlchemyError

        from tracker.store.db import DatabaseError

        if isinstance(exc, DatabaseError):
            return str(exc)
        if isinstance(exc, SQLAlchemyError):
            text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            return f"database: {text[0] if text else type(exc).__name__}"
    if isinstance(exc, sqlite3.Error):
        return f"database: {exc}"
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return None
