"""XLSX and ODS: properties, hidden sheets, rows and columns, comments and their authors,
formulas, links to other workbooks, macros and embedded files; a saved thumbnail and
printer settings (`office.package_parts`).

Runs only inside the confined parser child, after the zip bomb checks. XML is parsed
with defusedxml (no DTD, no entities, nothing fetched); worksheets are streamed, so
only one row is held at a time.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any

from defusedxml.ElementTree import fromstring, iterparse  # type: ignore[import-untyped]

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.facts import fact
from workstation.fingerprints.originals.office import package_parts

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
CORE, APP, CUSTOM = "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"
APP_FIELDS = ("Company", "Manager", "Application", "AppVersion", "TotalTime")
WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
COMMENTS = re.compile(r"^xl/(?:comments/)?comments?\d*\.xml$")
EXTERNAL_RELS = re.compile(r"^xl/externalLinks/_rels/[^/]+\.rels$")
EMBEDDED = ("xl/embeddings/", "xl/activeX/")
ODS_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
ODS_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
ODS_META_FIELDS = ("initial-creator", "creator", "printed-by", "generator", "editing-duration")
ODS_USER_DEFINED = "user-defined"
MAX_PROPERTY_XML = 4 * 1024 * 1024


def inspect_xlsx(data: bytes) -> list[FingerprintFinding]:
    """Every metadata and hidden-content finding of a (zip-checked) XLSX or XLSM."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        found = _core(archive, names) + _app(archive, names) + _custom(archive, names)
        found += _hidden_sheets(archive, names)
        for name in sorted(n for n in names if WORKSHEET.match(n)):
            found += _worksheet(archive, name)
        found += _comments(archive, [n for n in names if COMMENTS.match(n)])
        found += _external_links(archive, [n for n in names if EXTERNAL_RELS.match(n)])
        if "xl/vbaProject.bin" in names:
            found.append(fact("sheet-macros", "xl/vbaProject.bin"))
        embedded = [n for n in names if n.startswith(EMBEDDED)]
        if embedded:
            shown = ", ".join(n.rsplit("/", 1)[-1] for n in embedded)
            found.append(fact("sheet-embedded-file", "xl/embeddings/", len(embedded), shown))
        found += package_parts(names)
    return found


def _xml(archive: zipfile.ZipFile, name: str) -> Any:
    """A small part as a tree, or None when it is missing or implausibly large."""
    info = archive.getinfo(name)
    if info.file_size > MAX_PROPERTY_XML:
        return None
    return fromstring(archive.read(info), forbid_dtd=True)


def _core(archive: zipfile.ZipFile, names: list[str]) -> list[FingerprintFinding]:
    if CORE not in names or (root := _xml(archive, CORE)) is None:
        return []
    filled = [(_local(e.tag), (e.text or "").strip()) for e in root]
    return [fact("sheet-property", f"{CORE} {n}", 1, v) for n, v in filled if v]


def _app(archive: zipfile.ZipFile, names: list[str]) -> list[FingerprintFinding]:
    if APP not in names or (root := _xml(archive, APP)) is None:
        return []
    filled = [(_local(e.tag), (e.text or "").strip()) for e in root]
    return [
        fact("sheet-property", f"{APP} {n}", 1, v)
        for n, v in filled
        if n in APP_FIELDS and v and v != "0"
    ]


def _custom(archive: zipfile.ZipFile, names: list[str]) -> list[FingerprintFinding]:
    if CUSTOM not in names or (root := _xml(archive, CUSTOM)) is None or not len(root):
        return []
    labels = [str(prop.get("name", "")) for prop in root]
    return [fact("sheet-custom-property", CUSTOM, len(labels), ", ".join(labels))]


def _hidden_sheets(archive: zipfile.ZipFile, names: list[str]) -> list[FingerprintFinding]:
    """Sheets the workbook marks hidden or "very hidden" (only a macro can show those)."""
    if "xl/workbook.xml" not in names or (root := _xml(archive, "xl/workbook.xml")) is None:
        return []
    hidden = [s for s in root.iter(f"{MAIN}sheet") if s.get("state") in ("hidden", "veryHidden")]
    if not hidden:
        return []
    shown = ", ".join(f"{s.get('name', '')} ({s.get('state')})" for s in hidden)
    return [fact("sheet-hidden", "xl/workbook.xml", len(hidden), shown)]


