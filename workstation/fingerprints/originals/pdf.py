"""PDF: information dictionary, XMP, annotations, attachments, JavaScript, hidden text
(white, invisible, tiny, off the page), optional content layers, incremental revisions,
and the metadata and printer tracking dots of embedded images.

Runs only inside the confined parser child, with pymupdf loaded the way intake loads it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

from workstation.fingerprints.finding import FingerprintFinding
from workstation.fingerprints.originals.dots import DotReader
from workstation.fingerprints.originals.facts import fact
from workstation.fingerprints.originals.images import inspect_image

WHITE = 0xFFFFFF
INVISIBLE_RENDER_MODE = 3
TINY_POINTS = 1.0
Area = tuple[float, float, float, float]
DARK = 0.35
"""Mean of a fill's red, green and blue (0-1) below which white text on it is readable."""
MAX_XREFS = 200_000
MAX_IMAGES = 50
JAVASCRIPT = re.compile(r"/(?:JS|JavaScript)\b")
EOF_MARKER = re.compile(rb"%%EOF")


def inspect_pdf(pymupdf: Any, data: bytes, max_pages: int) -> list[FingerprintFinding]:
    """Every metadata and hidden-content finding of a PDF (pymupdf passed in, loaded
    without its optional add-ons)."""
    with pymupdf.open(stream=data, filetype="pdf") as document:
        if document.needs_pass or document.page_count > max_pages:
            return []
        found = _info(document) + _document_level(document, data)
        dots = DotReader()
        images = 0
        for page in document:
            found += _page(page)
            for image in page.get_images(full=True):
                if images >= MAX_IMAGES:
                    break
                images += 1
                found += _image(document, page, image[0], dots)
    return found


def _info(document: Any) -> list[FingerprintFinding]:
    fields = {key: str(value).strip() for key, value in (document.metadata or {}).items()}
    fields.pop("format", None)
    fields.pop("encryption", None)
    found = [fact("pdf-info", f"Info {key}", 1, value) for key, value in fields.items() if value]
    xmp = document.get_xml_metadata() or ""
    if xmp.strip():
        found.append(fact("pdf-xmp", "XMP", 1, f"{len(xmp)} characters of XMP"))
    trailer_id = document.xref_get_key(-1, "ID")
    if trailer_id and trailer_id[0] != "null":
        found.append(fact("pdf-document-id", "trailer ID", 1, trailer_id[1]))
    return found


def _document_level(document: Any, data: bytes) -> list[FingerprintFinding]:
    found = []
    attachments = document.embfile_names()
    if attachments:
        found.append(
            fact("pdf-attachment", "EmbeddedFiles", len(attachments), ", ".join(attachments))
        )
    scripts = sum(
        1
        for xref in range(1, min(document.xref_length(), MAX_XREFS))
        if JAVASCRIPT.search(_object(document, xref))
    )
    if scripts:
        found.append(fact("pdf-javascript", "objects", scripts))
    layers = document.get_ocgs() or {}
    if layers:
        hidden = sum(1 for layer in layers.values() if not layer.get("on", True))
        names = ", ".join(str(layer.get("name", "")) for layer in layers.values())
        found.append(fact("pdf-layers", f"{hidden} hidden", len(layers), names))
    revisions = len(EOF_MARKER.findall(data))
    if revisions > 1:
        found.append(
            fact(
                "pdf-revisions",
                "%%EOF markers",
                revisions,
                f"{revisions - 1} incremental update(s)",
            )
        )
    return found


def _page(page: Any) -> list[FingerprintFinding]:
    """Annotations and hidden text on one page, counted by kind."""
    where = f"page {page.number + 1}"
    found = []
    annotations = list(page.annots() or [])
    if annotations:
        authors = sorted({str(a.info.get("title", "")) for a in annotations} - {""})
        kinds = Counter(str(a.type[1]) for a in annotations)
        summary = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        found.append(
            fact(
                "pdf-annotations",
                where,
                len(annotations),
                "; ".join(filter(None, [summary, ", ".join(authors)])),
            )
        )
    counts = _hidden_spans(page)
    for code, count in counts.items():
        found.append(fact(code, where, count))
    return found


