# SPDX-License-Identifier: GPL-3.0-or-later
"""'Other wording': another combination of the campaign's alternative wordings, on demand."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from composer.campaigns.campaign import load_campaign
from composer.templates.variants import choose
from ui.main_window import MainWindow

from ..conftest import BUILTIN, MINIMAL_FILES
from .test_window import field, type_text


def shown(win: MainWindow) -> tuple[str, str]:
    return win.letter.subject.text(), win.letter.body.toPlainText()


def expected(win: MainWindow) -> tuple[str, str]:
    """The draft's letter for the recipient shown, from the campaign itself."""
    letter = win.campaign.render(
        win.letter.draft.letter_lang,
        win.letter.draft.values,
        win.letter.previewed(),
        win.letter.today,
        win.letter.draft.variant_seed,
    )
    return letter.subject, letter.body


def test_the_window_shows_the_drafts_own_wording(window: MainWindow) -> None:
    draft = window.letter.draft
    assert isinstance(draft.variant_seed, int)
    assert shown(window) == expected(window)
    assert window.letter.wording_button.isVisible() and window.menus.wording_action.isEnabled()
    assert window.menus.wording_action.shortcut() == QKeySequence("Ctrl+Shift+W")
    assert "Ctrl+Shift+W" in window.letter.wording_button.toolTip()


def test_other_wording_draws_a_new_combination_and_saves_it(window: MainWindow, qtbot) -> None:
    type_text(field(window, "name"), "Ana Lima")
    draft = window.letter.draft
    sizes = window.campaign.letters["en"].sizes
    seen = {shown(window)}
    for _ in range(5):
        before = (draft.variant_seed, choose(draft.variant_seed, sizes))
        qtbot.mouseClick(window.letter.wording_button, Qt.MouseButton.LeftButton)
        assert draft.variant_seed != before[0]
        assert choose(draft.variant_seed, sizes) != before[1]  # a visible change, always
        assert shown(window) == expected(window)
        assert "Ana Lima" in shown(window)[1] and not draft.hand_edited
        seen.add(shown(window))
    assert len(seen) == 6
    # Saved with the draft, like any change (the autosave watches the pane).
    assert window.autosave.isActive()
    qtbot.waitUntil(lambda: not window.autosave.isActive(), timeout=5000)
    saved = window.drafts.load(window.campaign)
    assert saved is not None and saved.variant_seed == draft.variant_seed


def test_the_shortcut_does_the_same(window: MainWindow, qtbot) -> None:
    seed = window.letter.draft.variant_seed
    window.activateWindow()
    qtbot.keyClick(
        window,
        Qt.Key.Key_W,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.letter.draft.variant_seed != seed
    assert shown(window) == expected(window)


def test_a_hand_edited_letter_is_replaced_only_when_the_user_agrees(
    window: MainWindow, monkeypatch
) -> None:
    body = window.letter.body
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    type_text(body, "P.S. My own words.")
    draft = window.letter.draft
    seed, edited = draft.variant_seed, body.toPlainText()
    asked: list[str] = []

    def refuse(text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(window.letter, "_confirm_discard", refuse)
    window.menus.wording_action.trigger()
    assert asked and "replaced" in asked[0]  # the same question as Reset asks
    assert (draft.variant_seed, body.toPlainText(), draft.hand_edited) == (seed, edited, True)
    monkeypatch.setattr(window.letter, "_confirm_discard", lambda text: True)
    window.menus.wording_action.trigger()
    assert draft.variant_seed != seed and not draft.hand_edited
    assert "My own words" not in body.toPlainText()
    assert shown(window) == expected(window)


def test_undoing_an_edit_follows_again_in_the_drafts_wording(window: MainWindow) -> None:
    sizes = window.campaign.letters["en"].sizes
    while choose(window.letter.draft.variant_seed, sizes)[1] == 0:  # not the first wordings
        window.letter.other_wording()
    body = window.letter.body
    body.setFocus()
    type_text(body, "x")
    assert window.letter.draft.hand_edited
    body.undo()
    assert not window.letter.draft.hand_edited


def test_no_button_when_the_letter_has_no_alternatives(window: MainWindow) -> None:
    combo = window.letter.letter_lang
    index = combo.findData("fr")  # the French letter has no alternative wordings
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert not window.letter.wording_button.isVisible()
    assert not window.menus.wording_action.isEnabled()
    seed = window.letter.draft.variant_seed
    window.menus.wording_action.trigger()  # nothing to draw: nothing changes
    window.letter.other_wording()
    assert window.letter.draft.variant_seed == seed
    index = combo.findData("en")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert window.letter.wording_button.isVisible() and window.menus.wording_action.isEnabled()
    window.set_ui_language("en")  # menus are rebuilt on a switch: the action keeps its state
    assert window.menus.wording_action.isEnabled()


def test_what_it_says_uses_the_drafts_wording(window: MainWindow, make_campaign) -> None:
    varied = MINIMAL_FILES["letters/en.txt.j2"].replace(
        "Please act.", "[[ Please act. | Act now. | Do act. ]]"
    )
    french = varied.replace("[[ Please act. | Act now. | Do act. ]]", "[[ Agissez. | Vite. ]]")
    root = make_campaign({"letters/en.txt.j2": varied, "letters/fr.txt.j2": french})
    window.show_campaign(load_campaign(root))
    letter = window.letter
    letter.draft.variant_seed = next(s for s in range(100) if choose(s, (2,)) == (1,))
    letter.set_ui_language("fr")
    letter.letter_tabs.setCurrentIndex(1)
    assert "Vite." in letter.parallel.toPlainText()
    assert "Agissez." not in letter.parallel.toPlainText()


def test_a_new_drafts_wording_is_kept_before_any_edit(window: MainWindow, qtbot, library) -> None:
    """Open, read, close, open again: the same letter, though the user typed nothing."""
    seed = window.letter.draft.variant_seed
    qtbot.waitUntil(lambda: window.drafts.load(window.campaign) is not None, timeout=5000)
    again = MainWindow(library, ui_lang="en", store=window.store)
    qtbot.addWidget(again)
    again.show_campaign(load_campaign(BUILTIN, builtin=True))
    assert again.letter.draft.variant_seed == seed
    assert shown(again) == shown(window)


def test_a_screenshot_draws_the_first_wordings_and_saves_nothing(qtbot, library) -> None:
    win = MainWindow(library, ui_lang="en", screenshot=True)
    qtbot.addWidget(win)
    win.show_campaign(load_campaign(BUILTIN, builtin=True))
    assert win.letter.draft.variant_seed is None
    win.save_draft()
    assert win.drafts.load(win.campaign) is None
