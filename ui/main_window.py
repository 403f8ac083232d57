# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: the two panes, the campaign and its draft, and sending.

What else the window does has a module of its own, which the window owns: its menus
(ui/menus.py), the outbox's control (ui/outbox_control.py), the other ways to deliver
(ui/delivery_actions.py), the campaign's trust and closing (ui/trust_control.py);
start-up's deferred work is in ui/startup.py."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from composer import __version__
from composer.campaigns.campaign import Campaign
from composer.campaigns.languages import native_name
from composer.campaigns.library import Library
from composer.data.drafts import Draft
from composer.problems import ComposerError

from .announce import announce
from .appeal_pane import AppealPane
from .campaign_banner import REFUSED
from .delivery_actions import DeliveryActions
from .i18n import Translations, problem_text
from .letter_pane import LetterPane
from .menus import Menus
from .outbox_control import OutboxControl
from .privacy_control import PrivacyControl
from .trust_control import TrustControl
from .workers import Runner

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QCloseEvent  # QCloseEvent builds QEvent's big enum
    from PySide6.QtWidgets import QMessageBox  # the dialogs' types: built when used

    from composer.account.accounts import Account, AccountStore
    from composer.account.keystore import PasswordStore
    from composer.campaigns.campaign import Recipient
    from composer.campaigns.manifest import Verdict
    from composer.data.drafts import DraftStore
    from composer.data.store import Store
    from composer.mail.outbox import Item, Outbox

    from .account_dialog import AccountDialog
    from .licences_dialog import LicencesDialog
    from .send_dialog import SendDialog
    from .send_once import SendOnce

DEFAULT_SIZE = (1280, 800)
# Room left around the window for the window manager's frame (borders and title bar),
# which is not known before the window is on the screen.
FRAME_ALLOWANCE = (16, 48)
AUTOSAVE_MS = 600  # a draft is on disk within about a second of the last keystroke


