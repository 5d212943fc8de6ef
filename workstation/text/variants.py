"""Every form of a name that one decision must reach.

An editor who redacts "Tariq Mahmood Qureshi" has redacted "T. Qureshi", "Tariq Qureshi"
and "Qureshi" too: a reader who finds any of them finds the person. Deny lists propose
these forms, the release gate refuses an output where one is left, and an editor's
decision for the whole vault reaches them; all three ask this module, so a form added
here reaches all three at once.

Case, diacritics and spacing are not forms of their own: matching folds them away
(:mod:`workstation.text.folding`). Other scripts are: "Куреши" and "Kureshi" are the same
name to a reader, so :func:`transliterated` gives both sides one Latin spelling
(``anyascii``, ISC licence).

Grammar is: "Vesku", "Veska", "Veskovi" and "the Vesks" are "Vesk" in a Croatian, Czech
or English sentence. A form's last word may carry one of :data:`ENDINGS` (short case,
plural and possessive endings of the languages the newsroom reads) when the stem is the
whole surname, at least :data:`MIN_INFLECTED` letters long, and the word is written with
a capital (:func:`takes_ending`): "Bells" mid-sentence is a common word, "Bells" as a
name is capitalised. A surname whose own last letters change ("Novotná" -> "Novotné")
is not reached this way; deny-list such forms as terms of their own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from anyascii import anyascii

from workstation.text.folding import Folded, fold, fold_term

WORD_START = r"(?<![^\W\d_])"
WORD_END = r"(?![^\W\d_])"
"""Where a name's form may start and end: not inside a run of letters. A digit, an
underscore or punctuation does not continue a name, so "radomir_vesk" in a file path
and "Radomir%20Vesk" in a URL hold the name for detection and the gate alike."""

MIN_SURNAME = 3
"""A shorter last word ("Li", "Ng") alone would be found inside too much ordinary text."""

ENDINGS = (
    *("s", "es"),  # English, German, Dutch plural and genitive: "the Vesks", "Veskes"
    *("a", "e", "o", "u", "y"),  # Slavic cases: "Veska", "Vesku", "Vesko"
    *("om", "em", "ov", "ova", "ove", "ovi", "ovo", "ovu", "ow", "owa", "owi"),  # "Vesków"
    *("ich", "ych", "ym", "im", "ie", "iem", "ach", "ami", "oj", "ej"),  # "Veskiem"
)
"""Endings a surname takes in a sentence, folded (so "ów" is "ow"), none longer than
three letters: a short closed list keeps common words from being read as names. Not
"-i", "-in" or "-is", which more often make another family name of a surname ("Rashid"
-> "al-Rashidi", "Hassanin") than a case: on the evaluation set "-i" turned a proposed
full name into a proposed surname."""

MIN_INFLECTED = 4
"""A shorter surname with an ending ("Lee" -> "Leeds", "Ali" -> "Alia") is too often
another word or name."""

ENDING = "(?:(" + "|".join(sorted(ENDINGS, key=len, reverse=True)) + "))?"
"""The optional ending after a form, as one capturing group (empty when absent)."""


def takes_ending(form: str, ending: str, written: str) -> bool:
    """Whether a folded form followed by ``ending`` is that name: no ending, or a last
    word of at least :data:`MIN_INFLECTED` letters, ``written`` (the whole match as in
    the original) with a capital and the ending in the word's case: "Vesku", "VESKU",
    not "vesku" nor "PorterEM" (a mailbox). Scripts without case count as capitals."""
    if not ending:
        return True
    last = form.rsplit(" ", 1)[-1]
    if len(last) < MIN_INFLECTED or not last.isalpha() or written[:1].islower():
        return False
    return written[-len(ending) :].islower() or written.isupper()


def name_variants(term: str, *, surname: bool = True) -> set[str]:
    """The term, and for a name of several words the shorter forms it is written in.

    Given name and surname without the middle names ("Farah Khan" for "Farah Naz Khan"),
    initial and surname with and without the dot ("F. Khan", "F Khan") and, unless
    ``surname`` is false, the surname alone ("Khan").
    """
    words = term.split()
    found = {term}
    if len(words) < 2 or len(words[-1]) < MIN_SURNAME or not words[0][:1].isalpha():
        return found
    first, last = words[0], words[-1]
    found |= {f"{first[0]}. {last}", f"{first[0]} {last}"}
    if len(words) > 2 and "." not in first:
        found.add(f"{first} {last}")
    if surname:
        found.add(last)
    return found


@functools.lru_cache(maxsize=4096)
def latin(text: str) -> str:
    """One Latin spelling of text in any script ("Куреши" -> "Kureshi"); ASCII as it is."""
    return text if text.isascii() else anyascii(text)


def spellings(term: str, *, surname: bool = True) -> set[str]:
    """Folded forms of every variant, as written and transliterated, for matching."""
    found = set()
    for variant in name_variants(term, surname=surname):
        found |= {fold_term(variant), fold_term(latin(variant))}
    return {form for form in found if form}


def transliterated(folded: Folded) -> Folded:
    """Folded text with every character of another script spelled in Latin letters,
    keeping the map back to the original offsets (a letter may become several)."""
    if folded.text.isascii():
        return folded
    out: list[str] = []
    offsets: list[int] = []
    for char, offset in zip(folded.text, folded.offsets, strict=True):
        spelled = char if char.isascii() else latin(char).lower()
        out.append(spelled)
        offsets.extend([offset] * len(spelled))
    return Folded("".join(out), tuple(offsets))


def occurrences(
    text: str, forms: Iterable[str], *, endings: bool = True
) -> list[tuple[int, int, str]]:
    """(start, end, form) of every whole-word occurrence of the folded ``forms`` in the
    text, with an ending where ``endings`` and :func:`takes_ending` allow one (the span
    holds it), as written and spelled in Latin letters, sorted; the longest form wins."""
    ordered = sorted(set(forms), key=len, reverse=True)
    if not ordered:
        return []
    alternation = "|".join(re.escape(form) for form in ordered)
    ending = ENDING if endings else ""
    pattern = re.compile(rf"{WORD_START}({alternation}){ending}{WORD_END}")
    folded = fold(text)
    found: dict[tuple[int, int], str] = {}
    for version in (folded, transliterated(folded)):
        for match in pattern.finditer(version.text):
            start, end = version.span(match.start(1), match.end())
            suffix = (match.group(2) or "") if endings else ""
            if takes_ending(match.group(1), suffix, text[start:end]):
                found.setdefault((start, end), match.group(1))
    return [(start, end, form) for (start, end), form in sorted(found.items())]
