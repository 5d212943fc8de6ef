"""The verification gate: each check is a pure function returning a named result.

The service runs them one by one (so a screen can show each as it runs) and refuses
the release at the first that fails. Details name checks, span ids, pages and code
points — never the hidden text itself.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from workstation.fingerprints import FingerprintFinding, residual
from workstation.fingerprints.invisible import invisible_pattern
from workstation.release.readback import (
    STRING_IN_FILE,
    ReadBack,
    Unreadable,
    read_csv_file,
    read_pdf,
    read_text_file,
)
from workstation.text.folding import Folded, fold
from workstation.text.variants import ENDING, WORD_END, WORD_START, takes_ending


@dataclass(frozen=True)
class Check:
    """One gate check: what was checked, whether it passed, and a one-line detail."""

    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class Term:
    """A string that must not be readable in the output, and how to name it safely."""

    label: str  # e.g. "accepted span p1a2b3c4d5" or "deny-list 'sources' term 2"
    text: str
    inflected: bool = False  # a name also read with an ending ("Vesku" for "Vesk")
    denied: bool = False  # a deny-list form: also searched in a PDF's names and streams


def normalise(text: str) -> str:
    """What a search by a reader would see: compatibility forms, case, diacritics,
    invisibles, whitespace and line breaks, hyphenation across lines all folded away."""
    return _searched(text)[1].text


def _searched(text: str) -> tuple[str, Folded]:
    """The text as read (compatibility forms and invisibles gone), and it folded."""
    read = invisible_pattern().sub("", unicodedata.normalize("NFKC", text))
    return read, fold(read)


def no_pending(pending_ids: list[str]) -> Check:
    name = "no proposal is pending"
    if pending_ids:
        detail = f"{len(pending_ids)} pending, first {pending_ids[0]}; decide them first"
        return Check(name, False, detail)
    return Check(name, True, "every proposal is decided")


def no_pending_page_findings(document_id: str, pending: list[tuple[str, str]]) -> Check:
    """No page or picture finding (`pending`: id and place) waits for an editor: a page
    whose text layer says other than it shows, or a picture that cannot be read as
    text, is blacked out or kept by a person, never by default."""
    name = "no text-layer or picture finding is pending"
    if pending:
        first, place = pending[0]
        detail = (
            f"{len(pending)} pending, first {first} on {place}; black it out or keep it with "
            f"'workstation fingerprints {document_id} --black-out {first}' (or --keep)"
        )
        return Check(name, False, detail)
    return Check(name, True, "every page and picture finding is decided")


def black_outs_need_rebuild(count: int) -> Check:
    """Black-outs are painted into rebuilt pages; a release that keeps the text layer
    would keep what is under them."""
    name = "black-outs are painted into the pixels"
    if count:
        detail = (
            f"{count} place(s) are to be blacked out, which only the rebuilt PDF does; "
            "release without --keep-text-layer"
        )
        return Check(name, False, detail)
    return Check(name, True, "nothing to black out")


def approvals_present(valid: list[str], required: int, void: int, outdated: int = 0) -> Check:
    """``valid`` are the names of editors whose approval matches the current decisions;
    ``outdated`` approvals were given before approvals covered fingerprint decisions."""
    name = "approvals match the current decisions"
    if len(valid) >= required:
        return Check(name, True, f"{len(valid)} of {required} required ({', '.join(valid)})")
    voided = f"; {void} earlier approval(s) were voided by later decisions" if void else ""
    if outdated:
        voided += (
            f"; {outdated} approval(s) were given before approvals covered the fingerprint"
            " decisions and must be given again"
        )
    detail = (
        f"{len(valid)} of {required} required approvals{voided}; "
        "each editor runs 'workstation approve ID'"
    )
    return Check(name, False, detail)


def read_back(data: bytes, output_format: str) -> ReadBack | Check:
    """The produced file as a reader sees it, or a failed check if it cannot be read."""
    try:
        if output_format == "pdf":
            return read_pdf(data)
        if output_format == "csv":
            return read_csv_file(data)
        return read_text_file(data, markdown=output_format == "md")
    except Unreadable as problem:
        return Check("the output reads back", False, f"the output could not be read: {problem}")


SQUASHED_MIN = 8
"""Several words this long are also looked for with the spaces gone: extractors drop
the spaces between words a PDF positions one by one ("RadomirVesk")."""


def decoded_views(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Each text as read, and as a reader's software may show it: with HTML character
    references decoded (a .txt pasted into a web page shows "&#86;esk" as "Vesk") and
    with URL escapes decoded (a browser shows ".../Radomir%20Vesk/" as the name)."""
    views = []
    for where, text in texts:
        views.append((where, text))
        for how, decoded in (("as HTML", html.unescape(text)), ("URL-decoded", unquote(text))):
            if decoded != text:
                views.append((f"{where} {how}", decoded))
    return views


RAW_HINT = "; the rebuilt PDF (without --keep-text-layer) carries none of the original's"


def no_hidden_text(found: ReadBack, terms: list[Term]) -> Check:
    name = "no accepted or deny-listed text is readable"
    texts = [_Haystack(where, text) for where, text in decoded_views(found.texts)]
    raw = [_Haystack(where, text) for where, text in found.raw]
    for term in terms:
        needle = normalise(term.text).strip()
        if not needle:
            continue
        ending = ENDING if term.inflected else ""
        pattern = re.compile(WORD_START + "(" + re.escape(needle) + ")" + ending + WORD_END)
        glued = needle.replace(" ", "")
        squash = glued != needle and len(glued) >= SQUASHED_MIN
        for haystack in texts + raw if term.denied else texts:
            if haystack.holds(pattern) or (squash and glued in haystack.squashed):
                hint = RAW_HINT if haystack in raw else ""
                return Check(
                    name, False, f"{term.label} is still readable in {haystack.where}{hint}"
                )
    places = len(texts) + len(raw)
    return Check(name, True, f"{len(terms)} string(s) searched in {places} place(s)")


