"""The hostile reader and the editor's path, shared by the adversarial tests.

An attacker (a hostile source crafting the leaked file) hides a deny-listed name; the
editor takes the file in, scans it under a policy that deny-lists the name, accepts
every proposal and finding, approves and releases it with the real command. Then this
reader, written apart from the release gate, looks for the name in the released file the
ways a hostile reader would: PDF text with two libraries, every decompressed stream and
string, OCR of a PDFium rendering (also with every non-white pixel taken as ink, as
anyone turning up the contrast of a page sees it), and text outputs as bytes, NFKC,
confusable skeleton, URL and HTML-entity decoding, and Markdown as a viewer renders it.
"""

from __future__ import annotations

import functools
import html
import io
import json
import re
import unicodedata
import urllib.parse
from pathlib import Path
from typing import Any

from cli_support import run_workstation, stored_ids

FIRST, SURNAME = "Radomir", "Vesk"
NAME = f"{FIRST} {SURNAME}"
POLICY = """\
id: newsroom
version: "1"
extends: default
deny_lists:
  - name: sources
    terms: [Radomir Vesk]
"""


def ok(result: Any) -> Any:
    assert result.returncode == 0, result.stderr
    return result


def decided(
    cli: Any, tmp_path: Path, data: bytes, name: str, verdict: str = "accept", pick: int = 0
) -> str:
    """Taken in, scanned under the deny-listing policy, every proposal decided as
    `verdict`, every fingerprint finding accepted, approved: ready to release. `pick`
    chooses among the documents intake stored (an archive's members follow it)."""
    policies = tmp_path / "vault" / "policies"
    policies.mkdir(parents=True, exist_ok=True)
    (policies / "newsroom.yaml").write_text(POLICY)
    original = tmp_path / "in" / name
    original.parent.mkdir(exist_ok=True)
    original.write_bytes(data)
    document_id = stored_ids(ok(cli.run("intake", str(original))).stdout)[pick]
    ok(cli.run("scan", document_id, "--policy", "newsroom"))
    proposals = json.loads(ok(cli.run("proposals", document_id, "--json")).stdout)
    if any(proposal["state"] == "pending" for proposal in proposals):
        ok(cli.run("decide", document_id, "--all-pending", verdict))
    listed = json.loads(ok(cli.run("fingerprints", document_id, "--json")).stdout)
    pending = [f["id"] for f in listed["findings"] if f["state"] == "pending"]
    if pending:
        ok(cli.run("fingerprints", document_id, *[a for i in pending for a in ("--accept", i)]))
    ok(cli.run("approve", document_id))
    return document_id


def run_workstation_here(*arguments: str) -> Any:
    """The command with no vault options of the test's own (an outsider's machine)."""
    return run_workstation(*arguments)


def release(cli: Any, document_id: str, out: Path, output_format: str, *extra: str) -> Any:
    out.mkdir(exist_ok=True)
    return cli.run("release", document_id, "--format", output_format, "--out", str(out), *extra)


# --- text ------------------------------------------------------------------------------

@functools.cache
def _prototype(character: str) -> str:
    """The ASCII letter `character` is confusable with (Unicode TR39 data as the
    confusable-homoglyphs package ships it), or the character itself."""
    from confusable_homoglyphs import confusables

    if character.isascii():
        return character
    if unicodedata.category(character) in ("Mn", "Me", "Cf"):
        return ""
    found = confusables.is_confusable(character, greedy=True, preferred_aliases=["latin"])
    latin = [h["c"] for f in found or [] for h in f["homoglyphs"] if h["c"].isascii()]
    return latin[0] if latin else character


def skeleton(text: str) -> str:
    """NFKC, then every character replaced by its confusable prototype, marks and
    invisibles dropped, diacritics removed, case folded."""
    text = unicodedata.normalize("NFKC", text)
    folded = unicodedata.normalize("NFKD", "".join(_prototype(c) for c in text))
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def rendered_markdown(text: str) -> str:
    """What a Markdown viewer shows: rendered to HTML, tags dropped, entities decoded."""
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(text)
    return html.unescape(re.sub(r"<[^>]*>", "", rendered))


def text_views(data: bytes, markdown: bool = False) -> dict[str, str]:
    """Every way a hostile reader reads a text release."""
    text = data.decode("utf-8", "replace")
    views = {"bytes": text, "nfkc": unicodedata.normalize("NFKC", text)}
    views["skeleton"] = skeleton(text)
    views["url-decoded"] = urllib.parse.unquote(text)
    views["entities"] = html.unescape(text)
    if markdown:
        views["markdown viewer"] = rendered_markdown(text)
    return views


def sightings(views: dict[str, str], name: str = NAME) -> list[str]:
    """The views in which the name, or its surname alone, can be read: letters not
    glued to other letters, any run of non-letters between the words, hyphenation
    across a line undone."""
    first, _, surname = name.rpartition(" ")
    seen = []
    for where, text in views.items():
        flat = skeleton(re.sub(r"-\s*\n\s*", "", text))
        words = [re.escape(w.casefold()) for w in (first, surname) if w]
        whole = r"[\W_\d]*".join(words)
        alone = re.escape(surname.casefold())
        for pattern in (whole, alone):
            if re.search(r"(?<![^\W_\d])" + pattern + r"(?![^\W_\d])", flat):
                seen.append(where)
                break
    return seen


# --- PDF -------------------------------------------------------------------------------

def pdf_views(data: bytes, ocr: bool = True) -> dict[str, str]:
    """pypdf and PyMuPDF text, every decompressed stream and the raw bytes, metadata and
    XMP, and OCR of a PDFium rendering as it is and with its contrast stretched."""
    import pymupdf
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    views = {"pypdf text": "\n".join(page.extract_text() or "" for page in reader.pages)}
    streams = [data.decode("latin-1")]
    with pymupdf.open(stream=data, filetype="pdf") as document:
        views["pymupdf text"] = "\n".join(page.get_text() for page in document)
        for xref in range(1, document.xref_length()):
            streams.append(document.xref_object(xref, compressed=False))
            if document.xref_is_stream(xref):
                raw = document.xref_stream(xref) or b""
                streams.append(raw.decode("latin-1"))
        streams.append(json.dumps(document.metadata))
        streams.append(document.get_xml_metadata() or "")
    views["raw bytes and streams"] = "\n".join(streams)
    if ocr:
        views.update(ocr_views(data))
    return views


def ocr_views(data: bytes, dpi: int = 300) -> dict[str, str]:
    import pypdfium2
    import tesserocr
    from PIL import ImageFilter, ImageOps

    from workstation.pixels.languages import data_folder

    views = {"ocr": "", "ocr, contrast stretched": ""}
    document = pypdfium2.PdfDocument(data)
    with tesserocr.PyTessBaseAPI(path=str(data_folder()), lang="eng") as api:
        for page in document:
            picture = page.render(scale=dpi / 72).to_pil().convert("L")
            # Any ink clearly darker than paper is black (compression speckle filtered out
            # first, or Tesseract reads it as a page of noise).
            smooth = picture.filter(ImageFilter.MedianFilter(3))
            inked = smooth.point(lambda value: 0 if value < 242 else 255)
            for where, image in (
                ("ocr", picture),
                ("ocr, contrast stretched", ImageOps.autocontrast(inked)),
            ):
                api.SetImage(image)
                api.SetSourceResolution(dpi)
                views[where] += api.GetUTF8Text() + "\n"
    return views
