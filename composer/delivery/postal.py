# SPDX-License-Identifier: GPL-3.0-or-later
"""The letter on paper: sender, date, recipient's address, subject, body and signature,
one letter per recipient; and the paper size a country uses. No drawing here (ui/printing.py
paints it)."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from composer.campaigns.campaign import Campaign, Recipient
from composer.data.drafts import Draft
from composer.templates.dates import letter_date

# Countries whose paper is US Letter (CLDR's paperSize data); everywhere else uses A4.
LETTER_COUNTRIES = frozenset(
    ("BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE")
)
PAPERS = ("a4", "letter")
# "Fax" is understood in every language the app speaks; Cyrillic letters write it so.
_FAX_LABEL = {"ru": "Факс", "kk": "Факс", "uk": "Факс", "be": "Факс", "bg": "Факс"}


def paper_for_country(code: str | None) -> str:
    """'letter' for the Americas' Letter countries and the Philippines, else 'a4'."""
    return "letter" if (code or "").upper() in LETTER_COUNTRIES else "a4"


def country_of_locale(name: str) -> str | None:
    """The territory of a POSIX locale name: en_US.UTF-8 -> US; C, POSIX or none -> None."""
    base = name.split(".")[0].split("@")[0]
    _, sep, territory = base.partition("_")
    return territory.upper() if sep and territory.isalpha() else None


def default_paper(environ: Mapping[str, str] = os.environ) -> str:
    """The paper of the user's locale, read as POSIX does (LC_ALL, then LC_PAPER, LANG)."""
    for var in ("LC_ALL", "LC_PAPER", "LANG"):
        value = environ.get(var)
        if value:
            return paper_for_country(country_of_locale(value))
    return "a4"


@dataclass(frozen=True)
class PostalLetter:
    """One recipient's letter as blocks of text, top to bottom."""

    lang: str
    sender: tuple[str, ...]  # the supporter's name, organisation, town and country
    date: str  # written the way the letter's language writes dates
    recipient: tuple[str, ...]  # name, then the postal address and fax, when known
    subject: str
    body: str  # from the greeting to the closing words ("Yours faithfully,")
    signature: str  # the sender's name, under the room left to sign by hand
    after_signature: tuple[str, ...] = ()  # lines the letter puts under the name

    @property
    def text(self) -> str:
        """Everything on the page, in reading order (what a PDF's text should hold)."""
        parts = [
            "\n".join(self.sender),
            "\n".join(self.recipient),
            self.date,
            self.subject,
            self.body,
            "\n".join((self.signature, *self.after_signature)),
        ]
        return "\n\n".join(p for p in parts if p)


def letters_to_json(letters: Sequence[PostalLetter]) -> str:
    """The letters as JSON: how the command line hands them to the PDF writer (ui/), a
    process of its own, so that the core never loads Qt."""
    return json.dumps([asdict(letter) for letter in letters], ensure_ascii=False)


def letters_from_json(text: str) -> list[PostalLetter]:
    items = json.loads(text)
    tuples = ("sender", "recipient", "after_signature")
    return [
        PostalLetter(**{k: tuple(v) if k in tuples else v for k, v in item.items()})
        for item in items
    ]


def _clean(value: str) -> str:
    return " ".join(value.split())


def _signs(line: str, name: str) -> bool:
    """Is this the line where the letter is signed: the name, alone or followed by more
    ("Ana Lima, Gent")?"""
    line = line.strip()
    if not name or not line.startswith(name):
        return False
    rest = line[len(name) :]
    return not rest or not rest[0].isalnum()


def postal_letter(
    campaign: Campaign, draft: Draft, recipient: Recipient, today: dt.date | None = None
) -> PostalLetter:
    """The letter this recipient gets, laid out for paper.

    The letter's own text may begin with the date and end with the sender's name (as an
    e-mail does); on paper those have their own places, so they are taken out of the body
    instead of appearing twice.
    """
    today = today or dt.date.today()
    letter = draft.letter_for(campaign, recipient, today)
    values = campaign.template_values(draft.values)
    name = _clean(values.get("name", ""))
    organisation = _clean(values.get("organisation", ""))
    town, country = _clean(values.get("town", "")), _clean(values.get("country", ""))
    place = ", ".join(x for x in (town, country) if x)
    sender = tuple(x for x in (name, organisation, place) if x)
    date = letter_date(today, draft.letter_lang)

    lines = letter.body.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and lines[0].strip() == date:
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    after: list[str] = []
    signature = name
    found = next((i for i in range(len(lines) - 1, -1, -1) if _signs(lines[i], name)), None)
    if found is not None:
        signature = lines[found].strip()
        # What follows the name (organisation, town) stays, unless the sender block has it.
        after = [x.strip() for x in lines[found + 1 :] if x.strip() and x.strip() not in sender]
        lines = lines[:found]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()

    block = [recipient.name, *recipient.postal_address.splitlines()]
    if recipient.fax:
        base = draft.letter_lang.split("-")[0]
        block.append(f"{_FAX_LABEL.get(base, 'Fax')}: {recipient.fax}")
    return PostalLetter(
        lang=draft.letter_lang,
        sender=sender,
        date=date,
        recipient=tuple(block),
        subject=letter.subject,
        body="\n".join(lines),
        signature=signature,
        after_signature=tuple(after),
    )


def postal_letters(
    campaign: Campaign,
    draft: Draft,
    recipients: Sequence[Recipient] | None = None,
    today: dt.date | None = None,
) -> list[PostalLetter]:
    """One letter per recipient (the draft's chosen ones by default), each built before
    anything is drawn, so a bad value stops everything first."""
    chosen = draft.chosen(campaign) if recipients is None else list(recipients)
    return [postal_letter(campaign, draft, r, today) for r in chosen]
