"""Headless Chromium for the HTML tests: where it is, and what to do without it.

Without a browser the tests skip with the reason; `.ci/run` installs Chromium
when it can and then sets TRACKER_REQUIRE_CHROMIUM=1, so in CI a missing
browser fails the test instead of skipping it silently."""

import os
import shutil

import pytest

BROWSER = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser",
                                                     "google-chrome")) if p), None)


def need_chromium() -> str:
    """The browser's path; skip (or, under CI, fail) when there is none."""
    if BROWSER is None:
        if os.environ.get("TRACKER_REQUIRE_CHROMIUM") == "1":
            pytest.fail("TRACKER_REQUIRE_CHROMIUM=1 but no chromium on PATH")
        pytest.skip("no Chromium on this machine (apt-get install chromium)")
    return BROWSER
