"""The demo corpus: every kind of document, readable by the libraries intake will use."""

from __future__ import annotations

import email
import email.policy
import io
import ipaddress
import re
import subprocess
import sys
import time
import zipfile
from email.message import EmailMessage
from pathlib import PurePosixPath

import docx
import pymupdf
import pytest

from workstation.demo import SampleDocument, sample_documents
from workstation.demo._docx import build_memo
from workstation.demo._pdf import build_incident_report

CABLE_NAME = re.compile(r"^(?P<yy>\d\d)(?P<post>[A-Z]+)(?P<serial>\d+)\.txt$")
CLASSIFICATION_LINE = re.compile(
    r"^(C O N F I D E N T I A L|S E C R E T|UNCLAS)( SECTION \d\d OF \d\d)? [A-Z ]+ \d{6}$",
    re.MULTILINE,
)


def by_suffix(suffix: str) -> list[SampleDocument]:
    return [d for d in sample_documents() if PurePosixPath(d.name).suffix == suffix]


def only(suffix: str) -> SampleDocument:
    [document] = by_suffix(suffix)
    return document


def pdf_pages() -> list[str]:
    with pymupdf.open(stream=only(".pdf").data, filetype="pdf") as pdf:  # type: ignore[no-untyped-call]
        return [page.get_text() for page in pdf]


def memo() -> docx.document.Document:
    return docx.Document(io.BytesIO(only(".docx").data))


