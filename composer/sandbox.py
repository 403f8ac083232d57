"""jinja2's immutable sandbox, tightened so a hostile template cannot hang or bloat the app.

The stock sandbox stops attribute escapes but not resource abuse: `"x" * 10**9`,
`"%999999999d" % 1`, huge joins or nested loops. Letters are a few kilobytes, so texts are
capped, the operations that multiply sizes are checked before they run, only the filters a
letter needs are offered, and a render that runs too long is interrupted.
"""

from __future__ import annotations

import ctypes
import functools
import re
import threading
from collections.abc import Callable, Generator
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

MAX_TEXT = 100_000  # longest text or list a template may build
MAX_OUTPUT = 200_000  # longest letter
MAX_RANGE = 10_000
RENDER_SECONDS = 2.0

# Filters a letter can use; the others (urlize, tojson, xmlattr, ...) have no place in one.
SAFE_FILTERS = {
    "abs",
    "capitalize",
    "count",
    "d",
    "default",
    "first",
    "float",
    "int",
    "join",
    "last",
    "length",
    "list",
    "lower",
    "map",
    "max",
    "min",
    "reject",
    "rejectattr",
    "replace",
    "round",
    "select",
    "selectattr",
    "sort",
    "string",
    "sum",
    "title",
    "trim",
    "truncate",
    "unique",
    "upper",
    "wordcount",
    "center",
    "indent",
    "wordwrap",
    "format",
    "e",
    "escape",
    "safe",
    "striptags",
    "reverse",
    "batch",
    "slice",
    "dictsort",
    "items",
}
STR_METHODS = {
    "strip",
    "lstrip",
    "rstrip",
    "upper",
    "lower",
    "title",
    "capitalize",
    "casefold",
    "startswith",
    "endswith",
    "split",
    "rsplit",
    "splitlines",
    "count",
    "find",
    "rfind",
    "index",
    "rindex",
    "isalpha",
    "isdigit",
    "isspace",
    "isupper",
    "islower",
    "istitle",
    "isalnum",
    "isnumeric",
    "replace",
    "join",
    "format",
    "partition",
    "rpartition",
    "removeprefix",
    "removesuffix",
    "center",
    "ljust",
    "rjust",
    "zfill",
}
_WIDTH = re.compile(r"\d{6,}")  # a field width or precision of a million or more


def _limit(reason: str) -> SecurityError:
    return SecurityError(f"{reason} (letter templates are limited to {MAX_TEXT} characters)")


def _check_value(value: Any) -> Any:
    if isinstance(value, str | bytes | list | tuple | dict) and len(value) > MAX_TEXT:
        raise _limit("the template builds a text or list that is too long")
    return value


def _check_args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for arg in (*args, *kwargs.values()):
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_TEXT:
            raise _limit(f"the number {arg} is too large")
        _check_value(arg)


def _text_length(items: Any) -> int:
    return sum(len(str(x)) for x in items) if isinstance(items, list | tuple) else 0


def _check_amplifier(name: str, value: Any, args: tuple[Any, ...]) -> None:
    """Refuse before running the few operations whose result can dwarf their inputs."""
    if name == "join":
        # As a filter the value is the sequence; as a method it is the separator.
        seq, sep = (args[0], value) if isinstance(value, str) and args else (value, args[:1])
        sep_text = sep if isinstance(sep, str) else (str(sep[0]) if sep else "")
        count = len(seq) if isinstance(seq, list | tuple) else 0
        if _text_length(seq) + len(sep_text) * count > MAX_TEXT:
            raise _limit("the joined text is too long")
    elif name == "replace" and isinstance(value, str) and len(args) >= 2:
        old, new = str(args[0]), str(args[1])
        hits = len(value) + 1 if old == "" else value.count(old)
        if len(value) + hits * len(new) > MAX_TEXT:
            raise _limit("the replaced text is too long")
    elif name in ("format", "%") and isinstance(value, str) and _WIDTH.search(value):
        raise _limit("a format width is too large")
    elif name == "indent" and value is not None:
        width = args[0] if args else 4
        prefix = len(width) if isinstance(width, str) else int(width or 0)
        if prefix * (str(value).count("\n") + 1) + len(str(value)) > MAX_TEXT:
            raise _limit("the indented text is too long")


