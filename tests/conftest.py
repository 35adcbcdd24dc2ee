"""Shared fixtures: where the repository and the source article are, and small claim builders."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

import factcheck
from factcheck import _limits, cli
from factcheck.testing import as_loaded

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
ARTICLE = SHARED / "articles" / "cambodia-cross-border-crime.txt"
EXAMPLE = REPO / "examples" / "cambodia-cross-border-crime.claims.yaml"

# One example runs a rule on a few generated claim sets: on a busy 2-core CI machine that can
# take longer than the default 200 ms deadline now and then, which is a flake, not a finding.
settings.register_profile("factcheck", deadline=None)
settings.load_profile("factcheck")


@pytest.fixture(autouse=True)
def _limits_back_to_default() -> Iterator[None]:
    """A command run in-process with --max-figures or --max-input-bytes sets them for the process."""
    yield
    _limits.set_max_figures(None)
    _limits.set_max_input_bytes(None)


@pytest.fixture
def article_text() -> str:
    """The source article; tests that need it skip where ../shared is absent (a user's clone)."""
    if not ARTICLE.is_file():
        pytest.skip(f"the source article is not at {ARTICLE} (only CI and the developers have ../shared)")
    return ARTICLE.read_text(encoding="utf-8")


def claim(
    id: str, value: str, kind: str = "count", measures: str | None = None, **extra: Any
) -> factcheck.Claim:
    """A claim with one mention whose quote is its value, for unit tests."""
    mentions = extra.pop("mentions", None)
    if mentions is None:
        mentions = [{"start": 0, "end": len(value), "quote": value}]
    return factcheck.Claim.model_validate(
        {"id": id, "kind": kind, "measures": measures or id.replace("-", "."), "value": value,
         "mentions": mentions, **extra}
    )


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch,
            capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the console entry point in-process: (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["factcheck", *args])
    with pytest.raises(SystemExit) as exited:
        cli.main()
    out = capsys.readouterr()
    return int(exited.value.code or 0), out.out, out.err


RunRule = Callable[..., list[factcheck.Result]]


@pytest.fixture
def run_rule(tmp_path: Path) -> RunRule:
    """Evaluate one rule, given as keyword fields, on the given claims; returns its results."""

    def run(claim_set: list[factcheck.Claim], /, **rule: Any) -> list[factcheck.Result]:
        import yaml

        rule = {"id": "under-test", "title": "Rule under test", "message": "{{ status }}", **rule}
        path = tmp_path / "rules.yaml"
        path.write_text(yaml.safe_dump({"pack": "test", "rules": [rule]}), encoding="utf-8")
        document = factcheck.Document(id="doc", title="Test document")
        cf = factcheck.ClaimsFile(document=document, claims=claim_set)
        report = factcheck.evaluate([as_loaded(cf)], factcheck.load_rules([path]))
        return report.results

    return run


def verified(tmp_path: Path, text: str, *rules: str, name: str = "story.txt") -> list[factcheck.Result]:
    """The results `factcheck verify` gives an article of ``text``, skipped ones left out.

    With ``rules`` named, only their results: the extraction tests each watch the rules
    their wording feeds.
    """
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    return [r for r in factcheck.verify([article], output=None).report.results
            if r.status is not factcheck.Status.SKIPPED and (not rules or r.rule in rules)]
