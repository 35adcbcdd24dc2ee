"""Relations find their instances in the claims file they are given, however many files came before."""

from __future__ import annotations

import factcheck
from factcheck._relations import RELATIONS
from tests.conftest import claim


def _file(claims: list[factcheck.Claim]) -> factcheck.ClaimsFile:
    return factcheck.ClaimsFile(document=factcheck.Document(id="d", title="T"), claims=claims)


def _wholes(cf: factcheck.ClaimsFile) -> list[tuple[str, list[str]]]:
    found = []
    for roles in RELATIONS["part_of"].instances(cf):
        whole, parts = roles["whole"], roles["parts"]
        assert isinstance(whole, factcheck.Claim)
        assert isinstance(parts, list)
        found.append((whole.value, [p.id for p in parts]))
    return found


def test_each_claims_file_is_read_by_its_own_claims_even_with_the_same_ids() -> None:
    first = _file([claim("total", "10"), claim("men", "4", part_of="total")])
    second = _file([claim("total", "20"), claim("men", "4", part_of="total"),
                    claim("women", "6", part_of="total")])
    assert _wholes(first) == [("10", ["men"])]
    assert _wholes(second) == [("20", ["men", "women"])]
    assert _wholes(first) == [("10", ["men"])]
    assert _wholes(_file([claim("total", "30")])) == []
