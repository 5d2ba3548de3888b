"""What a claim says beyond a relation: a relation matched on a name and one cue settles a
claim only when its facts hold most of what the claim says."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status
from factcheck.rules.asides import gerund_subject
from factcheck.rules.predicate import UNSAID_WORDS, asserted_verb, content_words

SOURCE = "sources: [{url: 'https://example.com/a', title: A, publisher: P, reliability: news}]"
STORE = f"""
entities:
  - {{id: acme, name: Acme, kind: organization}}
  - {{id: zeta, name: Zeta Labs, kind: organization, aliases: [Zeta]}}
facts:
  - id: acme-invests-zeta
    kind: event
    subject: acme
    object: zeta
    measure: investment in Zeta
    cues: [invested, invests, investment, stake]
    date: 2023-09-25
    statement: On 25 September 2023 Acme agreed to invest in Zeta Labs for a minority stake,
      with Acme's cloud as Zeta's main cloud provider.
    {SOURCE}
  - id: acme-cloud-zeta
    kind: relation
    subject: acme
    object: zeta
    measure: cloud provider
    cues: [cloud provider]
    statement: Acme's cloud has been the exclusive cloud provider of Zeta Labs since 2021,
      running its training work.
    {SOURCE}
  - id: zeta-round-2024
    kind: quantity
    subject: zeta
    measure: funding round size
    cues: [round, raised]
    value: "$2 billion"
    as_of: 2024-05-02
    statement: On 2 May 2024 Zeta Labs raised $2 billion in a funding round.
    {SOURCE}
"""


@pytest.fixture(scope="module")
def statuses(literal_store: Callable[[str], Any],
             statuses_in: Callable[[Any, str], list[Status]]) -> Callable[[str], list[Status]]:
    store = literal_store(STORE)
    return lambda text: statuses_in(store, text)


@pytest.mark.parametrize("sentence", [
    "Acme invested in Zeta Labs.",
    "Acme has taken a minority stake in Zeta, whose main cloud provider it becomes.",
])
def test_a_claim_the_relation_holds_is_supported(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.SUPPORTED]


def test_the_word_that_introduces_a_name_is_not_content() -> None:
    """issue 8: "launched an initiative called Meta Superintelligence Labs": "called" only
    gives the name, which the store holds; counted as an act held nowhere, it left the
    launch unverified. A verb of naming that is the act stays ("named Jane Doe its chief")."""
    from factcheck.model import Claim, Position, Span

    def words(text: str) -> list[str]:
        claim = Claim(id="c", text="", standalone=text, span=Span(0, 1),
                      position=Position(1, 1), sentence="", entities=("acme", "zeta"),
                      named=("acme", "zeta"), subject="acme", subject_name="Acme",
                      unknown_names=(), quantities=(), years=(), quotes=())
        names = {"acme": ("Acme",), "zeta": ("Zeta Labs", "Zeta")}
        return list(content_words(claim, lambda e: names[e]).values())

    assert words("Acme has launched an initiative called Zeta Labs") == ["launched",
                                                                         "initiative"]
    assert words("Acme set up a new unit, dubbed \u201cZeta\u201d") == ["set", "unit"]
    assert words("Acme named Zeta its partner") == ["named", "partner"]


@pytest.mark.parametrize("sentence", [
    # the investment is only what the sentence is about; what it says of it is not stored
    "The Acme investment in Zeta is the latest in a long series of speculative bets by "
    "enormous cloud vendors chasing generative models.",
    "Acme did not disclose the exact dollar amount or the precise terms of its investment in "
    "Zeta.",
])
def test_a_claim_that_says_much_the_relation_does_not_is_unverified(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence)[0] is Status.UNVERIFIED


def test_names_and_framing_words_are_not_content(literal_store: Callable[[str], Any]) -> None:
    from factcheck.model import Claim, Position, Span

    claim = Claim(id="c", text="", standalone="Acme said on Monday that it invested in Zeta "
                  "Labs", span=Span(0, 1), position=Position(1, 1), sentence="",
                  entities=("acme", "zeta"), named=("acme", "zeta"), subject="acme",
                  subject_name="Acme", unknown_names=(), quantities=(), years=(), quotes=())
    names = {"acme": ("Acme",), "zeta": ("Zeta Labs", "Zeta")}
    assert list(content_words(claim, lambda e: names[e]).values()) == ["Monday", "invested"]
    assert UNSAID_WORDS > 2  # a short claim is never left unverified for a word or two


@pytest.mark.parametrize("sentence", [
    # a denial of another verb takes the investment for granted: it is not what is said
    "Acme did not reveal the size of its stake in Zeta.",
    "Acme declined to say how much it invested in Zeta.",
    # an obligation is a condition of the deal, not the event the fact records
    "Zeta is required to restructure its stake held by Acme.",
    # an exclusivity or a rank the facts do not state
    "Acme is the sole investor in Zeta.",
    "Acme is the only cloud provider that resells Zeta models.",
    "Zeta raised $2 billion in the largest funding round ever for a lab.",
])
def test_a_denial_obligation_or_rank_the_facts_do_not_state_is_unverified(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    "Acme did not reveal its stake in Zeta.",
    "Acme has never disclosed its stake in Zeta.",
])
def test_a_denial_of_disclosing_does_not_deny_the_event(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.UNVERIFIED]


@pytest.mark.parametrize(("sentence", "status"), [
    ("Acme did not invest in Zeta.", Status.CONTRADICTED),  # the denial is of the fact's verb
    ("Acme is the only cloud provider of Zeta.", Status.SUPPORTED),  # "exclusive" states it
    ("Acme took a stake in Zeta, not a loan.", Status.SUPPORTED),  # denies a noun phrase
    ("Zeta raised $2 billion in a funding round.", Status.SUPPORTED),
])
def test_what_the_facts_state_keeps_its_verdict(
        statuses: Callable[[str], list[Status]], sentence: str, status: Status) -> None:
    assert statuses(sentence) == [status]


def test_a_denial_in_another_clause_than_the_facts_cue_does_not_count(
        statuses: Callable[[str], list[Status]]) -> None:
    assert statuses("Acme took a stake in Zeta, so Zeta does not rent other servers.") == [
        Status.SUPPORTED]


def test_a_rank_is_stated_by_another_record_between_the_same_parties(
        literal_store: Callable[[str], Any],
        statuses_in: Callable[[Any, str], list[Status]]) -> None:
    backer = f"""
  - id: acme-backs-zeta
    kind: relation
    subject: acme
    object: zeta
    measure: backer of Zeta
    cues: [backer, investor]
    statement: Acme is the largest backer of Zeta Labs.
    {SOURCE}
