"""The kinds bound once for the readers are the members of ClaimKind, every one of them."""

from factcheck._models import ClaimKind
from factcheck.extract import _kinds as kinds


def test_every_kind_is_bound_to_its_member() -> None:
    bound = {name: value for name, value in vars(kinds).items() if name.isupper()}
    assert bound == {member.name: member for member in ClaimKind}
    assert all(bound[member.name] is member for member in ClaimKind)
