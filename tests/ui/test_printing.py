# SPDX-License-Identifier: GPL-3.0-or-later
"""Postal letters painted into real PDFs, read back with poppler: every word (Kazakh and
Russian too), one letter per page, fonts embedded, the paper of the country."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from composer.campaigns.campaign import load_campaign
from composer.data.drafts import Draft
from composer.delivery.postal import postal_letters
from ui.printing import letter_font, write_pdf

from ..conftest import MINIMAL_FILES, toml_with_offices

KAZAKH = "Қазақстан Республикасы, әділдік, ұйым, үкімет, өтініш"
DAY = dt.date(2026, 11, 27)

RU_LETTER = (
    """\
Subject: Письмо от {{ name }}: {{ recipient.name }}

{{ today }}

{{ recipient.salutation or "Уважаемые господа," }}

Прошу Вас немедленно освободить всех арестованных профсоюзных активистов & \
обеспечить их безопасность (статья 164 — «разжигание розни»).

{{ name }} пишет по-казахски: """
    + KAZAKH
    + """.
{% if note %}
{{ note }}
{% endif %}
С уважением,
{{ name }}{% if town %}, {{ town }}{% endif %}
"""
)


def ru_campaign(make_campaign, offices: int = 3) -> Path:
    toml = toml_with_offices(offices).replace(
        'original_language = "en"', 'original_language = "en"\nletter_language = "ru"'
    )
    # The first office has a postal address and a fax, as a campaign may give them.
    toml = toml.replace(
        'email = "o0@example.org"\n',
        'email = "o0@example.org"\n'
        'postal_address = """\nул. Примерная, 1\n010000 Астана\nҚазақстан"""\n'
        'fax = "+7 (7172) 00-00-00"\n',
    )
    return make_campaign(
        {
            "campaign.toml": toml,
            "letters/en.txt.j2": None,
            "letters/ru.txt.j2": RU_LETTER,
            "appeal/en.md": MINIMAL_FILES["appeal/en.md"],
        }
    )


def pdftext(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_holds_every_letter_whole_one_page_each(qapp, make_campaign, tmp_path: Path) -> None:
    campaign = load_campaign(ru_campaign(make_campaign))
    draft = Draft.new(campaign)
    draft.values.update(name="Айгүл Қасымова", town="Алматы", note="Әділдік үшін!")
    letters = postal_letters(campaign, draft, today=DAY)
    assert len(letters) == 3
    out = tmp_path / "letters.pdf"
    write_pdf(letters, out, "a4", title=letters[0].subject)

    info = pdfinfo(out)
    assert info["Pages"] == "3"  # short letters: one page per recipient
    assert "(A4)" in info["Page size"]
    assert info["Creator"] == "Letter Composer"
    for page, letter in enumerate(letters, start=1):
        text = pdftext(out, page)
        assert flat(text) == flat(letter.text)  # everything, in reading order, nothing else
        assert KAZAKH in flat(text)
        assert "«разжигание розни»" in text and "статья 164" in text
    first = flat(pdftext(out, 1))
    assert "ул. Примерная, 1 010000 Астана Қазақстан Факс: +7 (7172) 00-00-00" in first
    assert "27 ноября 2026 г." in first and "Office 0" in first
    assert "Office 1" in pdftext(out, 2) and "Office 2" in pdftext(out, 3)

    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in line for line in rows), fonts  # every font embedded


def test_long_letter_flows_on_and_the_next_starts_on_a_new_page(
    qapp, make_campaign, tmp_path: Path
) -> None:
    campaign = load_campaign(ru_campaign(make_campaign, offices=2))
    draft = Draft.new(campaign)
    words = " ".join(f"слово{i}" for i in range(900))
    draft.values.update(name="Ана", note=words)
    letters = postal_letters(campaign, draft, today=DAY)
    out = tmp_path / "long.pdf"
    write_pdf(letters, out, "letter")
    info = pdfinfo(out)
    assert "(letter)" in info["Page size"]
    pages = int(info["Pages"])
    assert pages >= 4 and pages % 2 == 0  # each letter on whole pages of its own
    half = pages // 2
    texts = [flat(pdftext(out, p)) for p in range(1, pages + 1)]
    assert texts[0].startswith("Ана Office 0") and texts[half].startswith("Ана Office 1")
    # Each page's foot: whose letter it is, and which page of how many.
    feet = [f" Ана — {i}/{half}" for i in range(1, half + 1)]
    assert all(t.endswith(foot) for t, foot in zip(texts, feet, strict=False))
    body = " ".join(t.removesuffix(foot) for t, foot in zip(texts, feet, strict=False))
    assert flat(body) == flat(letters[0].text)
    # The closing words go over with the name, never the name alone.
    assert "С уважением, Ана" in texts[half - 1]


def test_unwritable_folder_is_an_oserror_and_leaves_nothing(qapp, make_campaign, tmp_path) -> None:
    campaign = load_campaign(ru_campaign(make_campaign, offices=1))
    draft = Draft.new(campaign)
    draft.values["name"] = "Ана"
    letters = postal_letters(campaign, draft, today=DAY)
    with pytest.raises(OSError):
        write_pdf(letters, tmp_path / "no-such-folder" / "x.pdf")
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"old")
    write_pdf(letters, target)
    assert target.read_bytes().startswith(b"%PDF") and [p.name for p in tmp_path.iterdir()] == [
        "campaign0",
        "kept.pdf",
    ]


def test_font_has_every_letter(qapp) -> None:
    from PySide6.QtGui import QRawFont

    font = letter_font("Ана " + KAZAKH + " Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі")
    raw = QRawFont.fromFont(font)
    assert all(raw.supportsCharacter(ord(ch)) for ch in KAZAKH + "ӘәҒғҚқҢңӨөҰұҮүҺһІі" if ch.strip())
    assert font.pointSizeF() == 11
