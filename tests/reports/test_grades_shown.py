"""The terminal and Markdown reports show a failure's grade and a pass that rests on slack."""

from __future__ import annotations

from pathlib import Path

import yaml

import factcheck
from factcheck import reports
from factcheck.testing import as_loaded
from tests.conftest import claim


def _rendered(tmp_path: Path) -> dict[str, str]:
    rules = tmp_path / "rules.yaml"
    rules.write_text(yaml.safe_dump({"pack": "t", "rules": [
        {"id": "change", "title": "c", "check": "change", "relation": "change_of", "message": "m"}]}))

    def doc(id: str, new: str) -> factcheck.LoadedClaims:
        claims = [
            claim("new", new, measures="x", period="2024"),
            claim("old", "164", measures="x", period="2023"),
            claim("c", "40", "change", unit="percent", direction="increase", change_of="new", baseline="old"),
        ]
        return as_loaded(factcheck.ClaimsFile(document=factcheck.Document(id=id, title=id), claims=claims))

    docs = [doc("loose", "230"), doc("wrong", "150")]
    report = factcheck.evaluate(docs, factcheck.load_rules([rules]))
    return reports.render(reports.Run(report=report, documents=docs, color=False, width=120),
                          ["terminal", "markdown"])


def test_grade_and_slack_are_shown(tmp_path: Path) -> None:
    out = _rendered(tmp_path)
    assert "pass (slack)" in out["terminal"]
    assert "fail (gross)" in out["terminal"]  # 164 → 150 is a fall, stated as a rise
    assert "✅ pass (slack)" in out["markdown"]
    assert "❌ fail (gross)" in out["markdown"]
