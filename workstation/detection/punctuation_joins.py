"""Boxes that stop at punctuation: two proposals that belong together become one.

A labelled span is hidden only when every character of it is covered, and finders stop
at punctuation: "Md" and "Rafiq" with the stop between them left showing, "SMITH" and
"John" on either side of the comma of an inverted name, "12 Rue X" and "Apt 4" in an
address chain. The stop or comma left between two boxes still shows the shape of the
name ("A.K. Singh"). So two proposals separated only by punctuation and at most one
space, on one line, become one box when they belong together:

- a name and the initial or abbreviation before its stop ("A.K. Singh", "J.-P.
  Lacroix", "Md. Rafiq", "St. John"): one of the two is a person's;
- an inverted name: "SURNAME, Given" (the surname in capitals), "Surname, J." (only
  initials after the comma), or "Surname, Given" when the given name is a known one
  and the surname words are not;
- an organisation written as a chain: "Smith, Jones & Co." (the last part joins two
  names with "&" or "and"), "Acme Holdings, Inc." (a legal form after the comma);
- an address chain: "No. 7, Jalan Cempaka 3, Taman Melati", "12 Rue X, Apt 4";
- an institution and its town, the way South Asian and British records write them
  ("District Hospital, Khedapur", "Forensic Science Laboratory, Ranpur"), and a body
  and its place in French and Spanish ("CHR de Kandé", "Banque X de l'Ombéla"): the
  name of a body is whole only with its place.

- a body and the short name it defines in brackets ("Port Health Unit (PHU)",
  "Centre No. 4 (CD-4)"): the bracket closes the name;
- an address chain that runs on to its town and postcode ("Unit 5, 14 Quay Road,
  Harbourside, Kelport 4410", "Rua X 7, Lisboa 1100-044"), as the README labels it;
- an address and the building written before it ("Immeuble Kora, 7 Rue X", "Harmony
  House, 11 Y Street"), and a part a finder named otherwise between two parts of one
  address ("Lot 23, Cité des Cadres, Rue 12");
- a post and the unit it heads, as British and Commonwealth offices write it
  ("Director, Internal Audit", "Head, Finance");
- a date and its time ("Friday 3 May, 10 am", "10:00, 3 May 2024", "2024-05-03 10:30"
  read in two pieces, one of them taken for a phone number).

Two names in a list ("Ruiz, Pérez and Gómez") stay two boxes, so that an editor can
decide on each person: a comma joins names only when the form is clearly inverted.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workstation.detection.findings import Proposal
from workstation.detection.layout.words import TITLES, word_set
from workstation.detection.phrases.given_names import known_given_name

NOTE = "joined over the punctuation between them"
PERSON = "PERSON"
ORGANIZATION = "ORGANIZATION"
ADDRESS = "STREET_ADDRESS"

# Punctuation and at most one space: ". ", ".-", ", ", "-".
_STOP_GAP = re.compile(r"(?:\.[ ]?[-\u2010\u2011]?[ ]?|[-\u2010\u2011])")
_COMMA_GAP = re.compile(r", ")  # "SURNAME,Given" without the space is a CSV row
# Initials: "A", "A.K", "J.-P", "A. K".
_CAPITAL = r"[^\W\d_a-z]"
_BETWEEN = r"(?:\.[ ]?[-\u2010\u2011]?[ ]?|[ ]?[-\u2010\u2011][ ]?|[ ])"
_INITIALS = re.compile(rf"{_CAPITAL}(?:{_BETWEEN}{_CAPITAL})*\.?")
# Given names written short, with a stop, in registers and court lists worldwide:
# Md./Mohd./Muhd. (Muhammad), St. (Saint), Ma./Mª (María), Fco. (Francisco), Wm.
# (William), Chas., Jas., Thos., Geo., Jno., Edw. (English registers), Al. (Aleksandr),
# Sh. and Smt. stay titles and are not here.
_SHORT_GIVEN = word_set(
    "md mohd muhd moh mhd mohamad st ste sta ma fco wm chas jas thos geo jno edw al"
)
# Legal forms written after a comma ("Acme Holdings, Inc.").
LEGAL_FORMS = word_set(
    "inc inc. llc llp ltd ltd. plc co co. corp corp. lp l.p. s.a. sa s.l. sl s.a.s. sas "
    "sarl gmbh ag nv n.v. bv b.v. s.p.a. spa s.r.l. srl pty oy ab as a/s k.k."
)
# The last word of an institution's name that its town follows after a comma.
_INSTITUTION_HEADS = word_set(
    "hospital laboratory lab jail prison gaol court station college school university "
    "clinic centre center office branch camp market mosque church temple dispensary "
    "infirmary thana tehsil sanatorium asylum hostel workshop depot"
)
# The words that join a body to its place in French, Spanish and Portuguese.
_OF_A_PLACE = re.compile(r"[ ](?:de[ ]la|de[ ]l['\u2019]|de|du|des|del|d['\u2019]|do|da)[ ]?")
_PLACES = frozenset({"LOCATION"})
_BODIES = frozenset({ORGANIZATION})
_JOINING = re.compile(r"\S[ ](?:&|and|und|et|y|e)[ ]\S", re.IGNORECASE)
# The first word of a part of an address after a comma that is still the address (the
# unit, the building, the neighbourhood) rather than the town after it.
_ADDRESS_PARTS = word_set(
    "apt apartment appt app flat unit suite ste room floor fl piso etage étage stock block "
    "bloc building bldg tower torre house maison immeuble residence résidence lot lote plot "
    "door no quartier quarter barrio bairro colonia col sector zone zona cité cite "
    "lotissement estate taman kampung kampong desa kelurahan ward phường phuong mahalle "
    "mahallesi mikrorayon microraion sektor km"
)


def joined(proposals: list[Proposal], text: str) -> list[Proposal]:
    """The proposals, with each pair that belongs together made one (see the module)."""
    result: list[Proposal] = []
    for proposal in sorted(proposals, key=lambda p: (p.start, p.end)):
        if result and result[-1].end >= proposal.end and _taken(result[-1], proposal):
            continue  # inside an address already run on to its postcode
        if len(result) >= 2 and (chain := _address_around(result[-2], result[-1], proposal, text)):
            result[-2:] = [chain]
        elif result and (merged := _join(result[-1], proposal, text)) is not None:
            result[-1] = merged
        else:
            result.append(_run_on(proposal, text))
    return result


def _address_around(
    first: Proposal, middle: Proposal, last: Proposal, text: str
) -> Proposal | None:
    """One address over a part a finder named otherwise between two parts of it, on one
    line: "Lot 23, Cité des Cadres, Rue 12" (the middle part taken for a place)."""
    if first.entity != ADDRESS or last.entity != ADDRESS or middle.entity == PERSON:
        return None
    if "ignore" in (first.decision, middle.decision, last.decision):
        return None
    if text[first.end : middle.start] != ", " or not _CHAIN_GAP.fullmatch(
        text, middle.end, last.start
    ):
        return None
    if "\n" in text[middle.start : middle.end] or len(text[middle.start : middle.end].split()) > 5:
        return None
    return _one(first, first, last, ADDRESS)


_CHAIN_GAP = re.compile(r",[ ]?\n?[ \t]*")
OCCUPATION = "OCCUPATION"
# Words that name a building, written first ("Immeuble Kora", "Menara Permata", "Wisma
# Atria", "Edificio Sol") or last ("Harmony House", "Kora Tower", "Temple Chambers").
_BUILDING_FIRST = word_set(
    "immeuble résidence residence villa menara wisma edificio edifício torre tower bloc "
    "block bâtiment batiment building plaza complexe complex palazzo"
)
_BUILDING_LAST = word_set(
    "house building tower chambers plaza court mansions centre center complex towers "
    "heights residency apartments"
)
# The posts that a unit follows after a comma ("Director, Internal Audit", "Head, Finance").
_POST_HEADS = word_set(
    "director head chief manager officer clerk auditor inspector secretary adviser advisor "
    "coordinator controller superintendent commissioner registrar administrator "
    "supervisor deputy assistant attaché attache counsellor councillor"
)


def _building(written: str) -> bool:
    """Whether a part before an address names its building ("Immeuble al-Andalus",
    "Harmony House"): one line, at most four words."""
    words = written.split()
    if not 1 <= len(words) <= 4 or "\n" in written:
        return False
    return words[0].casefold() in _BUILDING_FIRST or (
        len(words) >= 2 and words[-1].casefold() in _BUILDING_LAST and words[-1][0].isupper()
    )


def _post_of(post: str, unit: str) -> bool:
    """Whether "post, unit" is one post with the unit it heads: "Director, Internal
    Audit", "Assistant Director, Licensing"."""
    words, units = post.split(), unit.split()
    return (
        bool(words)
        and words[-1].casefold() in _POST_HEADS
        and words[-1][0].isupper()
        and 1 <= len(units) <= 4
        and units[0][0].isupper()
        and "\n" not in post + unit
    )


