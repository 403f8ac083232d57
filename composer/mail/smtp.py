# SPDX-License-Identifier: GPL-3.0-or-later
"""Sending over SMTP: verified TLS always, never a password in the clear, typed errors.

One session per batch: connect (implicit TLS, or STARTTLS which must be offered), log in
with UTF-8 credentials, then one MAIL/RCPT/DATA exchange per message, each with its own
result, since a server may accept one recipient and refuse another.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Protocol

from composer.account.accounts import ServerConfig
from composer.addresses import needs_smtputf8, normalise_email
from composer.mail.message import message_bytes
from composer.network import (
    ProxyFailure,
    ProxyRefused,
    ProxyUnreachable,
    TorNotRunning,
    open_socket,
)
from composer.problems import ComposerError, Problem

# Sent in EHLO instead of the machine's name, which could identify the sender.
EHLO_NAME = "[127.0.0.1]"
# RFC 5321's command line (512 octets with CRLF): an AUTH line with its initial response
# longer than this goes in two steps. RFC 4954 allows 12288, but Postfix reads 2048 and
# an access token alone can be 3 KB.
AUTH_LINE_LIMIT = 512


class Bearer(Protocol):
    """Access tokens of an account that signs in at its provider (OAuth2), instead of a
    password (composer.account.oauth.AccessTokens)."""

    def access_token(self) -> str: ...

    def invalidate(self) -> None: ...


Secret = str | Bearer  # what logs in: a password, or a sign-in


class SendError(ComposerError):
    """A failure while talking to the server. `temporary` ones may succeed if tried later."""

    code = "smtp-error"
    temporary = False

    def __init__(self, detail: str = "", *, smtp_code: int = 0, **args: object) -> None:
        self.detail = detail
        self.smtp_code = smtp_code
        super().__init__(Problem(self.code, args={"detail": detail, "code": smtp_code, **args}))


class ServerUnreachable(SendError):
    code, temporary = "smtp-unreachable", True


class ProxyDown(SendError):
    """The proxy (or Tor) set for every connection does not answer: nothing went direct."""

    code, temporary = "smtp-proxy-unreachable", True


class NoTor(SendError):
    code, temporary = "smtp-no-tor", True


class ProxyCannotReach(SendError):
    """The proxy answered but could not reach the mail server (Tor's exits may be refused)."""

    code, temporary = "smtp-proxy-failed", True


class ServerTimeout(SendError):
    code, temporary = "smtp-timeout", True


class CertificateError(SendError):
    code = "smtp-certificate"


class TlsError(SendError):
    code = "smtp-tls"


class StartTlsUnavailable(SendError):
    code = "smtp-no-starttls"


class AuthUnavailable(SendError):
    code = "smtp-no-auth"


class AuthenticationFailed(SendError):
    code = "smtp-auth-failed"


class OAuthRequired(SendError):
    code = "smtp-oauth-required"


class OAuthRefused(SendError):
    """The server refused a freshly renewed access token."""

    code = "smtp-oauth-refused"


class SignInFailed(SendError):
    """No access token could be had (signed out, refused by the provider): the account's
    sign-in must be done again. Carries the sign-in's own problem."""

    def __init__(self, error: ComposerError, temporary: bool = False) -> None:
        self.code = error.problems[0].code
        self.temporary = temporary
        self.detail = str(error)
        self.smtp_code = 0
        ComposerError.__init__(self, error.problems)


class ConnectionLost(SendError):
    code, temporary = "smtp-connection-lost", True


class DeliveryUnknown(SendError):
    """The message was handed over but the server's answer never came: it may have gone."""

    code = "smtp-delivery-unknown"


class SmtpUtf8Unavailable(SendError):
    """The letter needs SMTPUTF8 (a UTF-8 mailbox) and the server does not offer it: found
    before MAIL FROM, so nothing of it was sent; trying the same server again cannot help."""

    code = "smtp-no-smtputf8"


class Refused(SendError):
    """The server said no to the sender, a recipient or the message, with its own words."""

    code = "smtp-refused"

    def __init__(
        self, detail: str = "", *, smtp_code: int = 0, who: str = "", **args: object
    ) -> None:
        if not who:  # the message itself, or the log-in: say so without a name
            self.code = "smtp-rejected"
        super().__init__(detail, smtp_code=smtp_code, who=who, **args)
        self.temporary = 400 <= smtp_code < 500


@dataclass
class Outgoing:
    """One message to send: the envelope says who really receives it."""

    message: EmailMessage | None
    sender: str
    recipients: list[str]
    key: str = ""  # the caller's name for it (e.g. the main recipient's address)
    raw: bytes | None = None  # the message as stored by the outbox, sent byte for byte

    def data(self) -> bytes:
        if self.raw is not None:
            return self.raw
        assert self.message is not None
        return message_bytes(self.message)


@dataclass
class Result:
    """What happened to one Outgoing."""

    item: Outgoing
    ok: bool
    error: SendError | None = None
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)  # some recipients only