def _hidden_spans(page: Any) -> Counter[str]:
    """Spans of text a reader does not see: white, invisible, tiny or off the page."""
    counts: Counter[str] = Counter()
    dark = dark_areas(page)
    for span in page.get_texttrace():
        counts.update(hidden_span_codes(span, page.rect, dark))
    return counts


def dark_areas(page: Any) -> Callable[[], list[Area]]:
    """Rectangles filled with a dark, opaque colour, where white text can be read (a
    table header, a redaction box carrying its label); read from the page's drawings
    only if a white span needs them, as a map page may hold thousands."""
    return functools.cache(lambda: _dark_areas(page))


def _dark_areas(page: Any) -> list[Area]:
    areas = []
    for drawing in page.get_drawings():
        fill = drawing.get("fill")
        opaque = drawing.get("fill_opacity") in (None, 1, 1.0)
        if fill and opaque and len(fill) == 3 and sum(fill) / 3 < DARK:
            rect = drawing["rect"]
            areas.append((rect.x0, rect.y0, rect.x1, rect.y1))
    return areas


def hidden_span_codes(span: dict[str, Any], area: Any, dark: Callable[[], list[Area]]) -> list[str]:
    """Why a text-trace span is hidden from a reader (codes), or [] if it is not; the
    PDF release removes the spans an editor accepted by the same test."""
    if not "".join(chr(char[0]) for char in span.get("chars", ())).strip():
        return []
    codes = []
    bbox = span.get("bbox", (0, 0, 0, 0))
    if span.get("type") == INVISIBLE_RENDER_MODE or span.get("opacity", 1) == 0:
        codes.append("pdf-invisible-text")
    elif _is_white(span.get("color")) and not _inside_any(bbox, dark()):
        codes.append("pdf-white-text")
    elif float(span.get("size", 12)) < TINY_POINTS:
        codes.append("pdf-tiny-text")
    if bbox[2] <= area.x0 or bbox[0] >= area.x1 or bbox[3] <= area.y0 or bbox[1] >= area.y1:
        codes.append("pdf-text-outside-page")
    return codes


def _inside_any(bbox: Any, areas: list[Area]) -> bool:
    x0, y0, x1, y1 = (float(v) for v in bbox)
    slack = 0.5  # glyph boxes may overhang a box drawn to fit them by a fraction of a point
    return any(
        x0 >= a - slack and y0 >= b - slack and x1 <= c + slack and y1 <= d + slack
        for a, b, c, d in areas
    )


def _is_white(color: Any) -> bool:
    if isinstance(color, int):
        return color == WHITE
    if isinstance(color, tuple | list) and color:
        return all(float(part) >= 0.99 for part in color) and len(color) in (1, 3)
    return False


def _object(document: Any, xref: int) -> str:
    try:
        return str(document.xref_object(xref, compressed=True))
    except Exception:  # a broken object hides nothing from the other checks
        return ""


IMAGE_FORMATS = ("jpeg", "jpg", "tiff", "png")


def _image(document: Any, page: Any, xref: int, dots: DotReader) -> list[FingerprintFinding]:
    try:
        extracted = document.extract_image(xref)
        if not extracted or extracted.get("ext") not in IMAGE_FORMATS:
            return []
        dpi = placed_dpi(page, xref, extracted["width"], extracted["height"])
        where = f"page {page.number + 1} image {xref}"
        return inspect_image(extracted["image"], where, dots, dpi)
    except MemoryError:
        raise
    except Exception:  # one unreadable picture does not hide the rest
        return []


def placed_dpi(page: Any, xref: int, width: int, height: int) -> float | None:
    """The resolution an image is shown at: its pixels per inch of its largest placement
    on the page (None when it is not placed), which DEDA needs to read the dot spacing."""
    try:
        rects = page.get_image_rects(xref)
    except Exception:  # an odd placement: DEDA guesses the resolution instead
        return None
    inches = max((max(rect.width, rect.height) / 72 for rect in rects), default=0.0)
    return max(width, height) / inches if inches > 0 else None
