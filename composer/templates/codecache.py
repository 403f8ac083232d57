# SPDX-License-Identifier: GPL-3.0-or-later
"""A cache of compiled letter templates, like jinja2's bytecode cache: compiling a template
to Python code is the slowest part of opening a campaign. The compiled code depends on the
template's text and on everything that shapes the compile: the app's version, the
sandbox's settings (which operators it intercepts, its code generator, its limits), and
the versions of jinja2 and Python. The key holds all of them, so an entry made by an older
sandbox is never run under a newer one's name."""

from __future__ import annotations

import hashlib
import marshal
import sys
from pathlib import Path
from types import CodeType

from composer.paths import write_atomic

CACHE_VERSION = "2"  # bump when the compile step changes


def cache_dir() -> Path:
    from composer.paths import cache_dir

    return cache_dir() / "templates"


def _key(filename: str, sources: tuple[str, ...]) -> str:
    import jinja2

    from composer import __version__
    from composer.templates.sandbox import FINGERPRINT

    h = hashlib.sha256()
    stamp = (CACHE_VERSION, __version__, FINGERPRINT, jinja2.__version__, sys.version)
    for part in (*stamp, filename, *sources):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def load(
    filename: str, sources: tuple[str, ...]
) -> tuple[CodeType, CodeType, frozenset[str]] | None:
    """The compiled (subject, body, variables) for exactly these sources, if cached."""
    path = cache_dir() / f"{_key(filename, sources)}.bin"
    try:
        subject, body, variables = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(subject, CodeType) or not isinstance(body, CodeType):
        return None
    return subject, body, frozenset(variables)


def store(
    filename: str,
    sources: tuple[str, ...],
    subject: CodeType,
    body: CodeType,
    variables: frozenset[str],
) -> None:
    try:
        data = marshal.dumps((subject, body, tuple(sorted(variables))))
        write_atomic(cache_dir() / f"{_key(filename, sources)}.bin", data)
    except (OSError, ValueError):
        pass  # a cache that cannot be written only costs time
