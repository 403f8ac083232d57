# SPDX-License-Identifier: GPL-3.0-or-later
"""The window and a campaign's trust: what it says for each state, the first trust, an
update's changes, the refusals, and a closed campaign (real signatures, offscreen Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from composer.campaigns.manifest import sign_folder
from composer.campaigns.signing import SecretKey
from composer.campaigns.trust import PinStore
from ui.main_window import MainWindow
from ui.trust_dialog import TrustDialog, group_key

from ..conftest import MINIMAL_TOML


def signed_toml(key: SecretKey | None, version: int = 1, extra: str = "") -> str:
    """MINIMAL_TOML with a version, an organiser and its key (none: unsigned)."""
    head = MINIMAL_TOML.replace(
        'id = "test-campaign"\n', f'id = "test-campaign"\nversion = {version}\n{extra}'
    )
    key_line = f'key = "{key.public.line}"\n' if key is not None else ""
    return head + f'\n[organiser]\nname = "Friends of Zhanartu"\n{key_line}'


@pytest.fixture
def make_signed(make_campaign):
    def make(key: SecretKey, version: int = 1, extra: str = "", **files: str) -> Path:
        folder = make_campaign({"campaign.toml": signed_toml(key, version, extra), **files})
        sign_folder(folder, key)
        return folder

    return make


def open_ok(window: MainWindow, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.campaign_loaded, timeout=10_000):
        window.open_path(path)


def open_refused(window: MainWindow, qtbot, path: Path) -> QMessageBox:
    with qtbot.waitSignal(window.campaign_failed, timeout=10_000):
        window.open_path(path)
    box = window.notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.icon() == QMessageBox.Icon.Critical
    assert box.windowTitle() == "This campaign is not safe to use"
    return box


def banner_words(window: MainWindow) -> tuple[str, str]:
    row = window.trust.banner.trust
    assert row.isVisible() and not row.icon.pixmap().isNull()  # an icon, not colour alone
    return row.title.text(), row.text.text()


def test_the_builtin_campaign_needs_no_banner(window: MainWindow) -> None:
    assert window.verdict is not None and window.verdict.builtin
    assert not window.trust.banner.isVisible()


def test_an_unsigned_campaign_says_anyone_could_have_made_it(
    window: MainWindow, qtbot, make_campaign
) -> None:
    toml = signed_toml(None).replace("Friends of Zhanartu", "<img src='file:///etc/hostname'>")
    open_ok(window, qtbot, make_campaign({"campaign.toml": toml}))
    title, text = banner_words(window)
    assert "Not signed" in title and "anyone could have made or changed" in title
    assert "“Send to”" in text
    # the addresses are there to check, in plain text
    assert window.letter.recipient_texts()[0] == "First Office <first@example.org>"
    assert window.letter.send_button.isEnabled()


def test_first_trust_compares_the_published_key(window: MainWindow, qtbot, make_signed) -> None:
    key = SecretKey.generate()
    open_ok(window, qtbot, make_signed(key))
    dialog = window.trust.trust_dialog
    assert isinstance(dialog, TrustDialog) and dialog.isVisible()  # opened by itself
    title, text = banner_words(window)
    assert title == "Signed, but not yet trusted" and "Friends of Zhanartu" in text
    assert dialog.key_view.text() == key.public.line
    assert group_key(key.public.line).split()[0] == key.public.line[:4]
    assert window.trust.banner.trust.button.text() == "&Check the Key…"
    # Enter does not trust by accident; a wrong key cannot be trusted.
    assert not dialog.trust_button.isDefault()
    dialog.published.setText(SecretKey.generate().public.line)
    assert not dialog.trust_button.isEnabled()
    assert dialog.result.text().startswith("✗ Not the same key")
    dialog.published.setText("RW not a key")
    assert not dialog.trust_button.isEnabled()
    # The key as the organiser published it, spaces and all: the same.
    dialog.published.setText(" " + group_key(key.public.line) + "\n")
    assert dialog.trust_button.isEnabled() and dialog.result.text().startswith("✓")
    dialog.trust_button.click()
    pin = PinStore.default().get("test-campaign")
    assert pin is not None and pin.key == key.public.line and pin.version == 1
    title, text = banner_words(window)
    assert title == "Signed by the organiser you trusted" and "version 1" in text


def test_not_now_pins_nothing_and_the_banner_keeps_asking(
    window: MainWindow, qtbot, make_signed
) -> None:
    open_ok(window, qtbot, make_signed(SecretKey.generate()))
    window.trust.trust_dialog.reject()
    assert PinStore.default().all() == {}
    assert banner_words(window)[0] == "Signed, but not yet trusted"
    window.trust.banner.trust.button.click()
    assert window.trust.trust_dialog.isVisible()


def test_an_update_shows_what_changed_and_keeps_the_draft(
    window: MainWindow, qtbot, make_signed
) -> None:
    key = SecretKey.generate()
    first = make_signed(key, 1)
    open_ok(window, qtbot, first)
    window.trust.trust_dialog.accept()
    window.letter.editors["name"].setText("Ana Lima")
    window.save_draft()
    toml = signed_toml(key, 2).replace("second@example.net", "second@example.com")
    update = make_signed(key, 2, **{"campaign.toml": toml, "appeal/fr.md": "# Agissez !\n"})
    sign_folder(update, key)
    open_ok(window, qtbot, update)
    title, text = banner_words(window)
    assert title == "Updated by the organiser you trusted"
    assert "Version 2" in text and "addresses changed: 1" in text and "the appeal changed" in text
    assert window.letter.draft.values["name"] == "Ana Lima"  # the draft carried over
    window.trust.banner.trust.button.click()  # What Changed…
    box = window.notice
    assert box.windowTitle() == "What changed in version 2"
    assert box.text().splitlines() == [
        "Address changed: Second Office, was second@example.net, now second@example.com",
        "The appeal changed (fr).",
    ]
    box.close()
    assert PinStore.default().get("test-campaign").version == 2  # recorded once shown
    # Now the first version is a rollback, and refused.
    box = open_refused(window, qtbot, first)
    assert "version 1 of a campaign you already have in version 2" in box.text()
    assert window.campaign.source == update


@pytest.mark.parametrize("case", ["other-key", "unsigned", "changed-after-signing"])
def test_refused_campaigns_are_never_shown(
    window: MainWindow, qtbot, make_signed, make_campaign, case: str
) -> None:
    key = SecretKey.generate()
    open_ok(window, qtbot, make_signed(key))
    window.trust.trust_dialog.accept()
    shown = window.campaign
    if case == "other-key":
        bad = make_signed(SecretKey.generate(), 2)
        expected = "claims to be a campaign you trusted, but it is signed with another key"
    elif case == "unsigned":
        bad = make_campaign({"campaign.toml": signed_toml(None, 5)})
        expected = "is not signed, but the campaign it claims to be was signed"
    else:
        bad = make_signed(key, 3)
        toml = bad / "campaign.toml"
        toml.write_text(toml.read_text().replace("first@example.org", "collector@example.org"))
        expected = "has been changed since it was signed"
    box = open_refused(window, qtbot, bad)
    assert expected in box.text()
    assert "not-usable" not in box.detailedText()
    box.close()
    assert window.campaign is shown and window.library.opened_paths()[0] != bad.resolve()


def test_a_forged_builtin_campaign_is_refused(window: MainWindow, qtbot, tmp_path) -> None:
    import shutil

    from ..conftest import BUILTIN

    forged = shutil.copytree(BUILTIN, tmp_path / "forged")
    box = open_refused(window, qtbot, forged)
    assert "claims to be a campaign that comes with Letter Composer" in box.text()


def test_a_closed_campaign_stops_every_way_to_deliver(
    window: MainWindow, qtbot, make_signed
) -> None:
    from composer.account.accounts import Account
    from composer.mail.sending import plan

    key = SecretKey.generate()
    open_ok(window, qtbot, make_signed(key))
    window.trust.trust_dialog.accept()
    window.letter.editors["name"].setText("Ana")
    account = Account("ana@example.org", "Ana", "127.0.0.1", 2525, "starttls", "ana", "")
    queued = window.outbox.enqueue(
        window.campaign.id, plan(window.campaign, window.letter.draft, account)
    )
    toml = signed_toml(key, 2, 'status = "closed"\n')
    closed = make_signed(
        key, 2, **{"campaign.toml": toml + '\n[closed_note]\nen = "Both are safe. Thank you!"\n'}
    )
    open_ok(window, qtbot, closed)
    row = window.trust.banner.closed
    assert row.isVisible() and row.title.text() == "This campaign is closed"
    assert row.text.text().startswith("Both are safe. Thank you!\n")
    assert not window.letter.send_button.isEnabled()
    assert not window.letter.more_button.isEnabled()
    window.menus.fill()
    assert not any(a.isEnabled() for a in window.menus.delivery_actions)
    assert window.menus.mark_sent_action.isEnabled()
    assert window.send_letters() is None
    assert window.delivery.copy_letter() is None
    assert "closed" in window.statusBar().currentMessage()
    held = window.outbox.items(("held",))
    assert len(held) == len(queued) and held[0].last_error == "Both are safe. Thank you!"
    assert "held" in window.outbox_control.button.text()
    assert "the campaign is now closed" in banner_words(window)[1]


def test_trust_words_follow_the_language(window: MainWindow, qtbot, make_signed, qapp) -> None:
    from ui.i18n import Translations

    window.translations = Translations(qapp)
    try:
        key = SecretKey.generate()
        open_ok(window, qtbot, make_signed(key))
        window.trust.trust_dialog.reject()
        window.set_ui_language("fr")
        assert banner_words(window) == (
            "Signée, mais pas encore approuvée",
            "Elle dit venir de «\u00a0Friends of Zhanartu\u00a0». Comparez sa clé avec celle que "
            "publie l'organisateur avant de lui faire confiance.",
        )
        assert window.trust.check_key().windowTitle() == (
            "Faire confiance à la clé de cette campagne\u00a0?"
        )
    finally:
        window.set_ui_language("en")  # the other tests read English
    assert banner_words(window)[0] == "Signed, but not yet trusted"


def test_the_app_refuses_a_forged_campaign_given_at_start(tmp_path) -> None:
    """`letter-composer PATH` with a campaign not safe to use: never drawn."""
    import shutil
    import subprocess
    import sys

    from ..conftest import BUILTIN, ROOT

    forged = shutil.copytree(BUILTIN, tmp_path / "forged")
    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [sys.executable, "-m", "ui.app", "--screenshot", str(out), str(forged)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 1 and "not safe to use" in proc.stderr
    assert not out.exists()


def test_names_from_a_campaign_are_never_read_as_html(
    window: MainWindow, qtbot, make_signed
) -> None:
    """A recipient's or a campaign's name with markup, in What Changed and in a refusal,
    is shown as the characters it is."""
    from PySide6.QtCore import Qt

    key = SecretKey.generate()
    open_ok(window, qtbot, make_signed(key, 1))
    window.trust.trust_dialog.accept()
    hostile = "<img src='file:///etc/hostname'><b>Embassy</b>"
    toml = signed_toml(key, 2).replace('name = "Second Office"', f'name = "{hostile}"')
    open_ok(window, qtbot, make_signed(key, 2, **{"campaign.toml": toml}))
    window.trust.banner.trust.button.click()
    box = window.notice
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"Recipient added: {hostile} <second@example.net>" in box.text().splitlines()
    box.close()
    other = SecretKey.generate()
    forged = signed_toml(other, 3).replace('en = "A test campaign"', f'en = "{hostile}"')
    box = open_refused(window, qtbot, make_signed(other, 3, **{"campaign.toml": forged}))
    assert box.textFormat() == Qt.TextFormat.PlainText and hostile in box.text()
