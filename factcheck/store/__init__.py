"""The curated source store: fact files, the SQLite store built from them, source snapshots.

Owns: reading and validating the YAML fact files (``facts``), building and querying the
SQLite store with FTS5 (``store``; sqlite-utils lives here), and fetching, saving and checking
the sources that facts cite (``sources``, ``snapshots``). Must not: read articles' prose or
decide verdicts. Modules are imported by path so that a check never loads the source-fetching
code.
"""
