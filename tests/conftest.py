# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: an isolated home for every test, and small campaign bundles on disk."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
BUILTIN = ROOT / "resources" / "campaigns" / "zhanartu-2012"

# Test recipients are on reserved example domains: tests never use the campaign's real ones.
MINIMAL_TOML = """\
format = 1
id = "test-campaign"
original_language = "en"

[title]
en = "A test campaign"
fr = "Une campagne de test"

[[recipients]]
name = "First Office"
email = "first@example.org"

[recipients.salutation]
en = "Dear First,"

[[recipients]]
name = "Second Office"
email = "second@example.net"

[[fields]]
key = "name"
required = true
label = { en = "Your name" }

[[fields]]
key = "town"
required = false
label = { en = "Town" }

[[fields]]
key = "note"
required = false
multiline = true
label = { en = "Note" }
"""

MINIMAL_LETTER = """\
Subject: Letter from {{ name }}

{{ today }}

{{ recipient.salutation or "Dear " ~ recipient.name ~ "," }}

Please act.
{% if note %}
{{ note }}
{% endif %}
{{ name }}{% if town %}, {{ town }}{% endif %}
"""


def toml_with_offices(count: int) -> str:
    """MINIMAL_TOML with `count` recipients (Office 0..n at example.org) instead of two."""
    head, _, rest = MINIMAL_TOML.partition("[[recipients]]")
    offices = "".join(
        f'[[recipients]]\nname = "Office {i}"\nemail = "o{i}@example.org"\n' for i in range(count)
    )
    return head + offices + rest[rest.index("[[fields]]") :]


MINIMAL_FILES = {
    "campaign.toml": MINIMAL_TOML,
    "appeal/en.md": "# Act now\n\nThe appeal text.\n",
    "appeal/fr.md": "# Agissez\n\nLe texte de l'appel.\n",
    "letters/en.txt.j2": MINIMAL_LETTER,
}


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test reads or writes the real user's settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in [
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ]:
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The most common umask (files 0644, folders 0755): what the app must tighten."""
    old = os.umask(0o022)
    yield
    os.umask(old)


Writer = Callable[..., Path]


@pytest.fixture
def make_campaign(tmp_path: Path) -> Writer:
    """Write a campaign folder from MINIMAL_FILES with overrides (None removes a file)."""
    counter = iter(range(10_000))

    def write(files: dict[str, str | bytes | None] | None = None, name: str | None = None) -> Path:
        root = tmp_path / (name or f"campaign{next(counter)}")
        merged: dict[str, str | bytes | None] = {**MINIMAL_FILES, **(files or {})}
        for rel, content in merged.items():
            if content is None:
                continue
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, "utf-8")
        return root

    return write


@pytest.fixture
def make_archive(tmp_path: Path) -> Callable[..., Path]:
    """Zip a dict of members into a .campaign file (prefix puts them in one folder)."""
    counter = iter(range(10_000))

    def write(
        files: dict[str, str | bytes] | None = None,
        prefix: str = "",
        compression: int = zipfile.ZIP_DEFLATED,
    ) -> Path:
        path = tmp_path / f"bundle{next(counter)}.campaign"
        with zipfile.ZipFile(path, "w", compression) as zf:
            for rel, content in (files if files is not None else MINIMAL_FILES).items():
                zf.writestr(prefix + rel, content)
        return path

    return write


@pytest.fixture
def starttls_server(tmp_path_factory: pytest.TempPathFactory):
    from .mailserver import MailServer

    with MailServer(tmp_path_factory.mktemp("certs"), "starttls") as server:
        yield server


@pytest.fixture
def tls_server(tmp_path_factory: pytest.TempPathFactory):
    from .mailserver import MailServer

    with MailServer(tmp_path_factory.mktemp("certs"), "tls") as server:
        yield server


@pytest.fixture(params=["starttls", "tls"])
def mail_server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """Each test runs against a 587-style STARTTLS server and a 465-style implicit TLS one."""
    from .mailserver import MailServer

    with MailServer(tmp_path_factory.mktemp("certs"), request.param) as server:
        yield server


@pytest.fixture
def secret_service():
    """The real Secret Service keyring (gnome-keyring), as `make test` starts it."""
    from composer.account.keystore import default_backend, is_secure

    backend = default_backend()
    if not is_secure(backend):
        pytest.fail(
            "no Secret Service keyring on this D-Bus session: run the tests with `make test` "
            "(it starts gnome-keyring through scripts/with-keyring.sh)"
        )
    return backend


@pytest.fixture
def socks_proxy(tmp_path_factory: pytest.TempPathFactory):
    """A real SOCKS5 proxy (microsocks) on 127.0.0.1, stopped after the test."""
    from .socksproxy import MicroSocks

    with MicroSocks(tmp_path_factory.mktemp("socks")) as proxy:
        yield proxy
