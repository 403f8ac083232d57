# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point of the window app: arguments, QApplication, the first campaign, screenshots."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from composer import __version__

if TYPE_CHECKING:
    from composer.campaigns.campaign import Campaign
    from composer.campaigns.library import Library


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="letter-composer", description="Letter Composer")
    p.add_argument(
        "path", nargs="?", metavar="CAMPAIGN", help="a campaign folder or .campaign file to open"
    )
    p.add_argument("--campaign", metavar="PATH", help="same as CAMPAIGN")
    p.add_argument("--lang", metavar="CODE", help="language of the interface and appeal")
    p.add_argument(
        "--screenshot", metavar="PNG", help="draw the window at 1280x800 into PNG and exit"
    )
    p.add_argument(
        "--diagnose",
        action="store_true",
        help="print what this installation finds (keyring, languages) and exit",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    return _parser().parse_args(argv)  # None: sys.argv[1:]


def diagnose() -> int:
    """What a supporter (or a test of the installed package) can check without a window."""
    import json

    from PySide6.QtCore import qVersion

    from composer.account.keystore import PasswordStore, backend_name
    from composer.campaigns.library import Library
    from composer.templates.dates import date_languages

    from .i18n import UI_LANGUAGES, translations_dir

    store = PasswordStore()
    try:
        dates = len(date_languages())
    except OSError:  # the CLDR table is missing from this installation
        dates = 0
    info = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "qt": qVersion(),
        "keyring": backend_name(store.backend),
        "keyring_secure": store.secure,
        "languages": ["en"]
        + [
            lang
            for lang in UI_LANGUAGES[1:]
            if (translations_dir() / f"letter_composer_{lang}.qm").is_file()
        ],
        "campaigns": [p.name for p in Library.default().builtin_paths()],
        "date_languages": dates,  # languages whose letters get CLDR dates
    }
    print(json.dumps(info, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.diagnose:
        return diagnose()
    if args.screenshot and not os.environ.get("QT_QPA_PLATFORM"):
        # A screenshot needs no screen: draw offscreen so it works on any machine.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    # The core before Qt. Once imported, PySide6 searches the source of the module named
    # in every later import statement for its own name (for its `__feature__` switches; a
    # known start-up cost, napari/napari#8584) and keeps that source in memory. The core
    # never uses Qt, so what the first paint needs of it comes first: the library, the
    # campaign's trust, the draft store (sqlite3), and for the first letter jinja2 with
    # the sandbox and the wordings, which the core itself imports only when a letter is
    # first compiled (measured: ~10 ms and 3 MB of a start).
    from composer.campaigns import trust  # noqa: F401  (the campaign's trust, judged first)
    from composer.campaigns.library import Library
    from composer.data import drafts  # noqa: F401  (the draft store)
    from composer.paths import config_dir, private_file
    from composer.problems import ComposerError
    from composer.templates import sandbox, variants  # noqa: F401  (the first letter)

    # Its folders too: finding them (importlib.resources, platformdirs) imports more.
    library = Library.default()

    # isort: split
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from . import startup
    from .i18n import Translations, system_language
    from .main_window import MainWindow

    startup.drop_read_sources()

    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from .colours import readable_placeholders

    app.setPalette(readable_placeholders(app.palette()))  # hints in empty fields, 4.5:1
    app.setApplicationName("Letter Composer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.lettercomposer.LetterComposer")  # the .desktop and AppStream id

    settings = None
    if not args.screenshot:  # a screenshot must not move the user's window next time
        from PySide6.QtCore import QSettings

        ini = config_dir() / "window.ini"
        with contextlib.suppress(OSError):  # QSettings keeps the mode of the file it finds
            private_file(ini)
        settings = QSettings(str(ini), QSettings.Format.IniFormat)
    # --lang, else the language chosen in the menu last time, else the system's.
    chosen = args.lang or (settings.value("ui/language") if settings is not None else None)
    translations = Translations(app)
    ui_lang = translations.use(str(chosen or system_language()).lower())
    window = MainWindow(
        library,
        settings=settings,
        ui_lang=ui_lang,
        translations=translations,
        screenshot=bool(args.screenshot),
        menus_after_paint=True,  # the bar shows its titles; the actions come right after
    )

    target = args.campaign or args.path
    failure: ComposerError | None = None
    try:
        if target:
            campaign = library.resolve(target)
        else:  # where the user left off, else the built-in appeal
            campaign = last_campaign(library, settings) or library.default_campaign()
    except ComposerError as exc:
        print(f"letter-composer: {exc}", file=sys.stderr)
        if args.screenshot:
            return 1
        failure = exc
        campaign = _builtin_or_none(library)
    if campaign is not None:
        if window.show_campaign(campaign):
            if target and not campaign.builtin and not args.screenshot:
                with contextlib.suppress(OSError):
                    library.remember(Path(target))
        else:  # not safe to use: the window says why, over the built-in campaign
            if args.screenshot and target:
                print(f"letter-composer: {target}: not safe to use", file=sys.stderr)
                return 1
            fallback = _builtin_or_none(library)
            if fallback is not None:
                window.show_campaign(fallback)

    if args.screenshot:
        return _screenshot(app, window, Path(args.screenshot))
    window.show()
    startup.schedule(window)  # nothing that can wait runs before the first paint
    if target and window.verdict is not None and window.verdict.status == "new-key":
        # A signed campaign opened for the first time (a .campaign file double-clicked):
        # its key, and the choice to trust it, as File › Open does.
        window.trust.check_key()
    if failure is not None:
        # Explain in the window, over the built-in campaign, why the bundle did not open.
        window.show_open_error(Path(str(target)), failure)
    return app.exec()


def last_campaign(library: Library, settings: object) -> Campaign | None:
    """The campaign shown when the app was last closed, if it still opens."""
    if settings is None:  # a screenshot: the built-in campaign (and no QSettings type)
        return None
    from PySide6.QtCore import QSettings

    from composer.problems import ComposerError

    if not isinstance(settings, QSettings):
        return None
    path = settings.value("session/campaign")
    if not path:
        return None
    try:
        return library.load(str(path))
    except (ComposerError, OSError):
        return None


def _builtin_or_none(library: Library) -> Campaign | None:
    from composer.problems import ComposerError

    try:
        return library.default_campaign()
    except ComposerError:
        return None


def _quiet_offscreen(mode: object, context: object, message: str) -> None:
    # The offscreen platform warns that it cannot size windows from hints: not our problem.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _screenshot(app: object, window: object, out: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    assert isinstance(window, QMainWindow)
    window.resize(1280, 800)
    window.show()
    for _ in range(3):  # let layouts settle and fonts load
        QApplication.processEvents()
    pixmap = window.grab()
    if not pixmap.save(str(out), "PNG"):
        print(f"letter-composer: cannot write {out}", file=sys.stderr)
        return 1
    from .startup import settle

    # Not window.close(): nothing to save or ask in a screenshot.
    settle(collect=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