def _words(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:500]


def tls_context(cafile: str = "") -> ssl.SSLContext:
    """Certificates and host names verified; with cafile, that file is what is trusted."""
    try:
        context = ssl.create_default_context(cafile=cafile or None)
    except (OSError, ssl.SSLError) as exc:
        raise CertificateError(f"{cafile}: {exc}") from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


class _SMTP(smtplib.SMTP):
    """smtplib's client, connecting through composer.network (direct, or the proxy).

    `_get_socket` is the one place smtplib opens its TCP connection (SMTP_SSL wraps what
    it returns in TLS for `self._host`, the server's real name; STARTTLS does the same
    later): overriding it puts the proxy under both, with certificates checked as ever."""

    proxy = ""

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        return open_socket(host, port, timeout, self.proxy)


class _SMTP_SSL(smtplib.SMTP_SSL, _SMTP):  # noqa: N801 - as smtplib names it
    """Implicit TLS: SMTP_SSL._get_socket wraps the socket _SMTP._get_socket opens."""


def _client(c: ServerConfig, context: ssl.SSLContext) -> smtplib.SMTP:
    """A connected client for c (no EHLO yet); the class carries the proxy, since
    smtplib connects from its constructor."""
    if c.security == "tls":
        cls: type[smtplib.SMTP] = type("_Proxied", (_SMTP_SSL,), {"proxy": c.proxy})
        return cls(c.host, c.port, local_hostname=EHLO_NAME, timeout=c.timeout, context=context)
    if c.security == "starttls":
        cls = type("_Proxied", (_SMTP,), {"proxy": c.proxy})
        return cls(c.host, c.port, local_hostname=EHLO_NAME, timeout=c.timeout)
    # There is no plaintext option: a password must never travel unencrypted.
    raise TlsError(f"unknown security {c.security!r}")