def _taken(chain: Proposal, inside: Proposal) -> bool:
    return (
        chain.entity == ADDRESS and NOTE_POSTCODE in _notes(chain) and inside.decision != "ignore"
    )


def _join(left: Proposal, right: Proposal, text: str) -> Proposal | None:
    if "ignore" in (left.decision, right.decision) or right.start <= left.end:
        return None
    gap = text[left.end : right.start]
    first, second = text[left.start : left.end], text[right.start : right.end]
    if left.entity == ORGANIZATION and gap == " (" and _defined_short_name(second, text, right):
        return _one(left, left, right, ORGANIZATION, end=right.end + 1)
    if (when := _date_and_time(left, right, first, gap, second)) is not None:
        return _one(when, left, right, DATE_TIME)
    if right.entity in _PLACES and _body_and_place(left, first, gap):
        return _one(left, left, right, ORGANIZATION)
    if _STOP_GAP.fullmatch(gap) and _before_a_stop(first, left, right):
        return _one(right if right.entity == PERSON else left, left, right, PERSON)
    if not _COMMA_GAP.fullmatch(gap):
        return None
    if left.entity == PERSON == right.entity and _inverted(
        first, second, entry_start(text, left.start)
    ):
        return _one(left, left, right, PERSON)
    if _inverted_half_misread(left, right, first, second, text):
        return _one(left if left.entity == PERSON else right, left, right, PERSON)
    if (
        right.entity == PERSON
        and left.entity != PERSON
        and _capitals_surname(first, second)
        and (entry_start(text, left.start) or cell_start(text, left.start))
    ):
        return _one(right, left, right, PERSON)  # "RAKHIMOVA" taken for a body
    firm = right.entity == ORGANIZATION and left.entity in {PERSON, ORGANIZATION}
    if firm and _firm_chain(first, second):
        return _one(right, left, right, ORGANIZATION)
    if left.entity == ADDRESS and (right.entity == ADDRESS or _address_part(second)):
        return _one(left, left, right, ADDRESS)
    if right.entity == ADDRESS and left.entity != ADDRESS and _building(first):
        return _one(right, left, right, ADDRESS)
    if left.entity == OCCUPATION and right.entity in _BODIES | _PLACES and _post_of(first, second):
        return _one(left, left, right, OCCUPATION)
    return None


