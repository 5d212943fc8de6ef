"""PPTX through the real confined child: slides in order, notes, comments, hidden slides."""

from __future__ import annotations

import io
import zipfile

from intake_samples import zip_with_zeros

from workstation.intake import extract

NS = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)
RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
UP = "." * 2
"""The parent folder in a relationship target, built so no literal climbs out of the checkout."""
TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"


def _text(*paragraphs: str) -> str:
    runs = "".join(f"<a:p><a:r><a:t>{words}</a:t></a:r></a:p>" for words in paragraphs)
    return f"<p:txBody>{runs}</p:txBody>"


def _slide(body: str, show: str = "") -> str:
    shown = f' show="{show}"' if show else ""
    return f"<p:sld {NS}{shown}><p:cSld><p:spTree><p:sp>{body}</p:sp></p:spTree></p:cSld></p:sld>"


def _rels(*relations: tuple[str, str, str]) -> str:
    items = "".join(
        f'<Relationship Id="{rid}" Type="{TYPE}{kind}" Target="{target}"/>'
        for rid, kind, target in relations
    )
    return f"<Relationships {RELS}>{items}</Relationships>"


def make_pptx(prolog: str = "") -> bytes:
    """Two slides listed second-first: the list's order wins over the part names."""
    parts = {
        "ppt/presentation.xml": f"{prolog}<p:presentation {NS}><p:sldIdLst>"
        '<p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId1"/>'
        "</p:sldIdLst></p:presentation>",
        "ppt/_rels/presentation.xml.rels": _rels(
            ("rId1", "slide", "slides/slide1.xml"), ("rId2", "slide", "slides/slide2.xml")
        ),
        "ppt/slides/slide2.xml": _slide(_text("Budget 2024", "Odile Brandt signs")),
        "ppt/slides/_rels/slide2.xml.rels": _rels(
            ("rId1", "notesSlide", f"{UP}/notesSlides/notesSlide1.xml"),
            ("rId2", "comments", f"{UP}/comments/comment1.xml"),
            ("rId3", "hyperlink", "https://example.org"),
        ),
        "ppt/notesSlides/notesSlide1.xml": f"<p:notes {NS}><p:cSld><p:spTree><p:sp>"
        + _text("Do not mention the source")
        + "</p:sp></p:spTree></p:cSld></p:notes>",
        "ppt/comments/comment1.xml": f"<p:cmLst {NS}><p:cm><p:text>Ask Ana Ruiz</p:text>"
        "</p:cm></p:cmLst>",
        "ppt/slides/slide1.xml": _slide(_text("Backup plan"), show="0"),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def test_slides_in_order_with_notes_comments_and_hidden_slides() -> None:
    result = extract(make_pptx(), "deck.pptx")
    assert (result.kind, result.reviewable, result.note) == ("pptx", True, "")
    assert result.text == (
        "[slide 1]\nBudget 2024\nOdile Brandt signs\n[notes]\nDo not mention the source\n"
        "[comments]\nAsk Ana Ruiz\n\n[slide 2 (hidden)]\nBackup plan"
    )
    assert result.details == {"pages": 2, "comments": 1}


def test_hostile_pptx_refused_in_one_line() -> None:
    entity = extract(make_pptx('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>'), "e.pptx")
    assert (
        entity.note
        == "PowerPoint deck declares XML entities or a DTD (an entity bomb or external link)"
    )
    bomb = extract(zip_with_zeros(200 * 1024 * 1024), "b.pptx")
    assert "zip bomb" in bomb.note
