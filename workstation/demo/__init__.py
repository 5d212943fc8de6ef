"""Fictional sample documents for ``workstation demo`` and for tests.

Everything here is invented: the Republic of Valdoria, its capital Corvenna and the port of
Port Ilvas, every person, and every contact detail (reserved ``example`` domains,
``192.0.2.0/24`` addresses, ``555-01xx`` phone numbers). The documents imitate the leaked US
diplomatic cables the workstation is built for, and they carry the hazards it must catch:
informants marked PROTECT or STRICTLY PROTECT, the same name with and without diacritics
in different documents, internal host names in e-mail headers, a leaker's login in Office
metadata, and a numbered copy that points at whoever received it.

The DOCX and PDF are built on first use (python-docx and MuPDF are imported only then) and
are byte-for-byte identical on every run with the same library versions.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from workstation.demo._docx import build_memo
from workstation.demo._pdf import build_incident_report

__all__ = ["SampleDocument", "sample_documents"]


@dataclass(frozen=True)
class SampleDocument:
    """One sample file as it would arrive at intake: a file name and its bytes."""

    name: str
    data: bytes
    description: str


_PACKAGED = (
    (
        "09CORVENNA1234.txt",
        "Cable: Interior Ministry accountant (STRICTLY PROTECT) on off-book militia payments.",
    ),
    (
        "09CORVENNA1311.txt",
        "Cable: army colonel (STRICTLY PROTECT) warns of lists of opposition staff.",
    ),
    (
        "09PORTILVAS87.txt",
        "Cable: union organiser (PROTECT) on the Port Ilvas dock strike and detentions.",
    ),
    (
        "10CORVENNA42.txt",
        "Cable: threatened journalist (STRICTLY PROTECT); names the accountant with diacritics.",
    ),
    (
        "internal-email-2009-10-27.eml",
        "Ministry e-mail: internal hosts and IPs in Received headers, a CSV attachment.",
    ),
    (
        "briefing-note-valdoria.md",
        "Newsroom briefing note: who must never be named, and how to reach the source.",
    ),
)

_MEMO = (
    "ministry-memo-MI-DBA-2009-0447.docx",
    "Ministry memo: contacts table; author login, company and 'copy 3 of 5' in metadata.",
)
_REPORT = (
    "harbour-police-report-HP-2009-1182.pdf",
    "Police report, two pages: names in running text and in a table-like annex.",
)


def sample_documents() -> list[SampleDocument]:
    """All sample documents, cables first; a new list each call, the bytes built once."""
    return list(_corpus())


@functools.cache
def _corpus() -> tuple[SampleDocument, ...]:
    packaged = [SampleDocument(name, _packaged_bytes(name), text) for name, text in _PACKAGED]
    built = [
        SampleDocument(_MEMO[0], build_memo(), _MEMO[1]),
        SampleDocument(_REPORT[0], build_incident_report(), _REPORT[1]),
    ]
    return (*packaged, *built)


def _packaged_bytes(name: str) -> bytes:
    """Read a sample shipped as package data (it stays in the wheel, beside this module)."""
    return resources.files(__package__).joinpath("samples", name).read_bytes()
