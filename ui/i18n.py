"""Turn the core's problems into sentences for the user, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from composer.problems import MESSAGES, Problem


def problem_text(problem: Problem) -> str:
    """The problem as one sentence in the UI language, with its place when it has one."""
    text = QCoreApplication.translate("Problem", MESSAGES[problem.code]).format(**problem.args)
    text = text[:1].upper() + text[1:]
    return f"{problem.where}: {text}" if problem.where else text
