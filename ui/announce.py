# SPDX-License-Identifier: GPL-3.0-or-later
"""Saying what changed to a screen reader, without moving the focus: how sending goes,
each recipient's result, the outbox count, what is missing, "saved", a language switch.

Qt's accessibility announcement (Qt 6.8, the oldest Qt the app runs on) reaches the
Linux accessibility bus as AT-SPI's `object:announcement` (Orca speaks it from 45.2),
Windows' UI Automation notification and macOS's announcement. With no screen reader
listening there is nobody to tell: nothing is built (its enums cost ~3 ms at start)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` (polite: after what it is saying; assertive: now,
    for what must not wait, such as a failure)."""
    text = text.strip()
    if not text or not widget.window().isVisible():
        # Nothing is said for a window not on screen yet: the screen reader reads the
        # window when it appears (and the start is spared the accessibility classes).
        return
    # Imported here: the window's first paint does not need the accessibility classes.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not QAccessible.isActive():  # no screen reader (nor other client) listening
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if assertive else politeness.Polite)
    QAccessible.updateAccessibility(event)
