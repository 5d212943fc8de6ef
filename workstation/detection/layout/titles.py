"""Names after a title or rank: ``Sister Agnes Tanoto``, ``Lt. Gaspard Ilunga``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import WORD, WORD_RE, leading_name
from workstation.detection.layout.spans import LayoutSpan, span_if_any
from workstation.detection.layout.words import NOT_NAME, TITLES

# Every title, capitalised, longest first so that "Lieutenant" is tried before "Lieut".
_TITLE_ALT = "|".join(
    sorted(
        [re.escape(t[0].upper() + t[1:]) for t in TITLES]
        + [re.escape(t.upper()) for t in TITLES if len(t) > 1]
        + ["don", "doña", "dona", r"M(?=\.[ ][^\W\d_][^\W\d_])"],
        key=len,
        reverse=True,
    )
)
# In French and Spanish prose a title is written in lower case after its article: "la
# camarade N'Guessan", "le commissaire Yao", "el teniente Rojas".
# Not the words that are also adjectives or nouns there ("la mayor parte", "la general").
_NOT_AFTER_ARTICLE = frozenset({"mayor", "major", "general", "justice", "chair", "chief", "ret"})
_ARTICLE_TITLE = "|".join(
    sorted(
        (re.escape(t) for t in TITLES if len(t) > 2 and t not in _NOT_AFTER_ARTICLE),
        key=len,
        reverse=True,
    )
)
_TITLED = re.compile(
    r"(?<![\w.])(?P<title>(?:"
    rf"(?:{_TITLE_ALT})|(?<=\b(?:[Ll]e|[Ll]a|[Ee]l|[Dd]u|[Aa]u)[ ])(?:{_ARTICLE_TITLE})"
    r")\.?(?:[ ]\(ret\.\))?"
    r"(?:[ ]of(?:[ ]the)?(?:[ ][A-Z][\w-]+){1,3}?)?)[ ]"
    rf"(?P<name>{WORD}(?:[ \t]*\n?[ \t]*{WORD}){{0,4}})"
)


# French "M." (Monsieur) before a name, not an initial: "M. Issiaka Keïta"; in English
# "M. Keïta" may be an initial, and the name's edges (:mod:`name_edges`) take it in.
_MONSIEUR = "m"

# Titles of several people, each name after them theirs: "Messrs Dlamini and Nkosi".
_PLURAL = frozenset({"messrs", "mesdames", "mmes", "drs"})
_AND = re.compile(r"(?:,[ ]|[ ](?:and|et|y|&)[ ]|,[ ](?:and|et|y)[ ])")


def _coordinated(text: str, position: int) -> Iterator[tuple[int, int]]:
    """The names joined to the one ending at ``position`` by commas and "and"."""
    while joined := _AND.match(text, position):
        span = leading_name(text, joined.end(), min(len(text), joined.end() + 80))
        if not span or not text[span[0]].isupper():
            return
        yield span
        position = span[1]


def _subject_line(text: str, match: re.Match[str]) -> bool:
    """A title in capitals on a line of five words or more in capitals: a cable's
    subject ("DOCTOR DESCRIBES TREATMENT OF DETAINEES"), not a name, unless a known
    given name follows ("DR. SAMIR HADDAD DESCRIBES ...")."""
    # imported here: the phrase finders import the layout finders
    from workstation.detection.phrases.given_names import known_given_name  # noqa: PLC0415

    if not match.group("title").isupper() or known_given_name(match.group("name").split()[0]):
        return False
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    line = text[start : end if end != -1 else len(text)]
    return sum(1 for w in line.split() if w.isupper() and len(w) > 1) >= 5


def titled_names(text: str) -> Iterator[LayoutSpan]:
    """Names after a title or rank: ``Sister Agnes Tanoto``, ``Lt. Gaspard Ilunga``."""
    position = 0
    while match := _TITLED.search(text, position):
        position = match.start("name")  # the name may hold the next title ("... and Mr X")
        title = match.group("title").split()[0].rstrip(".").casefold()
        if (title not in TITLES and title != _MONSIEUR) or _subject_line(text, match):
            continue
        start = match.start("name")
        for word in WORD_RE.finditer(text, start, match.end("name")):
            if word.group()[0].islower() or word.group().rstrip(".").casefold() not in NOT_NAME:
                break
            start = word.end()  # "Minister of Foreign Affairs Ana Ruiz": skip "Affairs"
        span = leading_name(text, start, match.end("name"))
        if span and text[span[0]].isupper() and text[span[1] : span[1] + 1] != ":":
            position = span[1]
            yield from span_if_any(span, "PERSON", 0.86, f"name after the title '{title}'")
            if title in _PLURAL:
                for other in _coordinated(text, span[1]):
                    position = other[1]
                    yield from span_if_any(other, "PERSON", 0.86, f"name after '{title}'")
