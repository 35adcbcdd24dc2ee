"""What a rule's message template sees of a claim, and the check that a template reads only that.

``{{ a }}`` prints the figure without its noun ("450", "over 20 %"), because
a message names what the figure counts itself ("{{ a }} households with
children"); ``{{ a.with_label }}`` adds the claim's label ("450 households
with children") and ``{{ a.stated }}`` is the phrase as the text has it.

A message is checked when its rule loads, by rendering it against a sample
claim for each role: a misspelt attribute (``{{ share.valu }}``) is an input
problem at ``file:line:col`` of the message, with a suggestion, rather than
an error at run time that names an internal class.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck._models import Claim
from factcheck.checks import Arity
from factcheck.checks._wording import bare

if TYPE_CHECKING:
    import jinja2

__all__ = ["ATTRIBUTES", "TemplateClaim", "TemplateProblem", "template_problem"]


def _readable(key: str) -> str:
    """A measures key as words, for a claim without a label: "crossings.late" → "crossings late"."""
    return key.replace(".", " ").replace("_", " ")


class TemplateClaim:
    """What a message template sees of a claim; prints as the figure without its noun.

    Attributes are computed when a template asks for them: most messages use
    one or two, and a run renders thousands.
    """

    __slots__ = ("_claim",)

    def __init__(self, claim: Claim) -> None:
        self._claim = claim

    @classmethod
    def of(cls, claim: Claim) -> TemplateClaim:
        return cls(claim)

    id = property(lambda self: self._claim.id)
    stated = property(lambda self: self._claim.stated)
    figure = property(lambda self: bare(self._claim))
    with_label = property(lambda self: f"{bare(self._claim)} {self.label}")
    value = property(lambda self: self._claim.value)
    qualifier = property(lambda self: self._claim.qualifier.value)
    unit = property(lambda self: self._claim.unit or "")
    label = property(lambda self: self._claim.label or _readable(self._claim.measures))
    measures = property(lambda self: self._claim.measures)
    period = property(lambda self: self._claim.period or "")
    place = property(lambda self: self._claim.place or "")
    source = property(lambda self: self._claim.source or "")
    interval = property(lambda self: str(self._claim.interval()))
    allows = property(lambda self: self._claim.describe())

    def __str__(self) -> str:
        return bare(self._claim)


#: Every attribute a template may read of a claim.
ATTRIBUTES = tuple(
    sorted(name for name, v in vars(TemplateClaim).items() if isinstance(v, property))
)
#: Variables the engine gives every message besides the roles.
ENGINE_VARIABLES = ("status", "explanation", "derived")
_SAMPLE = Claim.model_validate(
    {"id": "sample", "kind": "count", "measures": "sample", "value": "1",
     "mentions": [{"start": 0, "end": 1, "quote": "1"}]}
)
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")


@dataclass(frozen=True, slots=True)
class TemplateProblem:
    """A message that reads something a claim does not have: what, and where in the message."""

    message: str
    #: 0-based offset in the message's source of the attribute's first character, if found.
    offset: int | None


def template_problem(
    environment: jinja2.Environment, template: jinja2.Template, source: str,
    roles: Mapping[str, Arity],
) -> TemplateProblem | None:
    """Render ``template`` against a sample claim per role; the first attribute it lacks, if any.

    Names a check kind adds at run time (``computed``, ``sum``, …) are given a
    placeholder: only what is read *of a claim* is checked here.
    """
    import jinja2  # the caller compiled the template: Jinja2 is loaded already
    from jinja2 import meta

    sample = TemplateClaim(_SAMPLE)
    variables: dict[str, object] = {
        name: "…" for name in meta.find_undeclared_variables(environment.parse(source))
    }
    variables.update(status="pass", explanation="…", derived=[])
    variables.update({role: [sample, sample] if arity == "many" else sample
                      for role, arity in roles.items() if role != "*"})
    try:
        template.render(variables)
    except jinja2.UndefinedError as exc:
        found = _NO_ATTRIBUTE.search(str(exc.message))
        if found is None or "TemplateClaim" not in str(exc.message):
            return None  # not about a claim: a run-time matter (e.g. an index past the end)
        attribute = found.group(1)
        close = difflib.get_close_matches(attribute, ATTRIBUTES, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        at = re.search(rf"\.\s*{re.escape(attribute)}\b", source)
        return TemplateProblem(
            f"message template: a claim has no attribute {attribute!r}; {hint}"
            f"a claim offers {', '.join(ATTRIBUTES)}",
            None if at is None else at.start() + 1,
        )
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError):
        return None  # depends on real values; the engine reports it for the rule that hits it
    return None
