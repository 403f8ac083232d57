# SPDX-License-Identifier: GPL-3.0-or-later
"""Every way to deliver, driven in the real window: mail app and webmail links (caught by a
real Qt URL handler, so nothing opens), the clipboard, print and PDF, Mark as Sent."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from composer.campaigns.campaign import load_campaign
from composer.data.store import Store
from composer.delivery.links import clipboard_text, link_for
from composer.mail.outbox import Outbox
from ui.main_window import MainWindow
from ui.outbox_view import OutboxDialog
from ui.workers import Runner

from .test_window import field, type_text

KAZAKH = "Қазақстан Республикасы, әділдік, ұйым, үкімет, өтініш"


class Catcher(QObject):
    """Where Qt hands the links instead of the system: a real URL handler."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def links() -> Iterator[Catcher]:
    catcher = Catcher()
    for scheme in ("mailto", "https", "http"):
        QDesktopServices.setUrlHandler(scheme, catcher, "catch")
    yield catcher
    for scheme in ("mailto", "https", "http"):
        QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture
def win(qtbot, library, tmp_path, pool, make_campaign, links) -> MainWindow:
    w = MainWindow(
        library,
        settings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
        runner=Runner(pool),
        store=Store(tmp_path / "letters.db"),
    )
    qtbot.addWidget(w)
    w.show_campaign(load_campaign(make_campaign()))  # example.org recipients only
    w.show()
    qtbot.waitExposed(w)
    return w


def deliver_menu(w: MainWindow) -> QMenu:
    return next(a.menu() for a in w.menuBar().actions() if a.text() == "&Deliver")


def query(url: str) -> dict[str, str]:
    return {k: unquote(v) for k, _, v in (p.partition("=") for p in urlsplit(url).query.split("&"))}


def letters_of(w: MainWindow) -> list:
    campaign, draft = w.campaign, w.letter.draft
    return [(r, draft.letter_for(campaign, r, w.letter.today)) for r in draft.chosen(campaign)]


def mnemonic(text: str) -> str:
    return text[text.index("&") + 1].lower()


def test_deliver_menu_reachable_by_keyboard(win: MainWindow) -> None:
    menu = deliver_menu(win)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    texts = [a.text() for a in actions]
    assert texts == [
        "&Send Letter…",
        "Open in Mail &App…",
        "Open in &Webmail",
        "&Copy Letter",
        "&Print…",
        "Save as P&DF…",
        "&Mark as Sent…",
    ]
    assert len({mnemonic(t) for t in texts}) == len(texts)  # every one its own letter
    shortcuts = {a.text(): a.shortcut().toString() for a in actions}
    assert shortcuts["Open in Mail &App…"] == "Ctrl+Shift+M"
    assert shortcuts["&Copy Letter"] == "Ctrl+Shift+C"
    assert shortcuts["&Print…"] == QKeySequence(QKeySequence.StandardKey.Print).toString()
    assert shortcuts["Save as P&DF…"] == "Ctrl+Shift+P"
    assert shortcuts["&Mark as Sent…"] == "Ctrl+Shift+K"
    # No shortcut of the window is used twice.
    every = [a.shortcut().toString() for a in win.findChildren(type(actions[0]))]
    every = [s for s in every if s]
    assert len(every) == len(set(every)), sorted(every)
    webmail = [a.text() for a in win.menus.webmail_menu.actions()]
    assert webmail == ["&Gmail…", "&Outlook.com…", "&Yahoo Mail…"]
    # The top-level menus and the More Ways button each have their own Alt letter.
    tops = [mnemonic(a.text()) for a in win.menuBar().actions()]
    assert len(tops) == len(set(tops)) and "d" in tops
    assert win.letter.more_button.text() == "&More Ways"
    assert win.letter.more_button.menu().actions()[0] is win.menus.mail_app_action


