"""Trades announced by the words before or after them, whatever the trade: "works as a
tea lady", "employed as a bus tout", "Occupation: dhobi", "de profesión albañil", "a
mechanic by trade".

No vocabulary holds every trade of every country, but a sentence or a form often says
that one is coming; the words after such a cue, to the first word that starts another
clause, are the trade. The profession finder (``occupations.py``) adds these spans to
the ones its vocabulary finds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import Word, words
from workstation.detection.phrases.tokens import word_set as _set

ENTITY = "OCCUPATION"
SCORE = 0.6

# What a person does, announced by the words before it whatever the trade: "works as a
# tea lady", "employed as a bus tout", "Occupation: dhobi", "de profesión albañil".
_AS_CUE = re.compile(
    r"(?i:\b(?:works?|worked|working|employed|hired|engaged|served|serves|serving|trained"
    r"|qualified|registered|practi[sc](?:es|ed|ing)|job|career|living|travaille|travaillait"
    r"|employée?|embauchée?|trabaja|trabajaba|empleado|empleada|contratado|contratada)"
    r"[ \n](?:as|comme|como)[ \n](?:an?[ \n]|the[ \n]|un[ \n]|une[ \n]|una?[ \n])?)"
)
_AS_VERBS = _set(
    """
    work works worked working employed hired engaged served serves serving trained qualified
    registered practises practised practising practices practiced practicing job career
    living travaille travaillait employé employée embauché embauchée trabaja trabajaba
    empleado empleada contratado contratada
    """
)
_FIELD_CUE = re.compile(
    r"(?im:^[ \t]*(?:occupation|profession|job[ ]title|job|position|post|rank|grade|trade"
    r"|employment|designation|function|ocupación|profesión|oficio|cargo|puesto|métier"
    r"|fonction|emploi|grade|qualité)[ \t]*:[ \t]*)"
)
_PROFESSION_CUE = re.compile(
    r"(?i:\b(?:de[ ]profession|de[ ]profesión|de[ ]oficio|exerçant[ ]la[ ]profession[ ]de"
    r"|exerce[ ]la[ ]profession[ ]de)[ ](?:d['\u2019])?)"
)
_BY_PROFESSION = re.compile(r"(?i:[ \n]by[ ](?:profession|trade|occupation)\b)")
_CUED_STOP = _set(
    """
    and or but who which that when while where since because after before until for to
    from with without in on at by of as than then his her their its the a an this these
    those et ou qui que dont pour avec dans sur y o con para por desde en depuis pendant
    chez durante hasta cuando quand lorsque mais pero usual normal always well such
    follows follow part much long soon far if though expected planned agreed required
    necessary possible intended promised instructed told usually ever reminder
    """
)


def cued_trades(text: str) -> Iterator[LayoutSpan]:
    """A trade named after a cue ("works as a ...", "Occupation: ...", "de profession
    ..."), up to four words, to the first word that starts another clause."""
    found = words(text)
    as_cues = (_AS_CUE.match(text, w.start) for w in found if w.lower in _AS_VERBS)
    for cue in (as_cues, _FIELD_CUE.finditer(text), _PROFESSION_CUE.finditer(text)):
        for match in cue:
            if match is None:
                continue
            span = _cued_words(text, match.end(), line=match.re is _FIELD_CUE)
            if span is not None:
                yield LayoutSpan(span[0], span[1], ENTITY, SCORE, "profession after a cue")
    for match in _BY_PROFESSION.finditer(text):
        before = [w for w in found if w.end <= match.start()][-4:]
        start = _cued_start(before)
        if start is not None:
            yield LayoutSpan(start, match.end(), ENTITY, SCORE, "profession by profession")


def _cued_words(text: str, position: int, *, line: bool) -> tuple[int, int] | None:
    start = end = None
    pieces = re.finditer(r"[\w'\u2019-]+|[^\w\s]|\n", text[position : position + 80])
    for count, match in enumerate(pieces, start=1):
        piece = match.group()
        if piece == "\n" or (not piece[0].isalnum() and piece not in ("(", ")", "/")):
            break
        if not line and (piece.lower() in _CUED_STOP or piece[0].isdigit()):
            break
        if start is None:
            start = position + match.start()
        end = position + match.end()
        if count >= (6 if line else 4):
            break
    if start is None or end is None:
        return None
    return start, end


def _cued_start(before: list[Word]) -> int | None:
    """Where "a mechanic" starts before "by profession": the words after the last
    article or comma, at most three."""
    kept = []
    for word in reversed(before):
        if word.lower in _CUED_STOP or not word.text[0].islower():
            break
        kept.append(word)
        if len(kept) == 3:
            break
    return kept[-1].start if kept else None
