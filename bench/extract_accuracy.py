"""Accuracy of `factcheck extract` and of quantulum3, side by side, on the same gold.

Two sets: the hand-made gold annotation of the source article
(tests/extract/gold/, the article read from ../shared/articles/), and the probe
suite (tests/extract/probes.yaml). A figure counts as found when a predicted
span overlaps the gold span and the values are equal. quantulum3 states no
relations, so only factcheck has a relation score.

    python bench/extract_accuracy.py            # needs the `bench` extra: pip install -e '.[bench]'
"""

from __future__ import annotations

import sys
import time
import warnings
from fractions import Fraction
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck import extract_claims  # noqa: E402
from factcheck.extract._scoring import (  # noqa: E402
    GoldFigure,
    Predicted,
    Score,
    claims_figures,
    claims_relations,
    load_gold,
    match,
    score_relations,
)

GOLD = REPO / "tests" / "extract" / "gold" / "cambodia-cross-border-crime.gold.yaml"
ARTICLE = REPO.parent / "shared" / "articles" / "cambodia-cross-border-crime.txt"
PROBES = REPO / "tests" / "extract" / "probes.yaml"
HELDOUT = REPO / "bench" / "heldout.yaml"


def quantulum_figures(text: str) -> list[Predicted]:
    from quantulum3 import parser

    return [
        Predicted(q.span[0], q.span[1], Fraction(str(q.value)), q.unit.name, None) for q in parser.parse(text)
    ]


def probe_gold(probe: dict[str, Any]) -> list[GoldFigure]:
    s = probe["sentence"]
    out = []
    for i, f in enumerate(probe["figures"]):
        start = s.index(f["phrase"])
        v = f["value"]
        out.append(
            GoldFigure(
                f"p{i}",
                start,
                start + len(f["phrase"]),
                v if isinstance(v, str) else Fraction(str(v)),
                f.get("kind", ""),
                f.get("qualifier", "exact"),
            )
        )
    return out


def _sum(scores: list[Score]) -> Score:
    return Score(
        *(
            sum(getattr(s, k) for s in scores)
            for k in ("true_positives", "false_positives", "false_negatives")
        )
    )


def main() -> int:
    warnings.filterwarnings("ignore")
    rows: list[tuple[str, str, str]] = []
    if ARTICLE.is_file():
        text = ARTICLE.read_text(encoding="utf-8")
        gold = load_gold(GOLD)
        t0 = time.perf_counter()
        claims = extract_claims(text)
        t_fc = time.perf_counter() - t0
        fc_score, spans = match(claims_figures(claims), gold.figures)
        rel = score_relations(claims_relations(claims), gold.relations, spans)
        quantulum_figures("warm up: 3 apples")
        t0 = time.perf_counter()
        q = quantulum_figures(text)
        t_q = time.perf_counter() - t0
        q_score, _ = match(q, gold.figures)
        rows.append(("article figures (value+span)", str(fc_score), str(q_score)))
        rows.append(("article relations (grouped)", str(rel), "n/a (states none)"))
        rows.append(("article time per call", f"{t_fc * 1000:.1f} ms", f"{t_q * 1000:.1f} ms"))
    else:
        print(f"(source article not at {ARTICLE}: article rows skipped)")
    for name, path in (("probe", PROBES), ("held-out", HELDOUT)):
        probes = yaml.safe_load(path.read_text(encoding="utf-8"))
        fc, qu = [], []
        for p in probes:
            g = probe_gold(p)
            fc.append(match(claims_figures(extract_claims(p["sentence"])), g)[0])
            qu.append(match(quantulum_figures(p["sentence"]), g)[0])
        rows.append((f"{name} figures ({len(probes)} sentences)", str(_sum(fc)), str(_sum(qu))))
    width = max(len(r[0]) for r in rows)
    print(f"{'':{width}}  {'factcheck extract':48}  quantulum3")
    for name, a, b in rows:
        print(f"{name:{width}}  {a:48}  {b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
