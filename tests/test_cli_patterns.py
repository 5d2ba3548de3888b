"""The compiled patterns the command line keeps between runs are the patterns compiled afresh."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import kept, patterns
from factcheck.cli.patterns import KeptLiterals, KeptPatterns, file_name, from_entry
from factcheck.language.literals import read_needed

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"

# Named groups, inline flags, look-arounds, repeats up to the engine's maximum, bytes.
SAMPLES: list[tuple[str | bytes, int]] = [
    (r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>billion|million)\b", 0),
    (r"(?i)openai(?=\W)", 0),
    (r"\b(?:Series|Round) [A-Z](?:\+)?\.(?= [A-Z])", re.IGNORECASE),
    (r"(?<![\w-])(?P<noun>(?i:chip|maker))(?P<poss>'s|’s)?(?![\w-])", 0),
    (r"a{2,}b*?c+", re.VERBOSE | re.MULTILINE),
    (r"[\u0130\u0131\u017f]|(?P<q>['\"]).*?(?P=q)", re.DOTALL),
    (rb"\x00+[^\x00]", 0),
]


def fresh(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes]:
    return patterns._ORIGINAL(pattern, flags)  # type: ignore[no-any-return]


def assert_same(kept: re.Pattern[str] | re.Pattern[bytes], pattern: str | bytes, flags: int
                ) -> None:
    # Two patterns are equal when their flags, source and compiled code are.
    expected = fresh(pattern, flags)
    assert kept == expected
    assert (kept.groups, dict(kept.groupindex)) == (expected.groups, dict(expected.groupindex))


@pytest.mark.parametrize(("pattern", "flags"), SAMPLES)
def test_a_pattern_compiled_and_one_read_back_from_the_file_are_the_engines_own(
        tmp_path: Path, pattern: str | bytes, flags: int) -> None:
    path = tmp_path / "patterns.marshal"
    first = KeptPatterns(path)
    assert_same(first.compile(pattern, flags), pattern, flags)
    first.save()
    again = KeptPatterns(path)
    assert (pattern, flags) in again.entries()
    assert_same(again.compile(pattern, flags), pattern, flags)
    assert again.added == 0  # read, not compiled


@pytest.mark.parametrize(("pattern", "flags"), [
    (r"\b(?:said|says|according to)\s+[A-Z]\w+", 0), (r"\w+", 0), (r"Said|NOTED", re.I)])
def test_the_strings_a_pattern_needs_read_back_from_the_file_are_those_read_afresh(
        tmp_path: Path, pattern: str, flags: int) -> None:
    path = tmp_path / "literals.marshal"
    first = KeptLiterals(path)
    assert first.needed(pattern, flags, read_needed) == read_needed(pattern, flags)
    first.save()

    def refused(source: str, flags: int) -> frozenset[str] | None:
        raise AssertionError("parsed again")

    again = KeptLiterals(path)
    assert again.needed(pattern, flags, refused) == read_needed(pattern, flags)
    assert again.added == 0


def test_the_file_is_written_only_when_a_run_compiled_a_new_pattern(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    first = KeptPatterns(path)
    first.compile(r"\d+")
    first.save()
    written = path.stat().st_mtime_ns
    os.utime(path, ns=(0, 0))
    again = KeptPatterns(path)
    again.compile(r"\d+")
    again.save()
    assert path.stat().st_mtime_ns == 0
    assert written


def test_a_damaged_file_is_compiled_afresh_and_written_again(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00not marshal at all")
    kept = KeptPatterns(path)
    assert_same(kept.compile(r"(\w+) (\w+)"), r"(\w+) (\w+)", 0)
    kept.save()
    assert (r"(\w+) (\w+)", 0) in KeptPatterns(path).entries()


def test_code_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    kept = KeptPatterns(tmp_path / "patterns.marshal")
    good = kept.compile(r"ab+")
    flags, words, groups, groupindex, indexgroup = kept.entries()[(r"ab+", 0)]
    kept.entries()[(r"ab+", 0)] = (flags, words[:-4] + b"\xff\x00\x00\x00", groups, groupindex,
                                   indexgroup)
    with pytest.raises(RuntimeError):
        from_entry(r"ab+", kept.entries()[(r"ab+", 0)])
    assert kept.compile(r"ab+") == good
    assert kept.entries()[(r"ab+", 0)][1] == words


def test_a_cache_that_cannot_be_written_is_no_error(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    kept = KeptPatterns(blocked / "patterns.marshal")  # its folder is a file
    assert_same(kept.compile(r"x|y"), r"x|y", 0)
    kept.save()
    assert list(tmp_path.iterdir()) == [blocked]


def test_a_full_file_keeps_the_patterns_of_the_run_that_writes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kept, "KEEP_AT_MOST", 3)
    path = tmp_path / "patterns.marshal"
    first = KeptPatterns(path)
    for word in ("one", "two", "three"):
        first.compile(word)
    first.save()
    second = KeptPatterns(path)
    second.compile("three")
    second.compile("four")
    second.save()
    assert set(KeptPatterns(path).entries()) == {("three", 0), ("four", 0)}


def test_the_file_is_named_after_the_python_that_made_it() -> None:
    version = "-".join(map(str, sys.version_info[:3]))
    assert f"-{sys.implementation.name}-{version}-" in file_name()


def test_every_pattern_a_check_compiles_is_kept_as_the_engine_compiles_it(
        tmp_path: Path) -> None:
    """The command as run: the first run keeps its patterns, the second reads them and gives
    the same report; each kept pattern is the one a fresh compile gives."""
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "factcheck", "check", str(SEED), "--format", "json"]
    first = subprocess.run(command, env=env, capture_output=True, text=True)
    kept = KeptPatterns(tmp_path / file_name())
    assert len(kept.entries()) > 300
    assert list(tmp_path.glob("methods-*.marshal"))  # and the dataclasses' methods
    second = subprocess.run(command, env=env, capture_output=True, text=True)
    assert (second.returncode, second.stdout, second.stderr) == \
        (first.returncode, first.stdout, first.stderr) == (1, first.stdout, "")
    for (pattern, flags), entry in kept.entries().items():
        assert from_entry(pattern, entry) == fresh(pattern, flags), pattern


def test_the_library_leaves_the_re_module_as_it_found_it() -> None:
    import factcheck.pipeline  # noqa: F401 -- everything a check imports

    assert re._compiler.compile is patterns._ORIGINAL  # type: ignore[attr-defined]
    assert "__iter__" not in vars(re._parser.SubPattern)  # type: ignore[attr-defined]
    assert re._compiler._optimize_charset is patterns._OPTIMIZE_CHARSET  # type: ignore[attr-defined]


def test_classes_optimised_once_compile_to_the_engines_own_code(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line optimises each character class once per case handling: a class met
    again, in another pattern or with other flags, gives the code ``re`` gives it."""
    monkeypatch.setattr(re._compiler, "_optimize_charset",  # type: ignore[attr-defined]
                        patterns._OPTIMIZE_CHARSET)
    monkeypatch.setattr(patterns, "_CHARSETS", {})
    assert patterns.optimize_charsets_once()
    classes = [r"[A-Z][\w.&'’-]*", r"[^\W\d_]+", r"[a-zA-Z\u0130\u212a]", r"[^\n]",
               r"[\d,.]+", r"[İıſK-]", "[\U00010000-\U0010ffff]", r"[\s\S]"]
    for _ in range(2):  # the second time, each class is the one optimised before
        for source in classes:
            for flags in (0, re.IGNORECASE, re.ASCII | re.IGNORECASE, re.ASCII):
                assert from_entry(source, patterns.compile_entry(source, flags)) == \
                    fresh(source, flags), (source, flags)
        for data in (rb"[A-Z][\w.-]*", rb"[^\W\d_]+", rb"[\d,.]+"):
            assert from_entry(data, patterns.compile_entry(data, re.IGNORECASE)) == \
                fresh(data, re.IGNORECASE)
    assert patterns._CHARSETS


