# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen-reader user and a keyboard user meet, read from the real accessibility
bus (AT-SPI) by a client in another process, with real keys typed on a real X display:
tests/ui/atspi/ (the rig, the client, the audit any window can be put through)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..mailserver import PASSWORD, USER, MailServer
from .atspi.audit import audit, focusable, walk
from .atspi.rig import Desktop


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    with Desktop(tmp_path) as desk:
        yield desk


def node(role: str, name: str = "", *children: dict, **extra: object) -> dict:
    states = extra.pop("states", ["visible", "showing", "focusable", "enabled"])
    return {
        "role": role,
        "name": name,
        "description": extra.pop("description", ""),
        "states": states,
        "relations": extra.pop("relations", {}),
        "children": list(children),
    }


def test_the_audit_finds_each_kind_of_problem() -> None:
    quiet = ["visible", "showing"]
    window = node(
        "dialog",
        "Send",
        node("push button", "", description="Close the dialog"),  # a tooltip only
        node("push button", "×"),  # a symbol
        node("text", ""),  # a field with no label
        node("label", "Server:", states=quiet),  # a label tied to nothing
        node("push button", "Retry"),
        node("push button", "Retry"),  # two of a role with one name
        node("push button", "", states=["focusable", "enabled"]),  # hidden: not counted
        node("text", "", relations={"labelled-by": ["Name:"]}, states=["visible", "focusable"]),
        states=quiet,
    )
    problems = audit(window)
    assert len(problems) == 6, problems
    for words in ("only a tooltip", "'×'", "not tied to a label", "labels nothing", "'Retry'"):
        assert any(words in p for p in problems), (words, problems)
    fine = node("dialog", "Send", node("push button", "Retry"), node("push button", "Cancel"))
    assert audit(fine) == []


def test_the_main_window_passes_the_audit(desktop: Desktop) -> None:
    tree = desktop.tree()
    assert tree["role"] == "frame" and "Letter Composer" in tree["name"]
    assert audit(tree) == []
    controls = {(n["role"], n["name"]) for n in focusable(tree)}
    # The heart of the app, by name: the letter and the appeal.
    assert ("text", "Letter") in controls and ("label", "Appeal") in controls, controls


