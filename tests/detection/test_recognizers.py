"""The shipped policies' recognizers, through the real engine, on text written for them.

None of these strings comes from the evaluation set: they check that each pattern and
layout recognizer does its job on the shapes it was written for, and stays out of the
shapes it was not.
"""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine
from workstation.detection.findings import Proposal


def spans(engine: DetectionEngine, text: str) -> dict[str, Proposal]:
    return {text[p.start : p.end]: p for p in engine.detect(text)}


def covering(engine: DetectionEngine, text: str, expected: str) -> Proposal:
    """The proposal covering ``expected`` (the model may take in a word more: "the")."""
    start = text.index(expected)
    end = start + len(expected)
    hits = [p for p in engine.detect(text) if p.start <= start and end <= p.end]
    assert hits, f"{expected!r} not covered"
    return hits[0]


def found(engine: DetectionEngine, text: str, expected: str, entity: str) -> Proposal:
    """The proposal covering exactly ``expected``, with the entity asked for."""
    by_text = spans(engine, text)
    assert expected in by_text, f"{expected!r} not proposed; got {sorted(by_text)}"
    assert by_text[expected].entity == entity, by_text[expected]
    return by_text[expected]


@pytest.mark.parametrize(
    "number",
    [
        "(212) 555-0147",
        "+44 20 7946 0958",
        "+33 1 23 45 67 89",
        "+1 202-555-0123",
        "202.555.0143",
        "(0044) 555-0100",
        "ext. 301",
    ],
)
def test_phone_numbers_in_many_formats_including_fictional_ones(
    default: DetectionEngine, number: str
) -> None:
    proposal = found(default, f"Call her on {number} after six.", number, "PHONE_NUMBER")
    assert proposal.decision == "redact"


def test_a_bare_seven_digit_number_needs_a_phone_word(default: DetectionEngine) -> None:
    assert "555-0188" in spans(default, "Her mobile: 555-0188.")
    assert "555-0188" not in spans(default, "Invoice 555-0188 was paid.")


@pytest.mark.parametrize(
    "address",
    [
        "221B Baker Street",
        "15 Rue de Rivoli",
        "Rua Augusta 112",
        "Calle Mayor 5, piso 3",
        "Jalan Sudirman 45",
        "Ulica Marszałka 7",
        "Hauptstraße 12",
        "Keizersgracht 123",
        "Harbour Road 40",
        "Block D, flat 9",
    ],
)
def test_street_addresses_in_several_countries_styles(
    default: DetectionEngine, address: str
) -> None:
    found(default, f"She lives at {address}, near the market.", address, "STREET_ADDRESS")


def test_identity_numbers(default: DetectionEngine) -> None:
    found(default, "Passport no. X1234567 was issued in May.", "X1234567", "PASSPORT_NUMBER")
    found(default, "Her ID card number is KQ-4410982.", "KQ-4410982", "PASSPORT_NUMBER")
    text = "Her cédula is 1712345678, issued in 2004."
    found(default, text, "1712345678", "PASSPORT_NUMBER")
    assert "1712345678" not in spans(default, "The sum of 1712345678 was transferred.")


def test_cable_references_in_every_form(strict: DetectionEngine) -> None:
    text = (
        "Reference ID: 08MOSCOW2345\n\nC O N F I D E N T I A L MOSCOW 002345\n\n"
        "REF: A. 08MOSCOW1999\n     B. STATE 54321\n\nSee also MOSCOW 002345."
    )
    by_text = spans(strict, text)
    for reference in ("08MOSCOW2345", "MOSCOW 002345", "08MOSCOW1999", "STATE 54321"):
        assert by_text[reference].entity == "CABLE_REFERENCE"


@pytest.mark.parametrize(
    "date",
    [
        "251230Z MAR 08",
        "2011-03-04 08:15",
        "Wed, 9 Mar 2011 10:01:02 +0000",
        "12/31/2010",
        "4.7.1985",
        "3 March 2011",
        "March 3, 2011",
        "14:05",
        "01:30-06:45",
        "Saturday 12 February",
    ],
)
def test_dates_and_times_including_military_date_time_groups(
    strict: DetectionEngine, date: str
) -> None:
    found(strict, f"It happened {date} as reported.", date, "DATE_TIME")


def test_relative_dates_durations_and_serial_numbers_are_not_dates(
    strict: DetectionEngine,
) -> None:
    text = "Yesterday, for six years, daily, this morning: TO RUEHC/SECSTATE WASHDC 4901."
    dates = [p for p in strict.detect(text) if p.entity == "DATE_TIME"]
    assert dates == []


def test_control_and_reference_numbers(strict: DetectionEngine) -> None:
    """Copy markings and containers are the document's; a case or file number, a person's."""
    text = "SECRET  Copy 2 of 7\nRef No: AB/2011/0042\nCase No. 12 K 345/2011; MSCU 123456-7."
    by_text = spans(strict, text)
    for number in ("Copy 2 of 7", "MSCU 123456-7"):
        assert by_text[number].entity == "CONTROL_NUMBER", number
    for number in ("AB/2011/0042", "12 K 345/2011"):
        assert by_text[number].entity == "REFERENCE_NUMBER", number


def test_device_identifiers(strict: DetectionEngine) -> None:
    text = (
        "The serial no. ZX9K77120 was on the card; IMEI 490154203237518.\n"
        "He used workstation FIN-PC-07 and printer HQ-PRN-2F."
    )
    by_text = spans(strict, text)
    for device in ("ZX9K77120", "490154203237518", "FIN-PC-07", "HQ-PRN-2F"):
        assert by_text[device].entity == "DEVICE_ID", device


