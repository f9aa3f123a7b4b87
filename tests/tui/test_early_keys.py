"""Keys typed while the program starts (a terminal delivers them as soon as the UI reads
its input, before the first screen is ready) are neither lost nor sent elsewhere: "/sub"
typed at once filters the list by "sub", as it does once the screen is up."""

from __future__ import annotations

from textual import events
from textual.widgets import Input

from tracker.store.db import Database
from tracker.tui.app import create_app
from tracker.tui.screens.commitments import CommitmentsScreen

from .conftest import TODAY, settle


async def test_keys_typed_before_the_screen_is_ready_reach_the_filter(seeded: Database) -> None:
    app = create_app(seeded.url, today=TODAY)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.hold_keys()  # as at start-up, before the screen is ready
        for key, char in (("slash", "/"), ("s", "s"), ("u", "u"), ("b", "b")):
            app.post_message(events.Key(key, char))
        await settle(pilot)
        assert app.screen.query_one("#q", Input).value == ""  # held, not yet typed
        app.release_keys()
        for _ in range(20):
            await settle(pilot)
            if app.screen.query_one("#q", Input).value == "sub":
                break
        screen = app.screen
        assert isinstance(screen, CommitmentsScreen)  # "s" opened no status dialog
        assert screen.query_one("#q", Input).value == "sub"
        assert isinstance(app.focused, Input)
        await pilot.press("x")  # and keys typed afterwards arrive as usual
        await settle(pilot)
        assert screen.query_one("#q", Input).value == "subx"
