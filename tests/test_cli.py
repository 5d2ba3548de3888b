"""The command line: formats, files, exit statuses and one-line errors."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from factcheck.cli.cli import cli
from factcheck.cli.common import echoed
from factcheck.reporters import json_format

FACTS = str(Path(__file__).parent / "fixtures" / "facts")
README = Path(__file__).parent.parent / "README.md"
ARTICLE = ("---\ntitle: Acme today\ndate: 2025-03-01\n---\n\n"
           "Acme has over $2 trillion in assets under management.\n\n"
           "Jane Doe co-founded Acme in 2012.\n")
CLEAN = "Acme has over $2 trillion in assets under management.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE)
    return path


def test_json_report_and_exit_1_on_a_contradiction(article: Path) -> None:
    code, out, _ = run("check", str(article), "--store", FACTS, "--format", "json")
    report = json.loads(out)
    assert code == 1
    assert report["article"] == {"source": str(article), "title": "Acme today",
                                 "date": "2025-03-01", "warnings": []}
    assert report["summary"]["contradicted"] == 1
    first = report["claims"][0]
    assert set(first) == {"id", "text", "standalone", "start", "end", "line", "column",
                          "status", "rule", "confidence", "worthiness", "explanation",
                          "evidence", "warnings"}
    assert 0 <= first["worthiness"]["score"] <= 1 and first["worthiness"]["cues"]
    assert ARTICLE[first["start"]:first["end"]] == first["text"]
    assert (first["line"], first["column"]) == (6, 1)


def test_min_worthiness_leaves_out_claims_less_worth_checking(article: Path) -> None:
    _, out, _ = run("check", str(article), "--store", FACTS, "--format", "json")
    scores = [c["worthiness"]["score"] for c in json.loads(out)["claims"]]
    cut = sorted(scores)[len(scores) // 2]
    code, out, _ = run("check", str(article), "--store", FACTS, "--format", "json",
                       "--min-worthiness", str(cut))
    kept = json.loads(out)["claims"]
    assert [c["worthiness"]["score"] for c in kept] == [s for s in scores if s >= cut]
    assert sum(json.loads(out)["summary"].values()) == len(kept)
    assert run("check", str(article), "--store", FACTS, "--min-worthiness", "2")[0] == 2
    # the HTML page still shows the article around the claims it keeps
    _, page, _ = run("check", str(article), "--store", FACTS, "--format", "html",
                     "--min-worthiness", str(cut))
    assert "No text." not in page


def test_a_clean_article_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN)
    code, out, _ = run("check", str(path), "--store", FACTS, "--date", "2025-03-01")
    assert code == 0
    assert "supported" in out


def test_fail_on_takes_a_list_of_statuses(article: Path) -> None:
    assert run("check", str(article), "--store", FACTS, "--fail-on", "opinion")[0] == 0
    assert run("check", str(article), "--store", FACTS, "--fail-on",
               "supported,contradicted")[0] == 1


def test_markdown_to_a_file(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "audit.md"
    code, out, _ = run("check", str(article), "--store", FACTS, "--format", "markdown", "-o",
                       str(target))
    assert code == 1 and out == ""
    assert target.read_text().startswith("# ")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_report_goes_out_as_it_is_written(capsys: pytest.CaptureFixture[str]) -> None:
    """A 5 MB article's report (100 MB of JSON) is never held whole before it is printed."""
    with echoed(color=False) as out:
        out.write("x" * 70_000)
        assert capsys.readouterr().out == "x" * 70_000  # out already, not gathered
        out.write("\x1b[31mred\x1b[0m")
    assert capsys.readouterr().out == "red"  # a pipe gets no colour, as before


