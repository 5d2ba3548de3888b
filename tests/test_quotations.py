"""A quotation of several sentences: each sentence read apart, in the quotation's frame."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.language.quotations import quotation_pieces
from factcheck.model import Status

SOURCES = "[{url: 'https://example.com/r', title: R, publisher: P, reliability: primary}]"
STORE = f"""
entities:
  - {{id: zeta, name: Zeta Corp, kind: organization, aliases: [Zeta],
     descriptors: [chipmaker]}}
  - {{id: orla, name: Orla Systems, kind: organization, aliases: [Orla]}}
  - {{id: kim, name: Kim Sato, kind: person, affiliation: zeta}}
facts:
  - {{id: zeta-q3-revenue, kind: quantity, subject: zeta, measure: quarterly revenue,
     cues: [revenue], value: "$7.2 billion", tolerance: 0.01, as_of: 2024-10-31,
     published: 2024-11-20, sources: {SOURCES},
     statement: Zeta's revenue for its third quarter was $7.2 billion.}}
  - {{id: zeta-q3-eps, kind: quantity, subject: zeta, measure: quarterly earnings per share,
     cues: [per share], value: "$1.31", tolerance: 0.006, as_of: 2024-10-31,
     published: 2024-11-20, sources: {SOURCES},
     statement: Zeta's diluted earnings per share for its third quarter were $1.31.}}
  - {{id: orla-q3-eps, kind: quantity, subject: orla, measure: quarterly earnings per share,
     cues: [per share], value: "$0.58", tolerance: 0.006, as_of: 2024-10-31,
     published: 2024-11-20, sources: {SOURCES},
     statement: Orla's diluted earnings per share for its third quarter were $0.58.}}
"""


def pieces(sentence: str) -> list[str] | None:
    found = quotation_pieces(sentence)
    return None if found is None else [sentence[a:b] for a, b in found.pieces]


def test_a_quotation_of_several_sentences_of_figures_is_read_sentence_by_sentence() -> None:
    sentence = ('"For the quarter, revenue was $7.2 billion, up 9% from a year ago. Diluted '
                'earnings per share were $1.31. Margins held at 61%," the chipmaker said on '
                'Tuesday.')
    assert pieces(sentence) == [
        "For the quarter, revenue was $7.2 billion, up 9% from a year ago.",
        "Diluted earnings per share were $1.31.",
        'Margins held at 61%," the chipmaker said on Tuesday.']
    found = quotation_pieces(sentence)
    assert found is not None
    assert sentence[slice(*found.speaker)] == "the chipmaker said on Tuesday"
    # the period the first sentence tells frames the others
    assert found.leads == ("", "For the quarter, ", "For the quarter, ")


def test_the_attribution_may_open_the_sentence() -> None:
    sentence = ('Zeta said: "Revenue was $7.2 billion. Diluted earnings per share were '
                '$1.31."')
    assert pieces(sentence) == ['Zeta said: "Revenue was $7.2 billion.',
                                'Diluted earnings per share were $1.31."']
    found = quotation_pieces(sentence)
    assert found is not None and sentence[slice(*found.speaker)] == "Zeta said"


def test_a_later_period_replaces_the_one_told_before() -> None:
    found = quotation_pieces('"For the quarter, revenue was $7.2 billion. For fiscal 2024, '
                             'revenue was $26 billion. Net income was $9 billion," Zeta '
                             'added.')
    assert found is not None and found.leads == ("", "", "For fiscal 2024, ")


@pytest.mark.parametrize("sentence", [
    # one sentence inside the marks
    '"Revenue was $7.2 billion, up 9%," the chipmaker said.',
    # words, not figures: a remark, its quotation kept whole (stored quotes are compared)
    '"We shipped more than ever. Demand keeps rising," Kim Sato said.',
    # one sentence of figures only
    '"We had a great quarter. Revenue was $7.2 billion," Kim Sato said.',
    # no attribution beside the marks
    '"Revenue was $7.2 billion. Net income was $2 billion."',
    # words on both sides: no plain frame
    'Zeta said "Revenue was $7.2 billion. Net income was $2 billion," in a note.',
    # several quotations
    '"Revenue was $7.2 billion," Zeta said. "Net income was $2 billion," it added.',
])
def test_other_quotations_stay_one_sentence(sentence: str) -> None:
    assert quotation_pieces(sentence) is None


@pytest.fixture
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


def test_each_piece_is_the_speaker_s_and_of_the_period_told_before(
        statuses: Callable[[str], list[Status]]) -> None:
    """Issue 8: a results quotation of several sentences was one sentence to the splitter:
    its figures fused into claims across sentences and only the last knew who said it."""
    found = statuses('Orla is Zeta\'s rival. "For the quarter, revenue was $7.2 billion. '
                     'Diluted earnings per share were $1.31. Orders were strong," Zeta '
                     'said.')
    assert found[-3:-1] == [Status.SUPPORTED, Status.SUPPORTED]
    # a person speaks for the organisation the store says they act for
    assert statuses('Orla is Zeta\'s rival. "For the quarter, revenue was $7.2 billion. '
                    'Diluted earnings per share were $1.31," Kim Sato said.')[-2:] == \
        [Status.SUPPORTED, Status.SUPPORTED]


def test_an_officer_named_by_title_alone_speaks_for_the_story_s_subject(
        statuses: Callable[[str], list[Status]]) -> None:
    """Issue 8: '"Revenue was ... . Data center revenue was ...," chief financial officer
    Jane Roe said' in a results story: a person the store does not know, whose title says
    she speaks for the company the story is about."""
    found = statuses('Zeta reported on Tuesday. "For the quarter, revenue was $7.2 billion. '
                     'Diluted earnings per share were $1.31," chief financial officer Ada '
                     'Quill said.')
    assert found[-2:] == [Status.SUPPORTED, Status.SUPPORTED]
    # an officer of another company named beside her is no officer of the story's subject
    found = statuses('Zeta reported on Tuesday. "For the quarter, revenue was $7.2 billion. '
                     'Diluted earnings per share were $1.31," Vexa Labs chief financial '
                     'officer Ada Quill said.')
    assert found[-2:] == [Status.UNVERIFIED, Status.UNVERIFIED]


def test_a_piece_whose_speaker_is_unknown_gets_no_one_else_s_figures(
        statuses: Callable[[str], list[Status]]) -> None:
    """Precision: the pieces of an unknown speaker's quotation are no other company's."""
    found = statuses('Orla reported on Tuesday. "For the quarter, revenue was $9.9 billion. '
                     'Diluted earnings per share were $0.58," Vexa Labs said.')
    assert found[-2:] == [Status.UNVERIFIED, Status.UNVERIFIED]
    # a piece between the marks, with neither the speaker nor a name, is the speaker's too:
    # not the story's subject's (Zeta's revenue is $7.2 billion)
    found = statuses('Zeta reported on Tuesday. Zeta shares rose. "Orders doubled. Revenue was '
                     '$7.2 billion. Margins were 61%," Vexa Labs said.')
    assert found[-2] is Status.UNVERIFIED
    found = statuses('Zeta reported on Tuesday. Zeta shares rose. "Orders doubled. Revenue was '
                     '$7.2 billion. Margins were 61%," said Ada Quill, an analyst.')
    assert found[-2] is Status.UNVERIFIED


def test_a_pronoun_that_attributes_a_quotation_is_who_it_points_at(
        statuses: Callable[[str], list[Status]]) -> None:
    """Precision: '..., it said' after a company the store does not know gives that
    company's figures, not the story's subject's."""
    found = statuses('Zeta reported on Tuesday. Vexa Labs also reported. "Revenue was $7.2 '
                     'billion in the quarter. Diluted earnings per share were $1.31," it said.')
    assert found[-2:] == [Status.UNVERIFIED, Status.UNVERIFIED]
    # a person the store says acts for the company speaks for it
    found = statuses('Kim Sato spoke to analysts. "Revenue was $7.2 billion in the quarter. '
                     'Diluted earnings per share were $1.31," she said.')
    assert found[-2:] == [Status.SUPPORTED, Status.SUPPORTED]


@pytest.mark.parametrize("speaker", ["an analyst", "a rival executive",
                                     "a person familiar with the matter"])
def test_a_speaker_from_outside_the_company_gives_it_no_figures(
        statuses: Callable[[str], list[Status]], speaker: str) -> None:
    """Precision: the pieces of a quotation an outsider gives are not the story's subject's
    figures, whatever the numbers (Zeta's revenue is $7.2 billion)."""
    found = statuses(f'Zeta reported on Tuesday. "Revenue was $7.2 billion in the quarter. '
                     f'Diluted earnings per share were $1.31," {speaker} said.')
    assert found[-2:] == [Status.UNVERIFIED, Status.UNVERIFIED]