class MainWindow(QMainWindow):
    """Appeal on the left, the supporter's letter on the right."""

    campaign_loaded = Signal(object)
    campaign_failed = Signal(object)

    def __init__(
        self,
        library: Library,
        settings: QSettings | None = None,
        runner: Runner | None = None,
        ui_lang: str = "en",
        parent: QWidget | None = None,
        translations: Translations | None = None,
        accounts: AccountStore | None = None,
        passwords: PasswordStore | None = None,
        store: Store | None = None,
        screenshot: bool = False,
        menus_after_paint: bool = False,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        # A screenshot saves nothing, and a campaign without a saved draft is drawn in its
        # own first wordings: the same campaign always makes the same picture.
        self.screenshot = screenshot
        self.runner = runner or Runner(parent=self)
        # Made on first use: the keyring and the account are not needed to draw the window.
        self._accounts, self._passwords, self._store = accounts, passwords, store
        self._outbox: Outbox | None = None
        self._drafts: DraftStore | None = None
        # Drafts are saved shortly after each change (a burst of typing is one write).
        self.autosave = QTimer(self)
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_draft)
        self.send_dialog: SendDialog | None = None
        self.send_once: SendOnce | None = None  # the last Send's check (its question)
        self.notice: QMessageBox | None = None  # the last "done; mark as sent?" message
        self.ui_lang = ui_lang
        self.translations = translations
        self.campaign: Campaign | None = None
        self.verdict: Verdict | None = None  # how far the campaign shown may be trusted
        self.setWindowTitle(self.tr("Letter Composer"))
        self.resize(*DEFAULT_SIZE)

        self.appeal = AppealPane()
        self.letter = LetterPane()
        self.letter.ui_lang = ui_lang
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.appeal)
        self.splitter.addWidget(self.letter)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 720])  # the letter pane holds more controls
        self.outbox_control = OutboxControl(self)
        self.delivery = DeliveryActions(self)
        self.privacy = PrivacyControl(self)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        # Above the panes, when letters wait in the outbox at start.
        central_layout.addWidget(self.outbox_control.banner)
        # Who signed the campaign, and whether it is closed.
        self.trust = TrustControl(self)
        central_layout.addWidget(self.trust.banner)
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.appeal.language_changed.connect(self._on_appeal_language)
        self.letter.send_requested.connect(self.send_letters)
        self.letter.changed.connect(self.autosave.start)

        self.menus = Menus(self, titles_only=menus_after_paint)
        self.statusBar().showMessage(self.tr("Ready"))
        # A status-bar message is seen, not heard: say each one to a screen reader too
        # (what is missing before Send, letters waiting, a draft that could not be saved).
        self.statusBar().messageChanged.connect(self._announce_status)
        self.fit_to_screen()
        self._restore_geometry()

    # -- language --------------------------------------------------------------------------

    def set_ui_language(self, lang: str) -> None:
        """Switch the interface now, without a restart, and remember the choice."""
        if self.translations is not None:
            lang = self.translations.use(lang)
        self.ui_lang = lang
        if self.settings is not None:
            self.settings.setValue("ui/language", lang)
        if self.campaign is not None and lang in self.campaign.appeals:
            self.appeal.show_language(lang)  # the appeal follows, where it is translated
        self._retranslate()
        # Said in the new language, so the listener hears that it took.
        announce(self, self.tr("Language: %1").replace("%1", native_name(lang)))

    def _announce_status(self, text: str) -> None:
        if text and text != self.tr("Ready"):
            announce(self, text)

    def _retranslate(self) -> None:
        # Called here rather than from changeEvent(LanguageChange): the switch is atomic (no
        # frame drawn half in the old language), and reading event.type() in changeEvent
        # would build PySide's 180-member QEvent.Type enum before the first paint (~13 ms).
        self.letter.retranslate()
        self.appeal.retranslate()
        self.menus.build()
        self.trust.banner.retranslate(self.appeal.current_language() or self.ui_lang)
        if self.campaign is not None:
            self.setWindowTitle(
                self.tr("%1 — Letter Composer").replace(
                    "%1", self.campaign.title_for(self.appeal.current_language() or self.ui_lang)
                )
            )
        else:
            self.setWindowTitle(self.tr("Letter Composer"))
        self.outbox_control.retranslate()
        self.letter.assign_field_shortcuts()  # around the window's new shortcuts

    # -- opening campaigns ----------------------------------------------------------------

    def choose_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Campaign"),
            str(Path.home()),
            self.tr("Campaigns (*.campaign campaign.toml);;All files (*)"),
        )
        if path:
            # Choosing campaign.toml inside a folder opens that folder.
            self.open_path(Path(path).parent if Path(path).name == "campaign.toml" else Path(path))

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path = QFileDialog.getExistingDirectory(
            self, self.tr("Open Campaign Folder"), str(Path.home())
        )
        if path:
            self.open_path(Path(path))

    def open_path(self, path: Path) -> None:
        """Read and check the bundle off the GUI thread, then show it."""
        if not self.confirm_discard_letter():
            return
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", str(path)))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

        def load() -> tuple[Campaign, Verdict]:
            campaign = self.library.load(path)
            return campaign, self.library.trust(campaign, record=False)

        self.runner.start(
            load,
            lambda loaded: self._opened(path, *loaded),
            lambda exc: self._open_failed(path, exc),
        )

    def _opened(self, path: Path, campaign: Campaign, verdict: Verdict) -> None:
        QApplication.restoreOverrideCursor()
        if not self.show_campaign(campaign, verdict):
            self.campaign_failed.emit(verdict)
            return
        # Not remembering a recent file is no reason to refuse to show it.
        with contextlib.suppress(OSError):
            self.library.remember(path)
        self.campaign_loaded.emit(campaign)
        if verdict.status == "new-key":
            self.trust.check_key()  # the first time: who it claims to be from, and its key

    def _open_failed(self, path: Path, exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        self.show_open_error(path, exc)
        self.campaign_failed.emit(exc)

    def show_open_error(self, path: Path, exc: BaseException) -> None:
        """Say why a bundle cannot be opened, listing every problem under Details."""
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(self.tr("Could not open %1").replace("%1", str(path)), 8000)
        if isinstance(exc, ComposerError):
            problems = [problem_text(p) for p in exc.problems]
        else:
            problems = [f"{type(exc).__name__}: {exc}"]
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file's name and problems: never HTML
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("This campaign cannot be opened"))
        box.setText(self.tr("“%1” cannot be opened as a campaign.").replace("%1", path.name))
        box.setInformativeText(
            problems[0]
            + "\n\n"
            + self.tr(
                "If an organiser sent you this file, please tell them; they can check it with "
                "“letter-composer-cli validate”. The campaign you had open stays as it was."
            )
        )
        if len(problems) > 1:
            box.setDetailedText("\n".join(problems))
        box.open()

    def show_campaign(self, campaign: Campaign, verdict: Verdict | None = None) -> bool:
        """Show the campaign, unless it is not safe to use (a broken signature, another
        key than the one trusted for it, an older version): then say why, keep what is
        shown, and return False."""
        if verdict is None:
            verdict = self.trust.judge(campaign)
        if verdict is None or verdict.status in REFUSED:
            self.trust.refuse(campaign, verdict)
            return False
        self.campaign, self.verdict = campaign, verdict
        lang = (
            self.ui_lang
            if self.ui_lang in campaign.appeals
            else ("en" if "en" in campaign.appeals else campaign.original_language)
        )
        self.appeal.set_campaign(campaign, lang)
        if self.settings is not None:  # reopened at the next start
            self.settings.setValue("session/campaign", str(campaign.source))
        self.letter.ui_lang = lang
        # The letter the user was writing for this campaign, as they left it.
        draft = self.restored_draft(campaign)
        if draft is None:
            draft = Draft.new(campaign, variant_seed=None if self.screenshot else "random")
            if not self.screenshot:
                self.autosave.start()  # its wording is chosen now, and stays
        self.letter.set_campaign(campaign, draft)
        self.trust.banner.show_for(campaign, verdict, lang)
        self.trust.apply_campaign_status()
        self.setWindowTitle(self.tr("%1 — Letter Composer").replace("%1", campaign.title_for(lang)))
        where = self.tr("built-in campaign") if campaign.builtin else str(campaign.source)
        self.statusBar().showMessage(
            self.tr("%1 recipients · %2")
            .replace("%1", str(len(campaign.recipients)))
            .replace("%2", where)
        )
        QTimer.singleShot(0, self.letter.focus_first_field)
        if verdict.changes is not None and not self.screenshot:
            self.trust.record_update()
        return True

    def _on_appeal_language(self, lang: str) -> None:
        # Field labels follow the language the supporter reads the appeal in.
        self.letter.set_ui_language(lang)

    # -- window state ---------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.fit_to_screen()  # saved on a bigger screen, or another one
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def fit_to_screen(self) -> None:
        """Keep the window, with room for its frame, inside the free area of its screen:
        the default size is for a laptop of the 2020s; a 1024×600 netbook, a 768-pixel
        screen with large text or a saved geometry from another screen get less."""
        from PySide6.QtGui import QGuiApplication

        screen = QGuiApplication.screenAt(self.geometry().center()) or self.screen()
        free = screen.availableGeometry()
        room_w, room_h = free.width() - FRAME_ALLOWANCE[0], free.height() - FRAME_ALLOWANCE[1]
        width, height = min(self.width(), room_w), min(self.height(), room_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if self.testAttribute(Qt.WidgetAttribute.WA_Moved):  # placed by us, not the WM
            x = max(free.left(), min(self.x(), free.left() + room_w - width))
            y = max(free.top(), min(self.y(), free.top() + room_h - height))
            if (x, y) != (self.x(), self.y()):
                self.move(x, y)

    def save_geometry(self) -> None:
        if self.settings is None:
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def confirm_discard_letter(self) -> bool:
        """The draft is kept on disk; ask only when it cannot be written."""
        from PySide6.QtWidgets import QMessageBox

        if self.letter.draft is None or self.save_draft():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Discard your letter?"),
            self.tr("Your letter could not be saved. If you go on, what you typed is lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.privacy.forgetting:  # everything was forgotten: nothing is written again
            self.runner.wait(5000)
            super().closeEvent(event)
            return
        if not self.confirm_discard_letter():
            event.ignore()
            return
        self.save_geometry()
        self.runner.wait(5000)
        super().closeEvent(event)

    # -- the stores, made on first use -----------------------------------------------------

    @property
    def accounts(self) -> AccountStore:
        if self._accounts is None:
            from composer.account.accounts import AccountStore

            self._accounts = AccountStore()
        return self._accounts

    @property
    def passwords(self) -> PasswordStore:
        if self._passwords is None:
            from composer.account.keystore import PasswordStore

            self._passwords = PasswordStore()
        return self._passwords

    @property
    def store(self) -> Store:
        if self._store is None:
            from composer.data.store import Store

            self._store = Store()
        return self._store

    @property
    def outbox(self) -> Outbox:
        if self._outbox is None:
            from composer.mail.outbox import Outbox

            self._outbox = Outbox(self.store)
        return self._outbox

    @property
    def drafts(self) -> DraftStore:
        if self._drafts is None:
            from composer.data.drafts import DraftStore

            self._drafts = DraftStore(self.store)
        return self._drafts

    # -- drafts ----------------------------------------------------------------------------

    def save_draft(self) -> bool:
        """Write the current draft now; False (and a status message) if the disk refused."""
        self.autosave.stop()
        draft = self.letter.draft
        if draft is None or self.screenshot or self.privacy.forgetting:
            return True
        try:
            self.drafts.save(draft)
        except (OSError, sqlite3.Error) as exc:
            self.statusBar().showMessage(
                self.tr("Your draft could not be saved: %1").replace("%1", str(exc)), 10_000
            )
            return False
        return True

    def restored_draft(self, campaign: Campaign) -> Draft | None:
        try:
            return self.drafts.load(campaign)
        except (OSError, sqlite3.Error):
            return None

    # -- sending ---------------------------------------------------------------------------

    def edit_account(self, then: Callable[[], object] | None = None) -> AccountDialog:
        from .account_dialog import AccountDialog

        draft = self.letter.draft  # "Your name" from the details already typed
        name = draft.values.get("name", "") if draft is not None else ""
        dialog = AccountDialog(self.accounts, self.passwords, self.runner, self, name=name)
        # Letters that waited for a working account are sent once it is saved.
        dialog.saved.connect(lambda _account: self.outbox_control.account_saved())
        dialog.saved.connect(lambda _account: announce(self, self.tr("Mail account saved.")))
        if then is not None:
            dialog.saved.connect(lambda _account: then())
        dialog.open()
        return dialog

    def send_letters(self) -> SendDialog | None:
        """Check what Send needs (details, recipients, an account), then confirm and send
        (None when it asks first: see ui/send_once.py)."""
        ready = self.ready()
        if ready is None:
            return None
        campaign, draft, chosen = ready
        try:
            account = self.accounts.load()
        except ComposerError as exc:
            self.statusBar().showMessage(problem_text(exc.problems[0]), 8000)
            account = None
        if account is None:
            # First Send: set up the account, then come straight back here.
            self.edit_account(then=self.send_letters)
            return None
        from .send_once import SendOnce  # each letter once: asks first when one was sent

        self.send_once = SendOnce(self)
        return self.send_once.check(
            campaign,
            chosen,
            lambda to, waiting: self._confirm_send(campaign, draft, account, to, waiting),
        )

    def _confirm_send(
        self,
        campaign: Campaign,
        draft: Draft,
        account: Account,
        recipients: list[Recipient],
        waiting: list[tuple[Recipient, Item]],
    ) -> SendDialog | None:
        from PySide6.QtWidgets import QMessageBox

        from .send_dialog import SendDialog

        try:
            dialog = SendDialog(
                campaign,
                draft,
                account,
                self.passwords,
                self.outbox,
                self.runner,
                self,
                recipients=recipients,
                waiting=waiting,
            )
        except ComposerError as exc:
            QMessageBox.warning(
                self,
                self.tr("The letter cannot be sent"),
                "\n".join(problem_text(p) for p in exc.problems),
            )
            return None
        dialog.finished_sending.connect(self._sent)
        dialog.open()
        self.send_dialog = dialog
        return dialog

    def ready(self) -> tuple[Campaign, Draft, list[Recipient]] | None:
        """What every way of delivering needs: the details filled in, recipients chosen.
        None (and the user shown what is missing) otherwise."""
        campaign, draft = self.campaign, self.letter.draft
        if campaign is None or draft is None:
            return None
        if campaign.campaign_status == "closed":
            self.statusBar().showMessage(
                self.tr("This campaign is closed: it asks for no more letters."), 8000
            )
            return None
        if self.letter.missing_required():
            self.letter.show_missing()
            self.statusBar().showMessage(self.tr("Please fill in the fields marked *."), 8000)
            return None
        chosen = draft.chosen(campaign)
        if not chosen:
            self.statusBar().showMessage(self.tr("Please choose at least one recipient."), 8000)
            self.letter.recipient_list.setFocus()
            return None
        return campaign, draft, chosen

    def cannot_make(self, exc: ComposerError) -> None:
        """Say why the letters could not be made (for any way of delivering)."""
        self.notify(
            self.tr("The letter could not be prepared"),
            "\n".join(problem_text(p) for p in exc.problems),
            warning=True,
        )

    def notify(
        self,
        title: str,
        text: str,
        *,
        warning: bool = False,
        route: str = "",
        action: tuple[str, Callable[[], object]] | None = None,
    ) -> None:
        """A message that does not block (a warning, else information); with a Mark as Sent
        button after a delivery, or the one `action` (label, what it does) that offers a
        way forward."""
        from PySide6.QtWidgets import QMessageBox

        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self)
        # Its words may come from a campaign or a server (names, addresses): never HTML.
        box.setTextFormat(Qt.TextFormat.PlainText)
        if route:
            box.setInformativeText(
                self.tr(
                    "Once the letter has gone, mark it as sent: your sent letters then show "
                    "what went where."
                )
            )
            action = (self.tr("&Mark as Sent…"), lambda: self.delivery.mark_sent(route))
        if action is not None:
            label, do = action
            button = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
            button.clicked.connect(do)
        box.open()
        self.notice = box

    def _sent(self, items: list[Any]) -> None:
        sent = sum(1 for i in items if i.state == "sent")
        self.statusBar().showMessage(
            self.tr("%1 of %2 letters sent.")
            .replace("%1", str(sent))
            .replace("%2", str(len(items)))
        )
        dialog = self.send_dialog
        if sent and dialog is not None and dialog.signed_in_here:
            # Signed in again there, and it worked: what waited for the account goes too,
            # as after saving a working account.
            self.outbox_control.account_saved()
            return
        self.outbox_control.refresh()  # the banner too: letters waiting for the account

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About Letter Composer"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "<h3>Letter Composer %1</h3><p>Read a campaign's appeal and write its "
                "protest letter in your own words.</p><p>No telemetry: the app talks to no "
                "server except your own mail server when you send.</p>"
            ).replace("%1", __version__)
            + self.tr(
                "<p>Free software under the GNU General Public License, version 3 or any "
                "later version (GPL-3.0-or-later), with no warranty. Licences shows it and "
                "the licences of the software and data the app includes.</p>"
            )
        )
        # A screen reader reads the box's name and description: words, not its markup.
        from PySide6.QtGui import QTextDocumentFragment

        box.setAccessibleName(box.windowTitle())
        box.setAccessibleDescription(QTextDocumentFragment.fromHtml(box.text()).toPlainText())
        icon = self.windowIcon()
        if not icon.isNull():
            box.setIconPixmap(icon.pixmap(64, 64))
        licences = box.addButton(self.tr("&Licences…"), QMessageBox.ButtonRole.ActionRole)
        # A message box closes on any of its buttons: the About box comes back after.
        licences.clicked.connect(lambda: self.show_licences().finished.connect(self.about))
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
        self.about_box = box

    def show_licences(self) -> LicencesDialog:
        from .licences_dialog import LicencesDialog

        self.licences_dialog = LicencesDialog(self)
        self.licences_dialog.open()
        return self.licences_dialog
