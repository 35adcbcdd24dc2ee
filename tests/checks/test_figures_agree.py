"""figures_agree: the same figure in several documents allows a common value."""

from __future__ import annotations

import pytest

from factcheck import Status
from factcheck._readings import ClaimReading
from factcheck.checks import Binding, NoParams, get
from tests.conftest import claim


def _in(doc: str, c: object) -> ClaimReading:
    return ClaimReading.model_construct(**{**dict(c), "document": doc})  # type: ignore[call-overload]


def _run(*figures: object) -> object:
    (finding,) = get("figures_agree").function(Binding({"figures": list(figures)}), NoParams())
    return finding


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        (("197", "exact"), ("197", "exact"), Status.PASS),
        (("197", "exact"), ("200", "nearly"), Status.PASS),
        (("197", "exact"), ("198", "exact"), Status.FAIL),
    ],
)
def test_figures_agree(a: tuple[str, str], b: tuple[str, str], status: Status) -> None:
    x = _in("one", claim("cases", a[0], qualifier=a[1], period="2024"))
    y = _in("two", claim("cases", b[0], qualifier=b[1], period="2024"))
    assert _run(x, y).status is status  # type: ignore[attr-defined]


def test_crossing_a_stated_threshold_is_gross() -> None:
    x = _in("one", claim("rise", "20", "change", unit="percent", direction="increase", qualifier="over"))
    y = _in("two", claim("rise", "15", "change", unit="percent", direction="increase"))
    z = _in("two", claim("rise", "21", "change", unit="percent", direction="increase"))
    assert _run(x, y).grade == "gross"  # type: ignore[attr-defined]
    assert _run(y, z).grade == "major"  # type: ignore[attr-defined]
    close = _in("two", claim("rise", "15.9", "change", unit="percent", direction="increase"))
    assert _run(_in("one", claim("rise", "15", "change", unit="percent", direction="increase")),
                close).grade == "minor"  # type: ignore[attr-defined]
