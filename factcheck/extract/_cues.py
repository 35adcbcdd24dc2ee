"""A cheap test before a costly search: may a text hold any of a few words, ignoring case?

A regular expression with no literal start (an alternation under
``re.IGNORECASE``) is tried at every position of a text; a pass that needs
one of a few words answers sooner by looking for them in the lower-cased text.
"""

from __future__ import annotations

__all__ = ["may_hold"]

#: The letters that ``re.IGNORECASE`` matches with an ASCII letter other than its own two cases ("İ" and
#: "ı" with "i", "ſ" with "s", the Kelvin sign with "k"): a text holding one may match unseen by ``lower``.
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """``False`` only if no case-insensitive pattern each of whose matches holds one of ``words``
    (lower-case ASCII) can match in ``text``."""
    if any(c in text for c in _ODD_FOLDS):
        return True
    lowered = text.lower()
    return any(w in lowered for w in words)