def _guard_filter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)  # keeps jinja's pass_context/pass_environment marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        # jinja passes context/environment first for marked filters; the value follows.
        offset = 1 if getattr(fn, "jinja_pass_arg", None) else 0
        value, rest = (args[offset], args[offset + 1 :]) if len(args) > offset else (None, ())
        _check_args(rest, kwargs)
        _check_amplifier(name, value, rest)
        return _check_value(fn(*args, **kwargs))

    return guarded


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range is limited to {MAX_RANGE} items in letter templates")
    return result


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The environment every campaign template runs in."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters = {
            name: _guard_filter(name, fn)
            for name, fn in self.filters.items()
            if name in SAFE_FILTERS
        }
        self.globals = {
            "range": _safe_range,
            "dict": dict,
            "namespace": jinja2.utils.Namespace,
            "cycler": jinja2.utils.Cycler,
            "joiner": jinja2.utils.Joiner,
        }

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(n, int)
                    and len(seq) * n > MAX_TEXT
                ):
                    raise _limit("the repeated text is too long")
        elif operator == "**" and isinstance(right, int | float) and abs(right) > 64:
            raise _limit("the power is too large")
        elif operator == "%":
            _check_amplifier("%", left, ())
        return _check_value(super().call_binop(context, operator, left, right))

    def getattr(self, obj: Any, attribute: str) -> Any:
        self._check_str_attribute(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self._check_str_attribute(obj, argument)
        return super().getitem(obj, argument)

    @staticmethod
    def _check_str_attribute(obj: Any, name: Any) -> None:
        # Checked on access: jinja2 wraps str.format there, before call() could see it.
        if isinstance(obj, str) and isinstance(name, str) and hasattr(str, name):
            if name not in STR_METHODS:
                raise SecurityError(f"the text method {name!r} is not available in templates")
            if name in ("format", "format_map") and _WIDTH.search(obj):
                raise _limit("a format width is too large")

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        # Positional-only, as in jinja2: templates may pass keywords named like these.
        bound_to = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", "")
        if isinstance(bound_to, str):
            _check_amplifier(name, bound_to, args)
            padding = name in ("center", "ljust", "rjust", "zfill")
            if padding and args and isinstance(args[0], int) and args[0] > MAX_TEXT:
                raise _limit("the padded text is too long")
        _check_args(args, kwargs)
        return _check_value(super().call(context, obj, *args, **kwargs))


class RenderTimeoutError(Exception):
    """Raised inside a render that ran past its deadline."""


class Deadline:
    """Interrupts the calling thread's Python code after `seconds` (templates' loops)."""

    def __init__(self, seconds: float = RENDER_SECONDS) -> None:
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = True
        self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True

    def _fire(self) -> None:
        with self.lock:
            if self.active:
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.thread_id), ctypes.py_object(RenderTimeoutError)
                )

    def __enter__(self) -> Deadline:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self.lock:
            self.active = False
            if self.fired:
                # Withdraw the exception if it has not been delivered yet, then raise it here.
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), None)
        self.timer.cancel()
        if self.fired and not exc[0]:
            raise RenderTimeoutError


def render_bounded(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with a deadline and an output cap; RenderTimeoutError or SecurityError."""
    parts: list[str] = []
    size = 0
    with Deadline():
        stream: Generator[str, None, None] = template.generate(context)  # type: ignore[assignment]
        for chunk in stream:
            size += len(chunk)
            if size > MAX_OUTPUT:
                # Thrown into the template, so the error points at the line writing it.
                stream.throw(SecurityError(f"the letter is longer than {MAX_OUTPUT} characters"))
            parts.append(chunk)
    return "".join(parts)
