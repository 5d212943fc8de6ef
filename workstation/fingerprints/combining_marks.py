"""Combining marks that do not belong: stacked or stray accents, and decomposed letters.

Real accents compose with their letter into one character ("u" + diaeresis is "ü") and
are kept. A mark that composes with nothing (a dot above a Latin "t", a doubled acute)
changes how the word looks by a pixel and can mark a copy; so can writing an accented
letter decomposed in one copy and composed in another. Marks on letters of scripts whose
writing needs them (Arabic, Hebrew, Indic scripts, Thai, ...) are left alone.
"""

from __future__ import annotations

import re
import unicodedata

from workstation.fingerprints.character_labels import describe
from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.scripts import script

MARKED_SCRIPTS = frozenset({"LATIN", "GREEK", "CYRILLIC", "COMMON"})
"""Scripts whose accented letters Unicode has precomposed."""
_RUN = re.compile(
    r"(.)([\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+)", re.DOTALL
)
STRAY_WHY = "an accent that composes with no letter changes a word by a pixel and can mark a copy"
DECOMPOSED_WHY = (
    "an accented letter written as letter plus accent looks the same but can tell copies apart"
)


def find(text: str) -> list[FingerprintFinding]:
    """Every letter-and-marks run that NFC does not turn into plain precomposed letters."""
    found = []
    for match in _RUN.finditer(text):
        base, marks = match.group(1), match.group(2)
        if script(base) not in MARKED_SCRIPTS:
            continue
        composed = unicodedata.normalize("NFC", base + marks)
        stray = [char for char in composed if unicodedata.category(char).startswith("M")]
        code, why = ("stray-mark", STRAY_WHY) if stray else ("decomposed", DECOMPOSED_WHY)
        shown = ", ".join(describe(char) for char in (stray or marks))
        found.append(
            FingerprintFinding(
                "combining_mark",
                code,
                why,
                match.start(),
                match.end(),
                len(stray) or len(marks),
                shown,
                _without_marks(composed) if stray else composed,
            )
        )
    return found


def compose(text: str) -> str:
    """NFC: every accent that has a precomposed letter is written as that letter."""
    return unicodedata.normalize("NFC", text)


def fix(text: str) -> str:
    """NFC, then the stray marks on Latin, Greek and Cyrillic letters removed."""
    composed = compose(text)
    return _RUN.sub(
        lambda m: m.group(1) if script(m.group(1)) in MARKED_SCRIPTS else m.group(0), composed
    )


def _without_marks(composed: str) -> str:
    return "".join(char for char in composed if not unicodedata.category(char).startswith("M"))
