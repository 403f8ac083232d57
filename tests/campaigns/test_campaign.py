# SPDX-License-Identifier: GPL-3.0-or-later
"""Loading campaigns: the built-in one, and every validation problem with its file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.campaigns.campaign import load_campaign, validate
from composer.problems import MESSAGES, BundleError

from ..conftest import BUILTIN, MINIMAL_TOML


def test_builtin_campaign_loads() -> None:
    c = load_campaign(BUILTIN, builtin=True)
    assert c.id == "zhanartu-2012"
    assert c.original_language == "fr"
    assert c.letter_language == "en"
    assert c.appeal_languages[0] == "fr" and "en" in c.appeal_languages
    assert [r.email for r in c.recipients] == ["bolat.temirbayev@gmail.com", "mid@mid.kz"]
    assert [f.key for f in c.fields] == ["name", "town", "country", "organisation", "personal_note"]
    assert [f.key for f in c.fields if f.required] == ["name"]
    assert c.status("fr") == "original" and c.status("en") == "draft"
    assert c.organiser is not None and c.organiser.name


def test_builtin_appeal_is_clean_and_spelled_right() -> None:
    c = load_campaign(BUILTIN)
    for lang, text in c.appeals.items():
        if lang in ("ru", "kk"):
            assert "Есенбек Уктешбаев" in text and "Айнур Курманов" in text, lang
        else:
            assert "Ukteshbayev" in text and "Ainur Kurmanov" in text, lang
        for leftover in ("Partager", "Imprimer", "Soutenez-nous", "Uktesbhaev", "Aimur"):
            assert leftover not in text, (lang, leftover)
        assert text.startswith("# ")


def test_builtin_letter_says_what_the_appeal_asks() -> None:
    c = load_campaign(BUILTIN)
    letter = c.render(
        "en",
        {"name": "Ana Lima", "town": "Porto", "country": "Portugal"},
        c.recipients[0],
        dt.date(2026, 11, 27),
    )
    body = letter.body
    for needle in (
        "Esenbek Ukteshbayev",
        "Ainur Kurmanov",
        "Zhanartu",
        "Convention against Torture",
        "non-refoulement",
        "freedom of association",
        "Zhanaozen",
        "16 December 2011",
        "27 November 2026",
        "Your Excellency,",
        "Ana Lima\nPorto, Portugal\n",
    ):
        assert needle in body, needle
    words = len(body.split("Yours faithfully")[0].split())
    assert 250 <= words <= 380, words
    assert "Ukteshbayev" in letter.subject


def test_title_summary_and_fallbacks() -> None:
    c = load_campaign(BUILTIN)
    assert c.title_for("fr").startswith("Appel urgent")
    assert c.title_for("it") == c.title["en"]  # no Italian title: English, then original


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.split("\n"), start=1):
        if needle in line:
            return number
    raise AssertionError(needle)


# (what to replace in campaign.toml, with what, the problem code, the line's marker text)
TOML_CASES = [
    ("format = 1", "format = 2", "bad-format", "format = 2"),
    ("format = 1", 'format = "1"', "wrong-type", "format ="),
    ("format = 1\n", "", "missing-key", None),
    ('id = "test-campaign"', 'id = "Test Campaign"', "bad-id", "id ="),
    (
        'original_language = "en"',
        'original_language = "English"',
        "bad-language",
        "original_language",
    ),
    (
        'original_language = "en"',
        'original_language = "de"',
        "no-appeal-original",
        "original_language",
    ),
    ('en = "A test campaign"', 'fr2 = "x"', "bad-language", "fr2 ="),
    ('[title]\nen = "A test campaign"\n', "[title]\n", "missing-title", "[title]"),
    ('email = "first@example.org"', 'email = "not an address"', "bad-email", "not an address"),
    (
        'email = "second@example.net"',
        'email = "first@example.org"',
        "duplicate-email",
        'email = "first@example.org"\n\n[[fields]]',
    ),
    ('name = "Second Office"', 'name = "Second\\nOffice"', "line-break", "Second\\nOffice"),
    ('name = "Second Office"\n', "", "missing-key", '[[recipients]]\nemail = "second'),
    ('key = "town"', 'key = "Town!"', "bad-field-key", "Town!"),
    ('key = "town"', 'key = "recipient"', "reserved-field-key", 'key = "recipient"'),
    ('key = "town"', 'key = "name"', "duplicate-key", 'key = "name"\nrequired = false'),
    (
        'required = false\nlabel = { en = "Town" }',
        'required = "no"\nlabel = { en = "Town" }',
        "wrong-type",
        'required = "no"',
    ),
    ("multiline = true", 'multiline = true\ncolour = "red"', "unknown-key", "colour"),
    ("format = 1", 'format = 1\nrecipient = "typo"', "unknown-key", "recipient ="),
    ("format = 1", 'format = 1\ndeadline = "soon"', "bad-date", "deadline"),
    ("[title]", '[translations]\nfr = "perfect"\n[title]', "bad-status", 'fr = "perfect"'),
    ("format = 1", 'format = 1\nletter_language = "ru"', "bad-primary", "letter_language"),
    (
        "[title]",
        '[organiser]\nname = "Org"\nemail = "nope"\n[title]',
        "bad-email",
        'email = "nope"',
    ),
]


def _case_id(case: tuple[str, str, str, str | None]) -> str:
    return f"{case[2]}:{case[1][:20]}"


@pytest.mark.parametrize("case", TOML_CASES, ids=_case_id)
def test_toml_problem_has_file_and_line(make_campaign, case) -> None:
    old, new, code, marker = case
    toml = MINIMAL_TOML.replace(old, new, 1)
    assert toml != MINIMAL_TOML
    problems = validate(make_campaign({"campaign.toml": toml}))
    matching = [p for p in problems if p.code == code]
    assert matching, problems
    p = matching[0]
    assert p.file == "campaign.toml"
    if marker is not None:
        first = marker.split("\n")[0] if "\n" not in marker else marker
        expected = (
            line_of(toml, first)
            if "\n" not in marker
            else toml[: toml.index(marker)].count("\n") + 1
        )
        assert p.line == expected, (p, expected)
    # every problem reads as a sentence with its place
    assert str(p).startswith("campaign.toml")
    assert p.text


def test_every_problem_is_reported_not_just_the_first(make_campaign) -> None:
    toml = (
        MINIMAL_TOML.replace('id = "test-campaign"', 'id = "BAD ID"')
        .replace('email = "first@example.org"', 'email = "bad"')
        .replace('key = "town"', 'key = "Town"')
    )
    codes = sorted(p.code for p in validate(make_campaign({"campaign.toml": toml})))
    assert codes == ["bad-email", "bad-field-key", "bad-id"]


def test_toml_syntax_error_has_line(make_campaign) -> None:
    toml = MINIMAL_TOML.replace('en = "Town"', 'en = "Town')
    problems = validate(make_campaign({"campaign.toml": toml}))
    assert [p.code for p in problems] == ["toml-syntax"]
    assert problems[0].line == line_of(toml, 'en = "Town')


def test_missing_manifest(make_campaign) -> None:
    problems = validate(make_campaign({"campaign.toml": None}))
    assert [(p.code, p.file) for p in problems] == [("missing-file", "campaign.toml")]


def test_no_letters(make_campaign) -> None:
    problems = validate(make_campaign({"letters/en.txt.j2": None}))
    assert [p.code for p in problems] == ["no-letters"]


def test_no_recipients(make_campaign) -> None:
    head, _, _ = MINIMAL_TOML.partition("[[recipients]]")
    fields = MINIMAL_TOML[MINIMAL_TOML.index("[[fields]]") :]
    toml = head.replace("[title]", "recipients = []\n[title]") + fields
    problems = validate(make_campaign({"campaign.toml": toml}))
    assert "no-recipients" in [p.code for p in problems]


def test_stray_and_misnamed_files(make_campaign) -> None:
    problems = validate(make_campaign({"appeal/english.md": "x", "letters/en.txt": "x"}))
    assert sorted((p.code, p.file) for p in problems) == [
        ("stray-file", "appeal/english.md"),
        ("stray-file", "letters/en.txt"),
    ]


def test_empty_appeal(make_campaign) -> None:
    problems = validate(make_campaign({"appeal/fr.md": "  \n"}))
    assert [(p.code, p.file) for p in problems] == [("empty-appeal", "appeal/fr.md")]


def test_extra_files_outside_content_folders_are_fine(make_campaign) -> None:
    assert validate(make_campaign({"README.md": "notes", "LICENSE": "CC-BY"})) == []


def test_optional_keys(make_campaign) -> None:
    toml = MINIMAL_TOML.replace(
        "[title]",
        'deadline = 2026-12-31\nurl = "https://example.org/appeal"\n'
        'letter_language = "en"\n[organiser]\nname = "Org"\nemail = "org@example.org"\n'
        '[translations]\nfr = "reviewed"\n[summary]\nen = "Short."\n[title]',
    )
    c = load_campaign(make_campaign({"campaign.toml": toml}))
    assert c.deadline == dt.date(2026, 12, 31)
    assert c.organiser is not None and c.organiser.email == "org@example.org"
    assert c.status("fr") == "reviewed" and c.status("en") == "original"
    assert c.summary == {"en": "Short."}


def test_load_raises_with_all_problems(make_campaign) -> None:
    with pytest.raises(BundleError) as exc:
        load_campaign(
            make_campaign({"campaign.toml": MINIMAL_TOML.replace("format = 1", "format = 9")})
        )
    assert "format 9 is not supported" in str(exc.value)


def test_every_message_formats() -> None:
    # Each message's placeholders are filled by the code that raises it; none is malformed.
    import string

    for code, text in MESSAGES.items():
        names = [n for _, n, _, _ in string.Formatter().parse(text) if n]
        text.format(**{n: "x" for n in names}), code


def test_values_checks() -> None:
    c = load_campaign(BUILTIN)
    codes = [p.code for p in c.check_values({"name": " ", "town": "A\nB", "colour": "red"})]
    assert sorted(codes) == ["required-field", "unknown-field", "value-line-break"]
    assert c.check_values({"name": "Ana", "personal_note": "one\ntwo"}) == []
    assert [p.code for p in c.check_values({"name": "x" * 201})] == ["value-too-long"]


def test_control_characters_are_removed_from_values(tmp_path: Path) -> None:
    c = load_campaign(BUILTIN)
    values = c.template_values(
        {"name": "Ana\x00\x1b[31m Lima\r\n", "personal_note": "a\r\nb\x07", "town": "Al\u2028maty"}
    )
    assert values["name"] == "Ana[31m Lima"
    assert values["town"] == "Al maty"
    assert [p.code for p in c.check_values({"name": "A", "town": "Al\u2028maty"})] == [
        "value-line-break"
    ]
    assert values["personal_note"] == "a\nb"


def test_label_missing_in_original_and_english(make_campaign) -> None:
    toml = MINIMAL_TOML.replace('label = { en = "Town" }', 'label = { de = "Stadt" }')
    problems = validate(make_campaign({"campaign.toml": toml}))
    assert [(p.code, p.args.get("field")) for p in problems] == [("missing-label", "town")]


def test_unreadable_file_is_a_problem_not_a_crash(make_campaign, monkeypatch) -> None:
    import builtins

    root = make_campaign()
    real_open = builtins.open

    def failing_open(path, *args, **kwargs):
        if str(path).endswith("fr.md"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", failing_open)
    problems = validate(root)
    assert [(p.code, p.file) for p in problems] == [("unreadable", "appeal/fr.md")]
    assert "Permission denied" in str(problems[0])


# Layouts where a naive line scanner goes wrong: strings that look like tables or keys.
LINE_CASES = [
    (  # a multi-line string in an array holding a fake [[recipients]]
        'fields = [\n  { key = "a", required = true, label = { en = """\n[[recipients]]\n'
        'email = "x"\n""" } },\n]\n',
        '[[recipients]]\nname = "First Office"\nemail = "bad"',
    ),
    ('note = \'He said """x\'\n# a comment with """\n', 'email = "bad"'),
    ('note = """a \\""" b"""\n', 'email = "bad"'),
]


