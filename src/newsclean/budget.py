"""A time budget for one page: ``with time_budget(seconds): parse(...)`` raises `PageTimeout`
when the budget is spent.

It is a per-page alarm (``signal.setitimer``), so it works only in a process's main thread on a
platform with ``setitimer`` (Linux, macOS); `can_alarm` says whether it does here. `PageTimeout`
derives from BaseException, so no ``except Exception`` on the way (ours or a library's) swallows
it, and once the budget is spent the alarm repeats every 0.2 s until the page gives up. An alarm
is seen between Python bytecodes: a C call that never returns is beyond it (a process pool
replaces such a worker; see `newsclean.batch`).
"""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import Iterator

_REPEAT = 0.2


class PageTimeout(BaseException):
    """The page took longer than its budget."""


def can_alarm() -> bool:
    """True when `time_budget` can interrupt work here (main thread, ``setitimer`` available)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `PageTimeout` inside the block once ``seconds`` have passed (None or 0: no budget).
    Where no alarm can be set (`can_alarm` is false) the block runs unbounded: the caller keeps
    the budget another way (`newsclean.batch` kills and replaces the worker).

    >>> with time_budget(5):
    ...     sum(range(10))
    45
    """
    if not seconds or seconds <= 0 or not can_alarm():
        yield
        return
    state = {"active": True}

    def ring(signum, frame):
        if state["active"]:
            raise PageTimeout(f"over the {seconds:g} s budget")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        state["active"] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
