# SPDX-License-Identifier: GPL-3.0-or-later
"""Sending over real SMTP servers on 127.0.0.1: TLS verified, AUTH only when encrypted."""

from __future__ import annotations

import socket

import pytest

from composer.mail.message import build_message
from composer.mail.smtp import (
    AuthenticationFailed,
    CertificateError,
    ConnectionLost,
    DeliveryUnknown,
    Outgoing,
    ServerConfig,
    ServerTimeout,
    ServerUnreachable,
    StartTlsUnavailable,
    TlsError,
    check_connection,
    send_all,
)
from composer.templates.letter import Letter

from ..mailserver import PASSWORD, USER, MailServer, SilentServer, free_port


def config(server, **changes) -> ServerConfig:
    values = {
        "host": "127.0.0.1",
        "port": server.port,
        "security": server.mode,
        "username": USER,
        "cafile": server.cafile,
        "timeout": 5,
    }
    values.update(changes)
    return ServerConfig(**values)


def outgoing(
    to: str, body: str = "Dear Office,\n\nFree them.\n", cc: str | None = None
) -> Outgoing:
    msg = build_message(Letter("Free them", body), "Ana Lima", USER, "Office", to)
    return Outgoing(msg, USER, [to] + ([cc] if cc else []), key=to)


def test_login_and_send_one_message_per_recipient(mail_server) -> None:
    items = [outgoing("one@example.net"), outgoing("two@example.net")]
    results = send_all(config(mail_server), PASSWORD, items)
    assert [r.ok for r in results] == [True, True]
    got = mail_server.received
    assert [r.rcpt_tos for r in got] == [["one@example.net"], ["two@example.net"]]
    assert all(r.mail_from == USER for r in got)
    assert got[0].message["To"].addresses[0].addr_spec == "one@example.net"
    assert got[0].message.get_content().replace("\r\n", "\n") == "Dear Office,\n\nFree them.\n"
    # The greeting names no machine.
    assert got[0].ehlo == "[127.0.0.1]"
    hostname = socket.gethostname()
    assert hostname.encode() not in got[0].data or hostname == "localhost"
    assert mail_server.handler.auth_attempts == [(USER.encode(), PASSWORD.encode())]


def test_one_recipient_refused_the_other_accepted(mail_server) -> None:
    mail_server.handler.refuse["two@example.net"] = "550 5.1.1 No such mailbox here"
    results = send_all(
        config(mail_server),
        PASSWORD,
        [outgoing("one@example.net"), outgoing("two@example.net"), outgoing("three@example.net")],
    )
    assert [r.ok for r in results] == [True, False, True]
    error = results[1].error
    assert error is not None and error.smtp_code == 550 and not error.temporary
    assert "No such mailbox here" in str(error)
    assert [r.rcpt_tos for r in mail_server.received] == [
        ["one@example.net"],
        ["three@example.net"],
    ]


def test_copy_refused_but_letter_delivered(starttls_server) -> None:
    starttls_server.handler.refuse["org@example.org"] = "550 no"
    [result] = send_all(
        config(starttls_server), PASSWORD, [outgoing("one@example.net", cc="org@example.org")]
    )
    assert result.ok and result.refused == {"org@example.org": (550, "no")}


def test_temporary_refusal_is_marked_temporary(starttls_server) -> None:
    starttls_server.handler.mail_reply = "421 4.3.2 Too busy, try later"
    [result] = send_all(config(starttls_server), PASSWORD, [outgoing("one@example.net")])
    assert not result.ok and result.error is not None and result.error.temporary
    assert result.error.smtp_code == 421


def test_wrong_password(mail_server) -> None:
    with pytest.raises(AuthenticationFailed) as exc:
        check_connection(config(mail_server), "wrong")
    assert exc.value.problems[0].code == "smtp-auth-failed"
    assert mail_server.received == []


def test_wrong_password_sends_nothing(mail_server) -> None:
    results = send_all(
        config(mail_server), "wrong", [outgoing("a@example.net"), outgoing("b@example.net")]
    )
    assert [r.ok for r in results] == [False, False]
    assert all(isinstance(r.error, AuthenticationFailed) for r in results)
    assert mail_server.received == []


def test_untrusted_certificate_is_refused_before_the_password(mail_server) -> None:
    with pytest.raises(CertificateError) as exc:
        check_connection(config(mail_server, cafile=""), PASSWORD)
    assert "self-signed" in str(exc.value) or "certificate" in str(exc.value)
    assert mail_server.handler.auth_attempts == []


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_host_name_must_match_the_certificate(tmp_path, mode: str) -> None:
    # Trusted certificate, but for mx.test, not for the 127.0.0.1 we connect to.
    with MailServer(tmp_path, mode, for_loopback=False) as server:
        with pytest.raises(CertificateError) as exc:
            check_connection(config(server), PASSWORD)
        assert "match" in str(exc.value) or "mismatch" in str(exc.value)
        assert server.handler.auth_attempts == []


def test_server_without_starttls_never_gets_the_password(tmp_path) -> None:
    with MailServer(tmp_path, "plain") as server:
        with pytest.raises(StartTlsUnavailable):
            check_connection(config(server, security="starttls"), PASSWORD)
        assert server.handler.auth_attempts == []


def test_implicit_tls_against_a_starttls_port_fails_cleanly(starttls_server) -> None:
    with pytest.raises((TlsError, ServerTimeout, ConnectionLost)):
        check_connection(config(starttls_server, security="tls", timeout=3), PASSWORD)


def test_nobody_listening() -> None:
    with pytest.raises(ServerUnreachable) as exc:
        check_connection(ServerConfig("127.0.0.1", free_port(), "tls", USER, timeout=3), PASSWORD)
    assert exc.value.temporary


def test_unknown_host() -> None:
    with pytest.raises(ServerUnreachable):
        check_connection(
            ServerConfig("no-such-host.invalid", 465, "tls", USER, timeout=3), PASSWORD
        )


def test_server_that_never_answers_times_out() -> None:
    with SilentServer() as silent, pytest.raises(ServerTimeout) as exc:
        check_connection(
            ServerConfig("127.0.0.1", silent.port, "starttls", USER, timeout=1), PASSWORD
        )
    assert exc.value.temporary


def test_connection_cut_after_data_is_delivery_unknown(starttls_server) -> None:
    starttls_server.handler.drop_after_data = True
    results = send_all(
        config(starttls_server),
        PASSWORD,
        [outgoing("one@example.net"), outgoing("two@example.net")],
    )
    assert isinstance(results[0].error, DeliveryUnknown) and not results[0].ok
    # The batch stops there; the second letter was never handed over.
    assert not results[1].ok and len(starttls_server.received) == 1


def test_cancel_between_messages(starttls_server) -> None:
    sent: list[str] = []
    results = send_all(
        config(starttls_server),
        PASSWORD,
        [outgoing("one@example.net"), outgoing("two@example.net")],
        progress=lambda r: sent.append(r.item.key),
        cancelled=lambda: bool(sent),
    )
    assert [r.ok for r in results] == [True, False]
    assert results[1].error is None  # not tried, not failed
    assert len(starttls_server.received) == 1


def test_long_lines_and_dots_survive_transport(starttls_server) -> None:
    body = ".\n..leading dots\n" + "x" * 2000 + "\nКазақстан\n"
    send_all(config(starttls_server), PASSWORD, [outgoing("one@example.net", body=body)])
    assert starttls_server.received[0].message.get_content().replace("\r\n", "\n") == body