@pytest.mark.parametrize(("prefix", "marker"), LINE_CASES)
def test_line_numbers_survive_tricky_strings(make_campaign, prefix: str, marker: str) -> None:
    toml = MINIMAL_TOML.replace('email = "first@example.org"', 'email = "bad"')
    if "fields = [" in prefix:
        toml = toml[: toml.index("[[fields]]")]  # fields given inline instead
    toml = toml.replace("[title]", prefix.replace("note =", "url =") + "[title]")
    problems = [
        p for p in validate(make_campaign({"campaign.toml": toml})) if p.code == "bad-email"
    ]
    assert problems, validate(make_campaign({"campaign.toml": toml}))
    assert problems[0].line == line_of(toml, 'email = "bad"')


def test_dotted_title_and_missing_label_have_lines(make_campaign) -> None:
    toml = MINIMAL_TOML.replace(
        '[title]\nen = "A test campaign"\nfr = "Une campagne de test"\n',
        'title.fr = "Une campagne de test"\n',
    )
    toml = toml.replace('label = { en = "Town" }', 'label = { de = "Stadt" }')
    problems = {p.code: p for p in validate(make_campaign({"campaign.toml": toml}))}
    assert problems["missing-title"].line == line_of(toml, "title.fr")
    assert problems["missing-label"].line == line_of(toml, 'label = { de = "Stadt" }')


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("format = 1", "format = 1" + "0" * 5000, "toml-syntax"),
        ("format = 1", "format = 0x" + "f" * 5000, "bad-format"),
        ("format = 1", "format = 1\nx = " + "[" * 5000 + "]" * 5000, "toml-syntax"),
        ('name = "Second Office"', 'name = "Second\\u2028Office"', "line-break"),
        ('name = "Second Office"', 'name = "Second\\u0000Office"', "line-break"),
        ('id = "test-campaign"', 'id = "test-campaign\\n"', "bad-id"),
        (
            '[title]\nen = "A test campaign"\nfr = "Une campagne de test"',
            "[title]",
            "missing-title",
        ),
        ('label = { en = "Town" }', "label = {}", "missing-label"),
        ('label = { en = "Town" }', 'label = { en = "Town" }\ndefault = "a\\nb"', "line-break"),
        (
            'label = { en = "Town" }',
            'label = { en = "Town" }\nmax_length = 3\ndefault = "Gent"',
            "bad-default",
        ),
        ("[title]", '[organiser]\nname = "Org"\nurl = "https://x\\ny"\n[title]', "line-break"),
        ('email = "first@example.org"', 'email = "jos\\u202ee@example.org"', "bad-email"),  # RLO
    ],
)
def test_more_validation(make_campaign, old: str, new: str, code: str) -> None:
    toml = MINIMAL_TOML.replace(old, new, 1)
    assert toml != MINIMAL_TOML
    problems = validate(make_campaign({"campaign.toml": toml}))
    assert code in [p.code for p in problems], problems
    for p in problems:
        assert len(str(p)) < 400  # hostile values are shortened in messages