def _worksheet(archive: zipfile.ZipFile, name: str) -> list[FingerprintFinding]:
    """Hidden rows, hidden columns and formulas of one sheet, counted while streaming."""
    rows = columns = formulas = 0
    with archive.open(name) as stream:
        for element in _ends(stream):
            if element.tag == f"{MAIN}row":
                rows += element.get("hidden") in ("1", "true")
                element.clear()
            elif element.tag == f"{MAIN}col" and element.get("hidden") in ("1", "true"):
                columns += _span(element)
            elif element.tag == f"{MAIN}f":
                formulas += 1
    found = []
    if rows:
        found.append(fact("sheet-hidden-rows", name, rows))
    if columns:
        found.append(fact("sheet-hidden-columns", name, columns))
    if formulas:
        found.append(fact("sheet-formulas", name, formulas))
    return found


def _ends(stream: Any) -> Iterator[Any]:
    for _, element in iterparse(stream, events=("end",), forbid_dtd=True):
        yield element


def _span(column: Any) -> int:
    """How many columns a <col min max> element covers (at least one)."""
    try:
        return max(int(column.get("max", "1")) - int(column.get("min", "1")) + 1, 1)
    except ValueError:
        return 1


def _comments(archive: zipfile.ZipFile, parts: list[str]) -> list[FingerprintFinding]:
    found = []
    for name in sorted(parts):
        root = _xml(archive, name)
        comments = [] if root is None else list(root.iter(f"{MAIN}comment"))
        if comments:
            authors = sorted({(a.text or "").strip() for a in root.iter(f"{MAIN}author")} - {""})
            found.append(fact("sheet-comments", name, len(comments), ", ".join(authors)))
    return found


def _external_links(archive: zipfile.ZipFile, parts: list[str]) -> list[FingerprintFinding]:
    """Where links to other workbooks point: paths often hold user or server names."""
    targets = []
    for name in sorted(parts):
        root = _xml(archive, name)
        targets += [str(r.get("Target", "")) for r in ([] if root is None else root)]
    if not targets:
        return []
    return [fact("sheet-external-links", "xl/externalLinks/", len(targets), ", ".join(targets))]


def inspect_ods(data: bytes) -> list[FingerprintFinding]:
    """Metadata, comments and hidden rows or columns of a (zip-checked) ODS."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        found = _ods_meta(archive) if "meta.xml" in names else []
        if "content.xml" in names:
            found += _ods_content(archive)
    return found + package_parts(names)


def _ods_meta(archive: zipfile.ZipFile) -> list[FingerprintFinding]:
    root = _xml(archive, "meta.xml")
    found = []
    for element in [] if root is None else root.iter():
        name, value = _local(element.tag), (element.text or "").strip()
        if name in ODS_META_FIELDS and value:
            found.append(fact("sheet-property", f"meta.xml {name}", 1, value))
        elif name == ODS_USER_DEFINED:
            found.append(
                fact(
                    "sheet-custom-property",
                    "meta.xml",
                    1,
                    str(element.get("{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}name", "")),
                )
            )
    return found


def _ods_content(archive: zipfile.ZipFile) -> list[FingerprintFinding]:
    rows = columns = notes = 0
    authors: set[str] = set()
    with archive.open("content.xml") as stream:
        for element in _ends(stream):
            collapsed = element.get(f"{ODS_TABLE}visibility") in ("collapse", "filter")
            if element.tag == f"{ODS_TABLE}table-row":
                rows += collapsed
                element.clear()
            elif element.tag == f"{ODS_TABLE}table-column":
                columns += collapsed
            elif element.tag == f"{ODS_OFFICE}annotation":
                notes += 1
                authors |= {(e.text or "").strip() for e in element if _local(e.tag) == "creator"}
    found = []
    if rows:
        found.append(fact("sheet-hidden-rows", "content.xml", rows))
    if columns:
        found.append(fact("sheet-hidden-columns", "content.xml", columns))
    if notes:
        found.append(
            fact("sheet-comments", "content.xml", notes, ", ".join(sorted(authors - {""})))
        )
    return found


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]
