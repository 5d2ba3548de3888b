"""A sentence cut into clauses: each says one thing, with the subject it inherits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from factcheck.language.clauses import split_sentence
from factcheck.language.furniture import blank_asides
from factcheck.model import Status
from factcheck.pipeline import check
from factcheck.read.documents import read_text


def test_a_relative_clause_of_two_verb_phrases_is_two_clauses() -> None:
    """issue 8: "who co-founded Globex in 2016 and left its board in 2018" holds two events;
    read as one claim, a wrong year of the first hid (or, once caught, flagged) a right year
    of the second."""
    s = "Jane Doe, who co-founded Globex in 2016 and left its board in 2018, runs Acme."
    name = s.index("Jane Doe")
    found = [(s[c.start:c.end], c.role) for c in split_sentence(s, [(name, name + 8)])]
    assert ("Jane Doe, who co-founded Globex in 2016", "relative") in found
    assert ("left its board in 2018", "verb-phrase") in found


def _pieces(s: str, *names: str) -> list[tuple[str, str]]:
    spans = [(s.index(n), s.index(n) + len(n)) for n in names]
    return [(s[c.start:c.end], c.role) for c in split_sentence(s, spans)]


def test_a_leading_phrase_on_how_the_subject_came_to_be_is_a_clause_of_its_own() -> None:
    """issue 8: "Founded in 1993 by ..., Nvidia began as ..." states the founding and what
    the company began as; read as one claim, the year checked passed the rest unchecked."""
    s = "Founded in 2009 by Jane Doe, Ann Roe, and Bo Poe, Globex began as a maker of toys."
    assert _pieces(s, "Jane Doe", "Ann Roe", "Bo Poe", "Globex") == [
        ("Globex began as a maker of toys", "main"),
        ("Founded in 2009 by Jane Doe, Ann Roe, and Bo Poe", "participle")]


def test_a_leading_participle_without_a_time_or_maker_stays_in_its_sentence() -> None:
    # "Based in Ohio" says where, not how the subject came to be; "Launched quickly" no more
    s = "Launched quickly, Globex began as a maker of toys."
    assert _pieces(s, "Globex") == [(s.rstrip("."), "main")]


def test_a_relative_clause_after_a_possessive_appositive_is_about_the_name() -> None:
    """issue 8: "Acme, Globex's largest shareholder, which has put $5 billion into Globex":
    the relative clause tells of Acme; inside the other subject's clause its figure was
    never checked."""
    s = "The pact puts Initech beside Acme, Globex's largest shareholder, which has put " \
        "$5 billion into Globex."
    found = _pieces(s, "Initech", "Acme")
    assert ("The pact puts Initech beside Acme", "main") in found
    assert any(text.startswith("Acme, Globex's largest shareholder, which has put $5 billion")
               for text, _ in found)


def test_a_list_item_owned_by_a_name_is_no_appositive() -> None:
    """"Acme, Globex's two banks, and Initech" lists three; only a relative clause after
    the possessive phrase makes it an appositive."""
    s = "The lenders were Acme, Globex's two banks, and Initech."
    assert [role for _, role in _pieces(s, "Acme", "Initech")] == ["main"]


def _asides(s: str, *names: str) -> list[tuple[str, str, str | None]]:
    spans = [(s.index(n), s.index(n) + len(n)) for n in names]
    return [(s[c.start:c.end], c.role, s[c.aside[0]:c.aside[1]] if c.aside else None)
            for c in split_sentence(s, spans)]


def test_an_aside_between_dashes_on_a_name_is_a_claim_of_its_own() -> None:
    """Issue 8: "Globex — a $100 billion fund owned by Ruritania — plans to invest up to $500
    billion" read the aside's $100 billion as the sentence's own, and the sentence's figure
    was left partly checked."""
    for dash in (" — ", "—", " – ", " -- ", " - "):
        s = f"Globex{dash}a $100 billion fund owned by Ruritania{dash}plans to invest $500 billion."
        found = _asides(s, "Globex")
        aside = s[len("Globex"):s.index("plans")]
        assert found == [(s[:-1], "main", aside),
                         (f"Globex{dash}a $100 billion fund owned by Ruritania", "appositive",
                          None)]


def test_an_aside_after_a_later_name_is_blanked_too() -> None:
    s = "Acme sold its stake to Globex — the fund's $100 billion arm — for $2 billion."
    main, aside = _asides(s, "Acme", "Globex")
    assert main[2] == " — the fund's $100 billion arm — "
    assert aside == ("Globex — the fund's $100 billion arm", "appositive", None)


def test_a_dash_aside_that_runs_to_the_end_closes_the_clause() -> None:
    s = "Acme sold its stake to Globex — a $100 billion fund owned by Ruritania."
    assert _asides(s, "Acme", "Globex") == [
        ("Acme sold its stake to Globex", "main", None),
        ("Globex — a $100 billion fund owned by Ruritania", "appositive", None)]


def test_a_dash_aside_that_is_no_description_of_a_name_stays() -> None:
    """"up from $22.1 billion a year earlier" is the sentence's own comparison."""
    s = "Acme's revenue — up from $22.1 billion a year earlier — reached $39.3 billion."
    assert _asides(s, "Acme") == [(s[:-1], "main", None)]


