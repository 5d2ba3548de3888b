"""The command line: thin click commands over the library.

Owns: parsing options, calling one library function per command, turning ``FactcheckError``
into one line on stderr with exit status 2, and picking the exit status (0 clean, 1 findings
that fail the policy). Must not: read prose, judge claims or format reports itself; it is the
top floor, so nothing in the package imports it. The commands are ``cli.cli``; ``main`` is
the ``factcheck`` command, which keeps what an earlier run compiled (``kept.py``) before it
imports them, so that their own imports use it too, and what the rules read from the
store's facts (``derived.py``); the garbage collector is held back while it starts
(``collector.py``), and the process ends without taking its heap apart (``leaving.py``).
"""


def main() -> None:
    from .collector import starting

    starting()  # the collector is held back while the command imports (collector.py)
    from .patterns import keep_patterns

    # The patterns and dataclass methods an earlier run compiled are not compiled again;
    # the patterns first, so that those of the modules below (dataclasses') are kept too.
    keep_patterns()
    from .methods import keep_methods

    keep_methods()
    from .derived import keep_derived

    keep_derived()  # and what the rules read from the store's facts, once a command checks
    from .cli import cli
    from .leaving import leave

    try:
        cli(prog_name="factcheck")
    except SystemExit as done:  # how click ends every command, and --help and --version
        leave(done.code)
    leave(0)
