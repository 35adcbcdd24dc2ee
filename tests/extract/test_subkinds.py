"""A count whose sentence opens on a narrower kind of a noun is within the plain count of it before."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Status
from tests.conftest import verified

RULE = "part-within-whole"


def _results(tmp_path: Path, text: str) -> list[factcheck.Result]:
    return verified(tmp_path, text, RULE)


@pytest.mark.parametrize(
    ("sentence", "part", "status"),
    [
        ("Rural burglaries climbed by a tenth to 41,300.", "41,300", Status.PASS),
        ("Burglaries of shops rose to 12,800.", "12,800", Status.PASS),
        # more than the whole, but that both are of one place and year is read: review, not a failure
        ("Rural burglaries climbed by a tenth to 941,300.", "941,300", Status.INCONCLUSIVE),
    ],
)
def test_a_narrower_kind_is_within_the_plain_count(
    tmp_path: Path, sentence: str, part: str, status: Status
) -> None:
    text = f"Police logged 310,000 burglaries in the year to March. {sentence}"
    (result,) = _results(tmp_path, text)
    assert result.status is status
    assert [s.quote for s in result.spans] == ["310,000 burglaries", part]


@pytest.mark.parametrize(
    "sentence",
    [
        # "total" does not narrow: another figure of the same thing
        "Total burglaries rose to 320,000.",
        # a noun beside its figure with a word before it may be the fuller name of the same thing
        "Officers solved 9,100 rural burglaries.",
        # another year's count is not part of this year's
        "Rural burglaries in 2019 climbed to 41,300.",
    ],
)
def test_no_part_without_a_narrowing_subject(tmp_path: Path, sentence: str) -> None:
    text = f"Police logged 310,000 burglaries in the year to March. {sentence}"
    assert _results(tmp_path, text) == []


def test_a_narrower_kind_may_name_the_noun_by_a_synonym(tmp_path: Path) -> None:
    text = "Police logged 2.4 million offences last year. The number of violent crimes rose to 610,000."
    (result,) = _results(tmp_path, text)
    assert result.status is Status.PASS
    assert [s.quote for s in result.spans] == ["2.4 million offences", "610,000"]