def test_usernames_in_their_various_forms(strict: DetectionEngine) -> None:
    text = (
        "Access by login: jdoe_adm, then CORP\\mrossi. The shared account ops7 moved\n"
        "the file; the account names (pkovac, lnovak and dhorvat) were logged."
    )
    by_text = spans(strict, text)
    for account in ("jdoe_adm", "CORP\\mrossi", "ops7", "pkovac", "lnovak", "dhorvat"):
        assert by_text[account].entity == "USERNAME", account
    assert "moved" not in by_text and "names" not in by_text


def test_account_names_made_from_a_persons_name(strict: DetectionEngine) -> None:
    text = "From: Marta Kowalczyk <m.k@example.org>\n\nThe file was opened by mkowalczyk."
    assert spans(strict, text)["mkowalczyk"].entity == "USERNAME"


def test_file_paths_and_attachments(strict: DetectionEngine) -> None:
    text = (
        "Saved to C:\\Documents and Settings\\jdoe\\My Documents\\plan.xls and "
        "/Volumes/Team/plan/ and \\\\fs01\\share\\x.pdf; attached: plan-v2.docx"
    )
    by_text = spans(strict, text)
    for path in (
        "C:\\Documents and Settings\\jdoe\\My Documents\\plan.xls",
        "/Volumes/Team/plan/",
        "\\\\fs01\\share\\x.pdf;",
        "plan-v2.docx",
    ):
        assert by_text[path].entity == "FILE_PATH", path


def test_email_headers_that_trace_a_message(strict: DetectionEngine) -> None:
    text = "Thread-Index: AcpXGx3M2Q8LrTfUR0m2yq==\nX-Originating-IP: [203.0.113.9]\n\nHi"
    by_text = spans(strict, text)
    assert by_text["Thread-Index: AcpXGx3M2Q8LrTfUR0m2yq=="].entity == "EMAIL_HEADER"
    assert by_text["X-Originating-IP: [203.0.113.9]"].entity == "EMAIL_HEADER"


def test_organisations_in_cable_routing_and_by_their_kind(strict: DetectionEngine) -> None:
    text = (
        "Origin: Embassy Tbilisi\n\nO 251230Z MAR 08\nFM AMEMBASSY TBILISI\n"
        "TO RUEHC/SECSTATE WASHDC IMMEDIATE 1234\nINFO RUEHXX/USMISSION GENEVA PRIORITY 0012\n\n"
        "SUBJECT: GEORGIA: MINISTRY OFFICIAL ON POLICE RAIDS\n\n"
        "1. (C) He works for the Directorate of Border Affairs and the Qartli Shipping Company."
    )
    by_text = spans(strict, text)
    for organisation in ("Embassy Tbilisi", "AMEMBASSY TBILISI", "SECSTATE WASHDC"):
        assert by_text[organisation].entity == "ORGANIZATION", organisation
    for organisation in ("USMISSION GENEVA", "Directorate of Border Affairs", "Qartli Shipping"):
        assert covering(strict, text, organisation).entity == "ORGANIZATION", organisation
    assert by_text["GEORGIA"].entity == "LOCATION"


def test_cable_furniture_is_not_an_organisation(strict: DetectionEngine) -> None:
    """Office symbols are posts (OCCUPATION: they point to one officer), never names."""
    text = "TAGS: PGOV, PREL, KDEM\n\n1. (S/NF) PolOff met EconOff and the DCM at Post."
    found = {text[p.start : p.end]: p.entity for p in strict.detect(text)}
    assert not found.keys() & {"PGOV", "PREL", "KDEM", "S/NF", "Post"}
    assert {found.get(post) for post in ("PolOff", "EconOff", "DCM")} == {"OCCUPATION"}


def test_names_the_model_misses_are_found_by_layout(strict: DetectionEngine) -> None:
    text = (
        "From: Oksana Hrytsenko <o.h@example.org>\n\n"
        "2. (C) Tamar Kvaratskhelia (STRICTLY PROTECT) met Lt. Davit Beridze.\n\n"
        "   1. GELASHVILI, Nino        student\n\n"
        "Regards,\nNodar Chkheidze\n"
    )
    by_text = spans(strict, text)
    for name in (
        "Oksana Hrytsenko",
        "Tamar Kvaratskhelia",
        "Davit Beridze",
        "GELASHVILI, Nino",
        "Nodar Chkheidze",
    ):
        assert by_text[name].entity == "PERSON", name
    assert by_text["Tamar Kvaratskhelia"].decision == "redact"  # near PROTECT


def test_table_columns_name_what_they_hold(strict: DetectionEngine) -> None:
    text = (
        "Access log:\n\n"
        "   Employee           Login       Workstation    Phone\n"
        "   Oksana Hrytsenko   ohryts      KV-WS-031      (044) 555-0101\n"
        "   Petro Melnyk       pmelnyk     KV-WS-044      (044) 555-0102\n"
    )
    by_text = spans(strict, text)
    assert by_text["Petro Melnyk"].entity == "PERSON"
    assert by_text["ohryts"].entity == "USERNAME"
    assert by_text["KV-WS-044"].entity == "DEVICE_ID"


def test_default_policy_keeps_to_its_entities(default: DetectionEngine) -> None:
    """Accounts and machines are a person's; organisations and dates are not proposed."""
    text = "FM AMEMBASSY TBILISI\nlogin: jdoe_adm on workstation FIN-PC-07, 251230Z MAR 08."
    entities = {p.entity for p in default.detect(text)}
    assert not entities & {"ORGANIZATION", "DATE_TIME", "CABLE_REFERENCE"}
    assert {"USERNAME", "DEVICE_ID"} <= entities
