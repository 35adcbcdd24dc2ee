"""share: a stated percentage agrees with part / whole, or implies a possible count."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _claims(share: str, whole: str, part: str | None, qualifier: str = "exact") -> list[object]:
    out = [claim("whole", whole), claim("s", share, "share", qualifier=qualifier,
                                         share_of={"whole": "whole", "part": "part" if part else None})]
    return out + ([claim("part", part)] if part else [])


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_claims("44", "523", "230"), "pass"),
        (_claims("40", "523", "230"), "fail"),
        (_claims("40", "523", "230", qualifier="over"), "pass"),
        (_claims("44", "523", "230", qualifier="about"), "pass"),
        (_claims("37.5", "17", None), "fail"),
        (_claims("40", "523", None), "inconclusive"),
    ],
)
def test_share(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="share", relation="share_of")
    assert result.status == status


def test_share_without_part_reports_the_counts_it_implies(run_rule: RunRule) -> None:
    (result,) = run_rule(_claims("40", "523", None), check="share", relation="share_of")
    (derived,) = result.derived
    assert derived.text == "a whole number from 207 to 211"


def test_share_is_skipped_when_no_share_is_stated(run_rule: RunRule) -> None:
    (result,) = run_rule([claim("whole", "523")], check="share", relation="share_of")
    assert result.status == "skipped"
