# SPDX-License-Identifier: GPL-3.0-or-later
"""Painting postal letters onto paper: one renderer for the printer and for PDF files.

Imports only QtGui (no widgets, no print support), so the command line's `pdf` can use it
with a bare QGuiApplication.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QRawFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from composer.delivery.postal import PostalLetter, paper_for_country

MARGIN_MM = 25.0
BODY_PT = 11.0
SMALL_PT = 8.0
# Serif faces that carry Cyrillic with the Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І): Noto and
# DejaVu on Linux, PT Serif on macOS, Times New Roman on Windows. The first installed one
# that has every character of the letter is used, so no word is set in two fonts. DejaVu's
# condensed cut is near Times in width: the built-in letter then fits on one page.
FAMILIES = (
    "Noto Serif",
    "PT Serif",
    "Times New Roman",
    "Liberation Serif",
    "DejaVu Serif Condensed",
    "DejaVu Serif",
)
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
LINE = "\u2028"  # a line break inside one block: the lines of an address stay together


def system_paper() -> str:
    """'letter' or 'a4', from the territory of the system's locale: the paper of PDF files
    (printing uses the printer's own)."""
    return paper_for_country(QLocale.territoryToCode(QLocale.system().territory()))


def page_layout(paper: str) -> QPageLayout:
    """A PDF file's pages: 'a4' or 'letter', portrait, the letter's margins."""
    return printer_layout(QPageSize(PAGE_SIZES[paper]))


def printer_layout(size: QPageSize) -> QPageLayout:
    """The letter's margins, portrait, on the paper given: for a printer, the paper it
    reports as its default (what it is set up with, which the locale does not know)."""
    return QPageLayout(
        size,
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def letter_font(text: str, points: float = BODY_PT) -> QFont:
    """The first of FAMILIES that is installed and has every character of `text`."""
    needed = {ord(ch) for ch in text if not ch.isspace()}
    installed = [f for f in FAMILIES if QFontDatabase.hasFamily(f)]
    for family in installed:
        raw = QRawFont.fromFont(QFont(family))
        if all(raw.supportsCharacter(code) for code in needed):
            return _font(family, points)
    # None has them all: Qt finds the missing letters in other fonts.
    return _font(installed[0] if installed else "", points)


def _font(family: str, points: float) -> QFont:
    font = QFont(family) if family else QFont()
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(points)
    # No ligatures: text copied out of the PDF (or read by a screen reader) would hold
    # "ﬀ" and "ﬁ" instead of the letters, and a search for "office" would miss it.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


class _Writer:
    """Builds one letter's QTextDocument, block by block (no HTML: the text stays text)."""

    def __init__(self, device: QPagedPaintDevice, font: QFont) -> None:
        self.per_mm = _layout_units_per_mm(device)
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)  # fonts measured for the paper
        self.doc.setDocumentMargin(0)
        self.doc.setDefaultFont(font)
        self.doc.setUndoRedoEnabled(False)
        self.cursor = QTextCursor(self.doc)
        self.first = True

    def mm(self, value: float) -> float:
        return value * self.per_mm

    def block(
        self,
        text: str,
        space_before_mm: float = 0.0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        bold: bool = False,
    ) -> None:
        fmt = QTextBlockFormat()
        fmt.setAlignment(align)
        fmt.setTopMargin(self.mm(space_before_mm))
        char = QTextCharFormat()
        if bold:
            char.setFontWeight(QFont.Weight.Bold)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)
        self.cursor.insertText(text, char)


def _layout_units_per_mm(device: QPagedPaintDevice) -> float:
    """Block margins are in layout units that Qt scales by the device's resolution over
    the screen's (qt_defaultDpi, not public): measure the scale instead of guessing it."""
    tops = []
    for margin in (0.0, 100.0):
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDocumentMargin(0)
        cursor = QTextCursor(doc)
        cursor.insertText("x")
        fmt = QTextBlockFormat()
        fmt.setTopMargin(margin)
        cursor.insertBlock(fmt)
        cursor.insertText("x")
        tops.append(doc.documentLayout().blockBoundingRect(doc.lastBlock()).top())
    scale = (tops[1] - tops[0]) / 100.0 or 1.0  # device pixels per layout unit
    return device.resolution() / 25.4 / scale


