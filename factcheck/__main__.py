"""``python -m factcheck`` runs the command line."""

from .cli.cli import main

main()
