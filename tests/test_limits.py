"""The figures-per-document bound: a default, raised by the environment or the option, counted cheaply."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from factcheck import _limits, cli
from factcheck._errors import InputError
from factcheck.extract import extract_claims, figures_to_read, scan


def _run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["factcheck", *args])
    with pytest.raises(SystemExit) as done:
        cli.main()
    return int(done.value.code or 0)


@pytest.fixture
def article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An article of 40 figures, with the default bound lowered to 30 (so it is over it)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(_limits.ENV_MAX_FIGURES, raising=False)
    monkeypatch.setattr(_limits, "DEFAULT_MAX_FIGURES", 30)
    path = tmp_path / "article.txt"
    path.write_text("The port handled 1,200 ships in 2023, up 4% from 1,154. " * 10, encoding="utf-8")
    assert figures_to_read(path.read_text(encoding="utf-8")) == 40
    return path


def test_the_default_bound_refuses_the_article(article: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(monkeypatch, "extract", str(article)) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"{article}:1:1: the article has 40 figures; the limit is 30 figures per document "
        "(raise it with --max-figures or FACTCHECK_MAX_FIGURES)"
    ]


def test_the_environment_raises_the_bound(article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_limits.ENV_MAX_FIGURES, "40")
    assert _run(monkeypatch, "extract", str(article), "-o", "article.claims.yaml") == 0
    assert Path("article.claims.yaml").read_text(encoding="utf-8").count("- id:") >= 4


def test_the_option_raises_the_bound_over_the_environment(
    article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(_limits.ENV_MAX_FIGURES, "10")
    assert _run(monkeypatch, "verify", str(article), "-o", "out", "-f", "json") == 2
    assert _run(monkeypatch, "verify", str(article), "-o", "out", "-f", "json", "--max-figures", "40") != 2
    assert Path("out/report.json").is_file()
    # the next run without the option reads the environment again
    assert _run(monkeypatch, "verify", str(article), "-o", "out2", "-f", "json") == 2


def test_the_library_keeps_the_bound_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_limits.ENV_MAX_FIGURES, "3")
    with pytest.raises(InputError, match="the article has 4 figures; the limit is 3 figures"):
        extract_claims("Sales rose 5% to 120 units in 2021 and 3 shops.")
    assert len(extract_claims("Sales rose 5% to 120 units in 2021.").claims) == 3


@pytest.mark.parametrize("raw", ["", "zero", "-5", "0", "1e9"])
def test_a_bound_the_environment_cannot_give_falls_back_to_the_default(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(_limits.ENV_MAX_FIGURES, raw)
    assert _limits.max_figures() == _limits.DEFAULT_MAX_FIGURES


def test_the_environment_may_group_digits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_limits.ENV_MAX_FIGURES, "20_000")
    assert _limits.max_figures() == 20_000


def test_a_bound_below_one_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        _limits.set_max_figures(0)


@pytest.mark.parametrize("text", [
    "The port handled 1,200 ships in 2023, up 4% from 1,154 on 3 March.",
    "Three boats, a third of them new, and 2.5 million tonnes; nearly half were late.",
    "Le port a traité 1 200 navires en 2023, soit 4,5 % de plus.",
])
def test_the_count_is_at_least_what_the_scan_reads(text: str) -> None:
    """The bound is on work: a figure the scan reads is never left out of the count."""
    assert figures_to_read(text) >= len(scan(text)[0])
