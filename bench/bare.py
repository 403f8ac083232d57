# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline: a bare PySide6 script drawing a window with a splitter, a text browser
and a text editor, then saving it like `letter-composer --screenshot` does."""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
)

app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
browser = QTextBrowser()
browser.setMarkdown("# Appeal\n\nThe appeal's text.")
splitter.addWidget(browser)
splitter.addWidget(QPlainTextEdit("The letter."))
window.setCentralWidget(splitter)
window.resize(1280, 800)
window.show()
for _ in range(3):
    app.processEvents()
window.grab().save(sys.argv[-1] if len(sys.argv) > 1 else "bare.png")