def test_a_participle_after_a_dash_is_a_clause_of_its_own() -> None:
    """Issue 8: "... hit a valuation of $1 trillion - joining nine other companies" read the
    nine companies as a figure of the valuation's claim."""
    for dash in (" - ", " — ", "—", " -- "):
        s = f"Acme became the first to hit $1 trillion{dash}joining nine other companies."
        assert _asides(s, "Acme") == [
            ("Acme became the first to hit $1 trillion", "main", None),
            ("joining nine other companies", "participle", None)]


def test_a_hyphen_inside_a_word_or_a_range_is_no_break() -> None:
    s = "Acme's state-of-the-art plant makes 5-10 million widgets a year."
    assert _asides(s, "Acme") == [(s[:-1], "main", None)]


def test_compared_with_after_a_comma_is_no_verb_phrase() -> None:
    """", compared with Globex's $3 billion" sets a figure against the clause's own."""
    s = "Acme's revenue was $5 billion, compared with Globex's $3 billion."
    assert _asides(s, "Acme", "Globex") == [(s[:-1], "main", None)]


def test_an_adjective_and_noun_after_and_is_no_verb_phrase() -> None:
    """issue 8: "supplier of widgets and integrated software" joins two nouns; read as a verb
    phrase, "Acme integrated software" was a claim the sentence never made."""
    s = "Acme is the preferred supplier of widgets and integrated software."
    assert _pieces(s, "Acme") == [(s[:-1], "main")]
    both = "Acme built the plant in 2019 and expanded it in 2021."
    assert ("expanded it in 2021", "verb-phrase") in _pieces(both, "Acme")


def test_who_s_opens_a_relative_clause_like_who_is(acme_store: Any) -> None:
    """A report's "Musk, who's also CEO of Tesla and SpaceX, acquired Twitter ..." kept the
    aside in the claim, and its names left the purchase partly checked."""
    s = "Jane Doe, who's also chair of Globex, co-founded Acme in 2010."
    found = _pieces(s, "Jane Doe")
    assert ("Jane Doe, who's also chair of Globex", "relative") in found
    report = check(read_text(s, "a.txt"), acme_store, article_date=dt.date(2025, 3, 1))
    assert [c.claim.standalone for c in report.claims][0] == "Jane Doe is also chair of Globex"
    assert report.claims[-1].verdict.status is Status.SUPPORTED


def test_a_price_valued_at_after_an_appositive_closes_the_main_clause() -> None:
    """A report's "... is acquiring ZT Systems, a provider of AI infrastructure for the
    hyperscale computing companies, in a cash and stock transaction valued at $4.9 billion"
    gave the price to the provider: "valued" was read as the tail's own verb."""
    s = ("Acme said it is buying Globex, a maker of widgets for carmakers, in a cash and "
         "stock deal valued at $4.9 billion.")
    found = _pieces(s, "Acme", "Globex")
    assert ("Globex, a maker of widgets for carmakers", "appositive") in found
    assert any(role == "main" and text.endswith("valued at $4.9 billion")
               for text, role in found), found


