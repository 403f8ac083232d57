# SPDX-License-Identifier: GPL-3.0-or-later
"""account, providers and send from the command line, against real servers and keyring."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ..conftest import MINIMAL_TOML, ROOT
from ..mailserver import PASSWORD, USER


def cli(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "composer", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def set_account(server, *extra: str, password: str = PASSWORD) -> subprocess.CompletedProcess[str]:
    return cli(
        "account",
        "set",
        "--email",
        USER,
        "--name",
        "Ana Lima",
        "--host",
        "127.0.0.1",
        "--port",
        str(server.port),
        "--security",
        server.mode,
        "--cafile",
        server.cafile,
        "--password-stdin",
        *extra,
        stdin=password + "\n",
    )


@pytest.fixture
def campaign(make_campaign) -> Path:
    toml = MINIMAL_TOML.replace(
        "[title]", '[organiser]\nname = "Org"\nemail = "org@example.org"\n[title]'
    )
    return make_campaign({"campaign.toml": toml})


def test_providers_command() -> None:
    out = cli("providers", "someone@gmail.com", "--json")
    assert out.returncode == 0
    info = json.loads(out.stdout)
    assert (info["host"], info["port"], info["security"]) == ("smtp.gmail.com", 465, "tls")
    assert info["app_password"] is True
    text = cli("providers", "someone@outlook.com").stdout
    assert "OAuth2" in text and "mail app" in text
    unknown = cli("providers", "someone@unknown.example")
    assert unknown.returncode == 1 and "--host" in unknown.stderr


def test_account_set_show_test(mail_server, secret_service) -> None:
    out = set_account(mail_server)
    assert out.returncode == 0, out.stderr
    show = cli("account", "show")
    assert show.returncode == 0 and PASSWORD not in show.stdout
    assert "password:  stored" in show.stdout
    info = json.loads(cli("account", "show", "--json").stdout)
    assert info["password"] == "stored" and info["security"] == mail_server.mode
    config = Path(os.environ["XDG_CONFIG_HOME"]) / "letter-composer" / "account.json"
    assert PASSWORD not in config.read_text()
    test = cli("account", "test")
    assert test.returncode == 0 and "OK: logged in" in test.stdout, test.stderr


def test_account_test_with_the_wrong_password(starttls_server, secret_service) -> None:
    set_account(starttls_server, password="wrong")
    out = cli("account", "test")
    assert out.returncode == 1
    assert "refused your user name or password" in out.stderr and "Traceback" not in out.stderr


def test_account_set_fills_in_from_the_provider_table(secret_service) -> None:
    out = cli(
        "account",
        "set",
        "--email",
        "ana@posteo.de",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="x\n",
    )
    assert out.returncode == 0, out.stderr
    info = json.loads(cli("account", "show", "--json").stdout)
    assert (info["host"], info["port"], info["security"], info["username"]) == (
        "posteo.de",
        465,
        "tls",
        "ana@posteo.de",
    )


def test_oauth_only_provider_is_explained() -> None:
    out = cli(
        "account",
        "set",
        "--email",
        "ana@outlook.com",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="x\n",
    )
    assert out.returncode == 1
    assert "OAuth2" in out.stderr and "mail app" in out.stderr
    assert cli("account", "show").returncode == 1  # nothing was saved


def test_insecure_keyring_stores_nothing(tmp_path) -> None:
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent",
    }
    out = cli(
        "account",
        "set",
        "--email",
        "ana@posteo.de",
        "--name",
        "Ana",
        "--password-stdin",
        stdin="hunter2\n",
        env=env,
    )
    assert out.returncode == 1 and "no secure password store" in out.stderr
    data = Path(os.environ["XDG_DATA_HOME"])
    assert not any(
        "hunter2" in p.read_text(errors="ignore") for p in data.rglob("*") if p.is_file()
    )
    # "Ask me each time" works: nothing stored, the password given when sending.
    ok = cli(
        "account", "set", "--email", "ana@posteo.de", "--name", "Ana", "--ask-password", env=env
    )
    assert ok.returncode == 0, ok.stderr
    assert "asked each time" in cli("account", "show", env=env).stdout


def test_send_one_message_per_recipient(starttls_server, secret_service, campaign) -> None:
    set_account(starttls_server)
    out = cli(
        "send", "--campaign", str(campaign), "--set", "name=Ana Lima", "--set", "town=Gent", "--yes"
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.count("sent: ") == 2
    got = starttls_server.received
    assert [r.rcpt_tos for r in got] == [["first@example.org"], ["second@example.net"]]
    first = got[0].message
    assert str(first["From"]) == f"Ana Lima <{USER}>"
    assert first["Message-ID"].endswith("@example.org>")
    assert "Dear First," in first.get_content() and "Ana Lima, Gent" in first.get_content()
    assert "X-Mailer" not in first and "User-Agent" not in first
    # The outbox's Sent list has both, with their Message-IDs.
    entries = json.loads(cli("outbox", "list", "--json").stdout)
    assert [(e["recipient"], e["state"]) for e in entries] == [
        ("first@example.org", "sent"),
        ("second@example.net", "sent"),
    ]
    assert entries[0]["message_id"] == first["Message-ID"]


def test_send_needs_yes(starttls_server, secret_service, campaign) -> None:
    set_account(starttls_server)
    out = cli("send", "--campaign", str(campaign), "--set", "name=Ana")
    assert out.returncode == 1 and "--yes" in out.stderr and "would send" in out.stdout
    assert starttls_server.received == []


def test_send_with_a_refused_recipient_exits_1(tls_server, secret_service, campaign) -> None:
    tls_server.handler.refuse["second@example.net"] = "550 5.1.1 Unknown user"
    set_account(tls_server)
    out = cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--yes")
    assert out.returncode == 1
    assert "sent: First Office" in out.stdout
    assert "failed: Second Office <second@example.net>" in out.stderr
    assert "550 Unknown user" in out.stderr or "5.1.1 Unknown user" in out.stderr
    assert len(tls_server.received) == 1


def test_send_copy_to_organiser_and_chosen_recipient(
    starttls_server, secret_service, campaign
) -> None:
    set_account(starttls_server)
    out = cli(
        "send",
        "--campaign",
        str(campaign),
        "--set",
        "name=Ana",
        "--to",
        "2",
        "--cc-organiser",
        "--yes",
    )
    assert out.returncode == 0, out.stderr
    [got] = starttls_server.received
    assert got.rcpt_tos == ["second@example.net", "org@example.org"]
    assert str(got.message["Cc"]) == "Org <org@example.org>"


def test_send_with_ask_password(starttls_server, campaign, secret_service) -> None:
    set_account(starttls_server, "--ask-password")
    missing = cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--yes")
    assert missing.returncode == 1 and "--password-stdin" in missing.stderr
    out = cli(
        "send",
        "--campaign",
        str(campaign),
        "--set",
        "name=Ana",
        "--yes",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert out.returncode == 0, out.stderr


def test_hostile_values_never_add_recipients(starttls_server, secret_service, campaign) -> None:
    set_account(starttls_server)
    for name in [
        "Ana\r\nBcc: evil@example.com",
        "Ana, evil@example.com " * 8,
        "Ana\u2028Cc: x@e.com",
    ]:
        cli(
            "send",
            *("--campaign", str(campaign), "--set", f"name={name}", "--to", "1"),
            *("--again", "--yes"),  # each goes, though the first recipient has the letter
        )
    for got in starttls_server.received:
        assert got.rcpt_tos == ["first@example.org"]
        assert [a.addr_spec for a in got.message["To"].addresses] == ["first@example.org"]
        assert "Bcc" not in got.message and "Cc" not in got.message


def test_send_without_account() -> None:
    out = cli("send", "--set", "name=Ana", "--yes")
    assert out.returncode == 1 and "no mail account" in out.stderr


def test_offline_send_queues_then_outbox_send_delivers(tmp_path, campaign, secret_service) -> None:
    from ..mailserver import MailServer, free_port

    port = free_port()
    with MailServer(tmp_path, "starttls", port=port) as probe:
        cafile = probe.cafile
    out = cli(
        "account",
        "set",
        "--email",
        USER,
        "--name",
        "Ana",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--security",
        "starttls",
        "--cafile",
        cafile,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert out.returncode == 0, out.stderr
    offline = cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--yes")
    assert offline.returncode == 1
    assert offline.stderr.count("queued: ") == 2 and "cannot reach" in offline.stderr
    listed = json.loads(cli("outbox", "list", "--json").stdout)
    assert [e["state"] for e in listed] == ["queued", "queued"]
    for e in listed:
        assert {"id", "recipient", "subject", "state", "attempts", "last_error"} <= set(e)
        assert e["attempts"] == 1 and "cannot reach" in e["last_error"]
    assert cli("outbox", "send").returncode == 1  # still offline: still queued
    with MailServer(tmp_path, "starttls", port=port) as server:
        out = cli("outbox", "send")
        assert out.returncode == 0, out.stderr
        assert sorted(server.copies().values()) == [1, 1]
        assert {mid for mid in server.copies()} == {e["message_id"] for e in listed}
    listed = json.loads(cli("outbox", "list", "--json").stdout)
    assert [e["state"] for e in listed] == ["sent", "sent"]
    assert cli("outbox", "send").returncode == 0  # nothing left: nothing sent again


def test_outbox_remove(starttls_server, secret_service, campaign) -> None:
    set_account(starttls_server)
    starttls_server.handler.refuse["second@example.net"] = "550 5.1.1 Unknown user"
    cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--yes")
    listed = json.loads(cli("outbox", "list", "--json").stdout)
    failed = next(e for e in listed if e["state"] == "failed")
    assert "Unknown user" in failed["last_error"]
    assert cli("outbox", "send").returncode == 1  # a refusal stays until removed
    out = cli("outbox", "remove", failed["id"])
    assert out.returncode == 0
    assert cli("outbox", "remove", failed["id"]).returncode == 1
    assert cli("outbox", "remove", "nope").returncode == 1
    assert cli("outbox", "send").returncode == 0
    text = cli("outbox", "list").stdout
    assert "sent" in text and failed["id"] not in text


def test_send_and_render_give_the_same_letters_for_a_seed(
    starttls_server, secret_service, make_campaign
) -> None:
    from ..test_cli import VARIED_LETTER

    set_account(starttls_server)
    root = str(make_campaign({"letters/en.txt.j2": VARIED_LETTER}))
    letter = ("--campaign", root, "--set", "name=Ana", "--date", "2026-11-27")

    def without_date_and_id(message: bytes) -> bytes:
        lines = message.replace(b"\r\n", b"\n").rstrip(b"\n").split(b"\n")
        return b"\n".join(x for x in lines if not x.startswith((b"Date:", b"Message-ID:")))

    for seed in ("3", "11"):
        rendered = subprocess.run(
            [sys.executable, "-m", "composer", "render", *letter, "--variant-seed", seed],
            capture_output=True,
            cwd=ROOT,
            timeout=60,
        )
        assert rendered.returncode == 0, rendered.stderr
        entries = re.split(rb"(?m)^From .*\n", rendered.stdout)[1:]
        starttls_server.received.clear()
        out = cli("send", *letter, "--variant-seed", seed, "--again", "--yes")
        assert out.returncode == 0, out.stderr
        sent = [r.data for r in starttls_server.received]
        assert len(sent) == len(entries) == 2
        for got, expected in zip(sent, entries, strict=True):
            assert without_date_and_id(got) == without_date_and_id(expected)
        # Not the first wordings ("Letter from"): the seed chose them, in both commands.
        assert b"\nSubject: Words from Ana" in sent[0].replace(b"\r\n", b"\n")


def test_send_each_letter_once(starttls_server, secret_service, campaign) -> None:
    """A letter already sent (by any route) is skipped with a line, unless --again; one
    waiting in the outbox never goes a second time; nothing sent at all is exit 1."""
    from composer.data.store import Store
    from composer.mail.outbox import Outbox

    set_account(starttls_server)
    letter = ("send", "--campaign", str(campaign), "--set", "name=Ana")
    first = cli(*letter, "--to", "1", "--yes")
    assert first.returncode == 0, first.stderr
    assert len(starttls_server.received) == 1
    # Again to both: the first is skipped with a line saying when, the second goes.
    both = cli(*letter, "--yes")
    assert both.returncode == 0, both.stderr
    today = __import__("datetime").date.today().isoformat()
    assert re.search(
        rf"skipped: First Office <first@example.org>: already sent on {today} \d\d:\d\d;",
        both.stdout,
    ), both.stdout
    assert "sent: Second Office" in both.stdout and "sent: First" not in both.stdout
    assert [r.rcpt_tos for r in starttls_server.received] == [
        ["first@example.org"],
        ["second@example.net"],
    ]
    # Both already have it: nothing is sent, exit 1, a line each.
    again = cli(*letter, "--yes")
    assert again.returncode == 1 and again.stdout.count("already sent on") == 2
    assert "nothing sent" in again.stderr and len(starttls_server.received) == 2
    # The plan without --yes says the same.
    preview = cli(*letter, "--to", "2")
    assert preview.returncode == 1 and "already sent on" in preview.stdout
    # --again sends anyway.
    forced = cli(*letter, "--to", "2", "--again", "--yes")
    assert forced.returncode == 0 and "sent: Second Office" in forced.stdout
    assert len(starttls_server.received) == 3

    # Marked sent by post under the address in capitals: still already sent.
    outbox = Outbox(Store())
    outbox.forget_sent()
    outbox.record_sent("test-campaign", "First Office", "FIRST@EXAMPLE.ORG", "S", "post")
    posted = cli(*letter, "--to", "1", "--yes")
    assert posted.returncode == 1 and re.search(
        r"skipped: First Office <first@example.org>: already sent on .* \(via post\)",
        posted.stdout,
    )
    # Letters waiting: queued (the server said "try later"), held, being sent.
    starttls_server.handler.refuse["second@example.net"] = "451 4.3.0 Try again later"
    waits = cli(*letter, "--to", "2", "--yes")
    assert waits.returncode == 1 and "queued: Second Office" in waits.stderr
    out = cli(*letter, "--again", "--yes")
    assert out.returncode == 0, out.stderr  # one went; the other waits as it was
    assert "skipped: First" not in out.stdout and "sent: First Office" in out.stdout
    second = "skipped: Second Office <second@example.net>"
    assert f"{second}: already waiting in the outbox (queued)" in out.stdout
    entries = json.loads(cli("outbox", "list", "--json").stdout)
    assert [e["recipient"] for e in entries if e["state"] == "queued"] == ["second@example.net"]
    waiting = next(e for e in entries if e["state"] == "queued")
    for state in ("held", "sending", "failed", "unknown"):
        # "sending": by a live process (this one) that has just claimed it.
        outbox._set(waiting["id"], state=state, owner=os.getpid(), claimed=time.time())
        out = cli(*letter, "--to", "2", "--again", "--yes")
        assert out.returncode == 1 and f"already waiting in the outbox ({state})" in out.stdout
        assert "nothing sent" in out.stderr
    assert [r.rcpt_tos for r in starttls_server.received][3:] == [["first@example.org"]]


def test_a_wrong_password_holds_the_letters_for_the_account(
    starttls_server, secret_service, campaign
) -> None:
    set_account(starttls_server, password="wrong")
    out = cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--yes")
    assert out.returncode == 1
    assert out.stderr.count("account: ") == 2, out.stderr
    assert "the mail account needs attention: the mail server refused" in out.stderr
    assert "account set" in out.stderr and "queued:" not in out.stderr
    states = [e["state"] for e in json.loads(cli("outbox", "list", "--json").stdout)]
    assert states == ["account", "account"]
    assert cli("outbox", "send").returncode == 1  # still the wrong password
    set_account(starttls_server)  # fixed
    out = cli("outbox", "send")
    assert out.returncode == 0, out.stderr
    assert sorted(starttls_server.copies().values()) == [1, 1]
