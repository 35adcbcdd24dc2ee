"""Files too big, too odd or too hostile to write into ``cases.yaml`` literally.

Each generator takes the case's folder and its arguments and makes files
there; ``cases.yaml`` names it under ``make:`` as ``{generator: [args...]}``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parent.parent / "data"


def story(folder: Path, *edits: list[str]) -> None:
    """A small, correct claims file and its text (``story.claims.yaml``, ``story.txt``), edited."""
    claims = (DATA / "contradictory.claims.yaml").read_text(encoding="utf-8")
    claims = claims.replace("text: contradictory.txt", "text: story.txt")
    for old, new in edits:
        assert old in claims, old
        claims = claims.replace(old, new)
    (folder / "story.claims.yaml").write_text(claims, encoding="utf-8")
    (folder / "story.txt").write_text((DATA / "contradictory.txt").read_text(encoding="utf-8"), "utf-8")


def story_value(folder: Path, head: str, unit: str, times: int) -> None:
    """``story`` whose first figure's value is ``head`` + ``unit`` × ``times`` (huge numbers)."""
    story(folder, ['value: "412"', f'value: "{head}{unit * times}"'])


def story_text_name(folder: Path, unit: str, times: int) -> None:
    """``story`` whose ``document.text`` is ``unit`` × ``times`` (names too long for the system)."""
    story(folder, ["text: story.txt", f"text: {unit * times}"])


def fifo(folder: Path, name: str) -> None:
    os.mkfifo(folder / name)


def symlink(folder: Path, name: str, target: str) -> None:
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, folder / name)


def folder(folder: Path, name: str) -> None:
    (folder / name).mkdir(parents=True, exist_ok=True)


def repeat(folder: Path, name: str, head: str, unit: str, times: int, tail: str = "") -> None:
    """``head`` + ``unit`` × ``times`` + ``tail``: long numbers, deep nesting, big files."""
    (folder / name).write_text(head + unit * times + tail, encoding="utf-8")


def nest(folder: Path, name: str, head: str, opening: str, closing: str, times: int, tail: str = "") -> None:
    """``head`` + ``opening`` × ``times`` + ``closing`` × ``times`` + ``tail``: well-formed deep nesting."""
    (folder / name).write_text(head + opening * times + closing * times + tail, encoding="utf-8")


def raw(folder: Path, name: str, data: str) -> None:
    """Bytes as written, with ``\\xNN`` escapes (for text that is not UTF-8)."""
    (folder / name).write_bytes(data.encode("latin-1").decode("unicode_escape").encode("latin-1"))


def alias_bomb(folder: Path, name: str, levels: int = 9, width: int = 9, at: str = "claims") -> None:
    """"Billion laughs": each level a list of ``width`` aliases of the level below."""
    lines = ['l0: &l0 ["lol"]'] if at == "claims" else ['pack: bomb', 'l0: &l0 ["lol"]']
    for i in range(1, levels + 1):
        lines.append(f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * width) + "]")
    if at == "claims":
        lines += ["document: {id: bomb, title: Bomb}", f"claims: *l{levels}"]
    else:
        lines += [f"rules: *l{levels}"]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_only_copy(folder: Path, name: str, text: str) -> None:
    """A file whose content the case expects to find unchanged afterwards."""
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def message_rule(folder: Path, message: str) -> None:
    """``rules.yaml``: one rule that passes on ``story``, with this message template."""
    rule = {"pack": "hostile", "rules": [{
        "id": "t", "title": "a hostile message", "check": "range",
        "each": {"measures": "households.moved.with_children"}, "params": {"min": 0}, "message": message,
    }]}
    (folder / "rules.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")


def expression_rule(folder: Path, pass_if: str) -> None:
    """``rules.yaml``: one ``expr`` rule over the list of households figures, testing ``pass_if``."""
    rule = {"pack": "hostile", "rules": [{
        "id": "e", "title": "a hostile expression", "check": "expr",
        "claims": {"a": {"measures": "households.moved"}},
        "params": {"lists": ["a"], "pass_if": pass_if}, "message": "{{ a | join(', ') }}",
    }]}
    (folder / "rules.yaml").write_text(yaml.safe_dump(rule, allow_unicode=True), encoding="utf-8")


GENERATORS: dict[str, Callable[..., Any]] = {
    "story": story,
    "story_value": story_value,
    "story_text_name": story_text_name,
    "fifo": fifo,
    "symlink": symlink,
    "folder": folder,
    "repeat": repeat,
    "raw": raw,
    "nest": nest,
    "alias_bomb": alias_bomb,
    "file": read_only_copy,
    "message_rule": message_rule,
    "expression_rule": expression_rule,
}
