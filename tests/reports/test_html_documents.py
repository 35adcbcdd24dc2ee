"""The HTML report of several documents lists them, the worst first, each linked to its section."""

from __future__ import annotations

import re
from pathlib import Path

import factcheck
from factcheck import reports
from factcheck._bundled import bundled_rules
from tests.conftest import EXAMPLE


def _html(paths: list[Path]) -> str:
    documents = factcheck.load_documents(paths)
    report = factcheck.evaluate(documents, factcheck.load_rules([bundled_rules()]))
    return reports.render(reports.Run(report=report, documents=documents), ["html"])["html"]


def test_several_documents_are_listed_worst_first_with_links(tmp_path: Path) -> None:
    good = tmp_path / "good.claims.yaml"
    bad = tmp_path / "bad.claims.yaml"
    text = "".join(line for line in EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("  text: "))  # a claims file names a text in its own folder only
    good.write_text(text.replace("  id: cambodia-cross-border-crime", "  id: good-one", 1), encoding="utf-8")
    bad.write_text(text.replace("  id: cambodia-cross-border-crime", "  id: bad-one", 1)
                   .replace('value: "', 'value: "9', 1), encoding="utf-8")
    html = _html([good, bad])
    start = html.index('<nav class="documents"')
    listing = html[start:html.index("</nav>", start)]
    links = re.findall(r'<a href="#doc-([^"]+)">', listing)
    assert links == ["bad-one", "good-one"]
    for document_id in links:
        assert f'id="doc-{document_id}"' in html


def test_one_document_needs_no_list() -> None:
    assert '<nav class="documents"' not in _html([EXAMPLE])
