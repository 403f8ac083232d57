# SPDX-License-Identifier: GPL-3.0-or-later
"""Letters on paper: recipients' postal addresses and fax numbers in the campaign, the
postal letter's blocks, and the paper size of each country."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.campaigns.campaign import (
    POSTAL_ADDRESS_LINES,
    POSTAL_ADDRESS_MAX,
    load_campaign,
    validate,
)
from composer.data.drafts import Draft
from composer.delivery.postal import (
    country_of_locale,
    default_paper,
    paper_for_country,
    postal_letter,
    postal_letters,
)
from composer.templates.dates import letter_date

from ..conftest import BUILTIN, MINIMAL_TOML

FIRST = '[[recipients]]\nname = "First Office"\nemail = "first@example.org"\n'
DAY = dt.date(2026, 11, 27)
TOO_MANY_LINES = "\\n".join("l" * (POSTAL_ADDRESS_LINES + 1))  # as TOML escapes


def with_first(extra: str) -> str:
    toml = MINIMAL_TOML.replace(FIRST, FIRST + extra, 1)
    assert toml != MINIMAL_TOML
    return toml


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def test_postal_address_and_fax_are_read(make_campaign) -> None:
    toml = with_first(
        'postal_address = """\nRue de la Loi 1  \n1000 Bruxelles\nBelgique\n"""\n'
        'fax = "+32 (0)2 123.45-67"\n'
    )
    c = load_campaign(make_campaign({"campaign.toml": toml}))
    first, second = c.recipients
    assert first.postal_address == "Rue de la Loi 1\n1000 Bruxelles\nBelgique"
    assert first.fax == "+32 (0)2 123.45-67"
    assert second.postal_address == "" and second.fax == ""


@pytest.mark.parametrize(
    ("extra", "code"),
    [
        ('postal_address = "Rue 1\\tBis\\n1000 Bruxelles"\n', "postal-address-control"),
        ('postal_address = "Rue 1\\u0000\\n1000"\n', "postal-address-control"),
        ('postal_address = "Rue 1\\u001b[31m"\n', "postal-address-control"),
        (f'postal_address = "{"x" * (POSTAL_ADDRESS_MAX + 1)}"\n', "postal-address-too-long"),
        (f'postal_address = "{TOO_MANY_LINES}"\n', "postal-address-too-long"),
        ("postal_address = 12\n", "wrong-type"),
        ('fax = "call me"\n', "bad-fax"),
        ('fax = "+32 2 123 45 67 ext. 5"\n', "bad-fax"),
        ('fax = "---"\n', "bad-fax"),
        ('fax = "+32\\n2"\n', "bad-fax"),
        ("fax = 3212345\n", "wrong-type"),
    ],
)
def test_bad_postal_address_or_fax_has_its_line(make_campaign, extra: str, code: str) -> None:
    toml = with_first(extra)
    problems = validate(make_campaign({"campaign.toml": toml}))
    assert [(p.code, p.file, p.line) for p in problems] == [
        (code, "campaign.toml", line_of(toml, extra.split(" ")[0] + " ="))
    ]
    assert problems[0].text  # formats as a sentence


def test_multiline_postal_address_problem_points_at_its_first_line(make_campaign) -> None:
    toml = with_first('postal_address = """\nRue 1\n\\u007f\n"""\n')
    problems = validate(make_campaign({"campaign.toml": toml}))
    assert [(p.code, p.line) for p in problems] == [
        ("postal-address-control", line_of(toml, "postal_address"))
    ]


def test_builtin_campaign_gives_no_invented_addresses() -> None:
    # The seed appeal names e-mail addresses only: no postal address may be made up.
    c = load_campaign(BUILTIN)
    assert all(r.postal_address == "" and r.fax == "" for r in c.recipients)


@pytest.mark.parametrize(
    ("code", "paper"),
    [
        ("US", "letter"),
        ("ca", "letter"),
        ("MX", "letter"),
        ("PH", "letter"),
        ("CL", "letter"),
        ("CO", "letter"),
        ("BE", "a4"),
        ("KZ", "a4"),
        ("GB", "a4"),
        ("", "a4"),
        (None, "a4"),
    ],
)
def test_paper_by_country(code: str | None, paper: str) -> None:
    assert paper_for_country(code) == paper


def test_paper_from_the_locale() -> None:
    assert country_of_locale("en_US.UTF-8") == "US"
    assert country_of_locale("kk_KZ.UTF-8@latin") == "KZ"
    assert country_of_locale("C.UTF-8") is None and country_of_locale("POSIX") is None
    assert default_paper({"LANG": "es_MX.UTF-8"}) == "letter"
    assert default_paper({"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}) == "a4"
    assert default_paper({"LC_ALL": "en_CA.UTF-8", "LC_PAPER": "de_DE.UTF-8"}) == "letter"
    assert default_paper({}) == "a4"


def test_postal_letter_blocks(make_campaign) -> None:
    toml = with_first('postal_address = "Rue de la Loi 1\\n1000 Bruxelles"\nfax = "+32 2 1"\n')
    c = load_campaign(make_campaign({"campaign.toml": toml}))
    draft = Draft.new(c)
    draft.values.update(name="Ana Lima", town="Gent", note="My own words.")
    first, second = postal_letters(c, draft, today=DAY)
    assert first.sender == ("Ana Lima", "Gent")  # the test campaign has no country field
    assert first.recipient == ("First Office", "Rue de la Loi 1", "1000 Bruxelles", "Fax: +32 2 1")
    assert second.recipient == ("Second Office",)
    assert first.date == "27 November 2026"
    assert first.subject == "Letter from Ana Lima"
    # The date and the name have their own places on paper: not twice.
    assert first.body.startswith("Dear First,") and DAY.strftime("%Y") not in first.body
    assert first.body.endswith("My own words.")
    assert first.signature == "Ana Lima, Gent" and first.after_signature == ()
    assert second.body.startswith("Dear Second Office,")


def test_postal_letter_of_the_builtin_campaign_in_russian() -> None:
    c = load_campaign(BUILTIN)
    draft = Draft.new(c, "ru")
    draft.values.update(name="Айгүл Қасымова", town="Алматы", country="Қазақстан")
    letter = postal_letter(c, draft, c.recipients[1], DAY)
    assert letter.sender == ("Айгүл Қасымова", "Алматы, Қазақстан")
    assert letter.date == letter_date(DAY, "ru") == "27 ноября 2026\u00a0г."
    assert letter.body.startswith("Уважаемые господа,")
    assert letter.body.rstrip().endswith("С уважением,")
    assert letter.signature == "Айгүл Қасымова"
    assert letter.after_signature == ()  # town and country are in the sender's block
    assert "Айгүл Қасымова" in letter.text and letter.subject in letter.text


def test_hand_edited_letter_keeps_the_users_words_on_paper(make_campaign) -> None:
    c = load_campaign(make_campaign())
    draft = Draft.new(c)
    draft.values["name"] = "Ana"
    rendered = draft.letter_for(c, c.recipients[0], DAY)
    draft.subject = "My subject"
    draft.body = "Dear First,\n\nMy words.\n\nRegards,\nAna\nP.S. One more thing."
    draft.edited_for = c.recipients[0].email
    letter = postal_letter(c, draft, c.recipients[0], DAY)
    assert rendered.subject != letter.subject == "My subject"
    assert letter.body == "Dear First,\n\nMy words.\n\nRegards,"
    assert letter.signature == "Ana" and letter.after_signature == ("P.S. One more thing.",)