def test_tab_and_shift_tab_reach_every_control_in_order_and_wrap(desktop: Desktop) -> None:
    tree = desktop.tree()
    assert desktop.focused()["name"] == "Your name *"  # where the window opens
    forward = desktop.tab_cycle("Tab")
    reached = {(role, name) for role, name, _ in forward} | {("text", "Your name *")}
    for control in focusable(tree):
        assert (control["role"], control["name"]) in reached, (control, forward)
    names = [name for _, name, _ in forward]
    # Down the letter pane, then the appeal (as the panes read), then round again.
    order = ["Town", "Subject:", "Letter", "Send…", "Show the original", "Appeal"]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order), names
    backward = desktop.tab_cycle("shift+Tab")
    controls = [(role, name) for role, name, _ in forward]
    back = [(role, name) for role, name, _ in backward]

    def once(stops: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [s for i, s in enumerate(stops) if i == 0 or stops[i - 1] != s]

    assert once(back) == once(controls)[::-1], (forward, backward)


def test_tab_leaves_the_appeal_after_show_the_original(desktop: Desktop) -> None:
    """Issue 15's trap: in the original (French) appeal, with its two links, Tab went
    appeal → link → link → appeal for ever. Each link once, then on."""
    desktop.action("Press", role="push button", name="Show the original")
    # Tab to the appeal, the way a keyboard user goes there.
    for _ in range(30):
        now = desktop.press("Tab", timeout=0.7)
        assert now is not None
        if now["name"] == "Appeal":
            break
    stops = [(now["role"], now["name"], now["selection"])]
    for _ in range(4):
        now = desktop.press("Tab", timeout=0.7)
        assert now is not None
        stops.append((now["role"], now["name"], now["selection"]))
    appeal = [selection for role, name, selection in stops if name == "Appeal"]
    assert appeal == ["", "bolat.temirbayev@gmail.com", "mid@mid.kz"], stops
    assert stops[3][1] != "Appeal" and stops[4][1] != "Appeal", stops


def test_dialogs_open_with_the_focus_inside_pass_the_audit_and_give_it_back(
    desktop: Desktop,
) -> None:
    dialogs = {
        "Mail account": "alt+t m",
        "Outbox and sent letters": "alt+v o",
        "Mark as Sent": "alt+d m",
    }
    desktop.grab_focus(role="text", name="Subject:")
    assert desktop.focused()["name"] == "Subject:"
    for title, keys in dialogs.items():
        for key in keys.split():
            desktop.press(key, timeout=1.5)
        desktop.wait_window(title)
        inside = desktop.focused()
        assert inside is not None and inside["window"] == title, (title, inside)
        assert audit(desktop.tree(title)) == [], title
        back = desktop.press("Escape", timeout=3)
        assert back is not None and back["name"] == "Subject:", (title, back)
        assert "Letter Composer" in back["window"]


def test_what_changes_is_announced(desktop: Desktop) -> None:
    desktop.events()
    # What is missing before Send (the name is empty), said where the focus goes.
    desktop.press("ctrl+Return", timeout=1.5)
    said = desktop.wait_event("object:announcement", "Please fill in the fields marked *")
    assert said is not None, desktop.events()
    # What is wrong in the account dialog, said when Save is pressed (by its action).
    for key in ("alt+t", "m"):
        desktop.press(key, timeout=1.5)
    desktop.wait_window("Mail account")
    desktop.action("Press", role="push button", name="Save", window="Mail account")
    said = desktop.wait_event("object:announcement", "address")
    assert said is not None and said["source"]["name"] == "Mail account", desktop.events()
    desktop.press("Escape", timeout=3)
    # A language switch, pressed through the menu item's accessibility action.
    desktop.action("Press", role="menu item", name="Français")
    said = desktop.wait_event("object:announcement", "Français")
    assert said is not None and said["text"] == "Langue\xa0: Français", desktop.events()


def account_setup(server: MailServer) -> str:
    """Python that saves a mail account for `server` and its password in the keyring."""
    return (
        "from composer.account.accounts import Account, AccountStore\n"
        "from composer.account.keystore import PasswordStore\n"
        f"account = Account({USER!r}, 'Ana Test', '127.0.0.1', {server.port}, 'starttls',"
        f" {USER!r}, {server.cafile!r})\n"
        "AccountStore().save(account)\n"
        f"PasswordStore().save(account.key, {PASSWORD!r})\n"
    )


def test_sending_is_announced_recipient_by_recipient(
    tmp_path: Path, make_campaign, starttls_server: MailServer
) -> None:
    starttls_server.handler.refuse["second@example.net"] = "550 5.1.1 Unknown user"
    campaign = make_campaign()
    setup = account_setup(starttls_server)
    with Desktop(tmp_path, args=("--lang", "en", str(campaign)), prepare=setup) as desktop:
        assert desktop.focused()["name"] == "Your name *"
        desktop.type("Ana Test")
        desktop.events()
        desktop.press("ctrl+Return", timeout=2)
        desktop.wait_window("Send your letter")
        assert audit(desktop.tree("Send your letter")) == []
        assert desktop.wait_event("object:state-changed:focused", "Send", timeout=10)
        assert desktop.focused()["name"] == "Send"  # once the keyring has answered
        desktop.press("Return", timeout=2)
        done = desktop.wait_event("object:announcement", "1 of 2 letters sent", timeout=30)
        assert done is not None, desktop.events(clear=False)
        said = [e["text"] for e in desktop.events() if e["type"] == "object:announcement"]
        assert "Connecting to 127.0.0.1…" in said, said
        assert "First Office <first@example.org> — sent (1 of 2)" in said, said
        refused = [t for t in said if t.startswith("Second Office <second@example.net> —")]
        assert refused and "Unknown user" in refused[0], said
        assert "Unknown user" in done["text"]  # the summary says what did not go
        assert desktop.focused()["name"] == "Close"
        assert audit(desktop.tree("Send your letter")) == []
        back = desktop.press("Escape", timeout=3)  # the focus back where Send was pressed
        assert back is not None and back["name"] == "Your name *", back
    assert len(starttls_server.received) == 1


def test_an_open_error_is_read_with_the_focus_on_it(tmp_path: Path) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "campaign.toml").write_text("not = [valid", "utf-8")
    with Desktop(tmp_path, args=("--lang", "en", str(broken))) as desktop:
        desktop.wait_window("This campaign cannot be opened")
        tree = desktop.tree()
        assert tree["role"] == "alert", tree["role"]  # a screen reader reads it out whole
        texts = [n["name"] for n in walk(tree)]
        assert "“broken” cannot be opened as a campaign." in texts, texts
        assert audit(tree) == []
        inside = desktop.focused()
        assert inside is not None and inside["window"] == "This campaign cannot be opened"
        back = desktop.press("Escape", timeout=3)
        assert back is not None and "Letter Composer" in back["window"], back


