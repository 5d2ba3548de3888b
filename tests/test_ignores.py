"""What a folder walk leaves out: ignore files, virtual environments, build output, and text
files that are never articles (the walk itself is in test_discover)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml

from factcheck.ci.config import DEFAULT_INCLUDE, load_policy
from factcheck.ci.discover import discover, select
from factcheck.errors import ConfigError

HOOKS = Path(__file__).parent.parent / ".pre-commit-hooks.yaml"


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def walk(root: Path, *paths: str, ignore_files: bool = True) -> tuple[str, ...]:
    return discover(paths or (str(root),), include=DEFAULT_INCLUDE, exclude=(), root=root,
                    cwd=root, ignore_files=ignore_files).files


def test_gitignore_and_ignore_files_prune_the_walk(tmp_path: Path) -> None:
    make(tmp_path, {
        ".git/HEAD": "", ".gitignore": "out/\n*.log.md\n/top-only.md\n",
        "a.md": "A.", "out/b.md": "B.", "x.log.md": "X.", "top-only.md": "T.",
        "sub/top-only.md": "S.", "sub/.gitignore": "!keep.log.md\nlocal.md\n",
        "sub/keep.log.md": "K.", "sub/local.md": "L.", "sub/.ignore": "sub-ignored.md\n",
        "sub/sub-ignored.md": "I.",
    })
    assert walk(tmp_path) == ("a.md", "sub/keep.log.md", "sub/top-only.md")
    assert "out/b.md" in walk(tmp_path, ignore_files=False)


def test_a_walk_below_the_top_still_reads_the_ignore_files_above(tmp_path: Path) -> None:
    make(tmp_path, {".git/HEAD": "", ".gitignore": "generated/\n",
                    "docs/a.md": "A.", "docs/generated/b.md": "B.",
                    ".git/info/exclude": "docs/private.md\n", "docs/private.md": "P."})
    assert walk(tmp_path, str(tmp_path / "docs")) == ("docs/a.md",)


def test_outside_a_repository_only_the_walked_folders_files_count(tmp_path: Path) -> None:
    make(tmp_path, {".gitignore": "*.md\n", "inner/a.md": "A.", "inner/.gitignore": "b.md\n",
                    "inner/b.md": "B."})
    assert walk(tmp_path, str(tmp_path / "inner")) == ("inner/a.md",)


def test_virtual_environments_build_output_and_packages_are_skipped(tmp_path: Path) -> None:
    make(tmp_path, {"a.md": "A.", "env/pyvenv.cfg": "home = /usr\n",
                    "env/lib/python3.11/site-packages/pkg/README.md": "R.",
                    "venv/x.md": "V.", "build/y.md": "Y.", "dist/z.md": "Z.",
                    "node_modules/p/README.md": "N.", "lib/site-packages/q.md": "Q.",
                    "pkg.egg-info/SOURCES.txt": "S.", "conda/conda-meta/history.txt": "H."})
    assert walk(tmp_path) == ("a.md",)


def test_a_skipped_folder_named_on_the_command_line_is_walked(tmp_path: Path) -> None:
    make(tmp_path, {"build/y.md": "Y."})
    assert walk(tmp_path, str(tmp_path / "build")) == ("build/y.md",)


@pytest.mark.parametrize("name", ["requirements.txt", "requirements-dev.txt",
                                  "constraints.txt", "LICENSE.txt", "robots.txt"])
def test_text_files_that_are_never_articles(tmp_path: Path, name: str) -> None:
    make(tmp_path, {name: "x", "notes.txt": "N."})
    assert walk(tmp_path) == ("notes.txt",)
    assert select([tmp_path / name], include=DEFAULT_INCLUDE, exclude=(), root=tmp_path,
                  cwd=tmp_path).files == ()


def test_respect_gitignore_is_a_configuration_key(tmp_path: Path) -> None:
    make(tmp_path, {"factcheck.toml": "respect-gitignore = false\n"})
    assert load_policy(tmp_path / "factcheck.toml").respect_gitignore is False
    make(tmp_path, {"factcheck.toml": "respect-gitignore = 'no'\n"})
    with pytest.raises(ConfigError, match="factcheck.toml:1.*true or false"):
        load_policy(tmp_path / "factcheck.toml")


@pytest.mark.parametrize("path, hooked", [
    ("articles/a.md", True), ("b.markdown", True), ("c.html", True), ("d.htm", True),
    ("notes.txt", True), ("requirements.txt", False), ("requirements/dev.txt", False),
    ("LICENSE", False), ("LICENSE.txt", False), ("setup.py", False), ("Makefile", False),
    ("docs/constraints.txt", False),
])
def test_the_pre_commit_hook_hands_over_only_articles(path: str, hooked: bool) -> None:
    """pre-commit runs the hook on files that match ``files`` and not ``exclude``
    (re.search), of the ``types_or`` it names."""
    hook = yaml.safe_load(HOOKS.read_text())[0]
    chosen = bool(re.search(hook.get("files", ""), path)) and not (
        hook.get("exclude") and re.search(hook["exclude"], path))
    assert chosen is hooked


def test_a_git_repository_agrees_with_git_check_ignore(tmp_path: Path) -> None:
    """The same ignore files give git's answer (git itself decides in this test)."""
    make(tmp_path, {".gitignore": "*.md\n!keep*.md\nbuild*/\n", "a.md": "A.",
                    "keep1.md": "K.", "builds/c.md": "C.", "sub/.gitignore": "!a.md\n",
                    "sub/a.md": "S.", "sub/b.md": "B."})
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    listed = subprocess.run(["git", "ls-files", "--others", "--exclude-standard"],
                            cwd=tmp_path, check=True, capture_output=True, text=True).stdout
    by_git = tuple(sorted(p for p in listed.split() if p.endswith(".md")))
    assert walk(tmp_path) == by_git == ("keep1.md", "sub/a.md")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_ignore_file_that_is_a_link_or_no_regular_file_gives_no_rules(tmp_path: Path) -> None:
    """A pull request adding articles/.gitignore -> /dev/zero made ci read without end (a
    MemoryError traceback); a FIFO would block it. Git does not follow such a link either."""
    import os

    make(tmp_path, {".git/HEAD": "", "articles/a.md": "A.", "notes/b.md": "B.",
                    "other/c.md": "C.", "other/.gitignore-real": "c.md\n"})
    (tmp_path / "articles" / ".gitignore").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "notes" / ".gitignore")
    (tmp_path / "other" / ".gitignore").symlink_to(tmp_path / "other" / ".gitignore-real")
    assert walk(tmp_path) == ("articles/a.md", "notes/b.md", "other/c.md")
