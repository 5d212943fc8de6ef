"""default's patterns for direct identifiers and traces, on wordings none of the
evaluation documents use (issue 16): extensions, paths with spaces, copy markings in
several languages, lettered REF items, accounts and device names.

Each pattern is applied on its own; how patterns combine with the model is left to the
detection tests.
"""

from __future__ import annotations

import re

import pytest

from workstation.policy import PolicyRegistry


def _patterns(prefix: str | tuple[str, ...]) -> list[re.Pattern[str]]:
    loaded = PolicyRegistry().load("default").policy
    return [re.compile(p.regex) for p in loaded.patterns if p.name.startswith(prefix)]


def _values(prefix: str | tuple[str, ...], text: str) -> list[str]:
    """What the patterns propose in ``text``: the "value" group where there is one."""
    found = []
    for pattern in _patterns(prefix):
        group = "value" if "value" in pattern.groupindex else 0
        found += [match.group(group) for match in pattern.finditer(text)]
    return found


@pytest.mark.parametrize(
    ("text", "extension"),
    [
        ("call 0161 555 0123 ext 7 after nine", "ext 7"),
        ("(555) 555-0190 x4 for the desk", "x4"),
        ("tel. 555-0147x221, fax", "x221"),
        ("Tel. 030 555 0100, DW 214", "DW 214"),
        ("ramal 3304 da recepção", "ramal 3304"),
        ("poste #45 au standard", "poste #45"),
    ],
)
def test_an_extension_in_any_form(text: str, extension: str) -> None:
    assert extension in _values("phone-extension", text)


@pytest.mark.parametrize("text", ["a 1920x1080 screen", "the 2x4 timber", "interest 5%"])
def test_sizes_and_products_are_no_extensions(text: str) -> None:
    assert _values("phone-extension", text) == []


@pytest.mark.parametrize(
    ("text", "path"),
    [
        (
            "saved as S:\\Cases\\M\\Mendes A\\2012-03-01 note to counsel.docx today",
            "S:\\Cases\\M\\Mendes A\\2012-03-01 note to counsel.docx",
        ),
        (
            "on \\\\fs02\\HR Share\\Disciplinary\\Okafor interview.pdf.",
            "\\\\fs02\\HR Share\\Disciplinary\\Okafor interview.pdf",
        ),
        (
            "the file /Users/lmoreau/Board Papers/minutes 3 May.pages, then",
            "/Users/lmoreau/Board Papers/minutes 3 May.pages",
        ),
    ],
)
def test_paths_with_spaces_up_to_the_extension(text: str, path: str) -> None:
    assert path in _values("file-path", text)


def test_a_path_without_a_file_name_does_not_run_on() -> None:
    found = _values("file-path-with-spaces", "in C:\\Temp\\old stuff we never read.")
    assert found == []


@pytest.mark.parametrize(
    ("text", "marking"),
    [
        ("COPY NUMBER 0042 OF 0050", "COPY NUMBER 0042 OF 0050"),
        ("Exemplaire n° 3/5 — diffusion restreinte", "Exemplaire n° 3/5"),
        ("Ejemplar nº 2 de 4", "Ejemplar nº 2 de 4"),
        ("Ausfertigung 3 von 7", "Ausfertigung 3 von 7"),
    ],
)
def test_copy_markings_in_several_languages(text: str, marking: str) -> None:
    assert marking in _values("copy-marking", text)


def test_ref_items_lettered_with_a_bracket() -> None:
    text = "REF: A) STATE 4471\n     B) LIMA 1187\nMRN: 10 KABUL 2209"
    found = _values("cable-", text)
    assert {"STATE 4471", "LIMA 1187", "10 KABUL 2209"} <= set(found)


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Benutzername: kweber7 (gesperrt)", "kweber7"),
        ("nom d'utilisateur : amartin, mot de passe", "amartin"),
        ("usuario 'lgarcia' bloqueado", "lgarcia"),
        ("sAMAccountName: j.okoro", "j.okoro"),
        ("posted by u/harbour_watch yesterday", "harbour_watch"),
        ("Mastodon: @tidewatcher", "tidewatcher"),
    ],
)
def test_accounts_in_several_languages_and_sites(text: str, account: str) -> None:
    assert account in _values("username", text)


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("hostname: ws-fin-014.corp.example.org was", "ws-fin-014.corp.example.org"),
        ("Serial No. R58M41 2K77H, black", "R58M41 2K77H"),
        ("n° de série 5cg1234xyz (portable)", "5cg1234xyz"),
    ],
)
def test_device_names_in_lower_case_and_groups(text: str, device: str) -> None:
    assert device in _values("device-id", text)


