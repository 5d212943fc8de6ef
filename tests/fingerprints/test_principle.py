"""The principle: two copies of one document that differ only in fingerprints normalise to
identical text (and to what the unmarked original normalises to).

Hypothesis writes a document, then two copies, each marked independently with any mix of
invisible characters, unusual spaces, look-alike letters and digits, decomposed accents,
double spaces after sentences, trailing spaces, and quote and dash styles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from corpus import recoverable_lookalikes
from hypothesis import given, settings
from hypothesis import strategies as st

from workstation.fingerprints import normalise
from workstation.policy.model import FingerprintRules

STRICT = FingerprintRules(combining_mark="normalise")
LOOKALIKES = recoverable_lookalikes()
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u202e\u2066\u2069\U000e0041\ufe0f\u034f"
SPACES = "\u00a0\u2009\u200a\u3000\u2007\u202f\u2002\u2003"
WORDS = [
    "minister",
    "envoy",
    "Paris",
    "Corvenna",
    "budget",
    "approved",
    "Сергей",
    "Иванов",
    "Jürgen",
    "São",
    "Paulo",
    "café",
    "€5",
    "2019",
    "1990-1995",
    '"budget"',
    "'quote'",
    "report's",
    "—",
    "Ελένη",
    "talks",
    "Tuesday",
    "office",
    "secret",
    "copy",
]

Mark = Callable[[str, int], str]


def _insert_invisible(text: str, n: int) -> str:
    at = n % (len(text) + 1)
    return text[:at] + INVISIBLES[n % len(INVISIBLES)] + text[at:]


def _unusual_space(text: str, n: int) -> str:
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text
    at = spaces[n % len(spaces)]
    return text[:at] + SPACES[n % len(SPACES)] + text[at + 1 :]


def _lookalike(text: str, n: int) -> str:
    """A Latin letter of a Latin word swapped for a Cyrillic or Greek look-alike."""
    words, start = [], 0
    for word in text.split(" "):
        if word.isascii() and word.isalpha():
            words.append((start, word))
        start += len(word) + 1
    if not words:
        return text
    start, word = words[n % len(words)]
    choices = [i for i, c in enumerate(word) if c in LOOKALIKES]
    if not choices:
        return text
    index = choices[n % len(choices)]
    glyphs = LOOKALIKES[word[index]]
    at = start + index
    return text[:at] + glyphs[n % len(glyphs)] + text[at + 1 :]


def _digit(text: str, n: int) -> str:
    at = text.find("2019")
    return text if at < 0 else text[:at] + ("2O19" if n % 2 else "20l9") + text[at + 4 :]


def _decompose(text: str, n: int) -> str:
    """One accented word written decomposed, while another word keeps its precomposed
    accent (a document that writes accents; a lone decomposed accent in a text without
    any is taken for a stray mark and removed, see test_marks_coverage)."""
    words = [m for m in re.finditer(r"\w+", text) if _accented(m.group())]
    if len(words) < 2:
        return text
    word = words[n % len(words)]
    return text[: word.start()] + unicodedata.normalize("NFD", word.group()) + text[word.end() :]


def _accented(word: str) -> bool:
    """A word with an accented letter: one whose decomposition holds a combining mark (a
    Greek look-alike such as U+1FBE decomposes to a plain letter and is no accent)."""
    return any(unicodedata.combining(char) for char in unicodedata.normalize("NFD", word))


def _double_space(text: str, n: int) -> str:
    gaps = [i for i in range(1, len(text)) if text[i] == " " and text[i - 1] == "."]
    if not gaps:
        return text
    at = gaps[n % len(gaps)]
    return text[:at] + "  " + text[at + 1 :]


def _trailing(text: str, n: int) -> str:
    ends = [i for i, c in enumerate(text) if c == "\n"]
    if not ends:
        return text + " " * (1 + n % 3)
    at = ends[n % len(ends)]
    return text[:at] + " " * (1 + n % 3) + text[at:]


def _quotes(text: str, n: int) -> str:
    curly = {'"': "“" if n % 2 else "”", "'": "’"}
    positions = [i for i, c in enumerate(text) if c in curly]
    if not positions:
        return text
    at = positions[n % len(positions)]
    return text[:at] + curly[text[at]] + text[at + 1 :]


def _dash(text: str, n: int) -> str:
    if " — " in text:
        return text.replace(" — ", [" - ", " – ", "—", " -- ", " ― "][n % 5], 1)
    return text.replace("1990-1995", "1990–1995")


MARKS: list[Mark] = [
    _insert_invisible,
    _unusual_space,
    _lookalike,
    _digit,
    _decompose,
    _double_space,
    _trailing,
    _quotes,
    _dash,
]

documents = st.lists(
    st.lists(st.sampled_from(WORDS), min_size=2, max_size=9).map(" ".join),
    min_size=1,
    max_size=6,
).flatmap(
    lambda sentences: st.lists(
        st.sampled_from([". ", ".\n"]), min_size=len(sentences), max_size=len(sentences)
    ).map(lambda ends: "".join(s + e for s, e in zip(sentences, ends, strict=True)).rstrip())
)
markings = st.lists(st.tuples(st.sampled_from(MARKS), st.integers(0, 10_000)), max_size=12)


def _marked(text: str, marks: list[tuple[Mark, int]]) -> str:
    for mark, n in marks:
        text = mark(text, n)
    return text


@settings(max_examples=300, deadline=None)
@given(documents, markings, markings)
def test_two_marked_copies_normalise_to_identical_text(
    original: str, first: list[tuple[Mark, int]], second: list[tuple[Mark, int]]
) -> None:
    copy_a, copy_b = _marked(original, first), _marked(original, second)
    assert normalise(copy_a, STRICT) == normalise(copy_b, STRICT) == normalise(original, STRICT)


@settings(max_examples=100, deadline=None)
@given(documents, markings)
def test_normalising_twice_changes_nothing_more(
    original: str, marks: list[tuple[Mark, int]]
) -> None:
    once = normalise(_marked(original, marks), STRICT)
    assert normalise(once, STRICT) == once
