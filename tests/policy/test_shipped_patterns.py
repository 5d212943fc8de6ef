"""The shipped policies' address, phone and acronym patterns, read as written (issue 16).

Each pattern is applied on its own, so a test names the pattern that must find the
expression whole; how patterns combine with the model is left to the detection tests.
"""

from __future__ import annotations

import re

import pytest

from workstation.policy import PolicyRegistry


def _patterns(policy: str, prefix: str | tuple[str, ...]) -> list[re.Pattern[str]]:
    loaded = PolicyRegistry().load(policy).policy
    return [re.compile(p.regex) for p in loaded.patterns if p.name.startswith(prefix)]


def _whole(patterns: list[re.Pattern[str]], text: str, expected: str) -> bool:
    """Whether the matches of the patterns, taken together, cover ``expected`` whole."""
    start = text.index(expected)
    covered = set()
    for pattern in patterns:
        for match in pattern.finditer(text):
            value = "value" if "value" in pattern.groupindex else 0
            covered.update(range(match.start(value), match.end(value)))
    return all(i in covered for i in range(start, start + len(expected)) if text[i] != " ")


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("He lived at Flat 3, 27 Albion Road, with his mother.", "Flat 3, 27 Albion Road"),
        ("home at 1420 N. Maple Ave., Apt. 5B was searched", "1420 N. Maple Ave., Apt. 5B"),
        ("moved to C/ San Bernardo 45, 2º izq. in 2009", "C/ San Bernardo 45, 2º izq."),
        ("They met at Rua das Flores, 120, apto 302.", "Rua das Flores, 120, apto 302"),
        ("His address was House No. 14, Lane 6, Sector 9.", "House No. 14, Lane 6, Sector 9"),
        ("at Blok C, Lantai 4, Unit 12, Rusun Harapan", "Blok C, Lantai 4, Unit 12, Rusun Harapan"),
        ("registered at ul. Lenina, d. 14, kv. 3.", "ul. Lenina, d. 14, kv. 3"),
        ("the shop at Atatürk Caddesi No: 45 Daire 7", "Atatürk Caddesi No: 45 Daire 7"),
        ("at Av. Libertador 1450, piso 3, depto. B", "Av. Libertador 1450, piso 3, depto. B"),
        ("later at Karl-Marx-Allee 93a.", "Karl-Marx-Allee 93a"),
        ("gave his address as P.O. Box 4471, Kessanou", "P.O. Box 4471"),
        ("She lives at 44 Acacia avenue, near the market.", "44 Acacia avenue"),
    ],
)
def test_street_addresses_of_several_countries_are_found_whole(text: str, address: str) -> None:
    assert _whole(_patterns("default", "street-address"), text, address)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call him on 0803 555 0123 tonight.", "0803 555 0123"),
        ("or at home on 01 45 55 01 23.", "01 45 55 01 23"),
        ("fax 030/555-0123 only", "030/555-0123"),
        ("his landline 22 555 01 23; fax", "22 555 01 23"),
    ],
)
def test_national_phone_numbers_are_found(text: str, number: str) -> None:
    assert _whole(_patterns("default", "phone-"), text, number)


def test_dates_are_not_national_phone_numbers() -> None:
    (national,) = _patterns("default", "phone-national")
    assert not national.search("on 01.05.2010 and 02/11/2009 at 09:30")


def test_an_acronym_in_brackets_after_its_name_is_an_organisation() -> None:
    (acronym,) = _patterns("source-protection", "acronym-in-brackets")
    text = "the State Security Service (SSS) and Omar Haddad (PROTECT)"
    assert [m.group("value") for m in acronym.finditer(text)] == ["SSS"]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("From 2004 to 2007 he lived there.", "2004 to 2007"),
        ("a finales de 2009 se fue", "2009"),
        ("vers 22 h 30 le soir", "22 h 30"),
        ("between 2 and 4 a.m. they came", "2 and 4 a.m."),
    ],
)
def test_years_and_times_written_in_words_are_dates(text: str, when: str) -> None:
    assert _whole(_patterns("source-protection", ("year-", "time-with")), text, when)


def test_a_count_after_in_is_not_a_year() -> None:
    (years,) = _patterns("source-protection", ("year-after",))
    assert not years.search("in 2000 cases and in 1999 families")


