"""The gate's check that one decision on a name reached every form of it.

An accepted "Tariq Mahmood Qureshi" is not redacted while "Qureshi", "T. Qureshi" or
"Tariq Qureshi" is left in the text, whatever label detection gave that mention (an
ORGANIZATION, say) and whether or not it was proposed at all. Linking puts such mentions
in the name's group, so deciding the group decides them; this check catches what is
left over, before any output is made, and names the span to decide (by id and place,
never by text).

A form inside a longer name the editor chose to keep ("Imran Khan", rejected, beside an
accepted "Farah Naz Khan") is that other person, and is let through; a form an editor
rejected on its own is not: the two decisions contradict each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from workstation.release.gate import Check
from workstation.text.folding import fold_term
from workstation.text.variants import occurrences, spellings

CHECK_NAME = "every form of an accepted name is removed"


@dataclass(frozen=True)
class Decided:
    """A proposal as the check needs it: where, what kind, and how it was decided."""

    id: str
    start: int
    end: int
    entity: str
    state: str
    name: bool  # a person's name (or a deny-list term): its forms count


def every_form_removed(text: str, decided: list[Decided]) -> Check:
    """Refuse when a form of an accepted name is left outside every accepted span."""
    forms = _forms(text, decided)
    if not forms:
        return Check(CHECK_NAME, True, "no accepted name of several words")
    accepted = sorted((d.start, d.end) for d in decided if d.state == "accepted")
    kept = [d for d in decided if d.state != "accepted"]
    for start, end, owner in _mentions(text, forms):
        if _covered(start, end, accepted) or text[start].islower():
            continue
        other = _inside_another_name(start, end, kept, text, forms)
        if other is not None and other.state == "rejected":
            continue
        return Check(CHECK_NAME, False, _detail(owner, start, end, _at(start, end, kept)))
    return Check(CHECK_NAME, True, f"{len(forms)} form(s) of accepted names searched")


def _forms(text: str, decided: list[Decided]) -> dict[str, str]:
    """Each folded form of an accepted name, with the id of the first proposal naming it."""
    forms: dict[str, str] = {}
    for proposal in sorted(decided, key=lambda d: d.start):
        written = " ".join(text[proposal.start : proposal.end].split())
        if proposal.state == "accepted" and proposal.name and len(written.split()) >= 2:
            for form in spellings(written):
                forms.setdefault(form, proposal.id)
    return forms


def _mentions(text: str, forms: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, owner id) of every occurrence of a form, in the text and spelled
    in Latin letters (a name written in another script is the same name)."""
    return [(start, end, forms[form]) for start, end, form in occurrences(text, forms)]


def _covered(start: int, end: int, accepted: list[tuple[int, int]]) -> bool:
    """Whether accepted spans, together, cover every character of the mention."""
    position = start
    for a, b in accepted:
        if a <= position < b:
            position = b
        if position >= end:
            return True
    return position >= end


def _inside_another_name(
    start: int, end: int, kept: list[Decided], text: str, forms: dict[str, str]
) -> Decided | None:
    """A longer name that is not itself a form of the accepted one, holding the mention."""
    for proposal in kept:
        inside = proposal.start <= start and end <= proposal.end
        longer = (proposal.end - proposal.start) > (end - start)
        if inside and longer and fold_term(text[proposal.start : proposal.end]) not in forms:
            return proposal
    return None


def _at(start: int, end: int, kept: list[Decided]) -> Decided | None:
    return next((p for p in kept if p.start < end and start < p.end), None)


def _detail(owner: str, start: int, end: int, there: Decided | None) -> str:
    place = f"characters {start}-{end}"
    if there is None:
        return (
            f"a form of the name accepted as {owner} is left unredacted at {place}, where "
            f"nothing is proposed: redact it there ('workstation redact ID {start} {end}')"
        )
    return (
        f"{there.id} ({there.entity}, {there.state}) at {place} is a form of the name "
        f"accepted as {owner}: accept {there.id}, or reject {owner} if they are not the "
        "same person"
    )
