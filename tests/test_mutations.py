"""Mutations of the seed: a changed number, year or name must not be supported; rewordings
of a stored fact must still be; another subject sharing a number must never be contradicted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.model import Report, Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text
from factcheck.store.store import Store, open_store

SEED = Path(__file__).parent.parent / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
DATE = dt.date(2025, 3, 25)


@pytest.fixture(scope="module")
def store() -> Store:
    return open_store()


def run(store: Store, text: str) -> Report:
    return check(read_text(text, "mutant.txt"), store, article_date=DATE)


def status_in_seed(store: Store, old: str, new: str) -> Status:
    seed = SEED.read_text(encoding="utf-8")
    assert old in seed, old
    report = run(store, seed.replace(old, new, 1))
    found = [c for c in report.claims if new in c.claim.text or c.claim.text in new]
    assert found, new
    return min(found, key=lambda c: len(c.claim.text)).verdict.status


def status_alone(store: Store, sentence: str) -> Status:
    report = run(store, sentence)
    assert len(report.claims) == 1, [c.claim.text for c in report.claims]
    return report.claims[0].verdict.status


@pytest.mark.parametrize("old, new", [
    ("over $10 trillion in assets", "over $20 trillion in assets"),
    ("over $10 trillion in assets", "over $15 trillion in assets"),
    ("approximately 90% of the data center GPU market",
     "approximately 50% of the data center GPU market"),
    ("outstripping Hopper by 2.5 times", "outstripping Hopper by 10 times"),
    ("In 2015, he co-founded OpenAI", "In 2017, he co-founded OpenAI"),
    ("establish xAI in 2023", "establish xAI in 2019"),
    ("over $100 billion in AI system sales", "over $300 billion in AI system sales"),
])
def test_a_changed_number_or_year_is_not_supported(store: Store, old: str, new: str) -> None:
    assert status_in_seed(store, old, new) is not Status.SUPPORTED


@pytest.mark.parametrize("old, new", [
    ("Currently, NVIDIA controls approximately 90%", "Currently, Intel controls approximately 90%"),
    ("In 2015, he co-founded OpenAI to foster", "In 2015, he co-founded Anthropic to foster"),
    ("counter Google's dominance", "counter Apple's dominance"),
    ("Through the acquisition of Mellanox", "Through the acquisition of Cisco"),
    ("It has invested in OpenAI", "It has invested in Anthropic"),
    ("BlackRock, a global asset management powerhouse", "Vanguard, a global asset management "
                                                       "powerhouse"),
    ("prompted Musk to establish xAI", "prompted Bezos to establish xAI"),
])
def test_a_changed_name_is_not_supported(store: Store, old: str, new: str) -> None:
    assert status_in_seed(store, old, new) is not Status.SUPPORTED


@pytest.mark.parametrize("sentence", [
    "BlackRock manages more than ten trillion dollars in client assets.",
    "BlackRock has over $10,000 billion in assets under management.",
    "NVIDIA holds roughly 90 percent of the data-center GPU market.",
    "Nvidia controls about nine in ten dollars of the data center GPU market, a share of 90%.",
    "Blackwell trains two and a half times faster than Hopper.",
    "Blackwell's training performance is 150% faster than Hopper.",
    "Elon Musk co-founded OpenAI in 2015.",
    "Musk founded xAI in 2023.",
    "NVIDIA bought Mellanox.",
    "NVIDIA Corp. has invested in OpenAI.",
    "AMD's Instinct revenue exceeded $5 billion in 2024.",
    "NVIDIA made over $100 billion in data center revenue in its 2025 fiscal year.",
    "BlackRock has more than $11 trillion under management.",
    "Nvidia's Blackwell GPUs train AI models 2.5 times as fast as Hopper.",
    "AMD's data-center GPU sales topped $5 billion in 2024.",
    "Microsoft has poured some $13 billion into OpenAI.",
    "BlackRock manages eleven point six trillion dollars.",
    "OpenAI was co-founded by Elon Musk in 2015.",
    "NVIDIA's data center revenue was $115.2 billion in fiscal 2025.",
])
def test_rewordings_of_stored_facts_are_supported(store: Store, sentence: str) -> None:
    assert status_alone(store, sentence) is Status.SUPPORTED


@pytest.mark.parametrize("sentence", [
    "Intel controls approximately 90% of the data center GPU market.",
    "Vanguard manages over $10 trillion in assets under management.",
    "Google co-founded OpenAI in 2015.",
    "In 2024, Intel anticipates generating over $100 billion in AI system sales.",
    "Apple's training performance outstrips Hopper by 2.5 times.",
    "Amazon acquired Mellanox in 2020.",
    "In 2024, AMD anticipates generating over $100 billion in AI system sales.",
    "Microsoft controls approximately 90% of the data center GPU market.",
    "AMD's Instinct revenue exceeded $9 billion in 2024.",  # beyond a recorded lower bound
])
def test_another_subject_sharing_numbers_is_never_contradicted(store: Store,
                                                               sentence: str) -> None:
    assert status_alone(store, sentence) is not Status.CONTRADICTED


@pytest.mark.parametrize("sentence", [
    "Microsoft has poured some $50 billion into OpenAI.",  # no cue: never contradicted
    "Microsoft earned $2 billion from OpenAI in 2024.",
])
def test_a_figure_between_two_parties_without_a_cue_only_confirms(store: Store,
                                                                  sentence: str) -> None:
    assert status_alone(store, sentence) is not Status.CONTRADICTED


@pytest.mark.parametrize("old, new", [
    ("Musk", "Bezos"), ("NVIDIA", "Intel"), ("BlackRock", "Vanguard"),
    ("OpenAI", "Anthropic"), ("xAI", "Mistral"),
])
def test_a_name_replaced_throughout_the_seed_is_never_supported(store: Store, old: str,
                                                                new: str) -> None:
    report = run(store, SEED.read_text(encoding="utf-8").replace(old, new))
    supported = [c.claim.text for c in report.claims
                 if new in c.claim.standalone and c.verdict.status is Status.SUPPORTED]
    assert supported == []


def seed_number_mutations() -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every figure in the seed's body: years moved, other
    numbers doubled, cut to 30% and multiplied by five."""
    import re

    seed = SEED.read_text(encoding="utf-8")
    body = seed.index("\n", seed.index("\n") + 1)  # after the dateline and the "555" line
    out = []
    for m in re.finditer(r"\d+(?:\.\d+)?", seed):
        if m.start() < body:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group(0)):
            news = [str(int(m.group(0)) - 2), str(int(m.group(0)) + 3)]
        else:
            value = float(m.group(0))
            news = [f"{value * 2:g}", f"{value * 0.3:g}", f"{value * 5:g}"]
        out += [(m.start(), m.end(), new) for new in news]
    return out


@pytest.mark.parametrize("start, end, new", seed_number_mutations())
def test_every_figure_of_the_seed_changed_is_not_supported(store: Store, start: int, end: int,
                                                           new: str) -> None:
    seed = SEED.read_text(encoding="utf-8")
    report = run(store, seed[:start] + new + seed[end:])
    hit = [c for c in report.claims if c.claim.span.start <= start < c.claim.span.end]
    assert hit and all(c.verdict.status is not Status.SUPPORTED for c in hit)
