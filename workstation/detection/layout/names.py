"""What a name looks like in running text: runs of capitalised name words.

The layout recognizers find where a name should be; these helpers decide how much of
the text there is the name (particles, initials, a hyphen at a line break).
"""

from __future__ import annotations

import re

from workstation.detection.layout.words import NOT_NAME, PARTICLES, TITLES

# A word of a name: letters (any script), inner apostrophes and hyphens, a hyphen
# at a line break ("Beli-\nć"), or an initial ("K.").
WORD = r"[^\W\d_](?:\w|['\u2019](?=\w)(?!s\b)|-[ \t]*\n?[ \t]*(?=\w))*\.?"
WORD_RE = re.compile(WORD)


def is_name_word(word: str, *, allow_lower: bool = False) -> bool:
    bare = word.rstrip(".")
    if not bare or "@" in bare:
        return False  # an email address or a handle is an account, not a name
    if len(bare) == 1:
        return word.endswith(".") and bare.isupper()
    folded = bare.casefold()
    if folded in NOT_NAME or folded in TITLES:
        return False
    if folded in PARTICLES:
        return True
    prefix, _, rest = bare.partition("-")
    if rest and prefix.casefold() in PARTICLES:
        return rest[0].isupper() or allow_lower  # "al-Tamimi"
    return bare[0].isupper() or allow_lower


def name_run(
    text: str, start: int, end: int, *, allow_lower: bool = False, max_words: int = 5
) -> tuple[int, int] | None:
    """The last run of name words in text[start:end], trimmed of particles at its edges."""
    words = [m for m in WORD_RE.finditer(text, start, end)]
    run: list[re.Match[str]] = []
    for match in reversed(words):
        between = text[match.end() : run[-1].start()] if run else text[match.end() : end]
        if run and not joins(between):
            break
        if not run and not _TAIL.fullmatch(text, match.end(), end):
            break  # something other than a name follows the last word
        if not is_name_word(match.group(), allow_lower=allow_lower):
            break
        run.append(match)
    run.reverse()
    while run and run[0].group().casefold() in PARTICLES:
        run.pop(0)
    while run and run[-1].group().casefold() in PARTICLES:
        run.pop()
    if not run or len(run) > max_words:
        return None
    first, last = run[0], run[-1]
    stop = last.end()
    if last.group().endswith(".") and not initial(last.group()):
        stop -= 1  # a sentence's full stop, not an initial
    return first.start(), stop


_TAIL = re.compile(r"(?:['\u2019]s?)?[\s\"'\u2019”,.:;]*")


def joins(between: str) -> bool:
    """Whether the text between two words keeps them in one name."""
    return bool(re.fullmatch(r"[ \t]*\n?[ \t]*", between)) and between.count("\n") <= 1


def initial(word: str) -> bool:
    return bool(re.fullmatch(r"(?:[^\W\d_]\.)+(?:-?[^\W\d_]\.)*", word))


def org_like(name: str) -> bool:
    """Whether a word of the name is one no name holds; an initial ("A.") is a letter,
    not the article "a"."""
    return any(
        word.casefold().rstrip(".") in NOT_NAME and not initial(word) for word in name.split()
    )


def leading_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first run of name words in text[start:end]."""
    run: list[re.Match[str]] = []
    for match in WORD_RE.finditer(text, start, end):
        if run and not joins(text[run[-1].end() : match.start()]):
            break
        if run and run[-1].group().endswith(".") and not initial(run[-1].group()):
            break  # the previous word ended a sentence
        if not is_name_word(match.group()):
            break
        run.append(match)
        if text.startswith(("'s", "\u2019s"), match.end()):
            break
    return run_bounds(run)


def run_bounds(run: list[re.Match[str]]) -> tuple[int, int] | None:
    """Where a run of name words starts and ends: without trailing particles ("van"),
    and without a full stop that ends the sentence rather than an initial."""
    while run and run[-1].group().casefold() in PARTICLES:
        run.pop()
    if not run:
        return None
    stop = run[-1].end()
    if run[-1].group().endswith(".") and not initial(run[-1].group()):
        stop -= 1
    return run[0].start(), stop


def name_words(value: str) -> bool:
    words = value.split()
    return (
        0 < len(words) <= 4
        and all(is_name_word(w) for w in words)
        and any(w[0].isupper() and w.casefold() not in PARTICLES for w in words)
        and not org_like(value)
    )
