"""Rule authoring: rule cases as data (one parametrized test), the rules commands, JSON Schemas."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

import factcheck
from factcheck import _authoring
from factcheck._bundled import bundled_rules
from tests.conftest import REPO, run_cli

AUTHORING = REPO / "tests" / "data" / "authoring"
BUNDLED_TESTS = [_authoring.load_rule_tests(p) for p in _authoring.rule_tests_for(bundled_rules())]
CASES = [(loaded, i) for loaded in BUNDLED_TESTS for i in range(len(loaded.tests.cases))]


# --- the bundled rules' cases, sqlfluff style: one test, every case ---------------------


@pytest.mark.parametrize(
    ("loaded", "index"), CASES,
    ids=[f"{lt.tests.cases[i].rule}:{lt.tests.cases[i].name or lt.tests.cases[i].expect}" for lt, i in CASES],
)
def test_rule_case(loaded: _authoring.LoadedRuleTests, index: int) -> None:
    outcome = _authoring.run_case(loaded, index)
    assert outcome.ok, f"{outcome.file}:{outcome.line}: expected {outcome.expect}, got {outcome.got}: " \
                       f"{outcome.detail}"


def test_every_bundled_rule_has_a_passing_and_a_failing_case() -> None:
    tested = {r.rule.id for lt in BUNDLED_TESTS for r in lt.rules}
    bundled = {row.id for row in _authoring.rule_table()}
    assert tested == bundled, "every rules folder needs a tests.yaml"
    assert [gap for lt in BUNDLED_TESTS for gap in _authoring.uncovered_rules(lt)] == []


# --- factcheck rules test -------------------------------------------------------------------


def _pack(tmp_path: Path, cases: str) -> Path:
    (tmp_path / "rules.yaml").write_text((AUTHORING / "rules.yaml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    (tmp_path / "tests.yaml").write_text(f"cases:\n{cases}", encoding="utf-8")
    return tmp_path


VICTIMS = ("      - {id: victims, kind: count, measures: victims, value: '523'}\n"
           "      - {id: minors, kind: count, measures: victims.minor, value: '%s'}\n")


def test_rules_test_counts_cases_and_passes(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["rules", "test", str(AUTHORING)], monkeypatch, capsys)
    assert code == 0
    assert out.strip().splitlines()[-1] == "5 passed, 0 failed"


def test_a_failing_case_fails_the_run_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _pack(tmp_path, "  - rule: minors-within-victims\n    expect: pass\n    claims:\n"
                   + VICTIMS % "600")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(["rules", "test", str(folder)], monkeypatch, capsys)
    assert code == 1
    assert "FAIL  tests.yaml:2: minors-within-victims: must pass: expected pass, got fail" in out
    assert out.strip().splitlines()[-1] == "0 passed, 1 failed"
    assert "note  minors-under-half: no case that must pass" in out


def test_a_known_gap_is_reported_not_failed_until_it_is_fixed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gap = ("  - rule: minors-within-victims\n    expect: %s\n    known_gap: rounding not modelled\n"
           "    claims:\n" + VICTIMS % "600")
    code, out, _ = run_cli(["rules", "test", str(_pack(tmp_path, gap % "pass"))], monkeypatch, capsys)
    assert code == 0
    assert out.strip().splitlines()[-1] == "0 passed, 0 failed, 1 known gaps"
    code, out, _ = run_cli(["rules", "test", str(_pack(tmp_path, gap % "fail"))], monkeypatch, capsys)
    assert code == 1
    assert "remove known_gap" in out


def test_an_impossible_verdict_is_stated_instead_of_a_case(tmp_path: Path) -> None:
    folder = _pack(tmp_path, "  - rule: minors-within-victims\n    expect: pass\n    claims:\n"
                   + VICTIMS % "6" + "untestable:\n  - rule: minors-within-victims\n    expect: fail\n"
                   "    reason: for the test\n")
    (loaded,) = [_authoring.load_rule_tests(p) for p in _authoring.rule_tests_for(folder)]
    assert _authoring.uncovered_rules(loaded) == ["minors-under-half: no case that must pass",
                                                  "minors-under-half: no case that must fail"]


def test_rules_without_a_tests_file_are_noted(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text((AUTHORING / "rules.yaml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    run = _authoring.run_rule_tests([tmp_path])
    assert run.outcomes == []
    assert [u.split(":")[0] for u in run.uncovered] == ["minors-within-victims", "minors-under-half"]
    assert all("no tests file beside" in u for u in run.uncovered)


# --- list, explain, lint ----------------------------------------------------------------------


def test_rules_list_shows_id_severity_kind_and_title(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["rules", "list", str(AUTHORING)], monkeypatch, capsys)
    assert code == 0
    assert [line.split(maxsplit=3) for line in out.strip().splitlines()] == [
        ["id", "severity", "kind", "title"],
        ["minors-within-victims", "error", "compare", "Minor victims are no more than all victims"],
        ["minors-under-half", "warning", "expr", "Minors are less than half of the victims"],
    ]


def test_rules_explain_a_rule_gives_its_kind_parameters_and_an_example(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(["rules", "explain", "minors-under-half", "--rules", str(AUTHORING)],
                           monkeypatch, capsys)
    assert code == 0
    assert out.startswith("minors-under-half: Minors are less than half of the victims\n")
    assert "check kind expr:" in out
    assert "pass_if: str, required" in out
    assert "fail_if: str | None, default null" in out
    assert "tests:    3 (pass, fail, inconclusive)" in out
    assert "example:" in out


def test_rules_explain_a_check_kind(monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["rules", "explain", "range"], monkeypatch, capsys)
    assert code == 0
    assert out.startswith("check kind range: The figure lies within [min, max]")
    assert "integer: bool, default false" in out


def test_rules_explain_an_unknown_id_suggests(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["rules", "explain", "comprae"], monkeypatch, capsys)
    assert code == 2
    assert err.strip() == "factcheck: no rule or check kind 'comprae' (did you mean 'compare'?)"


def test_lint_warns_when_a_pass_reads_stated_values(tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("pack: p\nrules:\n  - id: r\n    title: T\n    check: expr\n"
                     "    claims: {a: {id: x}, b: {id: y}}\n    params: {pass_if: a.value <= b.value}\n"
                     "    message: m\n", encoding="utf-8")
    report = _authoring.lint([rules])
    assert report.problems == []
    assert [w.message for w in report.warnings] == [
        "warning: r: pass_if reads a stated .value, which ignores rounding and hedges; a pass must "
        "hold from lo to hi (e.g. 'a.hi <= b.lo')"]


# --- JSON Schema ------------------------------------------------------------------------------

SCHEMAS = REPO / "schemas"


@pytest.mark.parametrize("name", ["claims", "rules", "rule-tests", "report"])
def test_the_committed_schema_is_up_to_date(name: str) -> None:
    committed = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert committed == _authoring.json_schema(name), (
        f"regenerate it: factcheck schema {name} > schemas/{name}.schema.json")


@pytest.mark.parametrize("name", ["claims", "rules", "rule-tests", "report"])
def test_the_schema_is_draft_07_with_no_2020_12_keywords(name: str) -> None:
    schema = _authoring.json_schema(name)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)
    text = json.dumps(schema)
    for newer in ("$defs", "prefixItems", "unevaluatedProperties", "dependentSchemas", "$anchor"):
        assert newer not in text


def _plain(data: Any) -> Any:
    """YAML as an editor sees it: dates are strings."""
    if isinstance(data, dict):
        return {k: _plain(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_plain(v) for v in data]
    return data.isoformat() if isinstance(data, dt.date) else data


BUNDLED_YAML = [*sorted((REPO / "examples").glob("*.claims.yaml")), *sorted((REPO / "rules").rglob("*.yaml")),
                *sorted(AUTHORING.glob("*.yaml"))]


@pytest.mark.parametrize("path", BUNDLED_YAML, ids=[p.relative_to(REPO).as_posix() for p in BUNDLED_YAML])
def test_bundled_files_name_their_schema_and_validate_against_it(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    schema_path = (path.parent / first.split("$schema=", 1)[1]).resolve()
    assert schema_path.parent == SCHEMAS.resolve()
    expected = ("rule-tests" if path.name == "tests.yaml" else "claims" if ".claims." in path.name
                else "rules")
    assert schema_path.name == f"{expected}.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft7Validator(schema).iter_errors(_plain(yaml.safe_load(path.read_text()))))
    assert errors == []


@pytest.mark.parametrize(
    ("name", "data", "complaint"),
    [
        ("rules", {"pack": "p", "rules": [{"id": "r", "title": "T", "check": "range", "each": {},
                                            "params": {"minimum": 0}, "message": "m"}]},
         "'minimum' was unexpected"),
        ("rules", {"pack": "p", "rules": [{"id": "r", "title": "T", "check": "compare", "claims": {},
                                            "params": {"op": "=<"}, "message": "m"}]}, "'=<' is not one of"),
        ("claims", {"document": {"id": "d", "title": "T"},
                    "claims": [{"id": "a", "kind": "count", "measures": "v", "value": True}]},
         "True is not of type 'string', 'number'"),
        ("claims", {"document": {"id": "d", "title": "T"},
                    "claims": [{"id": "a", "kind": "count", "measures": "V", "value": "3"}]},
         "'V' does not match"),
    ],
)
def test_the_schema_catches_what_an_editor_should_flag(name: str, data: dict[str, Any],
                                                       complaint: str) -> None:
    validator = jsonschema.Draft7Validator(_authoring.json_schema(name))  # type: ignore[arg-type]
    messages = [e.message for e in validator.iter_errors(data)]
    messages += [c.message for e in validator.iter_errors(data) for c in e.context or []]
    assert any(complaint in m for m in messages), messages


def test_numbers_are_accepted_where_factcheck_reads_them_as_text(tmp_path: Path) -> None:
    text = ("document: {id: d, title: T}\nclaims:\n"
            "  - {id: a, kind: count, measures: v, value: 197, period: 2024}\n")
    (tmp_path / "a.claims.yaml").write_text(text, encoding="utf-8")
    loaded = factcheck.load_claims(tmp_path / "a.claims.yaml")
    assert (loaded.claims_file.claims[0].value, loaded.claims_file.claims[0].period) == ("197", "2024")
    validator = jsonschema.Draft7Validator(_authoring.json_schema("claims"))  # type: ignore[arg-type]
    assert list(validator.iter_errors(yaml.safe_load(text))) == []


def test_schema_command_prints_the_schema(monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["schema", "rules"], monkeypatch, capsys)
    assert code == 0
    assert json.loads(out) == _authoring.json_schema("rules")
    code, _, err = run_cli(["schema", "article"], monkeypatch, capsys)
    assert code == 2
    assert "unknown schema 'article'" in err
