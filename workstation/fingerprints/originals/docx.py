"""DOCX: document properties, comments, tracked changes, hidden text, custom XML, templates,
revision-session ids, and the metadata and printer tracking dots of embedded images.

Runs only inside the confined parser child, after the zip bomb checks. XML is parsed
with python-docx's parser (no entities, no network).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import replace
from typing import Any

from docx.oxml.parser import parse_xml

from workstation.fingerprints.finding import (
    HIDDEN_END,
    HIDDEN_START,
    MAX_HIDDEN_CHARS,
    MAX_HIDDEN_PIECES,
    FingerprintFinding,
)
from workstation.fingerprints.originals.dots import DotReader
from workstation.fingerprints.originals.facts import fact
from workstation.fingerprints.originals.images import inspect_image

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
CORE = "docProps/core.xml"
APP = "docProps/app.xml"
CUSTOM = "docProps/custom.xml"
APP_FIELDS = ("Company", "Manager", "Template", "TotalTime", "Application", "AppVersion")
STORY = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")
IMAGE = re.compile(r"(?i)^word/media/[^/]+\.(jpe?g|tiff?|png|webp)$")
MAX_IMAGES = 50
WHITE = frozenset({"FFFFFF", "WHITE"})
TINY_HALF_POINTS = 4
"""Text of 2 points or less is not read by anyone looking at the page."""


def inspect_docx(data: bytes) -> list[FingerprintFinding]:
    """Every metadata and hidden-content finding of a (zip-checked) DOCX."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()

        def xml(name: str) -> Any:
            return parse_xml(archive.read(name)) if name in names else None

        found = _core(xml(CORE)) + _app(xml(APP)) + _custom(xml(CUSTOM))
        found += _settings(xml("word/settings.xml"), xml("word/_rels/settings.xml.rels"))
        if "word/people.xml" in names:
            found.append(fact("docx-people", "word/people.xml", len(xml("word/people.xml"))))
        found += _stories(names, xml)
        custom_parts = [n for n in names if n.startswith("customXml/item") and "Props" not in n]
        if custom_parts:
            found.append(fact("docx-custom-xml", "customXml/", len(custom_parts)))
        embedded = [n for n in names if n.startswith(("word/embeddings/", "word/activeX/"))]
        if embedded:
            found.append(
                fact(
                    "docx-embedded-file",
                    "word/embeddings/",
                    len(embedded),
                    ", ".join(n.rsplit("/", 1)[-1] for n in embedded),
                )
            )
        dots = DotReader()
        for name in [n for n in names if IMAGE.match(n)][:MAX_IMAGES]:
            found += _image(archive.read(name), name, dots)
    return found


def _core(root: Any) -> list[FingerprintFinding]:
    if root is None:
        return []
    fields = [(_local(element.tag), (element.text or "").strip()) for element in root]
    filled = [(name, value) for name, value in fields if value]
    return [fact("docx-core-property", f"{CORE} {name}", 1, value) for name, value in filled]


def _app(root: Any) -> list[FingerprintFinding]:
    if root is None:
        return []
    found = []
    for element in root:
        name, value = _local(element.tag), (element.text or "").strip()
        if name in APP_FIELDS and value and value != "0":
            code = "docx-template" if name == "Template" else "docx-app-property"
            found.append(fact(code, f"{APP} {name}", 1, value))
    return found


def _custom(root: Any) -> list[FingerprintFinding]:
    if root is None or not len(root):
        return []
    names = [str(prop.get("name", "")) for prop in root]
    return [fact("docx-custom-property", CUSTOM, len(names), ", ".join(names))]


def _settings(root: Any, relationships: Any) -> list[FingerprintFinding]:
    if root is None:
        return []
    found = []
    template = root.find(f"{W}attachedTemplate")
    if template is not None:
        found.append(
            fact(
                "docx-template",
                "word/settings.xml attachedTemplate",
                1,
                _target(relationships, str(template.get(f"{R}id", ""))),
            )
        )
    rsids = root.find(f"{W}rsids")
    if rsids is not None and len(rsids):
        found.append(fact("docx-rsid", "word/settings.xml", len(rsids)))
    return found


