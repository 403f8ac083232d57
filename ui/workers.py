# SPDX-License-Identifier: GPL-3.0-or-later
"""Run slow work (file reading, later SMTP) off the GUI thread; results come back as signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Calls fn() in a pool thread; emits done(result) or failed(exception) to the GUI."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)  # we keep the reference until the signal is handled

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI, which explains it
            # BaseException too: a pool thread must always answer, or the window waits.
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Runner(QObject):
    """Starts Tasks on a pool and keeps them alive until they report back."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[Task] = set()

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task:
        task = Task(fn)
        self._running.add(task)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running.discard(task)
            handler(value)

        task.signals.done.connect(lambda r: finish(on_done, r))
        task.signals.failed.connect(lambda e: finish(on_failed, e))
        self.pool.start(task)
        return task

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until every task is finished (for shutdown and tests)."""
        return self.pool.waitForDone(msecs)
