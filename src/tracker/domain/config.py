"""Where the database lives: ``--db``, else ``TRACKER_DATABASE_URL``, else a
SQLite file in the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

ENV_URL = "TRACKER_DATABASE_URL"
ENV_CONFIG_DIR = "TRACKER_CONFIG_DIR"
APP_NAME = "tracker"


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """``TRACKER_CONFIG_DIR`` if set, else the user's config directory
    (``$XDG_CONFIG_HOME/tracker``, by default ``~/.config/tracker`` on Linux)."""
    override = os.environ.get(ENV_CONFIG_DIR, "").strip()
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'tracker.db'}"


def resolve_url(cli_url: str | None = None) -> str:
    return cli_url or os.environ.get(ENV_URL) or default_url()


def is_embedded_default(url: str) -> bool:
    return url == default_url()


def current_user() -> str:
    """The login name, the default for ``--by``."""
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in some containers
        return os.environ.get("USER") or "unknown"