"""
    sentence = "Acme is the largest investor in Zeta."
    assert statuses_in(literal_store(STORE), sentence) == [Status.UNVERIFIED]
    assert statuses_in(literal_store(STORE + backer), sentence) == [Status.SUPPORTED]
    # ... but not a rank among all others ever: "ever" widens what it is compared with
    assert statuses_in(literal_store(STORE + backer),
                       "Acme made the largest investment ever in Zeta.") == [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    # the stake is what the clause is set against; what it asserts is another verb's
    "Acme's minority stake in Zeta comes at a time when the cloud power needed for training "
    "far exceeds older hardware.",
    "Acme admitted that new trade rules have hurt the value of its minority stake in Zeta and "
    "its main cloud deal.",
])
def test_a_claim_whose_main_verb_the_facts_do_not_hold_needs_less_unsaid_to_be_unverified(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    # short clauses: the subject and one cue word meet the fact, the act and the rest do not
    "Acme's investment in Zeta now dwarfs the whole robotics market.",
    "Acme's stake in Zeta signals its entry into the chatbot race.",
    "Acme's investment in Zeta fuels a costly hardware race.",
    "Acme's stake in Zeta remains a central pillar of its strategy.",
    # the verb is one fact's ("invested"), its object another's ("training"): no act of one
    "Acme, Zeta's cloud provider, invested in a training venture of speedy robot designers "
    "near chilly northern lakes.",
])
def test_a_short_claim_whose_act_the_facts_do_not_hold_is_unverified(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.UNVERIFIED]


@pytest.mark.parametrize("sentence", [
    "Acme will continue to hold a minority stake in Zeta.",  # "hold" only supports "stake"
    "Acme has invested in Zeta for a minority stake.",  # the act is the fact's
    "One thing we have learned: Acme invested in Zeta for a minority stake.",  # a frame
    "Acme has since left the robotics race and has invested in Zeta.",  # a joined act
    "Zeta has received investment from several firms, including Acme.",  # support verb
    "Acme has achieved remarkable returns with its stake in Zeta.",  # support verb
])
def test_an_act_the_facts_hold_or_one_that_asserts_nothing_keeps_the_usual_bar(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence) == [Status.SUPPORTED]


@pytest.mark.parametrize(("text", "verb"), [
    ("Acme is suing Zeta", "suing"),
    ("Acme's value now surpasses the market", "surpasses"),
    ("Acme has been named as the provider", "named"),
    ("Acme will continue to hold a stake", "hold"),
    ("Acme's chips will support Zeta", "support"),
    ("Acme is a longstanding investor", "is"),  # a copula asserts what follows it
    ("Acme's loss puts years of gains in view", ""),  # no finite verb follows "of"
])
def test_the_asserted_verb_is_read_past_auxiliaries_and_adverbs(text: str, verb: str) -> None:
    assert asserted_verb(text) == verb


def test_a_main_verb_the_facts_hold_keeps_the_usual_bar(
        statuses: Callable[[str], list[Status]]) -> None:
    assert statuses("Acme agreed to invest in Zeta for a minority stake while cloud rivals cut "
                    "their spending on research.") == [Status.SUPPORTED]


def test_a_quotation_the_facts_do_not_hold_is_what_the_claim_says(
        statuses: Callable[[str], list[Status]]) -> None:
    # the relation's cue is in the quoted words, but what was said is not recorded
    assert statuses('Acme said its minority stake in Zeta and its main cloud deal "reward '
                    'brave teams doing bold science".') == [Status.UNVERIFIED]
    assert statuses('"We invested in Zeta for a minority stake," Acme said.') == [
        Status.SUPPORTED]


def test_a_rank_in_the_subjects_description_picks_the_subject(
        statuses: Callable[[str], list[Status]]) -> None:
    # who is meant is the reading of descriptions' business; what is said of them is checked
    assert statuses("Zeta's biggest backer Acme invested in Zeta Labs.") == [Status.SUPPORTED]


@pytest.mark.parametrize(("text", "span"), [
    ("Buying $2 billion of Zeta shares instantly lifts Acme's own value.",
     "Buying $2 billion of Zeta shares"),
    ("Obviously, owning a stake in Zeta will make Acme richer.", "owning a stake in Zeta"),
    ("Raising $2 billion made Zeta one of the best-funded labs.", "Raising $2 billion"),
    # a verb in -s after a name ends it; a plural noun before "of" does not
    ("Acquiring Zeta gives Acme a trove of data.", "Acquiring Zeta"),
    ("Buying shares of Zeta Labs helps Acme.", "Buying shares of Zeta Labs"),
])
def test_a_gerund_subject_runs_to_the_verb_of_the_clause(text: str, span: str) -> None:
    found = gerund_subject(text)
    assert found is not None and text[found[0]:found[1]].strip() == span


@pytest.mark.parametrize("text", [
    "Acme invested $2 billion in Zeta.",
    "Starting next year, Acme will invest $2 billion in Zeta.",  # a lead-in, not a subject
    "Beijing said Acme invested in Zeta.",
])
def test_a_clause_not_opened_by_a_gerund_subject_has_none(text: str) -> None:
    assert gerund_subject(text) is None


@pytest.mark.parametrize("sentence", [
    # the cue stands only in an aside: the investment told before
    "Zeta has grown rapidly since the investment.",
    "With this investment, Zeta gains fresh momentum.",
    # a rank measured from the event the fact records is not stated by it
    "Zeta's new round is its biggest since Acme invested in it in 2023.",
])
def test_a_cue_or_year_met_beside_the_point_does_not_confirm_it(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert Status.SUPPORTED not in statuses(sentence)


@pytest.mark.parametrize("sentence", [
    "Acme invested in Zeta with the aim of a minority stake.",  # the point holds the cue
    "Zeta raised $2 billion in a funding round since renamed.",
])
def test_a_cue_in_the_point_itself_keeps_the_support(
        statuses: Callable[[str], list[Status]], sentence: str) -> None:
    assert statuses(sentence)[0] is Status.SUPPORTED


@pytest.mark.parametrize(("text", "held", "missing"), [
    ("Zeta was founded as a check on rival labs.", {"lab"}, ["founded as a check"]),
    ("Zeta was founded as a non-profit lab, in 2020.", {"lab"}, []),
    ("Zeta started as the research arm of Acme.", set(), ["started as the research arm"]),
    ("Zeta was founded in 2020 by Acme.", set(), []),  # no guise given
])
def test_what_something_was_founded_as_must_be_held(text: str, held: set[str],
                                                    missing: list[str]) -> None:
    from factcheck.rules.operators import unstated_guises
    from factcheck.rules.stems import stems

    assert unstated_guises(text, lambda s: s in {t for w in held for t in stems(w)}) == \
        missing


def test_the_words_that_hedge_a_plan_are_not_content() -> None:
    """issue 8: "the initiative aims to build new plants within Ohio" says what it plans;
    "aims" and "within" are no act or thing the facts must hold."""
    from factcheck.model import Claim, Position, Span

    claim = Claim(id="c", text="", standalone="Acme aims to build new plants within Ohio, "
                  "and plans to hire; it is expected to open in Dayton and intends to grow",
                  span=Span(0, 1), position=Position(1, 1), sentence="", entities=("acme",),
                  named=("acme",), subject="acme", subject_name="Acme", unknown_names=(),
                  quantities=(), years=(), quotes=())
    found = list(content_words(claim, lambda e: ("Acme",)).values())
    assert found == ["build", "plants", "Ohio", "hire", "open", "Dayton", "grow"]
