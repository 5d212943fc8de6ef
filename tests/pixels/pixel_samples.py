"""PDFs and pictures the pixel tests read: built here with PyMuPDF and Pillow.

Pages are small (a strip of a few lines) so OCR in the tests stays fast; the names
are fictional.
"""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

import pymupdf
from PIL import Image

NAME = "Radomir Vesk"
LINE = "The harbour master {name} signed the manifest"
STRIP = (0, 0, 420, 80)


def strip_pdf(text: str = LINE.format(name=NAME), *, fontsize: float = 14) -> bytes:
    """One short page with one line of text in Helvetica."""
    document = pymupdf.open()
    page = document.new_page(width=STRIP[2], height=STRIP[3])
    page.insert_text((20, 45), text, fontsize=fontsize, fontname="helv")
    return bytes(document.tobytes())


def name_rect(data: bytes, name: str = NAME) -> pymupdf.Rect:
    """Where `name` sits on the first page, by MuPDF's own text boxes."""
    with pymupdf.open(stream=data, filetype="pdf") as document:
        return document[0].search_for(name)[0]


def rot13_tounicode(data: bytes) -> bytes:
    """The same page, whose font's /ToUnicode maps every letter to its ROT13 partner:
    it shows "Radomir Vesk" but its text layer says "Enqbzve Irfx"."""
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CMapName /Rot13 def /CMapType 2 def\n"
        b"1 begincodespacerange <00> <FF> endcodespacerange\n"
        b"4 beginbfrange\n<41> <4D> <004E>\n<4E> <5A> <0041>\n"
        b"<61> <6D> <006E>\n<6E> <7A> <0061>\nendbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end\n"
    )
    document = pymupdf.open(stream=data, filetype="pdf")
    font = next(xref for xref in range(1, document.xref_length()) if _is_font(document, xref))
    stream = document.get_new_xref()
    document.update_object(stream, "<<>>")
    document.update_stream(stream, cmap)
    document.xref_set_key(font, "ToUnicode", f"{stream} 0 R")
    return bytes(document.tobytes())


def _is_font(document: Any, xref: int) -> bool:
    return document.xref_get_key(xref, "Type") == ("name", "/Font")


def name_as_picture(name: str = NAME) -> bytes:
    """A page whose only content is a picture of the name: no text layer at all."""
    source = pymupdf.open(stream=strip_pdf(LINE.format(name=name)), filetype="pdf")
    pixmap = source[0].get_pixmap(dpi=200)
    document = pymupdf.open()
    page = document.new_page(width=STRIP[2], height=STRIP[3])
    page.insert_image(page.rect, pixmap=pixmap)
    return bytes(document.tobytes())


def png(width: int, height: int, colour: int = 255) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (width, height), colour).save(buffer, "PNG")
    return buffer.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels (a decompression bomb's
    shape: a few bytes that would decode to gigabytes)."""
    data = bytearray(png(1, 1))
    header = b"IHDR" + struct.pack(">II", width, height) + bytes(data[24:29])
    data[12:29] = header
    data[29:33] = struct.pack(">I", zlib.crc32(header))
    return bytes(data)