def _body_and_place(left: Proposal, first: str, gap: str) -> bool:
    """Whether a place after ``first`` ends the name of the body: "District Hospital,
    Khedapur", "CHR de Kandé", "Banque Atlantique de l'Ombéla"."""
    if _OF_A_PLACE.fullmatch(gap):
        return left.entity in _BODIES and not first.islower()
    if gap != ", ":
        return False
    words = first.split()
    return (
        left.entity in _BODIES | _PLACES
        and bool(words)
        and words[-1].casefold() in _INSTITUTION_HEADS
        and words[-1][0].isupper()
    )


def _firm_chain(first: str, second: str) -> bool:
    """Whether "first, second" is one firm: "Smith, Jones & Co.", "Acme, Inc."."""
    if "\n" in first or "\n" in second or len(first.split()) > 2:
        return False
    return second.casefold() in LEGAL_FORMS or (
        len(second.split()) <= 5 and bool(_JOINING.search(second))
    )


def _address_part(written: str) -> bool:
    """Whether a part after an address's comma is still the address ("Apt 4", "Taman
    Melati") rather than the town."""
    words = written.split()
    return bool(words) and words[0].casefold().rstrip(".:") in _ADDRESS_PARTS


def _before_a_stop(first: str, left: Proposal, right: Proposal) -> bool:
    """Whether ``first`` is an initial or a short given name before a person's name."""
    if first.casefold() in TITLES:
        return False
    if right.entity != PERSON:  # "J" + "P" of "J.-P.": the initials of a person
        return left.entity == PERSON and _initials(first)
    if left.entity == PERSON and _TWO_LETTER_INITIAL.fullmatch(first):
        return True  # "Ch. Erdene": a Mongolian or Russian initial written with two letters
    return _initials(first) or first.casefold() in _SHORT_GIVEN


_ENTRY_MARK = re.compile(r"(?:.*[:\u2022*\t|;-]|[ \t]*\(?\d{1,4}[.)]|[ \t]*[a-z][.)])[ \t]*")


