# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's menu bar and the More Ways menu: every action, its text and its shortcut."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from composer.campaigns.languages import native_name

from .i18n import UI_LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from .main_window import MainWindow


class Menus(QObject):
    """The menus of one window, with their actions as attributes (`send_action`, ...).

    They only call the window and what it owns (its letter pane, delivery actions and
    outbox control); a language switch builds them again (`build`)."""

    def __init__(self, window: MainWindow, titles_only: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.all_actions: list[QAction] = []  # every action made here, to replace on rebuild
        self.delivery_actions: list[QAction] = []  # the ways to deliver (fill makes them)
        self._bar_menus: tuple[QMenu, ...] = ()
        self.more: QMenu | None = None  # the More Ways button's menu
        self.filled = False
        self.build(titles_only)

    def _action(self, menu: QMenu, text: str, slot: object, shortcut: object = None) -> QAction:
        from PySide6.QtGui import QAction

        action = QAction(self.window)  # not QAction(text, ...): matching it builds QIcon's enums
        action.setText(text)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        self.all_actions.append(action)
        return action

    def set_delivery_enabled(self, enabled: bool) -> None:
        """Every way to deliver on or off (off for a closed campaign); Mark as Sent stays,
        for letters the user sent before it closed."""
        for action in self.delivery_actions:
            action.setEnabled(enabled)
        if self.filled:
            self.webmail_menu.setEnabled(enabled)

    def build(self, titles_only: bool = False) -> None:
        """The menu bar; rebuilt whole on a language switch (every text comes from tr()).
        With titles_only the bar and the More Ways button look as they will, but the menus
        stay empty until `fill`, right after the first paint (ui/startup.py): their ~40
        actions, shortcuts and key sequences are not needed to draw the window."""
        window = self.window
        for action in self.all_actions:
            action.deleteLater()
        self.all_actions = []
        self.delivery_actions = []
        bar = window.menuBar()
        bar.clear()
        for menu in self._bar_menus:
            menu.deleteLater()  # clear() only takes them off the bar
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.deliver_menu = bar.addMenu(self.tr("&Deliver"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.settings_menu = bar.addMenu(self.tr("Se&ttings"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._bar_menus = (
            self.file_menu,
            self.edit_menu,
            self.deliver_menu,
            self.view_menu,
            self.settings_menu,
            self.help_menu,
        )
        # Every way to deliver, also behind the letter's More Ways button.
        more = QMenu(window)
        more.setObjectName("moreWaysMenu")
        window.letter.more_button.setMenu(more)
        if self.more is not None:
            self.more.deleteLater()
        self.more = more
        self.filled = False
        for menu in (*self._bar_menus, more):
            # A menu opened before the deferred fill (a quick Alt+T at start) fills first.
            menu.aboutToShow.connect(self.fill)
        if not titles_only:
            self.fill()

    def fill(self) -> None:
        """The menus' actions and keyboard shortcuts (once per build of the bar)."""
        if self.filled:
            return
        self.filled = True
        from PySide6.QtGui import QActionGroup, QKeySequence

        window, letter = self.window, self.window.letter
        delivery, outbox = window.delivery, window.outbox_control

        file_menu = self.file_menu
        self.open_file_action = self._action(
            file_menu,
            self.tr("&Open Campaign File…"),
            window.choose_file,
            QKeySequence.StandardKey.Open,
        )
        self.open_folder_action = self._action(
            file_menu,
            self.tr("Open Campaign &Folder…"),
            window.choose_folder,
            QKeySequence("Ctrl+Shift+O"),
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        self.send_action = self._action(
            file_menu, self.tr("&Send Letter…"), window.send_letters, QKeySequence("Ctrl+Return")
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), window.close, QKeySequence("Ctrl+Q"))

        edit_menu = self.edit_menu
        self.reset_action = self._action(
            edit_menu,
            self.tr("&Reset Letter to Template"),
            letter.ask_reset,
            QKeySequence("Ctrl+Shift+R"),
        )
        self.reset_action.setEnabled(bool(letter.draft and letter.draft.hand_edited))
        letter.edited_changed.connect(self.reset_action.setEnabled)
        self.wording_action = self._action(
            edit_menu,
            self.tr("Other &Wording"),
            letter.other_wording,
            QKeySequence("Ctrl+Shift+W"),
        )
        self.wording_action.setEnabled(bool(letter.wording_sizes()))
        letter.wordings_changed.connect(self.wording_action.setEnabled)
        self._action(
            edit_menu,
            self.tr("Go to Your &Details"),
            letter.focus_first_field,
            QKeySequence("Ctrl+D"),
        )
        self._action(
            edit_menu,
            self.tr("Go to the &Letter"),
            lambda: letter.body.setFocus(),
            QKeySequence("Ctrl+L"),
        )

        deliver = self.deliver_menu
        deliver.addAction(self.send_action)  # the same action as File › Send Letter
        deliver.addSeparator()
        self.mail_app_action = self._action(
            deliver,
            self.tr("Open in Mail &App…"),
            delivery.open_in_mail_app,
            QKeySequence("Ctrl+Shift+M"),
        )
        self.webmail_menu = deliver.addMenu(self.tr("Open in &Webmail"))
        self.webmail_actions = {
            key: self._action(
                self.webmail_menu, text, lambda _=False, k=key: delivery.open_in_webmail(k)
            )
            for key, text in (
                ("gmail", self.tr("&Gmail…")),
                ("outlook", self.tr("&Outlook.com…")),
                ("yahoo", self.tr("&Yahoo Mail…")),
            )
        }
        self.copy_action = self._action(
            deliver, self.tr("&Copy Letter"), delivery.copy_letter, QKeySequence("Ctrl+Shift+C")
        )
        deliver.addSeparator()
        self.print_action = self._action(
            deliver,
            self.tr("&Print…"),
            lambda: delivery.print_letters(),
            QKeySequence.StandardKey.Print,
        )
        self.pdf_action = self._action(
            deliver,
            self.tr("Save as P&DF…"),
            lambda: delivery.save_pdf(),
            QKeySequence("Ctrl+Shift+P"),
        )
        deliver.addSeparator()
        self.mark_sent_action = self._action(
            deliver,
            self.tr("&Mark as Sent…"),
            lambda: delivery.mark_sent(),
            QKeySequence("Ctrl+Shift+K"),
        )
        self.delivery_actions = [
            self.send_action,
            self.mail_app_action,
            *self.webmail_actions.values(),
            self.copy_action,
            self.print_action,
            self.pdf_action,
        ]
        campaign = window.campaign
        self.set_delivery_enabled(campaign is None or campaign.campaign_status != "closed")
        more = self.more
        assert more is not None  # made by build()
        more.addAction(self.mail_app_action)
        more.addMenu(self.webmail_menu)
        more.addAction(self.copy_action)
        more.addSeparator()
        more.addAction(self.print_action)
        more.addAction(self.pdf_action)
        more.addSeparator()
        more.addAction(self.mark_sent_action)

        view_menu = self.view_menu
        self._action(
            view_menu,
            self.tr("&Outbox…"),
            lambda: outbox.show_outbox(),
            QKeySequence("Ctrl+Shift+B"),
        )
        self._action(
            view_menu, self.tr("&Sent Letters…"), outbox.show_sent, QKeySequence("Ctrl+Shift+S")
        )
        settings_menu = self.settings_menu
        # A lambda: triggered(checked) would hand its False to edit_account as `then`.
        self._action(settings_menu, self.tr("&Mail Account…"), lambda: window.edit_account())
        self.network_action = self._action(
            settings_menu, self.tr("&Network…"), lambda: window.privacy.edit_network()
        )
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self.language_menu)  # goes with the menu at a rebuild
        for code in UI_LANGUAGES:
            action = self.language_menu.addAction(native_name(code))
            action.setCheckable(True)
            action.setChecked(code == window.ui_lang)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: window.set_ui_language(c))
        settings_menu.addSeparator()
        self.forget_campaign_action = self._action(
            settings_menu,
            self.tr("Forget This &Campaign's Letters…"),
            lambda: window.privacy.forget_campaign(),
        )
        self.forget_everything_action = self._action(
            settings_menu,
            self.tr("&Forget Everything…"),
            lambda: window.privacy.forget_everything(),
        )

        help_menu = self.help_menu
        self._action(help_menu, self.tr("&About Letter Composer"), window.about)

    def _fill_recent(self) -> None:
        library = self.window.library
        self.recent_menu.clear()
        paths = [*library.builtin_paths(), *library.opened_paths()]
        for path in paths:
            action = self.recent_menu.addAction(str(path) if path.exists() else f"{path} ✗")
            action.setEnabled(path.exists())
            action.triggered.connect(lambda _=False, p=path: self.window.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
