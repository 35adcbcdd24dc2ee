"""Speed of extraction plus verification on 300,000 sentences of news text, one core.

The text is assembled from sentences written for this benchmark (below), with
their figures varied at random (seeded), into articles of 20 sentences under a
headline. Each article is extracted (`factcheck.extract_claims`) and verified
with the generic rule pack (`factcheck.evaluate`, the engine `factcheck verify`
runs, without writing report files). quantulum3 parses a sample of the same
articles in the same run, interleaved with factcheck so that both see the same
machine load; its time is extrapolated to the whole text and said so.

The last lines put the two speed targets of the figure reader side by side:
extraction alone on one core (CPU time), and factcheck against quantulum3 on
every case of ``../shared/peer_suites/`` (skipped with the reason when absent),
in one cold pass and in the steady state (the median of interleaved passes).

    python bench/extract_speed.py [--sentences 300000] [--sample-every 50] [--installed]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
# --installed measures the factcheck installed (the compiled build, say), not this checkout's sources
if "--installed" not in sys.argv:
    sys.path.insert(0, str(REPO))

from peer_suites import which_factcheck  # noqa: E402

from factcheck import LoadedClaims, evaluate, extract_claims, load_rules  # noqa: E402
from factcheck._bundled import bundled_rules  # noqa: E402

TEMPLATES = [
    "Police arrested {n} suspects in {y}, including {s} foreigners.",
    "The ministry said {n} families had been moved to temporary shelters.",
    "Exports rose {p}% in {y} compared with the previous year.",
    "More than {n} workers joined the strike on Monday, union leaders said.",
    "The council approved a budget of ${d}bn for road repairs.",
    "Nearly {p}% of the villages in the province now have electricity.",
    "Officials counted around {n} landslides along the mountain highway.",
    "The company cut {n} jobs after sales fell by a third.",
    "Rice prices doubled within {t} months, traders said.",
    "The new bridge cost €{s}m and took {t} years to build.",
    "At least {s} people died when the ferry capsized near the coast.",
    "Turnout was between {p} and {h} per cent in the rural districts.",
    "The report was published on March {dd} by the national statistics office.",
    "Unemployment fell by {s} percentage points to {p} per cent.",
    "Two-thirds of the respondents said they trusted the local council.",
    "The hospital has {n} beds, up from {s} five years ago.",
    "Anyone with information should call 1288, the police hotline.",
    "Leaders of the G20 will meet in the capital next month.",
    "The government wants to reach net-zero emissions by {fy}.",
    "Fishermen reported catching {d} tonnes of fish a day during the season.",
    "The school hired {e} new teachers, half of them women.",
    "Farmers planted {n} hectares of cassava this year.",
    "Visitors to the park rose to {d} million in {y}, up {p}% from a year earlier.",
    "The court sentenced {s} people to prison terms of up to {t} years.",
    "Children under 18 may not work in the factories, the labour law says.",
    "The plant can produce around {s} megawatts of electricity.",
    "One of the oldest markets in the city will be rebuilt.",
    "The festival takes place in mid-April and draws {n} visitors.",
    "Customs officers seized {d} tonnes of counterfeit goods at the port.",
    "Three times as many students applied this year as last year.",
    "The agency identified {n} victims of trafficking, {p}% of them minors.",
    "Fewer than {s} inspectors cover the whole coast, the auditor found.",
    "Sales of electric motorbikes tripled between {y0} and {y}.",
    "The minister said the programme would run for {t} years.",
    "A dozen firms bid for the contract to build the new terminal.",
    "The airline carried {d} million passengers last year.",
    "Some {n} police officers were deployed for the visit.",
    "The drought damaged {n} hectares of paddy fields in {y}.",
    "The central bank kept its key rate at {p} per cent.",
    "Road deaths dropped by {p}% compared with {y0}.",
    "The city plans {s} new schools by {fy}.",
    "Route 66 was closed for repairs for most of the week.",
    "The survey covered {n} households in {s} provinces.",
    "Officials said {s} people were injured and {t} killed in the blast.",
    "The river rose {d} metres in two days after heavy rain.",
    "Residents said the water supply had been cut for {t} days.",
    "The ruling party won {s} of the {n} seats in the assembly.",
    "The company reported a loss of ${d}bn for the first half of {y}.",
    "Tourism revenue reached {d} billion dollars, the highest since {y0}.",
    "The vaccine is offered to people aged 65 and over.",
]
FILLER = [
    "The decision drew criticism from opposition lawmakers.",
    "Officials did not respond to requests for comment.",
    "Residents welcomed the move but said more help was needed.",
    "The plan still needs the approval of parliament.",
    "Analysts said the figures pointed to a slow recovery.",
]


def make_sentence(rng: random.Random, template: str) -> str:
    if rng.random() < 0.2:
        return rng.choice(FILLER)
    p = rng.randint(1, 60)
    return template.format(
        n=f"{rng.randint(100, 9999):,}",
        h=p + rng.randint(1, 30),
        e=2 * rng.randint(2, 49),
        s=rng.randint(2, 99),
        p=p,
        d=f"{rng.randint(1, 99) / 10:g}",
        t=rng.randint(2, 30),
        y=rng.randint(2015, 2025),
        y0=rng.randint(2000, 2014),
        fy=rng.randint(2030, 2060),
        dd=rng.randint(1, 28),
    )


def make_articles(sentences: int, per_article: int = 20, seed: int = 4) -> list[str]:
    rng = random.Random(seed)
    articles = []
    for start in range(0, sentences, per_article):
        # no template twice in one article: two different figures in the same words would be a
        # contradiction the extractor is right to report
        templates = rng.sample(TEMPLATES, per_article)
        body = [make_sentence(rng, t) for t in templates[: min(per_article, sentences - start)]]
        paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
        articles.append("Officials report new figures\n\n" + "\n\n".join(paragraphs) + "\n")
    return articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=300_000)
    ap.add_argument("--sample-every", type=int, default=50, help="quantulum3 parses every n-th article")
    ap.add_argument("--installed", action="store_true", help="measure the installed factcheck")
    args = ap.parse_args()
    print(f"measuring {which_factcheck()}")
    warnings.filterwarnings("ignore")
    articles = make_articles(args.sentences)
    rules = load_rules([bundled_rules() / "generic"])
    path = Path("bench-article.txt")
    try:
        from quantulum3 import parser as q_parser

        q_parser.parse("warm up: 3 apples")
    except ImportError:
        q_parser = None
    fc_time = q_time = extract_time = extract_cpu = 0.0
    q_sentences = claims = failures = 0
    for i, text in enumerate(articles):
        t0, c0 = time.perf_counter(), time.process_time()
        cf = extract_claims(text, document_id="bench")
        t1, c1 = time.perf_counter(), time.process_time()
        extract_cpu += c1 - c0
        report = evaluate([LoadedClaims(cf, path, text, None)], rules)
        fc_time += time.perf_counter() - t0
        extract_time += t1 - t0
        claims += len(cf.claims)
        failures += report.summary.failed
        if q_parser is not None and i % args.sample_every == 0:
            t0 = time.perf_counter()
            q_parser.parse(text)
            q_time += time.perf_counter() - t0
            q_sentences += 20
    n = args.sentences
    print(f"text: {n:,} sentences in {len(articles):,} articles ({sum(map(len, articles)) / 1e6:.1f} MB)")
    print(
        f"factcheck extract + verify: {fc_time:.1f} s, {n / fc_time:,.0f} sentences/s "
        f"({claims:,} claims; {failures:,} failed checks on text written to hold no contradiction)"
    )
    print(
        f"  of which extraction {extract_time:.1f} s ({n / extract_time:,.0f} sentences/s), "
        f"verification {fc_time - extract_time:.1f} s"
    )
    if q_parser is not None and q_sentences:
        rate = q_sentences / q_time
        print(
            f"quantulum3 parse (sample of {q_sentences:,} sentences, extrapolated): "
            f"{n / rate:.0f} s for all, {rate:,.0f} sentences/s"
        )
        print(
            f"ratio to quantulum3 (which only extracts): extraction + verification "
            f"{(n / fc_time) / rate:.1f}x, extraction alone {(n / extract_time) / rate:.1f}x"
        )
    print(f"target: under 60 s -> {'met' if fc_time < 60 else 'NOT met'}")
    print()
    print(f"Extraction speed targets, side by side (issue 11; {which_factcheck()}):")
    per_core = n / extract_cpu
    print(
        f"  extraction on one core (CPU time, so the machine's other load does not count): "
        f"{per_core:,.0f} sentences/s (target >= 10,000: {'met' if per_core >= 10_000 else 'NOT met'})"
    )
    suite_speed()
    return 0


def suite_speed() -> None:
    """factcheck against quantulum3 on every case of the peer suites, timed in the same run."""
    try:
        from peer_suites import SUITES, factcheck_figures, load_suites, quantulum_figures
        from quantulum3 import parser  # noqa: F401
    except ImportError as exc:
        print(f"  SKIP peer-suite speed: {exc} (pip install -e '.[bench]')")
        return
    if not SUITES.is_dir():
        print(f"  SKIP peer-suite speed: {SUITES} is absent")
        return
    texts = [c["text"] for cases in load_suites().values() for c in cases]
    cpu = {}
    for name, read in (("factcheck", factcheck_figures), ("quantulum3", quantulum_figures)):
        read(texts[0])
        c0 = time.process_time()
        for t in texts:
            read(t)
        cpu[name] = time.process_time() - c0
    ratio = cpu["quantulum3"] / cpu["factcheck"]
    n = len(texts)
    print(
        f"  peer suites ({n} cases, CPU time, one pass): factcheck {n / cpu['factcheck']:,.0f} cases/s, "
        f"quantulum3 {n / cpu['quantulum3']:,.0f} cases/s -> {ratio:.1f}x "
        f"(target >= 10x: {'met' if ratio >= 10 else 'NOT met'})"
    )
    steady_state(texts, factcheck_figures, quantulum_figures)


def _empty_factcheck_caches() -> None:
    """Empty every cache of factcheck's modules, so that a pass over the same cases again reads each
    number anew rather than finding it cached (a text seen once more is not what a user sends)."""
    for name, module in list(sys.modules.items()):
        if name == "factcheck" or name.startswith("factcheck."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


def steady_state(texts: list[str], factcheck_read: Any, quantulum_read: Any, passes: int = 5) -> None:
    """Both readers warmed on every case, then passes over all of them, interleaved, factcheck's caches
    emptied before each of its passes. One pass lasts a fraction of a second, so on a shared machine its
    ratio swings run to run; the median of several interleaved passes swings less."""
    for t in texts:
        factcheck_read(t)
        quantulum_read(t)
    ratios, rates = [], []
    for _ in range(passes):
        _empty_factcheck_caches()
        c0 = time.process_time()
        for t in texts:
            factcheck_read(t)
        c1 = time.process_time()
        for t in texts:
            quantulum_read(t)
        c2 = time.process_time()
        ratios.append((c2 - c1) / (c1 - c0))
        rates.append((len(texts) / (c1 - c0), len(texts) / (c2 - c1)))
    ratio = statistics.median(ratios)
    fc, q = statistics.median(r[0] for r in rates), statistics.median(r[1] for r in rates)
    print(
        f"  peer suites, steady state (median of {passes} interleaved passes after a warm-up, factcheck's "
        f"caches emptied before each): factcheck {fc:,.0f} cases/s, quantulum3 {q:,.0f} cases/s -> "
        f"{ratio:.1f}x (passes {min(ratios):.1f}x-{max(ratios):.1f}x; target >= 10x: "
        f"{'met' if ratio >= 10 else 'NOT met'})"
    )


if __name__ == "__main__":
    raise SystemExit(main())
