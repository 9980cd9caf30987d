"""One settings table: every setting documented in the README, read from the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from server import settings
from server.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def readme_rows() -> dict[str, tuple[str, str]]:
    rows = re.findall(r"^\| `(QUOTETRAIL_\w+)` \| (.+?) \| (.+?) \|$", README, flags=re.M)
    return {env: (default, meaning) for env, default, meaning in rows}


def test_every_setting_is_in_the_readme_with_its_default_and_meaning():
    rows = readme_rows()
    assert set(rows) == {s.env for s in SETTINGS}
    for setting in SETTINGS:
        default, meaning = rows[setting.env]
        if setting.default is not None:
            assert default == f"`{setting.default}`", setting.env
        assert meaning == setting.help, setting.env


def test_environment_overrides_defaults_and_overrides_win(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTETRAIL_MAX_QUOTES_PER_PAGE", "7")
    monkeypatch.setenv("QUOTETRAIL_SCORE_CUTOFF", "91.5")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("QUOTETRAIL_DB", raising=False)
    loaded = settings.load({"MAX_VERSIONS_PER_QUOTE": 3})
    assert loaded["MAX_QUOTES_PER_PAGE"] == 7 and loaded["SCORE_CUTOFF"] == 91.5
    assert loaded["MAX_VERSIONS_PER_QUOTE"] == 3
    assert loaded["DB_PATH"] == str(tmp_path / "quotetrail" / "corpus.db")


def test_a_malformed_setting_is_named(monkeypatch):
    monkeypatch.setenv("QUOTETRAIL_PORT", "eighty")
    with pytest.raises(settings.SettingsError, match="QUOTETRAIL_PORT='eighty'"):
        settings.load()


def test_the_user_agent_names_the_installed_version():
    from importlib.metadata import version

    defaults = {setting.name: setting.default for setting in SETTINGS}
    assert defaults["SYNC_USER_AGENT"] == f"QuoteTrail/{version('quotetrail')}"
