"""Scan benchmark for scanned pages: does scanning read a scan's pages by OCR again?

Run: ``uv run python benchmarks/scan_ocr_benchmark.py [RUNS]``. Takes in a 3-page A4 PDF
whose pages are 300 dpi pictures of 40 lines (no text layer), then times
`scan_documents` on it (the model already loaded by a first scan), wall clock and CPU
of this process and its confined children. Intake keeps the pages' OCR confidences, so
the scan should not start a release child to read them again. Asserts nothing.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

from vault.store import Vault
from workstation.services import page_readings, policies
from workstation.services.intake import intake_data
from workstation.services.scanning import scan_documents

LINE = "Line {n}: the delegation met Radomir Vesk at the harbour office today"


def scanned_pdf(pages: int = 3) -> bytes:
    """A PDF of `pages` A4 pages, each only a grey 300 dpi picture of 40 lines."""
    out = pymupdf.open()
    for p in range(pages):
        page_doc = pymupdf.open()
        page = page_doc.new_page(width=595, height=842)
        for n in range(40):
            page.insert_text((50, 60 + n * 18), LINE.format(n=n + 40 * p), fontsize=11)
        pix = page.get_pixmap(dpi=300, colorspace=pymupdf.csGRAY)
        target = out.new_page(width=595, height=842)
        target.insert_image(target.rect, stream=pix.tobytes("png"))
    return bytes(out.tobytes())


def cpu() -> float:
    """CPU seconds of this process and its reaped children (the confined ones)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    """Intake and scan the scan `RUNS` times (2 unless given), after one warm-up."""
    os.environ.setdefault("WORKSTATION_UNSAFE_TEST_KDF", "1")
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    pdf = scanned_pdf()
    with tempfile.TemporaryDirectory() as folder:
        vault_path = Path(folder) / "bench.db"
        session = Vault.create(vault_path, "alice", "orbit lantern cobalt meadow thistle")
        loaded = policies.load(vault_path, "default")
        warm = intake_data(session, "warm.pdf", pdf).document
        assert warm is not None
        scan_documents(session, [warm.id], loaded)  # loads the model once
        for run in range(runs):
            began, used = time.perf_counter(), cpu()
            stored = intake_data(session, f"scan{run}.pdf", pdf).document
            intake, intake_cpu = time.perf_counter() - began, cpu() - used
            assert stored is not None
            began, used = time.perf_counter(), cpu()
            scan_documents(session, [stored.id], loaded)
            scan, scan_cpu = time.perf_counter() - began, cpu() - used
            pages = page_readings.stored(session, stored.id).pages
            print(
                f"run {run}: intake {intake:.2f} s ({intake_cpu:.2f} s CPU), "
                f"scan {scan:.2f} s ({scan_cpu:.2f} s CPU), OCR pages kept {pages}"
            )
        session.connection.close()


if __name__ == "__main__":
    main()