# Identifier formats written from general knowledge of them, not from the evaluation
# documents (issue 16): every string below is invented.
@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Reference ID: 07TALLINN1234 dated", "07TALLINN1234"),
        ("as reported in 10 KABUL 123 last week", "10 KABUL 123"),
        ("the cable 08BEIRUT567 says", "08BEIRUT567"),
        ("in cable 08 BEIRUT 567 the", "08 BEIRUT 567"),
        ("as reftel STATE 4471 reported", "STATE 4471"),
        ("per REFTEL 09 LIMA 1234,", "09 LIMA 1234"),
        ("REF: A. STATE 012345 B. KABUL 1234", "KABUL 1234"),
        ("REF: A. STATE 012345 B. 09ROME456", "09ROME456"),
        ("REF: USUN NEW YORK 001234", "USUN NEW YORK 001234"),
        ("as in 09 USUN NEW YORK 1234 said", "09 USUN NEW YORK 1234"),
        ("the telegram C-RE8-01234 was", "C-RE8-01234"),
    ],
)
def test_cable_references_in_the_forms_the_press_wrote_them(text: str, reference: str) -> None:
    assert _whole(_patterns("source-protection", "cable-ref"), text, reference)


@pytest.mark.parametrize("text", ["SIGNED ON 12 DECEMBER 2009 AT", "FAIT LE 14 AVRIL 2011"])
def test_a_date_in_capitals_is_not_a_cable_reference(text: str) -> None:
    assert not any(p.search(text) for p in _patterns("source-protection", "cable-ref"))


def test_a_section_count_is_not_part_of_the_caption_reference() -> None:
    text = "SECTION 01 OF 02 TALLINN 000417"
    spans = [
        match.group()
        for pattern in _patterns("source-protection", ("cable-ref", "cable-caption"))
        for match in pattern.finditer(text)
    ]
    assert "TALLINN 000417" in spans and not any(s.startswith("02") for s in spans)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call +33 6 12 34 56 78 now", "+33 6 12 34 56 78"),
        ("call 0044 (0)20 7946 0123 now", "0044 (0)20 7946 0123"),
        ("mobile (0)7700 900123 now", "(0)7700 900123"),
        ("tel. +44 (0)20 7946 0958 ext. 214", "+44 (0)20 7946 0958"),
        ("tel. +44 (0)20 7946 0958 ext. 214", "ext. 214"),
        ("Tél. : 06 12 34 56 78", "06 12 34 56 78"),
        ("Tfno. 912 345 678", "912 345 678"),
        ("Telefon 030 1234567", "030 1234567"),
        ("Handy: 0171 2345678", "0171 2345678"),
        ("Tel: 00 33 1 42 68 53 00", "00 33 1 42 68 53 00"),
        ("móvil: 612 34 56 78", "612 34 56 78"),
        ("phone 212-555-0147 x23", "x23"),
        ("Zentrale, Durchwahl -214 oder", "-214"),
        ("call +33 (0)6 12 34 56 78 now", "+33 (0)6 12 34 56 78"),
        ("his number +91 98765 43210 is", "+91 98765 43210"),
        ("celular +55 11 91234-5678", "+55 11 91234-5678"),
        ("ring 0300-1234567 after six", "0300-1234567"),
    ],
)
def test_phone_numbers_in_several_national_formats(text: str, number: str) -> None:
    assert _whole(_patterns("default", "phone"), text, number)


@pytest.mark.parametrize("text", ["file 04711/2010 and", "in (2009) 12 SCC 345"])
def test_case_numbers_and_law_reports_are_not_phone_numbers(text: str) -> None:
    assert not any(p.search(text) for p in _patterns("default", "phone"))


def test_a_date_after_tel_is_not_a_phone_number() -> None:
    assert not any(p.search("Tel. 12.03.2010 at") for p in _patterns("default", "phone-after"))


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("follow @kestrel_77 on", "kestrel_77"),
        ("skype: maria.vaslenko", "maria.vaslenko"),
        ("Telegram: @quiet_river", "quiet_river"),
        ("reach him on Signal as tarn.42 after", "tarn.42"),
        ("sshd[812]: Failed password for invalid user oradmin from 10.0.0.4", "oradmin"),
        ("Accepted publickey for jkowal from 10.1.1.1", "jkowal"),
        ("uid=1001(pbrandt) gid=1001", "pbrandt"),
        ("user=lfarouk action=download", "lfarouk"),
        ("login: elena_v", "elena_v"),
    ],
)
def test_usernames_and_handles_are_found(text: str, account: str) -> None:
    assert _whole(_patterns("default", "username"), text, account)


