"""The bundled rule packs' message templates, read ahead: generated, do not edit.

Written by ``python scripts/precompile_templates.py`` from what Jinja2 makes of
each message of the bundled packs, so that loading them needs no Jinja2 (see
:func:`factcheck._plain_template.plain_template` and ``checked_ahead``).
``tests/test_precompiled_templates.py`` fails when this is not current.
"""

# ruff: noqa: E501

from typing import Any

#: Each bundled message's plain program (:data:`factcheck._plain_template.Program` parts),
#: or None when it is more than plain.
PROGRAMS: dict[str, list[Any] | None] = {
    'a fall of {{ claim }} in {{ claim.label }}': ['a fall of ', ('name', 'claim'), ' in ', ('attribute', ('name', 'claim'), 'label')],
    'launch on {{ a }}, festival in {{ b }}': ['launch on ', ('name', 'a'), ', festival in ', ('name', 'b')],
    'report on {{ a }}, work goals for {{ b }}': ['report on ', ('name', 'a'), ', work goals for ', ('name', 'b')],
    '{{ a.stated }} among {{ b.stated }}': [('attribute', ('name', 'a'), 'stated'), ' among ', ('attribute', ('name', 'b'), 'stated')],
    '{{ a.stated }} within {{ b.stated }}': [('attribute', ('name', 'a'), 'stated'), ' within ', ('attribute', ('name', 'b'), 'stated')],
    '{{ change.label }} ({{ change }}) against {{ (new or old).stated }}': [('attribute', ('name', 'change'), 'label'), ' (', ('name', 'change'), ') against ', ('attribute', ('or', ('name', 'new'), ('name', 'old')), 'stated')],
    '{{ claim }} as a count of {{ claim.label }}': [('name', 'claim'), ' as a count of ', ('attribute', ('name', 'claim'), 'label')],
    '{{ claim }} as a percentage of {{ claim.label }}': [('name', 'claim'), ' as a percentage of ', ('attribute', ('name', 'claim'), 'label')],
    '{{ claim }} as a year': [('name', 'claim'), ' as a year'],
    '{{ claim }} as {{ claim.label }}': [('name', 'claim'), ' as ', ('attribute', ('name', 'claim'), 'label')],
    '{{ claim.label }}: {{ explanation }}': [('attribute', ('name', 'claim'), 'label'), ': ', ('name', 'explanation')],
    "{{ combined }} against {{ parts | map(attribute='stated') | join(', ') }}": [('name', 'combined'), ' against ', ('join', ('name', 'parts'), ', ', 'stated')],
    '{{ difference }} against {{ minuend }} − {{ subtrahend }}': [('name', 'difference'), ' against ', ('name', 'minuend'), ' − ', ('name', 'subtrahend')],
    "{{ figures[0].label }}{{ ' in ' ~ figures[0].period if figures[0].period }}: {{ figures | join(' / ') }}": None,
    "{{ mean }} as the average of {{ figures | map(attribute='stated') | join(', ') }}": [('name', 'mean'), ' as the average of ', ('join', ('name', 'figures'), ', ', 'stated')],
    '{{ new.stated }}, {{ word }} from {{ old.stated }}': [('attribute', ('name', 'new'), 'stated'), ', ', ('name', 'word'), ' from ', ('attribute', ('name', 'old'), 'stated')],
    "{{ parts | join(' + ') }} within {{ whole }}": [('join', ('name', 'parts'), ' + ', None), ' within ', ('name', 'whole')],
    "{{ parts | map(attribute='stated') | join(' + ') }} against {{ total.stated }}": [('join', ('name', 'parts'), ' + ', 'stated'), ' against ', ('attribute', ('name', 'total'), 'stated')],
    "{{ parts | map(attribute='stated') | join(', ') }} at {{ shares | map(attribute='stated') | join(', ') }}": [('join', ('name', 'parts'), ', ', 'stated'), ' at ', ('join', ('name', 'shares'), ', ', 'stated')],
    "{{ parts | map(attribute='stated') | join(', ') }} within {{ whole.stated }}": [('join', ('name', 'parts'), ', ', 'stated'), ' within ', ('attribute', ('name', 'whole'), 'stated')],
    '{{ rate.stated }} a day against {{ count.stated }}': [('attribute', ('name', 'rate'), 'stated'), ' a day against ', ('attribute', ('name', 'count'), 'stated')],
    '{{ relative.stated }} and {{ absolute.stated }} to {{ new.stated }}': [('attribute', ('name', 'relative'), 'stated'), ' and ', ('attribute', ('name', 'absolute'), 'stated'), ' to ', ('attribute', ('name', 'new'), 'stated')],
    '{{ share }} of {{ whole.stated }}': [('name', 'share'), ' of ', ('attribute', ('name', 'whole'), 'stated')],
    "{{ shares | map(attribute='stated') | join(' + ') }} = {{ sum }} %": [('join', ('name', 'shares'), ' + ', 'stated'), ' = ', ('name', 'sum'), ' %'],
    '{{ total.stated }} against {{ sum }}': [('attribute', ('name', 'total'), 'stated'), ' against ', ('name', 'sum')],
}

#: (message, roles) of the bundled messages that are more than plain, and that compiled and
#: read only what a claim has when checked as the loader checks any message.
CHECKED: frozenset[tuple[str, tuple[tuple[str, str], ...]]] = frozenset({
    ("{{ figures[0].label }}{{ ' in ' ~ figures[0].period if figures[0].period }}: {{ figures | join(' / ') }}", (('figures', 'many'),)),
})
