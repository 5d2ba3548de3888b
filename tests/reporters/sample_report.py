"""One hand-built report that every format's golden test renders.

Seven claims in article order, covering all six statuses: one with two evidence facts and
two sources, one with a ``|`` and non-ASCII text, one with no evidence, one whose words run
over a line break, and a confidence that needs rounding. Each carries a check-worthiness
with its cues.
"""

from __future__ import annotations

import datetime as dt

from factcheck.model import (
    ArticleInfo,
    CheckedClaim,
    Claim,
    Cue,
    Evidence,
    Position,
    Report,
    Source,
    Span,
    Status,
    Verdict,
    Worthiness,
)

ARTICLE = ArticleInfo(source="articles/ai-titans.md", title="The Battle of AI Titans",
                      date=dt.date(2025, 3, 25))

BLACKROCK = Source(url="https://ir.blackrock.com/news/2025-01-15-q4",
                   title="BlackRock Reports Full Year 2024 Diluted EPS", publisher="BlackRock",
                   date=dt.date(2025, 1, 15), reliability="primary")
REUTERS = Source(url="https://www.reuters.com/business/blackrock-aum-2025-01-15/",
                 title="BlackRock assets hit record $11.6 trillion", publisher="Reuters",
                 date=dt.date(2025, 1, 15), reliability="news")
NVIDIA = Source(url="https://nvidianews.nvidia.com/news/q4-fy2025",
                title="NVIDIA Announces Financial Results for Q4 and Fiscal 2025",
                publisher="NVIDIA", date=dt.date(2025, 2, 26), reliability="primary")
OPENAI = Source(url="https://openai.com/index/openai-elon-musk/", title="OpenAI and Elon Musk",
                publisher="OpenAI", date=None, reliability="primary")
IEA = Source(url="https://www.iea.org/reports/energy-and-ai",
             title='Energy and AI | "Data centre" demand', publisher="IEA",
             date=dt.date(2025, 4, 10), reliability="secondary")


def _claim(id: str, text: str, start: int, line: int, column: int,
           standalone: str | None = None) -> Claim:
    return Claim(id=id, text=text, standalone=standalone or text,
                 span=Span(start, start + len(text)), position=Position(line, column),
                 sentence=text, entities=(), named=(), subject=None, subject_name=None,
                 unknown_names=(), quantities=(), years=(), quotes=())


# Every claim is worth checking except the opinion; the first says why.
WORTHY = Worthiness(0.8, (Cue("gives a figure", 0.2), Cue("public-record topic (“assets”)", 0.2),
                          Cue("about a named actor or office", 0.05)))


def _checked(claim: Claim, status: Status, confidence: float, explanation: str,
             *evidence: Evidence) -> CheckedClaim:
    worth = Worthiness(0.05, (Cue("a judgement, not a checkable statement", -0.3),)) \
        if status is Status.OPINION else WORTHY
    return CheckedClaim(claim, Verdict(status, confidence, explanation, evidence, rule="TEST"),
                        worth)


CLAIMS = (
    _checked(
        _claim("c0a1b2c3d4", "BlackRock manages over $10 trillion in assets", 412, 5, 1),
        Status.SUPPORTED, 0.93,
        "article: over $10T; store: $11.6T as of 2024-12-31 (assets under management); "
        "consistent",
        Evidence("blackrock-aum-2024", "BlackRock had $11.6 trillion in assets under "
                 "management at the end of 2024.", (BLACKROCK, REUTERS)),
        Evidence("blackrock-largest-manager", "BlackRock is the world's largest asset "
                 "manager.", (REUTERS,)),
    ),
    _checked(
        _claim("c1b2c3d4e5", "Elon Musk co-founded OpenAI in 2017", 530, 7, 12,
               standalone="Elon Musk co-founded OpenAI in 2017"),
        Status.CONTRADICTED, 0.9,
        "article: 2017; store: 2015 (founding of OpenAI)",
        Evidence("openai-founding", "OpenAI was founded in December 2015 by Sam Altman, "
                 "Elon Musk and others.", (OPENAI,)),
    ),
    _checked(
        _claim("c2c3d4e5f6", "Nvidia's share | of the AI-chip market is 95 % — "
               "according to Jürgen Müller", 688, 9, 1),
        Status.IMPRECISE, 0.756,
        "article: 95%; store: about 80% to 90% as of 2024 (share of AI accelerators)",
        Evidence("nvidia-ai-share-2024", "NVIDIA held 80% to 90% of the AI accelerator "
                 "market in 2024.", (NVIDIA,)),
    ),
    _checked(
        _claim("c3d4e5f6a7", "Nvidia's quarterly revenue is $35.1 billion", 845, 11, 5),
        Status.OUTDATED, 0.8,
        "article: $35.1B is the figure for Q3 FY2025; store: $39.3B for Q4 FY2025 "
        "(published 2025-02-26)",
        Evidence("nvidia-revenue-q4-fy2025", "NVIDIA's revenue for the fourth quarter of "
                 "fiscal 2025 was $39.3 billion.", (NVIDIA,)),
    ),
    _checked(
        _claim("c4e5f6a7b8", "Zephyr Labs trains its models on 40,000 GPUs", 1010, 13, 1),
        Status.UNVERIFIED, 0.5,
        "no fact about Zephyr Labs in the store",
    ),
    _checked(
        _claim("c5f6a7b8c9", "data centres will use\ntwice as much electricity by 2030",
               1180, 15, 30),
        Status.UNVERIFIED, 0.4,
        "nearest fact is about a different year",
        Evidence("iea-datacentre-demand-2030", "The IEA projects data centre electricity "
                 "demand to more than double by 2030.", (IEA,)),
    ),
    _checked(
        _claim("c6a7b8c9d0", "AMD is the most exciting company in the industry", 1302, 17, 1),
        Status.OPINION, 1.0,
        "judgement: 'most exciting'",
    ),
)

SAMPLE_REPORT = Report(article=ARTICLE, claims=CLAIMS, version=3, store="claims/")
