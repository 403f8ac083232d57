# SPDX-License-Identifier: GPL-3.0-or-later
"""Outgoing-server settings for a mail address, from the shipped provider table (no network)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from composer.paths import resources_dir

PASSWORD_AUTH = {"password-cleartext", "password-encrypted"}
# Providers whose password sign-in needs an app password (two-step verification).
APP_PASSWORD_PROVIDERS = {"googlemail.com", "yahoo.com", "aol.com", "mail.ru", "yandex.ru"}


@dataclass(frozen=True)
class ServerSettings:
    """How to reach one provider's SMTP server."""

    provider: str  # the provider's id in the table, e.g. "googlemail.com"
    name: str  # what people call it, e.g. "Google Mail"
    host: str
    port: int
    security: str  # "tls" (implicit, port 465 style) or "starttls"
    username: str
    oauth_only: bool = False  # the provider accepts no password for sending
    app_password: bool = False  # a normal password will not do; an app password will
    alternatives: list[tuple[str, int, str]] = field(default_factory=list)


@lru_cache(maxsize=4)
def _table(path: Path) -> dict[str, object]:
    return json.loads(path.read_text("utf-8"))  # type: ignore[no-any-return]


def table_path() -> Path:
    return resources_dir() / "providers" / "providers.json"


def lookup(email: str, path: Path | None = None) -> ServerSettings | None:
    """Settings for the address's domain, or None when the table does not know it."""
    local, _, domain = email.strip().rpartition("@")
    if not local or not domain:
        return None
    table = _table(path or table_path())
    domains: dict[str, str] = table["domains"]  # type: ignore[assignment]
    providers: dict[str, dict[str, object]] = table["providers"]  # type: ignore[assignment]
    pid = domains.get(domain.lower())
    if pid is None:
        return None
    prov = providers[pid]
    servers: list[dict[str, object]] = prov["smtp"]  # type: ignore[assignment]
    # Never plaintext; implicit TLS first (nothing is ever sent before encryption).
    usable = [s for s in servers if s["security"] in ("tls", "starttls")]
    usable.sort(key=lambda s: (s["security"] != "tls", not (set(s["auth"]) & PASSWORD_AUTH)))  # type: ignore[arg-type]
    if not usable:
        return None
    best = usable[0]
    auth = set(best["auth"])  # type: ignore[arg-type]
    username = str(best["username"])
    username = (
        username.replace("%EMAILADDRESS%", email.strip())
        .replace("%EMAILLOCALPART%", local)
        .replace("%EMAILDOMAIN%", domain)
    )
    return ServerSettings(
        provider=pid,
        name=str(prov["name"]),
        host=str(best["host"]),
        port=int(best["port"]),  # type: ignore[call-overload]
        security=str(best["security"]),
        username=username,
        oauth_only="OAuth2" in auth and not auth & PASSWORD_AUTH,
        app_password=pid in APP_PASSWORD_PROVIDERS,
        alternatives=[(str(s["host"]), int(s["port"]), str(s["security"])) for s in usable[1:]],  # type: ignore[call-overload]
    )
