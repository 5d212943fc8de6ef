"""Spreadsheet intake speed: rows per second and the child's peak memory.

Run: ``uv run python benchmarks/spreadsheet_benchmark.py [--rows 100000]``. Builds an
XLSX (and the same table as CSV) of `--rows` rows of six columns, names, passport
numbers, phones, dates and amounts, and extracts each through the real confined child,
as intake does. Prints rows per second (start-up of the child included) and the peak
resident memory of the children (``RUSAGE_CHILDREN``: the largest child so far, so each
format is measured in a fresh process). Asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime
import io
import multiprocessing
import resource
import time
from concurrent.futures import ProcessPoolExecutor

HEADING = ["Name", "Passport", "Phone", "Date", "Amount", "Notes"]


def rows(count: int) -> list[list[object]]:
    start = datetime.date(2020, 1, 1)
    return [
        [
            f"Person {n} Example",
            f"X{n:08d}",
            f"+34 600 {n % 1000:03d} {n % 997:03d}",
            start + datetime.timedelta(days=n % 3650),
            n * 1.25,
            "paid" if n % 3 else "pending review",
        ]
        for n in range(count)
    ]


def make_xlsx(count: int) -> bytes:
    import openpyxl  # type: ignore[import-untyped]

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Payments")
    sheet.append(HEADING)
    for row in rows(count):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def make_csv(count: int) -> bytes:
    lines = [",".join(HEADING)] + [",".join(str(v) for v in row) for row in rows(count)]
    return ("\n".join(lines) + "\n").encode()


def measure(name: str, count: int) -> tuple[float, int, int, int]:
    """Seconds, text characters, rows reported and the child's peak RSS in KiB."""
    from workstation.intake import extract

    data = make_xlsx(count) if name.endswith(".xlsx") else make_csv(count)
    began = time.perf_counter()
    result = extract(data, name)
    elapsed = time.perf_counter() - began
    if not result.reviewable:
        raise SystemExit(f"{name}: not extracted ({result.note})")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, len(result.text or ""), result.details["rows"], peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    count = parser.parse_args().rows
    for name in ("bench.xlsx", "bench.csv"):
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            elapsed, chars, laid_out, peak = pool.submit(measure, name, count).result()
        print(
            f"{name}: {laid_out:,} rows in {elapsed:.2f} s = {laid_out / elapsed:,.0f} rows/s; "
            f"{chars / 1e6:.1f} M chars of text; child peak memory {peak / 1024:.0f} MiB"
        )


if __name__ == "__main__":
    main()