def test_mail_app_by_shortcut_opens_one_message_per_recipient(win, qtbot, links) -> None:
    type_text(field(win, "name"), "Ana & Bob")
    qtbot.keyClick(
        win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = win.delivery.deliver_dialog
    assert dialog is not None and dialog.isVisible()
    (first, first_letter), (second, second_letter) = letters_of(win)
    assert links.urls == [link_for(first, first_letter).url]  # only the first, on the click
    q = query(links.urls[0])
    assert unquote(urlsplit(links.urls[0]).path) == "first@example.org"
    assert q["subject"] == "Letter from Ana & Bob"
    assert q["body"].replace("\r\n", "\n") == first_letter.body
    assert "is open" in dialog.hint.text()
    assert dialog.next_button.text() == "&Open the Next Message"
    assert "Second Office" in dialog.next_button.toolTip() and dialog.list.currentRow() == 1
    dialog.next_button.click()
    assert links.urls[1] == link_for(second, second_letter).url
    assert query(links.urls[1])["body"].startswith(f"{second_letter.body[:10]}")
    assert not dialog.next_button.isEnabled() and dialog.mark_button.isEnabled()
    assert "opened" in dialog.list.item(1).text()

    # Then mark them sent by the mail app: the Sent list says so.
    dialog.mark_button.click()
    marking = win.delivery.mark_dialog
    assert marking is not None and marking.route.currentData() == "mail-app"
    assert [marking.list.item(i).checkState() for i in range(2)] == [Qt.CheckState.Checked] * 2
    marking.ok_button.click()
    assert not dialog.isVisible()
    sent = win.outbox.items(("sent",))
    assert [(i.email, i.route, i.subject) for i in sent] == [
        ("first@example.org", "mail-app", "Letter from Ana & Bob"),
        ("second@example.net", "mail-app", "Letter from Ana & Bob"),
    ]
    view = win.outbox_control.show_sent()
    assert [view.sent.topLevelItem(i).text(3) for i in range(2)] == ["from your mail app"] * 2
    assert "Letters marked as sent: 2" in win.statusBar().currentMessage()
    view.close()


def test_long_letter_goes_to_the_clipboard_with_a_paste_hint(win, links) -> None:
    type_text(field(win, "name"), "Ана")
    note = win.letter.editors["note"]
    note.setPlainText(KAZAKH + " " + "Қ" * 400)  # far over the link limit once encoded
    dialog = win.delivery.open_in_mail_app()
    assert dialog is not None
    letter = letters_of(win)[0][1]
    url = links.urls[0]
    assert "body=" not in url and query(url)["subject"] == "Letter from Ана"
    assert len(url) <= 2000
    assert QGuiApplication.clipboard().text() == letter.body
    assert KAZAKH in QGuiApplication.clipboard().text()
    hint = dialog.hint.text()
    assert "too long" in hint and "First Office" in hint and "Ctrl+V" in hint


@pytest.mark.parametrize(
    ("service", "host", "to", "subject"),
    [
        ("gmail", "mail.google.com", "to", "su"),
        ("outlook", "outlook.live.com", "to", "subject"),
        ("yahoo", "compose.mail.yahoo.com", "to", "subject"),
    ],
)
def test_webmail_opens_the_compose_page(win, links, service, host, to, subject) -> None:
    type_text(field(win, "name"), "Ana")
    win.letter.set_recipient_checked(1, False)
    win.menus.webmail_actions[service].trigger()
    assert len(links.urls) == 1
    parts = urlsplit(links.urls[0])
    assert (parts.scheme, parts.netloc) == ("https", host)
    q = query(links.urls[0])
    ((recipient, letter),) = letters_of(win)
    assert (q[to], q[subject], q["body"]) == (recipient.email, letter.subject, letter.body)
    dialog = win.delivery.deliver_dialog
    assert dialog is not None and not dialog.next_button.isEnabled()
    dialog.mark_button.click()
    assert (
        win.delivery.mark_dialog is not None
        and win.delivery.mark_dialog.route.currentData() == "webmail"
    )
    win.delivery.mark_dialog.reject()


def test_nothing_opens_without_the_required_details(win, links) -> None:
    assert win.delivery.open_in_mail_app() is None and win.delivery.copy_letter() is None
    assert win.delivery.save_pdf(Path("never.pdf")) is None and win.delivery.print_letters() is None
    assert links.urls == [] and not Path("never.pdf").exists()
    assert "fields marked *" in win.statusBar().currentMessage()
    assert win.letter.details_hint.isVisible()


def test_copy_letter_then_mark_sent_another_way(win, qtbot) -> None:
    type_text(field(win, "name"), "Ana")
    qtbot.keyClick(
        win, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    text = QGuiApplication.clipboard().text()
    assert text == clipboard_text(letters_of(win))
    assert text.startswith("To: First Office <first@example.org>\nSubject: Letter from Ana\n")
    assert "To: Second Office <second@example.net>" in text
    notice = win.notice
    assert notice is not None and notice.isVisible() and "clipboard" in notice.text()
    mark = next(b for b in notice.buttons() if b.text() == "&Mark as Sent…")
    mark.click()
    marking = win.delivery.mark_dialog
    assert marking is not None and marking.route.currentData() == "other"
    marking.list.item(1).setCheckState(Qt.CheckState.Unchecked)
    items = marking.record()
    assert [(i.email, i.route) for i in items] == [("first@example.org", "other")]


def test_mark_sent_takes_a_waiting_copy_out_of_the_outbox(win, make_campaign) -> None:
    from composer.account.accounts import Account
    from composer.mail.sending import plan

    type_text(field(win, "name"), "Ana")
    account = Account("ana@example.org", "Ana", "127.0.0.1", 1, "tls", "ana@example.org")
    win.outbox.enqueue(win.campaign.id, plan(win.campaign, win.letter.draft, account))
    win.outbox_control.update_status()
    assert win.outbox.count("queued") == 2
    win.menus.mark_sent_action.trigger()
    marking = win.delivery.mark_dialog
    assert marking is not None and marking.waiting_note.isVisibleTo(marking)
    assert "First Office, Second Office" in marking.waiting_note.text()
    marking.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert marking.waiting_note.text().count("Office") == 1
    marking.route.setCurrentIndex(marking.route.findData("post"))
    marking.ok_button.click()
    assert [i.email for i in win.outbox.items(("queued",))] == ["first@example.org"]
    assert [(i.email, i.route) for i in win.outbox.items(("sent",))] == [
        ("second@example.net", "post")
    ]
    dialog = OutboxDialog(Outbox(win.store), parent=win)
    assert dialog.sent.topLevelItem(0).text(3) == "by post"


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_save_as_pdf_asks_where_then_offers_mark_sent(win, tmp_path, monkeypatch) -> None:
    type_text(field(win, "name"), "Айгүл")
    type_text(field(win, "town"), "Алматы")
    asked = []

    def save_dialog(parent, caption, start, filters):
        asked.append((caption, start, filters))
        return str(tmp_path / "mine"), filters  # no suffix typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    path = win.delivery.save_pdf()
    assert path == tmp_path / "mine.pdf" and path.is_file()
    _caption, start, filters = asked[0]
    assert Path(start).name == f"test-campaign-{win.letter.today.isoformat()}.pdf"
    assert "*.pdf" in filters
    assert pdf_pages(path) == 2  # one page per recipient
    text = " ".join(pdf_text(path).split())
    assert "Айгүл Алматы First Office" in text and "Second Office" in text
    assert win.notice is not None and "mine.pdf" in win.notice.text()
    assert any(b.text() == "&Mark as Sent…" for b in win.notice.buttons())
    # The next time, the same folder is offered.
    win.delivery.save_pdf()
    assert Path(asked[1][1]).parent == tmp_path


def test_save_as_pdf_that_cannot_be_written_says_why(win, tmp_path) -> None:
    type_text(field(win, "name"), "Ana")
    assert win.delivery.save_pdf(tmp_path / "missing" / "x.pdf") is None
    notice = win.notice
    assert notice is not None and notice.icon() == QMessageBox.Icon.Warning
    assert "could not be written: that folder does not exist" in notice.text()
    assert any(b.text() == "Choose &Another Place…" for b in notice.buttons())


def test_print_through_the_print_dialog(win, tmp_path, qtbot) -> None:
    type_text(field(win, "name"), "Ana")
    win.letter.editors["note"].setPlainText(KAZAKH)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))  # the dialog's "print to file"
    dialog = win.delivery.print_letters(printer)
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    qtbot.waitUntil(lambda: out.is_file() and out.stat().st_size > 0)
    assert pdf_pages(out) == 2
    assert KAZAKH in " ".join(pdf_text(out).split())
    assert win.notice is not None and win.notice.windowTitle() == "Letters printed"


