"""Alembic environment for tracker (used in code and by the ``alembic`` CLI)."""

from __future__ import annotations

from logging.config import fileConfig
from typing import TYPE_CHECKING, Any, Literal

from alembic import context
from sqlalchemy import engine_from_config, pool

from tracker.store.models import Base

if TYPE_CHECKING:
    from alembic.autogenerate.api import AutogenContext
    from sqlalchemy.engine import Connection

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """Render our column types as plain SQLAlchemy types: migrations must not
    import application code that may change later."""
    from tracker.store.types import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


# Objects made by raw DDL in migrations that the models do not declare: the
# SQLite FTS5 table (and its shadow tables) and the PostgreSQL trigram index.
IGNORED_TABLE_PREFIX = "commitments_fts"
IGNORED_INDEXES = frozenset({"ix_commitments_text_trgm"})


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    if type_ == "table" and name and name.startswith(IGNORED_TABLE_PREFIX):
        return False
    return not (type_ == "index" and name in IGNORED_INDEXES)


def _include_object(obj: object, name: str | None, type_: str, reflected: bool,
                    compare_to: object) -> bool:
    return _include_name(name, type_, None)


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=_render_item,
        include_name=_include_name,
        include_object=_include_object,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connectable = config.attributes.get("connection") or config.attributes.get("engine")
    if connectable is None:
        from tracker.domain.config import resolve_url
        from tracker.store.db import make_engine

        url = config.get_main_option("sqlalchemy.url") or resolve_url()
        connectable = make_engine(url) if url else engine_from_config(
            config.get_section(config.config_ini_section, {}), poolclass=pool.NullPool
        )
    from sqlalchemy.engine import Connection

    if isinstance(connectable, Connection):
        _configure(connectable)
        with context.begin_transaction():
            context.run_migrations()
        return
    with connectable.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
