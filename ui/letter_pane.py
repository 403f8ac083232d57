"""Right pane: the supporter's details, the recipients, and the letter that follows them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from composer.campaign import Campaign, Field, Recipient
from composer.drafts import Draft
from composer.languages import native_name
from composer.problems import ComposerError

from .i18n import problem_text


class LetterPane(QWidget):
    """Edits one Draft. The body follows the fields until the user edits it by hand."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign: Campaign | None = None
        self.draft: Draft | None = None
        self.ui_lang = "en"
        self.today = dt.date.today()
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.checks: list[tuple[QCheckBox, Recipient]] = []
        self._filling = False  # True while the program, not the user, sets the editors
        self._touched: set[str] = set()  # fields the user has typed in: only those get hints

        self.details = QGroupBox(self.tr("Your details"))
        self.details_grid = QGridLayout(self.details)
        self.details_hint = QLabel()
        self.details_hint.setObjectName("detailsHint")
        self.details_hint.setStyleSheet("color: #8a1c1c;")
        self.details_hint.setWordWrap(True)

        self.recipients_box = QGroupBox(self.tr("Send to"))
        self.recipients_layout = QVBoxLayout(self.recipients_box)

        self.letter_box = QGroupBox(self.tr("Your letter"))
        self.letter_lang = QComboBox()
        self.letter_lang.setObjectName("letterLanguage")
        self.letter_lang.activated.connect(self._on_letter_language)
        self.preview_for = QComboBox()
        self.preview_for.setObjectName("previewFor")
        self.preview_for.activated.connect(self._on_preview_for)
        self.preview_label = QLabel(self.tr("As sent &to:"))
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
        self.reset_button = QPushButton(self.tr("&Reset to template"))
        self.reset_button.setObjectName("resetToTemplate")
        self.reset_button.setToolTip(
            self.tr("Replace your edits with the campaign's letter, filled with your details")
        )
        self.reset_button.clicked.connect(self.ask_reset)

        lang_label = QLabel(self.tr("&Letter in:"))
        lang_label.setBuddy(self.letter_lang)
        subject_label = QLabel(self.tr("S&ubject:"))
        subject_label.setBuddy(self.subject)
        row = QHBoxLayout()
        row.addWidget(lang_label)
        row.addWidget(self.letter_lang)
        row.addSpacing(16)
        row.addWidget(self.preview_label)
        row.addWidget(self.preview_for, 1)
        subject_row = QFormLayout()
        subject_row.addRow(subject_label, self.subject)
        note_row = QHBoxLayout()
        note_row.addWidget(self.sync_note, 1)
        note_row.addWidget(self.reset_button)

        letter_layout = QVBoxLayout(self.letter_box)
        letter_layout.addLayout(row)
        letter_layout.addLayout(subject_row)
        letter_layout.addWidget(self.body, 1)
        letter_layout.addLayout(note_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 8, 8)
        layout.addWidget(self.details)
        layout.addWidget(self.recipients_box)
        layout.addWidget(self.letter_box, 1)

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
                suffix = (
                    self.tr(" (read by the recipients)") if code == campaign.letter_language else ""
                )
                self.letter_lang.addItem(native_name(code) + suffix, code)
            self.letter_lang.setCurrentIndex(
                max(0, self.letter_lang.findData(self.draft.letter_lang))
            )
        finally:
            self._filling = False
        self._refresh_preview_for()
        self.refresh()

    def set_ui_language(self, lang: str) -> None:
        """Labels of campaign fields follow the reader's language."""
        self.ui_lang = lang
        if self.campaign is not None:
            for i in range(self.details_grid.count()):
                item = self.details_grid.itemAt(i)
                widget = item.widget() if item else None
                key = widget.property("fieldKey") if isinstance(widget, QLabel) else None
                f = self.campaign.field(str(key)) if key else None
                if f is not None and isinstance(widget, QLabel):
                    widget.setText(self._label_text(f))
            self._update_hint()

    def _label_text(self, f: Field) -> str:
        assert self.campaign is not None
        label = self.campaign.label(f, self.ui_lang)
        return f"{label} *" if f.required else label

    def _build_fields(self, campaign: Campaign) -> None:
        while self.details_grid.count():
            item = self.details_grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        self.editors.clear()
        self._touched.clear()
        assert self.draft is not None
        singles = [f for f in campaign.fields if not f.multiline]
        multis = [f for f in campaign.fields if f.multiline]
        row = 0
        # Short fields two to a row (label above editor) so the letter keeps most height.
        for i, f in enumerate(singles):
            r, col = divmod(i, 2)
            label = QLabel(self._label_text(f))
            label.setProperty("fieldKey", f.key)
            edit = QLineEdit(self.draft.values.get(f.key, ""))
            edit.setObjectName(f"field_{f.key}")
            edit.setMaxLength(f.max_length)
            placeholder = f.placeholder.get(self.ui_lang) or f.placeholder.get("en", "")
            edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(lambda text, key=f.key: self._on_field(key, text))
            label.setBuddy(edit)
            self.details_grid.addWidget(label, r * 2, col)
            self.details_grid.addWidget(edit, r * 2 + 1, col)
            self.editors[f.key] = edit
            row = r * 2 + 2
        for f in multis:
            label = QLabel(self._label_text(f))
            label.setProperty("fieldKey", f.key)
            note = QPlainTextEdit(self.draft.values.get(f.key, ""))
            note.setObjectName(f"field_{f.key}")
            note.setTabChangesFocus(True)
            note.setPlaceholderText(f.placeholder.get(self.ui_lang) or f.placeholder.get("en", ""))
            note.setFixedHeight(note.fontMetrics().lineSpacing() * 3 + 14)
            note.textChanged.connect(lambda key=f.key, w=note: self._on_field(key, w.toPlainText()))
            self.details_grid.addWidget(label, row, 0, 1, 2)
            self.details_grid.addWidget(note, row + 1, 0, 1, 2)
            self.editors[f.key] = note
            row += 2
        self.details_grid.addWidget(self.details_hint, row, 0, 1, 2)
        self.details_hint.setParent(self.details)
        self.details_grid.setColumnStretch(0, 1)
        self.details_grid.setColumnStretch(1, 1)

    def _build_recipients(self, campaign: Campaign) -> None:
        for box, _ in self.checks:
            box.deleteLater()
        self.checks.clear()
        assert self.draft is not None
        for r in campaign.recipients:
            box = QCheckBox(f"{r.name} <{r.email}>")
            box.setObjectName(f"recipient_{len(self.checks)}")
            box.setChecked(r.email in self.draft.recipients)
            box.toggled.connect(self._on_recipients)
            self.recipients_layout.addWidget(box)
            self.checks.append((box, r))

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
        self.draft.recipients = [r.email for box, r in self.checks if box.isChecked()]
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
            ).replace("%1", native_name(lang))
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
        self._update_sync_note()
        self.changed.emit()

    def _on_body_changed(self) -> None:
        if self._filling or self.draft is None:
            return
        self._mark_edited()
        self.draft.body = self.body.toPlainText()
        self._update_sync_note()
        self.changed.emit()

    def _mark_edited(self) -> None:
        assert self.draft is not None
        if not self.draft.hand_edited:
            # Freeze both parts as shown: from now on the user's words rule.
            self.draft.subject = self.subject.text()
            self.draft.body = self.body.toPlainText()
        self.draft.edited_for = self.previewed().email if self.previewed() else ""

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

    def _confirm_discard(self, text: str) -> bool:
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
        chosen = self.draft.chosen(self.campaign) or self.campaign.recipients
        self.preview_for.blockSignals(True)
        self.preview_for.clear()
        for r in chosen:
            self.preview_for.addItem(r.name, r.email)
        index = self.preview_for.findData(current)
        self.preview_for.setCurrentIndex(index if index >= 0 else 0)
        self.preview_for.blockSignals(False)
        many = len(chosen) > 1
        self.preview_for.setEnabled(many)

    def refresh(self) -> None:
        """Show the letter for the previewed recipient; never overwrite hand edits."""
        campaign, draft, recipient = self.campaign, self.draft, self.previewed()
        if campaign is None or draft is None or recipient is None:
            return
        try:
            letter = draft.letter_for(campaign, recipient, self.today)
        except ComposerError as exc:
            self.sync_note.setText("\n".join(problem_text(p) for p in exc.problems))
            return
        if draft.hand_edited:
            # Re-addressed for another recipient: adopt that view as the edited text.
            draft.edited_for = recipient.email
            draft.subject, draft.body = letter.subject, letter.body
        self._filling = True
        try:
            if self.subject.text() != letter.subject:
                self.subject.setText(letter.subject)
                self.subject.setCursorPosition(0)
            if self.body.toPlainText() != letter.body:
                self._replace_body(letter.body)
        finally:
            self._filling = False
        self._update_sync_note()
        self._update_hint()

    def _replace_body(self, text: str) -> None:
        # Keep the scroll position so typing in a field does not make the letter jump.
        bar = self.body.verticalScrollBar()
        position = bar.value()
        self.body.setPlainText(text)
        bar.setValue(position)

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
        if not self.draft.recipients:
            texts.append(self.tr("Choose at least one recipient."))
        self.details_hint.setText("  ".join(texts))
        self.details_hint.setVisible(bool(texts))
        for key, editor in self.editors.items():
            f = self.campaign.field(key)
            missing = bool(
                f
                and f.required
                and key in self._touched
                and not self.draft.values.get(key, "").strip()
            )
            editor.setProperty("missing", missing)
            editor.setStyleSheet("border: 1px solid #c0392b;" if missing else "")

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

    def focus_first_field(self) -> None:
        for editor in self.editors.values():
            editor.setFocus(Qt.FocusReason.OtherFocusReason)
            return
