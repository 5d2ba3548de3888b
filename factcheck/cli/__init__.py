"""The command line: thin click commands over the library.

Owns: parsing options, calling one library function per command, turning ``FactcheckError``
into one line on stderr with exit status 2, and picking the exit status (0 clean, 1 findings
that fail the policy). Must not: read prose, judge claims or format reports itself; it is the
top floor, so nothing in the package imports it. The commands are ``cli.cli``; ``main`` is
the ``factcheck`` command, which keeps what an earlier run compiled (``kept.py``) before it
imports them, so that their own imports use it too, and what it read of the store's
statements (``figures.py``).
"""


def main() -> None:
    from .methods import keep_methods
    from .patterns import keep_patterns

    # The patterns and dataclass methods an earlier run compiled are not compiled again.
    keep_patterns()
    keep_methods()
    from .figures import keep_figures

    keep_figures()  # and the figures of the store's statements, read once a command checks
    from .cli import cli

    cli(prog_name="factcheck")
