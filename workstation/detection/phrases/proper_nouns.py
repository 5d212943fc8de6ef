"""A last net for names nothing else recognised: two or more capitalised words in the
middle of a sentence ("the nurses of Manglar Vivo", "a flat in San Cristóbal de las
Peñas").

English capitalises names and little else, so a run of capitalised words after a
lower-case word is nearly always a name: of a body, a place, a newspaper, a firm. The
model misses those it has never seen, most of all names in other languages. They are
proposed for review at a low score, with the plain reason that the name was not
recognised, so an editor sees why the box is there and rejects it in a second when it
names nothing that matters. Not proposed: a run that starts a sentence, a line or a
heading, months and weekdays, titles before a name (the name itself is left to the
name finders), and runs in capitals (cable text and headings are written so).
Only policies that ask for organisations or places run it (source-protection).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import TITLES
from workstation.detection.phrases.tokens import word_set

# Proposed as a place: the kind is unknown, and a place is the one label that never
# overrules a name finder's person over the same words (detection/overlaps.py, rule 3).
ENTITY = "LOCATION"
SCORE = 0.41
REASON = "capitalised name not recognised"

# Capitals and small letters beyond Latin-1 and Latin Extended-A: Romanian "Ș", "Ț",
# Vietnamese "Ơ", "Ư" and the letters with two marks ("Đặng", "Hữu"; in Latin Extended
# Additional the capitals are the even code points).
_VIETNAMESE_CAPITALS = "".join(chr(code) for code in range(0x1EA0, 0x1EFA, 2))
_CAPITAL = rf"[A-ZÀ-ÖØ-ÞĀ-ŽƠƯȘȚ{_VIETNAMESE_CAPITALS}]"
_SMALL = r"[a-zß-öø-ÿā-žơưșț\u1ea0-\u1ef9'\u2019]"
# A capitalised word (not in capitals throughout, so cable text and headings stay out),
# or an Arabic name with its article ("al-Salam").
_CAPITALISED = (
    rf"(?:{_CAPITAL}{_SMALL}[\w'\u2019]*(?:-[\w'\u2019]+)*"
    r"|(?:al|el|as|ad|ar|an|ash|at|az|ul|ud)-[A-ZÀ-Þ][\w'\u2019]+)"
)
# Particles inside a name ("San Cristóbal de las Peñas"); not "of" or "for", which join
# a person to the body they work for.
_PARTICLE = (
    r"(?:de|del|de[ ]la|de[ ]las|de[ ]los|du|des|la|le|las|los|van|von|der|den|da|do|dos"
    r"|das|di|bin|bint|ibn|y|e)"
)
_RUN = re.compile(
    rf"(?<![\w'\u2019.-])(?P<run>{_CAPITALISED}(?:[ ](?:{_PARTICLE}[ ])?{_CAPITALISED})+)"
    r"(?![\w-])"
)
_ARTICLE_OR_CAPITAL = re.compile(rf"{_CAPITAL}|(?:al|el|as|ad|ar|an|ash|at|az|ul|ud)-[A-ZÀ-Þ]")
# What a sentence, a line or a heading starts with: after these a capital says nothing.
_SENTENCE_START = re.compile(
    r"(?:^|[.!?:;\"\u201c\u201d\u00ab\u00bb(\[\-\u2013\u2014•*#>|]|\d)[ \t]*$"
)
_NOT_NAMES = word_set(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Janvier Février Mars Avril Mai
    Juin Juillet Août Septembre Octobre Novembre Décembre Enero Febrero Marzo Abril Mayo
    Junio Julio Agosto Septiembre Octubre Noviembre Diciembre I The A An This That These
    Those His Her Their Our Its My Your He She It We They You Mr Mrs Ms Dr In On At To For
    From By With And But Or If When While After Before During Since Article Articles
    Section Chapter Annex Appendix Paragraph Page Table Figure Item Part Schedule Rule
    No Nos Ref
    """
)
# A run that ends so is the title of a law or a treaty, which is public.
# A sentence may open with a preposition and a name: the name is read without it.
_OPENING_PREPOSITIONS = word_set("In At From Near En Desde Dans Depuis Près")
_LAW_WORDS = word_set(
    "Act Acts Law Laws Code Convention Protocol Regulation Regulations Decree Bill"
)
# Posts before a name, in capitals ("Interior Minister", "State Prosecutor"): the name
# after them is left to the name finders, whose span it is.
_POSTS = TITLES | word_set(
    """
    prosecutor attorney auditor ombudsman registrar spokesman spokeswoman premier
    chancellor king queen prince princess emir sultan bishop archbishop cardinal pope
    councillor cllr mp mep speaker rapporteur envoy attaché attache counsellor counselor
    chargé sergeant-major private corporal trooper congen consgen polcouns econcouns
    poloff polof econoff conoff mgmtoff dcm cda rso datt amb charge
    """
)


