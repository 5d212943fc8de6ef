"""Spreadsheets released as tables: Markdown tables and CSV made from the redacted layout."""

from __future__ import annotations

import csv
import io

from workstation.release.gate import read_back
from workstation.release.readback import ReadBack
from workstation.release.tables import as_csv, as_markdown_tables, blocks

REDACTED = (
    "[sheet: Payments]\n"
    "Name,Passport,Phone,Note\n"
    '[PERSON 1],[PASSPORT],+1 202 555 0143,"=HYPERLINK(""http://x"")"\n'
    "[PERSON 2],Y7654321,-5,a|b\n\n"
    "[sheet: Old (hidden)]\n"
    "Total\n"
    "12\n\n"
    "[comments]\n"
    "B2: ask [PERSON 1]"
)


def test_markdown_keeps_each_sheet_a_table_under_its_heading_row() -> None:
    assert as_markdown_tables(REDACTED) == (
        "## Payments\n\n"
        "| Name | Passport | Phone | Note |\n"
        "| --- | --- | --- | --- |\n"
        '| \\[PERSON 1\\] | \\[PASSPORT\\] | +1 202 555 0143 | =HYPERLINK("http://x") |\n'
        "| \\[PERSON 2\\] | Y7654321 | -5 | a\\|b |\n\n"
        "## Old (hidden)\n\n"
        "| Total |\n| --- |\n| 12 |\n\n"
        "\\[comments\\]\nB2: ask \\[PERSON 1\\]\n"
    )


def test_csv_holds_the_cells_with_formulas_made_inert_and_no_comments() -> None:
    rows = list(csv.reader(io.StringIO(as_csv(REDACTED))))
    assert rows == [
        ["[sheet: Payments]"],
        ["Name", "Passport", "Phone", "Note"],
        ["[PERSON 1]", "[PASSPORT]", "+1 202 555 0143", '\'=HYPERLINK("http://x")'],
        ["[PERSON 2]", "Y7654321", "-5", "a|b"],
        [],
        ["[sheet: Old (hidden)]"],
        ["Total"],
        ["12"],
        [],
    ]


def test_one_sheet_is_a_plain_table() -> None:
    assert as_csv("[sheet: table]\nName,Phone\n[PERSON 1],555\n") == (
        "Name,Phone\r\n[PERSON 1],555\r\n"
    )


def test_a_sheet_line_opens_a_sheet_only_at_a_blocks_start() -> None:
    found = blocks("[sheet: A]\nx\n[sheet: B]\n\nfree text")
    assert [(b.title, b.lines) for b in found] == [
        ("A", ["x", "[sheet: B]"]),
        (None, ["free text"]),
    ]


def test_the_gate_reads_csv_back_cell_by_cell() -> None:
    found = read_back(b'Name\r\n"Radomir ""Rado"" Vesk"\r\n', "csv")
    assert isinstance(found, ReadBack)
    assert ("cells", 'Name\nRadomir "Rado" Vesk') in found.texts
    broken = read_back(b'"never closed\r\n' + b"x" * 200_000, "csv")
    assert not isinstance(broken, ReadBack) and "could not be read" in broken.detail
