"""One vocabulary for decisions on proposals and fingerprint findings, and one writer.

A proposal or a finding is pending until the policy or an editor decides; then it is
accepted (release removes it) or rejected (kept). Editors say "accept" or "reject" (the
command line's words, the review UI's keys); :func:`decided` turns the word into the
state. Both kinds are vault items in the same way (:func:`to_item`, :func:`from_item`),
and every editor's decision reaches the vault and the audit chain through
:func:`write_decisions`, whose entries name the state: ``"verdict": "accepted"``.

Findings' entries written before there was one vocabulary say ``"verdict": "accept"``.
They stay as they were signed (rewriting them would break the chain);
:func:`recorded_verdict` reads both spellings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from vault import Item, Session
from workstation.services.errors import WorkstationError

AUDITED_IDS = 500  # ids listed per audit entry; a larger set is counted in full

Details = dict[str, str | int | bool | None]


class Verdict(StrEnum):
    """The state of a proposal or a finding: in the vault, the audit log and listings."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


_SAID = {"accept": Verdict.ACCEPTED, "reject": Verdict.REJECTED}
_RECORDED = {**_SAID, **{str(v): v for v in (Verdict.ACCEPTED, Verdict.REJECTED)}}


def decided(word: str) -> Verdict:
    """The state an editor's "accept" or "reject" sets."""
    if word not in _SAID:
        raise WorkstationError("a decision is accept or reject")
    return _SAID[word]


def recorded_verdict(details: Mapping[str, object]) -> str:
    """The state an audit entry's ``verdict`` names, in either spelling; "" if it has none.
    A word this vocabulary does not know is returned as it was recorded."""
    word = str(details.get("verdict") or "")
    return str(_RECORDED.get(word, word))


@dataclass(frozen=True)
class DecidedKind:
    """A kind of vault item editors decide on, and the audit details that list its ids."""

    kind: str
    count_key: str
    ids_key: str


def to_item(fields: Mapping[str, Any]) -> Item:
    """A proposal's or finding's JSON as a vault item: id and state in the item's clear
    columns, the rest sealed (keys sorted, so the same record gives the same bytes)."""
    sealed = {key: value for key, value in fields.items() if key not in ("id", "state")}
    data = json.dumps(sealed, sort_keys=True).encode()
    return Item(str(fields["id"]), str(fields["state"]), data)


def from_item(item: Item) -> dict[str, Any]:
    """The JSON :func:`to_item` was given, id and state included."""
    fields: dict[str, Any] = json.loads(item.data)
    return {**fields, "id": item.id, "state": item.state}


def write_decisions(
    session: Session,
    document_id: str,
    kind: DecidedKind,
    changed: Iterable[Item],
    action: str,
    verdict: Verdict | None = None,
    details: Details | None = None,
    removed: Iterable[str] = (),
) -> None:
    """Write only the items that changed (and delete ``removed`` ids) in one audited change.

    The audit entry carries the verdict, the ids touched (which reveal nothing; the review
    UI builds each item's history from them) and their count. The cost does not grow with
    the document's other items (``Session.put_items``).
    """
    items, gone = list(changed), list(removed)
    ids = [item.id for item in items] + gone
    audited: Details = dict(details or {})
    if verdict is not None:
        audited["verdict"] = str(verdict)
    audited |= {kind.count_key: len(ids), kind.ids_key: ",".join(ids[:AUDITED_IDS])}
    session.put_items(document_id, kind.kind, items, action, audited, gone)
