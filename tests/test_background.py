"""Names a sentence gives only in passing: a description after them goes on with the rest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.background import background
from factcheck.language.extract import extract_claims
from factcheck.read.documents import read_text

_STORE = """
entities:
  - {id: hooli, name: Hooli, kind: organization, descriptors: [startup, lab]}
  - {id: piper, name: Piper Labs, aliases: [Piper], kind: organization,
     descriptors: [startup, lab]}
  - {id: globex, name: Globex, kind: organization, descriptors: [investor]}
  - {id: initech, name: Initech, kind: organization, descriptors: [search giant]}
  - {id: jane-doe, name: Jane Doe, kind: person}
"""


def _named(sentence: str, *names: str) -> list[tuple[int, int, str]]:
    return [(sentence.index(n), sentence.index(n) + len(n), n.lower()) for n in names]


@pytest.mark.parametrize("sentence, names, behind", [
    ("Hooli has become a rival to Piper, with Globex backing it", ("Hooli", "Piper", "Globex"),
     {"piper"}),
    ("Initech deepened its ties with one of Piper's fiercest rivals", ("Initech", "Piper"),
     {"piper"}),
    ("Doe founded Hooli as a counterweight to Initech, which had bought Piper",
     ("Hooli", "Initech", "Piper"), {"initech", "piper"}),
    # named in the foreground too: no longer in passing
    ("Piper, a rival to Hooli, said Hooli would grow", ("Piper", "Hooli", "Hooli"), set()),
    ("Globex invested in Hooli and Piper", ("Globex", "Hooli", "Piper"), set()),
])
def test_a_rivalry_s_standard_and_a_relative_clause_s_names_are_in_passing(
        sentence: str, names: tuple[str, ...], behind: set[str]) -> None:
    named = [(s, e, n) for s, e, n in _named(sentence, *dict.fromkeys(names))]
    if names.count("Hooli") == 2:
        at = sentence.rindex("Hooli")
        named.append((at, at + 5, "hooli"))
    assert background(sentence, named) == behind


@pytest.fixture(scope="module")
def store(literal_store: Callable[[str], Any]) -> Any:
    return literal_store(_STORE)


def _standalones(store: Any, text: str) -> list[str]:
    return [c.standalone for c in extract_claims(read_text(text, "a.txt"), store.entities)]


def test_a_description_after_a_rival_named_as_the_standard_is_the_subject(store: Any) -> None:
    found = _standalones(store, "Hooli has emerged as a serious rival to Piper, with Globex "
                                "putting money into the startup.")
    assert "Globex putting money into Hooli" in found


@pytest.mark.parametrize("text, last", [
    # the next sentence's description passes over a rivalry's standard
    ("Initech will put $1 billion more into Hooli, deepening its ties with one of Piper's "
     "main rivals. The search giant first invested in the startup in 2023.",
     "Initech first invested in Hooli in 2023"),
    # and over a name inside a relative clause on another name
    ("Jane Doe co-founded Hooli in 2015 as a counterweight to Initech, which had bought Piper "
     "the year before. She left the lab's board in 2018.",
     "Jane Doe left Hooli's board in 2018"),
    # but a name told only in passing is still the one the noun fits alone
    ("Hooli, which counts Globex among its backers, raised $1 billion. The investor put in "
     "$200 million.", "Globex put in $200 million"),
])
def test_a_later_description_looks_back_past_names_told_in_passing(store: Any, text: str,
                                                                    last: str) -> None:
    assert _standalones(store, text)[-1] == last


def test_the_sentence_after_one_that_opens_on_its_topic_goes_on_with_it(store: Any) -> None:
    found = _standalones(store, "Hooli took $2 billion from Globex in 2023. For Piper, it is "
                                "an old story. The lab raised $1 billion in 2014. It paid no "
                                "dividend.")
    assert found[-2:] == ["Piper Labs raised $1 billion in 2014", "Piper Labs paid no dividend"]


def test_a_description_in_a_sentence_that_opens_on_its_topic_is_that_topic(store: Any) -> None:
    found = extract_claims(read_text("Hooli took $2 billion from Globex in 2023. For Initech, "
                                     "the deal gives the search giant a seat on the board.",
                                     "a.txt"), store.entities)
    # one claim, not "Initech is the deal ...": the topic opens the sentence, no apposition
    assert [c.standalone for c in found][-1] == ("For Initech, the deal gives Initech a seat "
                                                 "on the board")
    assert found[-1].subject == "initech"
    found = _standalones(store, "Hooli took $2 billion from Globex in 2023, and Hooli grew. For "
                                "Initech, the deal gives the company a seat on the board.")
    assert found[-1] == "For Initech, the deal gives Initech a seat on the board"
