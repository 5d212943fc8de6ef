# ruff: noqa: RUF001 - Cyrillic text and look-alike letters are the benchmark's input
"""Fingerprint pass speed: find() and normalise() on the evaluation texts, plain and marked.

Run: ``uv run python benchmarks/fingerprint_benchmark.py [--mb 2]``. Reads the labelled
evaluation set repeated to the size, once as it is and once with a zero-width space,
a Cyrillic look-alike and a no-break space planted in every 200 characters (a heavily
watermarked copy), plus a Cyrillic text of the same size; prints characters per second
and how much of the time the homoglyph step takes. Then findings per kind before and
after release: a copy carrying every kind of text mark (whole words in Cyrillic twins,
foreign and styled digits, symbols posing as letters, stray accents, Mongolian variation
selectors, spacing and quote habits) is rendered by the release's text path (the
default policy, every finding accepted) and re-scanned as the gate re-scans it: each
kind must come to zero. Then the printer tracking-dot check
on A4 pages scanned at 300 dpi (``--pages``): the cheap yellow-speck count alone (a
black-and-white page, a page with a yellow logo), DEDA on a page with a real DEDA dot
matrix, cleaning, and a whole PDF through the confined child, with and without dots.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from workstation.fingerprints import MECHANICAL_KINDS, find, homoglyphs, normalise, residual

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "eval" / "gold.jsonl"
CYRILLIC = "Сергей Иванов встретился с послом в Москве во вторник. " * 10


def corpus(size: int) -> str:
    texts = [json.loads(line)["text"] for line in GOLD.read_text().splitlines() if line]
    text = "\n\n".join(texts)
    return (text * (size // len(text) + 1))[:size]


def marked(text: str) -> str:
    pieces = []
    for start in range(0, len(text), 200):
        piece = text[start : start + 200]
        piece = piece.replace("a", "а", 1).replace(" ", "\u00a0", 1)
        pieces.append(piece[:100] + "\u200b" + piece[100:])
    return "".join(pieces)


def every_kind(text: str) -> str:
    """The text with every kind of text mark planted, at a canary trap's density or more."""
    swaps = [
        (" a ", " а "),  # a whole word in a Cyrillic twin
        (" as ", " аѕ "),
        ("the ", "tһе "),  # a word mostly swapped for twins
        ("envoy", "℮nvoy"),  # a symbol posing as a letter
        ("office", "offi\u0301ce"),  # an accent the word does not have
        ("20", "２0"),  # a styled digit
        ("19", "1٩"),  # an Arabic-Indic digit
        ("minister", "minis\u180bter"),  # a Mongolian free variation selector
        (". ", ".  "),  # two spaces after one sentence
        ("'s", "\u2019s"),  # a curly apostrophe among straight ones
    ]
    pieces = []
    for start in range(0, len(text), 1000):
        piece = text[start : start + 1000]
        for old, new in swaps:
            piece = piece.replace(old, new, 1)
        pieces.append(piece)
    return marked("".join(pieces))


def kinds_before_and_after_release(text: str) -> None:
    """Findings per kind in the copy, and in the text release makes of it (re-scanned)."""
    from workstation.policy.model import FingerprintRules, Rendering
    from workstation.release.rendering import redact_text

    released = redact_text(text, [], Rendering(), FingerprintRules(), also=MECHANICAL_KINDS)
    before = Counter(finding.kind for finding in find(text))
    after = Counter(finding.kind for finding in residual(released))
    print(f"\n{'kind':<16} {'in the copy':>12} {'after release':>14}")
    for kind in MECHANICAL_KINDS:
        print(f"{kind:<16} {before[kind]:>12} {after[kind]:>14}")
    left = sum(after.values())
    print(f"{'total':<16} {sum(before[k] for k in MECHANICAL_KINDS):>12} {left:>14}")
    copy_markings = before["copy_marking"]
    print(f"(copy markings: {copy_markings} found; they leave by redaction, not normalisation)")


def rate(label: str, work: Callable[[str], object], text: str) -> float:
    started = time.perf_counter()
    work(text)
    seconds = time.perf_counter() - started
    print(f"{label:<34} {len(text) / seconds / 1e6:6.2f} M chars/s  ({seconds:.2f} s)")
    return seconds


