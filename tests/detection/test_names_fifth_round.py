"""Names in the shapes other writers use: inverted display names in quotes and quoted
headers, initials after a surname, hyphenated halves, chat exports with tabs.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.layout import fields


def _names(finder: object, text: str) -> list[str]:
    return [text[s.start : s.end] for s in finder(text)]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('To: "Okoro, Ngozi" <n.okoro@firm.example.com>\n', "Okoro, Ngozi"),
        ('Cc: "Pham, Thi Lan" <tl.pham@firm.example.com>\n', "Pham, Thi Lan"),
        ('From: "Kravets, Oleh D." <o.k@firm.example.com>\n', "Kravets, Oleh D."),
        ('To: "Wong, Ka-ming (Kevin)" <k.wong@firm.example.com>\n', "Wong, Ka-ming (Kevin)"),
        ("> From: Ruiz June, Alma\n> Sent: Monday, 3 March\n", "Ruiz June, Alma"),
    ],
)
def test_inverted_display_names_in_address_fields(text: str, expected: str) -> None:
    assert _names(fields.header_names, text) == [expected]


def test_an_inverted_value_needs_a_name_first() -> None:
    assert _names(fields.header_names, 'To: "the Board, Finance" <b@x.example.com>\n') == []


def test_chat_senders_in_slack_sms_line_and_telegram_json_exports() -> None:
    from workstation.detection.layout import chat_exports

    text = (
        "2025-03-01 09:40  Ama Serwaa (desk): call me\n"
        "2025-03-01 09:41  <  Kojo Mensah: ok\n"
        "07:05\tTavita L.\tmorning\n"
        "07:06\tTavita L.\t[Photo]\n"
        "07:07\tOnce\tonly one turn, no name\n"
        '   "from": "Irina V",\n'
        '   "from": "Irina V",\n'
        "2025-03-01 09:42  >  Moi: merci\n"
    )
    assert _names(chat_exports.chat_senders, text) == [
        "Ama Serwaa",
        "Kojo Mensah",
        "Tavita L.",
        "Tavita L.",
        "Irina V",
        "Irina V",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Send the file tonight.\n\nK.\n\nOn Mon, 3 May, Ana wrote:\n", ["K."]),
        ("> see you there.\n>\n> T.\n", ["T."]),
        ("Nobody else reads this memo.\n\nR. S.-M.\n", ["R. S.-M."]),
        ('he wrote: "Keep it between us. - J.P."\n', ["J.P."]),
        ("Her lawyer will call. - H.\n", ["H."]),
    ],
)
def test_initials_that_sign_a_message(text: str, expected: list[str]) -> None:
    from workstation.detection.layout import signatures

    assert _names(signatures.signatures, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Options:\n\nA.\nBuy the land.\n",  # an outline's letter, text follows
        "See Annex B. It lists\nall of them.\n",
        "The plan has two parts - A. and B. - both late\n",
        "I.\n\nII. THE LAW\n",
        "The facts.\n\nB.\n\nThe law.\n",
    ],
)
def test_letters_that_sign_nothing(text: str) -> None:
    from workstation.detection.layout import signatures

    assert _names(signatures.signatures, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a man who calls himself Tomasz answered", "Tomasz"),
        ('call her "R." in every draft', "R."),
        ('a guard they knew only as "el-Zarqa" hit him', "el-Zarqa"),
        ("hola, soy Iracema de la sección 3", "Iracema"),
        ("boa noite, sou Jurandir, do sindicato", "Jurandir"),
        ("Je m'appelle Kossiwa Adjo.", "Kossiwa Adjo"),
        ("Me llamo Wilmer Quispe.", "Wilmer Quispe"),
    ],
)
def test_names_a_person_gives_or_is_given(text: str, expected: str) -> None:
    from workstation.detection.phrases import cued_names

    assert [text[s.start : s.end] for s in cued_names.cued_names(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "please call him tomorrow",
        "call her now",
        "soy muy feliz",
        "Sousa Mendes paid",
        "sou de Lisboa",
        "it goes by road",
        'the file calls him "Witness K" throughout',
    ],
)
def test_no_name_after_these_cues(text: str) -> None:
    from workstation.detection.phrases import cued_names

    assert [text[s.start : s.end] for s in cued_names.cued_names(text)] == []


def test_a_two_letter_initial_before_a_name() -> None:
    from workstation.detection.findings import Proposal
    from workstation.detection.punctuation_joins import joined

    text = "the wife of miner Kh. Batbayar left"
    left = Proposal(18, 20, "PERSON", 0.8, "review", "g1")
    right = Proposal(22, 30, "PERSON", 0.8, "review", "g2")
    assert [(text[p.start : p.end]) for p in joined([left, right], text)] == ["Kh. Batbayar"]
    shri = "Sh. Mohan Lal"
    left, right = (
        Proposal(0, 2, "PERSON", 0.8, "review", "g1"),
        Proposal(4, 13, "PERSON", 0.8, "review", "g2"),
    )
    assert len(joined([left, right], shri)) == 2


def test_initials_after_a_surname_and_its_first_initial() -> None:
    from workstation.detection.findings import Finding
    from workstation.detection.name_edges import widened

    text = "the phone of TKACHUK O. V. was seized"
    found = Finding(13, 23, "PERSON", 0.8, "model")
    assert [text[f.start : f.end] for f in widened([found], text)] == ["TKACHUK O. V."]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Regards,\n\nK. M. Dlamini\nRegistrar", 16, 10),
        ("signed: R. Okafor-Bello", 18, 8),
        ("the report by Okafor-Bello", 21, 14),
        ("Dr. Bello", 4, 4),  # a title stays out
        ("the Bello file", 4, 4),
    ],
)
def test_what_a_linked_mention_takes_before_it(text: str, start: int, expected: int) -> None:
    from workstation.detection.name_edges import initials_or_part_before

    assert initials_or_part_before(text, start) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interpreter:   Dilnoza Yusupova (Uzbek)\n", ["Dilnoza Yusupova"]),
        ("Next of kin:  Rahel Tesfaye (sister)\n", ["Rahel Tesfaye"]),
        ("Arabic name: سلمى حداد          File no.: KT-88-0042\n", ["سلمى حداد"]),
        ("Maiden name: Quispe Mamani\n", ["Quispe Mamani"]),
        ("Surname: OKAFOR            Given names: Chinonso\n", ["OKAFOR", "Chinonso"]),
        ("Employee name   x\nName: Lena Vos       Badge no.: B-7731\n", ["Lena Vos"]),
    ],
)
def test_more_labelled_name_fields(text: str, expected: list[str]) -> None:
    assert _names(fields.header_names, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("with Ji-woo Han (psychiatric nurse) and others", ["Ji-woo Han"]),
        ("Team: Tunde Bakare (interpreter, Yoruba)", ["Tunde Bakare"]),
        ("   - Tavita Lemalu, fisheries officer - moved\n", ["Tavita Lemalu"]),
    ],
)
def test_names_before_their_profession(text: str, expected: list[str]) -> None:
    from workstation.detection.phrases import cued_names

    assert [text[s.start : s.end] for s in cued_names.cued_names(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "In Port Moresby, nurses went on strike",
        "the Ministry of Health (nurses) said",
        "the strike in Lagos (teacher unions) ended",
    ],
)
def test_no_name_before_these_professions(text: str) -> None:
    from workstation.detection.phrases import cued_names

    assert [text[s.start : s.end] for s in cued_names.cued_names(text)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Com os melhores cumprimentos,\n\nA. J. Cossa\nDirector\n", ["A. J. Cossa"]),
        ("Atenciosamente,\nLuana Prates\n", ["Luana Prates"]),
        ("Respectfully,\n\nHarun Demir\n", ["Harun Demir"]),
        ("Saludos cordiales,\nMaite Arroyo\n", ["Maite Arroyo"]),
    ],
)
def test_names_under_more_closings(text: str, expected: list[str]) -> None:
    from workstation.detection.layout import signatures

    assert _names(signatures.signatures, text) == expected


def test_people_in_whatsapp_group_lines() -> None:
    from workstation.detection.layout import chat_exports

    text = (
        '03/02/2025, 19:02 - Rahim T. created group "night shift"\n'
        "03/02/2025, 19:03 - Rahim T. added +44 7700 900123, Nadia, Yusuf Okoro and Li Wei\n"
        "04/02/2025, 07:10 - Nadia left\n"
        "04/02/2025, 07:11 - Rahim T. removed Li Wei\n"
    )
    assert _names(chat_exports.chat_senders, text) == [
        "Rahim T.",
        "Rahim T.",
        "Nadia",
        "Yusuf Okoro",
        "Li Wei",
        "Nadia",
        "Rahim T.",
        "Li Wei",
    ]


def test_a_meeting_note_is_no_group_line() -> None:
    from workstation.detection.layout import chat_exports

    text = "03/02/2025, 19:02 - the committee added two items to the agenda\n"
    assert _names(chat_exports.chat_senders, text) == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Constable Ganesan s/o Perumal was on duty", "Ganesan", "Ganesan s/o Perumal"),
        ("the worker Kavitha d/o Raman said", "Kavitha", "Kavitha d/o Raman"),
        ("Encik Suresh a/l Maniam left", "Suresh", "Suresh a/l Maniam"),
        ("sent to Ganesan s/o the clerk", "Ganesan", "Ganesan"),
    ],
)
def test_a_fathers_name_after_son_of(text: str, found: str, expected: str) -> None:
    from workstation.detection.findings import Finding
    from workstation.detection.name_edges import widened

    start = text.index(found)
    finding = Finding(start, start + len(found), "PERSON", 0.8, "model")
    assert [text[f.start : f.end] for f in widened([finding], text)] == [expected]
