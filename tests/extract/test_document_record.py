"""The document record of a draft: named from its first line, under an id that must be one."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from factcheck import extract_claims


@pytest.mark.parametrize("text", [
    "Ferry fares rise by 8%\nThe operator charges 3 euros more.",
    "\n\n  Ferry fares rise by 8%  \r\nThe operator charges 3 euros more.",
    " \t\u2028# Ferry fares rise by 8%\u2029The operator charges 3 euros more.",
    "Ferry fares rise by 8%\r\n\r\nThe operator charges 3 euros more.",
])
def test_the_title_is_the_first_line_with_words(text: str) -> None:
    assert extract_claims(text).document.title == "Ferry fares rise by 8%"


def test_a_text_of_blank_lines_is_titled_by_its_id() -> None:
    assert extract_claims(" \n\t\n", document_id="empty-page").document.title == "empty-page"


def test_a_given_title_and_language_are_kept() -> None:
    document = extract_claims("Rents rose 4% in the town.", document_id="rents.2024", title="Rents",
                              language="en").document
    assert (document.id, document.title, document.language) == ("rents.2024", "Rents", "en")


@pytest.mark.parametrize("document_id", ["two words", "-leading-dash", "slash/inside"])
def test_an_id_that_is_no_id_is_refused_every_time(document_id: str) -> None:
    for _ in range(2):  # the second time too: what was refused once is not let through after
        with pytest.raises(ValidationError):
            extract_claims("Rents rose 4% in the town.", document_id=document_id)
