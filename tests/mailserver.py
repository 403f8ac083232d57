# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server on 127.0.0.1 for tests: aiosmtpd with STARTTLS or implicit TLS + AUTH.

Faults can be switched on per test (refuse a recipient, answer 421 at MAIL, drop the
connection after the data) so the client meets what real servers do.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER = "ana@example.org"
PASSWORD = "pässwörd-Жқ-密码"  # credentials in any script must work


def make_certificate(
    folder: Path, name: str = "mx.test", for_loopback: bool = True
) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (or, with for_loopback=False,
    only for `name`, so connecting to 127.0.0.1 is a name mismatch); (cert, key) paths."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
                if for_loopback
                else [x509.DNSName(name)]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    ehlo: str
    mail_options: list[str] = field(default_factory=list)  # e.g. SMTPUTF8

    @property
    def message(self) -> email.message.EmailMessage:
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class Handler:
    """Stores what arrives; the fault switches make it misbehave on purpose."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)  # address -> reply
    mail_reply: str | None = None  # e.g. "421 4.3.2 try later"
    data_reply: str | None = None
    drop_after_data: bool = False
    data_delay: float = 0.0  # seconds to wait before storing: widens the crash window
    auth_reply: str | None = None  # e.g. "454 4.7.0 Temporary authentication failure"
    auth_attempts: list[tuple[bytes, bytes]] = field(default_factory=list)
    mails: list[str] = field(default_factory=list)  # every MAIL FROM, even those refused
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        with self.lock:
            self.mails.append(address)
        if self.mail_reply:
            return self.mail_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.data_reply:
            return self.data_reply
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        with self.lock:
            self.received.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    envelope.original_content or envelope.content,
                    session.host_name or "",
                    list(envelope.mail_options),
                )
            )
        if self.drop_after_data:
            # The message is stored but the client never hears so: delivery unknown.
            server.transport.close()
            return "250 OK"
        return "250 OK"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        with self.lock:
            self.auth_attempts.append((auth_data.login, auth_data.password))
        if self.auth_reply:
            return AuthResult(success=False, handled=False, message=self.auth_reply)
        ok = auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)


class MailServer:
    """One running server; `port`, `cafile` and `handler` are what tests look at."""

    def __init__(
        self,
        folder: Path,
        mode: str = "starttls",
        for_loopback: bool = True,
        port: int | None = None,
        smtputf8: bool = False,
    ) -> None:
        self.mode = mode
        self.handler = Handler()
        self.port = port or free_port()
        cert, key = make_certificate(folder, for_loopback=for_loopback)
        self.cafile = str(cert)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        common: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "server_hostname": "mx.test",
            "authenticator": self.handler.authenticate,
            "auth_required": True,
            "enable_SMTPUTF8": smtputf8,  # offered only when asked: most tests run without
        }
        if mode == "starttls":
            options = {"tls_context": context, "require_starttls": True, "auth_require_tls": True}
        elif mode == "tls":
            options = {"ssl_context": context, "auth_require_tls": False}
        elif mode == "plain":  # offers no STARTTLS: the client must refuse to log in
            options = {"auth_require_tls": False}
        else:
            raise ValueError(mode)
        self.controller = Controller(self.handler, **common, **options)

    def __enter__(self) -> MailServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def copies(self) -> dict[str, int]:
        """How many times each Message-ID arrived."""
        counts: dict[str, int] = {}
        for r in self.received:
            mid = str(r.message["Message-ID"])
            counts[mid] = counts.get(mid, 0) + 1
        return counts


class SilentServer:
    """Accepts connections and never says a word: the client must time out."""

    def __init__(self) -> None:
        self.port = free_port()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", self.port))
        self.sock.listen(8)

    def __enter__(self) -> SilentServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sock.close()
