"""Names in copy and recipient markings: "Prepared for Amira Haddad", "Copy no. 3 for
Farah Naz Khan", "EYES ONLY: TARIQ MAHMOOD QURESHI".

The fingerprint pass proposes the whole marking (it says whose copy this is); the
name inside it is a person as well, and proposed as one, so the decision on it links
to every other mention of that person in the document. Where the markings are is the
pass's rule (:func:`workstation.fingerprints.copy_markings.recipient_markings`), so
both always agree on how much of the line is the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from workstation.detection.layout.names import leading_name, org_like
from workstation.detection.layout.spans import LayoutSpan
from workstation.fingerprints.copy_markings import recipient_markings

SCORE = 0.9


def copy_holders(text: str) -> Iterator[LayoutSpan]:
    """The whole name each copy marking gives (not an account such as ``j.doe``)."""
    for start, holder, end in recipient_markings(text):
        span = leading_name(text, holder, end)
        if span is None or org_like(text[span[0] : span[1]]):
            continue
        cue = " ".join(text[start:holder].split()).rstrip(":-\u2013\u2014 ")
        yield LayoutSpan(*span, "PERSON", SCORE, f"name in a '{cue}' marking")
