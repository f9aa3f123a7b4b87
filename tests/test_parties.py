"""The party registry: coverage of the UN membership, every alias row, the
ambiguous names, office titles, suggestions and user overrides."""

from __future__ import annotations

from pathlib import Path

import pycountry
import pytest

from tracker.domain import parties
from tracker.domain.parties import Party, build_registry, package_registry

REG = package_registry()


def p(code: str) -> Party:
    party = REG.get(code)
    assert party is not None, code
    return party


# --- coverage -------------------------------------------------------------------------


def test_every_un_member_state_observers_taiwan_and_chinas_sars() -> None:
    countries = [e for e in REG.entries.values() if e.party.kind == "country"]
    members = {e.party.code for e in countries if e.un == "member"}
    assert len(members) == 193
    assert {e.party.code for e in countries if e.un == "observer"} == {"VAT", "PSE"}
    # (Hong Kong and Macau conclude their own visa, trade and extradition agreements)
    assert {e.party.code for e in countries if e.un == "none"} == {"TWN", "HKG", "MAC"}
    assert len(countries) == 198
    for e in countries:  # every code is an ISO 3166-1 alpha-3 code
        assert pycountry.countries.get(alpha_3=e.party.code) is not None, e.party.code
    # territories and non-members are not parties of their own
    for code in ("ESH", "PRI", "GRL", "ASM", "CUW", "ATA"):
        assert code not in members and REG.get(code) is None


def test_organisations_named_in_the_brief() -> None:
    for code in ("EU", "NATO", "QUAD", "ASEAN", "G7", "G20", "UN", "AU", "BRICS", "SCO",
                 "IAEA", "WTO"):
        assert p(code).kind == "organisation"


def test_display_names_are_unique_and_the_extractors() -> None:
    names = [e.party.name for e in REG.entries.values()]
    assert len(names) == len(set(names))
    # the names commitments already store stay the same
    for code, name in (("IND", "India"), ("USA", "United States"), ("KOR", "South Korea"),
                       ("PRK", "North Korea"), ("TUR", "Turkey"), ("CZE", "Czech Republic"),
                       ("GBR", "United Kingdom"), ("VNM", "Vietnam"), ("RUS", "Russia"),
                       ("EU", "European Union")):
        assert p(code).name == name


# --- every alias row --------------------------------------------------------------------


def _every_spelling() -> list[tuple[str, str]]:
    return [(code, s) for code, spellings in REG.spellings.items() for s in spellings]


@pytest.mark.parametrize(("code", "spelling"), _every_spelling())
def test_every_spelling_resolves_to_its_own_party(code: str, spelling: str) -> None:
    party = p(code)
    assert REG.resolve(spelling) == party
    assert REG.canonical_name(spelling) == party.name
    # and it is found as itself in running text
    text = f"Officials of {spelling} met on Monday."
    found = REG.find_parties(text)
    assert [(m.party, text[m.start:m.end]) for m in found] == [(party, spelling)]


def test_every_row_spelling_is_used_and_claimed_by_one_party_only() -> None:
    for e in REG.entries.values():  # only ISO names may be left out
        left_out = set(e.spellings()) - set(REG.spellings[e.party.code])
        assert left_out <= set(e.iso_names), (e.party.code, left_out)
    seen: dict[str, str] = {}
    for code, spelling in _every_spelling():
        assert seen.setdefault(spelling, code) == code, spelling


@pytest.mark.parametrize("alias", sorted(REG.ambiguous))
def test_ambiguous_rows_name_no_single_party(alias: str) -> None:
    assert REG.resolve(alias) is None
    assert len(REG.candidates(alias)) >= 2
    assert REG.find_parties(f"Officials of {alias} met on Monday.") == []


@pytest.mark.parametrize("phrase", REG.not_parties)
def test_not_party_rows_are_not_mentions(phrase: str) -> None:
    assert REG.find_parties(f"They spoke about the {phrase} on Monday.") == []


def _titles() -> list[tuple[str, str]]:
    import yaml

    data = yaml.safe_load(parties.DATA_FILE.read_text(encoding="utf-8"))
    return [(row["title"], row["example"]) for row in data["titles"]]


@pytest.mark.parametrize(("title", "example"), _titles())
def test_every_title_row_example(title: str, example: str) -> None:
    assert title.lower() in example.lower()
    party = REG.resolve(example)
    assert party is not None, example
    text = f"Yesterday {example} said the talks would resume."
    found = REG.find_parties(text)
    assert len(found) == 1 and found[0].party == party
    assert text[found[0].start:found[0].end] == example


# --- the hard cases ---------------------------------------------------------------------


