# SPDX-License-Identifier: GPL-3.0-or-later
"""jinja2's immutable sandbox, tightened so a hostile template cannot hang or bloat the app.

The stock sandbox stops attribute escapes but not resource abuse: `"x" * 10**9`,
`"%*d" % (10**8, 1)`, text doubled in a loop, a list of a million references printed, a
macro capturing a loop's output. Letters are a few kilobytes, so:

- every operation that can make a value much larger than its inputs is checked *before* it
  runs (repeats, joins, formats and their widths, concatenation with `~`, turning a list
  into text, captured output, integer products and powers);
- every render has a budget of new values it may make (`MAX_WORK` bytes, counted on the
  results of operators, calls, filters and captures), so no loop can pile them up;
- filters that do long work in one C call (regex-based `striptags`) are not offered, and
  sorting or de-duplicating is refused on more text than a letter holds;
- a render that runs too long is interrupted (`Deadline`); the renders that validate a
  campaign share one such budget (`time_budget`).
The size of the code this produces also depends on these settings: `FINGERPRINT` names
them, and every cache of compiled templates or validated campaigns is keyed by it.
"""

from __future__ import annotations

import functools
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, MappingView
from contextlib import contextmanager
from typing import Any

import jinja2
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.filters import make_attrgetter
from jinja2.nodes import Concat, Dict, Getitem, List, Slice, Tuple
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter
from jinja2.utils import Cycler, Namespace

MAX_TEXT = 100_000  # longest text or list one operation may build
MAX_OUTPUT = 200_000  # longest letter, and longest captured output (macros, set blocks)
MAX_CONTENT = 1_000_000  # most text a sort, de-duplication or sum may walk through
MAX_RANGE = 10_000
MAX_INT_BITS = 4096  # numbers of about 1,200 digits; a letter needs a handful
MAX_WORK = 16 * 1024 * 1024  # bytes of new values one render may make in all
MAX_MEMORY = 48 * 1024 * 1024  # growth of the process's memory a render may cause
MAX_KEY = 1000  # longest key or attribute name a template may look up
RENDER_SECONDS = 2.0
WATCH_SECONDS = 0.005  # how often a render's time and memory are looked at

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
DICT_METHODS = {"items", "keys", "values", "get"}
# Filters that turn their input into text first: a list of references is small, its text
# need not be, so the text's size is checked before they run.
TEXT_FILTERS = {
    "capitalize",
    "center",
    "format",
    "indent",
    "lower",
    "replace",
    "string",
    "title",
    "trim",
    "truncate",
    "upper",
    "wordcount",
    "wordwrap",
}
# Filters that compare or add up every item: refused on more text than a letter holds.
WALKING_FILTERS = {"sort", "unique", "dictsort", "max", "min", "sum"}
_WIDTH = re.compile(r"\d{6,}")  # a field width or precision of a million or more
_SPEC_NUMBERS = re.compile(r"\d+")
FINGERPRINT = "|".join(
    [
        "sandbox-8",  # bump when a check changes what the compiled code calls
        jinja2.__version__,
        sys.version,
        ",".join(sorted(SAFE_FILTERS)),
        ",".join(sorted(STR_METHODS)),
        ",".join(sorted(TEXT_FILTERS | WALKING_FILTERS)),
        str((MAX_TEXT, MAX_OUTPUT, MAX_CONTENT, MAX_RANGE, MAX_INT_BITS, MAX_WORK, MAX_KEY)),
    ]
)


def _limit(reason: str) -> SecurityError:
    return SecurityError(f"{reason} (letter templates are limited to {MAX_TEXT} characters)")


