"""A document in another language is stored but gives no commitments (tracker reads English):
ingest says so. Sentences written for these tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.ingest.language import OTHER, other_language

ENGLISH = ("Kenya and Ghana agreed to hold the next meeting of the joint commission in Accra in May. "
           "The ministers said that the talks will also cover trade, and that a deal is to be signed "
           "by the end of the year, with the help of their officials.")


@pytest.mark.parametrize("language", sorted(OTHER))
def test_each_language_reads_as_itself(language: str) -> None:
    example = OTHER[language][1]
    assert other_language(" ".join([example] * 3)) == language


def test_english_reads_as_english_even_with_a_quoted_phrase() -> None:
    assert other_language(ENGLISH) is None
    assert other_language(ENGLISH + ' The so-called "mesa de diálogo de la frontera" met on Monday.') is None


def test_ingest_says_a_document_reads_as_another_language(tmp_path) -> None:  # type: ignore[no-untyped-def]
    es = tmp_path / "es.txt"
    es.write_text("title: Acuerdo\ndate: 2031-05-16\n\n" + " ".join([OTHER["Spanish"][1]] * 3) + "\n",
                  encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("title: Agreement\ndate: 2031-05-16\n\n" + ENGLISH + "\n", encoding="utf-8")
    res = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 't.db'}", "ingest", str(es), str(en)])
    assert res.exit_code == 0, res.output
    lines = {ln.split(":")[0].rsplit("/", 1)[-1]: ln for ln in res.output.splitlines() if ": " in ln}
    assert "reads as Spanish: commitments are read in English only" in lines["es.txt"]
    assert "reads as" not in lines["en.txt"]