@pytest.mark.parametrize(
    "text", ["the serial number of the laptop", "hostname is unknown", "user account of"]
)
def test_labels_without_a_value(text: str) -> None:
    assert _values(("device-id", "username"), text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ('desde la cuenta de Facebook "ventas.rapidas22" se', "ventas.rapidas22"),
        ("the Instagram account 'harbour.watch' posted", "harbour.watch"),
        ("sur le compte TikTok « lina_ofc » hier", "lina_ofc"),
    ],
)
def test_an_account_in_quotes_after_its_site(text: str, account: str) -> None:
    assert account in _values("username-site-account", text)


def test_a_site_named_without_an_account() -> None:
    assert _values("username-site-account", 'She said on Facebook "we are leaving".') == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("call (+44) 20 7946 0958 today", "(+44) 20 7946 0958"),
        ("Tél. (00 33) 1 42 55 01 23.", "(00 33) 1 42 55 01 23"),
        ("hotline 1-800-555-0199 for", "1-800-555-0199"),
    ],
)
def test_country_codes_in_brackets_and_a_leading_one(text: str, number: str) -> None:
    assert number in _values(("phone-bracketed", "phone-north-american-with"), text)


def test_a_bracketed_year_is_no_country_code() -> None:
    assert _values("phone-bracketed", "the law (2011) 44 articles") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("account name: kdoyle_7 was", "kdoyle_7"),
        ("user ID: mwanjiru.k, then", "mwanjiru.k"),
        ("Asset No. LT-004471 issued", "LT-004471"),
        ("Control No. 44710 0093 2218 stamped", "44710 0093 2218"),
    ],
)
def test_a_qualifier_between_the_label_and_the_value(text: str, value: str) -> None:
    assert value in _values(("username", "device-id", "document-control"), text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Ana Ruiz\nM: 07700 555 0193\nT: +44 20 7946 0958", "+44 20 7946 0958"),
        ("Ana Ruiz\nM: 07700 555 0193\n", "07700 555 0193"),
        ("Tel/WhatsApp: +234 803 555 0147", "+234 803 555 0147"),
    ],
)
def test_the_letters_of_a_signature_block(text: str, number: str) -> None:
    assert number in _values("phone-signature-letter", text)


@pytest.mark.parametrize("text", ["Annex\nD: 14 March 2011 to 20", "  M: 12:30 sharp"])
def test_a_lettered_line_with_a_date_is_no_phone(text: str) -> None:
    assert _values("phone-signature-letter", text) == []


@pytest.mark.parametrize(
    ("text", "account"),
    [
        ("Logged on as KMaric2 at 09:14", "KMaric2"),
        ("connected as svc_backup.", "svc_backup"),
    ],
)
def test_accounts_in_mixed_case_with_a_digit(text: str, account: str) -> None:
    assert account in _values("username", text)


def test_a_capitalised_name_after_user_is_not_an_account() -> None:
    assert _values("username", "the user Maria Lopez and user J. Smith") == []


@pytest.mark.parametrize(
    ("text", "device"),
    [
        ("from workstation fin-ws14 at noon", "fin-ws14"),
        ("laptop ACC-LT-0447 was seized", "ACC-LT-0447"),
        ("the camera bwc_2207 was docked", "bwc_2207"),
    ],
)
def test_a_device_name_after_the_noun_for_it(text: str, device: str) -> None:
    assert device in _values("device-after-noun", text)


@pytest.mark.parametrize("text", ["the server room", "a laptop bag", "host of problems"])
def test_nouns_for_devices_without_a_name(text: str) -> None:
    assert _values("device-after-noun", text) == []


def test_a_chinese_mobile_number_in_three_groups() -> None:
    assert _values("phone-chinese-mobile", "手机 138 5550 0147\uff0c") == ["138 5550 0147"]
    assert _values("phone-chinese-mobile", "in 1999 2011 2012 and 150 1234-5678") == []
