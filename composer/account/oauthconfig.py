# SPDX-License-Identifier: GPL-3.0-or-later
"""Which providers offer sign-in (OAuth2) for sending: the provider configuration files.

A file holds one provider (a JSON object) or several (a list of them). Files are read in
this order, a later one replacing an earlier one's provider of the same name:

1. the shipped file, resources/oauth/providers.json (endpoints only: no client ids, since
   the app must not borrow another program's registration);
2. the organisation's, oauth-providers.json in the site configuration folder;
3. the user's, oauth-providers.json in the user's configuration folder;
4. a file given on the command line (--oauth-config FILE).

A provider whose client_id is empty is known but not configured (nobody registered this
copy of the app with it). Every value is untrusted: endpoints must be https, or http on
a loopback address only (a local test provider).
"""

from __future__ import annotations

import ipaddress
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

import platformdirs

from composer.paths import APP, config_dir, resources_dir
from composer.problems import ComposerError, Problem

FILE_NAME = "oauth-providers.json"
MAX_FILE = 256 * 1024  # far more than any real list of providers needs
SECURITIES = ("tls", "starttls")
DEFAULT_PORTS = {"tls": 465, "starttls": 587}


class OAuthConfigError(ComposerError):
    """A provider configuration file cannot be read or is not valid."""


@dataclass(frozen=True)
class OAuthProvider:
    """One provider's sign-in: where to send the browser, where to fetch tokens, which
    mail domains it serves and their outgoing server."""

    name: str
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    client_id: str
    scopes: tuple[str, ...]
    domains: tuple[str, ...]
    smtp_host: str
    smtp_port: int
    smtp_security: str
    client_secret: str = ""  # desktop clients' "secrets" are public (Google gives one)

    @property
    def configured(self) -> bool:
        """An organisation registered the app with this provider and gave its client id."""
        return bool(self.client_id)

    def serves(self, email: str) -> bool:
        domain = email.strip().rpartition("@")[2].lower()
        return bool(domain) and domain in self.domains

    def to_json(self) -> dict[str, object]:
        """The file's form (as kept in account.json, so a later change of the files does
        not silently move an account to another registration)."""
        data = asdict(self)
        data["scopes"], data["domains"] = list(self.scopes), list(self.domains)
        return data


def shipped_path() -> Path:
    return resources_dir() / "oauth" / "providers.json"


def organisation_path() -> Path:
    return Path(platformdirs.site_config_dir(APP, appauthor=False)) / FILE_NAME


def user_path() -> Path:
    return config_dir() / FILE_NAME


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _endpoint(value: object, key: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"'{key}' must be an address (https://...)")
    parts = urlsplit(value)
    if parts.scheme == "https" and parts.hostname:
        return value
    if parts.scheme == "http" and parts.hostname and _loopback(parts.hostname):
        return value  # a provider on this computer (a test provider): nothing leaves it
    raise ValueError(f"'{key}' must start with https:// (http only on this computer): {value}")


def _strings(value: object, key: str) -> tuple[str, ...]:
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(v, str) and v.strip() and v.isprintable() for v in value)
    ):
        raise ValueError(f"'{key}' must be a list of one or more words")
    return tuple(v.strip() for v in value)


def _text(data: dict[str, object], key: str, *, required: bool = True) -> str:
    value = data.get(key, "")
    if not isinstance(value, str) or not value.isprintable() or (required and not value):
        raise ValueError(f"'{key}' must be a line of text")
    return value.strip()


def parse_provider(data: object) -> OAuthProvider:
    """One provider from its JSON object; ValueError saying what is wrong. Unknown keys are
    ignored (a newer file may carry more)."""
    if not isinstance(data, dict):
        raise ValueError("each provider must be a JSON object")
    name = _text(data, "name")
    security = data.get("smtp_security", "tls")
    if security not in SECURITIES:
        raise ValueError(f"{name}: 'smtp_security' must be tls or starttls")
    port = data.get("smtp_port", DEFAULT_PORTS[str(security)])
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        raise ValueError(f"{name}: 'smtp_port' must be a number from 1 to 65535")
    host = _text(data, "smtp_host")
    if " " in host:
        raise ValueError(f"{name}: 'smtp_host' must be a server name")
    try:
        return OAuthProvider(
            name=name,
            issuer=_endpoint(data.get("issuer"), "issuer"),
            authorization_endpoint=_endpoint(
                data.get("authorization_endpoint"), "authorization_endpoint"
            ),
            token_endpoint=_endpoint(data.get("token_endpoint"), "token_endpoint"),
            client_id=_text(data, "client_id", required=False),
            client_secret=_text(data, "client_secret", required=False),
            scopes=_strings(data.get("scopes"), "scopes"),
            domains=tuple(d.lower() for d in _strings(data.get("domains"), "domains")),
            smtp_host=host,
            smtp_port=port,
            smtp_security=str(security),
        )
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


def read_file(path: Path) -> list[OAuthProvider]:
    """The providers in one file; OAuthConfigError (oauth-config) naming the file."""
    try:
        with path.open("rb") as fh:
            raw = fh.read(MAX_FILE + 1)
        if len(raw) > MAX_FILE:
            raise ValueError(f"larger than {MAX_FILE} bytes")
        data = json.loads(raw.decode("utf-8"))
        items = data if isinstance(data, list) else [data]
        return [parse_provider(item) for item in items]
    except (OSError, ValueError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        problem = Problem("oauth-config", str(path), None, {"detail": detail})
        raise OAuthConfigError(problem) from None


def load(extra: Path | None = None) -> list[OAuthProvider]:
    """Every known provider, later files replacing earlier ones by name; `extra` (the
    command line's file) last. Missing optional files are fine; a bad one is an error."""
    found: dict[str, OAuthProvider] = {}
    for path in (shipped_path(), organisation_path(), user_path()):
        if path.is_file():
            for provider in read_file(path):
                found[provider.name.casefold()] = provider
    if extra is not None:  # named by the user: its absence is an error
        for provider in read_file(extra):
            found[provider.name.casefold()] = provider
    return list(found.values())


def for_address(email: str, providers: list[OAuthProvider]) -> OAuthProvider | None:
    """The provider serving the address's domain (a configured one first), or None."""
    serving = [p for p in providers if p.serves(email)]
    serving.sort(key=lambda p: not p.configured)
    return serving[0] if serving else None
