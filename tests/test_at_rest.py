# SPDX-License-Identifier: GPL-3.0-or-later
"""Personal data at rest: what the user types lives in the app's data store only, is gone
from every file once forgotten, and every file and folder the app keeps is the user's
alone (0600 and 0700)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from composer import paths
from composer.account.accounts import Account, AccountStore
from composer.campaigns.campaign import load_campaign
from composer.campaigns.library import Library
from composer.data.drafts import Draft, DraftStore
from composer.data.store import Store

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes")


def the_apps_folders() -> list[Path]:
    return [paths.config_dir(), paths.data_dir(), paths.cache_dir()]


def not_private(folders: list[Path]) -> list[str]:
    """Every file that is not 0600 and folder that is not 0700 under the folders."""
    wrong = []
    for folder in folders:
        for path in [folder, *folder.rglob("*")] if folder.exists() else []:
            mode = path.stat().st_mode & 0o777
            if mode != (0o700 if path.is_dir() else 0o600):
                wrong.append(f"{oct(mode)} {path}")
    return wrong


def test_what_the_core_writes_is_the_users_alone(make_campaign, usual_umask) -> None:
    folder = make_campaign()
    campaign = Library.default().load(folder)  # the campaign and template caches
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


# -- forgotten means gone from every file ---------------------------------------------------

MARKER = "Kd7Qx-personal-9f2e"


def files_holding(text: str) -> list[Path]:
    """Every file under the app's folders (the database, its -wal and -shm, caches,
    settings) whose bytes hold the text."""
    return [
        path
        for folder in the_apps_folders()
        for path in folder.rglob("*")
        if path.is_file() and text.encode() in path.read_bytes()
    ]


@pytest.fixture(autouse=True)
def sqlite_without_secure_delete(monkeypatch: pytest.MonkeyPatch) -> None:
    """Debian builds SQLite with secure_delete on by default; python.org's macOS and
    Windows builds (and what a bundle ships) do not: the store must turn it on itself."""
    import sqlite3

    connect = sqlite3.connect

    def connect_like_elsewhere(*args: object, **kwargs: object) -> sqlite3.Connection:
        db = connect(*args, **kwargs)  # type: ignore[arg-type]
        db.execute("PRAGMA secure_delete = OFF")
        return db

    monkeypatch.setattr(sqlite3, "connect", connect_like_elsewhere)


def test_a_forgotten_draft_is_in_no_file(make_campaign) -> None:
    import threading

    campaign = Library.default().load(make_campaign())
    store = Store()
    drafts = DraftStore(store)
    draft = Draft.new(campaign)
    for i in range(1, len(MARKER) + 1):  # saved as it is typed, one version a keystroke
        draft.values["note"] = f"My own words: {MARKER[:i]} " * 50
        draft.values["name"] = MARKER[:i]
        drafts.save(draft)
    draft.body = f"By hand: {MARKER}\n" * 100  # and a hand edit, longer than a page
    drafts.save(draft)
    assert campaign.render("en", draft.values, campaign.recipients[0]).body  # the render path
    # The window's outbox thread has a connection of its own to the same file.
    other = threading.Thread(target=lambda: Store().read("SELECT count(*) FROM drafts"))
    other.start()
    other.join()
    assert files_holding(MARKER)  # the test's own check: it was on disk
    drafts.discard(campaign.id)
    assert drafts.load(campaign) is None
    assert files_holding(MARKER) == []
    assert files_holding(MARKER[:8]) == []  # nor any earlier version


def test_removed_and_forgotten_letters_are_in_no_file(make_campaign) -> None:
    from composer.mail.outbox import Outbox
    from composer.mail.sending import plan

    campaign = load_campaign(make_campaign())
    draft = Draft.new(campaign)
    draft.values.update(name="Ana", note=f"My own words: {MARKER}")
    account = Account("ana@example.org", "Ana", "smtp.example.org", 587, "starttls", "ana")
    outbox = Outbox(Store())
    first, second = outbox.enqueue(campaign.id, plan(campaign, draft, account))
    assert files_holding(MARKER)
    assert outbox.remove(first.id)  # taken out of the outbox
    outbox._set(second.id, state="sent")  # as if it went
    assert outbox.forget_sent(campaign.id) == 1  # Forget the sent list
    assert outbox.items() == []
    assert files_holding(MARKER) == []


def test_what_an_earlier_version_deleted_is_scrubbed_once(usual_umask) -> None:
    """Rows deleted before secure_delete was on stay in the file's free space: a store of
    an earlier version is written anew once."""
    import sqlite3

    Store().read("SELECT 1")
    path = paths.data_dir() / "letters.db"
    db = sqlite3.connect(path, isolation_level=None)  # secure_delete off (the fixture)
    db.execute("PRAGMA user_version = 1")
    db.execute(
        "INSERT INTO drafts VALUES ('c', ?, '2026-01-01')", (f'{{"note": "{MARKER}"}}' * 20,)
    )
    db.execute("DELETE FROM drafts")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    assert files_holding(MARKER) == [path]  # deleted, and still there
    Store()
    assert files_holding(MARKER) == []
    assert not_private(the_apps_folders()) == []


# -- a window session -----------------------------------------------------------------------


def test_a_window_session_keeps_typed_text_in_the_store_only(usual_umask) -> None:
    """The app as a user starts it, over an earlier version's files: the supporter types
    their details (name, personal paragraph, ...), the letter follows, they close. What
    they typed is in the data store and nowhere in the cache or settings; the rendered
    letters an earlier version left in the cache are gone, and every file and folder of
    the app is the user's alone."""
    from .campaigns.test_prepared import FIRST_PAINT_WATCH, TYPING, run_script

    # An earlier version's leftovers: rendered letters, loose folders and files.
    config, campaigns = paths.config_dir(), paths.cache_dir() / "campaigns"
    campaigns.mkdir(parents=True)
    (campaigns / "0ld.letters").write_bytes(MARKER.encode())
    (campaigns / "0ld.bin").write_bytes(b"a campaign of an earlier version")
    config.mkdir(parents=True)
    (config / "window.ini").write_text("[ui]\nlanguage=en\n")
    assert not_private([config, paths.cache_dir()])  # the test's own check
    script = (
        "import sys\n" + FIRST_PAINT_WATCH + TYPING + "from PySide6.QtCore import QTimer\n"
        "def at_first_paint():\n"
        "    return 'painted'\n"
        "def painted(self):\n"
        "    after(self)\n"
        "    type_details(self)\n"
        "    QTimer.singleShot(1500, lambda: close(self))  # the letter follows, autosave\n"
        "def close(self):\n"
        "    seen.append(TYPED in self.letter.body.toPlainText())\n"
        "    self.close()\n"
        "ui.startup.finish_window = painted\n"
        "code = ui.app.main([])\n"
        "print(seen)\n"
        "sys.exit(code)\n"
    )
    out = run_script(script)
    assert out.stdout.split("\n")[0] == "['painted', True]", out.stdout
    typed = "Tulegenova-5e1d"
    assert [p.name for p in files_holding(typed)] and all(  # the test's own check
        p.parent == paths.data_dir() for p in files_holding(typed)
    )
    assert files_holding(MARKER) == []  # the earlier version's rendered letters
    assert sorted(p.name for p in campaigns.glob("0ld.*")) == ["0ld.bin"]
    assert (config / "window.ini").read_text().count("[") >= 2  # written by the session
    # All private; but a file of an earlier version the session did not write keeps its
    # mode (no one else can reach it: its folder is 0700 now).
    assert not_private(the_apps_folders()) == [f"0o644 {campaigns / '0ld.bin'}"]