def test_a_report_that_fails_half_written_leaves_no_file(
        article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half(report: Any, out: Any, *, color: bool = False) -> None:
        out.write("{" * 100_000)
        raise RuntimeError("renderer failed")

    monkeypatch.setattr(json_format, "render", half)
    target = tmp_path / "report.json"
    with pytest.raises(RuntimeError):
        run("check", str(article), "--store", FACTS, "--format", "json", "-o", str(target))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["article.md"]


@pytest.mark.parametrize("args, message", [
    (["check", "missing.md"], "missing.md: no such file"),
    (["check", "{empty}"], "the file is empty"),
    (["check", "{article}", "--fail-on", "wrong"], "unknown status 'wrong'"),
    (["check", "{article}", "--date", "25/03/2025"], "--date expects YYYY-MM-DD"),
    (["check", "{article}", "--store", "{bad_facts}"], "did you mean 'value'"),
    (["check", "{article}", "--encoding", "klingon"], "unknown encoding 'klingon'"),
    (["check", "{latin}"], "not valid UTF-8"),
    (["check", "{binary}"], "binary file"),
    (["check", "{no_text_html}"], "no readable text"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, article: Path, args: list[str],
                                          message: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    bad = tmp_path / "bad_facts"
    bad.mkdir()
    text = (Path(FACTS) / "acme.yaml").read_text().replace("    value: \"$2.0", "    valeu: \"$2.0")
    (bad / "acme.yaml").write_text(text)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Café owners said the market grew.".encode("cp1252"))
    binary = tmp_path / "image.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    no_text = tmp_path / "broken.html"
    no_text.write_text("<html><head><title>x</title><script>var a = 1;</script><div><span")
    values = {"empty": str(empty), "article": str(article), "bad_facts": str(bad),
              "latin": str(latin), "binary": str(binary), "no_text_html": str(no_text)}
    code, out, err = run(*[a.format(**values) for a in args])
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_broken_html_with_text_is_still_checked(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div><p>Acme has over $2 trillion in assets under management."
                    "<div></span></p>")
    code, out, err = run("check", str(path), "--store", FACTS, "--date", "2025-03-01",
                         "--format", "json")
    assert code == 0 and json.loads(out)["summary"]["supported"] == 1, err


def test_json_errors_are_json_too(tmp_path: Path) -> None:
    code, out, err = run("check", str(tmp_path / "nope.txt"), "--format", "json")
    assert code == 2 and json.loads(out)["error"].endswith("no such file")


def test_store_validate_and_build(tmp_path: Path) -> None:
    code, out, _ = run("store", "validate", FACTS)
    assert code == 0 and out.startswith("ok: 12 facts")
    code, out, _ = run("store", "build", "--facts", FACTS, "-o", str(tmp_path / "s.db"))
    assert code == 0 and "12 facts" in out
    code, out, _ = run("check", str(Path(__file__)), "--store", str(tmp_path / "s.db"),
                       "--format", "json")
    assert code in (0, 1)


def commands(group: click.Group, prefix: str = "factcheck") -> list[str]:
    found = []
    for name, command in group.commands.items():
        found.append(f"{prefix} {name}")
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix} {name}")
    return found


def test_every_command_is_documented_in_the_readme() -> None:
    readme = README.read_text()
    for command in commands(cli):
        assert re.search(re.escape(command) + r"\b", readme), command


def test_every_command_has_an_example() -> None:
    for name, command in cli.commands.items():
        subcommands = command.commands.values() if isinstance(command, click.Group) else [command]
        for sub in subcommands:
            if not isinstance(sub, click.Group):
                assert "Example:" in (sub.help or ""), f"{name} {sub.name}"


def test_the_installed_command_works_from_any_directory(tmp_path: Path) -> None:
    """Run as a user would, outside the checkout: the bundled store ships in the package."""
    import subprocess
    import sys

    seed = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
    result = subprocess.run([sys.executable, "-m", "factcheck", "check", str(seed), "--format",
                             "json"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["contradicted"] == 1 and len(report["claims"]) > 100


ESC = "\x1b["


@pytest.mark.parametrize("args, env, colored", [
    ([], {}, False),                                  # not a terminal
    (["--color"], {}, True),                          # --color alone forces it
    (["--color=always"], {"NO_COLOR": "1"}, True),    # the option beats the environment
    ([], {"FORCE_COLOR": "1"}, True),
    ([], {"FORCE_COLOR": "1", "NO_COLOR": "1"}, False),
    (["--color=never"], {"FORCE_COLOR": "1"}, False),
    (["--no-color"], {"FORCE_COLOR": "1"}, False),   # the older spelling still works
])
def test_colour_follows_the_option_then_no_color_and_force_color(
        article: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str],
        colored: bool) -> None:
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    result = CliRunner(env=env).invoke(cli, ["check", str(article), "--store", FACTS, *args])
    assert (ESC in result.stdout) is colored
    # a source is a terminal hyperlink exactly when colour is on: never in a pipe unasked,
    # never under NO_COLOR
    link = "\x1b]8;;https://example.com/acme/results\x1b\\Acme Corp (example.com)\x1b]8;;"
    assert (link in result.stdout) is colored
    assert ("source: Acme Corp, https://example.com/acme/results" in result.stdout) is not colored


def test_color_reaches_a_pipe(article: Path) -> None:
    """click strips colour from anything but a terminal unless told not to."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "factcheck", "check", str(article), "--store",
                           FACTS, "--color"], capture_output=True, text=True, check=False,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(article.parent)})
    assert done.returncode == 1 and ESC in done.stdout, done.stderr


def test_output_files_honour_the_umask_and_keep_an_existing_mode(article: Path,
                                                                  tmp_path: Path) -> None:
    import os
    import stat

    old = os.umask(0o022)
    try:
        new = tmp_path / "audit.md"
        run("check", str(article), "--store", FACTS, "--format", "markdown", "-o", str(new))
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
        os.umask(0o077)
        run("check", str(article), "--store", FACTS, "--format", "json", "-o",
            str(tmp_path / "private.json"))
        assert stat.S_IMODE((tmp_path / "private.json").stat().st_mode) == 0o600
        new.chmod(0o640)
        run("check", str(article), "--store", FACTS, "--format", "markdown", "-o", str(new))
        assert stat.S_IMODE(new.stat().st_mode) == 0o640
    finally:
        os.umask(old)


# --- start-up: each command imports only what it uses ---------------------------------------

LOADED = """\
import sys
from factcheck.cli.cli import cli
from factcheck.cli.common import echoed
from factcheck.reporters import FORMATS
try:
    cli(sys.argv[1:], prog_name="factcheck")
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""
HEAVY = ("bs4", "httpx", "factcheck.ci.batch", "factcheck.read.fetch", "factcheck.cli.sources")


def loaded_modules(*args: str, env: dict[str, str] | None = None) -> set[str]:
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", LOADED, *args], capture_output=True,
                            text=True, check=True, env={**os.environ, **(env or {})})
    return set(result.stdout.split())


def test_help_loads_neither_bs4_nor_httpx_nor_the_batch_code() -> None:
    modules = loaded_modules("--help")
    assert "factcheck.cli.cli" in modules
    assert not {m for m in modules if m.split(".")[0] in HEAVY or m in HEAVY}
    assert not modules & {"factcheck.pipeline", "factcheck.rules", "factcheck.language"}


def test_check_with_a_built_store_loads_no_parser_it_does_not_need(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(CLEAN)
    env = {"FACTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    first = loaded_modules("check", str(text), "--store", FACTS, env=env)
    assert "yaml" in first  # the first run builds the store from the fact files
    modules = loaded_modules("check", str(text), "--store", FACTS, env=env)
    assert "factcheck.pipeline" in modules
    # tempfile (with shutil's compression modules) only to write a file, difflib only to
    # suggest a name after a mistake: neither when the report goes to standard output
    unneeded = {*HEAVY, "yaml", "sqlite_utils", "factcheck.store.build", "tempfile", "difflib"}
    assert not {m for m in modules if m.split(".")[0] in unneeded or m in unneeded}
    assert "factcheck.reporters.terminal" in modules  # only the format it writes
    assert not modules & {"factcheck.reporters.html_format", "factcheck.reporters.markdown_format",
                          "factcheck.reporters.claimreview"}


def test_lazy_commands_are_listed_with_their_own_help() -> None:
    from factcheck.cli.cli import LAZY_COMMANDS

    context = click.Context(cli)
    for name, (_, declared) in LAZY_COMMANDS.items():
        command = cli.get_command(context, name)
        assert command is not None
        assert click.Command(name, help=declared).get_short_help_str(200) == \
            command.get_short_help_str(200)


def test_special_files_are_refused_by_name_with_exit_2(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # a FIFO nobody writes to once blocked check for ever
    code, out, err = run("check", str(fifo))
    assert code == 2 and out == ""
    assert err == f"factcheck: error: {fifo}: is a named pipe (FIFO), not an article\n"
    code, out, _ = run("check", str(fifo), "--format", "json")
    assert code == 2 and json.loads(out)["error"].endswith("is a named pipe (FIFO), not an "
                                                           "article")
    if os.path.exists("/dev/zero"):  # once read for ever (6.7 GB in 15 s)
        code, _, err = run("check", "/dev/zero")
        assert code == 2 and "/dev/zero: is a character device" in err


def test_limits_are_exit_2_with_one_line(tmp_path: Path) -> None:
    bomb = Path(__file__).parent / "fixtures" / "hostile" / "alias-bomb.md"
    code, out, err = run("check", str(bomb), "--format", "json")
    assert code == 2 and "aliases expand to more than 10,000 values" in json.loads(out)["error"]
    long_line = tmp_path / "long.txt"
    long_line.write_text(CLEAN.strip() * 3000 + "\n")
    code, _, err = run("check", str(long_line))
    assert code == 2 and err.strip().endswith(":1: a line longer than 100,000 characters, "
                                              "the limit for a line of an article")


# --- hostile input: no escape reaches a terminal, every input error is one line (issue 10) ---

UNSAFE_OUT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200b]")
HOSTILE = {
    "title.html": ("<html><head><title>Acme\x1b]0;owned by you\x07</title></head><body><p>"
                   "Jane Doe co-founded Acme in 2012, the company says.</p></body></html>"),
    "entity.html": ("<html><head><title>Acme&#x1b;]0;owned&#7;</title></head><body><p>"
                    "Jane Doe co-founded Acme in 2012&#x1b;[2K&#x1b;[1A, it says.</p>"
                    "</body></html>"),
    "erase.txt": "Jane Doe co-founded Acme in 2012.\x1b[2K\x1b[1A Acme grew, it says.\n",
    "c1.txt": "Jane Doe co-founded Acme in 2012.\x9b2K\x9dtitle\x9c Acme grew again.\n",
}


@pytest.mark.parametrize("name", HOSTILE)
@pytest.mark.parametrize("fmt", ["terminal", "markdown", "json", "html"])
def test_no_escape_from_an_article_reaches_the_output(tmp_path: Path, name: str,
                                                      fmt: str) -> None:
    path = tmp_path / name
    path.write_text(HOSTILE[name], encoding="utf-8")
    for color in ("--color", "--no-color"):
        code, out, err = run("check", str(path), "--store", FACTS, "--format", fmt, color,
                             "--date", "2025-03-01")
        if color == "--color" and fmt == "terminal":
            out = re.sub(r"\x1b\[(?:\d+)?m", "", out)  # the status colours are the tool's own
            out = re.sub(r"\x1b\]8;;(?:https?://[\x21-\x7e]+)?\x1b\\", "", out)  # its links
        assert code == 1 and UNSAFE_OUT.search(out + err) is None, (out, err)


def test_a_file_name_with_an_escape_is_shown_not_obeyed(tmp_path: Path) -> None:
    path = tmp_path / "a\x1b]0;x\x07.txt"
    code, _, err = run("check", str(path), "--store", FACTS)
    assert code == 2 and err == f"factcheck: error: {tmp_path}/a\\x1b]0;x\\x07.txt: no such " \
                                "file\n"


@pytest.mark.parametrize("front", ["date: 2025-02-30", "date: 2025-13-01"])
def test_an_impossible_front_matter_date_is_a_warning_not_a_traceback(tmp_path: Path,
                                                                      front: str) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: Acme\n{front}\n---\n\nJane Doe co-founded Acme in 2012.\n")
    code, out, err = run("check", str(path), "--store", FACTS, "--format", "json")
    assert code == 1  # the contradiction, as it should be; no traceback
    assert err.startswith(f"factcheck: warning: {path}: line 3: '2025-")
    assert json.loads(out)["article"]["warnings"][0].startswith("line 3: '2025-")


@pytest.mark.parametrize("data", [b"\xff\xfeA\x00c\x00m\x00e\x00!", b"\xfe\xff\xd8\x00\x00A"])
def test_broken_utf16_exits_2_with_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    code, out, err = run("check", str(path), "--store", FACTS)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err.startswith(f"factcheck: error: {path}: not valid UTF-16")
    code, out, _ = run("check", str(path), "--store", FACTS, "--format", "json")
    assert code == 2 and json.loads(out)["error"].startswith(f"{path}: not valid UTF-16")


def test_explain_shows_escapes_in_the_sentence() -> None:
    code, out, _ = run("explain", "Jane Doe co-founded Acme in 2012.\x1b[2K\x9b1A",
                       "--store", FACTS)
    assert code == 0 and UNSAFE_OUT.search(out) is None and "\\x1b[2K" in out
