"""Release benchmark: true redaction of a long PDF in the confined child, and the gate.

Run: ``uv run python benchmarks/release_benchmark.py [--pages 200]``. Builds a PDF with
names on every page, redacts every name (optionally rasterizing), reads the result back
with pypdf through the gate, and prints times per page. It asserts nothing.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import TypeVar

import pymupdf

from workstation.release import gate
from workstation.release.gate import Term
from workstation.release.jobs import PageSpan
from workstation.release.sandbox import redact_in_child

T = TypeVar("T")
NAMES = ("Radomir Vesk", "Luka Ferenc", "Mirela Kostov")
LINE = "On {day} {name} met the union delegates at gate {gate} of the harbour terminal."


def build(pages: int) -> tuple[bytes, list[PageSpan]]:
    """A PDF with 40 lines a page, a name on each; the spans as the intake text has them."""
    document = pymupdf.open()
    for _ in range(pages):
        page = document.new_page()
        for row in range(40):
            text = LINE.format(day=row % 28 + 1, name=NAMES[row % 3], gate=row)
            page.insert_text((50, 50 + row * 18), text, fontsize=9)
    data = bytes(document.tobytes())
    spans = []
    for number, page in enumerate(pymupdf.open(stream=data, filetype="pdf")):
        text = page.get_text()
        for name in NAMES:
            start = text.find(name)
            while start >= 0:
                spans.append(PageSpan(number, start, start + len(name), name, "[PERSON]"))
                start = text.find(name, start + 1)
    return data, spans


def timed(label: str, pages: int, work: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = work()
    elapsed = time.perf_counter() - started
    print(f"{label:<34} {elapsed:7.2f} s   {1000 * elapsed / pages:7.1f} ms/page")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    pages = parser.parse_args().pages
    data, spans = build(pages)
    print(f"{pages} pages, {len(spans)} spans, {len(data) / 2**20:.1f} MiB")
    terms = [Term(name, name) for name in NAMES]
    redacted = timed(
        "redact in the child",
        pages,
        lambda: redact_in_child(data, spans, rasterize=False, fill_labels=False),
    )
    checks = timed(
        "gate (pypdf read-back)", pages, lambda: list(gate.output_checks(redacted, "pdf", terms))
    )
    print("gate:", "passed" if all(c.passed for c in checks) else "FAILED")
    timed(
        "redact and rasterize (150 dpi)",
        pages,
        lambda: redact_in_child(data, spans, rasterize=True, fill_labels=False),
    )


if __name__ == "__main__":
    main()
