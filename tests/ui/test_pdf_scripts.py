# SPDX-License-Identifier: GPL-3.0-or-later
"""Kazakh and Russian letters survive into a PDF: glyphs drawn from embedded fonts, and the
text extractable again (what issue 8's printing and Save as PDF build on)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from composer.campaigns.campaign import load_campaign

from ..conftest import BUILTIN

KAZAKH = "Әділет, ғылым, қоғам, әңгіме, өмір, ұлт, үміт, һәм, ілім — Жаңаөзен"


def test_cyrillic_and_kazakh_letters_in_a_pdf(qapp, tmp_path: Path) -> None:
    c = load_campaign(BUILTIN)
    letter = c.render(
        "ru",
        {"name": "Айгүл Қасымова", "town": "Алматы", "personal_note": KAZAKH},
        c.recipients[0],
        dt.date(2026, 11, 27),
    )
    document = QTextDocument()
    document.setPlainText(letter.body)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "letter.pdf"
    printer.setOutputFileName(str(out))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
        )
    )
    document.setPageSize(QSizeF(printer.pageRect(QPrinter.Unit.Point).size()))
    document.print_(printer)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(out), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    flat = " ".join(text.split())
    assert KAZAKH in flat
    assert "Айгүл Қасымова" in flat and "Ваше Превосходительство" in flat
    fonts = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    rows = [line for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all(" yes " in line for line in rows), fonts  # every font embedded
