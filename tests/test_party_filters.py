"""`--actor` matches a party, never a substring; `--topic` a whole topic.
On SQLite and PostgreSQL (the `db` fixture), through the service layer and
the CLI."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from pinned import CLOCK, TODAY
from tracker.cli import cli
from tracker.lifecycle.services import Filters, add_commitment, count_commitments, list_commitments
from tracker.store.db import Database

MADE = dt.date(2024, 3, 1)

# subject -> (actors as stored, topics)
ROWS = {
    "joint cyber exercise": (["India", "United States"], ["cyber", "defence"]),
    "port visit by the navy": (["Australia"], ["maritime"]),
    "visa facilitation": (["United States"], ["migration"]),
    "quad vaccine centre": (["Japan", "Australia", "India"], ["energy"]),
    "a fund for pilots": (["Austria", "Ministry of Magic"], ["aviation"]),
    "talks on the river": (["Republic of the Congo", "Democratic Republic of the Congo"],
                           ["counter-terrorism"]),
    "us_100% literal": (["US_100%"], ["trade"]),
}


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    out = {}
    with db.session() as s:
        for subject, (actors, topics) in ROWS.items():
            c = add_commitment(s, quote=f"They will hold the {subject}.", subject=subject,
                               actors=actors, topics=topics, made_on=MADE, by="test", clock=CLOCK)
            s.flush()
            out[subject] = c.id
        s.commit()
    return out


def listed(db: Database, **kw: object) -> set[str]:
    with db.session() as s:
        f = Filters(as_of=MADE, **kw, today=TODAY)  # type: ignore[arg-type]
        rows = {c.subject for c in list_commitments(s, f)}
        assert count_commitments(s, f) == len(rows)
        return rows


US = {"joint cyber exercise", "visa facilitation"}


@pytest.mark.parametrize("spelling", ["US", "U.S.", "American", "United States", "USA",
                                      "the United States of America", "Washington",
                                      "united states", "the U.S. President"])
def test_actor_any_spelling_is_the_party(db: Database, ids: dict[str, int], spelling: str) -> None:
    assert listed(db, actor=spelling) == US  # never Australia, Austria


def test_actor_is_a_whole_item(db: Database, ids: dict[str, int]) -> None:
    assert listed(db, actor="Indian") == {"joint cyber exercise", "quad vaccine centre"}
    assert listed(db, actor="Australia") == {"port visit by the navy", "quad vaccine centre"}
    assert listed(db, actor="Austria") == {"a fund for pilots"}
    assert listed(db, actor="Japanese") == {"quad vaccine centre"}
    # an ambiguous name lists every party it may mean
    assert listed(db, actor="Congo") == {"talks on the river"}
    assert listed(db, actor="DRC") == {"talks on the river"}


def test_unknown_actor_matches_a_whole_actor_in_any_case(db: Database,
                                                         ids: dict[str, int]) -> None:
    assert listed(db, actor="ministry of magic") == {"a fund for pilots"}
    assert listed(db, actor="Ministry") == set()  # not a substring
    assert listed(db, actor="Atlantis") == set()  # unknown and unmatched: empty, no error
    assert listed(db, actor="us") == set()  # "us" is not the United States
    assert listed(db, actor="US_100%") == {"us_100% literal"}  # LIKE characters are literal
    assert listed(db, actor="US_1000") == set()


def test_topic_is_a_whole_topic(db: Database, ids: dict[str, int]) -> None:
    assert listed(db, topic="cyber") == {"joint cyber exercise"}
    assert listed(db, topic="Defence") == {"joint cyber exercise"}
    assert listed(db, topic="counter-terrorism") == {"talks on the river"}
    assert listed(db, topic="terrorism") == set()
    assert listed(db, topic="cyber", actor="U.S.") == {"joint cyber exercise"}
    assert listed(db, topic="maritime", actor="U.S.") == set()


def cli_subjects(url: str, *args: str) -> set[str]:
    out = CliRunner().invoke(cli, ["--db", url, "list", "--as-of", MADE.isoformat(),
                                   "--format", "json", *args])
    assert out.exit_code == 0, out.output
    return {r["subject"] for r in json.loads(out.output)}


def test_cli_actor_and_topic(db: Database, ids: dict[str, int]) -> None:
    for spelling in ("US", "U.S.", "American"):
        assert cli_subjects(db.url, "--actor", spelling) == US
    assert cli_subjects(db.url, "--actor", "Nowhere Land") == set()
    assert cli_subjects(db.url, "--topic", "migration") == {"visa facilitation"}
    assert cli_subjects(db.url, "--actor", "Australian", "--topic", "energy") == {
        "quad vaccine centre"}


def test_cli_list_help_names_the_options() -> None:
    out = CliRunner().invoke(cli, ["list", "--help"])
    assert out.exit_code == 0
    assert "--actor PARTY" in out.output and "--topic TOPIC" in out.output
