"""PPTX: each slide's text in order, its speaker notes and comments; hidden slides marked.

Our own reader over zip and defusedxml (no python-pptx: reading needs only the slide,
notes and comment parts). Slides come in the order the presentation lists them; a
slide marked `show="0"` is hidden in the slide show but is still part of the leak, so
its text is kept under a "(hidden)" heading. Notes and comments are easy to forget and
must be reviewed like the slides.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import Any

from workstation.confined.limits import ChildLimits
from workstation.intake.outcome import Parsed, Refused
from workstation.intake.safe_xml import entities_refused, parse_part, refuse_doctypes
from workstation.intake.zipguard import check_zip

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
PRESENTATION = "ppt/presentation.xml"
NOTES_TYPE = "/notesSlide"
COMMENTS_TYPES = ("/comments", "/comment")


def parse(data: bytes, limits: ChildLimits) -> Parsed:
    """Check the zip, then read the slides in presentation order."""
    check_zip(data, limits)
    refuse_doctypes(data)
    blocks: list[str] = []
    details = {"pages": 0, "comments": 0}
    with zipfile.ZipFile(io.BytesIO(data)) as archive, entities_refused():
        for number, slide in enumerate(_slide_parts(archive), start=1):
            blocks.append(_slide_block(archive, slide, number, details))
    details["pages"] = len(blocks)
    if not details["comments"]:
        del details["comments"]
    return Parsed("\n\n".join(blocks), details)


def _slide_parts(archive: zipfile.ZipFile) -> list[str]:
    """Slide part names in the order of the presentation's slide list."""
    try:
        presentation = parse_part(archive, PRESENTATION)
    except KeyError:
        raise Refused("unreadable") from None
    targets = _relationships(archive, PRESENTATION)
    slides = []
    for slide_id in presentation.iter(f"{P}sldId"):
        target = targets.get(str(slide_id.get(f"{R}id", "")))
        if target and target[0] in archive.NameToInfo:
            slides.append(target[0])
    return slides


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """Relationship id to (part name, type) for one part; external targets are left out."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", name + ".rels")
    if rels_name not in archive.NameToInfo:
        return {}
    found = {}
    for relation in parse_part(archive, rels_name).iter(f"{RELS}Relationship"):
        if relation.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(folder, str(relation.get("Target", ""))))
        found[str(relation.get("Id", ""))] = (target, str(relation.get("Type", "")))
    return found


def _slide_block(archive: zipfile.ZipFile, slide: str, number: int, details: dict[str, int]) -> str:
    root = parse_part(archive, slide)
    hidden = root.get("show") in ("0", "false")
    lines = [f"[slide {number}{' (hidden)' if hidden else ''}]", *_paragraphs(root)]
    for target, kind in _relationships(archive, slide).values():
        if target not in archive.NameToInfo:
            continue
        if kind.endswith(NOTES_TYPE):
            notes = _paragraphs(parse_part(archive, target))
            if notes:
                lines += ["[notes]", *notes]
        elif kind.endswith(COMMENTS_TYPES):
            comments = _comments(parse_part(archive, target))
            details["comments"] += len(comments)
            if comments:
                lines += ["[comments]", *comments]
    return "\n".join(lines)


def _paragraphs(root: Any) -> list[str]:
    """Each drawing paragraph's runs and fields joined; empty paragraphs left out."""
    found = []
    for paragraph in root.iter(f"{A}p"):
        text = "".join(t.text or "" for t in paragraph.iter(f"{A}t"))
        if text.strip():
            found.append(text)
    return found


def _comments(root: Any) -> list[str]:
    """Comment texts (legacy `p:cm` and modern threaded comments alike)."""
    found = []
    for element in root.iter():
        if element.tag == f"{P}text" and (element.text or "").strip():
            found.append(element.text or "")
        elif element.tag.endswith("}txBody"):
            found.extend(_paragraphs(element))
    return found
