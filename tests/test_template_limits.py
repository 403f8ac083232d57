"""No letter template, however written, makes the app use more than about 64 MiB of extra
memory or 2 s of CPU, when its campaign is opened (validation) or at a render.

Each hostile template is measured, not only checked for an error: in a process of its own
(tests/template_probe.py) with a hard memory ceiling, so a template that escapes the
sandbox fails this test instead of the machine."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys

import pytest

from .conftest import ROOT

MAX_EXTRA_MIB = 64
MAX_CPU = 2.5  # the 2 s budget, plus compiling and opening the campaign around it

BIG_LITERAL = "Lorem ipsum dolor sit amet. " * 2000  # 56 KB of template text
HEAD = "Subject: Hello {{ name }}\n\nDear {{ recipient.name }},\n"

HOSTILE: dict[str, str] = {
    # Sizes multiplied by operators and formats.
    "repeat": '{{ "x" * 10**9 }}',
    "percent-width": '{{ "%999999999d" % 1 }}',
    "percent-star-width": '{{ "%*d" % (99999999, 1) }}',
    "percent-star-precision": '{{ "%.*f" % (99999999, 1.0) }}',
    "format-nested-width": '{{ "{:{}}".format(1, "99999999") }}',
    "format-keyword-width": '{{ "{:{w}}".format(1, w=99999999) }}',
    "format-composed-width": '{{ "{:>{}{}}".format(1, "9999", "9999") }}',
    "format-many-fields": '{{ ("{}" * 30000).format(*(["x" * 100000] * 30000)) }}',
    "percent-many-fields": '{{ ("%s" * 30000) % (("x" * 100000,) * 30000) }}',
    "format-filter-star": '{{ "%*d"|format(99999999, 1) }}',
    # Growth in loops.
    "concat-doubling": (
        '{% set ns = namespace(s="x") %}{% for i in range(40) %}'
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}"
    ),
    "plus-doubling": (
        '{% set ns = namespace(s="x") %}{% for i in range(40) %}'
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}"
    ),
    "list-of-big-texts": (
        "{% set ns = namespace(l=[]) %}{% for i in range(10000) %}"
        '{% set ns.l = ns.l + ["%99999d" % i] %}{% endfor %}{{ ns.l|length }}'
    ),
    "map-upper-over-refs": '{{ (["x" * 100000] * 100000)|map("upper")|list|length }}',
    "int-squaring": (
        "{% set ns = namespace(x=10**64) %}{% for i in range(40) %}"
        "{% set ns.x = ns.x * ns.x %}{% endfor %}{{ ns.x > 0 }}"
    ),
    "power-chain": "{{ (((10**64)**64)**64)**64 > 0 }}",
    "int-from-text": '{% set n = ("9" * 4000)|int %}{{ (n * n * n * n * n * n) > 0 }}',
    # Texts made from containers (a list of references is small; its text is not).
    "print-list-of-refs": '{% set big = ["x" * 100000] * 100000 %}{{ big }}',
    "string-filter-of-refs": '{{ (["x" * 100000] * 100000)|string|length }}',
    "upper-filter-of-refs": '{{ (["x" * 100000] * 100000)|upper|length }}',
    "join-of-refs": '{{ (["x" * 100000] * 100000)|join|length }}',
    "join-method-of-select": '{{ ", ".join((["x" * 100000] * 100000)|select)|length }}',
    "join-of-select": '{{ (["x" * 100000] * 100000)|select|join|length }}',
    "join-of-nested": '{{ [["x" * 100000] * 100000]|join|length }}',
    "concat-of-refs": '{{ ("" ~ (["x" * 100000] * 100000))|length }}',
    "percent-of-refs": '{{ ("%s" % [["x" * 100000] * 100000])|length }}',
    "format-of-refs": '{{ "{}".format(["x" * 100000] * 100000)|length }}',
    "dict-of-refs": '{{ dict(a=["x" * 100000] * 100000) }}',
    "namespace-of-refs": '{{ namespace(a=["x" * 100000] * 100000) }}',
    "sum-of-lists": "{{ ([range(10000)|list] * 10000)|sum(start=[])|length }}",
    "batch-fill": '{{ (range(10000)|batch(10000, "x" * 100000)|list)|string|length }}',
    # Output captured before it is written: macros, set blocks, filter and call blocks.
    "macro-capture": (
        "{% macro m() %}{% for i in range(10000) %}" + BIG_LITERAL + "{% endfor %}"
        "{% endmacro %}{{ m()|length }}"
    ),
    "set-block-capture": (
        "{% set x %}{% for i in range(10000) %}" + BIG_LITERAL + "{% endfor %}"
        "{% endset %}{{ x|length }}"
    ),
    "filter-block-capture": (
        "{% filter upper %}{% for i in range(10000) %}" + BIG_LITERAL + "{% endfor %}"
        "{% endfilter %}"
    ),
    "call-block-capture": (
        "{% macro m() %}{{ caller()|length }}{% endmacro %}{% call m() %}"
        "{% for i in range(10000) %}" + BIG_LITERAL + "{% endfor %}{% endcall %}"
    ),
    # Work that runs inside one C call, where no timer can interrupt it.
    "striptags-quadratic": '{{ ("<!--" * 25000)|striptags|length }}',
    "sort-long-equal-prefixes": (
        '{% set a = "x" * 99999 ~ "a" %}{% set b = "x" * 99999 ~ "b" %}'
        "{{ ([a, b] * 5000)|sort|length }}"
    ),
    "unique-long-texts": '{{ (["x" * 100000] * 100000)|unique|list|length }}',
    "wordwrap-narrow": '{{ ("a " * 50000)|wordwrap(1)|length }}',
    "replace-empty": '{{ ("x" * 100000)|replace("", "yyyy")|length }}',
    "center-wide": '{{ "x"|center(99999999) }}',
    "method-center-wide": '{{ "x".center(99999999) }}',
    # Plain loops and recursion: the timer's work.
    "nested-loops": (
        "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"
    ),
    "recursion": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    # The compiler itself.
    "deep-parentheses": "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}",
    "deep-ifs": "{% if 1 %}" * 2000 + "x" + "{% endif %}" * 2000,
    "many-tags": "{{ name }}" * 6000,
    "big-literal": BIG_LITERAL,
}
SLOW_EACH = (  # a loop of about half a second, in a campaign with 40 recipients: opening
    # it must not spend that on each of the 40 trial renders.
    "{% for i in range(10000) %}{% for j in range(1500) %}{% endfor %}{% endfor %}"
)
DENSE = "{{ name + name + name + name + name + name + name + name + name }}" * 200


def run_probe(cases: dict[str, dict[str, object]]) -> dict[str, dict[str, object]]:
    def ceiling() -> None:  # a runaway template gets MemoryError, not the whole machine
        resource.setrlimit(resource.RLIMIT_AS, (4 * 1024**3, 4 * 1024**3))

    out = subprocess.run(
        [sys.executable, "-m", "tests.template_probe"],
        input=json.dumps(cases),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=ceiling,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    results = {}
    for line in out.stdout.splitlines():
        row = json.loads(line)
        results[row.pop("name")] = row
    assert set(results) == set(cases), out.stderr[-3000:]
    return results


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, object]]:
    cases: dict[str, dict[str, object]] = {
        name: {"template": HEAD + body + "\n"} for name, body in HOSTILE.items()
    }
    cases["slow-each-of-40"] = {"template": HEAD + SLOW_EACH + "\n", "offices": 40}
    # Forty languages, each letter just under the limit of one template: compiling them
    # all would take seconds, so the campaign's letters have a limit together.
    cases["dense-in-40-languages"] = {"template": HEAD + DENSE + "\n", "languages": 40}
    cases["benign"] = {"template": HEAD + "Free them.\n{{ name }}, {{ town }}\n"}
    return run_probe(cases)


@pytest.mark.parametrize("name", [*HOSTILE, "slow-each-of-40", "dense-in-40-languages"])
def test_hostile_template_stays_within_memory_and_time(measured, name: str) -> None:
    row = measured[name]
    assert row["outcome"] != "MemoryError", row
    assert row["mib"] <= MAX_EXTRA_MIB, row
    assert row["cpu"] <= MAX_CPU, row


def test_an_ordinary_letter_renders(measured) -> None:
    assert measured["benign"]["outcome"] == "rendered"
    assert measured["big-literal"]["outcome"] == "rendered"
    assert measured["many-tags"]["outcome"] == "refused: template-too-complex"
    assert measured["dense-in-40-languages"]["outcome"] == "refused: template-too-complex"
