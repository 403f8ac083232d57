"""Personal data at rest: what the user types lives in the app's data store only, is gone
from every file once forgotten, and every file and folder the app keeps is the user's
alone (0600 and 0700)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer import paths
from composer.accounts import Account, AccountStore
from composer.campaign import load_campaign
from composer.drafts import Draft, DraftStore
from composer.library import Library
from composer.store import Store

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def the_apps_folders() -> list[Path]:
    return [paths.config_dir(), paths.data_dir(), paths.cache_dir()]


def not_private(folders: list[Path]) -> list[str]:
    """Every file that is not 0600 and folder that is not 0700 under the folders."""
    wrong = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")]:
            mode = path.stat().st_mode & 0o777
            if mode != (0o700 if path.is_dir() else 0o600):
                wrong.append(f"{oct(mode)} {path}")
    return wrong


def test_what_the_core_writes_is_the_users_alone(make_campaign, usual_umask) -> None:
    folder = make_campaign()
    campaign = load_campaign(folder, prepared=True)  # the campaign and template caches
    store = Store()
    draft = Draft.new(campaign)
    draft.values["name"] = "Ana"
    DraftStore(store).save(draft)
    AccountStore().save(
        Account("ana@example.org", "Ana", "smtp.example.org", 587, "starttls", "ana")
    )
    Library.default().remember(folder)
    assert {p.name for p in paths.data_dir().iterdir()} >= {"letters.db", "opened.json"}
    assert list((paths.cache_dir() / "campaigns").iterdir())
    assert list((paths.cache_dir() / "templates").iterdir())
    assert (paths.config_dir() / "account.json").is_file()
    assert not_private(the_apps_folders()) == []


def test_a_store_of_an_earlier_version_is_tightened(usual_umask) -> None:
    Store().read("SELECT 1")
    for path in [paths.data_dir(), *paths.data_dir().iterdir()]:
        path.chmod(0o755 if path.is_dir() else 0o644)  # as an earlier version left them
    Store()
    assert not_private([paths.data_dir()]) == []
