# SPDX-License-Identifier: GPL-3.0-or-later
"""Alternative wordings `[[ a | b ]]`: parsed line for line, chosen by a seed, validated."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from composer.campaigns.campaign import load_campaign, validate
from composer.data.drafts import Draft, DraftStore
from composer.data.store import Store
from composer.problems import TemplateError
from composer.templates.letter import CompiledLetter, parse_template_file
from composer.templates.variants import CHOICE_NAME, MAX_GROUPS, MAX_WORDINGS, choose, translate

from ..conftest import BUILTIN, MINIMAL_LETTER, MINIMAL_TOML

FILE = "letters/en.txt.j2"
RECIPIENT = {"name": "Office", "email": "office@example.org", "salutation": ""}
TODAY = dt.date(2026, 11, 27)


def compile_body(body: str, subject: str = "Hello") -> CompiledLetter:
    return CompiledLetter(parse_template_file("en", FILE, f"Subject: {subject}\n\n{body}"))


def every_choice(letter: CompiledLetter, values: dict[str, str] | None = None) -> list[str]:
    """The body for each combination of wordings (small templates only)."""
    import itertools

    return [
        letter.render(values or {}, RECIPIENT, TODAY, wordings=choice).body
        for choice in itertools.product(*(range(n) for n in letter.sizes))
    ]


# -- the syntax ------------------------------------------------------------------------------


def test_inline_group() -> None:
    letter = compile_body("We [[ ask | demand | request ]] justice.\n")
    assert letter.sizes == (3,)
    assert every_choice(letter) == [
        "We ask justice.\n",
        "We demand justice.\n",
        "We request justice.\n",
    ]


def test_groups_spanning_lines_and_paragraphs() -> None:
    body = "Start.\n\n[[\nParagraph A,\nline two.\n|\nParagraph B.\n]]\n\nEnd.\n"
    assert every_choice(compile_body(body)) == [
        "Start.\n\nParagraph A,\nline two.\n\nEnd.\n",
        "Start.\n\nParagraph B.\n\nEnd.\n",
    ]


def test_wordings_written_one_per_line() -> None:
    body = "[[ I write\n | I am writing\n]] to you.\n"
    assert every_choice(compile_body(body)) == ["I write to you.\n", "I am writing to you.\n"]


def test_jinja_inside_a_group_keeps_its_pipes_and_brackets() -> None:
    body = (
        "[[ {{ name | upper }} | {{ name | lower | replace('a', 'o') }}"
        " | {{ '|' }}{{ \"]]\" }}{# a | b ]] #}{{ [[1]] | length }} ]]\n"
    )
    letter = compile_body(body)
    assert letter.sizes == (3,)
    assert every_choice(letter, {"name": "Ana"}) == ["ANA\n", "ono\n", "|]]1\n"]
    assert letter.variables == {"name"}  # the choice is not a field


def test_outside_groups_bars_and_brackets_are_text() -> None:
    letter = compile_body("a | b [x] {{ '[[' }} {% raw %}[[ not | a group{% endraw %}\n")
    assert letter.sizes == ()
    assert letter.render({}, RECIPIENT, TODAY).body == "a | b [x] [[ [[ not | a group\n"


def test_subject_and_body_share_one_numbering() -> None:
    letter = compile_body("[[ x | y | z ]]\n", subject="[[ Hello | Hi ]] there")
    assert letter.sizes == (2, 3)
    got = letter.render({}, RECIPIENT, TODAY, wordings=(1, 2))
    assert (got.subject, got.body) == ("Hi there", "z\n")


@pytest.mark.parametrize(
    ("body", "texts"),
    [
        # An optional sentence between others: no double space either way.
        ("One. [[ Two. | ]] Three.\n", ["One. Two. Three.\n", "One. Three.\n"]),
        # At the end of a paragraph: no space left before the line break.
        ("One. [[ Two. | ]]\n\nNext.\n", ["One. Two.\n\nNext.\n", "One.\n\nNext.\n"]),
        # At the start of a paragraph: the paragraphs stay apart.
        ("Before.\n\n[[ One. | ]] Two.\n", ["Before.\n\nOne. Two.\n", "Before.\n\nTwo.\n"]),
        # An optional paragraph: no empty paragraph left.
        (
            "A.\n\n[[\nB.\n|\n]]\n\nC.\n",
            ["A.\n\nB.\n\nC.\n", "A.\n\nC.\n"],
        ),
        # Two optional sentences side by side.
        (
            "x [[ a | ]] [[ b | ]] y\n",
            ["x a b y\n", "x a y\n", "x b y\n", "x y\n"],
        ),
        # Beside a tag that trims the space, only the other neighbour can go.
        ("X {% if 1 -%} [[ A. | ]] B.{% endif %}\n", ["X A. B.\n", "X B.\n"]),
    ],
)
def test_an_empty_wording_takes_its_space_along(body: str, texts: list[str]) -> None:
    assert every_choice(compile_body(body)) == texts


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        ("ok\nthen ]] here\n", "variant-unopened", 4),
        ("ok\n[[ a | b\n\nc\n", "variant-unclosed", 4),
        ("[[ a |\nb [[ c | d ]] ]]\n", "variant-nested", 4),
        ("one\n\n[[\nonly one wording\n]]\n", "variant-single", 5),
        ("[[ a | b ]] [[ ]]\n", "variant-single", 3),
        ("x\n" + "[[ a | b ]]\n" * MAX_GROUPS + "[[ a | b ]]\n", "variant-too-many-groups", 204),
        ("\n[[ " + " | ".join("w" * MAX_WORDINGS) + " | w ]]\n", "variant-too-many-wordings", 4),
    ],
)
def test_mistakes_name_their_line(body: str, code: str, line: int) -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body(body)
    p = exc.value.problems[0]
    assert (p.code, p.file, p.line) == (code, FILE, line)
    assert p.text and str(p).startswith(f"{FILE}:{line}: ")  # the message formats


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("[[ a | b ]]\n[[ {{ name | b ]]\n", 4),
        ("[[ a | b ]]\n[[ {# a | b ]]\n", 4),
        ("[[ x | '{{ \"a ]]\n", 3),
    ],
)
def test_an_unclosed_jinja_tag_is_jinjas_error(body: str, line: int) -> None:
    """Not 'a group never closed': the tag swallowed it, and jinja says so, on its line."""
    with pytest.raises(TemplateError) as exc:
        compile_body(body)
    p = exc.value.problems[0]
    assert (p.code, p.line) == ("template-syntax", line)


def test_a_mistake_in_the_subject_is_line_one() -> None:
    with pytest.raises(TemplateError) as exc:
        compile_body("body\n", subject="[[ Hello ]]")
    assert (exc.value.problems[0].code, exc.value.problems[0].line) == ("variant-single", 1)


def test_the_limits_themselves_are_allowed() -> None:
    body = "[[ a | b ]]\n" * MAX_GROUPS + "[[ " + " | ".join("w" * MAX_WORDINGS) + " ]]\n"
    with pytest.raises(TemplateError):  # one group too many
        compile_body(body)
    letter = compile_body("[[ a | b ]]\n" * (MAX_GROUPS - 1) + "[[ " + " | ".join("w" * 20) + " ]]")
    assert len(letter.sizes) == MAX_GROUPS and max(letter.sizes) == MAX_WORDINGS


def test_jinja_errors_after_and_inside_groups_keep_their_lines() -> None:
    body = (
        "line 3\n"  # 3
        "[[\n"  # 4
        "Paragraph A.\n"  # 5
        "|\n"  # 6
        "Paragraph B.\n"  # 7
        "|\n"  # 8
        "Paragraph {{ nope }}.\n"  # 9
        "]]\n"  # 10
        "[[ x\n | y\n ]] {{ 1 // zero }}\n"  # 11-13
    )
    letter = compile_body(body)
    with pytest.raises(TemplateError) as exc:
        letter.render({"zero": 0}, RECIPIENT, TODAY, wordings=(0, 1))
    assert (exc.value.problems[0].code, exc.value.problems[0].line) == ("template-error", 13)
    with pytest.raises(TemplateError) as exc:
        letter.render({"zero": 1}, RECIPIENT, TODAY, wordings=(2, 0))
    assert (exc.value.problems[0].code, exc.value.problems[0].line) == ("template-undefined", 9)
    with pytest.raises(TemplateError) as exc:
        compile_body(body.replace("{{ 1 // zero }}", "{{ 1 // }}"))
    assert (exc.value.problems[0].code, exc.value.problems[0].line) == ("template-syntax", 13)


_PIECES = ["[[", "]]", "|", "\n", " ", "a", "b.", "{{ x }}", "{{ x | upper }}", "{% if x %}"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30))
@example(["a", "[[", " ", "|", "\n", "]]", "\n", "\n", "b."])  # wordings of spaces only
def test_translation_keeps_every_line_in_place(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        translated = translate(text, FILE)
    except TemplateError:
        return
    assert translated.text.count("\n") == text.count("\n")
    # The text between groups comes through unchanged, on the same line.
    if not translated.sizes:
        assert translated.text == text


# -- the choice ------------------------------------------------------------------------------


def test_choice_is_fixed_by_the_seed() -> None:
    sizes = (3, 2, 5, 20)
    assert choose(None, sizes) == (0, 0, 0, 0)
    assert choose(7, sizes) == choose(7, list(sizes))
    # sha256 of "7:0", "7:1", ...: the same in every process and Python version. A change
    # here would change the letter of every saved draft.
    assert choose(7, sizes) == (2, 1, 0, 19)
    assert len({choose(seed, sizes) for seed in range(50)}) > 30


def test_same_seed_same_letter_none_is_the_first_wordings() -> None:
    body = "".join(f"[[ a{i} | b{i} | c{i} ]] " for i in range(8)) + "\n"
    letter = compile_body(body)
    first = letter.render({}, RECIPIENT, TODAY)
    assert first.body == " ".join(f"a{i}" for i in range(8)) + "\n"
    assert letter.render({}, RECIPIENT, TODAY, None) == first
    assert letter.render({}, RECIPIENT, TODAY, 42) == letter.render({}, RECIPIENT, TODAY, 42)
    bodies = {letter.render({}, RECIPIENT, TODAY, seed).body for seed in range(10)}
    assert len(bodies) == 10


def test_the_choice_name_cannot_be_a_field(make_campaign) -> None:
    field = f'[[fields]]\nkey = "{CHOICE_NAME}"\nrequired = false\nlabel = {{ en = "X" }}\n'
    problems = validate(make_campaign({"campaign.toml": MINIMAL_TOML + field}))
    assert [p.code for p in problems] == ["bad-field-key"]


def test_cached_templates_keep_their_groups() -> None:
    from composer.templates import codecache

    body = "[[ {{ name }} | {{ town }} ]]\n"
    first = compile_body(body)
    assert list(codecache.cache_dir().glob("*.bin"))
    second = compile_body(body)
    assert second.sizes == first.sizes == (2,)
    assert second.variables == first.variables == {"name", "town"}
    values = {"name": "Ana", "town": "Gent"}
    assert second.render(values, RECIPIENT, TODAY, wordings=(1,)).body == "Gent\n"


# -- validation ------------------------------------------------------------------------------


def test_validation_renders_every_wording(make_campaign) -> None:
    letter = MINIMAL_LETTER.replace(
        "Please act.", "[[ Please act.\n | Act now.\n | Act, {{ nickname }}.\n]]"
    )
    problems = validate(make_campaign({"letters/en.txt.j2": letter}))
    assert [(p.code, p.file) for p in problems] == [("template-undefined", FILE)]
    assert problems[0].line == letter.split("\n").index(" | Act, {{ nickname }}.") + 1


def test_validation_reports_a_broken_group(make_campaign) -> None:
    letter = MINIMAL_LETTER.replace("Please act.", "[[ Please act.")
    problems = validate(make_campaign({"letters/en.txt.j2": letter}))
    assert [(p.code, p.file, p.line) for p in problems] == [("variant-unclosed", FILE, 7)]
    assert str(problems[0]) == (
        f"{FILE}:7: the group of alternative wordings opened here with '[[' is never "
        "closed with ']]'"
    )


def test_a_field_used_only_in_one_wording_counts(make_campaign) -> None:
    fr = MINIMAL_LETTER.replace("{% if town %}, {{ town }}{% endif %}", "")
    fr = fr.replace("Please act.", "[[ Agissez. | Agissez, depuis {{ town }}. ]]")
    assert validate(make_campaign({"letters/fr.txt.j2": fr})) == []


# -- the built-in letter ---------------------------------------------------------------------

NEEDLES = (
    "Esenbek Ukteshbayev",
    "Ainur Kurmanov",
    "Zhanartu",
    "Convention against Torture",
    "non-refoulement",
    "freedom of association",
    "Article 164",
    "Articles 164, 241 and 170",
    "16 December 2011",
    "Zhanaozen",
    "27 November 2026",
)


def check_letter(subject: str, body: str, paragraphs: int) -> None:
    for text in (subject, body):
        for leftover in ("[[", "]]", "|", "{", "}", "  ", " \n", "\n "):
            assert leftover not in text, (leftover, text)
    assert "\n\n\n" not in body and not body.startswith("\n")
    assert subject.startswith("Esenbek Ukteshbayev and Ainur Kurmanov must")
    for needle in NEEDLES:
        assert needle in body, needle
    words = len(body.split("Yours faithfully")[0].split())
    assert 250 <= words <= 380, words
    assert len(body.split("\n\n")) == paragraphs
    for paragraph in body.split("\n\n")[2:-1]:
        assert paragraph[0].isupper() and paragraph.endswith("."), paragraph


def test_builtin_english_letter_varies_and_stays_whole() -> None:
    c = load_campaign(BUILTIN)
    values = {"name": "Ana Lima", "town": "Porto", "country": "Portugal"}
    canonical = c.render("fr", values, c.recipients[0], TODAY)
    paragraphs = len(canonical.body.split("\n\n"))
    letters = set()
    for seed in range(20):
        for r in c.recipients:
            letter = c.render("en", values, r, TODAY, seed)
            check_letter(letter.subject, letter.body, paragraphs)
        letters.add(c.render("en", values, c.recipients[0], TODAY, seed))
    assert len(letters) >= 10, len(letters)
    # Every wording at least once (what validation renders), with and without a note.
    sizes = c.letters["en"].sizes
    assert len(sizes) >= 6 and sum(1 for n in sizes if n > 2) >= 4
    for note in ("", "I am a nurse in Porto."):
        for n in range(max(sizes)):
            choice = tuple(min(n, size - 1) for size in sizes)
            letter = c.letters["en"].render(
                c.template_values({**values, "personal_note": note}),
                c.recipients[1].for_template("en"),
                TODAY,
                wordings=choice,
            )
            check_letter(letter.subject, letter.body, paragraphs + (1 if note else 0))


def test_builtin_first_wordings_are_the_letter_old_drafts_had() -> None:
    """None keeps the letter of drafts saved before alternatives existed."""
    c = load_campaign(BUILTIN)
    body = c.render("en", {"name": "Ana"}, c.recipients[0], TODAY).body
    assert "I am writing to express my deep concern for the safety of Esenbek" in body
    assert "I urge you to ensure that Esenbek Ukteshbayev" in body
    assert "Defending workers' rights is not a crime.\n\nI also call for the release" in body
    assert "Please be assured that I, like many others," in body


def test_builtin_personal_note_says_it_is_the_strongest_way() -> None:
    c = load_campaign(BUILTIN)
    note = c.field("personal_note")
    assert note is not None
    assert "strongest way to be heard" in note.placeholder["en"]
    assert set(note.placeholder) == set(c.appeal_languages)


# -- drafts ----------------------------------------------------------------------------------


def test_a_new_draft_has_its_own_seed_and_keeps_it(tmp_path: Path) -> None:
    c = load_campaign(BUILTIN)
    drafts = DraftStore(Store(tmp_path / "letters.db"))
    seeds = {Draft.new(c).variant_seed for _ in range(20)}
    assert None not in seeds and len(seeds) > 1
    draft = Draft.new(c)
    draft.values["name"] = "Ana"
    draft.variant_seed = 12345
    drafts.save(draft)
    again = DraftStore(Store(tmp_path / "letters.db")).load(c)
    assert again is not None and again.variant_seed == 12345
    mine = draft.letter_for(c, c.recipients[0], TODAY)
    assert again.letter_for(c, c.recipients[0], TODAY) == mine
    assert mine == c.render("en", draft.values, c.recipients[0], TODAY, 12345)


def test_a_draft_saved_before_alternatives_keeps_its_letter(tmp_path: Path) -> None:
    c = load_campaign(BUILTIN)
    store = Store(tmp_path / "letters.db")
    old = {  # a row as the previous version wrote it: no variant_seed
        "campaign_id": c.id,
        "letter_lang": "en",
        "values": {"name": "Ana"},
        "recipients": [r.email for r in c.recipients],
        "subject": None,
        "body": None,
        "edited_for": "",
    }
    with store.write() as db:
        db.execute(
            "INSERT INTO drafts (campaign_id, data, updated) VALUES (?, ?, ?)",
            (c.id, json.dumps(old), "2026-01-01T00:00:00+00:00"),
        )
    draft = DraftStore(store).load(c)
    assert draft is not None and draft.variant_seed is None
    letter = draft.letter_for(c, c.recipients[0], TODAY)
    assert letter == c.render("en", {"name": "Ana"}, c.recipients[0], TODAY)
    for bad in ("7", -1, True, 1.5):  # a damaged value: the first wordings, not a crash
        with store.write() as db:
            db.execute("UPDATE drafts SET data = ?", (json.dumps({**old, "variant_seed": bad}),))
        loaded = DraftStore(store).load(c)
        assert loaded is not None and loaded.variant_seed is None


def test_a_hand_edit_is_readdressed_in_the_drafts_wording() -> None:
    c = load_campaign(BUILTIN)
    draft = Draft.new(c)
    draft.values["name"] = "Ana"
    seed = next(s for s in range(100) if choose(s, c.letters["en"].sizes)[0] != 0)
    draft.variant_seed = seed
    shown = draft.letter_for(c, c.recipients[0], TODAY)
    draft.body = shown.body + "\nP.S. Thank you.\n"
    draft.edited_for = c.recipients[0].email
    other = draft.letter_for(c, c.recipients[1], TODAY)
    assert "Dear Sir or Madam," in other.body and "Your Excellency," not in other.body
    assert other.body.endswith("P.S. Thank you.\n")
    assert other.subject == shown.subject


def test_the_planned_messages_carry_the_drafts_wording() -> None:
    from composer.account.accounts import Account
    from composer.mail.sending import plan

    c = load_campaign(BUILTIN)
    account = Account("ana@example.org", "Ana", "127.0.0.1", 465, "tls", "ana@example.org")
    draft = Draft.new(c)
    draft.values["name"] = "Ana"
    for seed in (3, 4, None):
        draft.variant_seed = seed
        planned = plan(c, draft, account, today=TODAY)
        for p in planned:
            message = p.outgoing.message
            assert message is not None
            expected = c.render("en", draft.values, p.recipient, TODAY, seed)
            assert message.get_content() == expected.body
            assert " ".join(str(message["Subject"]).split()) == expected.subject


# -- found by review -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # The organiser's endif after the group would close the translation's own if.
        ("Hi.\n[[ {% if town %}From {{ town }}. | I write. ]]{% endif %} Act.", 2),
        ("{% if x %}[[ a | b {% else %} c ]]{% endif %}", 1),
        ("[[ a {% for i in l %} | {% endfor %} b ]]", 1),
        ("[[ one\n| {% set y %}two ]]{% endset %}", 2),
    ],
)
def test_a_block_tag_across_a_wordings_edge_is_refused(text: str, line: int) -> None:
    with pytest.raises(TemplateError) as exc:
        translate(text, FILE)
    problem = exc.value.problems[0]
    assert (problem.code, problem.line) == ("variant-crosses-block", line)


def test_whole_blocks_inside_wordings_and_groups_inside_blocks_are_fine() -> None:
    letter = compile_body(
        "[[ {% if town %}From {{ town }}.{% else %}From afar.{% endif %} | I write. ]]\n"
        "{% if town %}[[ Act. | Please act. ]]{% endif %}\n"
        "[[ {% set y %}Y{% endset %}{{ y }} | {% set z = 'Z' %}{{ z }} ]]\n"
    )
    out = letter.render({"town": "Gent"}, RECIPIENT, TODAY, wordings=(0, 1, 1)).body
    assert out == "From Gent.\nPlease act.\nZ\n"


def test_a_bare_carriage_return_beside_an_empty_wording_becomes_a_newline() -> None:
    letter = compile_body("One.\r[[ Two. | ]]\rThree.")
    for wordings in ((0,), (1,)):
        body = letter.render({}, RECIPIENT, TODAY, wordings=wordings).body
        assert "\r" not in body