def text_size(value: Any, limit: int = MAX_TEXT, _depth: int = 0) -> int:
    """How long str(value) would be, at most, without making it; past `limit` the count
    stops (anything over `limit` means too long)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bytes):
        return 4 * len(value) + 3  # b'\x00' for each byte at worst
    if isinstance(value, Cycler):
        return text_size(list(value.items), limit, _depth)
    if value is None or isinstance(value, bool | float):
        return 32
    if isinstance(value, int):
        return value.bit_length() // 3 + 2  # decimal digits, rounded up
    items: Iterable[Any]
    if isinstance(value, dict):
        items = (part for pair in value.items() for part in pair)
    elif isinstance(value, list | tuple | set | frozenset | MappingView):
        items = value
    else:
        return 200  # a type name and an address; our namespace says only its name
    if _depth > 16:
        return limit + 1
    total = 2
    for item in items:
        if isinstance(item, str):
            # Inside a list, text is shown quoted and escaped: \\U0001f600 is ten characters.
            if item.isprintable():  # quotes and backslashes are escaped, doubling them
                size = len(item) + item.count("\\") + item.count("'") + 2
            else:
                size = 10 * len(item) + 2
        else:
            size = text_size(item, limit - total, _depth + 1)
        total += size + 2
        if total > limit:
            return limit + 1
    return total


class _Work(threading.local):
    """What the render running on this thread has made so far, and when it must end."""

    made = 0
    active = False


_work = _Work()


def _charge(value: Any, size: int | None = None) -> Any:
    """Count a new value against the render's budget; refuse once the budget is spent."""
    if _work.active:
        _work.made += sys.getsizeof(value) if size is None else size
        if _work.made > MAX_WORK:
            raise SecurityError(
                f"the template makes more than {MAX_WORK // (1024 * 1024)} MiB of text and "
                "lists for one letter"
            )
    return value


_CONTAINERS = (list, tuple, dict, set, frozenset)


def _check_value(value: Any) -> Any:
    """Every value a template makes passes here (results of operators, calls, filters,
    slices and literals): bounded in length, in the text it holds (shared references
    counted each time, so comparing, hashing or printing it stays cheap), in depth, and
    counted against the render's budget."""
    if isinstance(value, str | bytes):
        if len(value) > MAX_TEXT:
            raise _limit("the template builds a text that is too long")
        return _charge(value)
    if isinstance(value, _CONTAINERS):
        if len(value) > MAX_TEXT:
            raise _limit("the template builds a list that is too long")
        content = text_size(value, MAX_CONTENT)
        if content > MAX_CONTENT:
            raise _limit("the template builds a list holding too much, or nested too deep")
        # Each item is an object of its own (about 50 bytes) besides its text.
        return _charge(value, sys.getsizeof(value) + content + 50 * len(value))
    if isinstance(value, int) and not isinstance(value, bool):
        if value.bit_length() > MAX_INT_BITS:
            raise _limit("the template builds a number that is too large")
        return _charge(value)
    if isinstance(value, Cycler):  # holds what it cycles through, like a tuple
        _check_value(tuple(value.items))
    return value


def _check_text(value: Any, limit: int = MAX_TEXT) -> None:
    """Refuse before turning `value` into text when that text would be too long."""
    if text_size(value, limit) > limit:
        raise _limit("the template turns something too long into text")


def _check_args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for arg in (*args, *kwargs.values()):
        if isinstance(arg, int) and not isinstance(arg, bool) and abs(arg) > MAX_TEXT:
            raise _limit(f"the number {arg} is too large")
        if isinstance(arg, str | bytes | list | tuple | dict) and len(arg) > MAX_TEXT:
            raise _limit("the template builds a text or list that is too long")


def _conversions(fmt: str) -> Iterator[tuple[str | None, str, str, str]]:
    """The conversions of a % format as Python reads them: (key, width, precision, kind).
    A key's parentheses nest, as in Python's own parser (`%(()s)d` has the key `()s`)."""
    i, n = 0, len(fmt)
    while True:
        i = fmt.find("%", i)
        if i < 0 or i + 1 >= n:
            return
        i += 1
        key = None
        if fmt[i] == "(":
            depth, start = 1, i + 1
            i += 1
            while i < n and depth:
                depth += {"(": 1, ")": -1}.get(fmt[i], 0)
                i += 1
            key = fmt[start : i - 1]
        while i < n and fmt[i] in "#0- +":
            i += 1
        start = i
        while i < n and (fmt[i].isdigit() or (fmt[i] == "*" and i == start)):
            i += 1
        width = fmt[start:i]
        precision = ""
        if i < n and fmt[i] == ".":
            i += 1
            start = i
            while i < n and (fmt[i].isdigit() or (fmt[i] == "*" and i == start)):
                i += 1
            precision = fmt[start:i]
        while i < n and fmt[i] in "hlL":
            i += 1
        if i >= n:
            return
        yield key, width, precision, fmt[i]
        i += 1