def test_a_pattern_parsed_with_the_quicker_iteration_compiles_to_the_engines_own() -> None:
    """The command line iterates the parser's subpatterns over their items (no call per
    item): every pattern comes out as ``re`` compiles it, whatever it nests."""
    subpattern = re._parser.SubPattern  # type: ignore[attr-defined]
    nested = [(r"(?:(a|b(?:c|d)*)+|(?=e)[f-h]{2,3}?)(?(1)i|j)", 0),
              (r"(?x) (?P<w> \w+ ) \s* (?! (?P=w) ) [^\W\d]", re.IGNORECASE)]
    try:
        assert patterns.iterate_quicker()
        assert not patterns.iterate_quicker()  # once
        parsed = re._parser.parse(r"a(b|c)*d")  # type: ignore[attr-defined]
        assert list(parsed) == parsed.data and [*parsed[1][1][2]] == parsed[1][1][2].data
        for pattern, flags in [*SAMPLES, *nested]:
            assert from_entry(pattern, patterns.compile_entry(pattern, flags)) == \
                fresh(pattern, flags)
    finally:
        if "__iter__" in vars(subpattern):
            del subpattern.__iter__


def test_a_python_whose_re_compiles_otherwise_compiles_its_own_way(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The steps kept are CPython's internals: where they differ, nothing is kept and the
    pattern is the one ``re`` compiles; a bad pattern is still the error ``re`` raises."""
    def changed(pattern: str | bytes, flags: int) -> None:
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(patterns, "compile_entry", changed)
    kept = KeptPatterns(tmp_path / "patterns.marshal")
    assert_same(kept.compile(r"(?P<x>a+)b"), r"(?P<x>a+)b", 0)
    assert kept.added == 0
    with pytest.raises(re.error):
        kept.compile(r"(unclosed")


# Counts the patterns ``re`` parses (what keeping them spares) in the command's process,
# from the moment the code that keeps them is loaded: what it imports itself (pathlib, and
# with it urllib.parse's pattern, where site has not loaded them already) is compiled before
# there can be a file to read.
_COUNTING = """
import atexit, sys
import factcheck.cli.patterns
from re import _parser
parsed = []
_parse = _parser.parse
def parse(pattern, *args):
    parsed.append(pattern)
    return _parse(pattern, *args)
_parser.parse = parse
atexit.register(lambda: print("parsed", len(parsed), repr(parsed[:5]), file=sys.stderr))
"""


def parsed_in(code: str, cache: Path, hash_seed: str) -> str:
    env = {**os.environ, "FACTCHECK_CACHE_DIR": str(cache), "PYTHONHASHSEED": hash_seed}
    run = subprocess.run([sys.executable, "-c", _COUNTING + code], env=env,
                         capture_output=True, text=True)
    assert run.returncode in (0, 1), run.stderr
    return run.stderr.strip().splitlines()[-1]


def test_a_warm_check_parses_no_pattern_at_all(tmp_path: Path) -> None:
    """Every pattern of a check, those of the modules the command imports before it keeps
    patterns included, is kept: a pattern compiled outside the kept ones (or one whose text
    changes from run to run) is parsed again on every start."""
    check = (f"sys.argv = ['factcheck', 'check', {str(SEED)!r}]\n"
             "from factcheck.cli import main\nmain()\n")
    assert parsed_in(check, tmp_path, "1") != "parsed 0 []"
    assert parsed_in(check, tmp_path, "2") == "parsed 0 []"


def test_the_patterns_every_module_compiles_as_it_is_imported_are_kept(tmp_path: Path
                                                                       ) -> None:
    """The same text in every process (a pattern made from a set's order is not: string
    hashing changes it from run to run), so a second process compiles none of them."""
    every_module = (
        "import importlib, pkgutil\nfrom factcheck.cli.patterns import keep_patterns\n"
        "keep_patterns()\nimport factcheck\n"
        "for m in pkgutil.walk_packages(factcheck.__path__, 'factcheck.'):\n"
        "    if not m.name.endswith('__main__'):\n"
        "        importlib.import_module(m.name)\n")
    assert parsed_in(every_module, tmp_path, "1") != "parsed 0 []"
    assert parsed_in(every_module, tmp_path, "2") == "parsed 0 []"
