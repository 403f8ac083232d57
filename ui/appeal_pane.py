# SPDX-License-Identifier: GPL-3.0-or-later
"""The appeal, rendered from Markdown, with a language selector and translation status."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from composer.campaigns.campaign import Campaign
from composer.campaigns.languages import native_name

from .colours import TONES

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # built when a link is first clicked, not at start-up


class AppealBrowser(QTextBrowser):
    """Shows campaign Markdown and loads nothing: no remote images, no local files.

    By keyboard: Tab goes from the appeal to each of its links in turn (Enter opens the
    focused one), and from the last link on to the next control of the window; Shift+Tab
    the other way. Qt's own browser wraps from the last link back to the first, a trap
    for whoever has only a keyboard. When focused, a frame in the highlight colour says so.
    """

    FOCUS_STYLE = "QTextBrowser:focus { border: 2px solid palette(highlight); }"

    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet(self.FOCUS_STYLE)

    def focusNextPrevChild(self, next: bool) -> bool:
        before = self._anchor_at()
        moved = super().focusNextPrevChild(next)
        if not (moved and self.hasFocus()) or before is None:
            return moved
        after = self._anchor_at()
        if after is None or (after <= before if next else after >= before):
            # Wrapped around: leave the appeal instead, its text cursor back at the top.
            self.setTextCursor(QTextCursor(self.document()))
            return QWidget.focusNextPrevChild(self, next)
        return moved

    def _anchor_at(self) -> int | None:
        cursor = self.textCursor()
        return cursor.selectionStart() if cursor.hasSelection() else None

    def loadResource(self, type: int, name: QUrl) -> object:
        # A bundle must not make the app read local files or touch the network.
        return None


class AppealPane(QWidget):
    """Left pane: what the campaign asks, in the reader's language."""

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign: Campaign | None = None

        self.language = QComboBox()
        self.language.setObjectName("appealLanguage")
        self.language.currentIndexChanged.connect(self._on_language)
        self.language_label = language_label = QLabel()
        language_label.setBuddy(self.language)

        self.status = QLabel()
        self.status.setObjectName("translationStatus")
        self.status.setWordWrap(True)
        background, border, ink = TONES["warning"]
        self.status.setStyleSheet(
            f"QLabel {{ background: {background}; color: {ink}; border: 1px solid {border};"
            " border-radius: 4px; padding: 6px; }"
        )
        self.show_original = QPushButton()
        self.show_original.setObjectName("showOriginal")
        self.show_original.clicked.connect(self._to_original)

        self.browser = AppealBrowser()
        self.browser.setObjectName("appealText")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._open_link)
        self.browser.document().setDocumentMargin(14)
        reading = self.browser.font()
        reading.setPointSizeF(reading.pointSizeF() * 1.08)
        self.browser.setFont(reading)

        top = QHBoxLayout()
        top.addWidget(language_label)
        top.addWidget(self.language, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.show_original)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addLayout(top)
        layout.addLayout(status_row)
        layout.addWidget(self.browser, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.language_label.setText(self.tr("A&ppeal in:"))
        self.show_original.setText(self.tr("Show the original"))
        self.browser.setAccessibleName(self.tr("Appeal"))  # no label beside it says so
        if self.campaign is not None:
            current = self.current_language()
            self.set_campaign(self.campaign, current)

    def set_campaign(self, campaign: Campaign, lang: str) -> None:
        self.campaign = campaign
        self.language.blockSignals(True)
        self.language.clear()
        for code in campaign.appeal_languages:
            status = campaign.status(code)
            name = native_name(code)
            if status == "original":
                text = self.tr("%1 (original)").replace("%1", name)
            elif status == "draft":
                text = self.tr("%1 (draft translation)").replace("%1", name)
            else:
                text = name
            self.language.addItem(text, code)
        self.language.blockSignals(False)
        self.show_language(lang if lang in campaign.appeals else campaign.original_language)

    def current_language(self) -> str:
        return str(self.language.currentData() or "")

    def show_language(self, lang: str) -> None:
        index = self.language.findData(lang)
        if index < 0:
            return
        if index != self.language.currentIndex():
            self.language.setCurrentIndex(index)  # emits, which shows the text
        else:
            self._show(lang)

    def _on_language(self, index: int) -> None:
        lang = str(self.language.itemData(index) or "")
        if lang:
            self._show(lang)
            self.language_changed.emit(lang)

    def _show(self, lang: str) -> None:
        campaign = self.campaign
        if campaign is None:
            return
        self.browser.setMarkdown(campaign.appeals[lang])
        _tone_down_headings(self.browser)
        draft = campaign.status(lang) == "draft"
        self.status.setVisible(draft)
        self.show_original.setVisible(draft)
        if draft:
            self.status.setText(
                self.tr("Draft translation: the original (%1) is authoritative.").replace(
                    "%1", native_name(campaign.original_language)
                )
            )

    def _to_original(self) -> None:
        if self.campaign is not None:
            self.show_language(self.campaign.original_language)

    def _open_link(self, url: QUrl) -> None:
        # Only on the user's click, and only web or mail links.
        if url.scheme() in ("http", "https", "mailto"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)


def _tone_down_headings(browser: QTextBrowser) -> None:
    """Markdown's default heading sizes shout in a narrow pane: one step smaller each."""
    block = browser.document().begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            fmt = QTextCharFormat()
            # Qt's size steps: 3 xx-large, 2 x-large, 1 large, 0 medium.
            fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, {1: 2, 2: 1}.get(level, 0))
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            cursor.mergeCharFormat(fmt)
        block = block.next()
