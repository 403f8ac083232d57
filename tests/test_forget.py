# SPDX-License-Identifier: GPL-3.0-or-later
"""Forgetting: everything the app keeps (its folders walked, the real keyring searched
afterwards), one campaign's letters, and a Sent list that is not kept."""

from __future__ import annotations

import os

from composer.account.keystore import SERVICE
from composer.campaigns.campaign import load_campaign
from composer.campaigns.trust import PinStore
from composer.data.drafts import Draft, DraftStore
from composer.data.store import Store
from composer.forget import app_folders, forget_campaign, inventory
from composer.mail.outbox import Outbox
from composer.mail.sending import earlier
from composer.paths import config_dir, write_atomic

from .mail.test_send_cli import cli, set_account
from .mailserver import PASSWORD

SECRET_WORDS = "Mein eigener Satz über Zhanartu"  # what the supporter typed


def _send(campaign, *extra: str):
    return cli("send", "--campaign", str(campaign), "--set", "name=Ana Lima", *extra, "--yes")


def _everything_there(make_campaign, starttls_server, secret_service):
    """An app that was used: account and password, a letter sent, one waiting, a draft,
    a campaign opened and a key pinned, a token of a later sign-in, window settings."""
    campaign = make_campaign()  # its letter carries the note
    assert set_account(starttls_server).returncode == 0
    assert _send(campaign, "--set", f"note={SECRET_WORDS}", "--to", "1").returncode == 0
    starttls_server.handler.mail_reply = "421 4.3.2 try later"  # the second one waits
    assert _send(campaign, "--set", f"note={SECRET_WORDS}", "--to", "2").returncode == 1
    store = Store()
    loaded = load_campaign(campaign)
    draft = Draft.new(loaded)
    draft.values["note"] = SECRET_WORDS
    DraftStore(store).save(draft)
    store.close()
    PinStore.default().set("some-campaign", "RWQ" + "A" * 53, 3)
    secret_service.set_password(SERVICE, "oauth-refresh:ana@example.org", "a-token")
    secret_service.set_password("another-app", "ana", "not ours")
    write_atomic(config_dir() / "window.ini", b"[window]\ngeometry=@ByteArray(x)\n")
    return campaign


def test_forget_everything_leaves_nothing_of_the_user(
    make_campaign, starttls_server, secret_service
) -> None:
    _everything_there(make_campaign, starttls_server, secret_service)
    found = inventory()
    assert (found.drafts, found.sent, found.waiting) == (1, 1, 1)
    assert found.account and found.pinned == 1
    names = {p.name for p in found.files}
    assert {"account.json", "window.ini", "letters.db", "pins.json"} <= names, names
    assert any("cache" in str(p) for p in found.files)  # the prepared campaign

    # Not without --yes when no one can be asked: exit 2, nothing removed.
    refused = cli("forget", "--everything")
    assert refused.returncode == 2
    assert "nothing was removed: add --yes" in refused.stderr
    assert "1 letter(s) still waiting in the outbox: they will NOT be sent" in refused.stdout
    assert inventory().files == found.files

    done = cli("forget", "--everything", "--yes")
    assert done.returncode == 0, done.stderr
    assert "forgotten:" in done.stdout
    # The app's folders: gone, so nothing of the user's is in them.
    assert [f for f in app_folders() if f.exists()] == []
    # The real keyring: no entry of the app's service, by any key; another app's stays.
    assert secret_service.get_credential(SERVICE, None) is None
    assert secret_service.get_password("another-app", "ana") == "not ours"
    secret_service.delete_password("another-app", "ana")
    # And the app starts afresh.
    assert cli("account", "show").returncode == 1
    assert "the outbox is empty" in cli("outbox", "list").stdout


def test_forget_one_campaigns_letters(make_campaign, starttls_server, secret_service) -> None:
    first = make_campaign()
    other = make_campaign(
        {"campaign.toml": open_toml(first).replace('id = "test-campaign"', 'id = "other-campaign"')}
    )
    assert set_account(starttls_server).returncode == 0
    assert _send(first, "--to", "1").returncode == 0
    assert _send(other, "--to", "1").returncode == 0
    store = Store()
    for path in (first, other):
        DraftStore(store).save(Draft.new(load_campaign(path)))
    gone = forget_campaign("test-campaign", store)
    assert (gone.drafts, gone.sent) == (1, 1)
    outbox = Outbox(store)
    assert [i.campaign_id for i in outbox.items(("sent",))] == ["other-campaign"]
    assert [r["campaign_id"] for r in store.read("SELECT campaign_id FROM drafts")] == [
        "other-campaign"
    ]
    out = cli("forget", "--campaign", "other-campaign")
    assert out.returncode == 2 and "add --yes" in out.stderr
    out = cli("forget", "--campaign", "other-campaign", "--yes")
    assert out.returncode == 0 and "1 draft(s), 1 Sent list entr" in out.stdout
    assert outbox.items(("sent",)) == []


