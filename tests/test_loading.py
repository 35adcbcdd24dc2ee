"""Loading: every problem in a claims or rules file points at its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck

GOOD_CLAIM = "  - {id: a, kind: count, measures: victims, value: '3'}\n"


def _problems(path: Path, text: str, load: object) -> list[str]:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(factcheck.InputError) as caught:
        load(path)  # type: ignore[operator]
    return [str(p) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("document: {id: d, title: T}\nclaims:\n  - {id: a, kind: count\n", ":4:1: YAML syntax"),
        ("document: {id: d, title: T}\nclaims:\n" + GOOD_CLAIM + "  - {id: b, kind: count, measures: v, "
         "valeu: '3'}\n", ":4:39: unknown field 'valeu' (did you mean 'value'?)"),
        ("document: {id: d, title: T}\nclaims:\n" + GOOD_CLAIM + GOOD_CLAIM,
         ":4:10: duplicate claim id 'a'"),
        ("document: {id: d, title: T}\nclaims:\n" + GOOD_CLAIM
         + "  - {id: b, kind: count, measures: v, value: '1', part_of: victim}\n",
         ":4:60: no claim has id 'victim'"),
        ("document: {id: d, title: T}\nclaims:\n  - {id: a, kind: cont, measures: v, value: '1'}\n",
         ":3:19: kind: 'cont' is not one of count, percentage,"),
        ("document: {id: d, title: T}\ndocument: {id: e, title: U}\nclaims: []\n",
         ":2:1: duplicate key 'document'"),
    ],
)
def test_claims_file_problems_point_at_the_spot(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "bad.claims.yaml"
    problems = _problems(path, text, factcheck.load_claims)
    assert any(p.startswith(str(path)) and expected in p for p in problems), problems


def test_all_problems_of_a_file_come_at_once(tmp_path: Path) -> None:
    text = ("document: {id: d, title: T}\nclaims:\n"
            "  - {id: a, kind: count, measures: v, value: 'x'}\n"
            "  - {id: b, kind: count, measures: v, value: '1', colour: red}\n")
    problems = _problems(tmp_path / "c.claims.yaml", text, factcheck.load_claims)
    assert [p.split(":")[1] for p in problems] == ["3", "4"]


def test_a_quote_that_does_not_match_the_text_is_refused(tmp_path: Path) -> None:
    (tmp_path / "text.txt").write_text("They counted 197 cases.", encoding="utf-8")
    text = ("document: {id: d, title: T, text: text.txt}\nclaims:\n"
            "  - {id: a, kind: count, measures: cases, value: '197', mentions: "
            "[{start: 13, end: 22, quote: '179 cases'}]}\n")
    (problem,) = _problems(tmp_path / "c.claims.yaml", text, factcheck.load_claims)
    assert "quote '179 cases' does not match the text at 13-22, which reads '197 cases'" in problem


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("{id: r, title: T, check: compair, each: {}, message: m}", "unknown check kind 'compair' "
         "(did you mean 'compare'?)"),
        ("{id: r, title: T, check: range, params: {minimum: 0}, each: {}, message: m}",
         "unknown field 'minimum'"),
        ("{id: r, title: T, check: compare, claims: {a: {id: x}}, message: m}", "needs a claim for role 'b'"),
        ("{id: r, title: T, check: range, each: {}, message: '{{ claim'}", "message template"),
        ("{id: r, title: T, check: range, message: m}", "exactly one way"),
    ],
)
def test_rules_file_problems_point_at_the_spot(tmp_path: Path, rule: str, expected: str) -> None:
    path = tmp_path / "bad.rules.yaml"
    problems = _problems(path, f"pack: p\nrules:\n  - {rule}\n", lambda p: factcheck.load_rules([p]))
    assert any(f"{path}:3:" in p and expected in p for p in problems), problems


def test_rule_ids_are_unique_across_packs(tmp_path: Path) -> None:
    rule = "pack: {}\nrules:\n  - {{id: same, title: T, check: range, each: {{}}, message: m}}\n"
    (tmp_path / "a.yaml").write_text(rule.format("a"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(rule.format("b"), encoding="utf-8")
    with pytest.raises(factcheck.InputError, match="duplicate rule id 'same'"):
        factcheck.load_rules([tmp_path])
