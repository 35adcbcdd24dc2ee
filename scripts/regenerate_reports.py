"""Regenerate ``examples/reports/``: the bundled example's reports in every format.

Run from anywhere: ``python scripts/regenerate_reports.py``. It is
``factcheck verify --format json --format markdown --format html --format
junit --format sarif --format claimreview --output examples/reports`` run in the
repository root, with one difference: the committed ``report.html`` is drawn
without the article text (the claims table with the quoted figure phrases
instead), because the article is someone else's writing and is not copied
into this repository. Run ``factcheck verify --format html`` yourself to see
the article with its figures marked.

``tests/reports/test_committed_reports.py`` fails when the committed files
differ from what this script writes.

It refuses to run (exit 2, nothing written) where the article text is not
found (``../shared`` absent, as in a user's clone): the reports would lose
every line and column that points into the text.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = Path("examples/cambodia-cross-border-crime.claims.yaml")
#: Not reports/, the default output folder, so that running factcheck in a clone leaves git clean.
COMMITTED = REPO / "examples" / "reports"
FORMATS = ("json", "markdown", "html", "junit", "sarif", "claimreview")
WITHOUT_TEXT = ("html",)


def render_committed() -> dict[str, str]:
    """Every format's text for the bundled example, as committed in ``examples/reports/``."""
    from factcheck import evaluate, load_documents, load_rules, reports
    from factcheck._bundled import bundled_rules
    from factcheck._documents import LoadedClaims

    here = Path.cwd()
    os.chdir(REPO)
    try:
        documents = load_documents([EXAMPLE])
        refuse_without_text(documents)
        report = evaluate(documents, load_rules([bundled_rules()]))
    finally:
        os.chdir(here)
    run = reports.Run(report=report, documents=documents)
    textless = reports.Run(
        report=report,
        documents=[LoadedClaims(d.claims_file, d.path, None, None) for d in documents],
    )
    rendered = reports.render(run, [f for f in FORMATS if f not in WITHOUT_TEXT])
    rendered |= reports.render(textless, WITHOUT_TEXT)
    return {name: rendered[name] for name in FORMATS}


def refuse_without_text(documents: Sequence[Any]) -> None:
    """Stop before anything is written when a document's text is missing: regions would be lost."""
    missing = [str(d.path) for d in documents if d.text is None]
    if missing:
        raise SystemExit(
            f"regenerate_reports: the article text of {', '.join(missing)} is not found (is "
            "../shared there?); regenerating would drop every line and column pointing into it "
            "from the committed reports. Nothing was written."
        )


def main() -> int:
    from factcheck import reports

    for path in reports.write_reports(render_committed(), COMMITTED):
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
