"""Names that sign a text: under a closing, on an indented line, at a cable's foot."""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import name_run, org_like
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import NOT_NAME, word_set

_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:(?:best|kind|warm|many)?[ ]?regards|sincerely|yours(?:[ ]sincerely|"
    r"[ ]faithfully)?|thanks|thank[ ]you|cheers|best|saludos|atentamente|cordialement|"
    r"bien[ ]à[ ]vous|salam|mit[ ]freundlichen[ ]grüßen|--"
    # the last line of a French or Spanish letter's closing formula: "... l'expression de
    # ma considération distinguée.", "... mes salutations respectueuses.", "Le saluda
    # atentamente,"
    r"|[^\n]*\b(?:distingu[ée]e?s?|respectueuses?|respectueux|dévouée?s?|les[ ]meilleures?"
    r"|atentamente|cordial[ ]saludo|cumprimentos|atenciosamente|cordialmente"
    r"|saludos(?:[ ]cordiales)?|respectfully|with[ ]respect|yours[ ]truly|abraços?)[ \t]*[.,]?"
    r")[ \t]*,?[ \t]*\n"
    # a blank line, and the mark of a signature: "/signature/", "(signed)", "Sd/-"
    r"(?:[ \t]*\n)?(?:[ \t]*(?:/signature/|\(signed\)|\[signature\]|\(signé\)|\(firmado\)"
    r"|sd/-)[ \t]*\n)?(?P<line>[^\n]+)"
)
_SIGN_OFF_LINE = re.compile(
    r"(?m)^(?P<line>[A-ZÀ-Ý][^\W\d_'\u2019-]+(?:-[^\W\d_'\u2019-]+)?)[ \t]*$"
)
# A name signed in lower case, as people sign quick messages: under a closing or after
# it on the same line ("thanks, rahul", "cheers - tom"), at the end of its line.
_CLOSING_WORDS = (
    r"(?:(?:best|kind|warm|many)[ ]regards|regards|thanks|thank[ ]you|thx|cheers|best|"
    r"love|take[ ]care|saludos|cordialement|bises|merci|gracias|grazie|danke|obrigad[oa]|"
    r"salam|shukran|spasibo|dhanyavaad|dhonnobad)"
)
_LOWER_SIGNATURE = re.compile(
    rf"(?im)(?:^|[.!][ ])[ \t]*{_CLOSING_WORDS}[ \t]*(?:[,!.]|[ ][-\u2013][ ])?"
    r"(?:[ \t]*\n(?:[ \t]*\n)?[ \t]*|[ \t]*)(?<![^\W\d_])"
    r"(?P<name>[a-z\u00df-\u00ff\u0101-\u017e][a-z\u00df-\u00ff\u0101-\u017e'-]{1,19})"
    r"[ \t]*(?:[.!]?[ \t]*)$"
)
# What may follow a cable's signature: officer lines, then the end of the text.
_FOOT = re.compile(r"(?i)(?:\s*(?:drafted|cleared|approved)\b[^\n]*)*\s*\Z")
_INDENTED_NAME = re.compile(r"(?m)^[ \t]{12,}(?P<line>[^\W\d_][^\n]{2,40}?)[ \t]*$")
_FURNITURE = word_set(
    """
    noforn sipdis sensitive secret confidential unclassified unclas restricted classified
    memorandum order summary comment note minutes annex attachment attachments end
    distribution signed approved nnnn bt draft final urgent immediate priority routine
    """
)


