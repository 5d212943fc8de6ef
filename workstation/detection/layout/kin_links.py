"""Names joined to a father's name by a kin link, as Malaysian, Singaporean, Indian and
Sri Lankan records write them: ``Suresh Kumar s/o Ramasamy``, ``Kavitha d/o Arumugam``,
``VIJAYAN A/L KRISHNAN`` (anak lelaki), ``Rajeswari a/p Muniandy`` (anak perempuan).

The model reads the slash as a break and often calls one half a body; the whole is one
person's name, and the father's name identifies as much as the given name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import leading_name, name_run
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import TITLES

# "son of", "daughter of", "wife of" ("s/o", "d/o", "w/o") and the Malay "a/l", "a/p".
_KIN_LINK = re.compile(r"(?<=[^\W\d_])[ ](?:[sdwSDW]/[oO]|[aA]/[lLpP])[ ](?=[^\W\d_])")
_LOOK = 60


def kin_linked_names(text: str) -> Iterator[LayoutSpan]:
    """A name, its kin link and the father's name, as one ``PERSON``."""
    for link in _KIN_LINK.finditer(text):
        before = name_run(text, max(0, link.start() - _LOOK), link.start(), max_words=4)
        after = leading_name(text, link.end(), min(len(text), link.end() + _LOOK))
        if before is None or after is None or before[1] != link.start():
            continue
        if after[0] != link.end():
            continue
        start = _after_titles(text, before[0], link.start())
        yield LayoutSpan(start, after[1], "PERSON", 0.86, "a name with a kin link")


_WORD = re.compile(r"[^\W\d_][\w.'\u2019-]*[ ]+")


def _after_titles(text: str, start: int, end: int) -> int:
    """Where the name starts after the titles and ranks before it ("Constable Suresh")."""
    while (word := _WORD.match(text, start, end)) and word.group().strip(" .").casefold() in TITLES:
        start = word.end()
    return start
