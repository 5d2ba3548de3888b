"""False supports found on fresh real news reports (issue 8): a fact met on a word of the
claim while what the claim's main clause says goes unchecked. Each sentence here was written
for the project in the manner of the report that was passed; the real reports stay out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from factcheck.model import Status


@pytest.fixture
def verdicts(bundled_store: Any) -> Callable[[str, dt.date], list[tuple[str, Status]]]:
    """Each claim's standalone words and status, as the bundled store judges a short article
    (a part cut from a claim to stand alone, such as a size before a name, has its own)."""
    from factcheck.pipeline import check
    from factcheck.read.documents import read_text

    def judged(text: str, date: dt.date) -> list[tuple[str, Status]]:
        report = check(read_text(text, "a.txt"), bundled_store, article_date=date)
        return [(c.claim.standalone, c.verdict.status) for c in report.claims]

    return judged


def status_of(found: list[tuple[str, Status]], words: str) -> Status:
    return next(status for text, status in found if words in text)


JAN_28_2025 = dt.date(2025, 1, 28)


@pytest.mark.parametrize(("text", "words", "date"), [
    # a rank the facts between the two parties do not state ("on top of" ranks nothing)
    ("Anthropic has drawn money from several tech giants. Then Amazon arrived with the "
     "biggest single investment.", "biggest", dt.date(2024, 3, 28)),
    # a rank with its place: the store records no place in any ranking of that day
    ("Nvidia ended the day as the second-biggest American company by market "
     "capitalization.", "second-biggest", JAN_28_2025),
    # a rank given by a small clause is a predicate, not a name for the company
    ("Nvidia shares sank on Monday, leaving it the fourth-biggest American company by market "
     "capitalization.", "fourth-biggest", JAN_28_2025),
    # a position lost is not the day it was won, nor the day of a loss
    ("The sell-off pushed Nvidia out of its spot as the world's most valuable company.",
     "spot", JAN_28_2025),
    ("Nvidia lost its crown as the world's most valuable company on Monday.", "crown",
     JAN_28_2025),
])
def test_an_unstated_rank_leaves_the_claim_unverified(verdicts: Any, text: str, words: str,
                                                      date: dt.date) -> None:
    assert status_of(verdicts(text, date), words) is Status.UNVERIFIED


def test_a_rank_the_store_states_is_still_confirmed(verdicts: Any) -> None:
    found = verdicts("Nvidia has risen to become the world's most valuable company.",
                     dt.date(2024, 6, 19))
    assert status_of(found, "most valuable") is Status.SUPPORTED


@pytest.mark.parametrize(("text", "words", "date"), [
    # the fact's cue is in the standard compared with: the contract's size is not checked
    ("Google has a cloud deal with Anthropic. The cloud contract was even bigger than the "
     "latest investment and runs for several years, the source said.", "bigger",
     dt.date(2023, 10, 28)),
    ("Amazon is backing Anthropic. The strategy, much like Microsoft's investment in OpenAI, "
     "goes beyond research.", "much like", dt.date(2023, 9, 26)),
    # the figure is the standard's: what is compared with it is not checked
    ("Grok costs $16 a month. That is a bit cheaper than the $20 monthly ChatGPT Plus plan.",
     "cheaper", dt.date(2023, 11, 6)),
    # a likeness the store does not state, beside a figure it does
    ("BlackRock CEO Larry Fink said the $12.5 billion purchase of Global Infrastructure "
     "Partners would have the same effect on the firm as the purchase of iShares from Barclays "
     "fifteen years earlier.", "same effect",
     dt.date(2024, 4, 13)),
])
def test_an_unstated_comparison_leaves_the_claim_unverified(
        verdicts: Any, text: str, words: str, date: dt.date) -> None:
    assert status_of(verdicts(text, date), words) is not Status.SUPPORTED


def test_figures_compared_with_each_other_are_checked_by_the_figures(verdicts: Any) -> None:
    found = verdicts("The MI300X carries 192 GB of HBM3 memory, far more than the 80 GB of "
                     "Nvidia's H100.", dt.date(2023, 12, 7))
    assert status_of(found, "192 GB") is Status.SUPPORTED


def test_a_line_fallen_below_is_not_the_line_passed(verdicts: Any) -> None:
    """A fall below a line is not the day the line was first passed; the store records no
    value of that day, so the claim stays unverified (and is no false alarm either)."""
    found = verdicts("The rout pushed Nvidia's market value below the $3 trillion line for the "
                     "first time in months.", JAN_28_2025)
    assert status_of(found, "below") is Status.UNVERIFIED
    passed = verdicts("Nvidia's market value crossed the $3 trillion mark.", dt.date(2024, 6, 6))
    assert status_of(passed, "crossed") is Status.SUPPORTED


@pytest.mark.parametrize(("text", "words", "date"), [
    # the backers are the reason for the attention, which is what the claim says
    ("Stargate is a new venture. The venture has also drawn notice for its well-known "
     "backing.", "notice", dt.date(2025, 2, 1)),
    # what part of the money does next is not the investment
    ("Amazon is putting billions into Anthropic. Since Anthropic runs on AWS, much of the "
     "investment returns to Amazon as cloud sales.", "returns", dt.date(2023, 9, 26)),
    ("Amazon will invest up to $4 billion in Anthropic. As Anthropic trains on AWS, a large "
     "share of the investment flows back to Amazon as cloud revenue.", "flows back",
     dt.date(2023, 9, 26)),
    # "a form of" classes: no forming of the company
    ("Musk refiled his suit against OpenAI. Musk has also asked the court to decide whether "
     "OpenAI has reached artificial general intelligence (AGI), a form of AI equal to a human "
     "mind.", "court", dt.date(2024, 8, 6)),
    # invested in a field, not in the counterparty named before
    ("DeepSeek says its model rivals OpenAI's best. Nvidia, which is deeply invested in AI, "
     "lost the most.", "invested", JAN_28_2025),
    # the losses are the market's, not the company's own recorded fall
    ("Nvidia led broader U.S. stock losses.", "broader", JAN_28_2025),
    # "investment firm" says what MGX is; the partnership's investments are another fact
    ("AIP's supporters include Abu Dhabi's investment firm MGX and BlackRock's Global "
     "Infrastructure Partners.", "supporters", dt.date(2025, 3, 20)),
    # a word of a name is no investment
    ("The Global AI Infrastructure Investment Partnership includes Microsoft.", "includes",
     dt.date(2024, 9, 18)),
    # the object a relation holds with was cut off with the sentence: "ally of" whom?
    ("Musk, the world's richest man, is also a close friend of", "friend of",
     dt.date(2025, 3, 29)),
    # a copula asserts its noun phrase, which no fact on the partnership holds
    ("Microsoft's close partnership with OpenAI continues to be a key driver of the firm's "
     "growth.", "key driver", dt.date(2024, 10, 3)),
    # "market" is the subject's word: the fact on its market value holds no object of it
    ("Nvidia's market value now eclipses the whole gold market.", "eclipses",
     dt.date(2025, 10, 30)),
])
def test_a_cue_aside_from_what_the_claim_asserts_supports_nothing(
        verdicts: Any, text: str, words: str, date: dt.date) -> None:
    assert status_of(verdicts(text, date), words) is not Status.SUPPORTED


def test_the_relation_itself_is_still_confirmed(verdicts: Any) -> None:
    found = verdicts("Amazon is backing Anthropic with up to $4 billion.", dt.date(2023, 9, 26))
    assert status_of(found, "backing") is Status.SUPPORTED


def test_a_figure_per_gpu_is_no_figure_of_a_whole_of_two(verdicts: Any) -> None:
    """The store gives 20 petaflops per B200 GPU; a superchip of two B200s is another
    thing, and an equal figure for it is no support (here, the report's own error)."""
    found = verdicts("The GB200 Superchip, which pairs two B200 GPUs with a Grace CPU, offers "
                     "up to 20 petaflops of FP4 compute.", dt.date(2024, 3, 20))
    assert status_of(found, "petaflops") is Status.UNVERIFIED
    one = verdicts("Each B200 GPU offers up to 20 petaflops of FP4 compute.",
                   dt.date(2024, 3, 20))
    assert status_of(one, "petaflops") is Status.SUPPORTED


@pytest.mark.parametrize(("text", "statuses"), [
    # the founding is checked on its own; what the company began as is not in the store
    # (Huang is one of its three founders: "Co-founded", since "Founded ... by Jensen Huang"
    # would tell him as the only one, which the store does not confirm: test_founders)
    ("Co-founded in 1993 by Jensen Huang, Nvidia began as a maker of graphics cards for "
     "games.", ["unverified", "supported"]),
    # and a wrong year in the leading phrase is caught, whatever the main clause says
    ("Founded in 1995 by Jensen Huang, Nvidia began as a maker of graphics cards for games.",
     ["unverified", "contradicted"]),
])
def test_a_leading_founding_phrase_is_checked_apart_from_the_main_clause(
        bundled_statuses: Any, text: str, statuses: list[str]) -> None:
    assert [s.value for s in bundled_statuses(text, dt.date(2025, 4, 3))] == statuses


@pytest.mark.parametrize(("text", "said"), [
    ("Demis Hassabis, CEO of Google DeepMind, said demand for its models was strong.",
     "said demand"),
    ("Demis Hassabis, the chief executive of Google DeepMind, told staff the lab would "
     "hire more researchers.", "told staff"),
    ("Demis Hassabis, co-founder and chief executive of Google DeepMind, expects demand to "
     "stay strong.", "expects demand"),
])
def test_a_title_after_a_name_is_its_own_claim_never_support_for_what_is_said(
        verdicts: Any, text: str, said: str) -> None:
    """issue 8: the role fact confirmed a whole sentence whose assertion is what the person
    said; the title is checked alone, and what was said is left unchecked."""
    found = verdicts(text, dt.date(2025, 3, 25))
    assert status_of(found, said) is not Status.SUPPORTED, found
    assert any(status is Status.SUPPORTED and said not in words and "Google DeepMind" in words
               for words, status in found), found


@pytest.mark.parametrize("text", [
    "The Stargate Project plans to build data centers in Texas. These sites will hold "
    "thousands of servers running Nvidia GPUs, designed to support OpenAI's growing "
    "computing needs.",
    "Nvidia's new racks are built to support OpenAI's largest models.",
])
def test_what_a_thing_is_made_for_is_no_relation_its_maker_holds(verdicts: Any,
                                                                  text: str) -> None:
    """shadow3: "designed to support" is the purpose of a made thing, and a fact that NVIDIA
    supports Stargate (cue "supported") does not confirm it."""
    found = verdicts(text, dt.date(2025, 1, 25))
    assert status_of(found, "to support") is not Status.SUPPORTED, found


def test_a_stated_support_is_still_confirmed(verdicts: Any) -> None:
    found = verdicts("Nvidia supported the Stargate Project as a technology partner.",
                     dt.date(2025, 1, 25))
    assert status_of(found, "supported") is Status.SUPPORTED, found


def test_a_former_title_is_no_founding(verdicts: Any) -> None:
    """"a former OpenAI vice president" met the cue "formed" of Anthropic's founding: its
    stem was that of "formed"."""
    found = verdicts("Chief executive Dario Amodei, a former OpenAI vice president, said the "
                     "money would fund research.", dt.date(2025, 3, 4))
    assert Status.SUPPORTED not in {status for _, status in found}, found



def test_a_title_no_fact_states_leaves_the_titles_partly_checked(verdicts: Any) -> None:
    """Split off as its own claim, "founder and CEO of NVIDIA" was supported by the record of
    NVIDIA's founding, which names Huang among its founders but not as its chief."""
    found = verdicts("Jensen Huang, chief scientist and chief technologist of NVIDIA, said "
                     "demand was strong.", dt.date(2025, 2, 27))
    assert status_of(found, "chief scientist") is Status.UNVERIFIED, found
    # the titles a role fact states are confirmed (the store records his role since 2025)
    found = verdicts("Jensen Huang, founder and CEO of NVIDIA, said demand was strong.",
                     dt.date(2025, 2, 27))
    assert status_of(found, "CEO of NVIDIA") is Status.SUPPORTED, found
    found = verdicts("Jensen Huang, a co-founder of NVIDIA, said demand was strong.",
                     dt.date(2025, 2, 27))
    assert status_of(found, "co-founder of NVIDIA") is Status.SUPPORTED, found
    # a title after a copula, past a possessive, is what the claim says of him
    found = verdicts("Co-founder Jensen Huang remains the company's chief scientist and "
                     "chief technologist.", dt.date(2024, 6, 19))
    assert status_of(found, "scientist") is not Status.SUPPORTED, found
    # a title given to another party describes who is meant: the suit is still confirmed
    found = verdicts("Elon Musk is suing OpenAI and its CEO Sam Altman.", dt.date(2024, 6, 19))
    assert status_of(found, "suing") is Status.SUPPORTED, found
    # so does a plural title set off by a comma (tenth real set): the suit names both
    found = verdicts("Elon Musk has sued OpenAI and its founders, Sam Altman and Greg "
                     "Brockman.", dt.date(2024, 3, 1))
    assert status_of(found, "sued") is Status.SUPPORTED, found


@pytest.mark.parametrize(("text", "status"), [
    # a sum that would follow on a condition is no record of another sum of the same parties
    ("SoftBank's investment could be reduced to $10 billion if OpenAI fails to restructure "
     "by the end of the year.", "unverified"),
    # the store records the condition: the sum it sets is confirmed
    ("SoftBank's investment could be reduced to $20 billion if OpenAI fails to restructure "
     "by the end of the year.", "supported"),
])
def test_a_conditional_figure_is_confirmed_only_by_a_fact_that_states_a_condition(
        bundled_statuses: Any, text: str, status: str) -> None:
    assert [s.value for s in bundled_statuses(text, dt.date(2025, 4, 1))] == [status]


@pytest.mark.parametrize(("text", "statuses"), [
    # the figure checked is the circumstance's; what the clause says of Nvidia is not stored
    ("Nvidia's value has soared despite a 10-for-1 stock split earlier this month.",
     ["unverified"]),
    ("Nvidia began as a maker of graphics cards for gamers after its founding in 1993.",
     ["unverified"]),
    # the point gives the figure itself: it is what was checked
    ("Nvidia completed a 10-for-1 stock split in June 2024.", ["supported"]),
])
def test_a_figure_in_a_closing_circumstance_does_not_confirm_the_point(
        bundled_statuses: Any, text: str, statuses: list[str]) -> None:
    assert [s.value for s in bundled_statuses(text, dt.date(2024, 6, 20))] == statuses


MARCH_2025 = dt.date(2025, 3, 6)


def test_a_part_of_a_stored_whole_is_not_checked_by_the_whole(verdicts: Any) -> None:
    # "90 million" has no noun of its own (the whole's "users" counts it), so the reader
    # gives it no unit; the 400 million confirmed says nothing of the 90 million
    found = verdicts("By February 2025, 90 million of the 400 million weekly active users of "
                     "ChatGPT were paying for it.", MARCH_2025)
    assert status_of(found, "90 million") is Status.UNVERIFIED
    whole = verdicts("ChatGPT had 400 million weekly active users in February 2025.", MARCH_2025)
    assert status_of(whole, "400 million") is Status.SUPPORTED


@pytest.mark.parametrize(("text", "words", "date"), [
    # cut after what the fact holds: only an adjunct is lost
    ("Elon Musk's xAI has acquired X in a", "acquired X", dt.date(2025, 3, 29)),
    ("Microsoft remains OpenAI's biggest backer.", "biggest backer", dt.date(2025, 3, 29)),
])
def test_a_relation_the_facts_hold_is_still_confirmed(verdicts: Any, text: str, words: str,
                                                      date: dt.date) -> None:
    assert status_of(verdicts(text, date), words) is Status.SUPPORTED


def test_a_change_told_without_a_time_is_the_latest_one(verdicts: Any) -> None:
    # the doubling an older value's statement gives is not the one told months after a
    # newer value of the series was known
    text = "In its latest growth spurt, ChatGPT has managed to double its weekly user count."
    assert status_of(verdicts(text, MARCH_2025), "double") is Status.UNVERIFIED
    assert status_of(verdicts(text, dt.date(2024, 9, 1)), "double") is Status.SUPPORTED


def test_what_a_concession_gives_does_not_confirm_the_point(verdicts: Any) -> None:
    # both figures stand in the "while" clause; what the point says is held nowhere (the
    # store now records a million sign-ups in one hour of March 2025, so the point is one
    # it has no record of)
    text = ("Altman said that while ChatGPT took five days to reach one million users after "
            "its launch, the service now answers as many questions every minute.")
    assert status_of(verdicts(text, dt.date(2025, 4, 1)), "every minute") is Status.UNVERIFIED
    plain = verdicts("ChatGPT took five days to reach one million users.", dt.date(2025, 4, 1))
    assert status_of(plain, "five days") is Status.SUPPORTED


def test_an_event_placed_after_the_article_is_no_record_from_before_it(verdicts: Any) -> None:
    # the architecture was announced in March; its launch "later this year" is still to come
    june = dt.date(2024, 6, 19)
    later = verdicts("The record comes ahead of the launch of the Blackwell architecture later "
                     "this year.", june)
    assert status_of(later, "later this year") is Status.UNVERIFIED
    done = verdicts("Nvidia launched the Blackwell architecture at GTC.", june)
    assert status_of(done, "GTC") is Status.SUPPORTED


def test_an_event_told_in_another_month_of_its_year_is_not_confirmed_by_its_figure(
        verdicts: Any) -> None:
    # the commitment of 25 September 2023 is not an injection of November 2023 (the $4
    # billion of November 2024 shows the year wrong: NUM-slip, tests/test_figure_years.py)
    told = verdicts("In November 2023, Amazon injected $4 billion into Anthropic.",
                    dt.date(2025, 7, 10))
    assert status_of(told, "November 2023") is not Status.SUPPORTED
    # its own month, or the days around it, still confirm it
    for month in ("September", "October"):
        right = verdicts(f"In {month} 2023, Amazon agreed to invest up to $4 billion in "
                         "Anthropic.", dt.date(2025, 7, 10))
        assert status_of(right, "2023") is Status.SUPPORTED


def test_a_year_given_to_one_stage_of_a_deal_is_not_confirmed_by_the_other_s(
        verdicts: Any) -> None:
    # announced on 27 October 2020, completed on 14 February 2022
    day = dt.date(2024, 8, 20)
    wrong = ("AMD grew with the announcement of its acquisition of Xilinx in 2022.",
             "AMD completed its acquisition of Xilinx in 2020.")
    for text in wrong:
        assert status_of(verdicts(text, day), "Xilinx") is not Status.SUPPORTED
    right = ("AMD announced its acquisition of Xilinx in 2020.",
             "AMD completed its acquisition of Xilinx in 2022.",
             "AMD said in 2022 that it had closed its acquisition of Xilinx.",
             "AMD announced in 2022 that it had completed its acquisition of Xilinx.")
    for text in right:
        assert status_of(verdicts(text, day), "Xilinx") is Status.SUPPORTED


def test_what_a_leading_circumstance_gives_does_not_confirm_the_point(verdicts: Any) -> None:
    # the year dates Musk's departure; who then chaired OpenAI is checked by nothing (the
    # store records no chair of OpenAI)
    text = "After Musk's departure in 2018, Altman took the reins as chairman of OpenAI."
    assert status_of(verdicts(text, dt.date(2023, 11, 20)), "reins") is Status.UNVERIFIED
    # a point with a date of its own is what was checked
    dated = "After its IPO in 1999, Nvidia was listed on Nasdaq on January 22, 1999."
    assert status_of(verdicts(dated, dt.date(2023, 11, 20)), "Nasdaq") is not \
        Status.CONTRADICTED


def test_a_tie_written_before_a_name_describes_it_and_asserts_nothing(verdicts: Any) -> None:
    day = dt.date(2025, 2, 5)
    text = "The new model arrives amid fierce competition with Microsoft-backed OpenAI."
    # (a judgement with nothing checkable beside the tie stays a judgement)
    assert status_of(verdicts(text, day), "competition") is Status.OPINION
    # said of its subject, the tie is what the claim asserts; and a founder's clause is no tie
    assert status_of(verdicts("OpenAI is Microsoft-backed.", day), "OpenAI") is \
        Status.SUPPORTED
    founder = verdicts("Musk, who co-founded OpenAI but later split over its direction, made "
                       "a bid for it.", dt.date(2025, 2, 14))
    assert status_of(founder, "co-founded") is Status.SUPPORTED


@pytest.mark.parametrize(("text", "words", "plain", "plain_words", "date"), [
    # the year dates the standard the rank is measured from: the record of that older deal
    # confirms its year, not that the new deal is the biggest since
    ("BlackRock's deal for Global Infrastructure Partners is its biggest since it bought "
     "Barclays Global Investors in 2009.", "biggest since",
     "BlackRock bought Barclays Global Investors in 2009.", "2009", dt.date(2024, 1, 13)),
    # a clause opening on "prompting" says the event was caused by what came before it; the
    # figure of the event confirms the event, not the cause
    ("TSMC received a $6.6 billion grant under the CHIPS Act, prompting its first $65 billion "
     "investment in Arizona.", "$65 billion", "TSMC planned to invest $65 billion in Arizona.",
     "$65 billion", dt.date(2025, 3, 4)),
    # the purchase is the gerund subject; what it does to Nvidia's value is what the sentence
    # says, and the record of the purchase holds nothing of it
    ("Buying $1 billion of Nokia shares instantly lifts Nvidia's own value by the same amount.",
     "lifts", "Nvidia is buying $1 billion of Nokia shares.", "$1 billion",
     dt.date(2025, 10, 29)),
])
def test_a_figure_or_year_beside_the_point_does_not_confirm_it(
        verdicts: Any, text: str, words: str, plain: str, plain_words: str,
        date: dt.date) -> None:
    found = verdicts(text, date)
    assert status_of(found, words) is Status.UNVERIFIED, found
    alone = verdicts(plain, date)
    assert status_of(alone, plain_words) is Status.SUPPORTED, alone


@pytest.mark.parametrize(("text", "words", "date"), [
    # the launch dates the growth; the growth is what the sentence says
    ("Elon Musk's xAI has grown quickly since its launch.", "grown", dt.date(2025, 3, 30)),
    # a lead-in that points back at the deal told before: what it brings is the point
    ("With this acquisition, xAI gains new data.", "gains", dt.date(2025, 3, 30)),
    # the release is the occasion; the leap is the claim
    ("Anthropic made a leap in explaining how models reason with the release of Claude 3.7 "
     "Sonnet.", "leap", dt.date(2025, 3, 28)),
    # the launch is the occasion, and so is a purchase told as the subject
    ("xAI has attracted top researchers in the wake of its launch.", "attracted",
     dt.date(2025, 4, 1)),
    ("Acquiring X gives xAI a huge trove of training data.", "trove", dt.date(2025, 4, 1)),
    # the partnership stands in a relative clause; the new agreement is what is told
    ("Microsoft and OpenAI have finalized a landmark agreement that strengthens their "
     "partnership.", "finalized", dt.date(2025, 10, 29)),
])
def test_a_relation_met_only_in_an_aside_does_not_confirm_the_point(
        verdicts: Any, text: str, words: str, date: dt.date) -> None:
    assert status_of(verdicts(text, date), words) is Status.UNVERIFIED


@pytest.mark.parametrize(("text", "words", "date"), [
    ("Elon Musk launched xAI with the help of former DeepMind researchers.", "launched",
     dt.date(2025, 3, 30)),
    ("Anthropic released Claude 3.7 Sonnet with the ability to think step by step.",
     "released", dt.date(2025, 3, 28)),
    # after a verb of saying, the clause is what was said, no aside
    ("Nvidia said that it has completed its acquisition of Mellanox.", "completed",
     dt.date(2020, 5, 1)),
    # a judgement of what the aside tells weighs the recorded act, which is checked
    ("OpenAI has achieved remarkable success with its GPT series.", "success",
     dt.date(2025, 3, 25)),
])
def test_a_relation_the_point_itself_states_is_still_confirmed(
        verdicts: Any, text: str, words: str, date: dt.date) -> None:
    assert status_of(verdicts(text, date), words) is Status.SUPPORTED


@pytest.mark.parametrize(("text", "status"), [
    # the founding is recorded; what it was founded as is another assertion, held nowhere
    ("OpenAI was founded as a safeguard against what its founders saw as a grave danger.",
     Status.UNVERIFIED),
    # what the record says it began as is checked by it
    ("OpenAI was founded as a non-profit research company.", Status.SUPPORTED),
    ("OpenAI was founded as a counterweight to Google.", Status.SUPPORTED),
])
def test_what_a_founding_made_something_is_checked_apart_from_the_founding(
        verdicts: Any, text: str, status: Status) -> None:
    found = verdicts(f"Musk sued OpenAI. {text}", dt.date(2024, 3, 1))
    assert status_of(found, "founded as") is status, found


def test_a_company_s_worth_is_not_the_value_of_a_stake_in_it(verdicts: Any) -> None:
    """The store records Microsoft's stake in OpenAI as worth about $135 billion; a deal
    said to value OpenAI itself at that figure is another measure (here, the report's own
    error), and the stake's record is no support for it."""
    day = dt.date(2025, 10, 29)
    found = verdicts("Microsoft and OpenAI signed a definitive agreement that values OpenAI "
                     "at $135 billion.", day)
    assert status_of(found, "values OpenAI") is not Status.SUPPORTED, found
    stake = verdicts("Microsoft's stake in OpenAI is valued at about $135 billion.", day)
    assert status_of(stake, "stake") is Status.SUPPORTED, stake


@pytest.mark.parametrize(("text", "status"), [
    # the deal recorded is with OpenAI: another party in its slot is another deal
    ("Microsoft invested $1 billion in G42 in 2019.", Status.UNVERIFIED),
    ("Microsoft invested $1 billion in Hooli Robotics in 2019.", Status.UNVERIFIED),
    ("Microsoft invested $1 billion in OpenAI in 2019.", Status.SUPPORTED),
])
def test_a_deal_with_a_party_the_store_does_not_know_is_not_the_recorded_one(
        verdicts: Any, text: str, status: Status) -> None:
    assert status_of(verdicts(text, dt.date(2025, 3, 1)), "invested") is status
