"""Spreadsheet speed: rows per second at intake and at release, and peak memory.

Run: ``uv run python benchmarks/spreadsheet_benchmark.py [--rows 100000]``. Builds an
XLSX (and the same table as ODS and CSV) of `--rows` rows of six columns, names,
passport numbers, phones, dates and amounts, and extracts each through the real confined
child, as intake does. Prints rows per second (start-up of the child included) and the
peak resident memory of the children (``RUSAGE_CHILDREN``: the largest child so far, so
each format is measured in a fresh process). Then the release side on the extracted
text, in this process: the sheets as Markdown tables and as CSV, and the gate's CSV
read-back, with this process's peak memory. Asserts nothing.
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


def make_ods(count: int) -> bytes:
    """A one-table ODS written by hand (no ODS writer in the lock): content.xml and a mimetype."""
    import zipfile
    from xml.sax.saxutils import escape

    def row(values: list[object]) -> str:
        cells = "".join(
            f"<table:table-cell><text:p>{escape(str(v))}</text:p></table:table-cell>"
            for v in values
        )
        return f"<table:table-row>{cells}</table:table-row>"

    body = row(list(HEADING)) + "".join(row(values) for values in rows(count))
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
        f'<office:spreadsheet><table:table table:name="Payments">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    return buffer.getvalue()


def make_csv(count: int) -> bytes:
    lines = [",".join(HEADING)] + [",".join(str(v) for v in row) for row in rows(count)]
    return ("\n".join(lines) + "\n").encode()


def measure(name: str, count: int) -> tuple[float, int, int, int]:
    """Seconds, text characters, rows reported and the child's peak RSS in KiB."""
    from workstation.intake import extract

    makers = {".xlsx": make_xlsx, ".ods": make_ods, ".csv": make_csv}
    data = makers[name[name.rindex(".") :]](count)
    began = time.perf_counter()
    result = extract(data, name)
    elapsed = time.perf_counter() - began
    if not result.reviewable:
        raise SystemExit(f"{name}: not extracted ({result.note})")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, len(result.text or ""), result.details["rows"], peak


def measure_release(count: int) -> tuple[float, float, float, int]:
    """Seconds for Markdown tables, CSV and the CSV read-back, and this process's peak KiB."""
    from workstation.intake import extract
    from workstation.release.readback import read_csv_file
    from workstation.release.tables import as_csv, as_markdown_tables

    text = extract(make_csv(count), "bench.csv").text or ""
    began = time.perf_counter()
    as_markdown_tables(text)
    markdown = time.perf_counter() - began
    began = time.perf_counter()
    written = as_csv(text).encode()
    cells = time.perf_counter() - began
    began = time.perf_counter()
    read_csv_file(written)
    read = time.perf_counter() - began
    return markdown, cells, read, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    count = parser.parse_args().rows
    context = multiprocessing.get_context("spawn")
    for name in ("bench.xlsx", "bench.ods", "bench.csv"):
        with ProcessPoolExecutor(1, mp_context=context) as pool:
            elapsed, chars, laid_out, peak = pool.submit(measure, name, count).result()
        print(
            f"intake {name}: {laid_out:,} rows in {elapsed:.2f} s = "
            f"{laid_out / elapsed:,.0f} rows/s; {chars / 1e6:.1f} M chars of text; "
            f"child peak memory {peak / 1024:.0f} MiB"
        )
    with ProcessPoolExecutor(1, mp_context=context) as pool:
        markdown, cells, read, peak = pool.submit(measure_release, count).result()
    for what, seconds in (("Markdown tables", markdown), ("CSV", cells), ("CSV read-back", read)):
        print(f"release {what}: {count:,} rows in {seconds:.2f} s = {count / seconds:,.0f} rows/s")
    print(f"release peak memory (this process, text included) {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