def memo_text() -> str:
    document = memo()
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def parsed_email() -> EmailMessage:
    message = email.message_from_bytes(only(".eml").data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def readable_text(document: SampleDocument) -> str:
    """The text a reader (and the detector) would see in each kind of document."""
    suffix = PurePosixPath(document.name).suffix
    if suffix == ".pdf":
        return "\n".join(pdf_pages())
    if suffix == ".docx":
        return memo_text()
    if suffix == ".eml":
        message = parsed_email()
        parts = [str(v) for v in message.values()]
        parts += [part.get_content() for part in message.walk() if not part.is_multipart()]
        return "\n".join(parts)
    return document.data.decode("utf-8")


# --- the corpus as a whole ----------------------------------------------------------------


def test_every_kind_of_document_is_present() -> None:
    suffixes = [PurePosixPath(d.name).suffix for d in sample_documents()]
    assert suffixes.count(".txt") >= 4
    assert {".eml", ".docx", ".pdf", ".md"} <= set(suffixes)


def test_names_are_unique_and_descriptions_say_what_each_is_for() -> None:
    documents = sample_documents()
    assert len({d.name for d in documents}) == len(documents)
    assert all(len(d.description) > 20 for d in documents)


def test_each_call_returns_a_fresh_list_of_frozen_documents() -> None:
    first = sample_documents()
    first.clear()
    assert sample_documents()
    with pytest.raises(AttributeError):
        sample_documents()[0].data = b""  # type: ignore[misc]


@pytest.mark.parametrize("document", sample_documents(), ids=lambda d: d.name)
def test_each_document_holds_one_to_four_kb_of_text(document: SampleDocument) -> None:
    size = len(readable_text(document).encode())
    assert 1024 <= size <= 4096 + 1024  # an e-mail's headers come on top of its text


@pytest.mark.parametrize("document", sample_documents(), ids=lambda d: d.name)
def test_contact_details_are_reserved_for_fiction(document: SampleDocument) -> None:
    text = readable_text(document)
    for domain in re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)*)", text):
        assert re.search(r"(^|\.)example(\.(org|com|net))?$", domain), domain
    for candidate in re.findall(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", text):
        if all(int(octet) <= 255 for octet in candidate.split(".")):  # not "id 8.1.393.1"
            assert ipaddress.ip_address(candidate) in ipaddress.ip_network("192.0.2.0/24")
    for phone in re.findall(r"\(?\d{3}\)?[ -]\d{3}-\d{4}", text):
        assert re.search(r"555-01\d\d$", phone), phone


def test_the_same_informant_appears_with_and_without_diacritics() -> None:
    text = "\n".join(readable_text(d) for d in sample_documents())
    assert "Teodor Maric" in text
    assert "Teodor Marić" in text


def test_importing_the_demo_loads_neither_mupdf_nor_python_docx() -> None:
    code = "import sys, workstation.demo; print('pymupdf' in sys.modules, 'docx' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


# --- the cables ---------------------------------------------------------------------------


@pytest.mark.parametrize("cable", by_suffix(".txt"), ids=lambda d: d.name)
def test_cables_follow_the_cable_format(cable: SampleDocument) -> None:
    name = CABLE_NAME.match(cable.name)
    assert name is not None
    text = cable.data.decode("utf-8")
    assert f"Reference ID: {cable.name.removesuffix('.txt')}\n" in text
    assert re.search(r"^[ORP] \d{6}Z [A-Z]{3} " + name["yy"] + "$", text, re.MULTILINE)
    assert re.search(r"^FM (AMEMBASSY|AMCONSUL) [A-Z ]+$", text, re.MULTILINE)
    assert re.search(r"^TO RUEHC/SECSTATE WASHDC", text, re.MULTILINE)
    [first, *_] = CLASSIFICATION_LINE.findall(text)
    assert first[0]
    assert "\nSIPDIS\n" in text
    assert re.search(r"^E\.O\. 12958: (DECL: \d\d/\d\d/\d{4}|N/A)$", text, re.MULTILINE)
    assert re.search(r"^TAGS: [A-Z]{4}(, [A-Z]{2,4})+$", text, re.MULTILINE)
    assert re.search(r"^SUBJECT: VALDORIA: ", text, re.MULTILINE)
    assert re.search(r"^1\. \((C|S/NF|SBU)\) Summary: ", text, re.MULTILINE)
    assert re.search(r"^[2-9]\. \(", text, re.MULTILINE)
    assert re.search(r"\((STRICTLY )?PROTECT\)", text)


def test_multi_section_cables_mark_every_section() -> None:
    cable = next(d for d in by_suffix(".txt") if d.name == "09CORVENNA1234.txt")
    lines = CLASSIFICATION_LINE.findall(cable.data.decode())
    assert [section for _, section in lines] == [" SECTION 01 OF 02", " SECTION 02 OF 02"]


# --- the e-mail ---------------------------------------------------------------------------


def test_email_parses_with_routing_headers_and_an_attachment() -> None:
    message = parsed_email()
    received = message.get_all("Received")
    assert received is not None
    assert len(received) == 3
    assert all(".corp.minint.valdoria.example" in str(hop) for hop in received)
    assert "192.0.2.114" in str(received[-1])
    assert str(message["Message-ID"]).endswith("@EXCH-CAS02.corp.minint.valdoria.example>")
    assert str(message["X-Mailer"]) == "Microsoft Office Outlook 12.0"
    assert message["From"].addresses[0].display_name == "Lidija Fenrow"

    body = message.get_body(("plain",))
    assert body is not None
    assert "Ilija Brod" in body.get_content()
    assert "(021) 555-0187" in body.get_content()

    [attachment] = message.iter_attachments()
    assert attachment.get_filename() == "advances_Q3_2009.csv"
    assert attachment.get_content().startswith("order_no,date,payee,")


# --- the DOCX memo ------------------------------------------------------------------------


def test_memo_has_the_contacts_table() -> None:
    [table] = memo().tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["Name", "Role", "District", "Contact"]
    assert ["Teodor Maric", "Senior Accountant, Border Affairs", "Corvenna", "ext. 2291"] in rows
    assert len(rows) == 6


def test_memo_metadata_betrays_its_author() -> None:
    properties = memo().core_properties
    assert properties.author == "tmaric"
    assert properties.last_modified_by == "Kessel, Bruno"
    assert properties.created is not None
    assert properties.created.year == 2009
    with zipfile.ZipFile(io.BytesIO(only(".docx").data)) as package:
        app = package.read("docProps/app.xml").decode()
    assert "<Company>Ministry of the Interior, Republic of Valdoria</Company>" in app


def test_memo_says_which_numbered_copy_it_is() -> None:
    text = memo_text()
    assert "RESTRICTED - COPY 3 OF 5" in text
    assert "3 Accounts, T. Maric" in text


def test_memo_bytes_do_not_depend_on_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    first = build_memo()
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 86_400 * 400)
    assert build_memo() == first
    with zipfile.ZipFile(io.BytesIO(first)) as package:
        assert {info.date_time for info in package.infolist()} == {(2009, 11, 2, 17, 48, 0)}


# --- the PDF report -----------------------------------------------------------------------


def test_report_has_two_pages_with_names_in_text_and_table() -> None:
    first, second = pdf_pages()
    assert "Nadia Kostrel, secretary of the Free Dockworkers' Union" in first
    assert "Chief Aron Delacroix" in first
    for name in ["Luka Ferenc", "Pavel Szabo", "Emil Varga", "Ivan Petrak", "Dora Hallas"]:
        assert name in second.splitlines()


def test_report_metadata_is_set_and_dated_in_2009() -> None:
    with pymupdf.open(stream=only(".pdf").data, filetype="pdf") as pdf:  # type: ignore[no-untyped-call]
        metadata = pdf.metadata
        trailer_id = pdf.xref_get_key(-1, "ID")
    assert metadata is not None
    assert metadata["author"] == "Sgt. Ivo Radek"
    assert metadata["title"] == "Incident report HP-2009-1182 - Pier 3 main gate"
    assert metadata["creationDate"].startswith("D:2009")
    assert metadata["modDate"].startswith("D:2009")
    assert trailer_id == ("null", "null")  # no random file id


def test_report_bytes_are_the_same_on_every_build() -> None:
    assert build_incident_report() == build_incident_report() == only(".pdf").data
