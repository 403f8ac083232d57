# SPDX-License-Identifier: GPL-3.0-or-later
"""A screen reader's view of the app: a client of the accessibility bus (AT-SPI) in a
process of its own, as Orca is. Run with Debian's /usr/bin/python3 (PyGObject and the
Atspi typelib are Debian packages, python3-gi and gir1.2-atspi-2.0, not in the venv), so
this file imports nothing of the project.

It reads one JSON command a line on stdin and answers one JSON line on stdout:
  {"cmd": "wait_app", "name": APP, "timeout": S}     the app is on the bus with a window
  {"cmd": "windows"}                                  the app's top-level windows
  {"cmd": "tree", "window": TITLE-OR-NULL}            a window's tree (null: the active one)
  {"cmd": "press", "keys": "Tab"}                     keys typed on the X display (xdotool),
                                                       then the object the focus moved to
  {"cmd": "focused"}                                  the object that has the focus
  {"cmd": "action", "find": {...}, "action": NAME}    an accessibility action (e.g. Press)
  {"cmd": "grab_focus", "find": {...}}                put the focus on an object
  {"cmd": "events", "clear": true}                    announcements and focus changes heard
  {"cmd": "wait_event", "type": T, "contains": S, "timeout": S}
  {"cmd": "quit"}
"find" matches by role, name (exact) and/or name_contains, in the window named by
"window" (a title substring; default: any window of the app)."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP_NAME = "Letter Composer"
MAX_DEPTH = 40  # a tree deeper than this is a bug (a cycle), not a window


def states_of(obj: Atspi.Accessible) -> list[str]:
    try:
        return sorted(Atspi.StateType(s).value_nick for s in obj.get_state_set().get_states())
    except GLib.Error:
        return []


def actions_of(obj: Atspi.Accessible) -> list[str]:
    action = obj.get_action_iface()
    if action is None:
        return []
    return [action.get_action_name(i) for i in range(action.get_n_actions())]


def relations_of(obj: Atspi.Accessible) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for rel in obj.get_relation_set() or []:
        kind = rel.get_relation_type().value_nick
        out.setdefault(kind, []).extend(
            rel.get_target(i).get_name() or "" for i in range(rel.get_n_targets())
        )
    return out


def describe(obj: Atspi.Accessible | None) -> dict | None:
    if obj is None:
        return None
    text = selected = ""
    iface = obj.get_text_iface()
    if iface is not None:
        try:
            text = iface.get_text(0, min(iface.get_character_count(), 200))
            if iface.get_n_selections() > 0:  # e.g. the link Tab moved to in a text
                span = iface.get_selection(0)
                selected = iface.get_text(span.start_offset, span.end_offset)
        except GLib.Error:
            pass
    return {
        "role": obj.get_role_name(),
        "name": obj.get_name() or "",
        "description": obj.get_description() or "",
        "states": states_of(obj),
        "actions": actions_of(obj),
        "relations": relations_of(obj),
        "text": text,
        "selection": selected,
        "window": window_title(obj),
    }


def window_title(obj: Atspi.Accessible) -> str:
    """The title of the top-level window the object is in."""
    try:
        node, depth = obj, 0
        while node is not None and depth < MAX_DEPTH:
            parent = node.get_parent()
            if parent is not None and parent.get_role() == Atspi.Role.APPLICATION:
                return node.get_name() or ""
            node, depth = parent, depth + 1
    except GLib.Error:
        pass
    return ""


def dump(obj: Atspi.Accessible, depth: int = 0) -> dict:
    node = describe(obj) or {}
    node["children"] = []
    if depth < MAX_DEPTH:
        for i in range(obj.get_child_count()):
            child = obj.get_child_at_index(i)
            if child is not None:
                node["children"].append(dump(child, depth + 1))
    return node


class Client:
    def __init__(self) -> None:
        self.events: list[dict] = []
        self.focus: Atspi.Accessible | None = None
        self.listener = Atspi.EventListener.new(self._heard)
        for kind in ("object:announcement", "object:state-changed:focused", "window:activate"):
            self.listener.register(kind)

    def _heard(self, event: Atspi.Event) -> None:
        try:
            if event.type.startswith("object:state-changed:focused"):
                if event.detail1 != 1:
                    return
                self.focus = event.source
            said = event.any_data if isinstance(event.any_data, str) else ""
            self.events.append(
                {
                    "type": event.type,
                    "text": said,
                    "detail1": event.detail1,
                    "source": {
                        "role": event.source.get_role_name() if event.source else "",
                        "name": (event.source.get_name() or "") if event.source else "",
                    },
                    "time": time.monotonic(),
                }
            )
        except GLib.Error:
            pass  # the object went away while we asked about it

    def pump(self, seconds: float = 0.0) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= end:
                return
            time.sleep(0.01)

    def quiet(self, seconds: float, until: float) -> None:
        """Pump until no event came for `seconds` (or the clock reaches `until`)."""
        heard, last = len(self.events), time.monotonic()
        while time.monotonic() < until and time.monotonic() - last < seconds:
            self.pump(0.05)
            if len(self.events) != heard:
                heard, last = len(self.events), time.monotonic()

    def app(self) -> Atspi.Accessible | None:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and app.get_name() == APP_NAME:
                app.set_cache_mask(Atspi.Cache.NONE)  # read names fresh, never stale
                return app
        return None

    def windows(self) -> list[Atspi.Accessible]:
        app = self.app()
        if app is None:
            return []
        return [w for w in (app.get_child_at_index(i) for i in range(app.get_child_count())) if w]

    def window(self, title: str | None) -> Atspi.Accessible | None:
        for win in self.windows():
            states = states_of(win)
            if title is None and "active" in states:
                return win
            if title is not None and title in (win.get_name() or "") and "visible" in states:
                return win
        return None

    def find(self, spec: dict) -> Atspi.Accessible | None:
        roots = [self.window(spec["window"])] if spec.get("window") else self.windows()

        def matches(obj: Atspi.Accessible) -> bool:
            name = obj.get_name() or ""
            return (
                ("role" not in spec or obj.get_role_name() == spec["role"])
                and ("name" not in spec or name == spec["name"])
                and ("name_contains" not in spec or spec["name_contains"] in name)
            )

        def search(obj: Atspi.Accessible, depth: int) -> Atspi.Accessible | None:
            if matches(obj):
                return obj
            if depth >= MAX_DEPTH:
                return None
            for i in range(obj.get_child_count()):
                child = obj.get_child_at_index(i)
                found = search(child, depth + 1) if child is not None else None
                if found is not None:
                    return found
            return None

        for root in roots:
            found = search(root, 0) if root is not None else None
            if found is not None:
                return found
        return None

    def focused(self) -> Atspi.Accessible | None:
        """The object the last focus event named, if it still says it has the focus."""
        self.pump(0.05)
        if self.focus is not None and "focused" in states_of(self.focus):
            return self.focus
        return None

    def handle(self, cmd: dict) -> object:
        kind = cmd["cmd"]
        if kind == "wait_app":
            end = time.monotonic() + cmd.get("timeout", 30)
            while time.monotonic() < end:
                if self.window(None) is not None:
                    # Until start-up is over (the app's work after its first paint, the
                    # window manager's own focusing, which closed a menu opened in the
                    # meantime): nothing heard for a while.
                    self.quiet(cmd.get("quiet", 1.5), until=end)
                    return True
                self.pump(0.1)
            return False
        if kind == "windows":
            return [
                {"name": w.get_name() or "", "role": w.get_role_name(), "states": states_of(w)}
                for w in self.windows()
            ]
        if kind == "tree":
            win = self.window(cmd.get("window"))
            return dump(win) if win is not None else None
        if kind == "press":
            before = len(self.events)
            *held, key = cmd["keys"].split("+")
            # Modifiers are held until the focus has moved, as a hand holds them: let go
            # at once (xdotool's chord), Alt's release could close the menu Alt+T was
            # still opening.
            typed = ["xdotool", "keydown", *held, "key", key] if held else ["xdotool", "key", key]
            subprocess.run(typed, check=True)
            # Wait for the focus to move (a focus event), or for quiet if it does not.
            end = time.monotonic() + cmd.get("timeout", 2.0)
            while time.monotonic() < end:
                self.pump(0.02)
                if any(
                    e["type"].startswith("object:state-changed:focused")
                    for e in self.events[before:]
                ):
                    break
            if held:
                subprocess.run(["xdotool", "keyup", *reversed(held)], check=True)
            self.pump(cmd.get("settle", 0.1))
            return describe(self.focused())
        if kind == "focused":
            return describe(self.focused())
        if kind == "action":
            obj = self.find(cmd["find"])
            if obj is None:
                return {"error": f"not found: {cmd['find']}"}
            names = actions_of(obj)
            if cmd["action"] not in names:
                return {"error": f"no action {cmd['action']!r} in {names}"}
            done = obj.get_action_iface().do_action(names.index(cmd["action"]))
            self.pump(cmd.get("settle", 0.2))
            return {"done": bool(done)}
        if kind == "grab_focus":  # what a screen reader's "go to" does
            obj = self.find(cmd["find"])
            if obj is None:
                return {"error": f"not found: {cmd['find']}"}
            done = obj.get_component_iface().grab_focus()
            # Qt also activates the window: the window manager answers a moment later
            # (and would close a menu opened in between). Wait till all is quiet.
            self.quiet(cmd.get("quiet", 0.7), until=time.monotonic() + 5)
            return {"done": bool(done)}
        if kind == "find":
            return describe(self.find(cmd["find"]))
        if kind == "events":
            self.pump(cmd.get("settle", 0.1))
            heard = list(self.events)
            if cmd.get("clear"):
                self.events.clear()
            return heard
        if kind == "wait_event":
            end = time.monotonic() + cmd.get("timeout", 10)
            while time.monotonic() < end:
                for event in self.events:
                    if event["type"].startswith(cmd["type"]) and cmd.get("contains", "") in (
                        event["text"] + " " + event["source"]["name"]
                    ):
                        return event
                self.pump(0.05)
            return None
        return {"error": f"unknown command {kind!r}"}


def main() -> int:
    client = Client()
    pending = b""
    while True:
        ready, _, _ = select.select([0], [], [], 0.05)
        if not ready:
            client.pump()
            continue
        chunk = os.read(0, 65536)
        if not chunk:
            return 0
        pending += chunk
        while b"\n" in pending:
            line, pending = pending.split(b"\n", 1)
            cmd = json.loads(line)
            if cmd["cmd"] == "quit":
                return 0
            try:
                answer = {"ok": client.handle(cmd)}
            except GLib.Error as exc:  # the app answered with an error, or went away
                answer = {"error": str(exc)}
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    sys.exit(main())
