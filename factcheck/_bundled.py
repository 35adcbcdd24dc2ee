"""Where the bundled rule packs and example live, in a source tree or an installed wheel."""

from __future__ import annotations

from pathlib import Path

__all__ = ["bundled_example", "bundled_packs", "bundled_rules", "is_bundled_example"]

_PACKAGE = Path(__file__).resolve().parent


def _bundled(name: str) -> Path:
    installed = _PACKAGE / "_bundled" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def bundled_rules() -> Path:
    """The folder of bundled rule packs (``rules/`` at the top of the repository)."""
    return _bundled("rules")


def bundled_packs() -> dict[str, Path]:
    """Each bundled pack by the name ``--rules`` accepts (its folder name)."""
    return {p.name: p for p in sorted(bundled_rules().iterdir()) if p.is_dir()}


def bundled_example() -> Path:
    """The bundled claims file for the source article."""
    return _bundled("examples") / "cambodia-cross-border-crime.claims.yaml"


def is_bundled_example(path: Path) -> bool:
    """Is this the bundled example (whose article text lives outside the package)?"""
    try:
        return path.resolve() == bundled_example().resolve()
    except OSError:
        return False