def test_the_source_after_according_to_is_no_name_an_appositive_describes() -> None:
    """issue 8: "According to Acme, the venture aims to ..." was cut into "According to
    Acme" and an appositive "Acme, the venture aims to ...": the source named first is the
    lead-in of the whole sentence."""
    s = "According to Acme, the venture aims to build new plants in Ohio."
    assert _pieces(s, "Acme") == [(s.rstrip("."), "main")]
    s = "As reported by Globex, the venture aims to build new plants in Ohio."
    assert _pieces(s, "Globex") == [(s.rstrip("."), "main")]


def test_a_participle_s_lent_subject_need_not_be_covered(bundled_store: Any) -> None:
    """A report's "Microsoft and OpenAI have agreed to restructure the ChatGPT maker ...,
    valuing the company at $500 billion" left the valuation partly checked: the participle
    borrowed Microsoft as its subject, and the valuation fact is OpenAI's alone."""
    text = ("Microsoft and OpenAI agreed to restructure OpenAI, valuing the company at $500 "
            "billion.")
    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 10, 29))
    assert report.claims[-1].verdict.status is Status.SUPPORTED
    # a participle that names nothing the fact covers still needs its subject covered
    text = "Microsoft agreed to buy a stake, valuing the deal at $500 billion."
    report = check(read_text(text, "a.txt"), bundled_store, article_date=dt.date(2025, 10, 29))
    assert report.claims[-1].verdict.status is not Status.SUPPORTED


def test_the_verb_after_a_name_set_off_by_commas_in_a_relative_clause_is_the_name_s() -> None:
    """issue 8: "Globex, whose chief executive, Jane Doe, co-founded it in 2016, is based in
    Ohio": the verb after the chief executive's name is the relative clause's, and the last
    verb phrase is Globex's. Cut at the name's comma, "co-founded it in 2016" was told of
    Globex (and supported as Globex's own founding)."""
    s = "Globex, whose chief executive, Jane Doe, co-founded it in 2016, is based in Ohio."
    found = _pieces(s, "Globex", "Jane Doe")
    assert ("Globex, whose chief executive, Jane Doe, co-founded it in 2016", "relative") \
        in found
    assert ("co-founded it in 2016", "verb-phrase") not in found


def test_a_noun_named_between_commas_after_where_keeps_its_verb() -> None:
    """issue 8: "..., where the lawyer and banker, Jane Doe, is the chairman": the verb
    after the name is the lawyer's; cut there, "is the chairman" was told of the sentence's
    subject ("Acme is the chairman")."""
    s = "Acme agreed to buy Globex, where the lawyer and banker, Jane Doe, is the chairman."
    found = _pieces(s, "Acme", "Globex", "Jane Doe")
    assert ("is the chairman", "verb-phrase") not in found
    # a verb phrase after a plain list of objects is still the subject's own
    s = "Acme has invested in Globex, supplied chips to Initech, and now backs Hooli."
    assert any(text.startswith("supplied chips to Initech") and role == "verb-phrase"
               for text, role in _pieces(s, "Acme", "Globex", "Initech", "Hooli"))


def test_a_clause_whose_verb_comes_before_a_figure_is_no_lead_in() -> None:
    """Tenth real set: in "HPS currently oversees $148 billion, while BlackRock, which
    manages ..., continues ...", the first clause was taken for a lead-in ("From a
    technical standpoint, while ...") and dropped: its figure was never checked."""
    s = ("Globex currently oversees $148 billion, while Acme, which manages $2 trillion in "
         "assets, continues to grow.")
    found = _pieces(s, "Globex", "Acme")
    assert ("Globex currently oversees $148 billion", "main") in found
    # a real lead-in before "while" is still dropped
    s = "From a technical standpoint, while Acme leads, Globex is catching up."
    assert not any(text.startswith("From a technical") for text, _ in _pieces(
        s, "Acme", "Globex"))


def test_a_bare_title_between_commas_ends_at_its_comma_whatever_the_verb_after() -> None:
    """issue 8: "Jane Doe, chairman and CEO of Acme, spoke at the summit": the title is a
    clause of its own about the person; the verb after it is the sentence's, though no list
    of verbs knows "spoke"."""
    s = "Jane Doe, chairman and CEO of Acme, spoke at the summit in Paris."
    assert _pieces(s, "Jane Doe", "Acme") == [
        ("Jane Doe, chairman and CEO of Acme", "appositive"),
        ("spoke at the summit in Paris", "verb-phrase")]


