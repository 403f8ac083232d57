# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up's deferred work: what waits until the window has been drawn, and why.

The supporter waits for the window, not for what they cannot use yet. So before the first
paint the app builds only what the window shows: the appeal, the one letter (jinja2), and
the menu bar with its titles and the More Ways button, their menus empty. Nothing of the
keyring, the account or the mail code is imported by then (a test checks the real start
path).

Once the window is on screen (`schedule`, then `after_first_paint`), in this order:

1. the menus' ~40 actions, shortcuts and key sequences (`Menus.fill`);
2. the campaign's letter templates that the first letter did not need, compiled (a
   prepared campaign leaves them for later), so that the first keystroke stays fast
   (`finish_window` does 1 and 2);
3. the rendered letters earlier versions left in the cache, removed: they held what the
   supporter typed;
4. the outbox: what a crash left settled, letters still waiting announced and retried from
   then on (this brings in the mail code and OpenSSL);
5. the window's icon (reading its PNG files);
6. the sources PySide read while the app imported dropped, start-up's garbage collected,
   and what stays frozen out of later collections (`settle`).

Steps 3 to 6 run even if 1 or 2 failed: waiting letters must still be retried.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from .main_window import MainWindow

FIRST_PAINT_MS = 150  # when the window has been drawn, normally
EXPOSED_WAIT_MS = (50, 2000)  # if not yet on screen: look again every 50 ms, up to 2 s


def schedule(window: MainWindow) -> None:
    """Run `after_first_paint` once the shown window has had time to be drawn."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(FIRST_PAINT_MS, lambda: after_first_paint(window))


def after_first_paint(window: MainWindow, waited: int = 0) -> None:
    """Steps 1 to 6 of the module's docstring, once the window is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    handle = window.windowHandle()
    step, limit = EXPOSED_WAIT_MS
    if handle is not None and not handle.isExposed() and waited < limit:
        # Not on screen yet (a slow display, say); a window that never is (started
        # minimised) still gets its outbox after the limit.
        QTimer.singleShot(step, lambda: after_first_paint(window, waited + step))
        return
    try:
        finish_window(window)
    finally:  # whatever happened there, waiting letters are still retried
        try:
            from composer.campaigns import prepared

            prepared.remove_old_renders()  # earlier versions kept typed details there
            window.outbox_control.start()  # letters left waiting: retried from now on
            QApplication.setWindowIcon(app_icon())
        finally:
            settle()


def finish_window(window: MainWindow) -> None:
    """What the window could do without until it was drawn: the menus' actions, and
    compiling the letter templates the first letter did not need."""
    window.menus.fill()
    if window.campaign is None:
        return
    from composer.campaigns import prepared
    from composer.problems import ComposerError

    # The campaign was validated: only a changed jinja2 could fail here, and then the
    # next render says so where the user sees it.
    with contextlib.suppress(ComposerError):
        prepared.warm_up(window.campaign)


def drop_read_sources() -> None:
    """Once imported, PySide6 reads the source of each module imported after it, looking
    for its own name (its `__feature__` switches), and Python's linecache keeps each
    source it read: about 1 MB of text the app never needs unless a traceback is printed,
    which reads the file again then."""
    import linecache

    linecache.clearcache()


def settle(collect: bool = True) -> None:
    """The first paint is done. Start-up made thousands of objects that live as long as
    the window (PySide's types, the widgets): once its garbage is collected, they are
    frozen (gc.freeze, Python's public API), so that no later collection, nor the ones at
    exit, walks them again (measured: about a fifth of a `--screenshot` run on 2 cores).
    `collect`: False when the process ends right away, as after a screenshot."""
    import gc

    drop_read_sources()  # the deferred work imported more (the mail code, the keyring)
    if collect:
        gc.collect()
    gc.freeze()


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon

    from composer.paths import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons" / "hicolor").glob("*/letter-composer.png")):
        icon.addFile(str(png))
    return icon
