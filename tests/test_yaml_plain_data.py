"""The one-pass reading of a plain YAML tree builds what PyYAML builds, and leaves the rest to it."""

from __future__ import annotations

import pytest

from factcheck._loading import _TextLoader
from factcheck._yaml_bounds import plain_data


def _both(text: str) -> tuple[tuple[bool, object], object]:
    loader = _TextLoader(text)
    try:
        root = loader.get_single_node()
        assert root is not None
        return plain_data(root), loader.construct_document(root)
    finally:
        loader.dispose()


@pytest.mark.parametrize("text", [
    "a: 1\nb: 15.70\nc: 2024-01-05\nd: yes\ne: ~\nf: 'quoted'\ng: [1, two, {h: Off}]\n",
    "- {start: 0, end: 4, quote: \"1,20\"}\n- null\n- .inf\n- 0x1F\n",
    "plain text on its own",
])
def test_a_plain_tree_reads_as_the_safe_loader_reads_it(text: str) -> None:
    (plain, data), expected = _both(text)
    assert plain
    assert data == expected


@pytest.mark.parametrize("text", [
    "a: &x [1, 2]\nb: *x\n",  # an alias: the bound checks measure it
    "base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n",  # a merge key
    "a: 1\na: 2\n",  # a duplicate key: reported with its line
    "a: !!binary aGk=\n",  # another tag
    "? [1, 2]\n: complex key\n",
    "yes: 1\ntrue: 2\n",  # two spellings of one key
    "[" * 70 + "]" * 70,  # too deep
])
def test_anything_unusual_is_left_to_the_full_checks(text: str) -> None:
    loader = _TextLoader(text)
    try:
        root = loader.get_single_node()
        assert root is not None
        assert plain_data(root) == (False, None)
    finally:
        loader.dispose()
