"""The kinds of figure, looked up once, for the readers and grouping, which test the kind of every figure.

On Python 3.11 a member looked up on its enum (``ClaimKind.COUNT``) goes
through the enum metaclass's ``__getattr__`` hook, several times the cost of
a plain look-up (3.12 dropped the hook); a reader that tests each figure's
kind pays it for every figure of every text. ``kinds.COUNT`` is the same member.
"""

from __future__ import annotations

from typing import Final

from factcheck._models import ClaimKind

COUNT: Final = ClaimKind.COUNT
PERCENTAGE: Final = ClaimKind.PERCENTAGE
SHARE: Final = ClaimKind.SHARE
CHANGE: Final = ClaimKind.CHANGE
YEAR: Final = ClaimKind.YEAR
DATE: Final = ClaimKind.DATE
DURATION: Final = ClaimKind.DURATION
AMOUNT: Final = ClaimKind.AMOUNT
RATE: Final = ClaimKind.RATE
MEAN: Final = ClaimKind.MEAN
RATIO: Final = ClaimKind.RATIO
AGE: Final = ClaimKind.AGE
ORDINAL: Final = ClaimKind.ORDINAL
SCORE: Final = ClaimKind.SCORE
