"""The model reads only the sentences that can hold a name.

The named-entity model costs the same for every word, and in long narrative documents
(judgments, reports) a third of the sentences hold no capitalised word but the one
that starts them, and no digit ("The applicant alleged that the conditions of his detention..."): no
name, place or organisation can be there for the model to find. Those sentences are
blanked (each character but a line break becomes a space, so every offset stays where
it was) before the text goes to the model; runs of spaces are one token to spaCy, so
the model's work shrinks with them. Everything else (presidio's recognizers and their
context words, the layout and phrase recognizers) still reads the whole text.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re

from workstation.detection.layout.words import word_set

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_BLANK = re.compile(r"[^\n]")
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


def masked(text: str) -> str:
    """``text`` with the sentences that cannot hold a name blanked, offsets unchanged."""
    pieces = []
    position = 0
    for match in _SENTENCE.finditer(text):
        if not _may_name(match.group()):
            pieces.append(text[position : match.start()])
            pieces.append(_BLANK.sub(" ", match.group()))
            position = match.end()
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


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
