"""Initials that stand for a name written out beside them: ``L.B.M. (Lorna Bautista
Macaraeg)``, ``Tomás Ruiz Ortega (T.R.O.)``.

Reports on patients, victims and witnesses refer to people by their initials, and
often give the full name once, in brackets, beside them (or the initials in brackets
after the name, to be used from then on). The initials are as identifying as the name:
when their letters are the first letters of the name's words, and one of them is a
known given name, both are one person's.
The name itself is left to the other finders; this one adds the initials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import is_name_word
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import PARTICLES

ENTITY = "PERSON"
SCORE = 0.8
_CAPITAL = r"[^\W\d_a-z]"
_INITIALS = rf"(?<![\w.]){_CAPITAL}\.(?:[ ]?-?{_CAPITAL}\.){{1,4}}(?![\w])"
_NAME = r"[^\W\d_][\w'\u2019-]*(?:[ ]+[^\W\d_][\w'\u2019-]*){1,5}"
_INITIALS_FIRST = re.compile(rf"(?P<initials>{_INITIALS})[ ]?\((?P<name>{_NAME})\)")
_NAME_FIRST = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_NAME})[ ]?\((?P<initials>{_INITIALS})\)")


def spelled_initials(text: str) -> Iterator[LayoutSpan]:
    """Initials beside the name they stand for, in brackets one way or the other."""
    for pattern in (_INITIALS_FIRST, _NAME_FIRST):
        for match in pattern.finditer(text):
            initials, name = match.group("initials"), match.group("name")
            if pattern is _NAME_FIRST:
                name = _trailing_name(name, len(_letters(initials)))
            if name and _stand_for(initials, name):
                yield LayoutSpan(
                    *match.span("initials"), ENTITY, SCORE, "initials of the name beside them"
                )


def _letters(initials: str) -> str:
    return "".join(c for c in initials if c.isalpha())


def _trailing_name(words: str, count: int) -> str:
    """The last ``count`` name words (and the particles among them) before the bracket."""
    taken: list[str] = []
    for word in reversed(words.split()):
        taken.insert(0, word)
        if sum(1 for w in taken if w.casefold() not in PARTICLES) == count:
            return " ".join(taken)
    return ""


def _stand_for(initials: str, name: str) -> bool:
    """Whether the initials are the first letters of the name's words (particles may
    be left out: "J.L.G." for "José de la Garza")."""
    words = name.split()
    if not all((is_name_word(w) and w[0].isupper()) or w.casefold() in PARTICLES for w in words):
        return False
    # imported here: the phrase finders import the layout finders
    from workstation.detection.phrases.given_names import known_given_name  # noqa: PLC0415

    if not any(known_given_name(w) for w in words):
        return False  # "U.N. (United Nations)": a body's initials
    letters = _letters(initials)
    firsts = "".join(w[0] for w in words if w.casefold() not in PARTICLES)
    with_particles = "".join(w[0] for w in words).upper()
    return letters in {firsts, with_particles}