def page_size_pts(path: Path) -> tuple[float, float]:
    """The first page's width and height in points, as poppler reads the PDF."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in info.stdout.splitlines() if x.startswith("Page size:"))
    width, _, height = line.split()[2:5]
    return float(width), float(height)


def letter_margins(layout: QPageLayout) -> None:
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    sides = (margins.left(), margins.top(), margins.right(), margins.bottom())
    assert sides == pytest.approx((25, 25, 25, 25), abs=0.1)
    assert layout.orientation() == QPageLayout.Orientation.Portrait


@pytest.mark.parametrize("tray", ["not the locale's", "A5"])
def test_printing_keeps_the_paper_the_printer_reports(win, tmp_path, qtbot, tray) -> None:
    """The print dialog starts from the printer's own paper, whatever the locale's; the
    letter keeps its margins on it."""
    from ui.printing import system_paper

    if tray == "A5":  # a paper no locale gives
        size = QPageSize(QPageSize.PageSizeId.A5)
    elif system_paper() == "a4":
        size = QPageSize(QPageSize.PageSizeId.Letter)
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    type_text(field(win, "name"), "Ana")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))  # a printer (to a file) whose paper is `size`
    assert printer.setPageSize(size)
    dialog = win.delivery.print_letters(printer)
    assert dialog is not None
    layout = printer.pageLayout()
    assert layout.pageSize().isEquivalentTo(size), layout.pageSize().name()
    letter_margins(layout)
    dialog.accept()
    qtbot.waitUntil(lambda: out.is_file() and out.stat().st_size > 0)
    points = size.size(QPageSize.Unit.Point)
    assert page_size_pts(out) == pytest.approx((points.width(), points.height()), abs=1)


def test_the_print_dialog_starts_from_the_default_printers_paper(win, monkeypatch) -> None:
    """Without a printer given, the app's QPrinter keeps what Qt reports for the default
    printer (its own default paper; A4 for Qt's PDF printer when none is installed), even
    where the locale's paper is another."""
    import ui.printing

    type_text(field(win, "name"), "Ana")
    reported = QPrinter(QPrinter.PrinterMode.HighResolution).pageLayout().pageSize()
    a4 = reported.isEquivalentTo(QPageSize(QPageSize.PageSizeId.A4))
    monkeypatch.setattr(ui.printing, "system_paper", lambda: "letter" if a4 else "a4")
    dialog = win.delivery.print_letters()
    assert dialog is not None
    layout = dialog.printer().pageLayout()
    assert layout.pageSize().isEquivalentTo(reported), layout.pageSize().name()
    letter_margins(layout)
    dialog.reject()


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_save_as_pdf_follows_the_locale(win, tmp_path, monkeypatch, paper) -> None:
    import ui.printing

    monkeypatch.setattr(ui.printing, "system_paper", lambda: paper)  # the locale's paper
    type_text(field(win, "name"), "Ana")
    out = win.delivery.save_pdf(tmp_path / "letters.pdf")
    assert out is not None
    points = QPageSize(ui.printing.PAGE_SIZES[paper]).size(QPageSize.Unit.Point)
    assert page_size_pts(out) == pytest.approx((points.width(), points.height()), abs=1)


def test_print_shortcut_opens_the_print_dialog(win, qtbot) -> None:
    type_text(field(win, "name"), "Ana")
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert win.delivery.print_dialog is not None and win.delivery.print_dialog.isVisible()
    win.delivery.print_dialog.reject()  # cancelled: nothing printed, nothing offered
    assert win.notice is None


def test_deliver_menu_is_rebuilt_on_a_language_switch(win, links) -> None:
    old = win.menus.mail_app_action
    win.set_ui_language("fr")
    assert win.menus.mail_app_action is not old
    assert win.letter.more_button.menu().actions()[0] is win.menus.mail_app_action
    type_text(field(win, "name"), "Ana")
    win.menus.mail_app_action.trigger()
    assert len(links.urls) == 1


def test_when_nothing_opens_mail_links_the_dialog_says_what_to_do(win) -> None:
    from ui.deliver_dialog import DeliverDialog

    type_text(field(win, "name"), "Ana")
    refused: list[QUrl] = []

    def no_mail_app(url: QUrl) -> bool:  # what QDesktopServices answers with no handler
        refused.append(url)
        return False

    dialog = DeliverDialog(letters_of(win), "mailto", win, open_url=no_mail_app)
    assert dialog.open_next() is False
    assert len(refused) == 1 and dialog.opened == []
    assert "Copy Letter" in dialog.hint.text() and not dialog.mark_button.isEnabled()
    assert dialog.next_button.isEnabled()  # it can be tried again


# -- found by review ------------------------------------------------------------------------


def test_copy_says_how_many_letters_when_greetings_differ(win) -> None:
    type_text(field(win, "name"), "Ana")
    text = win.delivery.copy_letter()
    assert text is not None and text.count("Subject: ") == 2  # "Dear First," / "Dear Second…"
    assert "2 letters are on the clipboard" in win.notice.text()


def test_post_says_which_recipients_have_no_postal_address(win, tmp_path) -> None:
    type_text(field(win, "name"), "Ana")
    assert win.delivery.save_pdf(tmp_path / "x.pdf") is not None
    note = win.notice.text()
    assert "no postal address for: First Office; Second Office" in note


def test_mark_as_sent_leaves_letters_already_marked_unticked(win) -> None:
    type_text(field(win, "name"), "Ana")
    win.outbox.record_sent("test-campaign", "First Office", "first@example.org", "s", "post")
    dialog = win.delivery.mark_sent("post")
    ticked = [dialog.list.item(i).checkState() == Qt.CheckState.Checked for i in range(2)]
    assert ticked == [False, True]


def test_mail_app_window_says_the_letter_goes_by_the_clipboard(win, links) -> None:
    type_text(field(win, "name"), "Ana")
    type_text(field(win, "note"), "x" * 2100)  # too long for any link
    dialog = win.delivery.open_in_mail_app()
    assert "too long to go in with them" in dialog.intro.text()
    assert "letter filled in" not in dialog.intro.text()
