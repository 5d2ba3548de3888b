"""Compiled regular expressions kept from one run of the command line to the next.

Owns: the compiled patterns of the cache folder (``kept.py``). Python parses and compiles a
regular expression in Python code; the 500 patterns of a check (ours and pysbd's) cost a
quarter of a warm ``factcheck check``, the same work on every run. ``keep_patterns`` puts
itself where the ``re`` module compiles (``re._compiler.compile``, the one function every
``re.compile``, ``re.search`` or pysbd pattern goes through once per process) and hands the
engine the code it compiled on an earlier run: the same pattern, flags, groups and code,
so the same matches (``tests/test_cli_patterns.py`` compares each with a fresh compile).
The file is named after the engine's code format too; code the engine refuses is compiled
afresh; what it compiles afresh (a cold cache), it compiles quicker, by two steps of the
compiler's own done without repeating themselves (``iterate_quicker``,
``optimize_charsets_once``: the same code, each pattern compared in the tests). And the
strings a gated pattern needs (``language/literals.py``), read off its parsed form, kept the
same way in a file of their own. Must not: change any pattern.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from collections.abc import Callable
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any

from .kept import Kept, kept_file

_sre = _compiler._sre  # the regex engine, as ``re`` itself reaches it

# What the engine is given for one pattern: flags, code (its words as bytes), groups,
# name -> group, group -> name.
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str | bytes, int]

_FORMAT = 1  # of the file's contents, apart from the engine's own code format
_WORD = "I" if array("I").itemsize == _sre.CODESIZE else "L"  # one word of the engine's code
# The flag as a plain int: ``re`` hands over its flags as one, and an int & a RegexFlag makes
# a RegexFlag through the enum's Python code (886 times in a check, for a test).
_DEBUG = int(re.DEBUG)


def file_name() -> str:
    return kept_file("patterns", _sre.MAGIC, _sre.CODESIZE, _FORMAT).name


def compile_entry(pattern: str | bytes, flags: int) -> Entry:
    """What ``re._compiler.compile`` gives the engine for ``pattern``: its own steps."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


def from_entry(pattern: str | bytes, entry: Entry) -> re.Pattern[Any]:
    flags, words, groups, groupindex, indexgroup = entry
    code = array(_WORD)
    code.frombytes(words)
    return _sre.compile(pattern, flags, code.tolist(), groups,  # type: ignore[no-any-return]
                        groupindex, indexgroup)


class KeptPatterns(Kept[Key, Entry]):
    """The compiled patterns of a file, and those compiled since it was read."""

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        """``re._compiler.compile``: kept code for a pattern compiled before."""
        if not isinstance(pattern, (str, bytes)) or flags & _DEBUG:
            return _ORIGINAL(pattern, flags)  # type: ignore[no-any-return]
        key = (pattern, int(flags))  # a plain int, as the file holds it
        entry = self.get(key)
        if entry is not None:
            try:
                return from_entry(pattern, entry)
            except (TypeError, ValueError, RuntimeError, OverflowError):
                pass  # not code this engine takes: compiled afresh
        try:
            entry = compile_entry(pattern, flags)
            compiled = from_entry(pattern, entry)
        except re.error:
            raise
        except (AttributeError, TypeError, ValueError, RuntimeError):
            # The steps of another Python's re (its internals are no promise): its own way.
            return _ORIGINAL(pattern, flags)  # type: ignore[no-any-return]
        self.put(key, entry)
        return compiled


_ORIGINAL = _compiler.compile


def _items(self: Any) -> Any:
    return iter(self.data)


def iterate_quicker() -> bool:
    """Give the parser's ``SubPattern`` an ``__iter__`` over its items: it has none, so
    each ``for op, av in pattern`` of the parser and the compiler called its Python
    ``__getitem__`` once an item, and the ``IndexError`` that ends it, a twelfth of
    compiling a pattern (of a cold check's 150 ms). The same items in the same order (its
    list of items, ``data``, is made once, in ``__init__``, and only changed in place);
    where ``SubPattern`` is not so made (another Python), it is left as it is."""
    subpattern = getattr(_parser, "SubPattern", None)
    if subpattern is None or "__iter__" in vars(subpattern):
        return False
    try:
        made = subpattern(_parser.State())
    except (AttributeError, TypeError):
        return False
    if type(getattr(made, "data", None)) is not list:
        return False
    subpattern.__iter__ = _items
    return True