class _Haystack:
    """One place of the output as searched: read (NFKC, invisibles gone), folded, and
    folded without spaces (extractors drop the spaces between positioned words)."""

    def __init__(self, where: str, text: str) -> None:
        self.where = where
        self.read, self.folded = _searched(text)
        self.squashed = self.folded.text.replace(" ", "")

    def holds(self, pattern: re.Pattern[str]) -> bool:
        """Whether a match of the term's pattern is the term (endings as
        :func:`takes_ending` allows them)."""
        return any(
            _is_the_term(m, self.read, self.folded) for m in pattern.finditer(self.folded.text)
        )


def _is_the_term(match: re.Match[str], read: str, folded: Folded) -> bool:
    """A match with an ending counts as the name only as :func:`takes_ending` says."""
    ending = (match.group(2) if match.re.groups > 1 else None) or ""
    start, end = folded.span(match.start(1), match.end())
    return takes_ending(match.group(1), ending, read[start:end])


CHARACTER_KINDS = ("invisible", "unusual_space", "homoglyph", "combining_mark")
"""What a PDF's text layer can be checked for: characters. Spacing and quote habits in
text a PDF extractor rebuilds from positioned glyphs say more about the extractor."""


def no_fingerprints(found: ReadBack, allowed: Collection[str] = ()) -> Check:
    """The fingerprint pass's `residual` on what a reader gets: anything left (other
    than kinds editors chose to keep) is refused, by kind, marker and place."""
    name = "no fingerprints remain (invisible characters, look-alikes, spacing)"
    for where, text in found.texts:
        if where == STRING_IN_FILE:
            continue  # binary strings (ids, keys) are not text; leftovers are checked apart
        left = residual(text, allowed)
        if where.startswith("page"):
            left = [finding for finding in left if finding.kind in CHARACTER_KINDS]
        if left:
            hint = "; release with --rasterize or as txt" if where.startswith("page") else ""
            return Check(name, False, f"{_named(left[0])} in {where}{hint}")
    return Check(name, True, "none found")


def no_original_fingerprints(
    findings: list[FingerprintFinding], allowed: Collection[str], note: str = ""
) -> Check:
    """The released file inspected like an original: no metadata, hidden content or
    printer dots left; an output that could not be inspected is refused too."""
    name = "no metadata or hidden content of the original"
    if note:
        return Check(name, False, f"the output could not be inspected ({note})")
    left = [finding for finding in findings if finding.kind not in allowed]
    if left:
        first = left[0]
        where = f" ({first.where})" if first.where else ""
        hint = "; release as txt or md" if first.kind == "tracking_dots" else ""
        return Check(name, False, f"the output still has {first.kind} {first.code}{where}{hint}")
    return Check(name, True, "none found")


def _named(finding: FingerprintFinding) -> str:
    """Kind, code and markers (never words): "invisible <ZWSP>", "homoglyph U+0430 ..."."""
    return f"{finding.kind} {finding.shown or finding.code}"


def no_metadata(found: ReadBack) -> Check:
    """The allow list of metadata is empty: anything found is refused."""
    name = "no metadata, annotations, attachments or scripts"
    if found.leftovers:
        return Check(name, False, f"the output still has {found.leftovers[0]}")
    return Check(name, True, "none found")


def output_checks(
    data: bytes, output_format: str, terms: list[Term], allowed: Collection[str] = ()
) -> Iterator[Check]:
    """Every check on the produced bytes, in order; `allowed` are fingerprint kinds
    editors reviewed and kept."""
    found = read_back(data, output_format)
    if isinstance(found, Check):
        yield found
        return
    yield Check("the output reads back", True, f"{len(found.texts)} text part(s) read")
    yield no_hidden_text(found, terms)
    yield no_fingerprints(found, allowed)
    yield no_metadata(found)


def span_not_located(span_label: str, page: int) -> Check:
    """A failed check for a span whose characters were not found on its page (1-based)."""
    return Check(
        "every accepted span is found on its page",
        False,
        f"{span_label} could not be found on page {page}; reject it if it is not on the"
        " page, or release as txt or md",
    )


def only_rebuilt_objects(objections: list[str]) -> Check:
    """Every object of the released PDF is one a rebuilt release has (fail closed)."""
    name = "the PDF holds only what a rebuilt release holds"
    if objections:
        more = f" (and {len(objections) - 1} more)" if len(objections) > 1 else ""
        return Check(name, False, f"the output has {objections[0]}{more}")
    return Check(name, True, "catalog, pages, pictures and the text layer only")


def nothing_legible(
    pages: int, words: int, sightings: list[tuple[str, int]], refused: str = ""
) -> Check:
    """No term is legible in the pixels: `sightings` are (term label, 1-based page)."""
    name = "no accepted or deny-listed text is legible in the pixels"
    if refused:
        return Check(name, False, f"the output could not be rendered to be read ({refused})")
    if sightings:
        label, page = sightings[0]
        more = f" ({len(sightings) - 1} more sighting(s))" if len(sightings) > 1 else ""
        return Check(name, False, f"{label} is legible on page {page}{more}")
    return Check(name, True, f"{pages} page(s) rendered by PDFium, {words} word(s) read")
