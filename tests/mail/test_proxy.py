# SPDX-License-Identifier: GPL-3.0-or-later
"""Every connection through a real SOCKS5 proxy (microsocks on 127.0.0.1) when one is set:
the server's name resolved by the proxy, TLS still checked for the real name, and with the
proxy down nothing reaches the mail server (the letter waits, with the reason)."""

from __future__ import annotations

import json

import pytest

from composer.account.accounts import Account
from composer.campaigns.campaign import load_campaign
from composer.data.drafts import Draft
from composer.data.store import Store
from composer.mail.outbox import Outbox
from composer.mail.sending import plan
from composer.mail.smtp import (
    CertificateError,
    NoTor,
    ProxyCannotReach,
    ProxyDown,
    ServerConfig,
    check_connection,
    send_all,
)
from composer.network import (
    ProxySettingError,
    TorNotRunning,
    find_tor,
    parse_proxy,
    resolve_proxy,
)

from ..mailserver import PASSWORD, USER, MailServer, free_port
from ..socksproxy import connected, looked_up, watched
from .test_smtp import outgoing


def via(server, proxy: str, **changes) -> ServerConfig:
    values = {
        "host": "localhost",  # a name: who resolves it is the point
        "port": server.port,
        "security": server.mode,
        "username": USER,
        "cafile": server.cafile,
        "timeout": 5,
        "proxy": proxy,
    }
    values.update(changes)
    return ServerConfig(**values)


def test_letters_go_through_the_proxy_which_resolves_the_name(mail_server, socks_proxy) -> None:
    with watched() as seen:
        results = send_all(
            via(mail_server, socks_proxy.url), PASSWORD, [outgoing("one@example.net")]
        )
    assert [r.ok for r in results] == [True]
    assert [r.rcpt_tos for r in mail_server.received] == [["one@example.net"]]
    # The proxy was asked for the name, and made the connection to the server.
    assert f"connected to localhost:{mail_server.port}" in socks_proxy.log()
    # This process never looked the mail server's name up, and connected to the proxy only.
    assert "localhost" not in looked_up(seen)
    assert connected(seen) == {("127.0.0.1", socks_proxy.port)}


def test_without_a_proxy_the_connection_is_direct(starttls_server, socks_proxy) -> None:
    """The same watch sees a direct connection when no proxy is set (the check can fail)."""
    with watched() as seen:
        check_connection(via(starttls_server, ""), PASSWORD)
    assert "localhost" in looked_up(seen)
    assert ("127.0.0.1", starttls_server.port) in connected(seen)
    assert "connected to" not in socks_proxy.log()


def test_the_certificate_is_checked_for_the_real_name_through_the_proxy(
    tmp_path, socks_proxy
) -> None:
    # A certificate for mx.test only: "localhost" through the proxy must not pass.
    with MailServer(tmp_path, "tls", for_loopback=False) as server:
        with pytest.raises(CertificateError):
            check_connection(via(server, socks_proxy.url), PASSWORD)
        assert server.handler.auth_attempts == []


def test_proxy_down_nothing_reaches_the_server_and_the_letter_waits(
    tmp_path, make_campaign, starttls_server, socks_proxy
) -> None:
    campaign = load_campaign(make_campaign())
    draft = Draft.new(campaign)
    draft.values["name"] = "Ana"
    account = Account(
        USER, "Ana", "localhost", starttls_server.port, "starttls", USER, starttls_server.cafile
    )
    account.proxy = socks_proxy.url
    socks_proxy.stop()
    outbox = Outbox(Store(tmp_path / "letters.db"))
    with watched() as seen:
        items = outbox.send_now(
            campaign.id, plan(campaign, draft, account), account.server(timeout=3), PASSWORD
        )
    assert {i.state for i in items} == {"queued"}  # waiting, to be retried
    assert all(i.next_attempt is not None for i in items)
    assert all(f"the proxy {socks_proxy.url} does not answer" in i.last_error for i in items)
    assert all("nothing was sent, not even directly" in i.last_error for i in items)
    # Nothing reached the mail server, and nothing but the proxy was tried.
    assert starttls_server.received == [] and starttls_server.handler.mails == []
    assert starttls_server.handler.auth_attempts == []
    assert connected(seen) == {("127.0.0.1", socks_proxy.port)}
    assert "localhost" not in looked_up(seen)

    # The proxy back: the letters go through it.
    socks_proxy.start()
    sent = outbox.process(account.server(timeout=3), PASSWORD, [i.id for i in items])
    assert {i.state for i in sent} == {"sent"}
    assert len(starttls_server.received) == 2
    assert f"connected to localhost:{starttls_server.port}" in socks_proxy.log()


