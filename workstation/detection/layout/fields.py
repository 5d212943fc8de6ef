"""Names in labelled fields: ``From:``, ``Cc:``, ``Cleared:``, a form's ``Name:`` or
``Nom :``, a list of those ``Present:``, and the display name before an email address."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import is_name_word, name_run, org_like
from workstation.detection.layout.spans import LayoutSpan, span_if_any
from workstation.detection.layout.surname_first import INVERTED_VALUE
from workstation.detection.layout.words import word_set

_FIELD = re.compile(
    r"(?im)^[ \t]*(?:>[ \t]?)*(?P<field>from|to|cc|bcc|reply-to|sender|attn|attention|compiled|"
    r"reviewed|prepared(?:[ ]by)?|approved(?:[ ]by)?|signed(?:[ ]by)?|drafted(?:[ ]by)?|"
    r"cleared(?:[ ]by)?|distribution|author|reported[ ]by|reporting[ ]officer|supervisor|"
    r"witness|interviewer|interviewed|recipient|complainant|applicant|informant|contact|"
    r"copy[ ]to|de|para|à|interpreter|translator|interprète|intérprete|next[ ]of[ ]kin|"
    r"emergency[ ]contact|spouse|guardian|employee[ ]name|preferred[ ]name|"
    r"(?:chinese|arabic|russian|korean|japanese|thai|khmer|burmese|persian|hebrew|greek|"
    r"cyrillic|native|local|birth|maiden|married|former|other|legal|religious)[ ]name|"
    r"(?:full[ ])?name(?:[ ]\((?:in[ ])?[A-Z][a-z]{2,15}\)|[ ]in[ ][A-Z][a-z]{2,15})|"
    r"name|full[ ]name|surname|family[ ]name|last[ ]name|"
    r"given[ ]names?|first[ ]names?|nom|prénoms?|nom[ ]et[ ]prénoms?|apellidos?|nombres?|"
    r"nombre[ ]completo|apellidos[ ]y[ ]nombres|present|pr[ée]sents?|absents?|excus[ée]s|"
    r"apologies|asistentes|ausentes)[ \t]*:[ \t]*"
    r"(?P<value>[^\n]*(?:\n[ \t]+[^\n]*<[^\n]*)?)"
)
_ANOTHER_LABEL = re.compile(r"[ \t]*[^\W\d_][^:\n<>@]{0,20}:[ \t]")
_ROUTING_PREFIX = re.compile(r"^(?:[A-Z]{2,8}(?:/[A-Z]{2,8})?:[ \t]*)+")
_EMAIL = re.compile(r"<[^<>\s]*@[^<>\s]*>|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PAREN = re.compile(r"\([^()\n]*\)")


def header_names(text: str) -> Iterator[LayoutSpan]:
    """Names in address and sign-off fields: ``From:``, ``Cc:``, ``Compiled:``, ``Cleared:``."""
    for field in _FIELD.finditer(text):
        value_start = field.start("value")
        value = field.group("value")
        for item_start, item_end in _items(value):
            start, end = value_start + item_start, value_start + item_end
            item = text[start:end]
            if item_start and value[item_start - 1] in " \t" and _ANOTHER_LABEL.match(item):
                # another field after a wide gap: "Given names: Siu-ming" is read as one,
                # "Staff no.: HA-07" is not a name
                named = _FIELD.match(item)
                if named is None:
                    continue
                start += named.start("value")
                label = named.group("field")
            else:
                label = field.group("field")
            prefix = _ROUTING_PREFIX.match(item)
            if prefix:
                start += prefix.end()
            email = _EMAIL.search(text, start, end)
            display_end = email.start() if email else end
            inverted = _inverted_value(text, start, display_end, label)
            if inverted:
                yield LayoutSpan(*inverted, "PERSON", 0.9, f"name in a '{label}:' field")
                continue
            # "Name, role": the name is the part before the first comma.
            comma = text.find(",", start, display_end)
            name_end = comma if comma != -1 else display_end
            segment = _blank_parentheses(text[start:name_end])
            lower = email is not None or _caseless(segment)  # "박성호": no capitals to go by
            local = name_run(segment, 0, len(segment), allow_lower=lower)
            span = (start + local[0], start + local[1]) if local else None
            if span and org_like(text[span[0] : span[1]]):
                continue
            if span and _short_capitals(text[span[0] : span[1]]):
                continue
            if span:
                yield from span_if_any(span, "PERSON", 0.9, f"name in a '{label}:' field")


_FORM_NAME_FIELDS = word_set("name nom nombre nombres")
# Address fields, where mail clients of organisations (Outlook, Exchange, Lotus Notes)
# write the display name surname first: "To: Kim, Olga", "Cc: Al-Zaabi, Mariam <m@x>".
_ADDRESS_FIELDS = word_set("from to cc bcc reply-to sender de para à")


def _inverted_value(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A form's ``Name: Dauletov, Yerlan``, or an address field's ``To: Kim, Olga``:
    surname, comma, given names, nothing else."""
    if label.casefold() not in _FORM_NAME_FIELDS | _ADDRESS_FIELDS:
        return None
    segment = _blank_parentheses(text[start:end])
    stripped = segment.strip().strip('"').rstrip()
    core = _TRAILING_INITIALS.sub("", stripped)
    if not INVERTED_VALUE.fullmatch(core):
        return None
    # The first word of each part must be a name's; later ones only capitalised, since
    # a month or an honorific ("Dzul May, Lorenzo", "Vo, Minh Tuan") is a name here too.
    parts = [part.split() for part in core.split(", ")]
    if not all(is_name_word(words[0]) for words in parts):
        return None
    if not all(word[0].isupper() for words in parts for word in words[1:]):
        return None
    first = start + segment.index(stripped)
    last = first + len(stripped)
    nickname = _NICKNAME_AFTER.match(text, last, end)
    return first, nickname.end() if nickname else last


