# SPDX-License-Identifier: GPL-3.0-or-later
"""Languages of the interface: Qt translators (ours and Qt's own), live switching,
pseudo-localisation for layout checks, and the core's problems as translated sentences."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from composer.paths import package_data
from composer.problems import MESSAGES, Problem

if TYPE_CHECKING:
    from composer.mail.outbox import Item

UI_LANGUAGES = ("en", "fr", "nl", "de", "es", "ru", "kk")  # English is the source
PSEUDO_VARIABLE = "LETTER_COMPOSER_PSEUDO"  # "long" or "rtl": layout checks


def translations_dir() -> Path:
    """Where the compiled .qm files are: ui/translations once installed (the wheel, the
    frozen app), the top-level translations/ of a checkout (compiled there by make)."""
    return package_data("ui", "translations")


def system_language() -> str:
    """The first of the system's UI languages that the app speaks, else English."""
    from PySide6.QtCore import QLocale

    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return "en"


class PseudoTranslator(QTranslator):
    """Makes every string longer (by about 40 %) or right-to-left, to find clipped layouts."""

    def __init__(self, mode: str) -> None:
        super().__init__()
        self.mode = mode

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        if self.mode == "rtl":
            return "\u202e" + source + "\u202c"  # right-to-left override: mirrored text
        padding = "~" * max(2, len(source) * 2 // 5)
        return f"[{source}{padding}]"

    def isEmpty(self) -> bool:
        return False


class Translations:
    """The translators installed in the application, replaced on a language switch."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = "en"

    def use(self, lang: str) -> str:
        """Install the interface in `lang` (English when it is not available); Qt then
        sends every widget a LanguageChange event. Returns the language now in use."""
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        lang = lang if lang in UI_LANGUAGES else "en"
        ours = QTranslator(self.app)
        if ours.load(str(translations_dir() / f"letter_composer_{lang}.qm")):
            self._install(ours)  # English's holds only plurals: "1 letter", "2 letters"
        elif lang != "en":
            lang = "en"  # not built: say so by staying in English, the source
            if ours.load(str(translations_dir() / "letter_composer_en.qm")):
                self._install(ours)
        if lang != "en":
            # Qt's own dialogs (file chooser, message box buttons) in the same language.
            qt = QTranslator(self.app)
            if qt.load(
                f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                self._install(qt)
        pseudo = os.environ.get(PSEUDO_VARIABLE, "")
        if pseudo in ("long", "rtl"):
            self._install(PseudoTranslator(pseudo))
            if pseudo == "rtl" and isinstance(self.app, QApplication):
                self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.language = lang
        return lang

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self.installed.append(translator)


def problem_text(problem: Problem, capital: bool = True) -> str:
    """The problem as one sentence in the UI language, with its place when it has one
    (`capital` False: as a clause, after words of the window's own)."""
    template = QCoreApplication.translate("Problem", MESSAGES[problem.code])
    try:
        text = template.format(**problem.args)
    except (KeyError, IndexError, ValueError):  # a broken translation: fall back to English
        text = MESSAGES[problem.code].format(**problem.args)
    if capital:
        text = text[:1].upper() + text[1:]
    return f"{problem.where}: {text}" if problem.where else text


def reason_text(item: Item) -> str:
    """Why an outbox letter did not go, in the UI language when its problems are known
    (the English sentence kept for the command line otherwise, e.g. a closed campaign's
    own note)."""
    from composer.mail.outbox import problems_of

    found = problems_of(item)
    if not found:
        return item.last_error
    return "; ".join(problem_text(p, capital=False) for p in found)