@pytest.mark.parametrize(
    "text",
    ["wrote to mira@example.org today", "the signal strength was poor", "2 @ 5 dollars"],
)
def test_email_addresses_and_words_are_not_handles(text: str) -> None:
    assert not any(p.search(text) for p in _patterns("default", "username"))


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("IMEI 35-209900-176148-1 seized", "35-209900-176148-1"),
        ("IMEI: 35 209900 176148 1", "35 209900 176148 1"),
        ("SIM ICCID 8944 1100 0012 3456 789F", "8944 1100 0012 3456 789F"),
        ("ICCID: 89441100001234567890", "89441100001234567890"),
        ("IMSI 234150999999999", "234150999999999"),
        ("S/N: C02XK1ZJJGH5", "C02XK1ZJJGH5"),
        ("Seriennummer: WD-WCC4N7KJ2F", "WD-WCC4N7KJ2F"),
        ("hostname: FIN-LT-0447", "FIN-LT-0447"),
    ],
)
def test_device_ids_imeis_and_sim_numbers_are_found(text: str, device: str) -> None:
    assert _whole(_patterns("default", ("device", "imei", "sim", "serial")), text, device)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("saved to ~/Documents/leak/notes.odt", "~/Documents/leak/notes.odt"),
        ("in ~akarimi/mail/sent later", "~akarimi/mail/sent"),
        (r"at \\fileserver01\finance$\2010\q3.xlsx", r"\\fileserver01\finance$\2010\q3.xlsx"),
        ("copied /home/akarimi/Desktop/list.txt", "/home/akarimi/Desktop/list.txt"),
        (r"in %USERPROFILE%\AppData\Local\Temp\x.tmp", r"%USERPROFILE%\AppData\Local\Temp\x.tmp"),
        ("from /run/media/ana/KINGSTON/scan.pdf", "/run/media/ana/KINGSTON/scan.pdf"),
    ],
)
def test_file_paths_of_several_systems_are_found_whole(text: str, path: str) -> None:
    assert _whole(_patterns("source-protection", "file"), text, path)


def test_an_approximate_count_is_not_a_home_directory() -> None:
    assert not any(p.search("about ~50 people") for p in _patterns("source-protection", "file"))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("lives at 1234 N Main St Apt 5 in", "1234 N Main St Apt 5"),
        ("at 77 W 42nd St, Suite 300", "77 W 42nd St, Suite 300"),
        ("at Flat 2, 14 High Street, Leeds", "Flat 2, 14 High Street"),
        ("wohnt Hauptstr. 12 in", "Hauptstr. 12"),
        ("au 12, rue de la Paix à", "12, rue de la Paix"),
        ("vive en C/ Mayor 5, 3º izq. desde", "C/ Mayor 5, 3º izq."),
        ("en Av. Insurgentes Sur No. 123, Col. Roma", "Av. Insurgentes Sur No. 123"),
        ("H.No. 12-3-456, Banjara Hills", "H.No. 12-3-456"),
        ("at 2-chome 3-4 Nishi-Shinjuku", "2-chome 3-4 Nishi-Shinjuku"),
        ("Apartado Postal 45, Oaxaca", "Apartado Postal 45"),
        ("GPO Box 1200, Sydney", "GPO Box 1200"),
        ("Boîte postale 3127, Dakar", "Boîte postale 3127"),
        ("at Unit 4/12 Smith St, Perth", "4/12 Smith St"),
        ("vive en Calle 45 # 12-34, apto 301 en", "Calle 45 # 12-34, apto 301"),
        ("en la Cra. 7 No. 71-21 de", "Cra. 7 No. 71-21"),
        ("at Teheran-ro 152, Seoul", "Teheran-ro 152"),
        ("at 12 Sejong-daero, Seoul", "12 Sejong-daero"),
        ("at No. 5 Dongzhimen Nei Dajie, Beijing", "No. 5 Dongzhimen Nei Dajie"),
        ("ở số 12 đường Lê Lợi, Huế", "số 12 đường Lê Lợi"),
        ("en Avda. de la Constitución 12, 2.º B desde", "Avda. de la Constitución 12, 2.º B"),
        ("woont Kerkstraat 12-3 te", "Kerkstraat 12-3"),
    ],
)
def test_street_addresses_in_national_standard_forms(text: str, address: str) -> None:
    assert _whole(_patterns("default", "street-address"), text, address)


@pytest.mark.parametrize(
    "text",
    [
        "In 2010 Peter Dr. Smith left",
        "on 12 March St Mary's church",
        "Box 3 of the files",
        "Kim Jong-dong said",
        "paid 12 Wang Lu",
    ],
)
def test_a_number_without_a_street_is_not_an_address(text: str) -> None:
    names = ("street-address-abbreviated", "street-address-post-box", "street-address-east")
    patterns = _patterns("default", names)
    assert not any(p.search(text) for p in patterns)


@pytest.mark.parametrize(
    ("text", "address"),
    [("HWaddr 001a2b3c4d5e seen", "001a2b3c4d5e"), ("MAC address: 3C5AB41F0E77", "3C5AB41F0E77")],
)
def test_a_mac_address_in_bare_hex_after_its_label(text: str, address: str) -> None:
    assert _whole(_patterns("default", "mac-address"), text, address)
