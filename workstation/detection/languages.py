"""Which language each paragraph is in, so names are read by a model for that language.

English paragraphs go to the English model, French ones to the French model; for any
other language no name model runs (the English model's guesses there are mostly
function words), and the scan says so plainly: names are then found only through deny
lists, patterns and layout cues.

Most paragraphs say their language through their commonest words ("the", "de", "que"),
counted here in plain Python; only a paragraph those words leave undecided is given to
py3langid (its bundled model, loaded on first need: it takes a second or two). A
paragraph too short to tell (a heading, a signature, a table row) takes the language
of the document.

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from workstation.detection.layout.words import word_set

ENGLISH = "en"
FRENCH = "fr"
WITH_NAME_MODEL = frozenset({ENGLISH, FRENCH})
NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "de": "German",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ca": "Catalan",
    "ro": "Romanian",
    "pl": "Polish",
    "cs": "Czech",
    "sk": "Slovak",
    "hr": "Croatian",
    "sr": "Serbian",
    "sl": "Slovenian",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "id": "Indonesian",
    "ms": "Malay",
    "sw": "Swahili",
    "ar": "Arabic",
    "fa": "Persian",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
}
_CANDIDATES = sorted(NAMES)
_FUNCTION_WORDS = {
    "en": word_set(
        """
        the of and to in is was for that with on as by at from his her which have has had
        were be been an this it are not or who their they he she but said
        """
    ),
    "fr": word_set(
        """
        le la les des du de et est une un que qui dans pour pas sur au aux avec ce cette il
        elle ils nous vous été sont par ont son sa ses leur mais ou en à ne se dont où selon
        """
    ),
    "es": word_set(
        """
        el la los las del de y en que es un una por con para se su sus al lo como más pero
        fue son ha sin entre
        """
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_MIN_WORDS = 6
_MIN_LETTERS_FOR_MODEL = 120
_MIN_SHARE = 0.2
_MARGIN = 0.08
_MIN_CONFIDENCE = 0.8
# Prose in which the three languages' commonest words are rarer than this is in another
# language; only then is py3langid's model (two seconds to load) asked which.
_OTHER_LANGUAGE_SHARE = 0.1
_PROSE_LINE = 45


@dataclass(frozen=True)
class Segment:
    """A run of paragraphs in one language: ``text[start:end]``."""

    start: int
    end: int
    language: str


def segments(text: str) -> list[Segment]:
    """The text cut into runs of paragraphs of one language, covering all of it."""
    paragraphs = list(_paragraphs(text))
    decided = [language_of(text[start:end]) for start, end in paragraphs]
    weight: Counter[str] = Counter()
    for (start, end), language in zip(paragraphs, decided, strict=True):
        if language:
            weight[language] += end - start
    main = weight.most_common(1)[0][0] if weight else _whole(text)
    runs: list[Segment] = []
    for (_, end), language in zip(paragraphs, decided, strict=True):
        chosen = language or main
        if runs and runs[-1].language == chosen:
            runs[-1] = Segment(runs[-1].start, end, chosen)
        else:
            runs.append(Segment(runs[-1].end if runs else 0, end, chosen))
    if runs and runs[-1].end < len(text):
        runs[-1] = Segment(runs[-1].start, len(text), runs[-1].language)
    return runs or [Segment(0, len(text), main)]


def without_name_model(text: str) -> list[str]:
    """The names of the languages in ``text`` that no name model reads ("Spanish")."""
    seen = dict.fromkeys(
        segment.language
        for segment in segments(text)
        if segment.language not in WITH_NAME_MODEL
        and any(c.isalpha() for c in text[segment.start : segment.end])
    )
    return [NAMES.get(language, language) for language in seen]


def notice(language: str) -> str:
    """What the scan and the review say about a language no name model reads."""
    return (
        f"no name model for {language}: names are found only through deny lists, "
        "patterns and layout cues"
    )


def language_of(paragraph: str) -> str | None:
    """The paragraph's language code, or None when it is too short to tell."""
    words = [w.lower() for w in _WORD.findall(paragraph)]
    best = 0.0
    if len(words) >= _MIN_WORDS:
        shares = sorted(
            (sum(w in common for w in words) / len(words), language)
            for language, common in _FUNCTION_WORDS.items()
        )
        (second, _), (best, language) = shares[-2], shares[-1]
        if best >= _MIN_SHARE and best - second >= _MARGIN:
            return language
    if sum(len(w) for w in words) < _MIN_LETTERS_FOR_MODEL or not _prose(paragraph):
        return None  # a list, a table or a heading: names in it say nothing of the language
    if best >= _OTHER_LANGUAGE_SHARE:
        return None  # English, French or Spanish, but too mixed to say: the document's
    code, confidence = _identifier().classify(paragraph)
    return str(code) if confidence >= _MIN_CONFIDENCE else None


def _prose(paragraph: str) -> bool:
    """Sentences rather than rows: long lines on average, mostly lower-case words (a
    table of names is mostly capitals), and a full stop somewhere."""
    lines = [line for line in paragraph.splitlines() if line.strip()]
    average = sum(len(line.strip()) for line in lines) / max(1, len(lines))
    words = _WORD.findall(paragraph)
    lower = sum(w[0].islower() for w in words) / max(1, len(words))
    return average >= _PROSE_LINE and lower >= 0.65 and ". " in paragraph.replace("\n", " ")


def _whole(text: str) -> str:
    """The language of a text none of whose paragraphs could tell (English if unsure)."""
    if sum(c.isalpha() for c in text) < _MIN_LETTERS_FOR_MODEL:
        return ENGLISH
    code, confidence = _identifier().classify(text)
    return str(code) if confidence >= _MIN_CONFIDENCE else ENGLISH


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    return spans


@functools.cache
def _identifier() -> Any:
    """py3langid's bundled model, restricted to the languages named above."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # noqa: PLC0415 - slow

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([c for c in _CANDIDATES if c in identifier.labels])
    return identifier
