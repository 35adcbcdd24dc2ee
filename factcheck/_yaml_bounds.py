"""Bounds on a composed YAML tree, checked before anything walks or builds it.

YAML aliases let a small file stand for a huge tree: nine levels of nine
aliases ("billion laughs") compose to a few dozen nodes that expand to
hundreds of millions, and anything that walks the expansion (validation, a
duplicate-key check) never ends. An alias to an enclosing node makes the
tree infinite. And a tree nested thousands deep exhausts the stack of code
that recurses. :func:`tree_problems` measures the composed node graph once,
visiting each distinct node once, and refuses all three; :func:`data_depth`
measures JSON data, which has no aliases but can nest as deep.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from factcheck._errors import Problem
from factcheck._limits import MAX_ALIAS_EXPANSION, MAX_NESTING

__all__ = ["data_depth", "distinct_nodes", "duplicate_keys", "plain_data", "tree_problems"]


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _problem(path: Path, node: yaml.Node, message: str) -> Problem:
    mark = node.start_mark
    return Problem(str(path), mark.line + 1, mark.column + 1, message)


def tree_problems(path: Path, root: yaml.Node | None) -> list[Problem]:
    """What keeps this tree from being read: too deep, aliased into itself, or expanding too far."""
    if root is None:
        return []
    seen: set[int] = set()
    shared = False
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:  # one pass over a tree without aliases: the usual case
        node, level = stack.pop()
        if id(node) in seen:
            shared = True
            continue
        seen.add(id(node))
        if level > MAX_NESTING:
            return [_problem(path, node, f"nested more than {MAX_NESTING} levels deep")]
        value = node.value
        if isinstance(node, yaml.MappingNode):
            stack.extend((n, level + 1) for pair in value for n in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((n, level + 1) for n in value)
    return _alias_problems(path, root, len(seen)) if shared else []


def _alias_problems(path: Path, root: yaml.Node, written: int) -> list[Problem]:
    """Aliases into an enclosing node, or expanding to too many nodes (each node measured once)."""
    expanded: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        key = id(node)
        kids = _children(node)
        if leaving:
            open_nodes.discard(key)
            expanded[key] = 1 + sum(expanded[id(k)] for k in kids)
            continue
        if key in expanded:
            continue
        open_nodes.add(key)
        stack.append((node, True))
        for kid in reversed(kids):
            if id(kid) in open_nodes:
                return [_problem(path, kid, "an alias refers to a node that contains it (an endless tree)")]
            if id(kid) not in expanded:
                stack.append((kid, False))
    if expanded[id(root)] - written > MAX_ALIAS_EXPANSION:
        # point at the smallest node that already expands too far: where the bomb is
        over = [n for n in distinct_nodes(root) if expanded[id(n)] - written > MAX_ALIAS_EXPANSION]
        at = min(over, key=lambda n: expanded[id(n)])
        return [_problem(path, at, f"aliases expand this to {expanded[id(at)]:,} values, more than "
                         f"{MAX_ALIAS_EXPANSION:,} beyond those written; write the values out instead")]
    return []


def distinct_nodes(root: yaml.Node | None) -> Iterator[yaml.Node]:
    """Every node of the tree once, in document order, however often aliases repeat it."""
    seen: set[int] = set()
    stack = [] if root is None else [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        yield node
        stack.extend(reversed(_children(node)))


def duplicate_keys(path: Path, root: yaml.Node | None) -> Iterator[Problem]:
    """A key written twice in one mapping; each mapping is looked at once, not once per alias."""
    for node in distinct_nodes(root):
        if not isinstance(node, yaml.MappingNode):
            continue
        seen: set[object] = set()
        for key, _ in node.value:
            if not isinstance(key, yaml.ScalarNode):
                continue
            if key.value in seen:
                m = key.start_mark
                yield Problem(str(path), m.line + 1, m.column + 1, f"duplicate key {key.value!r}")
            seen.add(key.value)


def data_depth(data: Any) -> int:
    """How deep lists and dicts nest in ``data`` (iteratively: deep data must not exhaust the stack)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            if deepest > MAX_NESTING:
                return deepest
            stack.extend((v, level + 1) for v in (value.values() if isinstance(value, dict) else value))
    return deepest


class _UnusualTreeError(Exception):
    """The tree has something :func:`plain_data` leaves to PyYAML and the checks above."""


_TAG = "tag:yaml.org,2002:"
#: Scalars kept as written (numbers keep their precision, dates their text).
_AS_WRITTEN = frozenset({f"{_TAG}int", f"{_TAG}float", f"{_TAG}timestamp"})
_BOOLEANS = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False}
#: The tags :func:`_build` asks about, spelled once (it visits every node of every claims file).
_STR, _NULL, _BOOL, _SEQ, _MAP, _MERGE = (
    f"{_TAG}{name}" for name in ("str", "null", "bool", "seq", "map", "merge")
)


def plain_data(root: yaml.Node) -> tuple[bool, Any]:
    """The data of a tree with no alias, no merge key, no duplicate key, no other tag, not too deep.

    One pass that builds what the safe loader (numbers as written) would
    build, for the files people write; ``(False, None)`` for anything else, so
    that the caller runs the full checks (:func:`tree_problems`,
    :func:`duplicate_keys`) and PyYAML's constructor, which answer exactly
    as they always did.
    """
    seen: set[int] = set()
    try:
        return True, _build(root, 1, seen)
    except _UnusualTreeError:
        return False, None


def _build(node: yaml.Node, level: int, seen: set[int]) -> Any:
    if level > MAX_NESTING or id(node) in seen:
        raise _UnusualTreeError
    seen.add(id(node))
    tag = node.tag
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    inner = level + 1
    if isinstance(node, yaml.SequenceNode) and tag == _SEQ:
        return [_build(item, inner, seen) for item in node.value]
    if isinstance(node, yaml.MappingNode) and tag == _MAP:
        out: dict[Any, Any] = {}
        shallow = inner <= MAX_NESTING
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _MERGE:
                raise _UnusualTreeError
            # a scalar key or value (most nodes of a claims file) is built here, as _build would
            if shallow and type(key_node) is _SCALAR and (n := id(key_node)) not in seen:
                seen.add(n)
                key = _scalar(key_node)
            else:
                key = _build(key_node, inner, seen)
            if key in out:
                raise _UnusualTreeError
            if shallow and type(value_node) is _SCALAR and (n := id(value_node)) not in seen:
                seen.add(n)
                t = value_node.tag
                out[key] = str(value_node.value) if t == _STR or t in _AS_WRITTEN else _scalar(value_node)
            else:
                out[key] = _build(value_node, inner, seen)
        return out
    raise _UnusualTreeError


_SCALAR = yaml.ScalarNode


def _scalar(node: yaml.ScalarNode) -> Any:
    tag, value = node.tag, node.value
    if tag == _STR or tag in _AS_WRITTEN:
        return str(value)
    if tag == _NULL:
        return None
    if tag == _BOOL and value.lower() in _BOOLEANS:
        return _BOOLEANS[value.lower()]
    raise _UnusualTreeError