def _number(value: Any) -> int:
    if not isinstance(value, int) or abs(value) > MAX_TEXT:
        raise _limit("a format width is too large")
    return abs(value)


def _check_percent(fmt: str, args: Any) -> None:
    """`fmt % args`: the size of what it makes, bounded before formatting: each
    conversion's width or precision (written out or taken from the arguments, `%*d`) and
    the text of the argument it shows, added up over the whole format."""
    if _WIDTH.search(fmt):
        raise _limit("a format width is too large")
    mapping = args if isinstance(args, dict) else None
    values = list(args) if isinstance(args, tuple) else [args]
    used = 0
    total = len(fmt)

    def take() -> Any:
        nonlocal used
        used += 1
        return values[used - 1] if used <= len(values) else None

    for key, width, precision, kind in _conversions(fmt):
        if kind == "%":
            continue
        w = _number(take()) if width == "*" else int(width or 0)
        p = _number(take()) if precision == "*" else int(precision or 0)
        value = mapping.get(key) if key is not None and mapping is not None else take()
        # A float's digits before the point: up to 309 (1e308).
        shown = 330 if isinstance(value, float) else text_size(value)
        total += max(w, shown + p)
        if total > MAX_TEXT:
            raise _limit("the formatted text is too long")


def _check_amplifier(
    name: str, value: Any, args: tuple[Any, ...], kwargs: dict[str, Any] | None = None
) -> None:
    """Refuse before running the few operations whose result can dwarf their inputs."""
    kwargs = kwargs or {}
    if name == "join" and kwargs.get("attribute") is not None and kwargs.get("env"):
        # The text joined is each item's attribute, which may sit in a namespace or cycler.
        key = make_attrgetter(kwargs["env"], kwargs["attribute"])
        parts = [key(item) for item in _items(value)]
        sep = args[0] if args else kwargs.get("d", "")
        if text_size(parts) + len(str(sep)) * len(parts) > MAX_TEXT:
            raise _limit("the joined text is too long")
    elif name == "join":
        # As a filter the value is the sequence; as a method it is the separator.
        seq, sep = (args[0], value) if isinstance(value, str) and args else (value, args[:1])
        if "d" in kwargs:
            sep = (kwargs["d"],)
        sep_text = sep if isinstance(sep, str) else (str(sep[0]) if sep else "")
        count = len(seq) if hasattr(seq, "__len__") else 0
        _check_text(seq if isinstance(seq, _CONTAINERS) else [])
        if text_size(seq) + len(sep_text) * count > MAX_TEXT:
            raise _limit("the joined text is too long")
    elif name == "replace" and len(args) + len(kwargs) >= 2:
        old = str(args[0] if args else kwargs.get("old", ""))
        new = str(args[1] if len(args) > 1 else kwargs.get("new", ""))
        length = text_size(value)
        if isinstance(value, str):
            hits = len(value) + 1 if old == "" else value.count(old)
        else:  # its text is made first: at most one hit per character, and one more
            hits = length + 1
        if length + hits * len(new) > MAX_TEXT:
            raise _limit("the replaced text is too long")
    elif name == "%" and isinstance(value, str):
        _check_percent(value, args[0] if args else ())
    elif name == "format" and value is not None:
        # As jinja's format filter does: the value's text, formatted with the arguments.
        _check_percent(value if isinstance(value, str) else str(value), kwargs or tuple(args))
    elif name == "indent" and value is not None:
        width = args[0] if args else kwargs.get("width", 4)
        prefix = len(width) if isinstance(width, str) else int(width or 0)
        if prefix * _line_count(str(value)) + len(str(value)) > MAX_TEXT:
            raise _limit("the indented text is too long")
    elif name == "wordwrap" and value is not None:
        width = args[0] if args else kwargs.get("width", 79)
        wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring")
        text = str(value)
        lines = len(text) // max(int(width or 1), 1) + _line_count(text)
        if len(text) + lines * len(str(wrap or "\n")) > MAX_TEXT:
            raise _limit("the wrapped text is too long")


