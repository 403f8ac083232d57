# SPDX-License-Identifier: GPL-3.0-or-later
"""Letter templates: sandboxed, strict, plain text; every error names its file and line."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from composer.campaigns.campaign import load_campaign, validate
from composer.problems import TemplateError
from composer.templates.letter import CompiledLetter, parse_template_file

from ..conftest import MINIMAL_LETTER

RECIPIENT = {"name": "Office", "email": "office@example.org", "salutation": ""}
TODAY = dt.date(2026, 11, 27)


def compile_body(body: str, subject: str = "Hello") -> CompiledLetter:
    return CompiledLetter(
        parse_template_file("en", "letters/en.txt.j2", f"Subject: {subject}\n\n{body}")
    )


def problem(exc: pytest.ExceptionInfo[TemplateError]) -> tuple[str, str, int | None]:
    p = exc.value.problems[0]
    return p.code, p.file, p.line


def test_syntax_error_names_file_and_line() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("line 3\nline 4\n{% if name %}\nunclosed\n")
    code, file, line = problem(exc)
    assert (code, file) == ("template-syntax", "letters/en.txt.j2")
    assert line is not None and line >= 5  # the error is found at the end of the file


def test_syntax_error_on_exact_line() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("fine\n{{ name | }}\n")
    assert problem(exc) == ("template-syntax", "letters/en.txt.j2", 4)


def test_syntax_error_in_subject_is_line_one() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("body\n", subject="{{ name ")
    assert problem(exc) == ("template-syntax", "letters/en.txt.j2", 1)


def test_undefined_name_is_an_error_with_line() -> None:
    letter = compile_body("Dear {{ recipient.name }},\n\n{{ nmae }}\n")
    with pytest.raises(TemplateError) as exc:
        letter.render({"name": "Ana"}, RECIPIENT, TODAY)
    assert problem(exc) == ("template-undefined", "letters/en.txt.j2", 5)
    assert "nmae" in str(exc.value)


def test_undefined_attribute_is_an_error() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("{{ recipient.title }}\n").render({}, RECIPIENT, TODAY)
    assert problem(exc)[0] == "template-undefined"


@pytest.mark.parametrize(
    "expr",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ recipient.__class__ }}",
        "{{ name.format_map }}{{ name.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os }}",
    ],
)
def test_sandbox_refuses_escapes(expr: str) -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body(f"ok\n{expr}\n").render({"name": "Ana"}, RECIPIENT, TODAY)
    code, _, line = problem(exc)
    assert code in ("template-security", "template-undefined")
    assert line == 4


def test_immutable_sandbox_refuses_mutation() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("{{ recipient.update({'email': 'evil@example.com'}) }}\n").render(
            {}, RECIPIENT, TODAY
        )
    assert problem(exc)[0] == "template-security"


def test_runtime_error_has_line() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("a\nb\n{{ 1 // 0 }}\n").render({}, RECIPIENT, TODAY)
    assert problem(exc) == ("template-error", "letters/en.txt.j2", 5)
    assert "ZeroDivisionError" in str(exc.value)


def test_include_is_not_possible() -> None:
    with pytest.raises(TemplateError):
        compile_body("{% include '/etc/passwd' %}\n").render({}, RECIPIENT, TODAY)


def test_plain_text_no_autoescape() -> None:
    letter = compile_body("{{ name }} & <b>co</b>\n").render(
        {"name": "O'Brien & <Sons>"}, RECIPIENT, TODAY
    )
    assert letter.body == "O'Brien & <Sons> & <b>co</b>\n"


def test_subject_shape_is_checked() -> None:
    for bad in (
        "Dear all,\n\nbody",
        "Subject: x\nbody right away",
        "Subject:   \n\nbody",
        "Subject: x",
    ):
        with pytest.raises(TemplateError) as exc:
            parse_template_file("en", "letters/en.txt.j2", bad)
        assert problem(exc) == ("no-subject", "letters/en.txt.j2", 1)


def test_subject_is_one_line_even_if_a_value_is_not() -> None:
    letter = compile_body("x\n", subject="From {{ name }}").render(
        {"name": "Ana\nBcc: x@example.com"}, RECIPIENT, TODAY
    )
    assert letter.subject == "From Ana Bcc: x@example.com"


def test_today_is_written_in_the_letter_language() -> None:
    for lang, expected in [
        ("en", "27 November 2026"),
        ("fr", "27 novembre 2026"),
        ("ru", "27 ноября 2026\u00a0г."),  # a no-break space: "г." stays with the year
        ("kk", "2026 жылғы 27 қараша"),
        ("de", "27. November 2026"),
        ("es", "27 de noviembre de 2026"),
        ("nl", "27 november 2026"),
    ]:
        source = parse_template_file(lang, f"letters/{lang}.txt.j2", "Subject: s\n\n{{ today }}\n")
        assert CompiledLetter(source).render({}, RECIPIENT, TODAY).body == expected + "\n"


def test_bundle_template_errors_are_found_when_opening(make_campaign) -> None:
    bad = MINIMAL_LETTER.replace("Please act.", "Please act, {{ nickname }}.")
    problems = validate(make_campaign({"letters/en.txt.j2": bad}))
    assert [(p.code, p.file) for p in problems] == [("template-undefined", "letters/en.txt.j2")]
    assert problems[0].line == bad.split("\n").index("Please act, {{ nickname }}.") + 1


def test_bundle_template_syntax_error(make_campaign) -> None:
    bad = MINIMAL_LETTER.replace("{% endif %}", "")
    problems = validate(make_campaign({"letters/en.txt.j2": bad}))
    assert [(p.code, p.file) for p in problems] == [("template-syntax", "letters/en.txt.j2")]


def test_optional_fields_are_defined_when_empty(make_campaign) -> None:
    c = load_campaign(make_campaign())
    letter = c.render("en", {"name": "Ana"}, c.recipients[1], TODAY)
    assert letter.body == "27 November 2026\n\nDear Second Office,\n\nPlease act.\n\nAna\n"
    letter = c.render(
        "en", {"name": "Ana", "town": "Gent", "note": "Line one\nline two"}, c.recipients[0], TODAY
    )
    assert "Dear First,\n" in letter.body and "Line one\nline two\n" in letter.body
    assert letter.body.endswith("Ana, Gent\n")
    assert letter.subject == "Letter from Ana"


# Hostile templates: each must fail fast with a clear, placed error, never hang or bloat.
BOMBS = [
    "{{ 'x' * 1000000000 }}",
    "{{ 'x' * 100000 * 100000 }}",
    "{{ '%999999999d' % 1 }}",
    "{{ '%999999999d' | format(1) }}",
    "{{ '{:>999999999}'.format(1) }}",
    "{{ 'x'.ljust(1000000000) }}",
    "{{ 'x' | center(1000000000) }}",
    "{{ ['x' * 100000] * 100000 | join }}",
    "{{ '-'.join(['x' * 100000] * 100000) }}",
    "{{ ('x' * 50000) | replace('', 'y' * 1000) }}",
    "{{ ('a\\n' * 50000) | indent('y' * 1000) }}",
    "{{ 10 ** 100000 }}",
    "{{ ((10 ** 64) ** 64) ** 64 }}",
    "{{ range(1000000000) | list }}",
    "{% for i in range(10000) %}{% for j in range(10000) %}{% for k in range(10000) %}"
    "{% endfor %}{% endfor %}{% endfor %}",
    "{% for i in range(10000) %}{{ 'x' * 100000 }}{% endfor %}",
    "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    "{{ 'x'.encode('utf-16') }}",
    "{{ 'x'['expandtabs'](1000000000) }}",
    "{{ 'x{}'.format_map({}) }}",
    "{{ lipsum(1000000) }}",
    "{{ {'a': 1} | tojson }}",
]


@pytest.mark.parametrize("bomb", BOMBS)
def test_hostile_templates_fail_fast(bomb: str) -> None:
    try:
        letter = compile_body(f"line 3\n{bomb}\n")
    except TemplateError as exc:  # unknown filter or global: refused when compiling
        assert (exc.problems[0].code, exc.problems[0].line) == ("template-syntax", 4)
        return
    with pytest.raises(TemplateError) as exc:
        letter.render({"name": "Ana"}, RECIPIENT, TODAY)
    code, file, line = problem(exc)
    assert code in ("template-security", "template-timeout", "template-error", "template-undefined")
    assert file == "letters/en.txt.j2"
    assert line == 4, exc.value


def test_ordinary_template_features_still_work() -> None:
    body = (
        "{{ name | upper }} {{ name.strip().title() }} {{ ['a', 'b'] | join(', ') }}\n"
        "{% for i in range(3) %}{{ i }}{% endfor %} {{ '%s/%s' % (1, 2) }} {{ 'x' * 3 }}\n"
        "{{ '{} {}'.format('a', 'b') }} {{ name | replace('a', 'o') }} {{ 2 ** 8 }}\n"
        "{% set ns = namespace(n=0) %}{% for w in name.split() %}{% set ns.n = ns.n + 1 %}"
        "{% endfor %}{{ ns.n }} {{ name | length }} {{ (name ~ '!') | center(9) }}\n"
    )
    letter = compile_body(body).render({"name": "ana"}, RECIPIENT, TODAY)
    assert letter.body == "ANA Ana a, b\n012 1/2 xxx\na b ono 256\n1 3    ana!\n"


@pytest.mark.parametrize(
    "body",
    ["{% if 1 %}" * 120 + "x" + "{% endif %}" * 120, "{{ " + "(" * 400 + "1" + ")" * 400 + " }}"],
)
def test_deep_nesting_is_a_clear_error(body: str) -> None:
    try:
        letter = compile_body(body + "\n")
    except TemplateError as exc:
        assert exc.value if False else exc.problems[0].code == "template-syntax"
        return
    letter.render({}, RECIPIENT, TODAY)  # compiled fine: it must render too


def test_include_of_the_subject_is_not_available() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("{% include 'letters/en.txt.j2' %}\n").render({}, RECIPIENT, TODAY)
    assert problem(exc)[0] == "template-error"


def test_compiled_templates_are_cached_and_behave_the_same(monkeypatch) -> None:
    from composer.templates import codecache

    body = "line 3\n{{ name }} {{ 1 // zero }}\n"
    first = compile_body(body)
    assert list(codecache.cache_dir().glob("*.bin")), "nothing was cached"
    compiled: list[str] = []
    monkeypatch.setattr(codecache, "store", lambda *a: compiled.append("again"))
    second = compile_body(body)  # from the cache: not compiled again
    assert compiled == [] and second.variables == first.variables == {"name", "zero"}
    for letter in (first, second):
        assert letter.render({"name": "Ana", "zero": 1}, RECIPIENT, TODAY).body == "line 3\nAna 1\n"
        with pytest.raises(TemplateError) as exc:
            letter.render({"name": "Ana", "zero": 0}, RECIPIENT, TODAY)
        assert problem(exc) == ("template-error", "letters/en.txt.j2", 4)
    other = compile_body(body.replace("line 3", "line three"))
    assert other.render({"name": "B", "zero": 1}, RECIPIENT, TODAY).body.startswith("line three")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('{{ "%s, %s" % (name, "Porto") }}', "Ana, Porto"),
        ('{{ "{:>6}|{:.2f}".format(name, 1.5) }}', "   Ana|1.50"),
        ('{{ ["b", "a"]|sort|join(", ") }}', "a, b"),
        ('{{ [name, "", "x"]|select|join("/") }}', "Ana/x"),
        ('{{ ", ".join(["a", "b"]|select) }}', "a, b"),
        ("{{ [1, 2, 3]|sum }} {{ 2 ** 10 }} {{ 10**30 * 10**30 > 0 }}", "6 1024 True"),
        ('{{ (name ~ "!" ~ 3)|upper }}', "ANA!3"),
        (
            '{% set ns = namespace(s="") %}{% for c in "abc" %}{% set ns.s = ns.s ~ c %}'
            "{% endfor %}{{ ns.s }}",
            "abc",
        ),
        ("{% macro sig(n) %}-- {{ n }}{% endmacro %}{{ sig(name) }}", "-- Ana"),
        ("{% set p %}P.S. {{ name }}{% endset %}{{ p }}", "P.S. Ana"),
        ("{% filter upper %}dear {{ name }}{% endfilter %}", "DEAR ANA"),
        ('{{ ("word " * 3)|wordwrap(6)|length > 0 }}', "True"),
        ("{{ namespace(a=1) }}", "<namespace>"),
    ],
)
def test_ordinary_templates_still_work(body: str, expected: str) -> None:
    letter = compile_body(body + "\n").render({"name": "Ana"}, RECIPIENT, TODAY)
    assert letter.body == expected + "\n"


def test_compiled_code_cache_is_keyed_by_the_sandbox_and_the_app(monkeypatch) -> None:
    import jinja2

    import composer
    from composer.templates import codecache, sandbox

    sources = ("Hello", "\n\nbody {{ name }}")
    key = codecache._key("letters/en.txt.j2", sources)
    for module, name, value in [
        (sandbox, "FINGERPRINT", sandbox.FINGERPRINT + "|stricter"),
        (composer, "__version__", "99.0"),
        (jinja2, "__version__", "9.9.9"),
    ]:
        with monkeypatch.context() as m:
            m.setattr(module, name, value)
            assert codecache._key("letters/en.txt.j2", sources) != key, name
    assert codecache._key("letters/en.txt.j2", sources) == key


def test_a_stale_compiled_entry_is_never_used(monkeypatch) -> None:
    from composer.templates import codecache, sandbox

    compile_body("body {{ name }}\n")  # compiles and stores
    letter = compile_body("body {{ name }}\n")
    assert letter.render({"name": "Ana"}, RECIPIENT, TODAY).body == "body Ana\n"
    stored = list(codecache.cache_dir().glob("*.bin"))
    assert stored
    # Made by an older sandbox: the entry is there, but a newer one never looks it up.
    monkeypatch.setattr(sandbox, "FINGERPRINT", sandbox.FINGERPRINT + "|newer")
    for path in stored:
        path.write_bytes(b"not code")  # would fail loudly if it were read
    letter = compile_body("body {{ name }}\n")
    assert letter.render({"name": "Ana"}, RECIPIENT, TODAY).body == "body Ana\n"
    assert len(list(codecache.cache_dir().glob("*.bin"))) == len(stored) + 1  # a new key


def test_too_complex_template_is_refused_before_compiling() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("{{ name }}" * 2000 + "\n")
    assert problem(exc)[0] == "template-too-complex"


def test_a_spent_budget_leaves_no_watcher_behind() -> None:
    """A render or compile that starts when the shared budget is already spent (the
    letters of a campaign in many languages) is refused on the spot; no watch thread is
    started that could land its exception while starting and never be stopped (it would
    later stop another render on this thread, or a thread start)."""
    import threading

    from composer.templates.sandbox import RenderTimeoutError, guarded, time_budget

    for _ in range(50):
        with pytest.raises(RenderTimeoutError), time_budget(0.0), guarded():
            pass
    time.sleep(0.2)  # a leaked watcher would fire again by now
    assert not [t for t in threading.enumerate() if t.name == "template-watch"]
    letter = compile_body("Dear {{ recipient.name }}\n")
    for _ in range(50):  # the same thread goes on rendering as before
        assert letter.render({}, RECIPIENT, TODAY).body == "Dear Office\n"
