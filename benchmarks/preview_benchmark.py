"""Preview benchmark: how long the review waits for a picture of a place on a page.

Run: ``uv run python benchmarks/preview_benchmark.py [--runs 10]``. Takes in an A4 PDF
of 40 lines with a text layer, and the same page as a 300 dpi scan (a picture file),
then times `previews.preview` (start a confined release child, open the original,
locate the span or take the OCR word box, render the region, send the pixels back)
for a span on each, and `page_readings.keep` (OCR of the scanned page again, once per
document, at scan). Prints medians and the ratio to a one-second target for a preview;
asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

import pymupdf

from vault.session import Session
from vault.store import Vault
from workstation.services import page_readings, previews
from workstation.services.intake import intake_data

PASSPHRASE = "orbit lantern cobalt meadow thistle"
LINE = "Line {n}: the delegation met Radomir Vesk at the harbour office today"


def page_pdf() -> bytes:
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    for n in range(40):
        page.insert_text((50, 60 + n * 18), LINE.format(n=n), fontsize=11)
    return bytes(document.tobytes())


def scan_png(pdf: bytes) -> bytes:
    with pymupdf.open(stream=pdf, filetype="pdf") as document:
        return bytes(document[0].get_pixmap(dpi=300, colorspace=pymupdf.csGRAY).tobytes("png"))


def timed(runs: int, session: Session, document_id: str, region: previews.PageRegion) -> float:
    text = session.read_text(document_id) or ""
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        previews.preview(session, document_id, text, region)
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args().runs
    os.environ.setdefault("WORKSTATION_UNSAFE_TEST_KDF", "1")
    with tempfile.TemporaryDirectory() as folder:
        session = Vault.create(Path(folder) / "bench.db", "alice", PASSPHRASE)
        pdf = page_pdf()
        for name, data in (("memo.pdf", pdf), ("scan.png", scan_png(pdf))):
            stored = intake_data(session, name, data)
            assert stored.document is not None
            document_id = stored.document.id
            began = time.perf_counter()
            kept = page_readings.keep(session, document_id)
            keeping = time.perf_counter() - began
            text = session.read_text(document_id) or ""
            readings = page_readings.stored(session, document_id)
            start = text.index("Radomir Vesk", len(text) // 2)
            region = previews.span_region(text, readings, start, start + 12)
            median = timed(runs, session, document_id, region)
            print(
                f"{name}: OCR pages kept {kept} in {keeping:.2f} s; preview median "
                f"{median:.2f} s over {runs} runs (target 1 s: ratio {1.0 / median:.2f})"
            )
        session.connection.close()


if __name__ == "__main__":
    main()
