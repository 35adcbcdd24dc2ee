"""Every rule message the README and docs show renders as a sentence: each figure once, no noun twice.

The README's own rule once rendered "450 households with children among 412
households households": ``{{ b }}`` printed the quote with its noun and the
message added the noun again. Each documented rule is loaded (which renders
its message against a sample claim per role) and run on the claims the same
page shows.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck import InputError
from tests.conftest import REPO

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
_BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)
_TWICE = re.compile(r"\b(\w+) \1\b", re.I)


def _blocks(page: Path) -> list[str]:
    return _BLOCK.findall(page.read_text(encoding="utf-8"))


def _rules_block(body: str) -> str | None:
    """A whole rules file, or an appended rule (a list item) wrapped as one."""
    if "message:" not in body:
        return None
    if "rules:" in body:
        return body
    if body.lstrip().startswith(("- ", "#")) and "  - id:" in body:
        return "pack: documented\nrules:\n" + body
    return None


def _claims(page: Path, tmp_path: Path) -> list[factcheck.LoadedClaims]:
    found = []
    for n, body in enumerate(_blocks(page)):
        data = yaml.safe_load(body)
        if isinstance(data, dict) and "document" in data and "claims" in data:
            data["document"].pop("text", None)
            path = tmp_path / f"{page.stem}-{n}.claims.yaml"
            path.write_text(yaml.safe_dump(data), encoding="utf-8")
            found.append(factcheck.load_claims(path))
    return found


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_documented_messages_render_each_figure_once(page: Path, tmp_path: Path) -> None:
    documents = _claims(page, tmp_path)
    rendered = []
    for n, body in enumerate(_blocks(page)):
        text = _rules_block(body)
        if text is None:
            continue
        path = tmp_path / f"{page.stem}-{n}.rules.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            rules = factcheck.load_rules([path])
        except InputError as exc:
            problems = exc.problems
        else:
            problems = []
        # the tutorial shows rules with typos on purpose; a message must never be the problem
        assert not any("message" in p.message for p in problems), problems
        if problems:
            continue
        if documents:
            report = factcheck.evaluate(documents, rules)
            rendered += [r.message for r in report.results if r.claims]
    for message in rendered:
        assert "{{" not in message
        assert not _TWICE.search(message), message
    if page.name == "README.md":
        assert "450 households with children among 412 households" in rendered


def test_a_figure_prints_without_its_noun_and_with_it_on_request(tmp_path: Path) -> None:
    from factcheck._template_claim import TemplateClaim
    from tests.conftest import claim

    c = claim("kids", "450", label="households with children",
              mentions=[{"start": 0, "end": 30, "quote": "450 households with children"}])
    view = TemplateClaim(c)
    assert str(view) == "450"
    assert view.with_label == "450 households with children"
    assert view.stated == "450 households with children"
    hedged = TemplateClaim(claim("rise", "20", "change", unit="percent", qualifier="over",
                             direction="increase"))
    assert str(hedged) == "over 20 %"
