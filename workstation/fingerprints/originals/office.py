"""PPTX, ODT and RTF: who made and last saved the file, its company, printer, custom
properties, revision ids, comment authors and embedded thumbnails.

What is shared by the Office Open XML packages (PPTX here, XLSX in `spreadsheets`) and by
the OpenDocument ones (ODT here, ODS in `spreadsheets`) is found by the same helpers: the
``docProps`` parts and ``meta.xml``, a saved thumbnail of the first page (a picture of the
document as it was before anyone redacted it), and printer settings. None of it is text a
reader sees, so none of it reaches a release, which is made from the reviewed text.

Runs only inside the confined parser child, after the zip bomb checks (RTF: under the
child's limits, read as bytes with bounded patterns). XML is parsed with defusedxml.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.facts import fact

CORE, APP, CUSTOM = "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"
APP_FIELDS = ("Company", "Manager", "Template", "Application", "AppVersion", "TotalTime")
OOXML_THUMBNAIL = re.compile(r"(?i)^docProps/thumbnail\.[a-z]+$")
OOXML_PRINTER = re.compile(r"(?i)^[a-z]+/printerSettings/[^/]+$")
PPTX_EMBEDDED = ("ppt/embeddings/", "ppt/activeX/")
PPTX_COMMENT_AUTHORS = "ppt/commentAuthors.xml"
ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
ODF_META_FIELDS = ("initial-creator", "creator", "printed-by", "generator", "editing-duration")
ODF_THUMBNAIL = "Thumbnails/thumbnail.png"
MAX_PROPERTY_XML = 4 * 1024 * 1024
MAX_SHOWN = 20


def inspect_pptx(data: bytes) -> list[FingerprintFinding]:
    """Properties, comment authors, thumbnail, printer settings, embedded files of a PPTX."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        found = ooxml_package(archive, "office")
        names = archive.namelist()
        if PPTX_COMMENT_AUTHORS in names and (root := _xml(archive, PPTX_COMMENT_AUTHORS)):
            authors = sorted({str(a.get("name", "")).strip() for a in root} - {""})
            if authors:
                shown = ", ".join(authors[:MAX_SHOWN])
                found.append(
                    fact("office-comment-authors", PPTX_COMMENT_AUTHORS, len(authors), shown)
                )
        embedded = [n for n in names if n.startswith(PPTX_EMBEDDED)]
        if embedded:
            shown = ", ".join(n.rsplit("/", 1)[-1] for n in embedded[:MAX_SHOWN])
            found.append(fact("office-embedded-file", "ppt/embeddings/", len(embedded), shown))
    return found


def ooxml_package(archive: zipfile.ZipFile, prefix: str) -> list[FingerprintFinding]:
    """The package-wide facts of any Office Open XML file: core, app and custom
    properties (as `prefix`-property findings), thumbnail and printer settings."""
    names = archive.namelist()
    found = []
    if CORE in names and (root := _xml(archive, CORE)) is not None:
        filled = [(_local(e.tag), (e.text or "").strip()) for e in root]
        found += [fact(f"{prefix}-property", f"{CORE} {n}", 1, v) for n, v in filled if v]
    if APP in names and (root := _xml(archive, APP)) is not None:
        filled = [(_local(e.tag), (e.text or "").strip()) for e in root]
        found += [
            fact(f"{prefix}-property", f"{APP} {n}", 1, v)
            for n, v in filled
            if n in APP_FIELDS and v and v != "0"
        ]
    if CUSTOM in names and (root := _xml(archive, CUSTOM)) is not None and len(root):
        labels = [str(prop.get("name", "")) for prop in root]
        found.append(fact(f"{prefix}-custom-property", CUSTOM, len(labels), ", ".join(labels)))
    return found + package_parts(names)


def package_parts(names: list[str]) -> list[FingerprintFinding]:
    """A saved thumbnail and printer settings, in an OOXML or OpenDocument package."""
    found = []
    thumbnails = [n for n in names if OOXML_THUMBNAIL.match(n) or n == ODF_THUMBNAIL]
    if thumbnails:
        found.append(fact("office-thumbnail", thumbnails[0], len(thumbnails)))
    printers = [n for n in names if OOXML_PRINTER.match(n)]
    if printers:
        found.append(fact("office-printer", printers[0].rsplit("/", 1)[0] + "/", len(printers)))
    return found