def scanned_page(dots: bool, logo: bool) -> bytes:
    """An A4 page of text rendered at 300 dpi (PNG), with DEDA's dots and a yellow logo."""
    import pymupdf
    from libdeda.pattern_handler import TDM, Pattern4
    from libdeda.privacy import AnonmaskApplierTdm

    with pymupdf.open() as document:
        page = document.new_page(width=595, height=842)
        for line in range(40):
            page.insert_text((60, 80 + 17 * line), "The talks at the harbour gate. " * 3)
        if logo:
            page.draw_rect(pymupdf.Rect(450, 30, 520, 70), color=(1, 0.85, 0), fill=(1, 0.85, 0))
        if dots:
            matrix = TDM(Pattern4, content={"serial": 123456, "manufacturer": "Epson"})
            mask = AnonmaskApplierTdm(matrix).apply(None)
            with pymupdf.open(stream=mask, filetype="pdf") as overlay:
                page.show_pdf_page(page.rect, overlay, 0)
        return bytes(page.get_pixmap(dpi=300, alpha=False).tobytes("png"))


def pdf_of(pngs: list[bytes]) -> bytes:
    import pymupdf

    with pymupdf.open() as document:
        for png in pngs:
            page = document.new_page(width=595, height=842)
            page.insert_image(page.rect, stream=png)
        return bytes(document.tobytes(deflate=True))


def seconds(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def dots_figures(pages: int) -> None:
    """What the tracking-dot check costs per page, and for a whole PDF in the child."""
    from PIL import Image

    from workstation.fingerprints.originals.dots import DotReader, clean_dots
    from workstation.intake.inspection import inspect

    load = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t = time.perf_counter(); import libdeda; print(time.perf_counter() - t)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    print(f"\nloading DEDA (scipy, OpenCV) in a fresh process    {float(load.stdout):6.2f} s")
    plain, logo, dotted = (
        scanned_page(False, False),
        scanned_page(False, True),
        scanned_page(True, True),
    )
    for label, png in (
        ("black and white page", plain),
        ("page with a yellow logo", logo),
        ("page with DEDA dots (decoded)", dotted),
    ):
        image = Image.open(io.BytesIO(png))
        image.load()
        started = time.perf_counter()
        found = DotReader().findings(image, "page")
        cost = time.perf_counter() - started
        print(f"dot check, A4 at 300 dpi, {label:<30} {cost:6.2f} s  ({len(found)} finding)")
    image = Image.open(io.BytesIO(dotted))
    print(
        f"cleaning the dots from one page                     "
        f"{seconds(lambda: clean_dots(image)):6.2f} s"
    )
    clean_pdf, dotted_pdf = pdf_of([plain] * pages), pdf_of([dotted] * pages)
    plain_cost = seconds(lambda: inspect(clean_pdf, "scan.pdf"))
    dotted_cost = seconds(lambda: inspect(dotted_pdf, "scan.pdf"))
    print(f"child inspection, {pages}-page scanned PDF, no yellow  {plain_cost:6.2f} s")
    print(
        f"child inspection, {pages}-page scanned PDF, dots       {dotted_cost:6.2f} s  "
        f"({dotted_cost / max(plain_cost, 1e-9):.1f}x; "
        f"{(dotted_cost - plain_cost) / pages:.2f} s a page)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--pages", type=int, default=3, help="pages in the scanned PDF")
    parser.add_argument("--no-dots", action="store_true", help="text figures only")
    arguments = parser.parse_args()
    size = int(arguments.mb * 1_000_000)
    plain = corpus(size)
    watermarked = marked(plain)
    cyrillic = (CYRILLIC * (size // len(CYRILLIC) + 1))[:size]
    find("warm up the Unicode tables: а\u200b")
    total = rate("find, plain English", find, plain)
    rate("find, watermarked English", find, watermarked)
    rate("find, Cyrillic", find, cyrillic)
    rate("normalise, plain English", normalise, plain)
    rate("normalise, watermarked English", normalise, watermarked)
    glyphs = rate(
        "homoglyph step alone, watermarked", lambda t: list(homoglyphs.swaps(t)), watermarked
    )
    print(f"homoglyph share of find (watermarked): {glyphs / max(total, 1e-9):.1f}x plain find")
    kinds_before_and_after_release(every_kind(plain[: min(size, 500_000)]))
    if not arguments.no_dots:
        dots_figures(arguments.pages)


if __name__ == "__main__":
    main()
