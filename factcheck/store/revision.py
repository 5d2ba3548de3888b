"""The revision of the code that reads fact files: a hash of its source.

Owns: which files of the package turn fact files into a store's rows (``READER_FILES``: the
reading and writing modules of ``store/``, the base measure vocabulary, and what they import
from ``language/`` and ``model/``; ``tests/test_revision.py`` checks the list against their
imports) and the fingerprint of their bytes. A store records the fingerprint it was built
with; a store built by other code is rebuilt in full, so a change to how facts are read
never leaves the rows of unchanged fact files as the old code wrote them (the schema version
says only that the tables are alike). Reading the files costs a millisecond: ``store.py``
takes the fingerprint again only when a file's size or time changed. Must not: import the
modules it fingerprints (a warm ``check`` never loads the reader).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # the ``factcheck`` package

# Relative to the package, in the order they are hashed.
READER_FILES = (
    "errors.py",
    "language/conversions.py",
    "language/counts.py",
    "language/entities.py",
    "language/lexicon.py",
    "language/literals.py",
    "language/numbers.py",
    "language/partners.py",
    "language/places.py",
    "language/qualifiers.py",
    "language/quantities.py",
    "language/slugs.py",
    "language/units.py",
    "model/__init__.py",
    "model/document.py",
    "model/quantity.py",
    "model/records.py",
    "model/report.py",
    "store/build.py",
    "store/entity_table.py",
    "store/facts.py",
    "store/fields.py",
    "store/folder.py",
    "store/incremental.py",
    "store/measures.yaml",
    "store/plainfacts.py",
    "store/plainlines.py",
    "store/plainyaml.py",
    "store/records.py",
    "store/revision.py",
    "store/table.py",
    "store/vocabulary.py",
)


def reader_files() -> list[Path]:
    return [PACKAGE / name for name in READER_FILES]


def reader_fingerprint() -> str:
    """A hash of every reader file's name and bytes (one that cannot be read, in a package
    installed without its sources, hashes as missing)."""
    digest = hashlib.sha256()
    for name, path in zip(READER_FILES, reader_files(), strict=True):
        digest.update(name.encode() + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\0missing\0")
    return digest.hexdigest()
