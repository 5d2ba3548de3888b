"""How the command line's process ends.

Owns: ending the process once the command has said everything (``leave``): the exit
functions run (the kept patterns, methods and figures are saved, a temporary folder is
removed), standard output and error are flushed, and the process exits with the status
Python would give the command's exit code, without the interpreter's own shutdown: that
takes apart, one by one, every module, table, pattern and fact the command made, which
no one reads again (a sixteenth of the instructions of a warm ``factcheck check``). Where
that shutdown still has work to do (a thread still running, to be waited for; an exit code
that is a message; output that cannot be flushed, whose error Python reports), the process
ends as Python ends it. Must not: be called by the library, nor anywhere but at the very
end of ``main()`` (the command line owns its process, as with ``kept.py``).
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn


def exit_status(code: object) -> int:
    """The status Python exits with for ``SystemExit(code)``: None is 0, an integer is
    itself, anything else (a message, which Python prints) is 1."""
    if code is None:
        return 0
    if isinstance(code, int):
        return int(code)
    return 1


def leave(code: object) -> NoReturn:
    """End the process as ``SystemExit(code)`` would, without the interpreter's shutdown."""
    if threading.active_count() > 1 or not (code is None or isinstance(code, int)):
        # threads to wait for before the exit functions run, a message to print: Python's way
        raise SystemExit(code)
    atexit._run_exitfuncs()  # run once: Python's shutdown finds none left to run
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        raise SystemExit(code) from None  # Python reports the stream's error its own way
    os._exit(exit_status(code))