def _stories(names: list[str], xml: Any) -> list[FingerprintFinding]:
    """Comments, tracked changes, hidden text and unreadable (white, tiny) text in every
    story part; comments and hidden runs carry their paragraphs, for release to remove."""
    found = []
    for name in sorted(n for n in names if STORY.match(n)):
        root = xml(name)
        if name == "word/comments.xml":
            comments = root.findall(f"{W}comment")
            if comments:
                authors = sorted({str(c.get(f"{W}author", "")) for c in comments} - {""})
                finding = fact("docx-comments", name, len(comments), ", ".join(authors))
                found.append(_with_hidden(finding, [_comment_piece(c) for c in comments]))
            continue
        changes = (
            root.findall(f".//{W}ins")
            + root.findall(f".//{W}del")
            + root.findall(f".//{W}moveFrom")
            + root.findall(f".//{W}moveTo")
        )
        if changes:
            authors = sorted({str(c.get(f"{W}author", "")) for c in changes} - {""})
            found.append(fact("docx-tracked-changes", name, len(changes), ", ".join(authors)))
        hidden = root.findall(f".//{W}rPr/{W}vanish") + root.findall(f".//{W}rPr/{W}specVanish")
        if hidden:
            pieces = _marked_paragraphs(root, _is_vanished)
            found.append(_with_hidden(fact("docx-hidden-text", name, len(hidden)), pieces))
        unreadable = _marked_paragraphs(root, _is_unreadable)
        if unreadable:
            finding = fact("docx-unreadable-text", name, len(unreadable))
            found.append(_with_hidden(finding, unreadable))
    return found


def _with_hidden(finding: FingerprintFinding, pieces: list[str]) -> FingerprintFinding:
    kept = [piece[:MAX_HIDDEN_CHARS] for piece in pieces if piece.strip()]
    return replace(finding, hidden=tuple(kept[:MAX_HIDDEN_PIECES]))


def _comment_piece(comment: Any) -> str:
    """A comment's text as extraction lays it out: one line per non-empty paragraph."""
    lines = [_run_text(p) for p in comment.iter(f"{W}p")]
    text = "\n".join(line for line in lines if line.strip())
    return f"{HIDDEN_START}{text}{HIDDEN_END}" if text.strip() else ""


def _marked_paragraphs(root: Any, hides: Any) -> list[str]:
    """Each paragraph with runs that `hides`, those runs' text between the markers."""
    pieces = []
    for paragraph in root.iter(f"{W}p"):
        parts, hiding, any_hidden = [], False, False
        for run in paragraph.iter(f"{W}r"):
            text = _run_text(run)
            if not text:
                continue
            hidden = hides(run.find(f"{W}rPr"))
            if hidden != hiding:
                parts.append(HIDDEN_START if hidden else HIDDEN_END)
                hiding = hidden
            any_hidden = any_hidden or (hidden and bool(text.strip()))
            parts.append(text)
        if hiding:
            parts.append(HIDDEN_END)
        if any_hidden:
            pieces.append("".join(parts))
    return pieces


def _run_text(element: Any) -> str:
    pieces = []
    for child in element.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr"):
        local = _local(child.tag)
        pieces.append(str(child.text or "") if local == "t" else "\t" if local == "tab" else "\n")
    return "".join(pieces)


def _on(element: Any) -> bool:
    return element is not None and element.get(f"{W}val", "true") not in ("0", "false", "off")


def _is_vanished(properties: Any) -> bool:
    if properties is None:
        return False
    return _on(properties.find(f"{W}vanish")) or _on(properties.find(f"{W}specVanish"))


def _is_unreadable(properties: Any) -> bool:
    """White text without a background, or text of 2 points or less."""
    if properties is None or _is_vanished(properties):
        return False
    color, size = properties.find(f"{W}color"), properties.find(f"{W}sz")
    shaded = properties.find(f"{W}shd") is not None or properties.find(f"{W}highlight") is not None
    white = color is not None and str(color.get(f"{W}val", "")).upper() in WHITE and not shaded
    value = str(size.get(f"{W}val", "")) if size is not None else ""
    tiny = value.isdigit() and int(value) <= TINY_HALF_POINTS
    return white or tiny


def _image(data: bytes, name: str, dots: DotReader) -> list[FingerprintFinding]:
    try:
        return inspect_image(data, name, dots)
    except MemoryError:
        raise
    except Exception:  # one unreadable picture does not hide the rest
        return []


def _target(relationships: Any, identifier: str) -> str:
    """Where a relationship of settings.xml points (the template's path)."""
    for relationship in relationships if relationships is not None else ():
        if relationship.get("Id") == identifier:
            return str(relationship.get("Target", ""))
    return ""


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1]