def test_the_deliver_dialog_opens_with_the_focus_inside_and_gives_it_back(
    tmp_path: Path, make_campaign
) -> None:
    """The dialog opens the first message at once: the desktop's opener here is a script
    that writes down what it was given (the test campaign's addresses, example.org)."""
    opener = tmp_path / "bin" / "xdg-open"
    opener.parent.mkdir()
    opened = tmp_path / "opened.txt"
    opener.write_text(f'#!/bin/sh\necho "$@" >> {opened}\n', "utf-8")
    opener.chmod(0o755)
    env = {"PATH": f"{opener.parent}:{os.environ['PATH']}"}
    args = ("--lang", "en", str(make_campaign()))
    with Desktop(tmp_path, args=args, env=env) as desktop:
        desktop.type("Ana Test")
        desktop.grab_focus(role="text", name="Subject:")
        for key in ("alt+d", "a"):
            desktop.press(key, timeout=1.5)
        desktop.wait_window("Open in Your Mail App")
        inside = desktop.focused()
        assert inside is not None and inside["window"] == "Open in Your Mail App", inside
        assert audit(desktop.tree("Open in Your Mail App")) == []
        back = desktop.press("Escape", timeout=3)
        assert back is not None and back["name"] == "Subject:", back
    assert opened.read_text("utf-8").startswith("mailto:first@example.org")


def test_orca_speaks_a_fields_label_when_tab_reaches_it(desktop: Desktop) -> None:
    """A smoke test with a real screen reader (Orca 43.1, Debian 12's): Tab from the name
    field, and it says the next field by its label. (Orca 43 here writes what it says
    for a second key only when a third comes: one key is what is checked.)"""
    log = desktop.start_orca()
    said = desktop.wait_spoken(log, "Screen reader on.")
    desktop.wait_orca_idle(log)
    desktop.press("Tab")
    desktop.wait_spoken(log, "Town text.", since=said)


def test_the_network_about_licences_and_forget_dialogs_pass_the_audit(
    tmp_path: Path, starttls_server: MailServer
) -> None:
    """The dialogs of the privacy and licence work: reached by keys, audited, Escape back
    (Forget Everything's question is cancelled by Escape: nothing forgotten)."""
    setup = account_setup(starttls_server)
    with Desktop(tmp_path, args=("--lang", "en"), prepare=setup) as desktop:
        desktop.grab_focus(role="text", name="Subject:")
        for title, keys in (("Network", "alt+t n"), ("Forget everything?", "alt+t f")):
            for key in keys.split():
                desktop.press(key, timeout=1.5)
            window = desktop.wait_window(title)
            inside = desktop.focused()
            assert inside is not None and inside["window"] == window["name"], (title, inside)
            assert audit(desktop.tree(window["name"])) == [], title
            back = desktop.press("Escape", timeout=3)
            assert back is not None and back["name"] == "Subject:", (title, back)
        assert (tmp_path / "home").exists()  # nothing forgotten by Escape
        for key in ("alt+h", "a"):
            desktop.press(key, timeout=1.5)
        about = desktop.wait_window("About Letter Composer")
        assert audit(desktop.tree(about["name"])) == []
        said = desktop.tree(about["name"])["description"]
        assert "GPL-3.0-or-later" in said and "<" not in said  # words, not markup
        desktop.press("alt+l", timeout=1.5)
        desktop.wait_window("Licences")
        assert audit(desktop.tree("Licences")) == []
        assert desktop.focused()["window"] == "Licences"
        desktop.press("Escape", timeout=3)  # back to the About box, then to the letter
        desktop.wait_window("About Letter Composer")
        back = desktop.press("Escape", timeout=3)
        assert back is not None and back["name"] == "Subject:", back


def test_a_signed_campaign_given_at_start_opens_check_the_key(
    tmp_path: Path, make_campaign
) -> None:
    """A .campaign double-clicked: Check the Key opens by itself with the focus inside,
    passes the audit, and is done by keyboard alone (the key typed, Alt+T trusts); the
    focus goes back to the letter's first field."""
    from composer.campaigns.manifest import sign_folder
    from composer.campaigns.signing import SecretKey

    from .test_trust_window import signed_toml

    key = SecretKey.generate()
    folder = make_campaign({"campaign.toml": signed_toml(key)})
    sign_folder(folder, key)
    with Desktop(tmp_path, args=("--lang", "en", str(folder))) as desktop:
        title = "Trust this campaign's key?"
        desktop.wait_window(title, timeout=20)
        inside = desktop.focused()
        assert inside is not None and inside["window"] == title, inside
        assert audit(desktop.tree(title)) == []
        desktop.type(key.public.line)  # the key as the organiser published it
        back = desktop.press("alt+t", timeout=3)
        assert back is not None and back["name"] == "Your name *", back
        assert "Letter Composer" in back["window"]
        assert "Signed by the organiser you trusted" in json.dumps(desktop.tree())
