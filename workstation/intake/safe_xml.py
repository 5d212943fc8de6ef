"""XML parts of office files parsed with defusedxml: no DTDs, entities or external fetches.

Used by our own readers of spreadsheet and presentation parts (comments, ODS content);
a part bigger than `MAX_PART_BYTES` unpacked is refused before it is read.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring, iterparse  # type: ignore[import-untyped]

from workstation.intake.outcome import Refused

MAX_PART_BYTES = 64 * 1024 * 1024
PROLOG_BYTES = 4096
DOCTYPE_MARKS = (b"<!DOCTYPE", "<!DOCTYPE".encode("utf-16-le"), "<!DOCTYPE".encode("utf-16-be"))
"""Office parts never need a DTD; one in a part is an entity bomb or an external fetch."""


def refuse_doctypes(data: bytes) -> None:
    """Refuse a package any of whose XML parts opens with a DTD.

    openpyxl parses most parts with lxml (entities left unresolved, no network), so a
    DTD there would do no harm; refusing it up front gives the editor one clear line
    instead of a workbook read with holes in it.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if info.filename.endswith((".xml", ".rels", ".vml")):
                with archive.open(info) as stream:
                    head = stream.read(PROLOG_BYTES)
                if any(mark in head for mark in DOCTYPE_MARKS):
                    raise Refused("xml_entities")


def parse_part(archive: zipfile.ZipFile, name: str) -> Element:
    """One whole part as a tree (for small parts: comments, properties, workbook)."""
    info = archive.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise Refused("part_too_big")
    with entities_refused():
        return fromstring(archive.read(info), forbid_dtd=True)  # type: ignore[no-any-return]


def iter_part(stream: IO[bytes]) -> Any:
    """(event, element) pairs of a large part, for streaming readers; DTDs refused."""
    return iterparse(stream, events=("start", "end"), forbid_dtd=True)


@contextmanager
def entities_refused() -> Iterator[None]:
    """Turn defusedxml's refusal of a DTD, entity or external reference (ours, or one
    raised inside a library that parses with defusedxml, as openpyxl does) into one code."""
    try:
        yield
    except DefusedXmlException:
        raise Refused("xml_entities") from None