def inspect_odt(data: bytes) -> list[FingerprintFinding]:
    """meta.xml (creator, printed-by, generator, user-defined fields) and the thumbnail."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        found = odf_meta(archive) if "meta.xml" in names else []
    return found + package_parts(names)


def odf_meta(archive: zipfile.ZipFile, prefix: str = "office") -> list[FingerprintFinding]:
    """Who made, last saved and printed an OpenDocument file, and its custom fields."""
    root = _xml(archive, "meta.xml")
    found, custom = [], []
    for element in [] if root is None else root.iter():
        name, value = _local(element.tag), (element.text or "").strip()
        if name in ODF_META_FIELDS and value:
            found.append(fact(f"{prefix}-property", f"meta.xml {name}", 1, value))
        elif name == "user-defined":
            custom.append(str(element.get(f"{ODF_META}name", "")))
    if custom:
        found.append(fact(f"{prefix}-custom-property", "meta.xml", len(custom), ", ".join(custom)))
    return found


RTF_INFO_FIELDS = {
    b"author": "author",
    b"operator": "last saved by",
    b"company": "company",
    b"manager": "manager",
    b"title": "title",
    b"subject": "subject",
    b"doccomm": "comments",
    b"hlinkbase": "link base",
}
_RTF_VALUE = rb"((?:[^{}\\]|\\'[0-9a-fA-F]{2}){0,1000})"
"""A plain value: no group, no control word, but \\'xx escapes (Windows-1252 bytes)."""
RTF_INFO = re.compile(
    rb"\{\\(author|operator|company|manager|title|subject|doccomm|hlinkbase)[ ]?"
    + _RTF_VALUE
    + rb"\}"
)
RTF_RSID = re.compile(rb"\\[a-z]{0,8}rsid[a-z]{0,8}(\d{1,10})")
RTF_USER_PROPERTY = re.compile(rb"\\propname[ ]?" + _RTF_VALUE)
RTF_ANNOTATION_AUTHOR = re.compile(rb"\{\\\*\\atnauthor[ ]?" + _RTF_VALUE + rb"\}")
RTF_GENERATOR = re.compile(rb"\{\\\*\\generator[ ]?" + _RTF_VALUE + rb"\}")
_RTF_ESCAPE = re.compile(r"\\'([0-9a-fA-F]{2})")


def inspect_rtf(data: bytes) -> list[FingerprintFinding]:
    """The info group (author, last saved by, company...), revision-session ids, user
    properties, annotation authors and the generator, from the raw RTF."""
    found = []
    for match in RTF_INFO.finditer(data):
        value = _rtf_text(match.group(2))
        if value:
            label = RTF_INFO_FIELDS[match.group(1)]
            found.append(fact("office-property", f"\\info {label}", 1, value))
    if generator := RTF_GENERATOR.search(data):
        found.append(fact("office-property", "\\generator", 1, _rtf_text(generator.group(1))))
    rsids = {m.group(1) for m in RTF_RSID.finditer(data)}
    if rsids:
        found.append(fact("office-rsid", "\\rsidtbl", len(rsids)))
    properties = [_rtf_text(m.group(1)) for m in RTF_USER_PROPERTY.finditer(data)]
    if properties:
        found.append(
            fact("office-custom-property", "\\userprops", len(properties), ", ".join(properties))
        )
    authors = sorted({_rtf_text(m.group(1)) for m in RTF_ANNOTATION_AUTHOR.finditer(data)} - {""})
    if authors:
        found.append(
            fact("office-comment-authors", "\\atnauthor", len(authors), ", ".join(authors))
        )
    return found


def _rtf_text(raw: bytes) -> str:
    """A plain RTF value: \\'xx escapes as Windows-1252, spaces collapsed."""
    text = _RTF_ESCAPE.sub(
        lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"), raw.decode("latin-1")
    )
    return " ".join(text.split()).rstrip(";")


def _xml(archive: zipfile.ZipFile, name: str) -> Any:
    """A small part as a tree, or None when it is implausibly large."""
    info = archive.getinfo(name)
    if info.file_size > MAX_PROPERTY_XML:
        return None
    return fromstring(archive.read(info), forbid_dtd=True)


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]