def open_toml(folder) -> str:
    return (folder / "campaign.toml").read_text("utf-8")


def test_without_a_sent_list_only_what_prevents_a_second_letter_is_kept(
    make_campaign, starttls_server, secret_service
) -> None:
    campaign = make_campaign()
    assert set_account(starttls_server).returncode == 0
    off = cli("outbox", "keep-sent", "off")
    assert off.returncode == 0 and "keep-sent: off" in off.stdout
    assert "so that none is sent twice" in off.stdout
    sent = _send(campaign, "--set", f"note={SECRET_WORDS}", "--to", "1")
    assert sent.returncode == 0, sent.stderr
    assert len(starttls_server.received) == 1
    store = Store()
    [item] = Outbox(store).items(("sent",))
    assert item.email == "first@example.org" and item.sent_at
    assert (item.subject, item.recipient, item.sender, item.message_id) == ("", "", "", "")
    # The letter's words are in no file of the app. (Closed first: reading the database's
    # file in the process that has it open would drop SQLite's POSIX locks on it.)
    store.scrub()
    store.close()
    for path in store.path.parent.iterdir():
        assert SECRET_WORDS.encode() not in path.read_bytes(), path
    # And it is still not sent twice.
    again = _send(campaign, "--set", f"note={SECRET_WORDS}", "--to", "1")
    assert again.returncode == 1 and "already sent on" in again.stdout
    assert len(starttls_server.received) == 1
    loaded = load_campaign(campaign)
    assert [r.email for r, _ in earlier(Outbox(store), loaded.id, loaded.recipients).sent] == [
        "first@example.org"
    ]
    # Back on: the next letters are kept whole.
    assert "keep-sent: on" in cli("outbox", "keep-sent", "on").stdout
    assert _send(campaign, "--to", "2").returncode == 0
    kept = [i for i in Outbox(store).items(("sent",)) if i.email == "second@example.net"]
    assert kept[0].subject and kept[0].recipient == "Second Office"
    assert PASSWORD not in cli("outbox", "list").stdout


def _on_a_terminal(args: list[str], answer: str) -> tuple[int, str]:
    """Run the command line on a real pseudo-terminal, typing `answer` when it asks."""
    import pty
    import subprocess
    import sys
    import time

    from .conftest import ROOT

    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "composer", *args],
        stdin=child,
        stdout=child,
        stderr=child,
        cwd=ROOT,
        close_fds=True,
    )
    os.close(child)
    seen = b""
    deadline = time.monotonic() + 60
    while b"Type yes" not in seen and time.monotonic() < deadline:
        seen += os.read(main, 4096)
    os.write(main, answer.encode() + b"\n")
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the other end closed: the command is done
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    return proc.wait(60), seen.decode("utf-8", "replace")


def test_on_a_terminal_forget_asks_and_only_yes_forgets(
    make_campaign, starttls_server, secret_service
) -> None:
    assert set_account(starttls_server).returncode == 0
    assert (config_dir() / "account.json").exists()
    code, text = _on_a_terminal(["forget", "--everything"], "no")
    assert code == 2 and "nothing was removed" in text
    assert (config_dir() / "account.json").exists()
    code, text = _on_a_terminal(["forget", "--everything"], "yes")
    assert code == 0 and "forgotten:" in text, text
    assert [f for f in app_folders() if f.exists()] == []
    assert secret_service.get_credential(SERVICE, None) is None


def test_a_sign_in_token_in_parts_is_named_where_the_keyring_cannot_be_searched(
    secret_service,
) -> None:
    """macOS and Windows: no search by service, so every key of the token is named."""
    from composer.account.accounts import Account, AccountStore
    from composer.account.keystore import PasswordStore
    from composer.account.oauth import CHUNK, RefreshTokens
    from composer.account.oauthconfig import parse_provider
    from composer.forget import app_keyring_keys, forget_everything

    from .oauth.rig import provider_json

    entry = provider_json("https://login.example.org")
    account = Account(
        "ana@example.org", "Ana", "smtp.example.org", 465, "tls", "ana@example.org", oauth=entry
    )
    AccountStore().save(account)
    passwords = PasswordStore()
    tokens = RefreshTokens(passwords)
    key = RefreshTokens.key(account.username, parse_provider(entry))
    tokens.save(key, "t" * (CHUNK * 2 + 5))  # three parts
    named = app_keyring_keys(passwords)
    assert named == (account.key, key, f"{key}#1", f"{key}#2", f"{key}#3")
    assert all(secret_service.get_password(SERVICE, k) for k in named[1:])
    forget_everything(passwords)
    assert tokens.get(key) is None and secret_service.get_credential(SERVICE, None) is None
