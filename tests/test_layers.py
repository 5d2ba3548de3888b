"""The code reads top to bottom: every module imports only its own layer or those below,
and each third-party library lives in the modules that own it."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "factcheck"

LAYERS = {
    "model": 0, "errors": 0, "numbers": 0,
    "quantities": 1, "documents": 1, "markdown": 1, "blocks": 1, "htmlpage": 1, "config": 1,
    "entities": 2, "clauses": 2, "extract": 2, "facts": 2, "fetch": 2, "snapshots": 2,
    "discover": 2,
    "store": 3,
    "matching": 4, "rules": 4, "sources": 4,
    "pipeline": 5, "batch": 5, "findings": 5, "suppress": 5,
    "reporters": 6,
    "cli": 7, "cli_sources": 7, "cli_ci": 7, "cli_common": 7, "__main__": 7, "__init__": 7,
}
OWNERS = {
    "bs4": {"htmlpage"}, "httpx": {"fetch"}, "sqlite_utils": {"store", "snapshots"},
    "rapidfuzz": {"matching", "sources"}, "pysbd": {"extract"}, "yaml": {"facts", "markdown"},
    "click": {"cli", "cli_sources", "cli_ci", "cli_common"},
}


def module_key(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return parts[0]


def imports(path: Path) -> list[tuple[str, int]]:
    """(imported module, line) for each import; relative ones as "factcheck.<name>"."""
    depth = len(path.relative_to(PACKAGE).parts) - 1  # 1 inside rules/ and reporters/
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found += [(a.name, node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.append((node.module, node.lineno))
        elif isinstance(node, ast.ImportFrom) and node.level == depth + 1:
            names = [node.module] if node.module else [a.name for a in node.names]
            found += [(f"factcheck.{n.split('.')[0]}", node.lineno) for n in names]
    return found


def test_layers_import_only_downward() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = module_key(path)
        for name, line in imports(path):
            if not name.startswith("factcheck."):
                continue
            target = name.split(".")[1]
            if LAYERS.get(target, 0) > LAYERS[own]:
                problems.append(f"{path.name}:{line} ({own}) imports {target}")
    assert problems == []


def test_third_party_libraries_stay_in_their_modules() -> None:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        own = module_key(path)
        for name, line in imports(path):
            top = name.split(".")[0]
            if top in OWNERS and own not in OWNERS[top]:
                problems.append(f"{path.name}:{line} imports {top}")
    assert problems == []


def test_every_module_says_what_it_owns() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert ast.get_docstring(ast.parse(path.read_text())), path


def test_modules_stay_small() -> None:
    for path in PACKAGE.rglob("*.py"):
        assert len(path.read_text().splitlines()) <= 450, path