def test_international_domain_is_normalised(make_campaign) -> None:
    toml = MINIMAL_TOML.replace('email = "first@example.org"', 'email = "first@bücher.example"')
    c = load_campaign(make_campaign({"campaign.toml": toml}))
    assert c.recipients[0].email == "first@xn--bcher-kva.example"


def test_caps_on_recipients_and_templates(make_campaign) -> None:
    many = "".join(
        f'[[recipients]]\nname = "R{i}"\nemail = "r{i}@example.org"\n' for i in range(201)
    )
    toml = MINIMAL_TOML.replace("[[recipients]]", many + "[[recipients]]", 1)
    assert "too-many-recipients" in [
        p.code for p in validate(make_campaign({"campaign.toml": toml}))
    ]
    big = "Subject: x\n\n" + "{{ name }}\n" * 10_000
    problems = validate(make_campaign({"letters/en.txt.j2": big}))
    assert [(p.code, p.file) for p in problems] == [("file-too-large", "letters/en.txt.j2")]


def test_template_that_hangs_is_refused_when_opening(make_campaign) -> None:
    trap = MINIMAL_TOML and (
        "Subject: x\n\n{% for i in range(10000) %}{% for j in range(10000) %}"
        "{% for k in range(10000) %}{% endfor %}{% endfor %}{% endfor %}\n"
    )
    problems = validate(make_campaign({"letters/en.txt.j2": trap}))
    assert [(p.code, p.line) for p in problems] == [("template-timeout", 3)]
