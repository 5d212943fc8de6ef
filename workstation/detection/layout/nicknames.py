"""Nicknames and initials in quotes, alone (``known only as "Gaspard"``) or inside a
name (``Consuelo "Chelo" Marín``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import (
    initial,
    is_name_word,
    leading_name,
    name_run,
    name_words,
    org_like,
)
from workstation.detection.layout.spans import LayoutSpan

_ALIAS = re.compile(
    r"(?i:\b(?:known(?:[ ]only)?[ ]as|called|calls?|nicknamed|nickname|alias|a\.?k\.?a\.?|"
    r"names?(?:[ ]given)?:?|initials|signed(?:[ ]as)?|goes[ ]by|as|pseud(?:onyme|ónimo)|"
    r"apodo|dite?|"
    r"appelle|appelait|surnom|firmad[oa]|sign[ée]e?|llaman?|llamaba|"
    r"surnommée?|conocid[oa][ ]como|llamad[oa])|(?<=[^\W\d_])[ ]@)[ \t]*\n?[ \t]*"
    r"(?P<list>[\"“][^\"”\n]{1,30}[\"”](?:(?:,|[ \t]*\n?[ \t]*(?:and|or))[ \t]*\n?[ \t]*"
    r"[\"“][^\"”\n]{1,30}[\"”])*)"
)
_QUOTED = re.compile(r"[\"“](?P<inner>[^\"”\n]{1,30})[\"”]")


def quoted_aliases(text: str) -> Iterator[LayoutSpan]:
    """Nicknames and initials in quotes: ``known only as "Gaspard"``, ``initials "M.T."``,
    ``LIM KOK WEI @ "AH WEI"`` (the alias mark of Malaysian and Singaporean records)."""
    for match in _ALIAS.finditer(text):
        for quoted in _QUOTED.finditer(text, match.start("list"), match.end("list")):
            start, end = quoted.start("inner"), quoted.end("inner")
            inner = quoted.group("inner").rstrip(", ")
            if not initial(inner.replace("-", "")):
                inner = inner.rstrip(".")
            end = start + len(inner)
            if initial(inner.replace("-", "")) or name_words(inner) or nickname_words(inner):
                yield LayoutSpan(start, end, "PERSON", 0.7, "a name or initials in quotes")
                after = re.match(r"[ ]+", text[quoted.end() :])
                if after and text[quoted.end() + after.end() :][:1].isalpha():
                    # '"el Flaco" Ledesma': the surname after the nickname
                    tail = quoted.end() + after.end()
                    span = leading_name(text, tail, min(len(text), tail + 40))
                    if span and not org_like(text[span[0] : span[1]]):
                        yield LayoutSpan(*span, "PERSON", 0.7, "a name after a nickname")


# The small words a nickname holds besides its name words: an article ("Sasha the
# Bear", "el Tuerto"), a word of kinship or respect ("Raju bhai", "Papa Wemba").
_NICKNAME_SMALL_WORDS = frozenset(
    {"the", "el", "la", "le", "los", "les", "il", "o", "a", "da", "de", "du", "del"}
    | {"bhai", "bhaiya", "bhau", "dada", "didi", "bibi", "ji", "sahib", "saab", "baba"}
    | {"papa", "mama", "tonton", "tata", "tío", "tía", "don", "doña"}
)
_LOWER_SIGNATURE = re.compile(r"(?:[a-z]\.){1,3}[ ]?[a-z][a-z'-]{1,20}")


def nickname_words(inner: str) -> bool:
    """Whether quoted words read as a nickname: up to four words, at least one a
    capitalised name word, the rest the small words a nickname holds ("Sasha the Bear",
    "el Tuerto", "Raju bhai"), or initials and a surname in lower case ("j.m. seo")."""
    if _LOWER_SIGNATURE.fullmatch(inner):
        return True
    words = inner.split()
    if not 1 < len(words) <= 4 or words[0].casefold() == "the":
        return False  # '("the Convention")': a document's defined term
    named = [w for w in words if w[0].isupper() and is_name_word(w)]
    rest = [w for w in words if w not in named]
    return bool(named) and all(w.casefold() in _NICKNAME_SMALL_WORDS for w in rest)


# A nickname in quotes in brackets after a name ('Traoré ("Papis")'), or before the
# full name in brackets ('"Raju bhai" (Rajendra Prasad Tiwari)').
_BRACKETED_AFTER = re.compile(r"(?<=[^\W\d_])[ ]\([\"“](?P<inner>[^\"”\n()]{1,30})[\"”]\)")
_BEFORE_FULL_NAME = re.compile(r"[\"“](?P<inner>[^\"”\n]{1,30})[\"”][ ]\((?P<full>[^()]{3,60})\)")


def bracketed_nicknames(text: str) -> Iterator[LayoutSpan]:
    """A nickname in quotes beside a name in brackets: ``Traoré ("Papis")``,
    ``"Raju bhai" (Rajendra Prasad Tiwari)``."""
    for match in _BRACKETED_AFTER.finditer(text):
        before = name_run(text, max(0, match.start() - 40), match.start(), max_words=4)
        inner = match.group("inner")
        if before and before[1] == match.start() and (name_words(inner) or nickname_words(inner)):
            yield LayoutSpan(*match.span("inner"), "PERSON", 0.7, "a nickname beside a name")
    for match in _BEFORE_FULL_NAME.finditer(text):
        full = match.group("full").replace("\n", " ")
        inner = match.group("inner")
        if (
            name_words(full)
            and len(full.split()) >= 2
            and (name_words(inner) or nickname_words(inner))
        ):
            yield LayoutSpan(*match.span("inner"), "PERSON", 0.7, "a nickname beside a name")


_NICKNAME_INSIDE = re.compile(
    r"[ ][\"“](?P<nick>[^\W\d_][\w'\u2019-]{1,20}(?:[ ][^\W\d_][\w'\u2019-]{1,20})?)[\"”][ ]"
)


# A nickname made of an article joined to a word, as Maltese, Arabic, Italian and
# Spanish nicknames are ("il-Bekkaj", "el-Gordo", "al-Tawil", "lo-Zoppo").
_ARTICLE_NICKNAME = re.compile(r"(?:il|el|al|l|la|lo|le|ul|ar|as|ad)[-\u2019'][^\W\d_][\w'-]+")
# Lower-case particles that open the surname after a nickname ('"Monching" dela Cruz').
_PARTICLES_AFTER = re.compile(
    r"(?:(?:de|da|do|das|dos|del|dela|delos|della|di|du|la|le|los|van|von|der|den|ter|ten)"
    r"[ ])*"
)


def nicknames_inside_names(text: str) -> Iterator[LayoutSpan]:
    """A name with a nickname in quotes inside it: ``Consuelo "Chelo" Marín``,
    ``Ramón "Moncho" de la Peña``, ``Salvu "il-Qasir" Borg``, whole."""
    for match in _NICKNAME_INSIDE.finditer(text):
        before = name_run(text, max(0, match.start() - 40), match.start(), max_words=3)
        particles = _PARTICLES_AFTER.match(text, match.end())
        surname = particles.end() if particles else match.end()
        after = leading_name(text, surname, min(len(text), surname + 40))
        nick = match.group("nick")
        if before is None or after is None:
            continue
        if not (name_words(nick) or _ARTICLE_NICKNAME.fullmatch(nick)):
            continue
        if not org_like(text[before[0] : after[1]]):
            yield LayoutSpan(before[0], after[1], "PERSON", 0.86, "a name with a nickname inside")