# Searches whose cost grows with the text times what is searched for, in one C call:
# strip's `chars` is looked up for every character, and the backward searches have no
# linear algorithm. What they look for stays short.
MAX_CHARS = 100  # strip, lstrip, rstrip, and the trim filter
MAX_NEEDLE = 1000  # rfind, rindex, rsplit, rpartition
_NEEDLE_LIMITS = {
    "strip": MAX_CHARS,
    "lstrip": MAX_CHARS,
    "rstrip": MAX_CHARS,
    "trim": MAX_CHARS,
    "rfind": MAX_NEEDLE,
    "rindex": MAX_NEEDLE,
    "rsplit": MAX_NEEDLE,
    "rpartition": MAX_NEEDLE,
}
_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # where splitlines() breaks


def _check_needle(name: str, args: tuple[Any, ...], kwargs: dict[str, Any] | None = None) -> None:
    limit = _NEEDLE_LIMITS.get(name)
    if limit is None:
        return
    for arg in (*args[:1], *(kwargs or {}).values()):
        if isinstance(arg, str) and len(arg) > limit:
            raise SecurityError(f"{name} looks for at most {limit} characters in templates")


def _line_count(text: str) -> int:
    return sum(text.count(ch) for ch in _LINE_BREAKS) + 1


def _guard_filter(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)  # keeps jinja's pass_context/pass_environment marks
    def guarded(*args: Any, **kwargs: Any) -> Any:
        # jinja passes context/environment first for marked filters; the value follows.
        offset = 1 if getattr(fn, "jinja_pass_arg", None) else 0
        value, rest = (args[offset], args[offset + 1 :]) if len(args) > offset else (None, ())
        if name in WALKING_FILTERS | {"join"} and isinstance(value, Iterator | MappingView | set):
            # Made a list first, so the checks below can look at it without using it up.
            value = _bounded_list(value)
            args = (*args[:offset], value, *rest)
        _check_args(rest, kwargs)
        _check_needle(name, rest, kwargs)
        if name in TEXT_FILTERS:
            _check_text(value)
        if name in WALKING_FILTERS:
            _check_text(value, MAX_CONTENT)
            at = _ATTRIBUTE_AT.get(name, -1)
            attribute = kwargs.get("attribute", rest[at] if 0 <= at < len(rest) else None)
            if attribute is not None and offset:
                # The keys compared may sit inside namespaces, which text_size does not open.
                key = make_attrgetter(args[0], attribute)
                _check_text([key(item) for item in _items(value)], MAX_CONTENT)
            start = kwargs.get("start", rest[1] if name == "sum" and len(rest) > 1 else 0)
            if name == "sum" and not isinstance(start, int | float):
                raise SecurityError("sum adds numbers only in letter templates")
        if name == "join" and offset:  # jinja's join gets the evaluation context first
            env = getattr(args[0], "environment", args[0])
            _check_amplifier(name, value, rest, {**kwargs, "env": env})
        else:
            _check_amplifier(name, value, rest, kwargs)
        return _check_value(fn(*args, **kwargs))

    return guarded


# Where the walking filters take `attribute` among their positional arguments.
_ATTRIBUTE_AT = {"sort": 2, "unique": 1, "max": 1, "min": 1, "sum": 0}


def _items(value: Any) -> Iterable[Any]:
    return value.values() if isinstance(value, dict) else value if value is not None else ()


def _bounded_list(items: Iterable[Any]) -> list[Any]:
    out = []
    for item in items:
        out.append(item)
        if len(out) > MAX_TEXT:
            raise _limit("the template builds a list that is too long")
    return out


# Tests that compute with their value: `value % 2` would format a text.
NUMBER_TESTS = {"odd", "even", "divisibleby"}
TEXT_TESTS = {"lower", "upper"}  # these look at the value's text