def entry_start(text: str, start: int) -> bool:
    """Whether a span starts an entry: after a label's colon, a bullet, a tab or a
    number, or on a line of its own after a line that does not run on into it."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ENTRY_MARK.fullmatch(text, line_start, start):
        return True
    if text[line_start:start].strip():
        return False
    previous = text[max(0, line_start - 200) : max(0, line_start - 1)].rstrip(" \t")
    last = previous.split("\n")[-1][-1:] if previous else ""
    return not (last.islower() or last in {",", "("})


# Initials of a Russian or Central Asian name transliterated with two letters for one
# ("R. Sh" of "R. Sh. Mirzaev": Sh, Kh, Zh, Ch, Ts, Yu, Ya, Ye, Yo): after an initial,
# never a title ("Sh." alone is the Indian "Shri").
_TWO_LETTER_INITIAL = re.compile(r"Kh|Zh|Ch|Ts|Yu|Ya|Ye|Yo")  # not "Sh", the Indian "Shri"
_TWO_LETTER_INITIALS = re.compile(r"[A-Z]\.[ ]?(?:Sh|Kh|Zh|Ch|Ts|Yu|Ya|Ye|Yo)")


def _initials(written: str) -> bool:
    """Whether ``written`` is only initials ("A.K", "J.-P", "É. M.", "R. Sh")."""
    if _TWO_LETTER_INITIALS.fullmatch(written):
        return True
    return bool(_INITIALS.fullmatch(written)) and written.upper() == written


def _inverted(surname: str, given: str, at_entry_start: bool) -> bool:
    """Whether "surname, given" is one name written surname first. Two given names
    after the comma ("Rosa Elvira") only where an entry starts (a line, a label, a
    bullet): in a sentence, "for Almaresh, Rafiq Shamsuddin" is a firm and a man."""
    surnames, givens = surname.split(), given.split()
    if not surnames or not givens or len(givens) > 3 or len(surnames) > 3:
        return False
    if _initials(given):
        return True
    capitals = [c for c in surname if c.isalpha()]
    if len(capitals) >= 2 and all(c.isupper() for c in capitals) and not given.isupper():
        return True
    if given.isupper() or any(known_given_name(word) for word in surnames):
        return False
    # One given name, or two known ones, then initials: "John", "Rosa Elvira", "John A.";
    # "Henrik Aalto" after a comma is a whole name of its own.
    named = [word for word in givens if not _initials(word)]
    if not named or not all(known_given_name(word) for word in named):
        return False
    return len(named) == 1 or at_entry_start


# What the model takes one half of an inverted name for: "Jonas" a firm, "Ionel" a
# nationality, "Rosaria" a place, "Ynares" a body.
_HALF_MISREAD_AS = frozenset({ORGANIZATION, "LOCATION", "NRP"})


def _inverted_half_misread(
    left: Proposal, right: Proposal, first: str, second: str, text: str
) -> bool:
    """Whether "surname, given" is one inverted name although the model read one half
    as a body, a place or a nationality ("KOVAČ, Ivan" with "Ivan" a place, "Mensah,
    Abena" after a label with "Mensah" a firm). Only where a name is expected: after a
    label, a bullet or a cell's edge, or with the surname in capitals; the given name
    must be a known one, read on its own line ("Abena K.⏎Date" is cut at the break)."""
    other = right.entity if left.entity == PERSON else left.entity
    if PERSON not in (left.entity, right.entity) or other not in _HALF_MISREAD_AS:
        return False
    given = second.split("\n", 1)[0].rstrip()
    if not given or not known_given_name(given.split()[0]):
        return False
    where = entry_start(text, left.start) or cell_start(text, left.start)
    capitals = [c for c in first if c.isalpha()]
    shouted = len(capitals) >= 2 and all(c.isupper() for c in capitals)
    if not where and not (shouted and left.entity == PERSON):
        return False
    return _inverted(first, given, where)


def _one(
    main: Proposal, left: Proposal, right: Proposal, entity: str, end: int | None = None
) -> Proposal:
    """One box over both, with the main one's group and reasons."""
    other = right if main is left else left
    notes = list(_notes(main))
    notes.append(f"{NOTE} ({other.entity})")
    return replace(
        main,
        start=left.start,
        end=right.end if end is None else end,
        entity=entity,
        score=max(left.score, right.score),
        reason={**main.reason, "notes": notes},
    )


def _notes(proposal: Proposal) -> list[str]:
    notes = proposal.reason.get("notes", [])
    return [str(note) for note in notes] if isinstance(notes, list) else []


DATE_TIME = "DATE_TIME"
NOTE_POSTCODE = "run on to the town and postcode"
# A short name defined in brackets: capitals and digits, one hyphen ("PHU", "CD-4").
_SHORT_NAME = re.compile(r"[A-Z][A-Z0-9&]{1,9}(?:-[A-Z0-9]{1,6})?")


def _defined_short_name(second: str, text: str, right: Proposal) -> bool:
    """Whether ``second`` is a short name in brackets right after a body's name."""
    return bool(_SHORT_NAME.fullmatch(second)) and text.startswith(")", right.end)


# A clock time ("10:30", "9 am", "14h30", "10am") and a date ("3 May", "2024-05-03",
# "03.05.2024", "Friday"), each alone in one of two boxes.
_CLOCK = re.compile(
    r"\d{1,2}(?::\d{2}){1,2}(?:[ ]?(?:[ap]\.?m\.?|h|hrs?))?|\d{1,2}[ ]?(?:[ap]\.?m\.?|h\d{2}|hrs?)",
    re.IGNORECASE,
)
_MONTH_OR_DAY = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|fevr|mars|avr|mai|"
    r"juin|juil|août|aout|sept|déc|ene|abr|ago|dic|fev|out|dez|mon|tue|wed|thu|fri|sat|sun|"
    r"lun|mar|mer|jeu|ven|sam|dim)[a-zéû]*\.?\b"
)
_NUMERIC_DATE = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
# An ISO or dotted date with its hour, cut at the colon: "2024-05-03 10" + ":" + "30".
_DATE_AND_HOUR = re.compile(r"(?:\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})[ T]\d{1,2}")


