"""Reading a local article: regular files only, links told apart, and the size limit."""

from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest

from factcheck.errors import DocumentError
from factcheck.read import fetch, limits
from factcheck.read.documents import load_document
from factcheck.read.files import read_bytes

ARTICLE = "Acme has over $2 trillion in assets under management.\n"


def test_a_fifo_is_refused_by_name_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)  # nobody writes to it: opening it to read would wait for ever
    with pytest.raises(DocumentError, match=r"pipe\.md: is a named pipe \(FIFO\), not an"):
        load_document(str(fifo))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_a_device_is_refused_not_read_for_ever() -> None:
    with pytest.raises(DocumentError, match="/dev/zero: is a character device, not an"):
        load_document("/dev/zero")


def test_a_socket_is_refused() -> None:
    # a short folder: a socket's path is limited to about 100 bytes
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        path = os.path.join(folder, "s.md")
        server = socket.socket(socket.AF_UNIX)
        try:
            server.bind(path)
            with pytest.raises(DocumentError, match="is a socket, not an article"):
                load_document(path)
        finally:
            server.close()


def test_a_link_to_a_fifo_is_refused_too(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "a.md").symlink_to(tmp_path / "pipe")
    with pytest.raises(DocumentError, match="named pipe"):
        load_document(str(tmp_path / "a.md"))


def test_a_link_loop_is_a_loop_and_a_dangling_link_is_broken(tmp_path: Path) -> None:
    (tmp_path / "a.md").symlink_to(tmp_path / "b.md")
    (tmp_path / "b.md").symlink_to(tmp_path / "a.md")
    (tmp_path / "gone.md").symlink_to(tmp_path / "nowhere.md")
    with pytest.raises(DocumentError, match=r"a\.md: symbolic link loop"):
        load_document(str(tmp_path / "a.md"))
    with pytest.raises(DocumentError, match=r"gone\.md: broken symbolic link"):
        load_document(str(tmp_path / "gone.md"))


def test_an_article_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 10)
    size = path.stat().st_size
    assert read_bytes(str(path), max_bytes=size) == path.read_bytes()
    with pytest.raises(DocumentError, match=f"big.txt: larger than {size - 1:,} bytes"):
        load_document(str(path), max_bytes=size - 1)


def test_local_files_and_urls_share_one_size_limit() -> None:
    assert limits.DEFAULT_MAX_BYTES == 5_000_000
    assert fetch.DEFAULT_MAX_BYTES is limits.DEFAULT_MAX_BYTES
    assert fetch.Fetcher().max_bytes == limits.DEFAULT_MAX_BYTES


def test_a_file_just_over_the_default_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("w") as out:
        out.write(ARTICLE * (limits.DEFAULT_MAX_BYTES // len(ARTICLE) + 1))
    with pytest.raises(DocumentError, match="larger than 5,000,000 bytes"):
        load_document(str(path))
