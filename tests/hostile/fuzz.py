"""Fuzz targets: what factcheck must survive, and the only error each may raise.

Each target is a Hypothesis strategy of hostile input and a check that feeds
it to one reader (claims files, rule packs, the number reader and unrounding,
the extractor, message templates, CEL expressions). The check lets the
documented error through (:class:`~factcheck.InputError`, or ``ValueError``
for the number reader) and nothing else: any other exception is a bug.

``tests/test_fuzz.py`` runs every target with a few examples on each test
run; ``bench/fuzz.py`` runs them for minutes.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

import factcheck
from factcheck import InputError

DATA = Path(__file__).resolve().parent.parent / "data"
STORY = (DATA / "contradictory.claims.yaml").read_text(encoding="utf-8")
STORY_TEXT = (DATA / "contradictory.txt").read_text(encoding="utf-8")

# --- strategies ------------------------------------------------------------------------------

_YAML_BITS = [
    "&a ", "*a", "&b [*a, *a, *a]", "[", "]", "{", "}", ": ", "- ", "? ", "\n", "\n  ", "\t", '"', "'",
    "!!str ", "!!python/object ", "<<: *a", "---\n", "...\n", "#", "\x00", "\x1b[2J", "\ufeff", "%YAML 1.1\n",
    "value: ", '"412"', "1e400", "9" * 400, "0x1F", ".inf", "-.5", "null", "~", "2024-02-30", "id: x",
    "text: /etc/passwd", "text: ../x.txt", "text: /dev/zero", "mentions: [{start: 0, end: 99999}]",
]


@st.composite
def mutated(draw: st.DrawFn, base: str, bits: list[str]) -> str:
    """``base`` with a few random cuts and insertions of hostile fragments."""
    text = base
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + draw(st.sampled_from(bits) | st.text(max_size=8)) + text[at:]
        else:
            text = text[:at] + text[at + draw(st.integers(0, 40)) :]
    return text


def _claims_texts() -> st.SearchStrategy[str]:
    return mutated(STORY, _YAML_BITS) | st.lists(st.sampled_from(_YAML_BITS), max_size=30).map("".join)


_NUMBER_BITS = [
    "0", "1", "9", "5", ".", ",", " ", "-", "+", "−", "/", "e", "E", "million", "bn", "k", "thousand",
    "\u2009", "\u00a0", "١", "٣", "½", "%", "x", "0" * 50, "9" * 400,
]
_JSON_BITS = [
    "{", "}", "[", "]", '"document"', ":", ",", '"x"', "1e999", "9" * 400, "null", '"claims"', "[" * 70,
]
json_texts = st.lists(st.sampled_from(_JSON_BITS), max_size=40).map("".join)

numbers = st.lists(st.sampled_from(_NUMBER_BITS), min_size=1, max_size=12).map("".join) | st.text(max_size=20)

_CEL_BITS = [
    "a", "x", "y", ".", "lo", "hi", "value", "all", "exists", "map", "filter", "size", "abs", "sum", "(",
    ")", "[", "]", "{", "}", ",", ":", " ", "\n", "//", '"', "'", '"""', "'''", 'r"', "b'", "br'", "\\",
    "1", "0", "100", "2.5", "1e308", "+", "-", "*", "/", "%", "&&", "||", "!", "==", "<", ">=", "?",
    "true", "null", "in", "cel", "bind", "matches", "`",
]
expressions = st.lists(st.sampled_from(_CEL_BITS), min_size=1, max_size=40).map("".join)

_JINJA_BITS = [
    "{{", "}}", "{%", "%}", "{#", "#}", " ", "for", "i", "in", "range(", ")", "99999", "9", "**", "*",
    "'x'", "~", "|", "join", "center", "replace", "format", "(", ",", "endfor", "if", "endif", "set",
    "=", "claim", ".", "label", "__class__", "namespace", "macro", "endmacro", "f", "10", "/", "0",
    "lipsum", "%", "[", "]", "loop", "cycler",
]
templates = st.lists(st.sampled_from(_JINJA_BITS), min_size=1, max_size=40).map("".join)

_ARTICLE_BITS = [
    "The", " ", "office", "counted", "412", "1,250", "3.5", "million", "%", "per cent", "over", "about",
    "nearly", "up", "from", "to", "in", "2024", ",", ".", "\n", "\n\n", "half", "a third", "$", "€", "1/3",
    "-", "−", "twenty-five", "9" * 45, "0." + "1" * 60, "<p>", "</p>", "<script>", "&amp;", "(", ")",
]
articles = st.lists(st.sampled_from(_ARTICLE_BITS), max_size=80).map("".join) | st.text(max_size=200)

# --- checks ----------------------------------------------------------------------------------


@cache
def _scratch() -> Path:
    """One folder for the whole run; each check overwrites its files (thousands of examples)."""
    return Path(tempfile.mkdtemp(prefix="factcheck-fuzz-"))


def check_claims_file(text: str, suffix: str = ".claims.yaml") -> None:
    folder = _scratch()
    (folder / "contradictory.txt").write_text(STORY_TEXT, encoding="utf-8")
    path = folder / f"story{suffix}"
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(InputError):
        factcheck.load_claims(path)


def check_rules_file(text: str) -> None:
    path = _scratch() / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with contextlib.suppress(InputError):
        factcheck.load_rules([path])


def check_number(text: str) -> None:
    try:
        stated = factcheck.parse_number(text)
    except ValueError:
        return
    for rounding in ("up_or_down", "up", "down", "even", "ceiling", "floor", "truncate"):
        interval = factcheck.unround(stated, rounding)
        interval.describe()


@cache
def _story() -> Any:
    folder = _scratch() / "story"
    folder.mkdir()
    (folder / "contradictory.txt").write_text(STORY_TEXT, encoding="utf-8")
    (folder / "story.claims.yaml").write_text(STORY, encoding="utf-8")
    return factcheck.load_claims(folder / "story.claims.yaml")


def _run_rule(rule: dict[str, Any]) -> None:
    path = _scratch() / "rules.yaml"
    path.write_text(yaml.safe_dump({"pack": "fuzz", "rules": [rule]}), encoding="utf-8")
    try:
        compiled = factcheck.load_rules([path])
    except InputError:
        return
    report = factcheck.evaluate([_story()], compiled)
    for result in report.results:
        assert isinstance(result.message, str)


def check_template(message: str) -> None:
    _run_rule({"id": "t", "title": "fuzz", "check": "range", "each": {"kind": "count"},
               "params": {"min": 0}, "message": message})


def check_expression(source: str) -> None:
    _run_rule({"id": "e", "title": "fuzz", "check": "expr",
               "claims": {"a": {"measures": "households.moved"}, "b": {"kind": "change"}},
               "params": {"lists": ["a"], "pass_if": source}, "message": "m"})


def check_article(text: str) -> None:
    try:
        claims = factcheck.extract_claims(text)
    except InputError:
        return
    factcheck.ClaimsFile.model_validate(claims.to_data())


@dataclass(frozen=True)
class Target:
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]


TARGETS: dict[str, Target] = {
    "claims-yaml": Target(_claims_texts(), check_claims_file),
    "claims-json": Target(json_texts, lambda text: check_claims_file(text, ".claims.json")),
    "rules-yaml": Target(mutated((Path(__file__).resolve().parents[2] / "rules" / "generic" / "rules.yaml")
                                 .read_text(encoding="utf-8"), _YAML_BITS), check_rules_file),
    "numbers": Target(numbers, check_number),
    "templates": Target(templates, check_template),
    "expressions": Target(expressions, check_expression),
    "extractor": Target(articles, check_article),
}
