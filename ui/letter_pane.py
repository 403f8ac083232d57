# SPDX-License-Identifier: GPL-3.0-or-later
"""Right pane: the supporter's details, the recipients, and the letter that follows them."""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from composer.campaigns.campaign import Campaign, Field, Recipient
from composer.campaigns.languages import capitalised, language_name, nearest
from composer.data.drafts import Draft, new_seed
from composer.problems import ComposerError

from .colours import missing_style, problem_style, quiet_style
from .i18n import problem_text

MAX_VISIBLE_RECIPIENTS = 4


def plain(text: str) -> str:
    """Campaign text for a widget that reads '&' as a shortcut marker."""
    return text.replace("&", "&&")


def _mnemonic(text: str) -> str | None:
    """The character after a single '&' (Qt's shortcut marker), lower-cased."""
    stripped = text.replace("&&", "")
    i = stripped.find("&")
    return stripped[i + 1].lower() if 0 <= i < len(stripped) - 1 else None


def _letter_choices(text: str, taken: set[str]) -> list[tuple[int, str]]:
    """Where a shortcut could go in `text`, best first: its words' initials, then its
    other letters and digits; each character once, none that is `taken`."""
    initials = [
        i for i, c in enumerate(text) if c.isalnum() and (i == 0 or not text[i - 1].isalnum())
    ]
    others = [i for i, c in enumerate(text) if c.isalnum() and i not in initials]
    seen = set(taken)
    choices = []
    for i in initials + others:
        if text[i].lower() not in seen:
            seen.add(text[i].lower())
            choices.append((i, text[i].lower()))
    return choices


def _match_letters(choices: dict[str, list[tuple[int, str]]]) -> dict[str, int]:
    """A shortcut character for as many keys as can have one, no two alike (Kuhn's
    augmenting paths): a key takes its best free choice, or one a key before it can
    give up for another. Returns each matched key's index into its text."""
    owner: dict[str, str] = {}  # character -> key
    index: dict[str, int] = {}

    def place(key: str, visited: set[str]) -> bool:
        for i, c in choices[key]:
            if c in visited:
                continue
            visited.add(c)
            if c not in owner or place(owner[c], visited):
                owner[c] = key
                index[key] = i
                return True
        return False

    for key in choices:
        place(key, set())
    return index


class FormArea(QScrollArea):
    """The details and recipients: as tall as they are where there is room, scrolling
    (down to a row of fields) where there is not; never narrower than the form."""

    MIN_ROWS = 3  # lines of text kept in view when the screen is short

    def __init__(self, form: QWidget) -> None:
        super().__init__()
        self.setObjectName("formArea")
        self.setWidget(form)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self.budget: int | None = None  # the height the pane can spare; None: all it needs

    def sizeHint(self) -> QSize:
        hint = self.widget().sizeHint()
        height = hint.height() if self.budget is None else min(hint.height(), self.budget)
        height = max(height, self.minimumSizeHint().height())
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        width = self.widget().minimumSizeHint().width()
        width += self.verticalScrollBar().sizeHint().width()
        height = self.fontMetrics().lineSpacing() * self.MIN_ROWS + 24
        return QSize(width, min(height, self.widget().sizeHint().height()))


class LetterTabs(QTabWidget):
    """The letter's tabs ask for no more than their minimum: the room left over is
    theirs anyway (they stretch), and the form above gets what it needs first."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class _WholeLabel(QLabel):
    """A word-wrapped note never squeezed below the lines it needs at its width (a
    layout short of room would cut it to one line: what "What it says" explains)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def _fit(self) -> None:
        need = self.heightForWidth(self.width()) if self.wordWrap() else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


