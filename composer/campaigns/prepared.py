# SPDX-License-Identifier: GPL-3.0-or-later
"""Campaigns opened before, ready without parsing, validating or compiling again.

Opening a campaign means reading its TOML, checking every value, compiling each letter
template in the sandbox and rendering it once per recipient. The outcome depends only on
the bundle's bytes and on this version of the app, so a campaign that passed is kept under
the digest of those bytes; the next start reads it back as plain data (marshal: no code
runs on load) and compiles each template only when a letter is first rendered (from the
compiled-template cache, composer/templates/codecache.py); the others after the first paint.

Nothing here holds what the user typed: rendered letters are never kept on disk.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import marshal
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from composer import __version__
from composer.templates.letter import CompiledLetter, Letter, TemplateSource

if TYPE_CHECKING:
    from composer.campaigns.bundle import Bundle
    from composer.campaigns.campaign import Campaign

CACHE_VERSION = "5"  # bump when the Campaign model or what validation checks changes


def cache_dir() -> Path:
    from composer.paths import cache_dir

    return cache_dir() / "campaigns"


def bundle_key(bundle: Bundle) -> str:
    # What validation checks depends on the sandbox's settings and jinja2's version too: a
    # campaign validated under an older sandbox is validated again.
    from composer.templates.sandbox import FINGERPRINT

    h = hashlib.blake2b(digest_size=32)
    for part in (CACHE_VERSION, __version__, FINGERPRINT):
        h.update(part.encode() + b"\0")
    for name in sorted(bundle.files):
        data = bundle.files[name]
        h.update(name.encode("utf-8", "surrogatepass") + b"\0" + str(len(data)).encode() + b"\0")
        h.update(data)
    return h.hexdigest()


class LazyLetter:
    """A letter template that is compiled when it is first rendered: a campaign read back
    from the cache draws its window without compiling the letters it does not show."""

    def __init__(
        self,
        source: TemplateSource,
        variables: frozenset[str],
        sizes: tuple[int, ...],
        compiled: CompiledLetter | None = None,
    ) -> None:
        self.source = source
        self.variables = variables
        self.sizes = sizes  # wordings per group: the window shows "Other wording" by them
        self._compiled = compiled
        self._lock = threading.Lock()  # the window may warm it up while a worker renders

    def compiled(self) -> CompiledLetter:
        with self._lock:
            if self._compiled is None:
                self._compiled = CompiledLetter(self.source)
            return self._compiled

    def render(self, *args: Any, **kwargs: Any) -> Letter:
        return self.compiled().render(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        # Anything else a compiled letter offers (sizes of wordings, ...) needs it compiled.
        if name.startswith("__") or name in ("_compiled", "_lock", "source", "sizes"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


# -- the campaign as plain data ---------------------------------------------------------


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def dump(campaign: Campaign) -> bytes:
    from composer.campaigns.campaign import Campaign

    data: dict[str, Any] = {}
    for f in dataclasses.fields(Campaign):
        if f.name in ("letters", "source", "kind", "builtin"):
            continue  # letters below; where it came from is the caller's to say
        data[f.name] = _plain(getattr(campaign, f.name))
    data["deadline"] = campaign.deadline.isoformat() if campaign.deadline else None
    data["letters"] = {
        lang: (_plain(letter.source), sorted(letter.variables), list(letter.sizes))
        for lang, letter in campaign.letters.items()
    }
    return marshal.dumps(data)


def undump(blob: bytes, bundle: Bundle) -> Campaign:
    """The campaign back from `dump`; ValueError/TypeError/KeyError when it does not fit."""
    from composer.campaigns.campaign import Campaign, Field, Organiser, Recipient

    data = marshal.loads(blob)
    data["recipients"] = [Recipient(**r) for r in data["recipients"]]
    data["fields"] = [Field(**f) for f in data["fields"]]
    data["organiser"] = Organiser(**data["organiser"]) if data["organiser"] else None
    data["deadline"] = dt.date.fromisoformat(data["deadline"]) if data["deadline"] else None
    data["letters"] = {
        lang: LazyLetter(TemplateSource(**source), frozenset(variables), tuple(sizes))
        for lang, (source, variables, sizes) in data["letters"].items()
    }
    return Campaign(**data, source=bundle.source, kind=bundle.kind)


def load(bundle: Bundle, key: str) -> Campaign | None:
    """The campaign prepared from exactly these bytes before, if there is one."""
    try:
        blob = (cache_dir() / f"{key}.bin").read_bytes()
        return undump(blob, bundle)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None  # not there, or from another layout of the model: validate again


def store(key: str, campaign: Campaign) -> None:
    """Keep the validated campaign (its letters stay compiled for this session)."""
    campaign.letters = {
        lang: LazyLetter(letter.source, letter.variables, letter.sizes, compiled=letter)
        for lang, letter in campaign.letters.items()
    }
    from composer.paths import write_atomic

    with contextlib.suppress(OSError, ValueError):  # a cache not written only costs time
        write_atomic(cache_dir() / f"{key}.bin", dump(campaign), durable=False)


def remove_old_renders() -> None:
    """Delete the letters earlier versions kept here as rendered (`<key>.letters`, and a
    write cut short): they hold what the user typed. A glob of one folder, every start."""
    folder = cache_dir()
    for pattern in ("*.letters", ".*.letters.tmp"):
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                path.unlink()


def warm_up(campaign: Campaign) -> None:
    """Compile every letter now (it was left for later): the first keystroke stays fast."""
    for letter in campaign.letters.values():
        if isinstance(letter, LazyLetter):
            letter.compiled()
