"""Which measure a figure gives, by the words around it."""

from __future__ import annotations

from factcheck.language.entities import EntityIndex
from factcheck.language.extract import extract_claims
from factcheck.model import Claim, Fact
from factcheck.read.documents import read_text
from factcheck.rules.beside import names_apart

BENCH = Fact("bench", "quantity", "zephyr", "per-chip speed-up on the Orca 40B fine-tuning test",
             "Zephyr ran 2.6 times as fast.", ("Orca 40B", "fine-tuning"), ())
VENDOR = Fact("vendor", "quantity", "zephyr", "training performance (per chip)",
              "Zephyr trains 3 times as fast.", ("training", "performance"), ())
RACK = Fact("rack", "quantity", "zephyr", "HBM3e memory capacity (Zephyr rack)",
            "A rack holds 20 TB.", ("HBM3e", "memory"), ())
BANDWIDTH = Fact("bw", "quantity", "zephyr", "memory bandwidth (per chip)",
                 "Each chip reads 8 TB/s.", ("bandwidth", "TB/s"), ())


def _claim(text: str) -> Claim:
    return extract_claims(read_text(text, "a.txt"), EntityIndex({}))[0]


def test_a_claim_sets_a_measure_apart_by_a_phrase_of_its_own() -> None:
    claim = _claim("Zephyr posted 2.9 times the per-chip performance on Orca 40B fine-tuning.")
    assert names_apart(BENCH, VENDOR, claim)


def test_one_word_in_common_sets_no_measure_apart() -> None:
    # a spec line naming the memory type and a bandwidth: "HBM3e" alone is the line's word
    claim = _claim("Zephyr chip with 288 GB HBM3e memory at 8 TB/s.")
    assert not names_apart(RACK, BANDWIDTH, claim, frozenset({"zephyr"}))  # its name
