"""The filter bar's actor box matches parties (any spelling, never a
substring) and suggests them; the topic box matches a whole topic. On SQLite
and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from textual.widgets import DataTable, Input

from pinned import CLOCK
from tracker.ingest.documents import iter_paths, read_document
from tracker.lifecycle.services import add_commitment, ingest_document
from tracker.store.db import Database
from tracker.store.models import Commitment, split_list
from tracker.tui.app import create_app
from tracker.tui.screens.commitments import CommitmentsScreen, PagedTable

from .conftest import SEEDS, TODAY, settle


def table_ids(table: DataTable) -> set[int]:  # type: ignore[type-arg]
    return {int(k.value) for k in table.rows}


def ids_with(database: Database, actor: str | None = None, topic: str | None = None) -> set[int]:
    with database.session() as s:
        return {c.id for c in s.scalars(select(Commitment))
                if (actor is None or actor in split_list(c.actors))
                and (topic is None or topic in split_list(c.topics))}


async def test_actor_box_is_the_party_in_any_spelling(db: Database) -> None:
    for path in iter_paths([SEEDS]):
        with db.session() as s:
            ingest_document(s, read_document(path), clock=CLOCK)
    with db.session() as s:
        for actors in (["Australia"], ["Austria", "Japan"]):
            add_commitment(s, quote="They will sign the accord.", subject="accord",
                           actors=actors, topics=["trade"], made_on=dt.date(2024, 5, 1),
                           by="test", clock=CLOCK)
        s.commit()
    us = ids_with(db, "United States")
    australia = ids_with(db, "Australia")
    assert us and australia and not us & australia

    app = create_app(db.url, today=TODAY)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen)
        table = screen.query_one(PagedTable)
        box = screen.query_one("#actor", Input)
        box.focus()
        await pilot.press("U", "S")
        await settle(pilot)
        assert table_ids(table) == us
        for spelling in ("U.S.", "American", "the United States of America"):
            box.value = spelling
            await settle(pilot)
            assert table_ids(table) == us, spelling
        box.value = "Australian"
        await settle(pilot)
        assert table_ids(table) == australia
        box.value = "Nowhere Land"
        await settle(pilot)
        assert table_ids(table) == set()

        # suggestions: the database's actors first, then every party
        assert box.suggester is not None
        assert await box.suggester.get_suggestion("austr") == "Australia"
        assert await box.suggester.get_suggestion("ind") == "India"
        assert await box.suggester.get_suggestion("zimb") == "Zimbabwe"

        box.value = ""
        topic = screen.query_one("#topic", Input)
        topic.focus()
        await pilot.press(*"trade")
        await settle(pilot)
        assert table_ids(table) == ids_with(db, topic="trade")
        assert topic.suggester is not None
        assert await topic.suggester.get_suggestion("tra") == "trade"
        box.value = "Austria"
        await settle(pilot)
        assert table_ids(table) == ids_with(db, "Austria")
        assert len(table_ids(table)) == 1