@pytest.mark.parametrize(("text", "code"), [
    ("U.S.", "USA"), ("US", "USA"), ("USA", "USA"), ("America", "USA"),
    ("the United States of America", "USA"), ("American", "USA"), ("Washington", "USA"),
    ("Indian", "IND"), ("New Delhi", "IND"), ("Japanese", "JPN"), ("Tokyo", "JPN"),
    ("Beijing", "CHN"), ("the US Secretary of State", "USA"), ("the Indian Prime Minister", "IND"),
    ("the U.S. President", "USA"), ("President of the United States", "USA"),
    ("united states", "USA"), ("  the   United  States ", "USA"), ("India's", "IND"),
    ("Turkey", "TUR"), ("Türkiye", "TUR"), ("turkiye", "TUR"),
    ("Guinea", "GIN"), ("Guinea-Bissau", "GNB"), ("Equatorial Guinea", "GNQ"),
    ("Papua New Guinea", "PNG"), ("Niger", "NER"), ("Nigeria", "NGA"), ("Nigerien", "NER"),
    ("Korea", "KOR"), ("Republic of Korea", "KOR"), ("DPRK", "PRK"),
    ("Democratic People's Republic of Korea", "PRK"),
    ("China", "CHN"), ("People's Republic of China", "CHN"), ("Republic of China", "TWN"),
    ("Taiwan", "TWN"), ("DRC", "COD"), ("Republic of the Congo", "COG"),
    ("Georgia", "GEO"), ("Jordan", "JOR"), ("Chad", "TCD"),
    ("IND", "IND"), ("nato", "NATO"), ("the Quad", "QUAD"), ("cote d'ivoire", "CIV"),
    ("Russian Federation", "RUS"), ("Viet Nam", "VNM"), ("Holy See", "VAT"),
])
def test_resolve(text: str, code: str) -> None:
    assert parties.resolve(text) == p(code)


@pytest.mark.parametrize("text", ["us", "un", "au", "Congo", "Atlantis", "", "   ", "the",
                                  "ind", "President"])
def test_resolve_nothing(text: str) -> None:
    assert parties.resolve(text) is None


def test_find_parties_longest_match_word_bounded_case_sensitive() -> None:
    text = ("The Indian Prime Minister told us in Guinea-Bissau that Papua New Guinea, "
            "Equatorial Guinea and Guinea agreed. Niger and Nigeria; the South China Sea; "
            "the Indian Ocean; a US-led plan; the turkey was cold; AUSTRALIA and Austria; "
            "the Republic of China and the People's Republic of China; Congo.")
    got = [(m.party.code, text[m.start:m.end]) for m in parties.find_parties(text)]
    assert got == [
        ("IND", "The Indian Prime Minister"), ("GNB", "Guinea-Bissau"),
        ("PNG", "Papua New Guinea"), ("GNQ", "Equatorial Guinea"), ("GIN", "Guinea"),
        ("NER", "Niger"), ("NGA", "Nigeria"), ("AUT", "Austria"),
        ("TWN", "Republic of China"), ("CHN", "People's Republic of China"),
    ]


def test_find_parties_spans_are_offsets() -> None:
    text = "India and the U.S. agreed; the EU and ASEAN welcomed it."
    for m in parties.find_parties(text):
        assert parties.resolve(text[m.start:m.end]) == m.party
    assert [m.party.name for m in parties.find_parties(text)] == [
        "India", "United States", "European Union", "ASEAN"]


def test_suggest() -> None:
    assert parties.suggest("ind")[:2] == [p("IND"), p("IDN")]
    assert parties.suggest("Uni")[0].name in {"United Arab Emirates", "United Kingdom",
                                               "United Nations", "United States"}
    assert p("USA") in parties.suggest("Ameri")
    assert set(parties.suggest("Congo")[:2]) == {p("COD"), p("COG")}
    assert len(parties.suggest("", limit=None)) == len(REG.entries)
    assert parties.suggest("zzz") == []


def test_canonical_names_for_stored_actor_lists() -> None:
    assert parties.canonical_names(["U.S.", "India", "American", "", "Ministry of Magic"]) == [
        "United States", "India", "Ministry of Magic"]
    assert parties.canonical_name("  Ministry  of Magic ") == "Ministry of Magic"


# --- building and overrides -----------------------------------------------------------------


def test_a_spelling_claimed_twice_is_refused() -> None:
    rows = {"countries": {"AAA": {"name": "Aland", "aliases": ["Al"]},
                          "BBB": {"name": "Boland", "aliases": ["Al"]}}}
    with pytest.raises(ValueError, match="'Al' names both"):
        build_registry(rows, iso=False)


def test_user_file_adds_aliases_and_organisations(tmp_path: Path) -> None:
    user = tmp_path / "parties.yaml"
    user.write_text("countries:\n  IND: {capitals: [Raisina Hill]}\n"
                    "organisations:\n  BIMSTEC: {name: BIMSTEC, aliases: [Bay of Bengal "
                    "Initiative]}\n", encoding="utf-8")
    reg = parties.load_registry(user)
    assert reg.resolve("Raisina Hill") == p("IND")
    assert reg.resolve("Bay of Bengal Initiative").name == "BIMSTEC"  # type: ignore[union-attr]
    assert reg.resolve("Indian") == p("IND")
    assert package_registry().resolve("Raisina Hill") is None


def test_a_bad_user_file_is_one_clear_error(tmp_path: Path) -> None:
    user = tmp_path / "parties.yaml"
    user.write_text("countries:\n  FRA: {aliases: [Indian]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match="parties.yaml: alias 'Indian' names both"):
        parties.load_registry(user)


def test_a_bad_user_file_is_one_line_from_the_cli(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from click.testing import CliRunner

    from tracker.cli import cli

    user = tmp_path / "parties.yaml"
    user.write_text("countries: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(parties, "user_parties_path", lambda: user)
    parties.reload_registry()
    try:
        out = CliRunner().invoke(cli, ["--db", f"sqlite:///{tmp_path / 't.db'}", "list",
                                       "--actor", "US"])
    finally:
        parties.reload_registry()
    assert out.exit_code == 1
    assert out.output.startswith("error: ") and "parties.yaml" in out.output
    assert len(out.output.strip().splitlines()) == 1
    assert "Traceback" not in out.output

