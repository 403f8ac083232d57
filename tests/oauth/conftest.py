# SPDX-License-Identifier: GPL-3.0-or-later
"""The sign-in rig (tests/oauth/rig.py), started once for these tests, and helpers."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from .rig import BROWSER, Dovecot, Postfix, Provider, available, provider_json


@dataclass
class Rig:
    provider: Provider
    dovecot: Dovecot
    postfix: Postfix

    def config_file(self, folder: Path, **extra: object) -> Path:
        """A provider configuration file for the rig (implicit TLS port by default)."""
        entry = provider_json(
            self.provider.issuer,
            **{"smtp_port": self.postfix.tls_port, "smtp_security": "tls", **extra},
        )
        path = folder / "rig-providers.json"
        path.write_text(json.dumps(entry))
        return path

    def browser_env(self, folder: Path, **extra: str) -> dict[str, str]:
        return {"BROWSER": str(BROWSER), "RIG_BROWSER_LOG": str(folder / "browser.log"), **extra}


@pytest.fixture(scope="session")
def rig() -> Iterator[Rig]:
    missing = available()
    if missing:
        pytest.fail(f"the sign-in rig cannot start ({missing}): run the tests with `make test`")
    # Not under pytest's private temporary folder: Postfix's and Dovecot's own users must
    # reach their queue and mail folders.
    base = Path(tempfile.mkdtemp(prefix="letter-composer-oauth-rig-"))
    base.chmod(0o755)
    for name in ("provider", "dovecot", "postfix"):
        (base / name).mkdir()
    started: list[Provider | Dovecot | Postfix] = []
    try:
        provider = Provider.start(base / "provider")
        started.append(provider)
        dovecot = Dovecot(base / "dovecot", provider)
        started.append(dovecot)
        postfix = Postfix(base / "postfix", dovecot)
        started.append(postfix)
        yield Rig(provider, dovecot, postfix)
    finally:
        for part in reversed(started):
            part.stop()
        shutil.rmtree(base, ignore_errors=True)
