"""Property tests over the reader: any text, Markdown, HTML or front matter is read into a
Document or refused with the tool's own DocumentError, never anything else, and text and
Markdown cost time linear in their length.

The examples are bounded (``max_examples``, no deadline: the machine is shared) so the whole
file runs in a few seconds; the linear-time property uses a generous absolute bound on a long
input, which every quadratic step found so far broke by a wide margin. Bounds are CPU time (a
shared machine's load stretches the wall clock, not the work).
"""

from __future__ import annotations

import time

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcheck.errors import DocumentError
from factcheck.model import Document
from factcheck.read.documents import read_text

# The characters markup is made of, and some prose around them.
MARKUP = "`*_[]()!<>#-=|:~\\&;\"' \t\n\r.,0123456789aAxZ\u00a0\u200b\u2028\x1b\x0c"
FRONT_KEYS = st.sampled_from(["title", "date", "published", "tags", "a", "b"])
YAML_VALUES = st.text(alphabet="&*[]{}:,-'\"!|>%@`ab01 \n", max_size=40)


def bounded(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow])


def read(text: str, fmt: str) -> Document | None:
    """The Document, or None when the tool refuses the input with its own error."""
    try:
        return read_text(text, "fuzz", fmt)
    except DocumentError:
        return None


@bounded(150)
@given(st.text(alphabet=MARKUP, max_size=300), st.sampled_from(["text", "markdown", "html"]))
def test_any_input_is_a_document_or_one_input_error(text: str, fmt: str) -> None:
    doc = read(text, fmt)
    if doc is None:
        return
    assert all(0 <= b.span.start <= b.span.end <= len(doc.text) for b in doc.blocks)
    if fmt != "html":  # text and Markdown prose is a same-length copy but for the invisible
        # and bidi characters taken out, each recorded in ``dropped`` to map offsets back
        assert len(doc.text) + len(doc.dropped) == len(doc.original)


@bounded(60)
@given(st.lists(st.tuples(FRONT_KEYS, YAML_VALUES), max_size=6), st.text(MARKUP, max_size=80))
def test_any_front_matter_is_read_or_refused_as_input(pairs: list[tuple[str, str]],
                                                      body: str) -> None:
    front = "".join(f"{key}: {value}\n" for key, value in pairs)
    read(f"---\n{front}---\n\nAcme grew fast in 2024. {body}\n", "markdown")


@bounded(12)
@given(st.text(alphabet=MARKUP, min_size=1, max_size=4), st.sampled_from(["text", "markdown"]))
@example("`", "markdown")
@example("[", "markdown")
@example(" ", "markdown")
@example("*x ", "markdown")
@example("<!--", "markdown")
@example("a. ", "text")
def test_a_long_input_of_any_repeated_piece_is_read_in_linear_time(piece: str,
                                                                   fmt: str) -> None:
    """40,000 characters of one repeated piece: a quadratic step ("[" 18 s, " " 25 s, "`"
    over a minute before) blows far past the bound; linear ones take well under a second."""
    text = (piece * (40_000 // len(piece) + 1))[:40_000] + "\n\nAcme grew fast in 2024.\n"
    start = time.process_time()
    read(text, fmt)
    assert time.process_time() - start < 4.0
