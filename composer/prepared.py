"""Campaigns opened before, ready without parsing, validating or compiling again.

Opening a campaign means reading its TOML, checking every value, compiling each letter
template in the sandbox and rendering it once per recipient. The outcome depends only on
the bundle's bytes and on this version of the app, so a campaign that passed is kept under
the digest of those bytes; the next start reads it back as plain data (marshal: no code
runs on load) and compiles each template only when a letter is first rendered.

The letters drawn in the first window are kept too (`RenderCache`): with them, the window
appears before jinja2 is even imported, and the templates are compiled right after.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import marshal
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .letter import CompiledLetter, Letter, TemplateSource

if TYPE_CHECKING:
    from .bundle import Bundle
    from .campaign import Campaign, Recipient

CACHE_VERSION = "2"  # bump when the Campaign model or what validation checks changes
MAX_RENDERS = 64  # letters kept per campaign: the first window needs a handful
MAX_NEXT_RENDERS = 8  # at close, for the chosen recipients: the first is shown at start


def cache_dir() -> Path:
    from .paths import cache_dir

    return cache_dir() / "campaigns"


def _hasher() -> Any:
    # BLAKE2 from Python's own module: hashlib would first load OpenSSL (~3 ms of start-up).
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    return blake2b(digest_size=32)


def _jinja2_stamp() -> str:
    """Which jinja2 is installed, without importing it (validation depends on it)."""
    import importlib.util

    spec = importlib.util.find_spec("jinja2")
    try:
        st = os.stat(spec.origin) if spec and spec.origin else None
    except OSError:
        st = None
    where = spec.origin if spec else ""
    return f"{where}:{st.st_size}:{st.st_mtime_ns}" if st else where


def bundle_key(bundle: Bundle) -> str:
    h = _hasher()
    for part in (CACHE_VERSION, __version__, sys.version, _jinja2_stamp()):
        h.update(part.encode() + b"\0")
    for name in sorted(bundle.files):
        data = bundle.files[name]
        h.update(name.encode("utf-8", "surrogatepass") + b"\0" + str(len(data)).encode() + b"\0")
        h.update(data)
    return h.hexdigest()


class LazyLetter:
    """A letter template that is compiled when it is first rendered.

    Until then it answers from the render cache: the first window of a campaign opened
    before shows its letter without loading jinja2."""

    def __init__(
        self,
        source: TemplateSource,
        variables: frozenset[str],
        sizes: tuple[int, ...],
        renders: RenderCache | None,
        compiled: CompiledLetter | None = None,
    ) -> None:
        self.source = source
        self.variables = variables
        self.sizes = sizes  # wordings per group: the window shows "Other wording" by them
        self.renders = renders
        self._compiled = compiled
        self._lock = threading.Lock()  # the window may warm it up while a worker renders

    def compiled(self) -> CompiledLetter:
        with self._lock:
            if self._compiled is None:
                self._compiled = CompiledLetter(self.source)
            return self._compiled

    def render(self, *args: Any, **kwargs: Any) -> Letter:
        cache = self.renders
        if cache is None or not cache.recording:  # after the first window: just render
            return self.compiled().render(*args, **kwargs)
        key = (self.source.file, self.source.subject, self.source.body, repr((args, kwargs)))
        hit = cache.get(key) if self._compiled is None else None
        if hit is None:
            hit = self.compiled().render(*args, **kwargs)
            cache.put(key, hit)
        return hit

    def __getattr__(self, name: str) -> Any:
        # Anything else a compiled letter offers (sizes of wordings, ...) needs it compiled.
        if name.startswith("__") or name in ("_compiled", "_lock", "source", "renders", "sizes"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


class RenderCache:
    """Letters rendered while no template was compiled yet, by the exact inputs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._items: dict[str, tuple[str, str]] | None = None
        self._dirty = False
        self.recording = True  # until the first window is drawn

    def _load(self) -> dict[str, tuple[str, str]]:
        if self._items is None:
            try:
                items = marshal.loads(self.path.read_bytes())
                self._items = items if isinstance(items, dict) else {}
            except (OSError, ValueError, EOFError, TypeError):
                self._items = {}
        return self._items

    @staticmethod
    def _key(parts: tuple[str, ...]) -> str:
        h = _hasher()
        h.update("\0".join(parts).encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def get(self, parts: tuple[str, ...]) -> Letter | None:
        hit = self._load().get(self._key(parts))
        if not (isinstance(hit, tuple) and len(hit) == 2):
            return None
        return Letter(str(hit[0]), str(hit[1]))

    def put(self, parts: tuple[str, ...], letter: Letter) -> None:
        items = self._load()
        items[self._key(parts)] = (letter.subject, letter.body)
        while len(items) > MAX_RENDERS:  # dicts keep insertion order: drop the oldest
            items.pop(next(iter(items)))
        self._dirty = True

    def save(self) -> None:
        """Write what was added (a cache: no fsync, a lost write only costs time); the
        letters rendered from now on are not kept."""
        self.recording = False
        if not self._dirty or self._items is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.tmp")
            tmp.write_bytes(marshal.dumps(self._items))
            tmp.replace(self.path)
            self._dirty = False
        except (OSError, ValueError):
            pass


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
    from .campaign import Campaign

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


def undump(blob: bytes, bundle: Bundle, renders: RenderCache | None) -> Campaign:
    """The campaign back from `dump`; ValueError/TypeError/KeyError when it does not fit."""
    from .campaign import Campaign, Field, Organiser, Recipient

    data = marshal.loads(blob)
    data["recipients"] = [Recipient(**r) for r in data["recipients"]]
    data["fields"] = [Field(**f) for f in data["fields"]]
    data["organiser"] = Organiser(**data["organiser"]) if data["organiser"] else None
    data["deadline"] = dt.date.fromisoformat(data["deadline"]) if data["deadline"] else None
    data["letters"] = {
        lang: LazyLetter(TemplateSource(**source), frozenset(variables), tuple(sizes), renders)
        for lang, (source, variables, sizes) in data["letters"].items()
    }
    return Campaign(**data, source=bundle.source, kind=bundle.kind)


def renders_for(key: str) -> RenderCache:
    return RenderCache(cache_dir() / f"{key}.letters")


def load(bundle: Bundle, key: str) -> Campaign | None:
    """The campaign prepared from exactly these bytes before, if there is one."""
    try:
        blob = (cache_dir() / f"{key}.bin").read_bytes()
        return undump(blob, bundle, renders_for(key))
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None  # not there, or from another layout of the model: validate again


def store(key: str, campaign: Campaign) -> None:
    """Keep the validated campaign; from now on its letters record the first renders."""
    renders = renders_for(key)
    campaign.letters = {
        lang: LazyLetter(letter.source, letter.variables, letter.sizes, renders, compiled=letter)
        for lang, letter in campaign.letters.items()
    }
    try:
        path = cache_dir() / f"{key}.bin"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(dump(campaign))
        tmp.replace(path)
    except (OSError, ValueError):
        pass  # a cache that cannot be written only costs time


def keep_first_renders(campaign: Campaign) -> None:
    """The first window is drawn: keep its letters for the next start."""
    for letter in campaign.letters.values():
        if isinstance(letter, LazyLetter) and letter.renders is not None:
            letter.renders.save()


def keep_renders_for(
    campaign: Campaign,
    lang: str,
    values: dict[str, str],
    recipients: list[Recipient],
    today: dt.date,
    variant: int | None,
) -> None:
    """At close: also keep the letters as they read now (details typed since the start),
    so that the next start on the same day draws them without compiling. Only when the
    letter is compiled already: closing must not wait for jinja2."""
    letter = campaign.letters.get(lang)
    if not isinstance(letter, LazyLetter) or letter.renders is None or letter._compiled is None:
        keep_first_renders(campaign)
        return
    from .problems import ComposerError

    letter.renders.recording = True
    try:
        for recipient in recipients[:MAX_NEXT_RENDERS]:
            campaign.render(lang, values, recipient, today, variant)  # as the window will
    except ComposerError:
        pass  # a letter that does not render now is not kept
    finally:
        keep_first_renders(campaign)


def warm_up(campaign: Campaign) -> None:
    """Compile every letter now (it was left for later): the first keystroke stays fast."""
    keep_first_renders(campaign)
    for letter in campaign.letters.values():
        if isinstance(letter, LazyLetter):
            letter.compiled()