class Session:
    """An open, encrypted and authenticated SMTP connection."""

    def __init__(self, config: ServerConfig, password: Secret) -> None:
        self.config = config
        self._password = password
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Session:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        c = self.config
        context = tls_context(c.cafile)
        try:
            smtp = _client(c, context)
            self.smtp = smtp
            smtp.ehlo()
            if c.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise StartTlsUnavailable(host=c.host)
                smtp.starttls(context=context)
                smtp.ehlo()  # the features may differ once encrypted
            self._login(smtp)
        except SendError:
            self.close()
            raise
        except Exception as exc:  # noqa: BLE001 - each is translated to a typed error
            self.close()
            raise _translate(exc, c) from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        # smtplib's login() encodes credentials as ASCII; ours are UTF-8 (RFC 4616) so
        # names and passwords in any script work. AUTH only ever runs over TLS.
        if not isinstance(smtp.sock, ssl.SSLSocket):
            raise TlsError("the connection is not encrypted")
        mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
        if not isinstance(self._password, str):
            self._bearer_login(smtp, mechanisms, self._password)
            return
        user = self.config.username.encode("utf-8")
        password = self._password.encode("utf-8")
        if "PLAIN" in mechanisms:
            token = base64.b64encode(b"\0" + user + b"\0" + password).decode("ascii")
            code, reply = smtp.docmd("AUTH", "PLAIN " + token)
        elif "LOGIN" in mechanisms:
            code, reply = smtp.docmd("AUTH", "LOGIN")
            if code == 334:
                code, reply = smtp.docmd(base64.b64encode(user).decode("ascii"))
            if code == 334:
                code, reply = smtp.docmd(base64.b64encode(password).decode("ascii"))
        else:
            raise AuthUnavailable(" ".join(mechanisms) or "none", host=self.config.host)
        if code == 235:
            return
        if code in (535, 534, 530) or 500 <= code < 600:
            raise AuthenticationFailed(_words(reply), smtp_code=code, host=self.config.host)
        raise Refused(_words(reply), smtp_code=code, host=self.config.host)

    def _bearer_login(self, smtp: smtplib.SMTP, mechanisms: list[str], source: Bearer) -> None:
        """OAUTHBEARER (RFC 7628) when offered, else XOAUTH2; a refused token is renewed
        once (it may have been revoked or expired early), a refused fresh one is an error."""
        mechanism = next((m for m in ("OAUTHBEARER", "XOAUTH2") if m in mechanisms), None)
        if mechanism is None:
            raise AuthUnavailable(" ".join(mechanisms) or "none", host=self.config.host)
        code, reply = 0, b""
        for attempt in range(2):
            try:
                token = source.access_token()
            except ComposerError as exc:
                from composer.account.oauth import TEMPORARY

                transient = any(p.code in TEMPORARY for p in exc.problems)
                raise SignInFailed(exc, temporary=transient) from None
            response = bearer_response(
                mechanism, self.config.username, token, self.config.host, self.config.port
            )
            code, reply = _sasl(smtp, mechanism, response)
            if code == 235:
                return
            if 400 <= code < 500:  # the server's trouble (454: its sign-in check is down)
                raise Refused(_words(reply), smtp_code=code, host=self.config.host)
            if not 500 <= code < 600 or attempt:
                break
            source.invalidate()
        raise OAuthRefused(_words(reply), smtp_code=code, host=self.config.host)

    def send(self, item: Outgoing, before_data: Callable[[], bool | None] | None = None) -> Result:
        """MAIL, RCPT for each recipient, DATA. Refusals are results; a lost link raises.

        `before_data` runs just before the message is handed over: after it, a lost
        connection means the letter may have gone (DeliveryUnknown).
        """
        smtp = self.smtp
        assert smtp is not None, "open() first"
        data = item.data()
        # The envelope in the headers' form: xn-- domains (IDNA 2008), NFC local parts.
        sender = normalise_email(item.sender) or item.sender
        recipients = [normalise_email(r) or r for r in item.recipients]
        wide = [a for a in (sender, *recipients) if needs_smtputf8(a)]
        options: list[str] = []
        if wide or not data.isascii():  # a UTF-8 mailbox, or headers in raw UTF-8 (RFC 6532)
            if not smtp.has_extn("smtputf8"):
                who = wide[0] if wide else recipients[0]
                return Result(item, False, SmtpUtf8Unavailable(who=who, host=self.config.host))
            options = ["SMTPUTF8", *(["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else [])]
        else:
            # smtplib keeps UTF-8 commands on after an SMTPUTF8 letter; back to ASCII, so
            # a non-ASCII command could never go out without the option.
            smtp.command_encoding = "ascii"
        phase = "mail"
        try:
            code, reply = smtp.mail(sender, options)
            if code != 250:
                _rset_quietly(smtp)
                return Result(item, False, Refused(_words(reply), smtp_code=code, who=sender))
            refused: dict[str, tuple[int, str]] = {}
            for rcpt in recipients:
                code, reply = smtp.rcpt(rcpt)
                if code not in (250, 251):
                    refused[rcpt] = (code, _words(reply))
            main = recipients[0]
            if main in refused:
                # Not without its recipient: a copy alone would go again at every retry.
                _rset_quietly(smtp)
                code, words = refused[main]
                return Result(item, False, Refused(words, smtp_code=code, who=main), refused)
            if before_data is not None and before_data() is False:
                # The caller took the letter back (another sender has it now): no DATA.
                _rset_quietly(smtp)
                return Result(item, False, None)
            phase = "data"
            code, reply = smtp.data(data)
            if not 400 <= code < 600 and code != 250:
                # No clear answer after the data (garbled, or a success code other than
                # 250): it may have been taken, so never resend it blindly.
                self.close()
                raise DeliveryUnknown(_words(reply) or str(code))
            if code != 250:  # the server's clear answer: not taken
                _rset_quietly(smtp)
                return Result(item, False, Refused(_words(reply), smtp_code=code))
            return Result(item, True, None, refused)
        except smtplib.SMTPDataError as exc:  # DATA refused before the message was sent
            _rset_quietly(smtp)
            return Result(item, False, Refused(_words(exc.smtp_error), smtp_code=exc.smtp_code))
        except SendError:
            raise  # already ours (a reply after the data that says nothing clear)
        except Exception as exc:  # noqa: BLE001 - each is translated to a typed error
            self.close()
            error = _translate(exc, self.config)
            if phase == "data" and isinstance(error, ConnectionLost | ServerTimeout):
                # The message may have been handed over: never resend it blindly.
                raise DeliveryUnknown(error.detail) from None
            raise error from None

    def close(self) -> None:
        smtp, self.smtp = self.smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def bearer_response(mechanism: str, user: str, token: str, host: str, port: int) -> bytes:
    """The SASL response carrying an access token: XOAUTH2 (Google's and Microsoft's) or
    OAUTHBEARER (RFC 7628, whose authzid escapes = and ,)."""
    if mechanism == "XOAUTH2":
        return f"user={user}\x01auth=Bearer {token}\x01\x01".encode()
    name = user.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={name},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01".encode()


def _sasl(smtp: smtplib.SMTP, mechanism: str, response: bytes) -> tuple[int, bytes]:
    """AUTH with the response on the same line, or in two steps when that line would be
    too long; the final reply (after the error details a server sends as a challenge)."""
    encoded = base64.b64encode(response).decode("ascii")
    if len(f"AUTH {mechanism} {encoded}\r\n") <= AUTH_LINE_LIMIT:
        code, reply = smtp.docmd("AUTH", f"{mechanism} {encoded}")
    else:
        code, reply = smtp.docmd("AUTH", mechanism)
        if code == 334:
            code, reply = smtp.docmd(encoded)
    if code == 334:
        # A refusal's details (JSON, RFC 7628 3.2.2); answering ends the exchange with
        # the real reply code (OAUTHBEARER wants ^A, XOAUTH2 an empty line).
        try:
            details = base64.b64decode(reply + b"==")
        except ValueError:  # binascii.Error: not base64 after all
            details = reply
        code, reply = smtp.docmd("AQ==" if mechanism == "OAUTHBEARER" else "")
        reply = reply + b" " + details
    return code, reply


def _rset_quietly(smtp: smtplib.SMTP) -> None:
    """Reset after a refusal; if the server has gone, its answer already said why."""
    try:
        smtp.rset()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _translate(exc: Exception, c: ServerConfig) -> SendError:
    """Map what smtplib, ssl and socket raise to one of our typed errors."""
    where = f"{c.host}:{c.port}"
    if isinstance(exc, SendError):
        return exc
    if isinstance(exc, ProxyFailure):  # before OSError: it is one
        if isinstance(exc, TorNotRunning):
            return NoTor(exc.detail, host=c.host)
        if isinstance(exc, ProxyUnreachable):
            return ProxyDown(exc.detail, host=c.host, proxy=exc.proxy)
        assert isinstance(exc, ProxyRefused)
        return ProxyCannotReach(exc.detail, host=c.host, proxy=exc.proxy)
    if isinstance(exc, ssl.SSLCertVerificationError):
        return CertificateError(exc.verify_message or str(exc), host=c.host)
    if isinstance(exc, ssl.SSLError):
        return TlsError(exc.reason or str(exc), host=c.host)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if "timed out" in str(exc):  # smtplib reports a reply timeout as a disconnection
            return ServerTimeout(where, host=c.host)
        return ConnectionLost(str(exc) or "closed", host=c.host)
    if isinstance(exc, smtplib.SMTPConnectError):
        err = Refused(_words(exc.smtp_error), smtp_code=exc.smtp_code, who=where)
        return err
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return StartTlsUnavailable(str(exc), host=c.host)
    if isinstance(exc, smtplib.SMTPResponseException):
        return Refused(_words(exc.smtp_error), smtp_code=exc.smtp_code, who=where)
    if isinstance(exc, TimeoutError | socket.timeout):
        return ServerTimeout(where, host=c.host)
    if isinstance(exc, socket.gaierror):
        return ServerUnreachable(f"{c.host}: unknown host", host=c.host)
    if isinstance(exc, ConnectionResetError | BrokenPipeError | ConnectionAbortedError):
        return ConnectionLost(str(exc), host=c.host)
    if isinstance(exc, OSError):
        return ServerUnreachable(f"{where}: {exc.strerror or exc}", host=c.host)
    return SendError(f"{type(exc).__name__}: {exc}", host=c.host)


def send_all(
    config: ServerConfig,
    password: Secret,
    items: list[Outgoing],
    progress: Callable[[Result], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Result]:
    """Send each item over one session; stop at a lost connection or when cancelled.

    Items not tried are returned with the error that stopped the batch (or none, when
    cancelled), so the caller knows exactly what went and what did not.
    """
    results: list[Result] = []
    stop: SendError | None = None
    try:
        with Session(config, password) as session:
            for item in items:
                if cancelled():
                    break
                try:
                    result = session.send(item)
                except SendError as exc:
                    result = Result(item, False, exc)
                    stop = exc
                results.append(result)
                if progress:
                    progress(result)
                if stop:
                    break
    except SendError as exc:  # could not connect or log in: nothing was sent
        stop = exc
    done = {id(r.item) for r in results}
    for item in items:
        if id(item) not in done:
            results.append(Result(item, False, stop))
    return results


def check_connection(config: ServerConfig, password: Secret) -> None:
    """Connect, encrypt and log in, then leave; raises the SendError that stopped it."""
    with Session(config, password):
        pass
