# SPDX-License-Identifier: GPL-3.0-or-later
"""What a screen-reader user needs of any window, checked on its tree as read from the
accessibility bus (the dicts tests/ui/atspi/client.py dumps: role, name, description,
states, relations, children).

`audit(tree)` returns one sentence per problem (empty: none). It takes any top-level
window: the main window, a dialog, a message box. Only what is shown counts: a hidden
widget is not on the screen reader's way either."""

from __future__ import annotations

from typing import Any

Node = dict[str, Any]

# Roles a user reaches and works with; each needs a name a listener understands.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "password text",
    "entry",
    "spin button",
    "slider",
    "list",
    "list item",
    "page tab",
    "page tab list",
    "table",
    "tree",
    "tree table",
    "tree item",
    "table cell",
    "link",
    "menu item",
    "check menu item",
    "radio menu item",
    "label",  # a focusable label: read-only text a user can move into (the appeal)
    "document text",
    "document frame",
}
# Controls whose label is a separate widget beside them: it must be tied to them (a
# buddy), so that moving to the field says what it is for.
FIELDS = {"text", "password text", "entry", "combo box", "spin button", "list", "slider"}


def shown(node: Node) -> bool:
    return "visible" in node["states"]


def where(path: list[Node]) -> str:
    return " › ".join(f"{n['role']} {n['name']!r}" if n["name"] else n["role"] for n in path)


def understandable(name: str) -> bool:
    """A name made of words, not only symbols ("…", "×", "?") or nothing."""
    return any(ch.isalpha() or ch.isdigit() for ch in name)


def audit(tree: Node) -> list[str]:
    problems: list[str] = []

    def visit(node: Node, path: list[Node]) -> None:
        here = [*path, node]
        states = node["states"]
        focusable = "focusable" in states and "enabled" in states
        if node["role"] in CONTROLS and focusable:
            name = node["name"].strip()
            if not name and node["description"].strip():
                problems.append(f"{where(here)}: only a tooltip says what it is (no name)")
            elif not understandable(name):
                problems.append(f"{where(here)}: no name a listener understands ({name!r})")
        relations = node["relations"]
        unnamed = not node["name"].strip()
        if node["role"] in FIELDS and focusable and unnamed and not relations.get("labelled-by"):
            problems.append(f"{where(here)}: not tied to a label (no buddy, no name)")
        names_a_field = node["role"] == "label" and node["name"].rstrip().endswith(":")
        if names_a_field and "focusable" not in states and not relations.get("label-for"):
            problems.append(f"{where(here)}: a label that labels nothing (no buddy)")
        seen: dict[tuple[str, str], int] = {}
        for child in node["children"]:
            if not shown(child):
                continue
            if child["role"] in CONTROLS and "focusable" in child["states"] and child["name"]:
                key = (child["role"], child["name"])
                seen[key] = seen.get(key, 0) + 1
                if seen[key] == 2:
                    problems.append(
                        f"{where(here)}: two {child['role']}s have the same name {child['name']!r}"
                    )
            visit(child, here)

    visit(tree, [])
    return problems


def walk(tree: Node) -> list[Node]:
    """Every shown node, parents first."""
    out: list[Node] = []

    def visit(node: Node) -> None:
        out.append(node)
        for child in node["children"]:
            if shown(child):
                visit(child)

    visit(tree)
    return out


def focusable(tree: Node) -> list[Node]:
    """The shown controls a user can put the focus on."""
    return [
        n
        for n in walk(tree)
        if "focusable" in n["states"]
        and "enabled" in n["states"]
        and "showing" in n["states"]
        and n["role"] in CONTROLS
        and n["role"] not in ("list item", "menu item", "page tab")  # reached by arrows
    ]