def test_what_a_name_now_is_between_commas_is_an_appositive() -> None:
    """"Globex, now part of Acme, builds robots": the aside says what Globex is now; the
    sentence's verb is Globex's, not Acme's."""
    s = "Initech sells robots, and Globex, now part of Acme, builds them."
    found = _pieces(s, "Initech", "Globex", "Acme")
    assert ("Globex, now part of Acme", "appositive") in found
    assert not any(text.startswith("Acme") for text, _ in found)
    assert ("Orbit, once a unit of Acme", "appositive") in _pieces(
        "Orbit, once a unit of Acme, went public in 2021.", "Orbit", "Acme")


def test_names_set_in_a_role_after_with_are_a_clause_of_their_own() -> None:
    """"Globex led it, with Acme, Initech and Orbit among the other backers": the list's
    role is a statement about those names, apart from who led."""
    s = "Globex led it, with Acme, Initech and Orbit among the other backers."
    found = _pieces(s, "Globex", "Acme", "Initech", "Orbit")
    assert ("Globex led it", "main") in found
    assert any(text.startswith("Acme, Initech and Orbit among") for text, _ in found)
    s = "Acme raised $6 billion, with Globex and Initech as strategic investors."
    assert ("Acme raised $6 billion", "main") in _pieces(s, "Acme", "Globex", "Initech")
    # a thing had with no names set in a role stays in its clause
    s = "Acme built the plant, with 500 engineers on site."
    assert ("Acme built the plant, with 500 engineers on site", "main") in _pieces(s, "Acme")


def test_the_next_name_of_a_list_is_no_appositive() -> None:
    """"a partnership of Acme, the Globex Agency and the Initech Agency": "the" before a
    name alone up to "and" or a comma lists it; "the Globex chief" describes the name."""
    s = "Orbit is a partnership of Acme, the Globex Agency and the Initech Agency."
    found = _pieces(s, "Orbit", "Acme", "Globex Agency", "Initech Agency")
    assert found == [(s.rstrip("."), "main")]
    s = "Jane Doe, the Globex Agency chief, opened the plant."
    assert ("Jane Doe, the Globex Agency chief", "appositive") in _pieces(
        s, "Jane Doe", "Globex Agency")


@pytest.mark.parametrize("s, first, second", [
    # a concessive clause after a statement is a statement of its own, with its own date
    ("Acme invested $4 billion in Globex in 2023, although last December regulators opened "
     "a review of the deal.", "Acme invested $4 billion in Globex in 2023",
     "last December regulators opened a review of the deal"),
    ("Acme invested $10 billion in Globex in 2023, though in July the regulator said it "
     "would look at the deal.", "Acme invested $10 billion in Globex in 2023",
     "in July the regulator said it would look at the deal"),
])
def test_a_concessive_clause_after_a_statement_is_its_own(s: str, first: str,
                                                          second: str) -> None:
    found = [text for text, _ in _pieces(s, "Acme", "Globex")]
    assert found[:2] == [first, second]


