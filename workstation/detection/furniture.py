"""The furniture of documents, which is not proposed: headings in capitals ("THE
FACTS", "FIRST SECTION", "PAR CES MOTIFS") and the parties of cases cited as precedent
("Kudła v. Poland [GC], no. 30210/96"), which are public.

The model reads a heading in capitals as an organisation and a precedent's parties as a
person and a country. Neither identifies anyone in the document: a heading is the
document's own structure, and a cited judgment is public law. (Generic names of bodies,
"the Court", "the Government", and Latin phrases are in the policies' allow lists.)

Plain Python: no presidio, no spaCy.
"""

from __future__ import annotations

import re

from workstation.detection.findings import Finding
from workstation.detection.layout.words import word_set

# Words of the headings of judgments, reports and minutes, in capitals.
HEADING_WORDS = word_set(
    """
    THE OF AND IN ON TO A AN FOR BY WITH AS AT FROM THESE THIS THAT ITS
    FACTS LAW PROCEDURE CIRCUMSTANCES CASE CASES RELEVANT DOMESTIC INTERNATIONAL PRACTICE
    ALLEGED ALLEGEDLY VIOLATION VIOLATIONS ARTICLE ARTICLES CONVENTION PROTOCOL APPLICATION
    APPLICATIONS MERITS ADMISSIBILITY JUDGMENT JUDGEMENT DECISION REASONS COURT SECTION
    FIRST SECOND THIRD FOURTH FIFTH GRAND CHAMBER OPINION DISSENTING CONCURRING PARTLY
    JOINT SEPARATE SUMMARY INTRODUCTION CONCLUSION CONCLUSIONS RECOMMENDATIONS BACKGROUND
    FINDINGS ANNEX APPENDIX EXECUTIVE REPORT MINUTES AGENDA PRESENT APOLOGIES PRELIMINARY
    OBJECTION OBJECTIONS GOVERNMENT APPLICANT APPLICANTS PARTIES SUBMISSIONS ASSESSMENT
    GENERAL PRINCIPLES JOINDER DAMAGE COSTS EXPENSES INTEREST DEFAULT JUST SATISFACTION
    REMAINDER COMPLAINT COMPLAINTS UNANIMOUSLY MAJORITY HOLDS DECLARES DECIDES DISMISSES
    STATEMENT METHODOLOGY SOURCES EVIDENCE TESTIMONY CHRONOLOGY TIMELINE CONTENTS PART
    CHAPTER OTHER ANY BUSINESS ITEM ITEMS MATTERS ARISING NEXT MEETING CLOSE ACTION
    POINTS RESOLUTION RESOLUTIONS VOTE DISCUSSION
    LES FAITS EN DROIT PAR CES MOTIFS MOTIFS DÉCISION PROCÉDURE LA COUR DE DU DES ET
    SUR LE ARRÊT JUGEMENT EXPOSÉ PRÉTENTIONS DISPOSITIF COMPOSITION ENTRE CONTRE POUR
    OBJET PIÈCES CULPABILITÉ PEINE RÉPUBLIQUE
    LOS HECHOS FUNDAMENTOS DERECHO RESUELVE SENTENCIA ANTECEDENTES CONSIDERANDO POR
    TANTO FALLO
    """
)
_ROMAN = re.compile(r"[IVXLC]+\.?|\d+\.?|[A-Z]\.")
_HEADING_ENTITIES = frozenset({"ORGANIZATION", "PERSON", "LOCATION", "NRP"})
_INITIAL = re.compile(r"[A-Z]\.")
_SIGNATURES = "signatures"  # the layout finder of names and initials that sign a text
# "Kudła v. Poland [GC], no. 30210/96", "Muršić v. Croatia [GC], no. 7334/13, §§ 96-141".
# (A word is at most 40 characters: an unbounded word read from every capital of a long
# run without spaces, "A'A'A'...", made the search quadratic in the run's length.)
_CITATION = re.compile(
    r"(?P<first>[A-Z][\w'\u2019.-]{1,40}(?:[ ](?:and[ ]Others|[A-Z][\w'\u2019.-]{1,40})){0,3})"
    r"[ ]v\.[ \n]"
    r"(?P<second>(?:the[ ])?[A-Z][\w'\u2019.-]{1,40}(?:[ ][A-Z][\w'\u2019.-]{1,40}){0,3})"
    r"(?=[ \n]*(?:\[GC\]|\(dec\.\)|\(no\.[ ]\d\))?[ \n]*,[ \n]*(?:nos?\.|§|\d|ECHR|Series))"
)


def drop(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without headings in capitals and the parties of cited cases."""
    cited = [
        (m.start(group), m.end(group))
        for m in _CITATION.finditer(text)
        for group in ("first", "second")
    ]
    return [f for f in findings if f.from_deny_list or not (_heading(f, text) or _inside(f, cited))]


def _heading(finding: Finding, text: str) -> bool:
    if finding.entity not in _HEADING_ENTITIES or finding.recognizer == _SIGNATURES:
        return False  # initials that sign a message ("B. N.") are no outline's letters
    words = text[finding.start : finding.end].split()
    if len(words) > 1 and all(_INITIAL.fullmatch(w) for w in words):
        return False  # "B. N.": a person's initials, where an outline has one letter
    return bool(words) and all(
        (w.isupper() and w.strip(".,:;") in HEADING_WORDS) or _ROMAN.fullmatch(w) for w in words
    )


def _inside(finding: Finding, spans: list[tuple[int, int]]) -> bool:
    return finding.entity in _HEADING_ENTITIES and any(
        start <= finding.start and finding.end <= end for start, end in spans
    )