class LetterPane(QWidget):
    """Edits one Draft. The body follows the fields until the user edits it by hand."""

    changed = Signal()
    edited_changed = Signal(bool)  # the letter started or stopped being hand-edited
    wordings_changed = Signal(bool)  # the letter has (or no longer has) alternative wordings
    send_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign: Campaign | None = None
        self.draft: Draft | None = None
        self.ui_lang = "en"
        self.today = dt.date.today()
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self._filling = False  # True while the program, not the user, sets the editors
        self._touched: set[str] = set()  # fields the user has typed in: only those get hints
        self._was_edited = False
        self._had_wordings = False

        self.details = QGroupBox()
        self.details_grid = QGridLayout()
        self.details_hint = QLabel()
        self.details_hint.setObjectName("detailsHint")
        self.details_hint.setStyleSheet(problem_style())
        self.details_hint.setWordWrap(True)
        self.details_hint.hide()
        self.required_note = QLabel()
        self.required_note.setStyleSheet(quiet_style())
        details_layout = QVBoxLayout(self.details)
        details_layout.addLayout(self.details_grid)
        hint_row = QHBoxLayout()
        hint_row.addWidget(self.details_hint, 1)
        hint_row.addWidget(self.required_note, 0, Qt.AlignmentFlag.AlignRight)
        details_layout.addLayout(hint_row)

        self.recipients_box = QGroupBox()
        self.recipient_list = QListWidget()
        self.recipient_list.setObjectName("recipients")
        self.recipient_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recipient_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.recipient_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipient_list.itemChanged.connect(self._on_recipients)
        self.recipients_hint = QLabel()
        self.recipients_hint.setObjectName("recipientsHint")
        self.recipients_hint.setStyleSheet(problem_style())
        self.recipients_hint.hide()
        recipients_layout = QVBoxLayout(self.recipients_box)
        recipients_layout.addWidget(self.recipient_list)
        recipients_layout.addWidget(self.recipients_hint)

        self.letter_box = QGroupBox()
        self.letter_lang = QComboBox()
        self.letter_lang.setObjectName("letterLanguage")
        self.letter_lang.activated.connect(self._on_letter_language)
        self.preview_for = QComboBox()
        self.preview_for.setObjectName("previewFor")
        self.preview_for.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.preview_for.setMinimumContentsLength(16)
        self.preview_for.activated.connect(self._on_preview_for)
        self.preview_label = QLabel()
        self.preview_label.setBuddy(self.preview_for)
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.textEdited.connect(self._on_subject_edited)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._on_body_changed)
        body_font = QFont(self.body.font())
        body_font.setPointSizeF(body_font.pointSizeF() * 1.05)
        self.body.setFont(body_font)

        self.sync_note = QLabel()
        self.sync_note.setObjectName("syncNote")
        self.sync_note.setWordWrap(True)
        self.wording_button = QPushButton()
        self.wording_button.setObjectName("otherWording")
        self.wording_button.clicked.connect(self.other_wording)
        self.wording_button.hide()  # shown when the campaign's letter offers alternatives
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetToTemplate")
        self.reset_button.clicked.connect(self.ask_reset)
        self.send_button = QPushButton()
        self.send_button.setObjectName("send")
        self.send_button.clicked.connect(self.send_requested)
        # The other ways to deliver; the window gives it their menu.
        self.more_button = QPushButton()
        self.more_button.setObjectName("moreWays")

        self.lang_label = lang_label = QLabel()
        lang_label.setBuddy(self.letter_lang)
        self.subject_label = subject_label = QLabel()
        subject_label.setBuddy(self.subject)
        row = QHBoxLayout()
        row.addWidget(lang_label)
        row.addWidget(self.letter_lang)
        row.addSpacing(16)
        row.addWidget(self.preview_label)
        row.addWidget(self.preview_for, 1)
        subject_row = QFormLayout()
        subject_row.addRow(subject_label, self.subject)
        # The Send row: the note beside the buttons, or above them where the pane is too
        # narrow for both (the note would be a column of single words).
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.wording_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.send_button)
        self.send_row_buttons = QWidget()
        self.send_row_buttons.setLayout(buttons)
        self.note_row = note_row = QGridLayout()
        note_row.setColumnStretch(0, 1)
        note_row.addWidget(self.sync_note, 0, 0)
        note_row.addWidget(self.send_row_buttons, 0, 1)

        letter_layout = QVBoxLayout(self.letter_box)
        letter_layout.addLayout(row)
        letter_layout.addLayout(subject_row)
        # The letter as sent, and beside it what it says in the reader's own language.
        self.parallel = QPlainTextEdit()
        self.parallel.setObjectName("parallelLetter")
        self.parallel.setReadOnly(True)
        self.parallel.setFont(body_font)
        self.parallel_note = _WholeLabel()
        self.parallel_note.setObjectName("parallelNote")
        self.parallel_note.setWordWrap(True)
        self.parallel_note.setStyleSheet(quiet_style())
        parallel_page = QWidget()
        parallel_layout = QVBoxLayout(parallel_page)
        parallel_layout.setContentsMargins(0, 0, 0, 0)
        parallel_layout.addWidget(self.parallel_note)
        parallel_layout.addWidget(self.parallel, 1)
        self.letter_tabs = LetterTabs()
        self.letter_tabs.setObjectName("letterTabs")
        self.letter_tabs.setDocumentMode(True)
        # The bar takes the focus itself, in its place in the Tab order (_set_tab_order),
        # and only when it is shown. A tab widget hands its focus on to its bar even when
        # the bar is hidden: Tab landed on nothing there, and stayed (a keyboard trap).
        self.letter_tabs.setFocusProxy(None)
        self.letter_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.letter_tabs.addTab(self.body, "")
        self.letter_tabs.addTab(parallel_page, "")
        self.letter_tabs.currentChanged.connect(lambda _i: self._update_parallel())
        # A few lines of the letter always show; above that, the form gets room first.
        self.letter_tabs.setMinimumHeight(self.body.fontMetrics().lineSpacing() * 5 + 16)
        letter_layout.addWidget(self.letter_tabs, 1)
        letter_layout.addLayout(note_row)

        # The details and the recipients scroll where the screen is short of room (a
        # netbook, large text): the letter and its Send row below always stay in view.
        form = QWidget()
        form.setObjectName("form")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.details)
        form_layout.addWidget(self.recipients_box)
        self.form_area = FormArea(form)
        QApplication.instance().focusChanged.connect(self._follow_focus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.form_area)
        layout.addWidget(self.letter_box, 1)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_send_row()
        # The form as tall as it is, unless the letter would keep fewer than eight
        # lines: then the form scrolls (down to its minimum) and the letter keeps them.
        letter = self.letter_box.sizeHint().height()
        letter += self.body.fontMetrics().lineSpacing() * 3
        room = self.height() - letter - 24
        if room != self.form_area.budget:
            self.form_area.budget = room
            self.form_area.updateGeometry()

    def _arrange_send_row(self) -> None:
        room = self.width() - self.send_row_buttons.sizeHint().width()
        beside = room >= self.fontMetrics().averageCharWidth() * 36
        if beside == (self.note_row.itemAtPosition(0, 1) is not None):
            return
        self.note_row.removeWidget(self.sync_note)
        self.note_row.removeWidget(self.send_row_buttons)
        if beside:
            self.note_row.addWidget(self.sync_note, 0, 0)
            self.note_row.addWidget(self.send_row_buttons, 0, 1)
        else:
            self.note_row.addWidget(self.sync_note, 0, 0, 1, 2)
            self.note_row.addWidget(self.send_row_buttons, 1, 1)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Tab scrolls a scroll area by itself; a field reached by its Alt shortcut or
        # by "put the cursor in the first missing field" must be scrolled to as well.
        if new is not None and self.form_area.widget().isAncestorOf(new):
            self.form_area.ensureWidgetVisible(new, 0, 8)

    def retranslate(self) -> None:
        """Every text of the pane in the current UI language (also on a live switch)."""
        self.details.setTitle(self.tr("Your details"))
        self.required_note.setText(self.tr("* required"))
        self.recipients_box.setTitle(self.tr("Se&nd to"))
        self.letter_box.setTitle(self.tr("Your letter"))
        self.preview_label.setText(self.tr("As sent t&o:"))
        self.wording_button.setText(self.tr("Other word&ing"))
        self.wording_button.setToolTip(
            self.tr(
                "Use another combination of the alternative wordings the campaign offers, so "
                "your letter is not the same as everyone else's; what it asks for stays the "
                "same (Ctrl+Shift+W)"
            )
        )
        self.reset_button.setText(self.tr("&Reset to template"))
        self.reset_button.setToolTip(
            self.tr("Replace your edits with the campaign's letter, filled with your details")
        )
        self.send_button.setText(self.tr("&Send…"))
        self.send_button.setToolTip(self.tr("Send the letter from your mail account (Ctrl+Return)"))
        self.more_button.setText(self.tr("&More Ways"))
        self.more_button.setToolTip(
            self.tr(
                "Open the letter in your mail app or webmail, copy it, print it or save it as "
                "a PDF for the post"
            )
        )
        self.lang_label.setText(self.tr("&Letter in:"))
        # A screen reader says these on arrival: no label beside them says it.
        self.body.setAccessibleName(self.tr("Letter"))
        self.parallel.setAccessibleName(self.tr("What it says"))
        self._update_parallel()
        self.subject_label.setText(self.tr("S&ubject:"))
        if self.campaign is not None:
            self._name_letter_languages()
            self._update_sync_note()
            self._update_hint()

    # -- building the form for a campaign -------------------------------------------------

    def set_campaign(self, campaign: Campaign, draft: Draft | None = None) -> None:
        self.campaign = campaign
        self.draft = draft or Draft.new(campaign)
        self._filling = True
        try:
            self._build_fields(campaign)
            self._build_recipients(campaign)
            self.letter_lang.clear()
            for code in campaign.letter_languages:
                self.letter_lang.addItem(capitalised(self._name(code)), code)
            self._name_letter_languages()
            index = self.letter_lang.findData(self.draft.letter_lang)
            self.letter_lang.setCurrentIndex(max(0, index))
        finally:
            self._filling = False
        self._refresh_preview_for()
        self._set_tab_order()
        self.refresh()
        self.assign_field_shortcuts()

    def _name(self, code: str) -> str:
        """A language's name in the reader's language (never its own: "на языке English")."""
        return language_name(code, self.ui_lang)

    def _name_letter_languages(self) -> None:
        for i in range(self.letter_lang.count()):
            self.letter_lang.setItemText(
                i, capitalised(self._name(str(self.letter_lang.itemData(i))))
            )
        if self.campaign is not None:
            self.letter_lang.setToolTip(
                self.tr("The campaign's recipients read: %1").replace(
                    "%1", self._name(self.campaign.letter_language)
                )
            )

    def set_ui_language(self, lang: str) -> None:
        """Labels and hints of campaign fields follow the reader's language."""
        self.ui_lang = lang
        self._name_letter_languages()
        # The combo keeps the width of its first names: measured again for the new ones.
        combo, policy = self.letter_lang, self.letter_lang.sizeAdjustPolicy()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setSizeAdjustPolicy(policy)
        self._update_parallel()
        if self.campaign is None:
            return
        for f in self.campaign.fields:
            if f.key in self.labels:
                self.editors[f.key].setPlaceholderText(self._placeholder(f))
        self.assign_field_shortcuts()
        self._update_hint()

    def _label_text(self, f: Field, mnemonic: int = -1) -> str:
        """The field's label, '&' before its character at `mnemonic` (-1: none)."""
        assert self.campaign is not None
        text = self.campaign.label(f, self.ui_lang)
        if 0 <= mnemonic < len(text):
            label = plain(text[:mnemonic]) + "&" + plain(text[mnemonic:])
        else:
            label = plain(text)
        return f"{label} *" if f.required else label

    def assign_field_shortcuts(self) -> None:
        """Give each detail field an Alt shortcut. Its label is the campaign's, in any
        language, so the letter is chosen here among those nothing else in the window
        (menus, buttons, labels, group titles) uses: as many fields as possible get one
        (a matching, so an early field never takes the only letter a later one has), each
        preferring its words' initials, then its other letters, in reading order."""
        if self.campaign is None:
            return
        own = set(self.labels.values())
        taken = {c for c in (_mnemonic(t) for t in self._window_texts(own)) if c}
        fields = [f for f in self.campaign.fields if f.key in self.labels]
        texts = {f.key: self.campaign.label(f, self.ui_lang) for f in fields}
        chosen = _match_letters({key: _letter_choices(text, taken) for key, text in texts.items()})
        for f in fields:
            index = chosen.get(f.key, -1)
            self.labels[f.key].setText(self._label_text(f, index))

    def _window_texts(self, own: set[QLabel]) -> list[str]:
        from PySide6.QtWidgets import QAbstractButton, QMainWindow

        window = self.window()
        texts: list[str] = []
        if isinstance(window, QMainWindow):
            texts += [a.text() for a in window.menuBar().actions()]
        for button in window.findChildren(QAbstractButton):
            if button.window() is window:
                texts.append(button.text())
        for label in window.findChildren(QLabel):
            if label.window() is window and label.buddy() is not None and label not in own:
                texts.append(label.text())
        for box in window.findChildren(QGroupBox):
            if box.window() is window:
                texts.append(box.title())
        return texts

    def _placeholder(self, f: Field) -> str:
        assert self.campaign is not None
        langs = (self.ui_lang, "en", self.campaign.original_language)
        return next((f.placeholder[x] for x in langs if f.placeholder.get(x)), "")

    def _build_fields(self, campaign: Campaign) -> None:
        while self.details_grid.count():
            item = self.details_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.editors.clear()
        self.labels.clear()
        self._touched.clear()
        assert self.draft is not None
        singles = [f for f in campaign.fields if not f.multiline]
        multis = [f for f in campaign.fields if f.multiline]
        row = 0
        # Short fields two to a row (label above editor) so the letter keeps most height.
        for i, f in enumerate(singles):
            r, col = divmod(i, 2)
            edit = QLineEdit(self.draft.values.get(f.key, ""))
            edit.setObjectName(f"field_{f.key}")
            edit.setMaxLength(f.max_length)
            edit.textChanged.connect(lambda text, key=f.key: self._on_field(key, text))
            self._add_field(f, edit, r * 2, col, 1)
            row = r * 2 + 2
        for f in multis:
            note = QPlainTextEdit(self.draft.values.get(f.key, ""))
            note.setObjectName(f"field_{f.key}")
            note.setTabChangesFocus(True)
            note.setFixedHeight(note.fontMetrics().lineSpacing() * 3 + 14)
            note.textChanged.connect(lambda key=f.key, w=note: self._on_field(key, w.toPlainText()))
            self._add_field(f, note, row, 0, 2)
            row += 2
        self.details_grid.setColumnStretch(0, 1)
        self.details_grid.setColumnStretch(1, 1)

    def _add_field(
        self, f: Field, editor: QLineEdit | QPlainTextEdit, row: int, col: int, span: int
    ) -> None:
        label = QLabel(self._label_text(f))
        label.setBuddy(editor)
        editor.setPlaceholderText(self._placeholder(f))
        self.details_grid.addWidget(label, row, col, 1, span)
        self.details_grid.addWidget(editor, row + 1, col, 1, span)
        self.editors[f.key] = editor
        self.labels[f.key] = label

    def _build_recipients(self, campaign: Campaign) -> None:
        assert self.draft is not None
        self.recipient_list.blockSignals(True)
        self.recipient_list.clear()
        for r in campaign.recipients:
            text = f"{r.name} <{r.email}>"
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, r.email)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = r.email in self.draft.recipients
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.recipient_list.addItem(item)
        self.recipient_list.blockSignals(False)
        # As tall as its rows, up to a few; more scroll, so the letter keeps its room.
        rows = min(len(campaign.recipients), MAX_VISIBLE_RECIPIENTS)
        height = self.recipient_list.sizeHintForRow(0) * rows if rows else 0
        self.recipient_list.setFixedHeight(height + 2 * self.recipient_list.frameWidth() + 2)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            *self.editors.values(),
            self.recipient_list,
            self.letter_lang,
            self.preview_for,
            self.subject,
            # The letter's tabs (when it has two), the letter, and what it says (by
            # creation the tabs would come last of all, after the appeal).
            self.letter_tabs.tabBar(),
            self.body,
            self.parallel,
            self.wording_button,
            self.reset_button,
            self.more_button,
            self.send_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- recipients -----------------------------------------------------------------------

    def set_recipient_checked(self, index: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.recipient_list.item(index).setCheckState(state)

    def recipient_texts(self) -> list[str]:
        return [self.recipient_list.item(i).text() for i in range(self.recipient_list.count())]

    def _checked_emails(self) -> list[str]:
        out = []
        for i in range(self.recipient_list.count()):
            item = self.recipient_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    # -- reacting to the user -------------------------------------------------------------

    def _on_field(self, key: str, text: str) -> None:
        if self._filling or self.draft is None:
            return
        self.draft.values[key] = text
        self._touched.add(key)
        self.refresh()
        self.changed.emit()

    def _on_recipients(self) -> None:
        if self.draft is None:
            return
        self.draft.recipients = self._checked_emails()
        self._refresh_preview_for()
        self.refresh()
        self.changed.emit()

    def _on_letter_language(self, index: int) -> None:
        assert self.draft is not None
        lang = str(self.letter_lang.itemData(index))
        if lang == self.draft.letter_lang:
            return
        if self.draft.hand_edited and not self._confirm_discard(
            self.tr(
                "Switching the language replaces your edited letter with the campaign's "
                "letter in %1."
            ).replace("%1", self._name(lang))
        ):
            self.letter_lang.setCurrentIndex(self.letter_lang.findData(self.draft.letter_lang))
            return
        self.draft.letter_lang = lang
        self.draft.reset_to_template()
        self.refresh()
        self.changed.emit()

    def _on_preview_for(self, _index: int) -> None:
        self.refresh()

    def _on_subject_edited(self, text: str) -> None:
        if self._filling or self.draft is None:
            return
        self._mark_edited()
        self.draft.subject = text
        self._follow_again_if_unchanged()
        self.changed.emit()

    def _on_body_changed(self) -> None:
        if self._filling or self.draft is None:
            return
        self._mark_edited()
        self.draft.body = self.body.toPlainText()
        self._follow_again_if_unchanged()
        self.changed.emit()

    def _mark_edited(self) -> None:
        assert self.draft is not None
        recipient = self.previewed()
        # Both parts as shown, for the recipient shown: from now on the user's words rule.
        self.draft.subject = self.subject.text()
        self.draft.body = self.body.toPlainText()
        self.draft.edited_for = recipient.email if recipient else ""

    def _follow_again_if_unchanged(self) -> None:
        """An edit undone back to the template's text means: follow the details again."""
        campaign, draft, recipient = self.campaign, self.draft, self.previewed()
        if campaign is None or draft is None or recipient is None:
            return
        try:
            template = campaign.render(
                draft.letter_lang, draft.values, recipient, self.today, draft.variant_seed
            )
        except ComposerError:
            return
        if (draft.subject, draft.body) == (template.subject, template.body):
            draft.reset_to_template()
        self._update_sync_note()

    def ask_reset(self) -> None:
        if self.draft is None or not self.draft.hand_edited:
            return
        if self._confirm_discard(
            self.tr(
                "Your changes to the letter will be replaced by the campaign's letter, "
                "filled with your details."
            )
        ):
            self.reset_to_template()

    def reset_to_template(self) -> None:
        if self.draft is None:
            return
        self.draft.reset_to_template()
        self.refresh()
        self.changed.emit()

    def wording_sizes(self) -> tuple[int, ...]:
        """How many wordings each group of the letter's template offers (empty: none)."""
        if self.campaign is None or self.draft is None:
            return ()
        letter = self.campaign.letters.get(self.draft.letter_lang)
        return letter.sizes if letter is not None else ()

    def other_wording(self) -> None:
        """Give the draft another combination of the template's alternative wordings."""
        from composer.templates.variants import choose

        draft, sizes = self.draft, self.wording_sizes()
        if draft is None or not sizes:
            return
        if draft.hand_edited and not self._confirm_discard(
            self.tr(
                "Your changes to the letter will be replaced by the campaign's letter in "
                "other wordings, filled with your details."
            )
        ):
            return
        current = choose(draft.variant_seed, sizes)
        seed = new_seed()
        # A new seed can pick the very same wordings; the user asked to see a change.
        for _ in range(100):
            if choose(seed, sizes) != current:
                break
            seed = new_seed()
        draft.variant_seed = seed
        draft.reset_to_template()
        self.refresh()
        self.changed.emit()  # saved with the draft, like any change

    def _confirm_discard(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Replace your edits?"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        replace = box.addButton(self.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is replace

    # -- showing the letter ---------------------------------------------------------------

    def previewed(self) -> Recipient | None:
        if self.campaign is None:
            return None
        email = self.preview_for.currentData()
        for r in self.campaign.recipients:
            if r.email == email:
                return r
        return self.campaign.recipients[0] if self.campaign.recipients else None

    def _refresh_preview_for(self) -> None:
        if self.campaign is None or self.draft is None:
            return
        current = self.preview_for.currentData()
        chosen = self.draft.chosen(self.campaign)
        shown = chosen or self.campaign.recipients[:1]
        self.preview_for.blockSignals(True)
        self.preview_for.clear()
        for r in shown:
            self.preview_for.addItem(r.name, r.email)
            self.preview_for.setItemData(
                self.preview_for.count() - 1, f"{r.name} <{r.email}>", Qt.ItemDataRole.ToolTipRole
            )
        index = self.preview_for.findData(current)
        self.preview_for.setCurrentIndex(index if index >= 0 else 0)
        self.preview_for.blockSignals(False)
        self.preview_for.setEnabled(len(chosen) > 1)

    def refresh(self) -> None:
        """Show the letter for the previewed recipient; never change the user's words."""
        campaign, draft, recipient = self.campaign, self.draft, self.previewed()
        if campaign is None or draft is None or recipient is None:
            return
        self._update_wording_button()
        try:
            letter = draft.letter_for(campaign, recipient, self.today)
        except ComposerError as exc:
            self.sync_note.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        self._filling = True
        try:
            if self.subject.text() != letter.subject:
                self.subject.setText(letter.subject)
                self.subject.setCursorPosition(0)
            self._replace_body(letter.body)
        finally:
            self._filling = False
        self._update_sync_note()
        self._update_hint()
        self._update_parallel()

    def _update_wording_button(self) -> None:
        has = any(size > 1 for size in self.wording_sizes())
        self.wording_button.setVisible(has)
        if has != self._had_wordings:
            self._had_wordings = has
            self.wordings_changed.emit(has)

    def _replace_body(self, text: str) -> None:
        """Change only what differs, so the view, the cursor and the user's place stay put."""
        old = self.body.toPlainText()
        if old == text:
            return
        if not old and not self.body.document().isUndoAvailable():
            # The first fill: nothing to keep, no history to lose; the cursor at the top.
            self.body.setPlainText(text)
            return
        from PySide6.QtGui import QTextCursor

        start = 0
        limit = min(len(old), len(text))
        while start < limit and old[start] == text[start]:
            start += 1
        end = 0
        while end < limit - start and old[-1 - end] == text[-1 - end]:
            end += 1
        document = self.body.document()
        # A template refill is not an edit of the user's: keep it out of their undo history.
        document.setUndoRedoEnabled(False)
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(len(old) - end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text[start : len(text) - end])
        document.setUndoRedoEnabled(True)

    def _update_parallel(self) -> None:
        """Fill the 'what it says' tab: the campaign's own letter in the reader's language,
        with the same details, when the letter goes out in another language."""
        self._fill_parallel()
        # A lone tab says nothing: show the tab bar only when there is a second tab.
        self.letter_tabs.tabBar().setVisible(self.letter_tabs.isTabVisible(1))

    def _fill_parallel(self) -> None:
        campaign, draft, recipient = self.campaign, self.draft, self.previewed()
        if campaign is None or draft is None or recipient is None:
            self.letter_tabs.setTabVisible(1, False)
            return
        letter_name = self._name(draft.letter_lang)
        self.letter_tabs.setTabText(0, self.tr("Letter (%1)").replace("%1", letter_name))
        reader = self.ui_lang
        if reader == draft.letter_lang:
            self.letter_tabs.setTabVisible(1, False)
            return
        # The reader's own version, else the nearest one they can read (never an empty box).
        shown = nearest(reader, list(campaign.letters), campaign.original_language)
        self.letter_tabs.setTabVisible(1, True)
        self.letter_tabs.setTabText(
            1, self.tr("What it says (%1)").replace("%1", self._name(shown or reader))
        )
        if self.letter_tabs.currentIndex() != 1:
            return  # rendered when looked at: typing stays fast
        if shown is None:  # a campaign has a letter: only if it had none at all
            self.parallel_note.setText(
                self.tr(
                    "The campaign has no %1 version of the letter. The appeal on the left "
                    "says what the letter asks for."
                ).replace("%1", self._name(reader))
            )
            self.parallel.clear()
            return
        try:
            letter = campaign.render(shown, draft.values, recipient, self.today, draft.variant_seed)
        except ComposerError as exc:
            self.parallel_note.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        if shown == reader:
            note = (
                self.tr(
                    "Your letter goes out in %1, the language the recipients read. This is "
                    "the campaign's %2 version of the same letter with your details, so you "
                    "know what you sign; it is not sent."
                )
                .replace("%1", letter_name)
                .replace("%2", self._name(reader))
            )
        else:
            note = (
                self.tr(
                    "The campaign has no version of this letter in %1. Here is the nearest "
                    "one it has, in %2, with your details, so you know what you sign; your "
                    "letter goes out in %3 and this is not sent."
                )
                .replace("%1", self._name(reader))
                .replace("%2", self._name(shown))
                .replace("%3", letter_name)
            )
        if draft.hand_edited:
            note += " " + self.tr("Your own changes to the letter are not shown here.")
        self.parallel_note.setText(note)
        text = f"{letter.subject}\n\n{letter.body}"
        if self.parallel.toPlainText() != text:
            self.parallel.setPlainText(text)

    def _update_sync_note(self) -> None:
        edited = bool(self.draft and self.draft.hand_edited)
        self.reset_button.setEnabled(edited)
        if edited:
            self.sync_note.setText(
                self.tr(
                    "You have edited the letter. Changes to your details no longer update "
                    "it; the greeting is adapted for each recipient."
                )
            )
        else:
            self.sync_note.setText(self.tr("The letter follows your details as you type."))
        if edited != self._was_edited:
            self._was_edited = edited
            self.edited_changed.emit(edited)

    def _update_hint(self) -> None:
        if self.campaign is None or self.draft is None:
            return
        # A required field is marked with * from the start; it turns red only once the
        # user has been in it, so a new letter does not open full of errors.
        values = {k: v for k, v in self.draft.values.items() if k in self._touched}
        problems = [
            p
            for p in self.campaign.check_values(values, self.ui_lang)
            if p.code != "required-field" or self._field_for_label(p) in self._touched
        ]
        texts = [problem_text(p) for p in problems]
        self.details_hint.setText("  ".join(texts))
        self.details_hint.setVisible(bool(texts))
        no_recipient = not self.draft.recipients
        self.recipients_hint.setText(self.tr("Choose at least one recipient."))
        self.recipients_hint.setVisible(no_recipient)
        for key, editor in self.editors.items():
            f = self.campaign.field(key)
            missing = bool(
                f
                and f.required
                and key in self._touched
                and not self.draft.values.get(key, "").strip()
            )
            style = missing_style() if missing else ""
            if editor.styleSheet() != style:
                editor.setStyleSheet(style)

    def _field_for_label(self, problem: object) -> str:
        assert self.campaign is not None
        label = getattr(problem, "args", {}).get("label")
        return next(
            (f.key for f in self.campaign.fields if self.campaign.label(f, self.ui_lang) == label),
            "",
        )

    def missing_required(self) -> list[str]:
        """Keys of required fields still empty (for Send, which must not go without them)."""
        if self.campaign is None or self.draft is None:
            return []
        return [
            f.key
            for f in self.campaign.fields
            if f.required and not self.draft.values.get(f.key, "").strip()
        ]

    def show_missing(self) -> None:
        """Mark every empty required field and put the cursor in the first."""
        self._touched.update(self.missing_required())
        self._update_hint()
        missing = self.missing_required()
        if missing:
            self.editors[missing[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def has_unsent_work(self) -> bool:
        """True when closing or replacing the draft would lose something the user typed."""
        if self.campaign is None or self.draft is None:
            return False
        defaults = {f.key: f.default for f in self.campaign.fields}
        typed = any(v.strip() and v != defaults.get(k, "") for k, v in self.draft.values.items())
        return typed or self.draft.hand_edited

    def focus_first_field(self) -> None:
        for editor in self.editors.values():
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
