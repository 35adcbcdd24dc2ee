"""The fast renderer of plain messages prints what Jinja2 prints, and steps aside when unsure."""

from __future__ import annotations

from typing import Any

import pytest

from factcheck._compiled import compile_template
from factcheck._models import Claim
from factcheck._plain_template import plain_template
from factcheck._template_claim import TemplateClaim


def _claim(cid: str, value: str, **more: Any) -> TemplateClaim:
    data = {"id": cid, "kind": "count", "measures": "arrests.north", "value": value,
            "mentions": [{"start": 0, "end": len(value), "quote": value}], **more}
    return TemplateClaim(Claim.model_validate(data))


PLAIN = [
    "{{ claim }} as a count of {{ claim.label }}",
    "{{ claim.label }}: {{ explanation }}",
    "{{ parts | map(attribute='stated') | join(', ') }} within {{ whole.stated }}",
    "{{ parts | join(' + ') }} within {{ whole }}",
    "{{ change.label }} ({{ change }}) against {{ (new or old).stated }}",
    "{{ difference }} against {{ minuend }} − {{ subtrahend }}\n",
    "no variables at all",
]


@pytest.mark.parametrize("source", PLAIN)
@pytest.mark.parametrize("new_given", [True, False])
def test_a_plain_message_renders_as_jinja_renders_it(source: str, new_given: bool) -> None:
    a, b = _claim("a", "1,200", qualifier="about"), _claim("b", "30", label="the north's arrests")
    variables: dict[str, object] = {
        "claim": a, "parts": [a, b], "whole": b, "change": a, "new": b if new_given else None, "old": a,
        "difference": a, "minuend": b, "subtrahend": a, "explanation": "it holds", "status": "pass",
    }
    fast = plain_template(source)
    assert fast is not None
    assert fast.render(variables) == compile_template(source).render(variables)


@pytest.mark.parametrize("source", [
    "{% for p in parts %}{{ p }}{% endfor %}",
    "{{ figures[0].label }}",
    "{{ claim.label | upper }}",
    "{{ 'x' * 3 }}",
    "{{ claim.valu }}",
    "{{ range }}",
])
def test_anything_more_than_plain_is_left_to_jinja(source: str) -> None:
    assert plain_template(source) is None


@pytest.mark.parametrize("variables", [
    {},  # an unknown name: Jinja2 raises its own error
    {"claim": "a string, not a claim"},  # an attribute of something else
    {"claim": None},
])
def test_the_fast_path_steps_aside_for_values_it_does_not_know(variables: dict[str, object]) -> None:
    fast = plain_template("{{ claim.label }}")
    assert fast is not None
    assert fast.render(variables) is None


def test_an_or_over_something_other_than_a_claim_is_left_to_jinja() -> None:
    fast = plain_template("{{ (new or old).stated }}")
    assert fast is not None
    assert fast.render({"new": [], "old": _claim("a", "3")}) is None