@pytest.mark.parametrize("s, names, pieces", [
    ("Acme Beats Estimates, Guides Higher", ["Acme"],
     [("Acme Beats Estimates", "main"), ("Guides Higher", "verb-phrase")]),
    ("Acme revenue jumps 12%, cloud sales hit record", ["Acme"],
     [("Acme revenue jumps 12%", "main"), ("cloud sales hit record", "main")]),
    # a list of names is no second statement, nor is prose with its full stop
    ("Acme Unveils Zeta, Omega Chips", ["Acme"], [("Acme Unveils Zeta, Omega Chips", "main")]),
    ("Acme Shows Zeta Details, Products, & Solutions At Its Fair", ["Acme"],
     [("Acme Shows Zeta Details, Products, & Solutions At Its Fair", "main")]),
    ("Prophet of Tokenomics, Chief Jane Doe Gives Keynote", ["Jane Doe"],
     [("Prophet of Tokenomics, Chief Jane Doe Gives Keynote", "main")]),
    # a scene set before the comma, and a list's last names before their verb
    ("As Acme turns 35, its successor shows how far we have come", ["Acme"],
     [("As Acme turns 35, its successor shows how far we have come", "main")]),
    ("Three years at L2, Acme is still rewriting the record", ["Acme"],
     [("Three years at L2, Acme is still rewriting the record", "main")]),
    ("Fund founded by Acme, Globex, Initech and Hooli adopts new name", ["Acme"],
     [("Fund founded by Acme, Globex, Initech and Hooli adopts new name", "main")]),
    ("Acme beat estimates, raises outlook.", ["Acme"],
     [("Acme beat estimates, raises outlook", "main")]),
])
def test_a_headline_s_comma_joins_two_statements(s: str, names: list[str],
                                                 pieces: list[tuple[str, str]]) -> None:
    """issue 8: a headline drops the "and" ("Nvidia beats estimates, guides higher"): read as
    one claim, its first statement's figure was judged with the second's words."""
    assert _pieces(s, *names) == pieces


def test_a_bare_but_before_a_verb_starts_a_second_verb_phrase() -> None:
    """issue 8: "AMD posts record revenue but takes $800 million hit from export rules": the
    charge is a statement of its own, as after a bare "and"; read as one claim, the revenue
    and the charge were judged together."""
    assert _pieces("Acme posted record revenue but took a $800 million charge.", "Acme") == [
        ("Acme posted record revenue", "main"), ("took a $800 million charge", "verb-phrase")]
    # no verb after it: one statement ("not only chips but also software")
    assert _pieces("Acme sells not only chips but also software.", "Acme") == [
        ("Acme sells not only chips but also software", "main")]
    # a correlative pair is one statement, verbs or not
    assert _pieces("Acme not only sells chips but also builds servers.", "Acme") == [
        ("Acme not only sells chips but also builds servers", "main")]


def test_a_past_participle_after_a_name_tells_of_that_name_not_of_the_subject() -> None:
    """issue 8: "an initiative called Meta Labs, formed in June," told how the initiative
    came to be, and "Zeta, slated for 2026," when the chip is due; read as verb phrases of
    the sentence's subject, "Acme formed in June" checked nothing."""
    s = "Acme launched a unit called Zeta Labs, formed in June, to pursue AI."
    assert _pieces(s, "Acme") == [("Acme launched a unit called Zeta Labs", "main"),
                                  ("Zeta Labs, formed in June, to pursue AI", "appositive")]
    s = "Acme showed its chips: Widget X1, slated for 2026; and RocketChip, scheduled for 2027."
    assert _pieces(s, "Acme", "Widget X1", "RocketChip") == [
        ("Acme showed its chips: Widget X1", "main"),
        ("Widget X1, slated for 2026", "appositive"),
        ("RocketChip, scheduled for 2027", "appositive")]


def test_a_participle_s_name_becomes_the_subject_of_its_claim(acme_store: Any) -> None:
    from factcheck.language.extract import extract_claims

    text = ("Acme launched a unit called Zeta Labs, formed in June, to pursue AI. Acme showed "
            "its chips: Widget X1, slated for 2026; and RocketChip, scheduled for 2027.")
    found = [c.standalone for c in extract_claims(read_text(text, "a.txt"), acme_store.entities)]
    assert "Zeta Labs was formed in June, to pursue AI" in found
    assert "Widget X1 is slated for 2026" in found
    assert "RocketChip is scheduled for 2027" in found
    assert "and RocketChip" not in found


@pytest.mark.parametrize("s, last", [
    # a verb right after "but": a verb phrase of the subject before, which it inherits
    ("Jane Doe nearly joined Acme after her ouster, but returned to Globex days later.",
     ("returned to Globex days later", "verb-phrase", True)),
    # a subject of its own, or no verb: a clause of its own
    ("Acme grew fast, but Globex grew faster.", ("Globex grew faster", "main", False)),
    ("Acme sells it not as a chatbot, but as a system that can reason.",
     ("as a system that can reason", "main", False)),
    # after a semicolon a statement of its own, whatever word opens it
    ("Acme split its stock on 7 June; split-adjusted trading began on 10 June.",
     ("split-adjusted trading began on 10 June", "main", False)),
])
def test_a_verb_after_but_goes_on_with_the_subject_before(s: str,
                                                          last: tuple[str, str, bool]) -> None:
    clauses = split_sentence(s, [(s.index(n), s.index(n) + len(n))
                                 for n in ("Jane Doe", "Acme", "Globex") if n in s])
    c = clauses[-1]
    assert (s[c.start:c.end], c.role, c.inherits_subject) == last


