"""Where tracker keeps its files: the embedded database's name is part of the
user's data (renaming it would lose an analyst's store), and the config folder
can be moved for a session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.domain import config


def test_the_embedded_database_is_tracker_db_in_the_data_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv(config.ENV_URL, raising=False)
    assert config.data_dir() == tmp_path / "tracker"
    url = config.default_url()
    assert url == f"sqlite:///{config.data_dir() / 'tracker.db'}"
    assert Path(url.removeprefix("sqlite:///")).name == "tracker.db"
    assert config.resolve_url() == url and config.is_embedded_default(url)


def test_a_url_given_beats_the_environment_which_beats_the_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.ENV_URL, "sqlite:////tmp/team.db")
    assert config.resolve_url() == "sqlite:////tmp/team.db"
    assert config.resolve_url("sqlite:////tmp/mine.db") == "sqlite:////tmp/mine.db"
    assert not config.is_embedded_default(config.resolve_url())


def test_the_config_folder_can_be_moved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(config.ENV_CONFIG_DIR, str(tmp_path / "cfg"))
    assert config.config_dir() == tmp_path / "cfg"
