"""The code reads top to bottom: every package imports only itself and the packages below it,
and each third-party library lives in the modules that own it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "factcheck"

# The floors of ../shared/design/layout-by-stage.png, ground first. Packages on one floor
# (read and language; store and rules) do not import each other.
FLOORS: list[set[str]] = [
    {"model", "errors"},
    {"read", "language"},
    {"store", "rules"},
    {"pipeline"},
    {"ci"},
    {"reporters"},
    {"cli"},
    {"__main__"},
]
FLOOR = {name: level for level, names in enumerate(FLOORS) for name in names}
OWNERS = {
    "bs4": {"read/htmlpage"}, "httpx": {"read/fetch"},
    "sqlite_utils": {"store/store", "store/snapshots"},
    "rapidfuzz": {"rules/matching", "store/sources"}, "pysbd": {"language/sentences"},
    "yaml": {"store/facts", "store/fields", "store/plainyaml", "read/markdown"},
    "click": {"cli/cli", "cli/sources", "cli/ci", "cli/common", "cli/export",
              "cli/store_commands", "cli/batch"},
    "distributed": {"ci/cluster"}, "pyarrow": {"ci/archive"},
}


def package_of(path: Path) -> str:
    """The stage a file belongs to: its package, or its own name for a top-level module."""
    return path.relative_to(PACKAGE).with_suffix("").parts[0]


def module_of(path: Path) -> str:
    return "/".join(path.relative_to(PACKAGE).with_suffix("").parts)


def imports(path: Path, root: Path = PACKAGE) -> list[tuple[str, int]]:
    """(absolute dotted name, line) for every import; relative ones resolved from ``path``."""
    here = ["factcheck", *path.relative_to(root).parts[:-1]]
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[:len(here) - node.level + 1] if node.level else []
            if node.module:
                found.append((".".join([*base, node.module]), node.lineno))
            else:
                found += [(".".join([*base, a.name]), node.lineno) for a in node.names]
    return found


def test_every_file_sits_on_a_floor() -> None:
    files = [p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE]
    assert sorted({package_of(p) for p in files} - set(FLOOR)) == []


PACKAGE_METADATA = frozenset({"__version__", "HOMEPAGE", "RULES_URL"})


def upward_imports(root: Path) -> list[str]:
    problems = []
    for path in sorted(root.rglob("*.py")):
        own = path.relative_to(root).with_suffix("").parts[0]
        if own == "__init__":
            continue
        for name, line in imports(path, root):
            parts = name.split(".")
            # the package's own metadata (version, where it is published) is no floor
            if parts[0] != "factcheck" or len(parts) < 2 or parts[1] in PACKAGE_METADATA:
                continue
            target = parts[1]
            if target != own and FLOOR[target] >= FLOOR[own]:
                problems.append(f"{path.relative_to(root)}:{line} ({own}) imports {target}")
    return problems


def test_packages_import_only_themselves_and_lower_floors() -> None:
    assert upward_imports(PACKAGE) == []


def test_the_layer_check_catches_upward_and_sideways_imports(tmp_path: Path) -> None:
    (tmp_path / "language").mkdir()
    (tmp_path / "language" / "extract.py").write_text(
        "from ..model import Claim\nfrom . import clauses\nfrom ..rules.matching import x\n"
        "from ..read import load_document\nfrom factcheck.reporters import render\n")
    assert upward_imports(tmp_path) == [
        "language/extract.py:3 (language) imports rules",
        "language/extract.py:4 (language) imports read",
        "language/extract.py:5 (language) imports reporters",
    ]


def test_third_party_libraries_stay_in_their_modules() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = module_of(path)
        for name, line in imports(path):
            top = name.split(".")[0]
            if top in OWNERS and own not in OWNERS[top]:
                problems.append(f"{own}:{line} imports {top}")
    assert problems == []


def test_every_module_says_what_it_owns() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert ast.get_docstring(ast.parse(path.read_text())), path


def test_modules_stay_small() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert len(path.read_text().splitlines()) <= 450, path


def test_every_package_is_installed() -> None:
    """A wheel holds only the packages pyproject.toml lists: a new package left out of it works
    in the editable checkout and fails as 'No module named' once installed (it did)."""
    import tomllib

    listed = set(tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(("factcheck", *p.parent.relative_to(PACKAGE).parts))
             for p in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