@pytest.mark.parametrize("abbreviation", ["(ZF)", "(NYSE: ZF)", "(Nasdaq:ZETA)"])
def test_an_abbreviation_in_brackets_after_a_name_leaves_its_appositive_to_it(
        abbreviation: str) -> None:
    """News names a company or a venture with its short name or ticker in brackets before
    describing it: "... created the Zeta Fund (ZF), a $30 billion fund for data centres".
    The description is the name's all the same (it was read as the creator's, and the
    fund's size never reached the fund's facts)."""
    s = f"Acme teamed up with Globex to create the Zeta Fund {abbreviation}, a $30 billion " \
        "fund for data centres."
    found = _pieces(s, "Acme", "Globex", "Zeta Fund")
    assert (f"Acme teamed up with Globex to create the Zeta Fund {abbreviation}",
            "main") in found
    assert (f"Zeta Fund {abbreviation}, a $30 billion fund for data centres",
            "appositive") in found
    # reading blanks a ticker to spaces first: the blanks stand for it
    blanked = blank_asides(s)
    assert ("(" in blanked) is (abbreviation == "(ZF)")
    assert [role for _, role in _pieces(blanked, "Acme", "Globex", "Zeta Fund")] == [
        "main", "appositive"]


def test_a_described_item_of_a_list_of_names_leaves_the_list_its_verb() -> None:
    """Press releases list partners and describe one on the way: "Acme, Globex (GX), a unit
    of Acme, Initech and Zeta today announced ...". The description is Globex's alone and
    ends before the list goes on; the verb is the whole list's (it was read as what "a
    unit of Acme, Initech and Zeta" announced, with Globex's description its subject)."""
    for name in ("Globex (GX)", "Globex"):
        s = f"Acme, {name}, a unit of Acme, Initech and Zeta today announced that Orbit " \
            "will join the fund."
        found = _asides(s, "Acme", "Globex", "Initech", "Zeta", "Orbit")
        assert (s[:-1], "main", ", a unit of Acme") in found
        assert (f"{name}, a unit of Acme", "appositive", None) in found


def test_a_value_after_a_comma_is_the_worth_of_the_noun_before_it() -> None:
    """"Acme acquired a 27% stake in Globex, valued at about $135 billion, and ...": the
    value is the stake's; read as a verb phrase of its own, it said Acme was valued at
    $135 billion (which a market value of Acme's would have contradicted)."""
    s = "Acme acquired a 27% stake in Globex, valued at about $135 billion, and joined its " \
        "board."
    assert _pieces(s, "Acme", "Globex") == [
        ("Acme acquired a 27% stake in Globex, valued at about $135 billion", "main"),
        ("joined its board", "verb-phrase")]


def test_a_verb_phrase_sharing_the_modal_before_it_is_a_clause_of_its_own() -> None:
    """"Acme will keep its stake in Globex, and continue to license its models through
    2032": the second verb phrase shares "will"; read as one claim, its year was taken for
    the stake's."""
    s = "Acme will keep a 27% stake in Globex, and continue to license its models through 2032."
    assert _pieces(s, "Acme", "Globex") == [
        ("Acme will keep a 27% stake in Globex", "main"),
        ("continue to license its models through 2032", "verb-phrase")]
    # a noun after "and" is no verb phrase
    s = "Acme will keep a 27% stake in Globex, and access to its models through 2032."
    assert len(_pieces(s, "Acme", "Globex")) == 1


