"""Digits as locales write them, and number words as English writes them."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.extract._numbers import COMMA_MARKS, ENGLISH_MARKS, infer_marks, read_digits
from factcheck.extract._words import read_words
from factcheck.extract.languages import marks_for


@pytest.mark.parametrize(
    ("token", "marks", "digits", "guessed"),
    [
        ("1,234", ENGLISH_MARKS, "1234", False),
        ("1,234", COMMA_MARKS, "1.234", False),
        ("1,234", None, "1234", True),
        ("1,5", None, "1.5", True),
        ("1,5", ENGLISH_MARKS, None, False),
        ("1.234.567", COMMA_MARKS, "1234567", False),
        ("1,234,567.89", None, "1234567.89", False),
        ("1.234,5", None, "1234.5", False),
        ("4 495", None, "4495", False),
        ("423\u00a0019", ENGLISH_MARKS, "423019", False),
        ("192.168.1.2", None, None, False),
        ("7" * 5000, None, None, False),
    ],
)
def test_read_digits(token: str, marks: object, digits: str | None, guessed: bool) -> None:
    got = read_digits(token, marks)  # type: ignore[arg-type]
    if digits is None:
        assert got is None
    else:
        assert got is not None
        assert (got.digits, got.guessed) == (digits, guessed)


def test_babel_marks_read_swiss_grouping() -> None:
    got = read_digits("1'234'567.50", marks_for("de-CH"))
    assert got is not None
    assert got.digits == "1234567.50"


def test_infer_marks() -> None:
    assert infer_marks("a rise of 2.5% on 1,234") is ENGLISH_MARKS
    assert infer_marks("une hausse de 20,7 % sur 1.234") is COMMA_MARKS
    assert infer_marks("2.5 and 20,7") is None
    assert infer_marks("no figures") is None


@pytest.mark.parametrize(
    ("words", "value", "length"),
    [
        ("fifty-three million people", 53_000_000, len("fifty-three million")),
        ("one and a half years", Fraction(3, 2), len("one and a half")),
        ("five and seven per cent", 5, len("five")),
        ("twenty-three fifths", Fraction(23, 5), None),
        ("two hundred point seventy-one", Fraction(20071, 100), None),
        ("nine point nought four", Fraction(904, 100), None),
        ("half a million", 500_000, None),
        ("a quarter million", 250_000, None),
        ("three lakh crore", 3 * 10**12, None),
        ("a hundred and two", 102, None),
        ("one million and a half", 1_500_000, None),
        ("three dozen", 36, None),
        ("a third", None, None),
    ],
)
def test_read_words(words: str, value: Fraction | int | None, length: int | None) -> None:
    got = read_words(words)
    if value is None:
        assert got is None
        return
    assert got is not None
    assert got.value == value
    assert got.length == (len(words) if length is None else length)
