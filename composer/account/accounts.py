# SPDX-License-Identifier: GPL-3.0-or-later
"""The supporter's mail account: settings in a JSON file (atomic), never the password."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from composer.account.oauthconfig import OAuthProvider, parse_provider
from composer.addresses import is_control, normalise_email
from composer.network import ProxySettingError, parse_proxy
from composer.paths import config_dir, write_atomic
from composer.problems import ComposerError, Problem

SECURITIES = ("tls", "starttls")
DEFAULT_TIMEOUT = 30.0  # seconds to wait for each answer of the server


@dataclass(frozen=True)
class ServerConfig:
    """Where and how to log in (smtp.py connects with it); the password is passed
    separately and never stored here."""

    host: str
    port: int
    security: str  # "tls" (implicit) or "starttls"
    username: str
    cafile: str = ""  # a PEM file to trust instead of the system's authorities
    timeout: float = DEFAULT_TIMEOUT
    proxy: str = ""  # "", "tor" or "socks5://HOST:PORT" (composer.network)


class AccountError(ComposerError):
    """Account settings missing or not valid."""


@dataclass
class Account:
    email: str
    name: str
    host: str
    port: int
    security: str  # "tls" or "starttls": there is no plaintext choice
    username: str
    cafile: str = ""
    ask_password: bool = False  # True: never stored, asked for each session
    provider: str = ""  # the provider table's id, when the settings came from it
    # Every connection through this SOCKS5 proxy: "", "tor" or "socks5://HOST:PORT".
    proxy: str = ""
    # Sign-in at the provider (OAuth2) instead of a password: its configuration entry as
    # it was when the account was set up (composer.account.oauthconfig); None: a password.
    oauth: dict[str, object] | None = None

    @property
    def key(self) -> str:
        """The password's name in the keyring."""
        return f"{self.username}@{self.host}:{self.port}"

    @property
    def sign_in(self) -> OAuthProvider | None:
        """The provider this account signs in at, or None (it logs in with a password)."""
        if self.oauth is None:
            return None
        try:
            return parse_provider(self.oauth)
        except ValueError as exc:  # account.json edited by hand
            detail = f"the sign-in settings are not valid: {exc}"
            raise AccountError(Problem("bad-account", args={"detail": detail})) from None

    def server(self, timeout: float | None = None) -> ServerConfig:
        extra = {} if timeout is None else {"timeout": timeout}
        return ServerConfig(
            self.host,
            self.port,
            self.security,
            self.username,
            self.cafile,
            proxy=self.proxy,
            **extra,
        )

    def check(self) -> list[str]:
        """What is wrong with these settings, in words (empty when fine)."""
        problems = []
        if normalise_email(self.email) is None:
            problems.append(f"'{self.email}' is not an e-mail address")
        for label, value in (
            ("name", self.name),
            ("server", self.host),
            ("user name", self.username),
        ):
            if any(is_control(ch) for ch in value) or len(value.splitlines()) > 1:
                problems.append(f"the {label} must be on one line")
        if not self.host.strip() or " " in self.host.strip():
            problems.append("the server name is missing or has spaces")
        if not 1 <= self.port <= 65535:
            problems.append(f"port {self.port} is not between 1 and 65535")
        if self.security not in SECURITIES:
            problems.append("security must be tls or starttls")
        if self.cafile and not Path(self.cafile).is_file():
            problems.append(f"certificate file {self.cafile} does not exist")
        try:
            parse_proxy(self.proxy)
        except ProxySettingError as exc:
            problems.append(str(exc))
        if self.oauth is not None:
            try:
                parse_provider(self.oauth)
            except ValueError as exc:
                problems.append(f"the sign-in settings are not valid: {exc}")
        return problems


class AccountStore:
    """Reads and writes account.json in the user's configuration folder."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / "account.json"

    def load(self) -> Account | None:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise AccountError(
                Problem("bad-account", str(self.path), None, {"detail": str(exc)})
            ) from None
        known = {f.name for f in fields(Account)}
        try:
            return Account(**{k: v for k, v in data.items() if k in known})
        except TypeError as exc:
            raise AccountError(
                Problem("bad-account", str(self.path), None, {"detail": str(exc)})
            ) from None

    def save(self, account: Account) -> None:
        problems = account.check()
        if problems:
            raise AccountError(Problem("bad-account", args={"detail": "; ".join(problems)}))
        account.email = normalise_email(account.email) or account.email
        write_atomic(self.path, json.dumps(asdict(account), indent=2, ensure_ascii=False).encode())
