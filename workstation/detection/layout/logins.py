"""An account name in brackets after the person it belongs to: "Mbarga, Aline
(ambarga)", "Tomás Zambrano (tzambrano)", "Lars Nygård (lanygard)".

Staff records, access logs and HR forms write a person's login beside their name, and
organisations build logins from the name: the surname with one or more initials
before or after it, or the given name and surname joined. A lower-case word in
brackets that is built so from the name just before it is that person's account.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "USERNAME"

_NAME_WORD = r"[A-Z][\w'\u2019-]{1,40}"  # bounded: see furniture._CITATION
_NAME_THEN_LOGIN = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:,?[ ]{_NAME_WORD}){{1,3}})"
    r"[ ]\((?P<login>[a-z][a-zA-Z0-9._-]{2,30})\)"
)


def logins_after_names(text: str) -> Iterator[LayoutSpan]:
    """Bracketed logins built from the name before them, one span each."""
    for match in _NAME_THEN_LOGIN.finditer(text):
        words = [_plain(word) for word in re.split(r",?[ ]", match.group("name"))]
        if built_from(_plain(match.group("login")), words):
            yield LayoutSpan(*match.span("login"), ENTITY, 0.6, "login after its owner's name")


def built_from(login: str, words: list[str]) -> bool:
    """Whether ``login`` (its letters) is one name word with initials of the others
    before or after it, or two name words joined: "ambarga", "mbargaa", "alinembarga"."""
    letters = re.sub(r"[^a-z]", "", login)
    if len(letters) < 4:
        return False
    for index, word in enumerate(words):
        if len(word) < 3:
            continue
        others = words[:index] + words[index + 1 :]
        initials = {other[0] for other in others if other}
        for rest in (_without_suffix(letters, word), _without_prefix(letters, word)):
            if rest is None:
                continue
            if all(letter in initials for letter in rest) and len(rest) <= len(others):
                return True
            if rest in others:
                return True
    return False


def _without_suffix(letters: str, word: str) -> str | None:
    return letters[: -len(word)] if letters.endswith(word) else None


def _without_prefix(letters: str, word: str) -> str | None:
    return letters[len(word) :] if letters.startswith(word) else None


def _plain(word: str) -> str:
    """Lower case without accents or marks: "Nygård" as "nygard"."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha() and c.isascii())
