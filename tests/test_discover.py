"""Which files ci checks: globs, folders, named files, and what git says changed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from factcheck.ci.config import DEFAULT_INCLUDE
from factcheck.ci.discover import (
    changed_since,
    discover,
    excluded,
    glob_regex,
    matches,
    select,
)
from factcheck.errors import UsageError


@pytest.mark.parametrize("pattern, path, hit", [
    ("**/*.md", "a.md", True),
    ("**/*.md", "x/y/a.md", True),
    ("**/*.md", "a.mdx", False),
    ("*.md", "deep/down/a.md", True),  # no slash: the file name at any depth
    ("articles/*.md", "articles/a.md", True),
    ("articles/*.md", "articles/2025/a.md", False),
    ("articles/**", "articles/2025/a.md", True),
    ("./articles/**/*.html", "articles/a.html", True),
    ("drafts/", "drafts/x/a.md", True),
    ("a?.md", "ab.md", True),
    ("[!_]*.md", "_index.md", False),
    ("[!_]*.md", "index.md", True),
])
def test_glob_rules(pattern: str, path: str, hit: bool) -> None:
    assert bool(glob_regex(pattern).match(path)) is hit


def test_exclude_covers_everything_below_a_folder() -> None:
    assert excluded("articles/drafts/a.md", ["drafts"])
    assert excluded("articles/drafts/a.md", ["articles/drafts"])
    assert not excluded("articles/a.md", ["drafts"])
    assert not matches("notes.rst", DEFAULT_INCLUDE)


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ["b.md", "a.html", "notes.rst", "sub/c.txt", "sub/d.markdown",
                 "drafts/e.md", ".hidden/f.md", "node_modules/g.md", "sub/x.htm"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Text.\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_folders_expand_sorted_with_defaults(tree: Path) -> None:
    found = discover(["."], include=DEFAULT_INCLUDE, exclude=["drafts/"], root=tree)
    assert found.files == ("a.html", "b.md", "sub/c.txt", "sub/d.markdown", "sub/x.htm")
    assert found.missing == ()


def test_named_files_pass_the_same_globs_and_missing_ones_are_returned(tree: Path) -> None:
    found = discover(["notes.rst", "b.md", "./b.md", "drafts/e.md", "nope.md", str(tree / "sub")],
                     include=DEFAULT_INCLUDE, exclude=["drafts"], root=tree)
    assert found.files == ("b.md", "sub/c.txt", "sub/d.markdown", "sub/x.htm")
    assert found.missing == ("nope.md",)


def test_select_narrows_changed_files_to_paths(tree: Path) -> None:
    files = [tree / "b.md", tree / "sub/c.txt", tree / "notes.rst", tree / "drafts/e.md"]
    chosen = select(files, include=DEFAULT_INCLUDE, exclude=["drafts/"], root=tree,
                    within=["sub"])
    assert chosen.files == ("sub/c.txt",)
    assert select(files, include=DEFAULT_INCLUDE, exclude=[], root=tree).files == (
        "b.md", "drafts/e.md", "sub/c.txt")


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.com"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True,
                          text=True).stdout


def test_changed_since_sees_commits_index_worktree_and_new_files(tree: Path) -> None:
    git(tree, "init", "-q", "-b", "main")
    git(tree, "add", ".")
    git(tree, "commit", "-q", "-m", "first")
    git(tree, "checkout", "-q", "-b", "feature")
    (tree / "b.md").write_text("Changed.\n")
    git(tree, "commit", "-q", "-am", "change b")
    (tree / "sub/c.txt").write_text("Staged.\n")
    git(tree, "add", "sub/c.txt")
    (tree / "a.html").write_text("<p>Worktree.</p>\n")
    (tree / "new.md").write_text("New.\n")
    (tree / "notes.rst").unlink()
    git(tree, "rm", "-q", "--cached", "notes.rst")
    changed = changed_since("main", tree / "sub")
    assert [p.relative_to(tree.resolve()).as_posix() for p in changed] == [
        "a.html", "b.md", "new.md", "sub/c.txt"]


def test_changed_since_errors_are_one_line(tree: Path, tmp_path_factory: pytest.TempPathFactory
                                           ) -> None:
    git(tree, "init", "-q", "-b", "main")
    git(tree, "add", ".")
    git(tree, "commit", "-q", "-m", "first")
    with pytest.raises(UsageError, match="unknown git ref 'origin/nope'"):
        changed_since("origin/nope", tree)
    with pytest.raises(UsageError, match="is not a git ref"):
        changed_since("--output=x", tree)
    outside = tmp_path_factory.mktemp("plain")
    with pytest.raises(UsageError, match="not inside a git repository"):
        changed_since("main", outside)
