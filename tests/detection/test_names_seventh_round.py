"""Names the seventh round found missing, each as a class: name columns headed in the
other languages of European registers, inverted names whose given name the model took
for a body or a place, surname particles written in lower case, and initials that stand
for a person named in full elsewhere in the document.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection import linking, name_edges, native_scripts
from workstation.detection.engine import DetectionEngine
from workstation.detection.findings import Finding, Proposal
from workstation.detection.layout import csv_exports, nicknames, people_lists, signatures
from workstation.detection.phrases import cued_names, given_names
from workstation.detection.punctuation_joins import joined


def _people_in_export(text: str) -> list[str]:
    return [text[s.start : s.end] for s in csv_exports.csv_cells(text) if s.entity == "PERSON"]


@pytest.mark.parametrize(
    ("surname", "given"),
    [
        ("cognome", "nome"),
        ("achternaam", "voornamen"),
        ("Nachname", "Vorname"),
        ("nazwisko", "imię"),
        ("sukunimi", "etunimi"),
        ("efternamn", "förnamn"),
        ("nume", "prenume"),
    ],
)
def test_name_columns_headed_in_other_european_languages(surname: str, given: str) -> None:
    text = f"nr;{surname};{given};geboren\n17;Okonjo;Adaeze;1990-04-02\n18;marsh;tilda;1979-01-30\n"
    assert _people_in_export(text) == ["Okonjo", "Adaeze", "marsh", "tilda"]


def test_a_heading_in_another_language_that_names_a_thing_is_not_a_person() -> None:
    text = "nr;bestandsnaam;schip_naam;datum\n17;verslag.pdf;Zeemeeuw;1990-04-02\n"
    assert _people_in_export(text) == []


def _joined(text: str, *found: tuple[str, str]) -> list[tuple[str, str]]:
    proposals = []
    for index, (part, entity) in enumerate(found):
        start = text.index(part)
        proposals.append(Proposal(start, start + len(part), entity, 0.8, "review", f"g{index}"))
    return [(text[p.start : p.end], p.entity) for p in joined(proposals, text)]


@pytest.mark.parametrize(
    ("text", "surname", "given", "expected"),
    [
        # The given name read as a firm, a nationality or a place, the surname in capitals.
        (
            "complaint about the reporter OYELARAN, Tunde today",
            ("OYELARAN", "PERSON"),
            ("Tunde", "ORGANIZATION"),
            "OYELARAN, Tunde",
        ),
        (
            "death of detainee PETRESCU, Mihai, on",
            ("PETRESCU", "PERSON"),
            ("Mihai", "NRP"),
            "PETRESCU, Mihai",
        ),
        # After a label's colon, in title case, either half misread.
        (
            "Name (as printed):  Falzon, Carmela\n",
            ("Falzon", "PERSON"),
            ("Carmela", "LOCATION"),
            "Falzon, Carmela",
        ),
        (
            "Holder: Adeyemi, Maria J.\nBorn: 1970",
            ("Adeyemi", "ORGANIZATION"),
            ("Maria J.\nBorn", "PERSON"),
            "Adeyemi, Maria J.\nBorn",
        ),
    ],
)
def test_an_inverted_name_with_one_half_misread_is_one_name(
    text: str, surname: tuple[str, str], given: tuple[str, str], expected: str
) -> None:
    assert (expected, "PERSON") in _joined(text, surname, given)


@pytest.mark.parametrize(
    ("text", "left", "right"),
    [
        # In a sentence a body and a man after it stay two.
        ("the order went to Siemens, Peter said", ("Siemens", "ORGANIZATION"), ("Peter", "PERSON")),
        # A surname in title case mid-sentence and a place: a list, not a name.
        ("he met Novak, Lisbon was next", ("Novak", "PERSON"), ("Lisbon", "LOCATION")),
        # A place that is no given name after a name in capitals.
        ("visited by DUARTE, Toulouse office", ("DUARTE", "PERSON"), ("Toulouse", "LOCATION")),
    ],
)
def test_a_name_and_a_body_or_place_after_a_comma_stay_apart(
    text: str, left: tuple[str, str], right: tuple[str, str]
) -> None:
    assert len(_joined(text, left, right)) == 2


def _widened(text: str, *names: str) -> list[str]:
    findings = []
    for name in names:
        start = text.index(name)
        findings.append(Finding(start, start + len(name), "PERSON", 0.8, "model"))
    return [text[f.start : f.end] for f in name_edges.widened(findings, text)]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("the body of dela Paz was flown home", "Paz", "dela Paz"),
        ("a statement by delos Reyes on Monday", "Reyes", "delos Reyes"),
        ("we wrote to van der Meulen twice", "Meulen", "van der Meulen"),
        ("signed by Ana delos Reyes today", "Reyes", "Ana delos Reyes"),
    ],
)
def test_a_surname_keeps_its_lower_case_particles(text: str, found: str, expected: str) -> None:
    assert _widened(text, found) == [expected]


def test_a_name_broken_after_its_particle_is_one_name() -> None:
    text = "Among them were Teodoro dela\nRosa, 31, and others."
    assert _widened(text, "Teodoro", "Rosa") == ["Teodoro dela\nRosa"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("la casa de Pedro estaba cerrada", "Pedro"),  # "of Pedro": a preposition
        ("le bureau de Martin Ferry", "Martin Ferry"),
        ("un informe de Martínez llegó", "Martínez"),
    ],
)
def test_prepositions_before_a_name_stay_outside(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('owned by Salvu "il-Qasir" Borg, a trader', 'Salvu "il-Qasir" Borg'),
        ('3.2 Teodoro "Dodong" dela Rosa, 31, oiler', 'Teodoro "Dodong" dela Rosa'),
        ('the fixer Ramón "Moncho" de la Peña said', 'Ramón "Moncho" de la Peña'),
    ],
)
def test_a_name_with_a_nickname_and_particles_is_whole(text: str, expected: str) -> None:
    found = [text[s.start : s.end] for s in nicknames.nicknames_inside_names(text)]
    assert found == [expected]


def test_a_quoted_word_between_a_name_and_a_lower_case_word_is_no_nickname() -> None:
    text = 'Maria "ok" de la casa'
    assert list(nicknames.nicknames_inside_names(text)) == []


def _linked_people(text: str, *names: str) -> list[tuple[str, str]]:
    findings = []
    for name in names:
        start = text.index(name)
        findings.append(Finding(start, start + len(name), "PERSON", 0.85, "model"))
    return [(text[p.start : p.end], p.group) for p in linking.link(findings, text)]


def test_initials_in_minutes_stand_for_the_people_present() -> None:
    text = (
        "Present: Tomasz Wierzba (chair); Ana-Luisa Freire; Kwame Osei-Bonsu.\n\n"
        "1. TW opened the meeting. KOB reported on the visits; AL said the list is late.\n"
        "2. Proposed TW, seconded KO.\n"
    )
    found = _linked_people(text, "Tomasz Wierzba", "Ana-Luisa Freire", "Kwame Osei-Bonsu")
    people = [written for written, _ in found]
    assert people.count("TW") == 2
    assert "KOB" in people and "KO" in people and "AL" in people
    groups = {written: group for written, group in found}
    assert groups["TW"] == groups["Tomasz Wierzba"]
    assert groups["KOB"] == groups["Kwame Osei-Bonsu"]


@pytest.mark.parametrize(
    "line",
    [
        "We meet at 9 AM at the office.",  # "AM": an abbreviation, though Anna Mills is "AM"
        "THE TW REPORT ON VISITS",  # a heading in capitals
        "See annex TW-4 and file TW/2.",  # codes
        "It is OK for them.",  # "OK": a word, though Olga Kurz is "OK"
    ],
)
def test_capitals_that_are_codes_headings_or_words_are_not_initials(line: str) -> None:
    text = f"Present: Tomasz Wierzba, Olga Kurz, Anna Mills.\n{line}\n"
    findings = []
    for name in ("Tomasz Wierzba", "Olga Kurz", "Anna Mills"):
        start = text.index(name)
        findings.append(Finding(start, start + len(name), "PERSON", 0.85, "model"))
    line_start = text.index(line)
    assert [p for p in linking.link(findings, text) if p.start >= line_start] == []


def test_initials_two_people_share_are_nobodys() -> None:
    text = "Present: Maria Lopes and Marco Lanza.\nML will write to the ministry.\n"
    found = _linked_people(text, "Maria Lopes", "Marco Lanza")
    assert "ML" not in [written for written, _ in found]


def test_a_form_label_in_a_list_of_people_is_no_part_of_the_name() -> None:
    text = (
        "Se cita a:\n\n"
        "   D./Dña.: OKONKWO BELLO, Chidi\n"
        "   D./Dña.: Marta Ibarra Soler\n"
        "   Testigo: Rui Falcão Dias\n"
    )
    found = [text[s.start : s.end] for s in people_lists.people_lists(text)]
    assert found == ["OKONKWO BELLO", "Marta Ibarra Soler", "Rui Falcão Dias"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi Omar,\n\nThe files are on the share. Call me tonight. M.\n", ["M."]),
        ("> Já falaste com ele? Preciso de saber hoje. R.", ["R."]),
        ("Send it by Friday. T.\n\nOn 3 May, Ana wrote:\n> ok", ["T."]),
    ],
)
def test_an_initial_after_the_last_sentence_signs_the_message(
    text: str, expected: list[str]
) -> None:
    found = [text[s.start : s.end] for s in signatures.signatures(text)]
    assert [f for f in found if len(f) <= 4] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The detainees were moved to Block B.\n",  # no sentence before the letter
        "We counted them twice. B.\n\nThe second count was lower.\n",  # the text goes on
        "He said it is in annex I.\n",
    ],
)
def test_a_letter_ending_a_sentence_or_paragraph_is_not_a_signature(text: str) -> None:
    found = [text[s.start : s.end] for s in signatures.signatures(text)]
    assert [f for f in found if len(f) <= 4] == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("Present:\n  Ba, Aminata Sow - treasurer\n", "Aminata Sow", "Ba, Aminata Sow"),
        ("Staff name        MENSAH-OTOO, Kwabena\n", "Kwabena", "MENSAH-OTOO, Kwabena"),
        (
            "   2     al-Rawi, Samir Khalil          Clerk\n",
            "Samir Khalil",
            "al-Rawi, Samir Khalil",
        ),
        ("Witness: Okonjo, Peter\n", "Peter", "Okonjo, Peter"),
    ],
)
def test_a_surname_before_its_given_names_and_comma_joins_them(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("We met in Lagos, Peter said nothing.", "Peter"),  # in a sentence, not an entry
        ("  Marie, Solange and Paul came.\n", "Solange"),  # two given names: a list
        ("Report, Peter Lowe wrote it\n", "Peter Lowe"),  # a heading word
    ],
)
def test_a_word_and_comma_before_a_name_elsewhere_stay_outside(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("CLEARED BY EXAMINER II OKAFOR BELLO, A.\n", "OKAFOR BELLO", "OKAFOR BELLO, A."),
        ("Signed: NWOSU, J. K. (clerk)", "NWOSU", "NWOSU, J. K."),
    ],
)
def test_initials_after_a_surname_in_capitals_and_a_comma(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


def test_an_initial_that_opens_another_name_is_not_taken() -> None:
    text = "Copies to OKAFOR, J. Mensah and the file."
    assert _widened(text, "OKAFOR") == ["OKAFOR"]


@pytest.mark.parametrize(
    "text",
    [
        "she is on the record under her full name, let's keep it short",
        "do not write his real name anywhere",
        "her real name: withheld at her request",
    ],
)
def test_a_lower_case_word_after_a_name_cue_that_is_no_name(text: str) -> None:
    assert list(cued_names.cued_names(text)) == []


def test_a_lower_case_name_after_a_strong_cue_is_still_found() -> None:
    text = "his real name is tomas weber, he said"
    assert [text[s.start : s.end] for s in cued_names.cued_names(text)] == ["tomas weber"]


def test_reference_initials_at_a_letters_foot_are_two_people() -> None:
    text = "Yours faithfully,\n\nHead of Unit\n\nMKO/tds\n"
    found = [text[s.start : s.end] for s in signatures.signatures(text)]
    assert "MKO" in found and "tds" in found


@pytest.mark.parametrize("line", ["N/A", "TBD/tbc later", "see p. 4/5", "USD/EUR"])
def test_other_slashes_are_not_reference_initials(line: str) -> None:
    text = f"Notes:\n{line}\n"
    assert [s for s in signatures.signatures(text) if "reference" in s.reason] == []


def test_a_lone_particle_word_before_a_comma_is_not_a_surname() -> None:
    text = "Present:\n  al, Aminata Sow\n"
    assert _widened(text, "Aminata Sow") == ["Aminata Sow"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paid by: KT = Tariq H. (shop), AB = Leila S. (volunteer)", ["Tariq H.", "Leila S."]),
        ("  RCP-0044   Ravi K.              3,10,000\n", ["Ravi K."]),
        ("we met Yusuf A. yesterday", ["Yusuf A."]),
    ],
)
def test_a_known_given_name_and_the_initial_of_its_surname(text: str, expected: list[str]) -> None:
    found = [text[s.start : s.end] for s in given_names.given_names(text)]
    assert found == expected


@pytest.mark.parametrize("text", ["Wing C. is closed", "see Block B. below", "Plan B. it is"])
def test_a_noun_and_a_letter_is_no_name(text: str) -> None:
    assert list(given_names.given_names(text)) == []


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "PRÉVENU : TRAN Minh Duc dit « Bobby », né le",
            "TRAN Minh Duc",
            "TRAN Minh Duc dit « Bobby »",
        ),
        (
            'el detenido Luis Ortega alias "el Zurdo", de',
            "Luis Ortega",
            'Luis Ortega alias "el Zurdo"',
        ),
        ("o réu Paulo Sá vulgo 'Baixinho' foi", "Paulo Sá", "Paulo Sá vulgo 'Baixinho'"),
    ],
)
def test_an_alias_in_quotes_after_a_name_is_part_of_it(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


def test_a_quoted_word_after_dit_in_lower_case_is_no_alias() -> None:
    text = "Martin Roux dit « oui » au juge"
    assert _widened(text, "Martin Roux") == ["Martin Roux"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("| OUAZZI Lahcen | 19 | cut hand |\n", "OUAZZI", "OUAZZI Lahcen"),
        ("  BERISHA Arta        1990-03-02\n", "BERISHA", "BERISHA Arta"),
    ],
)
def test_a_given_name_after_a_surname_in_capitals_ending_a_cell(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("| OUAZZI Lahcen Ait | 19 |\n", "OUAZZI"),  # two words: for the other finders
        ("wrote to BERISHA Monday and left\n", "BERISHA"),  # no cell ends after it
        ("| Ouazzi Lahcen | 19 |\n", "Ouazzi"),  # the surname not in capitals
    ],
)
def test_a_word_after_a_surname_elsewhere_is_not_taken(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


def test_a_signature_in_its_own_script_above_its_romanised_form() -> None:
    text = "With respect,\n\n阿依古丽·买买提\n(Ayguli Memet)\n"
    start = text.index("Ayguli Memet")
    finding = Finding(start, start + len("Ayguli Memet"), "PERSON", 0.8, "model")
    found = [text[s.start : s.end] for s, _ in native_scripts.in_own_script([finding], text)]
    assert found == ["阿依古丽·买买提"]


def test_a_line_in_another_script_two_lines_above_is_not_the_name() -> None:
    text = "阿依古丽·买买提\n\n(Ayguli Memet)\n"
    start = text.index("Ayguli Memet")
    finding = Finding(start, start + len("Ayguli Memet"), "PERSON", 0.8, "model")
    assert native_scripts.in_own_script([finding], text) == []


def test_an_email_address_in_a_name_column_is_no_name() -> None:
    text = "name,phone,sent\nann@example.org,+44 555 0199,2026-01-02\nAna Ruiz,,2026-01-03\n"
    assert _people_in_export(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "the file of Yusuf Nour\nel-Din Hamid, 51, shows",
            "Yusuf Nour",
            "Yusuf Nour\nel-Din Hamid",
        ),
        ("the son of Tariq bin-Saleh was held", "Tariq", "Tariq bin-Saleh"),
    ],
)
def test_a_name_word_opened_by_a_joined_particle_continues_the_name(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


def test_a_lower_case_hyphenated_word_is_not_a_particle_name() -> None:
    text = "Tariq al-most left"
    assert _widened(text, "Tariq") == ["Tariq"]


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("02/09/2026, 08:06 - Gjergj Marku", "02/09/2026, 08:06", "Gjergj Marku"),
        ("[14.03.25 21:07] Noor Khalil", "14.03.25 21:07", "Noor Khalil"),
        ("Priya Raman 07:33", "07:33", "Priya Raman"),
    ],
)
def test_a_date_at_a_names_edge_is_cut_off_when_it_is_found(
    text: str, date: str, name: str
) -> None:
    # a recognizer's PERSON over a chat line's date and time: the name alone stays a name
    whole = Finding(0, len(text), "PERSON", 0.85, "model")
    start = text.index(date)
    held = Finding(start, start + len(date), "DATE_TIME", 0.85, "dates")
    cut, kept = name_edges.trimmed([whole, held], text)
    assert (text[cut.start : cut.end], kept) == (name, held)


@pytest.mark.parametrize(
    "text", ["Amadou Diallo", "Mr J. K. Rowe.", "Priya Raman 07:33", "02/09/2026, 08:06"]
)
def test_a_name_keeps_what_no_other_finding_holds(text: str) -> None:
    # a number nothing else proposes stays covered, under the name's label
    whole = Finding(0, len(text), "PERSON", 0.85, "model")
    assert name_edges.trimmed([whole], text) == [whole]


def test_a_chat_senders_name_keeps_apart_from_the_lines_date(strict: DetectionEngine) -> None:
    text = (
        "02/09/2026, 07:41 - Lucía Ferrer: wait for me\n"
        "02/09/2026, 08:06 - Gjergj Marku: they took him to the station\n"
    )
    found = {(p.entity, text[p.start : p.end]) for p in strict.detect(text)}
    assert ("PERSON", "Gjergj Marku") in found
    assert ("DATE_TIME", "02/09/2026, 08:06") in found


# Review of the seventh round: acronyms, header labels and runs of capitals that share a
# person's initials are not that person.


def _people_after(text: str, names: tuple[str, ...], marker: str) -> list[str]:
    findings = []
    for name in names:
        start = text.index(name)
        findings.append(Finding(start, start + len(name), "PERSON", 0.85, "model"))
    after = text.index(marker)
    return [text[p.start : p.end] for p in linking.link(findings, text) if p.start >= after]


@pytest.mark.parametrize(
    ("names", "line"),
    [
        (("Nuno Gaspar Ortiz",), "Later he joined the NGO, and the NGO paid him."),
        (("Teresa Okafor",), "TO: all desk editors"),
        (("Irene Cole Caldas",), "the ICC prosecutor wrote"),
        (("Dara Ruiz",), "a trip to the DR CONGO border"),
        (("Edna Tamm",), "The call ended at 4 pm ET on Friday."),
        (("Femi Bello",), "He posted it on FB before noon."),
        (("Helga Ruud Wiik",), "a HRW researcher called"),
        (("Ada Solis",), "He served AS a clerk."),
        (("Pia Dunn",), "The PD filed a report."),
        (("Nils Gaard Olsen",), "talks at the NGO HQ went on"),
    ],
)
def test_acronyms_header_words_and_capital_runs_are_not_initials(
    names: tuple[str, ...], line: str
) -> None:
    text = f"{' and '.join(names)} were there.\n{line}\n"
    assert _people_after(text, names, line) == []


def test_a_header_blocks_label_is_not_initials() -> None:
    text = "Tess Serra wrote the memo.\n\nFM: Legal desk\nTS: the board\n"
    assert _people_after(text, ("Tess Serra",), "FM:") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TW: I agree with the plan.\nKO: So do I.", ["TW", "KO"]),
        ("Proposed TW, seconded KO.", ["TW", "KO"]),
        ("TW KO and the chair signed.", ["TW", "KO"]),
    ],
)
def test_initials_as_speakers_and_in_votes_are_still_people(line: str, expected: list[str]) -> None:
    text = f"Present: Tomasz Wierzba, Kasia Ostrowska.\n{line}\n"
    assert _people_after(text, ("Tomasz Wierzba", "Kasia Ostrowska"), line) == expected