@pytest.mark.parametrize(("s", "clause"), [
    # "as a judge has ruled": an indefinite subject with a verb of its own, no role of Roe's
    ("John Roe scored a win against Acme, as a federal judge has ruled that his suit may "
     "go to a jury.", "a federal judge has ruled that his suit may go to a jury"),
    ("Acme shares fell as an analyst downgraded the stock to sell.",
     "an analyst downgraded the stock to sell"),
])
def test_an_as_clause_with_an_indefinite_subject_and_a_verb_is_a_clause_of_its_own(
        s: str, clause: str) -> None:
    """A court report read "John Roe as a federal judge has ruled ...": the judge's ruling
    was told of Roe, and a stored fact of Roe's suit confirmed it."""
    names = [n for n in ("John Roe", "Acme") if n in s]
    assert clause in [text for text, _ in _pieces(s, *names)]


@pytest.mark.parametrize("s", [
    "Jane Doe joined Acme as a director in 2019.",
    "Globex began as a maker of toys that sold well.",
    "Acme listed Globex as a partner, the filing said.",
])
def test_as_a_role_stays_in_its_clause(s: str) -> None:
    assert len(_pieces(s, *[n for n in ("Jane Doe", "Acme", "Globex") if n in s])) == 1


@pytest.mark.parametrize(("s", "names", "appositive"), [
    ("Jane Doe, Acme's chairman and chief executive, spoke at the summit in Paris.",
     ("Jane Doe", "Acme"), "Jane Doe, Acme's chairman and chief executive"),
    # after "as" the verb's complement follows, no part of the title
    ("The fund's head described Jane Doe, Acme's former finance chief, as a gifted investor.",
     ("Jane Doe", "Acme"), "Jane Doe, Acme's former finance chief"),
])
def test_a_title_the_name_s_company_owns_is_an_appositive_as_a_bare_title_is(
        s: str, names: tuple[str, ...], appositive: str) -> None:
    """"Jane Doe, Acme's chairman, spoke ..." tells what she is as "Jane Doe, chairman of
    Acme," does; left inside the sentence, the title went unchecked or was judged with the
    praise around it."""
    assert (appositive, "appositive") in _pieces(s, *names)


def test_a_with_phrase_of_what_is_expected_later_is_a_statement_of_its_own() -> None:
    """"Acme said capex for the year will reach $125 billion, with an even higher outlay
    expected in 2026": the later year is the outlay's; read as one clause, 2026 was taken for
    the year of the $125 billion, which a 2026 forecast then contradicted."""
    s = "Acme said capex for the year will reach $125 billion, with an even higher outlay " \
        "expected in 2026."
    assert _pieces(s, "Acme") == [
        ("Acme said capex for the year will reach $125 billion", "main"),
        ("an even higher outlay expected in 2026", "main")]
    # a with-phrase of the same event stays with it
    s = "Acme raised $5 billion, with Globex expected to take part."
    assert len(_pieces(s, "Acme", "Globex")) == 1


def test_a_relative_clause_after_a_deal_s_target_is_about_the_deal() -> None:
    """"its acquisition of Globex, which closed in 2022": what closed is the acquisition,
    not Globex (read as "Globex closed in 2022", a claim about the company)."""
    s = "Acme has grown through its acquisition of Globex, which closed in February 2022."
    assert _pieces(s, "Acme", "Globex") == [(s[:-1], "main")]
    # a relative clause of the company itself stays the company's
    s = "Acme bought Globex, which makes widgets, in 2022."
    assert ("Globex, which makes widgets", "relative") in _pieces(s, "Acme", "Globex")


@pytest.mark.parametrize("verb", ["quit in protest", "cut 500 jobs", "sought a buyer"])
def test_an_irregular_past_verb_ends_the_appositive_before_it(verb: str) -> None:
    """"Jane Doe, the company's president, quit in protest": "quit" ends the appositive as
    "resigned" would (it was read as part of her description)."""
    s = f"Jane Doe, the company's president, {verb}."
    assert _pieces(s, "Jane Doe") == [("Jane Doe, the company's president", "appositive"),
                                      (verb, "verb-phrase")]