def _guard_test(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """jinja's tests, which its sandbox does not watch: numbers only where they compute,
    bounded text where they read it."""

    @functools.wraps(fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        offset = 1 if getattr(fn, "jinja_pass_arg", None) else 0
        values = args[offset:]
        if name in NUMBER_TESTS and not all(
            isinstance(v, int | float) and not isinstance(v, bool) for v in values
        ):
            raise SecurityError(f"the test {name!r} takes numbers only in letter templates")
        if name in TEXT_TESTS and values:
            _check_text(values[0])
        return fn(*args, **kwargs)

    return guarded


def _make_dict(**items: Any) -> dict[str, Any]:
    """dict(a=1, b=2) in a template: named items only (texts as keys hash at random, so no
    template can make keys that collide), and none of dict's class methods."""
    return _check_value(dict(items))


def _safe_range(*args: int) -> range:
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise SecurityError(f"range is limited to {MAX_RANGE} items in letter templates")
    return result


_PLAIN = (str, int, float, bool, type(None))


def _check_plain(value: Any) -> None:
    """A namespace holds plain data only: texts, numbers and lists, tuples or dicts of
    them. Not another namespace, a macro, a loop or a generator: through those a template
    could build chains and reference cycles that outlive the render."""
    seen: set[int] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _PLAIN) or id(item) in seen:
            continue
        if not isinstance(item, _CONTAINERS):
            raise SecurityError("a namespace holds texts, numbers and lists of them only")
        seen.add(id(item))
        stack.extend(item.items() if isinstance(item, dict) else item)


class LetterNamespace(Namespace):
    """jinja's namespace for plain data, whose text does not list what it holds (that
    could be huge)."""

    def __init__(*args: Any, **kwargs: Any) -> None:  # self is args[0], as in jinja
        for value in (*args[1:], *kwargs.values()):
            _check_plain(value)
        Namespace.__init__(*args, **kwargs)

    def __setitem__(self, name: str, value: Any) -> None:
        _check_plain(value)
        super().__setitem__(name, value)

    def __repr__(self) -> str:
        return "<namespace>"


class _BoundedFormatter(SandboxedFormatter):
    """str.format in templates: each field's width and text bounded, and the whole too."""

    def vformat(self, format_string: str, args: Any, kwargs: Any) -> str:
        self._made = len(format_string)
        return super().vformat(format_string, args, kwargs)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        # {0!s}, {0!r}: the text is made here, before format_field could look at it.
        if conversion is not None:
            escaped = conversion in ("r", "a") and isinstance(value, str)
            if (10 * len(value) + 2 if escaped else text_size(value)) > MAX_TEXT:
                raise _limit("the template turns something too long into text")
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        # The spec is complete here: widths taken from arguments ({:{w}}) are filled in.
        if any(len(n) > 6 or int(n) > MAX_TEXT for n in _SPEC_NUMBERS.findall(format_spec)):
            raise _limit("a format width is too large")
        _check_text(value)
        result = super().format_field(value, format_spec)
        self._made += len(result)
        if self._made > MAX_TEXT:
            raise _limit("the formatted text is too long")
        return result


class _CheckedCodeGenerator(CodeGenerator):
    """What jinja's sandbox cannot intercept, compiled to checked calls: `a ~ b` (jinja's
    own str_join), list, tuple and dict literals, and slices (`text[i:]`), which bypass
    the environment's getitem."""

    def visit_Concat(self, node: Concat, frame: Frame) -> None:  # noqa: N802 - jinja's name
        self.write("environment.join_text((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def _checked(self, visit: Callable[[Any, Frame], None], node: Any, frame: Frame) -> None:
        self.write("environment.checked(")
        visit(node, frame)
        self.write(")")

    def visit_Tuple(self, node: Tuple, frame: Frame) -> None:  # noqa: N802
        if node.ctx != "load":  # an assignment target: `{% for a, b in ... %}`
            super().visit_Tuple(node, frame)
        else:
            self._checked(super().visit_Tuple, node, frame)

    def visit_List(self, node: List, frame: Frame) -> None:  # noqa: N802
        self._checked(super().visit_List, node, frame)

    def visit_Dict(self, node: Dict, frame: Frame) -> None:  # noqa: N802
        self._checked(super().visit_Dict, node, frame)

    def visit_Getitem(self, node: Getitem, frame: Frame) -> None:  # noqa: N802
        if isinstance(node.arg, Slice):
            self._checked(super().visit_Getitem, node, frame)
        else:
            super().visit_Getitem(node, frame)


class LetterSandbox(ImmutableSandboxedEnvironment):
    """The environment every campaign template runs in."""

    intercepted_binops = frozenset({"*", "**", "%", "+", "-"})
    code_generator_class = _CheckedCodeGenerator

    def __init__(self, **options: Any) -> None:
        # optimized=False: jinja would otherwise run filters on constants while compiling
        # and write their results into the code as literals, where no check or deadline
        # reaches (and a huge literal makes Python's compile() itself slow and large).
        super().__init__(finalize=self._finalize, optimized=False, **options)
        self.filters = {
            name: _guard_filter(name, fn)
            for name, fn in self.filters.items()
            if name in SAFE_FILTERS
        }
        self.tests = {name: _guard_test(name, fn) for name, fn in self.tests.items()}
        self.globals = {
            "range": _safe_range,
            "dict": _make_dict,
            "namespace": LetterNamespace,
            "cycler": jinja2.utils.Cycler,
            "joiner": jinja2.utils.Joiner,
        }

    checked = staticmethod(_check_value)

    @staticmethod
    def _finalize(value: Any) -> Any:
        # Every {{ ... }} passes here before it becomes text: bounded, and counted (inside
        # a macro or a set block the pieces pile up until the block ends).
        size = text_size(value, MAX_OUTPUT)
        if size > MAX_OUTPUT:
            raise _limit("the template turns something too long into text")
        _charge(value, size + 64)
        return value

    @staticmethod
    def concat(parts: Iterable[str]) -> str:  # type: ignore[override]
        """Captured output (macros, set blocks, filter and call blocks), checked before it
        is joined: a loop can repeat a large piece of text many times."""
        pieces = list(parts)
        if sum(len(p) for p in pieces) > MAX_OUTPUT:
            raise SecurityError(f"the template captures more than {MAX_OUTPUT} characters")
        return _charge("".join(pieces))

    @staticmethod
    def join_text(parts: tuple[Any, ...]) -> str:
        """`a ~ b ~ c`: the text of each part, bounded before it is made."""
        if sum(text_size(p) for p in parts) > MAX_TEXT:
            raise _limit("the joined text is too long")
        return _charge("".join(map(str, parts)))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if super().wrap_str_format(value) is None:
            return None
        text: str = value.__self__
        formatter = _BoundedFormatter(self)
        if _WIDTH.search(text):
            raise _limit("a format width is too large")

        # format_map is not among STR_METHODS: only format gets here.
        def format_(*args: Any, **kwargs: Any) -> str:
            return _charge(formatter.vformat(text, args, kwargs))

        return format_

    def call_binop(
        self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any
    ) -> Any:
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                repeated = isinstance(seq, str | list | tuple) and isinstance(n, int)
                if repeated and len(seq) * n > MAX_TEXT:
                    raise _limit("the repeated text is too long")
                if repeated and n > 0 and text_size(seq, MAX_CONTENT) * n > MAX_CONTENT:
                    raise _limit("the repeated list holds too much")
            numbers = isinstance(left, int) and isinstance(right, int)
            if numbers and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise _limit("the product is too large")
        elif operator == "**" and isinstance(right, int | float):
            if abs(right) > 64:
                raise _limit("the power is too large")
            if isinstance(left, int) and left.bit_length() * abs(right) > MAX_INT_BITS:
                raise _limit("the power is too large")
        elif operator == "%" and isinstance(left, str):
            _check_percent(left, right)
        elif operator == "-" and not (
            isinstance(left, int | float) and isinstance(right, int | float)
        ):
            # A list minus a dict's keys builds a set of the whole list in one C call, and
            # numbers can be made to collide: letters subtract numbers only.
            raise SecurityError("only numbers can be subtracted in letter templates")
        elif operator == "+":
            sequences = isinstance(left, str | list | tuple) and isinstance(
                right, str | list | tuple
            )
            if sequences and len(left) + len(right) > MAX_TEXT:
                raise _limit("the joined text is too long")
        return _check_value(super().call_binop(context, operator, left, right))

    def getattr(self, obj: Any, attribute: str) -> Any:
        self._check_lookup(obj, attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self._check_lookup(obj, argument)
        return super().getitem(obj, argument)  # what it finds exists already: nothing new

    @staticmethod
    def _check_lookup(obj: Any, name: Any) -> None:
        # A long key would be copied into the error saying it does not exist.
        if not isinstance(name, int | slice) and text_size(name, MAX_KEY) > MAX_KEY:
            raise SecurityError(f"a key or name longer than {MAX_KEY} characters")
        # Texts offer only the methods a letter needs (Markup's own ones neither).
        if isinstance(obj, str) and isinstance(name, str) and name not in STR_METHODS:
            raise SecurityError(f"the text method {name[:40]!r} is not available in templates")
        # Numbers none at all: to_bytes would make byte strings, which no check sizes.
        if isinstance(obj, int | float) and isinstance(name, str):
            raise SecurityError("numbers have no methods in letter templates")
        # Dicts only their reading methods: fromkeys would hash thousands of numbers made
        # to collide (a number's hash is not random) in one long C call.
        dict_method = isinstance(obj, dict) and isinstance(name, str) and hasattr(dict, name)
        if dict_method and name not in DICT_METHODS:
            raise SecurityError(f"the dict method {name[:40]!r} is not available in templates")

    def call(self, context: jinja2.runtime.Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        # Positional-only, as in jinja2: templates may pass keywords named like these.
        bound_to = getattr(obj, "__self__", None)
        name = getattr(obj, "__name__", "")
        if isinstance(bound_to, str):
            _check_needle(name, args)
            if name == "join" and args and isinstance(args[0], Iterator | MappingView | set):
                args = (_bounded_list(args[0]), *args[1:])  # checked below, then joined
            _check_amplifier(name, bound_to, args)
            padding = name in ("center", "ljust", "rjust", "zfill")
            if padding and args and isinstance(args[0], int) and args[0] > MAX_TEXT:
                raise _limit("the padded text is too long")
        _check_args(args, kwargs)
        return _check_value(super().call(context, obj, *args, **kwargs))


class RenderTimeoutError(BaseException):
    """Raised inside a render that ran past its deadline. A BaseException, like
    KeyboardInterrupt: jinja's own `except Exception` (in tests such as `is sequence`, in
    constant folding) must not swallow it."""


class MemoryLimitError(BaseException):
    """Raised inside a render that made the process grow by more than MAX_MEMORY."""

    def __init__(self, *args: object) -> None:
        # Raised by the watcher as a class, without arguments: the message is here.
        super().__init__(
            *(args or (f"the template uses more than {MAX_MEMORY // (1024 * 1024)} MiB",))
        )


class _Budget(threading.local):
    ends: float | None = None  # shared by the renders of one validation, on this thread


_budget = _Budget()


@contextmanager
def time_budget(seconds: float = RENDER_SECONDS) -> Generator[None, None, None]:
    """Everything guarded inside shares `seconds` in all (validating a campaign compiles
    and renders many letters)."""
    outer = _budget.ends
    _budget.ends = time.monotonic() + seconds if outer is None else outer
    try:
        yield
    finally:
        _budget.ends = outer


def _memory() -> int | None:
    """The process's resident memory in bytes, or on systems without /proc the most it
    has held (which still grows when a render grows it); None where neither is known."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:
        return None  # Windows: the checks before each operation remain
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


_watch_lock = threading.Lock()
_watches = [0, 0.0]  # renders being watched now; the switch interval before the first


def _watching(change: int) -> None:
    """A watcher needs the GIL to look: a render holding it hands it over only after the
    switch interval (5 ms), so a fast-growing render could overshoot the memory limit by
    tens of MiB before it is stopped (seen: 66 MiB for 48). While renders are watched,
    the GIL changes hands every 1 ms; the interval comes back when the last one ends."""
    with _watch_lock:
        if change > 0 and _watches[0] == 0:
            _watches[1] = sys.getswitchinterval()
            sys.setswitchinterval(min(_watches[1], WATCH_SECONDS / 5))
        _watches[0] += change
        if change < 0 and _watches[0] == 0:
            sys.setswitchinterval(_watches[1])


class Deadline:
    """Watches the calling thread's render: past `seconds` (or the shared budget's end)
    it raises RenderTimeoutError in it, and MemoryLimitError once the process has grown
    by MAX_MEMORY. Both land between two steps of Python code (a template's loops); a
    single long step is what the checks before each operation prevent."""

    def __init__(self, seconds: float = RENDER_SECONDS) -> None:
        self.thread_id = threading.get_ident()
        self.lock = threading.Lock()
        self.active = True
        self.fired: type[BaseException] | None = None
        self.ends = time.monotonic() + seconds
        if _budget.ends is not None:
            self.ends = min(self.ends, _budget.ends)
        self.start_memory = _memory()
        self.stop = threading.Event()
        self.watcher = threading.Thread(target=self._watch, name="template-watch", daemon=True)

    def _watch(self) -> None:
        pause, refires = WATCH_SECONDS, 0
        while not self.stop.wait(min(pause, max(self.ends - time.monotonic(), 0))):
            if self.fired:
                # Raised again while the render goes on: a bare `except` may have eaten it.
                # For a second at most: should the render's own exit have been cut short,
                # nothing else on that thread is hit for long.
                refires += 1
                if refires > 20:
                    return
                self._fire(self.fired)
                continue
            if time.monotonic() >= self.ends:
                self._fire(RenderTimeoutError)
            else:
                now, start = _memory(), self.start_memory
                if now is not None and start is not None and now - start > MAX_MEMORY:
                    self._fire(MemoryLimitError)
            if self.fired:
                pause, self.ends = 0.05, float("inf")

    def _fire(self, error: type[BaseException]) -> None:
        import ctypes  # here, not above: only a render cut short needs it (~1 ms of a start)

        with self.lock:
            if self.active:
                self.fired = error
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(self.thread_id), ctypes.py_object(error)
                )

    def __enter__(self) -> Deadline:
        if time.monotonic() >= self.ends:
            # Nothing left of a shared budget: said here, not by a watcher that could land
            # its exception while it is being started (and then never be stopped).
            raise RenderTimeoutError
        _watching(+1)
        try:
            self.watcher.start()
        except BaseException:
            self._close()
            raise
        return self

    def _close(self) -> None:
        with self.lock:
            self.active = False
            if self.fired:  # then _fire has imported ctypes
                import ctypes

                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.thread_id), None)
        self.stop.set()
        if self.watcher.is_alive():
            self.watcher.join()
        _watching(-1)

    def __exit__(self, *exc: object) -> None:
        # Withdraw the exception if it has not been delivered yet, then raise it here.
        self._close()
        if self.fired and not exc[0]:
            raise self.fired


@contextmanager
def guarded(seconds: float = RENDER_SECONDS) -> Generator[None, None, None]:
    """One letter's render (subject and body), or one compile: a deadline, the memory
    watch and one budget of new values. Inside another guard on this thread it shares
    that one."""
    if _work.active:
        yield
        return
    _work.active, _work.made = True, 0
    try:
        with Deadline(seconds):
            yield
    finally:
        _work.active, _work.made = False, 0


def render_bounded(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render under a guard, with the letter's length capped;
    RenderTimeoutError, MemoryLimitError or SecurityError."""
    parts: list[str] = []
    size = 0
    with guarded():
        stream: Generator[str, None, None] = template.generate(context)  # type: ignore[assignment]
        for chunk in stream:
            size += len(chunk)
            if size > MAX_OUTPUT:
                # Thrown into the template, so the error points at the line writing it.
                stream.throw(SecurityError(f"the letter is longer than {MAX_OUTPUT} characters"))
            parts.append(chunk)
    return "".join(parts)
