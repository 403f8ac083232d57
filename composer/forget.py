# SPDX-License-Identifier: GPL-3.0-or-later
"""Forgetting: everything the app keeps of the user, or one campaign's letters.

Everything: the letters database (drafts, outbox, Sent list, the choices kept with them),
the account settings and every keyring entry of the app, the campaigns opened and the keys
pinned for them, the caches and the window's settings. The database's rows are deleted
first (secure_delete zeroes them in the file, and the WAL is emptied), each file is
overwritten with zeros before it is removed, then the app's three folders go.

Zeroing is what a program can do: on an SSD or a copy-on-write file system the old blocks
may survive it, which is why docs/privacy.md recommends disk encryption too.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from composer.account.accounts import AccountError, AccountStore
from composer.account.keystore import PasswordStore
from composer.campaigns.library import Library
from composer.campaigns.trust import PinStore, TrustError
from composer.data.drafts import DraftStore
from composer.data.store import Store
from composer.mail.outbox import WAITING, Outbox
from composer.paths import cache_dir, config_dir, data_dir


def app_folders() -> list[Path]:
    """Where the app keeps anything of the user's: settings, data, cache (each once: on
    Windows the three are one folder and the cache is inside it)."""
    folders: list[Path] = []
    for folder in (config_dir(), data_dir(), cache_dir()):
        if not any(folder == f or f in folder.parents for f in folders):
            folders.append(folder)
    return folders


@dataclass
class Inventory:
    """What forgetting everything removes, counted, for the confirmation to name."""

    drafts: int = 0
    waiting: int = 0  # letters in the outbox not sent yet: they would never go
    sent: int = 0
    account: str = ""  # the account's address, if one is set up
    opened: int = 0  # campaigns opened from files or folders
    pinned: int = 0  # campaign keys trusted
    files: list[Path] = field(default_factory=list)  # every file in the app's folders


def _database() -> Path:
    return data_dir() / "letters.db"


def inventory(store: Store | None = None) -> Inventory:
    """What is there now (reads only; makes no file or folder). `store`: the caller's open
    database, if it has one."""
    found = Inventory()
    if store is not None or _database().exists():
        db = store or Store()
        outbox = Outbox(db)
        found.drafts = len(db.read("SELECT campaign_id FROM drafts"))
        found.waiting = outbox.count(*WAITING, "sending")
        found.sent = outbox.count("sent")
        if store is None:
            db.close()
    with contextlib.suppress(AccountError):
        account = AccountStore().load()
        found.account = account.email if account else ""
    found.opened = len(Library.default().opened_paths())
    with contextlib.suppress(TrustError):
        found.pinned = len(PinStore.default().all())
    found.files = [p for folder in app_folders() for p in _files(folder)]
    return found


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def app_keyring_keys(passwords: PasswordStore) -> tuple[str, ...]:
    """The keyring keys the app may have written that it can name (the account's password,
    its sign-in token and the token's parts): for the keyrings that cannot be searched by
    service (PasswordStore.forget_all)."""
    from composer.account.oauth import RefreshTokens

    with contextlib.suppress(AccountError):
        account = AccountStore().load()
        if account is not None:
            provider = account.sign_in
            if provider is None:
                return (account.key,)
            token = RefreshTokens.key(account.username, provider)
            return (account.key, *RefreshTokens(passwords).keys(token))
    return ()


@dataclass
class Forgotten:
    keyring_entries: int
    files: int


def forget_everything(
    passwords: PasswordStore | None = None, store: Store | None = None
) -> Forgotten:
    """Remove all the app keeps of the user. `store`: the open database of the caller (the
    window's), emptied and closed here. Keyring first: if it fails (a locked keyring),
    nothing else is gone yet and the user can try again."""
    passwords = passwords or PasswordStore()
    entries = passwords.forget_all(app_keyring_keys(passwords))
    if store is None and _database().exists():
        store = Store()
    if store is not None:
        with store.write() as db:
            for table in ("drafts", "letters", "counters", "settings"):
                db.execute(f"DELETE FROM {table}")
        store.scrub()
        store.close()
    removed = 0
    for folder in app_folders():
        for path in _files(folder):
            _zero_and_remove(path)
            removed += 1
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(folder)
    return Forgotten(entries, removed)


def _zero_and_remove(path: Path) -> None:
    """Overwrite a file with zeros (synced), then remove it; a link is only removed."""
    if path.is_file() and not path.is_symlink():
        with contextlib.suppress(OSError):
            size = path.stat().st_size
            with open(path, "r+b") as fh:
                chunk = b"\0" * 65536
                left = size
                while left > 0:
                    left -= fh.write(chunk[: min(left, len(chunk))])
                fh.flush()
                os.fsync(fh.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@dataclass
class CampaignForgotten:
    drafts: int
    sent: int


def forget_campaign(campaign_id: str, store: Store | None = None) -> CampaignForgotten:
    """One campaign's draft and its Sent entries (letters still waiting stay in the
    outbox: removing them is the outbox's Remove). The app then no longer knows these
    letters went, so it would not ask before sending them again."""
    if store is None:
        if not _database().exists():
            return CampaignForgotten(0, 0)
        store = Store()
    drafts = len(store.read("SELECT 1 FROM drafts WHERE campaign_id = ?", (campaign_id,)))
    DraftStore(store).discard(campaign_id)
    sent = Outbox(store).forget_sent(campaign_id)
    return CampaignForgotten(drafts, sent)