def _document(
    letter: PostalLetter, device: QPagedPaintDevice, font: QFont
) -> tuple[QTextDocument, int]:
    """The letter's document, and the number of its signature block (-1: none)."""
    w = _Writer(device, font)
    right = Qt.AlignmentFlag.AlignRight
    if letter.sender:
        w.block(letter.sender[0], align=right, bold=True)
        if letter.sender[1:]:
            w.block(LINE.join(letter.sender[1:]), align=right)
    # The recipient's block sits where a window envelope shows it (about 45 mm from the
    # top of the sheet with the 25 mm margin).
    w.block(LINE.join(letter.recipient), space_before_mm=8 if letter.sender else 0)
    w.block(letter.date, space_before_mm=6, align=right)
    w.block(letter.subject, space_before_mm=6, bold=True)
    for i, line in enumerate(letter.body.split("\n")):
        w.block(line, space_before_mm=5 if i == 0 else 0)
    signature = -1
    if letter.signature:
        w.block(letter.signature, space_before_mm=15)  # room to sign by hand
        signature = w.doc.blockCount() - 1
    if letter.after_signature:
        w.block(LINE.join(letter.after_signature))
    return w.doc, signature


def _keep_closing_with_signature(doc: QTextDocument, signature: int, height: float) -> None:
    """A name alone at the top of a page looks lost: the closing words go over with it."""
    if signature < 0:
        return
    layout = doc.documentLayout()
    block = doc.findBlockByNumber(signature)
    closing = block.previous()
    while closing.isValid() and not closing.text().strip():
        closing = closing.previous()
    if not closing.isValid() or closing.blockNumber() == 0:
        return
    page = int(layout.blockBoundingRect(block).bottom() // height)
    if int(layout.blockBoundingRect(closing).top() // height) < page:
        fmt = closing.blockFormat()
        fmt.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(closing).setBlockFormat(fmt)


def render(letters: Sequence[PostalLetter], device: QPagedPaintDevice) -> None:
    """Paint every letter on `device` (a QPdfWriter or a QPrinter, its page layout set):
    each starts on a new page; a long one flows on, numbered at the foot."""
    if not letters:
        return
    rect = device.pageLayout().paintRectPixels(device.resolution())
    width, height = float(rect.width()), float(rect.height())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("the printer or file cannot be written")
    try:
        first_page = True
        for letter in letters:
            font = letter_font(letter.text)
            doc, signature = _document(letter, device, font)
            doc.setPageSize(QSizeF(width, height))
            _keep_closing_with_signature(doc, signature, height)
            pages = doc.pageCount()
            for page in range(pages):
                if not first_page and not device.newPage():
                    raise OSError("a new page could not be started")
                first_page = False
                _paint_page(painter, doc, page, height)
                if pages > 1:  # whose letter a loose page belongs to, and where it goes
                    foot = f"{page + 1}/{pages}"
                    if letter.signature:
                        foot = f"{letter.signature} — {foot}"
                    _page_number(painter, font, foot, width, height, device)
    finally:
        painter.end()


def _paint_page(painter: QPainter, doc: QTextDocument, page: int, height: float) -> None:
    """Draw the lines the layout put on this page, and only those: the layout's own
    drawing paints neighbouring lines too, hidden by a clip but still in the PDF's text
    (copied, searched and read aloud twice)."""
    painter.save()
    painter.setPen(Qt.GlobalColor.black)  # black on white whatever the screen's colours
    top = page * height
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            y = origin.y() + line.y()
            # The layout moves a line that would cross the page's foot to the next page.
            if top <= y + line.height() / 2 < top + height:
                line.draw(painter, QPointF(origin.x(), origin.y() - top))
        block = block.next()
    painter.restore()


def _page_number(
    painter: QPainter,
    font: QFont,
    text: str,
    width: float,
    height: float,
    device: QPagedPaintDevice,
) -> None:
    small = QFont(font)
    small.setPointSizeF(SMALL_PT)
    painter.save()
    painter.setFont(QFont(small, device))  # sized for the paper, not the screen
    painter.setPen(Qt.GlobalColor.black)
    below = 8 * device.resolution() / 25.4  # in the bottom margin
    painter.drawText(
        QRectF(0, height + below, width, below * 2),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
        text,
    )
    painter.restore()


def write_pdf(
    letters: Sequence[PostalLetter], path: Path, paper: str = "a4", title: str = ""
) -> None:
    """Write the letters to a PDF at `path`, replacing it only once it is complete.

    OSError (with the reason) when the folder cannot be written.
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    # Made here first so a folder that cannot be written is an OSError with its reason
    # (QPdfWriter would only fail to start painting); also gives the user's usual mode.
    with open(tmp, "wb"):
        pass
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageLayout(page_layout(paper))
        writer.setResolution(600)
        writer.setCreator("Letter Composer")
        writer.setTitle(title)
        render(letters, writer)
        del writer  # the file is complete once the writer is gone
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
