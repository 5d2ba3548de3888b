"""The command line: thin click commands over the library.

Owns: parsing options, calling one library function per command, turning ``FactcheckError``
into one line on stderr with exit status 2, and picking the exit status (0 clean, 1 findings
that fail the policy). Must not: read prose, judge claims or format reports itself; it is the
top floor, so nothing in the package imports it.
"""

from .cli import cli, main

__all__ = ["cli", "main"]