# Initials after the given name of an inverted display name: "Lysenko, Viktor A.".
_TRAILING_INITIALS = re.compile(r"(?:[ ][A-Z]\.)+$")
# The name a person goes by, in brackets after the inverted name: "Lui, Chi-keung (Paul)".
_NICKNAME_AFTER = re.compile(r"[ ]\([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?\)")


def _caseless(segment: str) -> bool:
    """Whether the letters are all of scripts without capitals (Hangul, Han, Ethiopic)."""
    letters = [c for c in segment if c.isalpha()]
    return bool(letters) and not any(c.isupper() or c.islower() for c in letters)


def _items(value: str) -> Iterator[tuple[int, int]]:
    """Items of a field value: separated by ';', by ', ' before an address, or by wide gaps."""
    start = 0
    for match in re.finditer(r";|>,|\s{3,}(?=[^\s:][^\n:]{0,20}:)", value):
        end = match.start() + (1 if match.group().startswith(">") else 0)
        yield start, end
        start = match.end()
    yield start, len(value)


def _blank_parentheses(text: str) -> str:
    """The text with parenthesised asides blanked, offsets kept."""
    return _PAREN.sub(lambda m: " " * len(m.group()), text)


def _short_capitals(name: str) -> bool:
    """A lone acronym ("PV", "DCM") is not a name."""
    return len(name.split()) == 1 and name.isupper() and len(name) <= 4


_ANGLE_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s]+>")


def named_addresses(text: str) -> Iterator[LayoutSpan]:
    """The display name before an address in angle brackets: ``karim saleh <k.s@...>``."""
    for match in _ANGLE_ADDRESS.finditer(text):
        end = match.start()
        while end > 0 and text[end - 1] in ' \t\n"':
            end -= 1
        start = max(text.rfind("\n", 0, end) + 1, end - 60)
        span = name_run(text, start, end, allow_lower=True)
        if span and span[1] - span[0] >= 3 and not org_like(text[span[0] : span[1]]):
            words = text[span[0] : span[1]].split()
            if len(words) >= 2:
                yield LayoutSpan(
                    span[0], span[1], "PERSON", 0.9, "display name of an email address"
                )


# A Lotus Notes name: the person, then the organisational units and the organisation,
# then the Notes domain: "Hanna Berg/GVA/ICRC@ICRC", "CN=Ana Ruiz/OU=LIM/O=Acme@Acme".
_NOTES_NAME = re.compile(
    r"(?<=[^\W\d_])(?P<hierarchy>(?:/(?:OU=|O=)?[A-Z][A-Za-z0-9&-]{1,20}){1,4}"
    r"@[A-Z][A-Za-z0-9-]{1,20})(?![\w.@])"
)
_NOTES_PART = re.compile(r"(?:OU=|O=)?(?P<part>[A-Z][A-Za-z0-9&-]{1,20})")


def notes_hierarchies(text: str) -> Iterator[LayoutSpan]:
    """The units, organisation and domain of a Lotus Notes name (``/GVA/ICRC@ICRC``):
    where a person works, as identifying as an address."""
    for match in _NOTES_NAME.finditer(text):
        for part in _NOTES_PART.finditer(text, match.start("hierarchy"), match.end("hierarchy")):
            yield LayoutSpan(
                *part.span("part"), "ORGANIZATION", 0.8, "unit or organisation of a Notes name"
            )
