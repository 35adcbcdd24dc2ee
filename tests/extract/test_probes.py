"""The probe suite: sentences written for these tests, each with the figures it states."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml

from factcheck import extract_claims
from factcheck.extract._scoring import claims_figures, claims_relations

PROBES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "probes.yaml").read_text("utf-8"))


def _span(sentence: str, phrase: str) -> tuple[int, int]:
    start = sentence.index(phrase)
    return start, start + len(phrase)


def _value(v: Any) -> Fraction | str:
    return v if isinstance(v, str) else Fraction(str(v))


def test_there_are_at_least_60_probes() -> None:
    assert len(PROBES) >= 60


@pytest.mark.parametrize("probe", PROBES, ids=[p["sentence"][:48] for p in PROBES])
def test_probe(probe: dict[str, Any]) -> None:
    sentence = probe["sentence"]
    claims = extract_claims(sentence)
    by_mention = {(m.start, m.end): c for c in claims.claims for m in c.mentions}
    found = claims_figures(claims)
    unmatched = list(found)
    for want in probe["figures"]:
        start, end = _span(sentence, want["phrase"])
        hit = next(
            (p for p in unmatched if p.start < end and start < p.end and p.value == _value(want["value"])),
            None,
        )
        assert hit is not None, f"{want} not found in {[(sentence[p.start : p.end], p.value) for p in found]}"
        unmatched.remove(hit)
        claim = by_mention[(hit.start, hit.end)]
        for field in ("kind", "qualifier"):
            if field in want:
                assert getattr(hit, field) == want[field], (want, hit)
        for field in ("unit", "measures"):
            if field in want:
                assert getattr(claim, field) == want[field], (want, claim)
        if "direction" in want:
            assert claim.direction is not None, (want, claim)
            assert claim.direction.value == want["direction"], (want, claim)
    assert not unmatched, f"unexpected figures: {[(sentence[p.start : p.end], p.value) for p in unmatched]}"
    for phrase in probe.get("not_figures", []):
        start, end = _span(sentence, phrase)
        assert not any(p.start < end and start < p.end for p in found), phrase
    relations = claims_relations(claims)
    for kind, a, b in probe.get("relations", []):
        sa, sb = _span(sentence, a), _span(sentence, b)
        assert any(
            k == kind and x[0] < sa[1] and sa[0] < x[1] and y[0] < sb[1] and sb[0] < y[1]
            for k, x, y in relations
        ), (kind, a, b, relations)