# One capitalised word after a word that says where: "the clinic in Loro", "a bus from
# Ostrog" (not "in March", "in English", "in Parliament", "in Annex 2", "in Ahmed's car").
_WHERE = re.compile(
    rf"(?<![\w-])(?:in|near|outside|around|across|from|via|towards|toward|dans|près[ ]de"
    rf"|depuis|cerca[ ]de|desde|hacia)[ ](?P<place>{_CAPITALISED})"
    rf"(?![\w'\u2019-]|[ ]{_CAPITALISED})"
)
_NOT_PLACES = word_set(
    """
    Parliament Congress Court Government Council Committee Chambers Cabinet Senate Assembly
    Annex Appendix Article Section Chapter Table Figure Part Schedule Paragraph Exhibit Page
    Item Line Box Islam Christianity Judaism Hinduism Buddhism God Allah Christ Heaven
    Internet Google Facebook Twitter WhatsApp Telegram Signal Excel Word Windows Arabic
    Latin Swahili Hausa Urdu Hindi Dari Pashto Farsi Kurdish Russian Spanish English French
    Portuguese German Chinese Japanese Korean Turkish Italian Dutch Polish Czech Greek
    Hebrew Amharic Somali Tigrinya Wolof Bambara Tamil Bengali Punjabi Sindhi Nepali
    Private Public Person Writing Total General Particular Practice Principle Time Summary
    Brief Short Fact Response Reply Return Addition Contrast Principle Part Camera Custody
    Detention Prison Hospital Office Town City Village Province District Region Court
    Police Army Headquarters Ministry Embassy Consulate Mission Post Capital
    """
)


def proper_nouns(text: str) -> Iterator[LayoutSpan]:
    """Runs of capitalised words in mid-sentence, as unrecognised names for review."""
    for match in _RUN.finditer(text):
        start, end = match.span("run")
        if "\n" in text[start:end]:
            continue  # a run across lines is most often a heading or a table
        before = text[text.rfind("\n", 0, start) + 1 : start]
        if _SENTENCE_START.search(before):
            first = text[start:end].split(" ", 1)[0]
            if first not in _OPENING_PREPOSITIONS:
                continue
            start += len(first) + 1  # "In San Telmo de las Flores, ...": the rest is a name
            before = text[text.rfind("\n", 0, start) + 1 : start]
        if text.endswith(("'s", "\u2019s"), start, end):
            end -= 2  # a possessive is outside the name
        words = text[start:end].split(" ")
        if words[-1] in _LAW_WORDS:
            continue
        posts = [i for i, w in enumerate(words) if w.lower().rstrip(".") in _POSTS]
        if posts:  # "Prime Minister Karl Dorn": the name is the name finders' to find
            cut = posts[-1] + 1
            start += sum(len(w) + 1 for w in words[:cut])
            words = words[cut:]
        while words and words[0] in _NOT_NAMES:
            start += len(words.pop(0)) + 1
        while words and (words[-1] in _NOT_NAMES or not _ARTICLE_OR_CAPITAL.match(words[-1])):
            end -= len(words.pop()) + 1
        capitalised = [w for w in words if _ARTICLE_OR_CAPITAL.match(w)]
        if len(capitalised) < 2 or any(w in _NOT_NAMES for w in capitalised):
            continue
        yield LayoutSpan(start, end, ENTITY, SCORE, REASON)
    for match in _WHERE.finditer(text):
        word = match.group("place")
        if (
            word in _NOT_NAMES
            or word in _NOT_PLACES
            or word.endswith(("ish", "ese", "'s", "\u2019s"))
        ):
            continue
        yield LayoutSpan(*match.span("place"), ENTITY, SCORE, REASON)
