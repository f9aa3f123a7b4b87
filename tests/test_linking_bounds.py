"""The matcher's bounds (issue 12): it tries only the events that can lie after a promise,
and asks a series' other promises through an index; the suggestions are those of trying
every pair and walking every promise (written out here as the reference)."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from tracker.linking import CommitmentView, SourceEvents, find_events, match, prepare, suggest

D = dt.date
HOSTS = ("Nairobi", "Accra")


def _series(seed: int) -> tuple[list[CommitmentView], list[SourceEvents]]:
    """A Kenya-Ghana dialogue over six years: editions reported held (some by date, some
    undated, one called off), promises of the next edition with a host and a window, some
    moved, some restated, and an unnamed promise of a workshop."""
    rnd = random.Random(seed)
    day = D(2018, 1, 10)
    promises: list[CommitmentView] = []
    sources: list[SourceEvents] = []
    for n in range(1, 26):
        day += dt.timedelta(days=rnd.choice((40, 75, 120, 200)))
        pub = day + dt.timedelta(days=rnd.choice((0, 1, 3)))
        if rnd.random() < 0.15:
            text = "The Kenya-Ghana Energy Dialogue was called off after the election."
        elif rnd.random() < 0.3:
            text = f"The {n}th Kenya-Ghana Energy Dialogue was held in {rnd.choice(HOSTS)}."
        else:
            text = (f"The {n}th Kenya-Ghana Energy Dialogue was held in {rnd.choice(HOSTS)} on "
                    f"{day.strftime('%B')} {day.day}, {day.year}.")
        sources.append(SourceEvents(n, pub, tuple(find_events(text, pub))))
        start = pub + dt.timedelta(days=rnd.choice((0, 30, 90)))
        end = start + dt.timedelta(days=rnd.choice((60, 180, 400)))
        host = rnd.choice(HOSTS)
        subject = rnd.choice((f"{n + 1}th Kenya-Ghana Energy Dialogue in {host}",
                              f"next Kenya-Ghana Energy Dialogue in {host}",
                              "Kenya-Ghana Energy Dialogue", "workshop on grid storage"))
        promises.append(prepare(CommitmentView(
            id=n, source_id=n, made_on=pub, subject=subject, quote=subject, action="hold",
            actors=("Kenya", "Ghana"), due_start=start, due_end=end)))
    return promises, sources


def _other_edition(self, c, ev, when):  # type: ignore[no-untyped-def]
    if c.action_cls != "meet" or c.recurrence or ev.ordinal is not None and c.ordinal == ev.ordinal:
        return False
    # an event known only to a range ("at the end of September", "last October") that
    # reaches into the window is not before it (EU-U.S. and U.S.-Mexico reports, 2021)
    last = ev.date_end if ev.date_end is not None and ev.date_start == when else when
    if c.due_start is not None and last < c.due_start and c.due_end is not None \
            and (c.due_end - c.due_start).days <= 366:
        return True
    if c.due_end is not None and when > c.due_end:
        for c2 in self.same:
            if c2.id == c.id or c2.key != c.key or c2.action_cls != c.action_cls:
                continue
            if c.ordinal is not None and c2.ordinal == c.ordinal:
                continue
            if match._moved_while_open(c, c2):
                continue  # the same meeting moved
            if c2.due_start and c2.due_end and c2.due_start <= when <= c2.due_end \
                    and c2.due_start > c.due_end and c2.made_on < when:
                return True
    return False


def _moved(self, c, ref):  # type: ignore[no-untyped-def]
    return any(c2.id != c.id and c2.key == c.key and c2.host and c2.host != c.host
               and c.made_on < c2.made_on < ref and c2.due_start and c2.due_end
               and c2.due_start <= ref <= c2.due_end for c2 in self.same)


def _there(self, c, place, ref):  # type: ignore[no-untyped-def]
    return any(c2.id != c.id and c2.key == c.key and c2.host == place and c2.made_on < ref
               and (c2.due_end is None or (c2.due_start or c2.made_on) <= ref <= c2.due_end)
               for c2 in self.same)


def _every_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """The matcher as it was: every event tried, every promise of the series walked."""
    monkeypatch.setattr(match, "_latest", lambda s, ev: D.max)
    monkeypatch.setattr(match._Series, "other_edition", _other_edition)
    monkeypatch.setattr(match._Series, "moved_to_another_host", _moved)
    monkeypatch.setattr(match._Series, "promised_there", _there)


@pytest.mark.parametrize("seed", range(20))
def test_the_series_index_answers_as_a_walk_over_every_promise(seed):
    rnd = random.Random(seed)

    def day() -> dt.date:
        return D(2020, 1, 1) + dt.timedelta(days=rnd.randrange(0, 900))

    same = []
    for i in range(40):
        start = day() if rnd.random() < 0.8 else None
        end = start + dt.timedelta(days=rnd.randrange(0, 500)) if start else (
            day() if rnd.random() < 0.5 else None)
        same.append(CommitmentView(
            id=i, source_id=i, made_on=day(), subject="s", due_start=start, due_end=end,
            host=rnd.choice(("kenya", "ghana", None)), key="k", ordinal=rnd.choice((None, 1, 2)),
            action_cls=rnd.choice(("meet", "meet", "sign")), recurrence=None))
    series = match._Series(same)
    event = next(ev for ev in find_events(
        "The Kenya-Ghana Energy Dialogue was held in Accra on May 4, 2021.", D(2021, 5, 5)))
    answers = set()
    for c in same:
        for _ in range(15):
            ref = day()
            ev = event if rnd.random() < 0.5 else match.replace(
                event, body=match.replace(event.body, ordinal=c.ordinal))
            for got, want in ((series.other_edition(c, ev, ref), _other_edition(series, c, ev, ref)),
                              (series.moved_to_another_host(c, ref), _moved(series, c, ref)),
                              (series.promised_there(c, "ghana", ref),
                               _there(series, c, "ghana", ref))):
                assert got == want
                answers.add(got)
    assert answers == {True, False}


@pytest.mark.parametrize("seed", range(12))
def test_bounded_matcher_suggests_what_trying_every_pair_suggests(seed, monkeypatch):
    promises, sources = _series(seed)
    bounded = suggest(promises, sources)
    with monkeypatch.context() as m:
        _every_pair(m)
        reference = suggest(promises, sources)
    assert bounded == reference
    assert any(s.kind == "fulfils" for s in bounded)  # the series gives the matcher work


def test_no_event_on_or_before_the_promise_is_tried(monkeypatch):
    promises, sources = _series(3)
    tried: list[tuple[dt.date, dt.date]] = []
    real = match._fulfil

    def spy(c, s, ev, reg, series, **kw):  # type: ignore[no-untyped-def]
        tried.append((c.made_on, match._latest(s, ev)))
        return real(c, s, ev, reg, series, **kw)

    monkeypatch.setattr(match, "_fulfil", spy)
    suggest(promises, sources)
    assert tried and all(last > made for made, last in tried)
    every = sum(1 for c in promises for s in sources for ev in s.events
                if ev.key == c.key and ev.polarity != "negative")
    assert len(tried) < every / 2  # promises along a series: most events come before them


@pytest.mark.parametrize("seed", range(12))
def test_reasons_written_for_the_kept_are_those_written_for_every_pair(seed, monkeypatch):
    """The matcher decides every pair without writing its reason (``FulfilReason``, data) and
    writes the reasons of the suggestions it keeps: the same suggestions, reasons byte for
    byte, as writing the reason of every pair it tries."""
    promises, sources = _series(seed)
    kept = suggest(promises, sources)
    real = match._fulfil

    def every(c, s, ev, reg, series, **kw):  # type: ignore[no-untyped-def]
        sg = real(c, s, ev, reg, series, **kw)
        return None if sg is None else match._rendered(sg, reg)

    monkeypatch.setattr(match, "_fulfil", every)
    written = suggest(promises, sources)
    assert [(s.reason, s.why) for s in kept] == [(s.reason, s.why) for s in written]
    assert kept == written and all(s.reason and s.why is None for s in kept)
    assert any(s.kind == "fulfils" for s in kept) and any(s.kind == "restates" for s in kept)


def _over_cap(suggestions: list[match.Suggestion]) -> list[tuple[int, int | None, str]]:
    """The reference cap, on suggestions: the keys of the restatements past it, per commitment
    all but the first ``RESTATES_FIRST`` and the latest (by the day restated, then source)."""
    per: dict[int, list[match.Suggestion]] = {}
    for sg in suggestions:
        if sg.kind == "restates":
            per.setdefault(sg.commitment_id, []).append(sg)
    over: list[tuple[int, int | None, str]] = []
    for sgs in per.values():
        sgs.sort(key=lambda sg: (sg.event_date or D.min, sg.source_id or 0))
        over += [(sg.commitment_id, sg.source_id, sg.kind) for sg in sgs[match.RESTATES_FIRST:-1]]
    return over


@pytest.mark.parametrize("seed", range(12))
def test_restatements_decided_as_pairs_are_those_capped_as_suggestions(seed):
    """``_restates_kept`` over the (promise, later promise) pairs ``_restated`` decides keeps
    the suggestions the reference cap (``_over_cap``) keeps of every restatement written."""
    promises, _sources = _series(seed)
    # and one promise said again in six later readouts inside its window: the cap bites
    promises = promises + [prepare(CommitmentView(
        id=100 + i, source_id=100 + i, made_on=D(2024, 1, 10) + dt.timedelta(days=20 * i),
        subject="Kenya-Ghana Water Commission", quote="Kenya-Ghana Water Commission",
        action="hold", actors=("Kenya", "Ghana"), due_start=D(2024, 1, 10),
        due_end=D(2025, 12, 31))) for i in range(7)]
    reg = match.load_registry()
    pairs, objects = {}, {}
    for c in promises:
        for c2 in promises:
            if c2.source_id is None or (c.id, c2.source_id) in pairs:
                continue
            how = match._restated(c, c2, reg)
            if how is not None:
                sg = match._restatement(c, c2, reg, how)
                pairs[c.id, c2.source_id] = (c, c2, how)
                objects[sg.commitment_id, sg.source_id, sg.kind] = sg
    for k in _over_cap(list(objects.values())):
        del objects[k]
    assert match._restates_kept(pairs, {}, reg) == objects
    assert len(objects) < len(pairs)  # the cap took some
