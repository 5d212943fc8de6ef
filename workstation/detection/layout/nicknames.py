"""Nicknames and initials in quotes, alone (``known only as "Gaspard"``) or inside a
name (``Consuelo "Chelo" Marín``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import initial, leading_name, name_run, name_words, org_like
from workstation.detection.layout.spans import LayoutSpan

_ALIAS = re.compile(
    r"(?i:\b(?:known(?:[ ]only)?[ ]as|called|nicknamed|nickname|alias|a\.?k\.?a\.?|"
    r"names?|initials|signed[ ]as|goes[ ]by|as|pseud(?:onyme|ónimo)|apodo|dite?|"
    r"surnommée?|conocid[oa][ ]como|llamad[oa]))[ \t]*\n?[ \t]*"
    r"(?P<list>[\"“][^\"”\n]{1,30}[\"”](?:(?:,|[ \t]*\n?[ \t]*(?:and|or))[ \t]*\n?[ \t]*"
    r"[\"“][^\"”\n]{1,30}[\"”])*)"
)
_QUOTED = re.compile(r"[\"“](?P<inner>[^\"”\n]{1,30})[\"”]")


def quoted_aliases(text: str) -> Iterator[LayoutSpan]:
    """Nicknames and initials in quotes: ``known only as "Gaspard"``, ``initials "M.T."``."""
    for match in _ALIAS.finditer(text):
        for quoted in _QUOTED.finditer(text, match.start("list"), match.end("list")):
            start, end = quoted.start("inner"), quoted.end("inner")
            inner = quoted.group("inner").rstrip(", ")
            if not initial(inner.replace("-", "")):
                inner = inner.rstrip(".")
            end = start + len(inner)
            if initial(inner.replace("-", "")) or name_words(inner):
                yield LayoutSpan(start, end, "PERSON", 0.7, "a name or initials in quotes")
                after = re.match(r"[ ]+", text[quoted.end() :])
                if after:  # '"el Flaco" Ledesma': the surname after the nickname
                    tail = quoted.end() + after.end()
                    span = leading_name(text, tail, min(len(text), tail + 40))
                    if span and not org_like(text[span[0] : span[1]]):
                        yield LayoutSpan(*span, "PERSON", 0.7, "a name after a nickname")


_NICKNAME_INSIDE = re.compile(
    r"[ ][\"“](?P<nick>[^\W\d_][\w'\u2019-]{1,20}(?:[ ][^\W\d_][\w'\u2019-]{1,20})?)[\"”][ ]"
)


def nicknames_inside_names(text: str) -> Iterator[LayoutSpan]:
    """A name with a nickname in quotes inside it: ``Consuelo "Chelo" Marín``, whole."""
    for match in _NICKNAME_INSIDE.finditer(text):
        before = name_run(text, max(0, match.start() - 40), match.start(), max_words=3)
        after = leading_name(text, match.end(), min(len(text), match.end() + 40))
        if before is None or after is None or not name_words(match.group("nick")):
            continue
        if not org_like(text[before[0] : after[1]]):
            yield LayoutSpan(before[0], after[1], "PERSON", 0.86, "a name with a nickname inside")
