"""SARIF 2.1.0: valid against the official schema, located in the article in code points."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck._verdicts import Status
from factcheck.reports import Run, render
from factcheck.reports._common import LineIndex, needs_attention_first

SCHEMA = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def _sarif(run: Run) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(run, ["sarif"])["sarif"])
    return data


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    if not SCHEMA.is_file():
        pytest.skip(f"the SARIF 2.1.0 schema is not at {SCHEMA} (CI and developers have ../shared)")
    loaded: dict[str, Any] = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize("fixture", ["demo_run", "textless_run"])
def test_valid_against_the_official_schema(
    fixture: str, schema: dict[str, Any], request: pytest.FixtureRequest
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    run: Run = request.getfixturevalue(fixture)
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [e.message for e in validator.iter_errors(_sarif(run))]
    assert errors == []


def test_the_schema_check_would_catch_a_broken_log(schema: dict[str, Any], demo_run: Run) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    broken = _sarif(demo_run)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_every_result_recorded_with_its_kind_and_level(demo_run: Run) -> None:
    run = _sarif(demo_run)["runs"][0]
    kinds = [r["kind"] for r in run["results"]]
    s = demo_run.report.summary
    assert kinds.count("fail") == s.failed + s.errors
    assert kinds.count("review") == s.inconclusive
    assert kinds.count("pass") == s.passed
    ordered = needs_attention_first(demo_run.report.results)
    assert ordered[0].status is Status.FAIL  # failures lead
    for out, r in zip(run["results"], ordered, strict=True):
        assert out["ruleId"] == r.rule
        assert out["properties"]["status"] == r.status.value
        assert out["message"]["text"].startswith(r.headline)
        if out["kind"] == "fail":
            assert out["level"] == {"error": "error", "warning": "warning", "info": "note"}[r.severity]
        else:
            assert out["level"] == "none"


def test_rules_described_in_the_driver(demo_run: Run) -> None:
    run = _sarif(demo_run)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == sorted({r.rule for r in demo_run.report.results})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert rules[result["ruleIndex"]]["shortDescription"]["text"]


def test_regions_point_at_the_figures_in_code_points(demo_run: Run) -> None:
    run = _sarif(demo_run)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    text = demo_run.documents[0].text
    assert text is not None
    lines = text.splitlines(keepends=True)
    seen = 0
    for result in run["results"]:
        for loc in [*result["locations"], *result.get("relatedLocations", [])]:
            physical = loc["physicalLocation"]
            assert physical["artifactLocation"]["uri"] == "tests/reports/data/demo.txt"
            region = physical["region"]
            quote = region["snippet"]["text"]
            offset, length = region["charOffset"], region["charLength"]
            assert text[offset : offset + length] == quote
            line = lines[region["startLine"] - 1]
            assert region["startLine"] == region["endLine"]
            assert line[region["startColumn"] - 1 : region["endColumn"] - 1] == quote
            seen += 1
    assert seen >= len(demo_run.report.results)


def test_an_emoji_counts_as_one_column_and_crlf_as_one_line_end() -> None:
    index = LineIndex.of("🚢 12 ships\r\nthen 5\rand 7")
    assert index.position(2) == (1, 3)  # "12" after an emoji and a space: UTF-16 would say 4
    assert index.position(17) == (2, 6)
    assert index.position(23) == (3, 5)


def test_without_the_text_results_point_at_the_claims_file(textless_run: Run) -> None:
    run = _sarif(textless_run)["runs"][0]
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "tests/reports/data/demo.claims.yaml"
        assert "region" not in location


def test_fingerprints_tell_results_apart_and_ignore_where_figures_stand(demo_run: Run) -> None:
    prints = [r["partialFingerprints"]["factcheck/v1"] for r in _sarif(demo_run)["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)
    moved = demo_run.report.model_copy(
        update={"results": [r.model_copy(update={"spans": []}) for r in demo_run.report.results]}
    )
    again = _sarif(Run(moved, demo_run.documents))["runs"][0]["results"]
    assert [r["partialFingerprints"]["factcheck/v1"] for r in again] == prints


ARTICLE = (
    "Ferry riders\n"
    "\n"
    "The ferries carried 1.2 million passengers in 2024, up from 980,000 passengers in 2023,\r\n"
    "a rise of 15% that the operator called steady. Of 480 crossings, 159 crossings ran late.\n"
)


def test_an_article_given_as_text_gets_line_and_column_regions(
    schema: dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import factcheck

    jsonschema = pytest.importorskip("jsonschema")
    (tmp_path / "ferries.txt").write_text(ARTICLE, encoding="utf-8", newline="")
    monkeypatch.chdir(tmp_path)
    outcome = factcheck.verify(["ferries.txt"], formats=["sarif"], output=None)
    sarif = json.loads(outcome.rendered["sarif"])
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert [e.message for e in validator.iter_errors(sarif)] == []
    lines = ARTICLE.replace("\r\n", "\n").split("\n")
    regions = [loc["physicalLocation"] for r in sarif["runs"][0]["results"]
               for loc in r.get("locations", []) if "region" in loc["physicalLocation"]]
    assert len(regions) >= 4
    for physical in regions:
        assert physical["artifactLocation"]["uri"] == "ferries.txt"
        region = physical["region"]
        line = lines[region["startLine"] - 1]
        quote = line[region["startColumn"] - 1 : region["endColumn"] - 1]
        assert quote == region["snippet"]["text"]
        # the reader reads newlines universally: offsets count in the text with CRLF read as LF
        assert "\n".join(lines)[region["charOffset"]:][: region["charLength"]] == quote