@pytest.mark.parametrize(("s", "names"), [
    ("Backed by Acme, the startup raised $5 billion in 2024.", ["Acme"]),
    ("Backed by Acme, Globex, Initech and Zeta, the project reflects a wider push.",
     ["Acme", "Globex", "Initech", "Zeta"]),
    ("Securing $6 billion from investors such as Acme, Globex, and Initech, the startup has "
     "set a strong foundation.", ["Acme", "Globex", "Initech"]),
])
def test_the_description_after_a_leading_participle_is_the_subject_not_an_appositive(
        s: str, names: list[str]) -> None:
    """A real report's "Backed by SoftBank, Oracle, ... and Arm, the project reflects ..."
    was read "Arm is the project reflects ...": the last name of the opening phrase took the
    sentence's subject for its own description."""
    assert [role for _, role in _pieces(s, *names) if role == "appositive"] == []


@pytest.mark.parametrize(("s", "names", "appositive"), [
    ("Backed by Acme, Globex, the toy maker, raised $5 billion in 2024.", ["Acme", "Globex"],
     "Globex, the toy maker"),
    # an adjective in -ing, and a participle's clause after the verb, open no phrase
    ("Paying users got access to Zeta, the company's best model, on 14 March 2023.",
     ["Zeta"], "Zeta, the company's best model"),
])
def test_a_name_outside_a_leading_participle_keeps_its_appositive(
        s: str, names: list[str], appositive: str) -> None:
    assert (appositive, "appositive") in _pieces(s, *names)


def test_a_relative_clause_without_its_comma_after_a_name_is_the_name_s() -> None:
    """Real news: "..., behind only SpaceX which is valued at $350bn" lost the comma before
    "which"; the valuation was read as the sentence's subject's and refuted."""
    s = ("The round makes Acme one of the most valuable startups, behind only Globex which "
         "is valued at $90 billion.")
    found = _pieces(s, "Acme", "Globex")
    assert ("Globex which is valued at $90 billion", "relative") in found
    assert not any("$90 billion" in text for text, role in found if role == "main")
    # "which" after a common noun stays in its clause ("the round which values Acme")
    s = "Acme closed the round which values it at $9 billion."
    assert _pieces(s, "Acme") == [(s[:-1], "main")]


def test_a_price_reported_after_an_appositive_closes_the_clause_it_interrupts() -> None:
    """Corpus: "Google bought ... DeepMind, founded by A, B and C, in a deal reported at around
    $500 million in January 2014" gave the deal's date to the founding; "reported at" is the
    price's participle, as "valued at" is, and no verb of the appositive."""
    s = ("Acme bought the start-up Zeta, founded by Jane Doe and Ann Roe, in a deal reported "
         "at around $500 million in January 2014.")
    found = _pieces(s, "Acme", "Zeta", "Jane Doe", "Ann Roe")
    assert ("Zeta, founded by Jane Doe and Ann Roe", "appositive") in found


def test_a_share_of_which_after_a_name_is_no_description_of_the_name() -> None:
    """Probe (real news): "put $40 billion into Globex, a large share of which will go to
    partners" was read as "Globex is a large share of which will go to partners" and
    supported by a fact about who invested in Globex. "a share of which", "some of which",
    "most of whom" open a relative clause on the amount or group before, not a description
    of the name next to the comma: the clause before it ends at the comma."""
    for tail in ("a large share of which will go to partners",
                 "some of which came from partners", "most of whom joined in 2024"):
        s = f"Acme said it would put $40 billion into Globex, {tail}."
        pieces = _pieces(s, "Acme", "Globex")
        assert all(role != "appositive" for _, role in pieces), tail
        assert ("Acme said it would put $40 billion into Globex", "main") in pieces, tail


@pytest.mark.parametrize("tail", ["reaching $3.3 billion", "bringing it to $3.3 billion",
                                  "topping $3.3 billion", "totaling $3.3 billion"])
def test_a_level_after_a_change_stays_with_the_change(tail: str) -> None:
    """Probe (real news): "its unit's revenue rose 55%, reaching $3.3 billion" was cut into
    "rose 55%" and "Acme is reaching $3.3 billion": the level is the changed measure's new
    value, as "rose 55% to $3.3 billion" says, not a claim about the company."""
    s = f"Acme said its widget revenue rose 55%, {tail}."
    assert _pieces(s, "Acme") == [(s.rstrip("."), "main")]
    s = f"Acme hired staff, {tail} in sales."
    assert len(_pieces(s, "Acme")) == 2  # no change before: a participle of its own