def test_a_proxy_that_cannot_reach_the_server_is_said(socks_proxy) -> None:
    config = ServerConfig("localhost", free_port(), "tls", USER, timeout=3, proxy=socks_proxy.url)
    with pytest.raises(ProxyCannotReach) as caught:
        check_connection(config, PASSWORD)
    assert caught.value.temporary
    assert f"the proxy {socks_proxy.url} could not reach the mail server" in str(caught.value)


def test_tor_is_found_where_it_answers_and_said_plainly_when_none_runs(socks_proxy) -> None:
    nothing = free_port()
    assert find_tor((nothing,)) is None
    found = find_tor((nothing, socks_proxy.port))
    assert found is not None and str(found) == socks_proxy.url
    with pytest.raises(TorNotRunning, match=f"port {nothing}"):
        resolve_proxy("tor", (nothing,))


def test_the_tor_choice_never_goes_direct(starttls_server) -> None:
    if find_tor() is not None:
        pytest.fail("a Tor runs on this machine (port 9050 or 9150): this test needs none")
    with watched() as seen, pytest.raises(NoTor) as caught:
        check_connection(via(starttls_server, "tor"), PASSWORD)
    assert "Tor is not running on this computer" in str(caught.value)
    assert caught.value.temporary  # a letter waits for Tor
    assert ("127.0.0.1", starttls_server.port) not in connected(seen)
    assert "localhost" not in looked_up(seen)
    assert starttls_server.handler.mails == []


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("", ""),
        ("none", ""),
        (" None ", ""),
        ("tor", "tor"),
        ("TOR", "tor"),
        ("socks5://127.0.0.1:9050", "socks5://127.0.0.1:9050"),
        ("socks5h://proxy.example:1080/", "socks5://proxy.example:1080"),
        ("SOCKS5://[::1]:1080", "socks5://[::1]:1080"),
    ],
)
def test_proxy_settings_are_stored_in_one_form(given: str, stored: str) -> None:
    assert parse_proxy(given) == stored


@pytest.mark.parametrize(
    "bad",
    [
        "http://127.0.0.1:8080",
        "socks4://127.0.0.1:1080",  # resolves names locally
        "socks5://127.0.0.1",
        "socks5://127.0.0.1:0",
        "socks5://127.0.0.1:99999",
        "socks5://user:secret@127.0.0.1:1080",
        "socks5://:1080",
        "127.0.0.1:1080",
        "socks5://a b:1080",
    ],
)
def test_proxy_settings_that_cannot_work_are_refused(bad: str) -> None:
    with pytest.raises(ProxySettingError):
        parse_proxy(bad)
    account = Account(USER, "Ana", "smtp.example.org", 465, "tls", USER, proxy=bad)
    assert any(bad.strip() in p for p in account.check())


def test_the_proxy_error_is_a_temporary_one(starttls_server) -> None:
    config = via(starttls_server, f"socks5://127.0.0.1:{free_port()}")
    with pytest.raises(ProxyDown) as caught:
        check_connection(config, PASSWORD)
    assert caught.value.temporary


def test_cli_account_proxy_is_kept_until_changed(
    starttls_server, socks_proxy, make_campaign, secret_service
) -> None:
    from .test_send_cli import cli, set_account

    bad = set_account(starttls_server, "--proxy", "http://127.0.0.1:8080")
    assert bad.returncode == 1 and "is not a SOCKS5 proxy" in bad.stderr
    out = set_account(starttls_server, "--proxy", socks_proxy.url.replace("socks5", "socks5h"))
    assert out.returncode == 0, out.stderr
    assert f"network: through the SOCKS5 proxy {socks_proxy.url}" in out.stdout
    assert json.loads(cli("account", "show", "--json").stdout)["proxy"] == socks_proxy.url
    # Set again without --proxy (a new password, say): the proxy stays.
    assert set_account(starttls_server).returncode == 0
    assert json.loads(cli("account", "show", "--json").stdout)["proxy"] == socks_proxy.url
    assert "network:   through the SOCKS5 proxy" in cli("account", "show").stdout

    # The proxy down: the letter waits, with the reason, and nothing reached the server.
    campaign = make_campaign()
    socks_proxy.stop()
    sent = cli("send", "--campaign", str(campaign), "--set", "name=Ana", "--to", "1", "--yes")
    assert sent.returncode == 1
    assert "queued: First Office <first@example.org>: the proxy" in sent.stderr
    assert starttls_server.handler.mails == []
    socks_proxy.start()
    again = cli("outbox", "send")
    assert again.returncode == 0, again.stderr
    assert [r.rcpt_tos for r in starttls_server.received] == [["first@example.org"]]
    assert "connected to 127.0.0.1:" in socks_proxy.log()  # the account's host, as given

    assert set_account(starttls_server, "--proxy", "none").returncode == 0
    assert json.loads(cli("account", "show", "--json").stdout)["proxy"] == ""
    assert "network:   direct (no proxy)" in cli("account", "show").stdout