# Initials alone on the line that ends a message, as people sign notes and replies
# ("K.A.M.", "> R.T."), before a blank line or the end of the text.
_INITIALS_LINE = re.compile(
    r"(?m)^(?:>[ \t]?)*[ \t]*(?P<initials>(?:[A-ZÀ-Ý]\.[ ]?){1,3}[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?)"
    r"[ \t]*(?=\n(?:>[ \t]?)*[ \t]*(?:\n|$)|\Z)"
)
# One initial alone ("D.", "> M."), after a sentence and a blank line, at the end of the
# message: the text's end or the header of the message quoted under it. A lone letter
# anywhere else is a list's or an outline's ("I.", "B.").
_INITIAL_LINE = re.compile(
    r"(?m)(?<=[.!?])[ \t]*\n(?:>[ \t]?)*[ \t]*\n(?:>[ \t]?)*[ \t]*"
    r"(?P<initials>[A-HJ-UWYZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?)[ \t]*"
    r"(?=\n?\Z|\n[ \t]*\n(?:On|Le|El|Em|Am|From:|De:|-{2,}|_{2,}|>))"
)
# One initial after the last sentence of a message, on its line ("... by Friday. M.",
# "> ... se ela vem. L."): the sentence ends in a word, not an initial ("R. S.-M."), and
# the text's end or the header of the message quoted under it follows.
_INITIAL_AFTER_SENTENCE = re.compile(
    r"(?m)(?<=[^\W_A-ZÀ-Ý][.!?])[ ](?P<initials>[A-HJ-UWYZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?)[ \t]*"
    r"(?=\n?\Z|\n(?:>[ \t]?)*[ \t]*\n(?:On|Le|El|Em|Am|From:|De:|-{2,}|_{2,}|>))"
)
# The reference initials at the foot of a letter or memo: the author's in capitals,
# then the typist's in lower case ("RT/jmf", "AKS/pkm"), alone on their line.
_REFERENCE_INITIALS = re.compile(r"(?m)^[ \t]*(?P<author>[A-Z]{2,4})/(?P<typist>[a-z]{2,4})[ \t]*$")
# Initials after a dash at the end of a note's last line, inside or outside its quotes:
# 'Call me tonight. - K.M."'.
_DASHED_INITIALS = re.compile(
    r"(?m)(?<=[.!?])[ ][-\u2013\u2014][ ](?P<initials>(?:[A-ZÀ-Ý]\.[ ]?){0,2}[A-ZÀ-Ý]\.)"
    r"[\"\u201d]?[ \t]*$"
)
_NOT_INITIALS = frozenset({"N.B.", "P.S.", "U.S.", "U.K.", "E.U.", "U.N.", "A.M.", "P.M."})


def signatures(text: str) -> Iterator[LayoutSpan]:
    """Names that sign a text: after a closing, and a cable's surname line at its foot."""
    for match in _CLOSING.finditer(text):
        line = match.group("line")
        line_start = match.start("line") + len(line) - len(line.lstrip())  # an indented line
        line = line.lstrip()
        cut = re.search(r"\s[|/,\u2013-]\s|,|\s{2,}", line)
        line_end = line_start + (cut.start() if cut else len(line))
        span = name_run(text, line_start, line_end, allow_lower=False, max_words=4)
        if span and not org_like(text[span[0] : span[1]]):
            yield LayoutSpan(span[0], span[1], "PERSON", 0.86, "name under a closing")
    yield from _lower_case_signatures(text)
    for pattern in (_INITIALS_LINE, _INITIAL_LINE, _INITIAL_AFTER_SENTENCE, _DASHED_INITIALS):
        for match in pattern.finditer(text):
            if match.group("initials").replace(" ", "") not in _NOT_INITIALS:
                yield LayoutSpan(
                    *match.span("initials"), "PERSON", 0.7, "initials ending a message"
                )
    for match in _REFERENCE_INITIALS.finditer(text):
        for part in ("author", "typist"):
            yield LayoutSpan(*match.span(part), "PERSON", 0.6, "reference initials of a letter")
    for match in _INDENTED_NAME.finditer(text):
        span = name_run(text, match.start("line"), match.end("line"), max_words=4)
        whole = span == (match.start("line"), match.end("line"))
        if whole and " " in match["line"] and not org_like(match["line"]):
            yield LayoutSpan(
                match.start("line"), match.end("line"), "PERSON", 0.7, "signature line"
            )
    for match in _SIGN_OFF_LINE.finditer(text):
        word = match.group("line")
        if not word.replace("-", "").isupper() or len(word) < 3:
            continue
        if word.casefold() in _FURNITURE or word.casefold() in NOT_NAME:
            continue
        if text[max(0, match.start() - 2) : match.start()] != "\n\n":
            continue
        if _FOOT.match(text, match.end()):
            yield LayoutSpan(match.start(), match.end(), "PERSON", 0.7, "signature line")


def _lower_case_signatures(text: str) -> Iterator[LayoutSpan]:
    """A given name signed in lower case after a closing ("thanks, rahul"): only a known
    given name, so "thanks, everyone" and "regards, team" stay out."""
    from workstation.detection.phrases.given_names import known_given_name  # noqa: PLC0415

    for match in _LOWER_SIGNATURE.finditer(text):
        name = match.group("name")
        if name in NOT_NAME or not known_given_name(name.capitalize()):
            continue
        yield LayoutSpan(
            match.start("name"), match.end("name"), "PERSON", 0.6, "name under a closing"
        )
