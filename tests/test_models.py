"""What a stated figure allows, and claims files that survive a trip through YAML and JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from pydantic import ValidationError

import factcheck
from factcheck.testing import claims_files
from tests.conftest import claim


@pytest.mark.parametrize(
    ("value", "kind", "qualifier", "unit", "expected"),
    [
        ("197", "count", "exact", None, "197"),
        ("40", "percentage", "exact", "percent", "[39.5, 40.5]"),
        ("20", "change", "over", "percent", "(20, ∞)"),
        ("20", "percentage", "more than", "percent", "(20, ∞)"),
        ("20", "amount", "around", "MW", "[17.5, 22.5]"),
        ("15", "duration", "at most", "year", "[0, 15]"),
        ("15", "duration", "within", "year", "[0, 15]"),
        ("200", "count", "over", None, "[201, ∞)"),
        ("200", "count", "nearly", None, "[180, 200]"),
        ("17,004", "count", "some", None, "[16994, 17014]"),
        ("17,400", "count", "some", None, "[16400, 18400]"),
        ("1,234.5", "amount", "nearly", None, "[1233.5, 1234.5]"),
        # "nearly" never rules out what the bare figure allows below it: "2%" allows 1.6%
        ("2", "percentage", "nearly", "percent", "[1.5, 2]"),
        ("3", "change", "almost", "times", "[2.5, 3]"),
        ("12.5", "percentage", "about", "percent", "[11.2, 13.8]"),
        ("18", "age", "under", "year", "[0, 17]"),
        ("1.5", "age", "exact", "year", "[1.45, 1.55]"),
        ("1.2 million", "count", "exact", None, "[1150000, 1250000]"),
        ("2050", "year", "by", None, "(-∞, 2050]"),
        ("15.70", "amount", "exact", None, "[15.695, 15.705]"),
    ],
)
def test_a_stated_value_becomes_the_set_the_text_allows(
    value: str, kind: str, qualifier: str, unit: str | None, expected: str
) -> None:
    c = claim("x", value, kind, qualifier=qualifier, unit=unit,
              **({"direction": "increase"} if kind == "change" else {}))
    assert str(c.interval()) == expected


def test_an_age_stated_in_halves_of_a_year_allows_them(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Most deer culled were 1½ years old; a few were 4½ years old.", encoding="utf-8")
    checked = [r for r in factcheck.verify([article], output=None).report.results
               if r.status is not factcheck.Status.SKIPPED]
    assert [r.status for r in checked] == [factcheck.Status.PASS] * 2
    assert sorted(r.spans[0].quote for r in checked) == ["1½ years old", "4½ years old"]


def test_precision_is_kept_as_written() -> None:
    assert claim("x", "15.70", "amount").value == "15.70"
    assert claim("x", "15.70", "amount").interval() != claim("x", "15.7", "amount").interval()


def test_a_mention_may_state_the_figure_differently() -> None:
    c = claim("cases", "197", mentions=[
        {"start": 0, "end": 9, "quote": "197 cases"},
        {"start": 50, "end": 60, "quote": "nearly 200", "value": "200", "qualifier": "nearly"},
    ])
    assert [str(c.mention_interval(m)) for m in c.mentions] == ["197", "[180, 200]"]


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"value": "lots"}, "not a number"),
        ({"kind": "change"}, "needs a direction"),
        ({"kind": "date", "value": "March 27"}, "not a date"),
        ({"qualifier": "somewhat"}, "qualifier"),
        ({"mentions": [{"start": 5, "end": 5, "quote": "x"}]}, "must be after start"),
        ({"id": "has space"}, "pattern"),
    ],
)
def test_invalid_claims_are_refused_with_a_reason(fields: dict[str, object], error: str) -> None:
    data = {"id": "x", "kind": "count", "measures": "x", "value": "1", **fields}
    with pytest.raises(ValidationError, match=error):
        factcheck.Claim.model_validate(data)


@settings(max_examples=60, deadline=None)
@given(claims_files())
def test_claims_files_round_trip_through_yaml_and_json(tmp_path_factory: pytest.TempPathFactory,
                                                        cf: factcheck.ClaimsFile) -> None:
    folder = tmp_path_factory.mktemp("roundtrip")
    as_yaml = folder / "doc.claims.yaml"
    as_yaml.write_text(yaml.safe_dump(cf.to_data(), sort_keys=False, allow_unicode=True), encoding="utf-8")
    as_json = folder / "doc.claims.json"
    as_json.write_text(json.dumps(cf.to_data()), encoding="utf-8")
    assert factcheck.load_claims(as_yaml).claims_file == cf
    assert factcheck.load_claims(as_json).claims_file == cf


def test_unquoted_numbers_keep_their_written_form(tmp_path: Path) -> None:
    path = tmp_path / "a.claims.yaml"
    path.write_text(
        "document: {id: d, title: T}\n"
        "claims:\n"
        "  - {id: x, kind: amount, measures: x, value: 15.70}\n",
        encoding="utf-8",
    )
    assert factcheck.load_claims(path).claims_file.claims[0].value == "15.70"
