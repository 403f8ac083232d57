# SPDX-License-Identifier: GPL-3.0-or-later
"""The appeal's headings, one step quieter than Markdown's default sizes: every kind of
heading looks as the same text with each heading one level down (the fourth level, the
body's size, is the smallest)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from ui.appeal_pane import AppealBrowser, _tone_down_headings

CASES = [
    (
        "# Title\n\nText.\n\n## Section\n\nMore text.",
        "## Title\n\nText.\n\n### Section\n\nMore text.",
    ),
    (
        "### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\ntext",
        "#### Three\n\n#### Four\n\n#### Five\n\n#### Six\n\ntext",
    ),
    ("   # indented three\n\ntext", "   ## indented three\n\ntext"),
    ("## closed ##\n\ntext", "### closed ###\n\ntext"),
    ("Title\n=====\n\ntext", "## Title\n\ntext"),
    ("Title\n---\n\ntext", "### Title\n\ntext"),
    ("> # quoted\n", "> ## quoted\n"),
    ("- # in a list item\n", "- ## in a list item\n"),
    ("```\n# not a heading\n```\n\n# a heading\n", "```\n# not a heading\n```\n\n## a heading\n"),
    ("#hashtag is no heading\n", "#hashtag is no heading\n"),
]


def picture(markdown: str, toned_down: bool) -> QImage:
    browser = AppealBrowser()
    browser.setMarkdown(markdown)
    if toned_down:
        _tone_down_headings(browser)
    doc = browser.document()
    doc.setTextWidth(480)
    image = QImage(480, int(doc.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    return image


@pytest.mark.parametrize(("markdown", "one_level_down"), CASES)
def test_headings_are_one_step_quieter(qapp, markdown: str, one_level_down: str) -> None:
    assert picture(markdown, toned_down=True) == picture(one_level_down, toned_down=False)


def test_toning_down_changes_the_headings_only(qapp) -> None:
    markdown = "# Title\n\nText."
    assert picture(markdown, toned_down=True) != picture(markdown, toned_down=False)
    plain = "Text with *emphasis*.\n\n- an item\n"
    assert picture(plain, toned_down=True) == picture(plain, toned_down=False)
