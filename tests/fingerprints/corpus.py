"""The fingerprint test corpus: documents written by the tests, with each kind planted at
a known position, so every finding can be checked against where it was put.

Nothing here is a real document; names are fictional.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from workstation.fingerprints.scripts import LATIN, confusable_class, lookalike_in, script


@dataclass(frozen=True)
class Planted:
    """A text with marks planted at known offsets: kind, code and position of each."""

    text: str
    marks: list[tuple[str, str, int]]


def plant(pieces: list[str | tuple[str, str, str]]) -> Planted:
    """Join plain strings and (kind, code, planted) pieces, recording where each went."""
    text, marks = "", []
    for piece in pieces:
        if isinstance(piece, tuple):
            kind, code, planted = piece
            marks.append((kind, code, len(text)))
            text += planted
        else:
            text += piece
    return Planted(text, marks)


WATERMARKED_MEMO = plant(
    [
        "MEMORANDUM\n\nThe minister met ",
        ("invisible", "ZWSP", "\u200b"),
        "the envoy in Corvenna on Tuesday.",
        ("invisible", "ZWNJ", "\u200c"),
        " The talks with J",
        ("homoglyph", "mixed-script", "о"),  # Cyrillic o
        "hn Marsh went well. Budget: 2",
        ("homoglyph", "digit-lookalike", "O"),
        "19 figures, ",
        ("unusual_space", "THINSP", "\u2009"),
        "approved",
        ("invisible", "WJ", "\u2060"),
        ". Signed",
        ("invisible", "SHY", "\u00ad"),
        " off by ",
        ("invisible", "RLO", "\u202e"),
        "the office",
        ("invisible", "TAG", "\U000e0041\U000e0042"),
        ".",
        ("whitespace", "trailing-space", "  "),
        "\nCopy ",
        "of the note follows",
        ("invisible", "BOM", "\ufeff"),
        ": all is well",
        ("unusual_space", "NBSP", "\u00a0"),
        "here",
        ("invisible", "VS", "\ufe0f"),
        ".\n",
    ]
)


def recoverable_lookalikes() -> dict[str, list[str]]:
    """For each ASCII letter, the Cyrillic and Greek letters of the same case that imitate it
    and that the normaliser maps back to it (UTS #39 data, not a hand list)."""
    table: dict[str, list[str]] = {}
    for letter in string.ascii_letters:
        candidates = [
            glyph
            for glyph in confusable_class(letter)
            if glyph.isalpha()
            and script(glyph) in ("CYRILLIC", "GREEK")
            and glyph.isupper() == letter.isupper()
            and lookalike_in(glyph, LATIN, letter.isupper()) == letter
        ]
        if candidates:
            table[letter] = candidates
    return table


# --- Original files: written here, with each kind of metadata and hidden content planted ---

AUTHOR = "Teodor Maric"
EDITOR = "l.fenrow"
COMMENTER = "Bruno Kessel"
GPS = ((52.0, 31.0, 12.0), (13.0, 24.0, 36.0))


def docx_with_author_comments_and_tracked_changes() -> bytes:
    """A DOCX: author and last editor, a company, a comment, a tracked insertion and
    deletion, and a hidden run."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.core_properties.author = AUTHOR
    document.core_properties.last_modified_by = EDITOR
    paragraph = document.add_paragraph("The budget was approved on Tuesday.")
    document.add_comment(paragraph.runs, text="check with finance", author=COMMENTER, initials="BK")
    hidden = document.add_paragraph().add_run("draft figure 4.2m")
    hidden.font.hidden = True
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    tracked = parse_xml(
        f'<w:p xmlns:w="{w}"><w:ins w:id="1" w:author="{EDITOR}" w:date="2009-10-27T10:00:00Z">'
        f"<w:r><w:t>added later</w:t></w:r></w:ins>"
        f'<w:del w:id="2" w:author="{EDITOR}" w:date="2009-10-27T10:00:00Z">'
        f"<w:r><w:delText>removed wording</w:delText></w:r></w:del></w:p>"
    )
    document.element.body.insert(0, tracked)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_with_metadata_attachment_and_white_text() -> bytes:
    """A PDF: author in the information dictionary, an attached file, white text, text
    placed off the page, and a note annotation."""
    import pymupdf

    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    page.insert_text((72, 100), "Quarterly logistics summary", fontsize=12)
    page.insert_text((72, 140), "source: desk officer 7", fontsize=12, color=(1, 1, 1))
    page.insert_text((72, 900), "printed for T. Maric", fontsize=12)
    page.add_text_annot((300, 300), "ask Bruno").set_info(title=COMMENTER)
    document.embfile_add("recipients.txt", b"copy 3: T. Maric\n")
    document.set_metadata({"author": AUTHOR, "creator": "Word 2007", "title": "Q3"})
    data: bytes = document.tobytes()
    document.close()
    return data


def jpeg_with_gps(size: tuple[int, int] = (64, 48)) -> bytes:
    """A JPEG photo with a GPS position, camera make and model, and a body serial."""
    import io

    from PIL import ExifTags, Image

    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 5D"
    exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: GPS[0], 3: "E", 4: GPS[1]}
    exif[ExifTags.IFD.Exif] = {0xA431: "083041002345"}
    out = io.BytesIO()
    Image.new("RGB", size, (120, 140, 160)).save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def pdf_with_layer_javascript_and_an_incremental_update() -> bytes:
    """A PDF with a hidden optional-content layer and an OpenAction script (pymupdf), then
    a second revision appended as an incremental update by pypdf (an independent writer)."""
    import io

    import pymupdf
    import pypdf

    document = pymupdf.open()
    page = document.new_page()
    layer = document.add_ocg("draft notes", on=False)
    page.insert_text((72, 72), "visible text")
    page.insert_text((72, 120), "text in a hidden layer", oc=layer)
    script = document.get_new_xref()
    document.update_object(script, "<< /S /JavaScript /JS (app.alert(1)) >>")
    document.xref_set_key(document.pdf_catalog(), "OpenAction", f"{script} 0 R")
    first: bytes = document.tobytes()
    document.close()
    writer = pypdf.PdfWriter(io.BytesIO(first), incremental=True)
    writer.add_metadata({"/Subject": "second revision"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
