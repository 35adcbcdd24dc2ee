"""The one registry type: names are unique, listed sorted, and a near miss gets a suggestion."""

from __future__ import annotations

import pytest

from factcheck import checks, reports
from factcheck._registry import Registry, UnknownNameError
from factcheck._relations import RELATIONS


def test_entries_are_listed_sorted_and_a_name_is_taken_once() -> None:
    registry: Registry[int] = Registry("number")
    registry.add("two", 2)
    registry.add("one", 1)
    registry.add("one", 1)  # the same entry again (a module imported twice) is no conflict
    assert list(registry) == ["one", "two"]
    with pytest.raises(ValueError, match="number 'one' is registered twice"):
        registry.add("one", 11)


def test_an_unknown_name_gets_the_closest_and_every_choice() -> None:
    registry: Registry[int] = Registry("number")
    registry.add("seven", 7)
    registry.add("eleven", 11)
    with pytest.raises(UnknownNameError) as caught:
        registry.lookup("sevn")
    assert str(caught.value) == "unknown number 'sevn' (did you mean 'seven'?); choose from eleven, seven"


def test_check_kinds_formats_and_relations_are_registries_that_find_their_modules() -> None:
    assert {"compare", "expr", "figures_agree"} <= set(checks.KINDS)
    assert {"html", "json", "terminal"} <= set(reports.FORMATS)
    assert list(RELATIONS) == [
        "change_both_ways", "change_of", "combined_of", "difference", "listed_parts", "listed_shares",
        "mean_of", "moved_from", "one_whole", "part_of", "rate_of", "same_figure", "share_of", "sum_of",
        "total_change"]
    with pytest.raises(UnknownNameError, match="did you mean 'compare'"):
        checks.get("compair")