_OPTIMIZE_CHARSET = getattr(_compiler, "_optimize_charset", None)
_CHARSETS: dict[tuple[Any, ...], Any] = {}
CHARSETS_AT_MOST = 4096  # classes remembered (forgotten in bulk past it)


def _optimized_charset(charset: Any, iscased: Any = None, fixup: Any = None,
                       fixes: Any = None) -> Any:
    """``_compiler._optimize_charset``, once per class and case handling: the patterns of a
    check write the same classes again and again ("[A-Z]", "[\\w.&'’-]", a word's letters
    either case), each optimised afresh (a tenth of compiling them). The answer is the
    one it gave, which the compiler only reads."""
    try:
        key = (tuple([(op, tuple(av) if type(av) is list else av) for op, av in charset]),
               iscased, fixup, None if fixes is None else id(fixes))
        found = _CHARSETS.get(key)
    except (TypeError, ValueError):  # an item not as the parser makes it: as it is
        return _OPTIMIZE_CHARSET(charset, iscased, fixup, fixes)  # type: ignore[misc]
    if found is None:
        found = _OPTIMIZE_CHARSET(charset, iscased, fixup, fixes)  # type: ignore[misc]
        if len(_CHARSETS) >= CHARSETS_AT_MOST:
            _CHARSETS.clear()
        _CHARSETS[key] = found
    return found


def optimize_charsets_once() -> bool:
    """Have the compiler optimise each character class once (``_optimized_charset``), where
    its ``_optimize_charset`` is the one this was written against (its arguments by name);
    another Python's is left as it is."""
    code = getattr(_OPTIMIZE_CHARSET, "__code__", None)
    if code is None or code.co_varnames[:4] != ("charset", "iscased", "fixup", "fixes") or \
            _compiler._optimize_charset is not _OPTIMIZE_CHARSET:
        return False
    _compiler._optimize_charset = _optimized_charset
    return True


def keep_patterns(path: Path | None = None) -> KeptPatterns:
    """Compile every pattern of this process through the patterns kept at ``path`` (the
    cache folder's file by default), saved at exit; those it compiles afresh, quicker
    (``iterate_quicker``, ``optimize_charsets_once``)."""
    kept = KeptPatterns(path or kept_file("patterns", _sre.MAGIC, _sre.CODESIZE, _FORMAT))
    iterate_quicker()
    optimize_charsets_once()
    _compiler.compile = kept.compile
    kept.save_at_exit()
    return kept


class KeptLiterals(Kept[Key, tuple[str, ...]]):
    """The strings every match of a pattern holds (``language.literals``), by pattern and
    flags: a warm start parses no pattern for them either. The file is named after the code
    that reads them, so a change to it never meets what the old code read."""

    def needed(self, source: str, flags: int,
               read: Callable[[str, int], frozenset[str] | None]) -> frozenset[str] | None:
        key = (source, int(flags))
        entry = self.get(key)
        if entry is None:
            found = read(source, flags)
            entry = tuple(sorted(found)) if found is not None else ()  # never an empty set
            self.put(key, entry)
        return frozenset(entry) if entry else None


def keep_literals(path: Path | None = None) -> KeptLiterals:
    """Keep what ``literals.needed`` reads at ``path`` (the cache folder's file by default,
    named after ``language/literals.py``), saved at exit."""
    from ..language import literals

    code = hashlib.sha256(Path(literals.__file__).read_bytes()).hexdigest()[:16]
    kept = KeptLiterals(path or kept_file("literals", code, _FORMAT))
    literals.keep_with(kept.needed)
    kept.save_at_exit()
    return kept

