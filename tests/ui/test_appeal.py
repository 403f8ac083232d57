"""The appeal's headings, made one step quieter on the Markdown text itself: the same
picture as toning them down in the parsed document, for every kind of heading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QImage, QPainter

from ui.appeal_pane import AppealBrowser, _tone_down_headings, quieter_headings

SAMPLES = [
    "# Title\n\nText.\n\n## Section\n\nMore text.",
    "### Three\n\n#### Four\n\n##### Five\n\n###### Six\n\ntext",
    "   # indented three\n\ntext",
    "#hashtag is no heading\n\n####### seven is no heading",
    "## closed ##\n\ntext",
    "#\n\ntext",  # (an empty heading later on was left big by the document's tone-down)
    "```\n# not a heading\n```\n\n# a heading\n\n~~~~\n## nor this\n~~~\n~~~~\n",
    "- item\n\n  # inside a list\n",
    "text\n- - -\n\n```a`b\n# a heading: that was no fence\n",
    "Text with a # in it.\n# Heading right after text\nand text",
]


def picture(markdown: str, quieter: bool) -> QImage:
    browser = AppealBrowser()
    if quieter and (text := quieter_headings(markdown)) is not None:
        browser.setMarkdown(text)
    else:
        browser.setMarkdown(markdown)
        _tone_down_headings(browser)
    doc = browser.document()
    doc.setTextWidth(480)
    image = QImage(480, int(doc.size().height()) + 1, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    return image


@pytest.mark.parametrize("markdown", SAMPLES)
def test_quieter_headings_look_as_toned_down(qapp, markdown: str) -> None:
    assert quieter_headings(markdown) is not None  # all of these take the quick way
    assert picture(markdown, quieter=True) == picture(markdown, quieter=False)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("# A", "## B", "### C", "###### D", "text", "", "```", "~~~", "    # c"),
                *("> q", "- i", "- ```", "1. ```sh", "  ```", "  # x", "<div>", "</div>"),
                *("<!--", "-->", "<pre>"),
            ]
        ),
        max_size=12,
    )
)
def test_quieter_headings_any_mix(qapp, lines: list[str]) -> None:
    markdown = "\n".join(lines)
    assert picture(markdown, quieter=True) == picture(markdown, quieter=False)


@pytest.mark.parametrize(
    "markdown",
    [
        "Title\n=====\n\ntext",
        "Title\n---\n\ntext",
        "a\n  ==\n",
        "> # quoted",
        "- # in a list item",
        "1. # in a list item",
        "- item\n\n    # deeper in the item",
        "- item\n\n\t# deeper in the item",
        "    # indented code, or deeper in an item",
        "1. ```sh\n   # install\n   ```\n",
        '<div align="center">\n# Title\n</div>\n\ntext',
        "- item\n\n  ```\n  code\n\n# Next\n\ntext",
        "<!--\n```\n-->\n\n# Heading\n",
        "```\n# open to the end\n",
    ],
)
def test_texts_it_cannot_be_sure_of_are_left_to_the_document(markdown: str) -> None:
    # "Title\n---" is a heading, "\n---" a rule; headings in quotes and list items: the
    # document's own tone-down handles them.
    assert quieter_headings(markdown) is None


def test_built_in_appeals_take_the_quick_way() -> None:
    from ..conftest import BUILTIN

    for path in sorted((BUILTIN / "appeal").glob("*.md")):
        assert quieter_headings(path.read_text("utf-8")) is not None, path.name