def _date_and_time(
    left: Proposal, right: Proposal, first: str, gap: str, second: str
) -> Proposal | None:
    """The box that carries a date, when two boxes are one date and its time; else None."""
    if gap == ":" and _DATE_AND_HOUR.fullmatch(first) and re.fullmatch(r"\d{2}(?::\d{2})?", second):
        return right if right.entity == DATE_TIME else left
    if gap not in {", ", ","} or DATE_TIME not in {left.entity, right.entity}:
        return None
    if {left.entity, right.entity} - {DATE_TIME, "PHONE_NUMBER"}:
        return None
    for date, clock in ((first, second), (second, first)):
        if _CLOCK.fullmatch(clock) and _a_date(date):
            return left if left.entity == DATE_TIME else right
    return None


def _a_date(written: str) -> bool:
    return bool(_NUMERIC_DATE.fullmatch(written)) or (
        bool(_MONTH_OR_DAY.search(written)) and not _CLOCK.search(written)
    )


def cell_start(text: str, start: int) -> bool:
    """Whether a span starts a cell of an aligned table: after a tab or a wide gap."""
    return text[max(0, start - 2) : start] == "  " or text[start - 1 : start] == "\t"


def _capitals_surname(first: str, second: str) -> bool:
    """Whether a word in capitals that a finder took for a body or a place is the
    surname of an inverted name: "RAKHIMOVA" + ", " + "Gulnara I."."""
    words = first.split()
    return (
        1 <= len(words) <= 2
        and all(len(w) > 2 and w.isupper() and w.replace("-", "").isalpha() for w in words)
        and second[:1].isupper()
        and not second.isupper()
        and len(second.split()) <= 3
        and (
            known_given_name(second.split(maxsplit=1)[0])
            or _initials(second.rsplit(maxsplit=1)[-1])
        )
    )


# After an address: more parts, the last with its postcode ("Harbourside, Kelport 4410",
# "1100-044 Lisboa", "Kelbridge KB1 4QT"), or the rest of a postcode cut at its hyphen.
_PART = (
    r"[^\W\d_a-z][\w'\u2019./-]*(?:[ ](?:[^\W_a-z][\w'\u2019./-]*|de|du|des|la|le|do|da|del|of))*"
)
_POSTCODE = r"(?:\d{4,6}(?:-\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2})"
_RUN_ON = re.compile(
    rf"(?:,[ ]?\n?[ \t]*{_PART}){{0,2}},[ ]?\n?[ \t]*"
    rf"(?:{_PART}[ ]{_POSTCODE}|{_POSTCODE}[ ]{_PART})(?![\w-])"
    r"|-\d{3,4}(?![\w-])"
)


def _run_on(proposal: Proposal, text: str) -> Proposal:
    """An address stretched over its town and postcode when the chain runs on to them."""
    if proposal.entity != ADDRESS or proposal.decision == "ignore":
        return proposal
    chain = _RUN_ON.match(text, proposal.end, min(len(text), proposal.end + 120))
    if chain is None or chain.group().count("\n") > 1:
        return proposal
    if chain.group().startswith("-") and not text[proposal.end - 1].isdigit():
        return proposal
    notes = [*_notes(proposal), NOTE_POSTCODE]
    return replace(proposal, end=chain.end(), reason={**proposal.reason, "notes": notes})
