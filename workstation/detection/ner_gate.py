"""The model reads only the sentences that can hold a name.

The named-entity model costs the same for every word, and in long narrative documents
(judgments, reports) a third of the sentences hold no capitalised word but the one
that starts them, and no digit ("The applicant alleged that the conditions of his detention..."): no
name, place or organisation can be there for the model to find. Those sentences are
blanked (each character but a line break becomes a space, so every offset stays where
it was) before the text goes to the model; runs of spaces are one token to spaCy, so
the model's work shrinks with them. Everything else (presidio's recognizers and their
context words, the layout and phrase recognizers) still reads the whole text.

Within the sentences kept, words far from any word that could begin or be part of an
entity the model is asked for (a capitalised word other than a common sentence
starter, a digit, a letter outside ASCII, a word of time such as "weeks") are blanked
too. The model sees a word through a window of four words on each side (its
token-to-vector layer: four convolutions of window one) and decides at each word from
that word's and the one before's vectors, so a word more than ``REACH`` words from every
such word changes nothing the model says about them (words counted as the model reads
the text, with the blanked sentences gone). On long legal text, where nearly every word
is near a capital or a digit, this saves only 3% of the tokens; on the demo documents
and the tuned set the model's entities are unchanged.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re

from workstation.detection.layout.words import word_set

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_BLANK = re.compile(r"[^\n]")
# Words as spaCy first splits them (it never joins two): a window of REACH of them holds
# at least REACH of the model's tokens.
_SPACED_WORD = re.compile(r"\S+")
_WORD_EDGES = "\"'()[]{}.,;:!?«»\u201c\u201d\u2018\u2019*-_"
_WORD_PARTS = re.compile(r"[-'\u2019]")
_NOT_PLAIN = re.compile(r"[^a-z]")
REACH = 5
"""Words kept on each side of a word that could be part of an entity."""
# Capitalised only because they start a sentence (English, French, Spanish).
SENTENCE_STARTERS = word_set(
    """
    The A An In On He She It They This That These Those We I His Her Their There When
    While After Before As If But And However According At For From By With Since During
    Although Because Thus Therefore Accordingly Moreover Furthermore Finally First Second
    Third Its Our My Your Both Each All No Not Some Any One Two Three Four Five Six Seven
    Eight Nine Ten Such Other Another Where What Which Who Whom Whose How Why Under Over
    Between Among Until Upon Without Within Despite Following Given Having Being Also Only
    Even Yet So Then Here
    Le La Les Un Une Des Il Elle Ils Elles Nous Vous Ce Cette Ces Son Sa Ses Leur Leurs
    Dans Pour Par Sur Avec Selon Après Avant Depuis Mais Et Ou Donc Lorsque Quand
    El Los Las Una Unos Unas En Por Para Con Según Desde Pero Y Su Sus Que Cuando
    """
)
# Lower-case words the model reads as (part of) a date or a time: "six weeks", "daily".
TIME_WORDS = word_set(
    """
    day days night nights week weeks weekend weekends month months year years decade
    decades century centuries hour hours minute minutes morning mornings evening evenings
    afternoon afternoons tonight today tomorrow yesterday overnight daily weekly monthly
    hourly annual annually yearly noon midnight ago dawn dusk january february march april
    may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday
    """
)


def masked(text: str) -> str:
    """``text`` with the sentences that cannot hold a name blanked, and then the words
    far from any that could, offsets unchanged.

    Words are counted in the text with those sentences blanked, as the model reads it: a
    blanked sentence is one token of spaces to it, so the words on either side of it are
    neighbours.
    """
    gated = _blanked(text, [m.span() for m in _SENTENCE.finditer(text) if not _may_name(m.group())])
    return _blanked(gated, _far_words(gated))


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each of the ``spans`` (in order, not overlapping) blanked in place."""
    if not spans:
        return text
    pieces = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        pieces.append(_BLANK.sub(" ", text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _far_words(text: str) -> list[tuple[int, int]]:
    """Runs of words more than ``REACH`` words from every word that could be part of
    an entity, as (start, end) spans of ``text``."""
    words = [m.span() for m in _SPACED_WORD.finditer(text)]
    near = [False] * len(words)
    for index, (start, end) in enumerate(words):
        word = text[start:end]
        # Most words are plain lower-case: only a word of time among them can count.
        if (word in TIME_WORDS or _NOT_PLAIN.search(word)) and _may_be_entity(word):
            low, high = max(0, index - REACH), min(len(words), index + REACH + 1)
            near[low:high] = [True] * (high - low)
    runs: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(words):
        if near[index]:
            continue
        if runs and not near[index - 1]:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _may_be_entity(word: str) -> bool:
    """A digit, a letter outside ASCII, a capital (but in a common sentence starter:
    "The" of "The Hague" is near "Hague"), or a word of time, alone or in a compound."""
    core = word.strip(_WORD_EDGES)
    if any(c.isdigit() or (c.isalpha() and not c.isascii()) for c in core):
        return True
    if not core.islower():
        return core not in SENTENCE_STARTERS and any(c.isupper() for c in core)
    return any(part in TIME_WORDS for part in _WORD_PARTS.split(core))


def _may_name(sentence: str) -> bool:
    """A capitalised word that does not merely start the sentence, a digit (dates and
    times are the model's too), or a sentence too short to judge ("A." of "A. Kaya")."""
    words = _WORD.findall(sentence)
    if len(words) <= 3 or any(c.isdigit() for c in sentence):
        return True
    for index, word in enumerate(words):
        if not word[0].isupper():
            continue
        if index > 0 or word not in SENTENCE_STARTERS:
            return True
    return False
