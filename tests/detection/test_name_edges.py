"""Names stretched over what a recognizer left out of them.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.findings import Finding
from workstation.detection.name_edges import widened


def _widened(text: str, *found: str, others: tuple[tuple[str, str], ...] = ()) -> list[str]:
    findings = [_at(text, part, "PERSON") for part in found]
    findings += [_at(text, part, entity) for part, entity in others]
    return [text[f.start : f.end] for f in widened(findings, text) if f.entity == "PERSON"]


def _at(text: str, part: str, entity: str) -> Finding:
    start = text.index(part)
    return Finding(start, start + len(part), entity, 0.8, "test")


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("the lawyer of Hamid al-Zubaidi said", "Zubaidi", "Hamid al-Zubaidi"),
        ("Sergeant Liam O'Driscoll wrote", "Driscoll", "Liam O'Driscoll"),
        ("seen by N'Guessan on Monday", "Guessan", "N'Guessan"),
        ("initialled by R.-M. Ekwueme that day", "Ekwueme", "R.-M. Ekwueme"),
        ("Dr S. P. Banerjee of the clinic", "Banerjee", "S. P. Banerjee"),
        ("Dr S. P. Banerjee of the clinic", "S. P", "S. P."),
        ("a report by Mukherjee A.K. and two clerks", "Mukherjee A.K", "Mukherjee A.K."),
        ("countersigned by Lacombe J.-P. on Friday", "Lacombe J.-P", "Lacombe J.-P."),
        ("a note from Lacombe JP. Then he left", "Lacombe JP", "Lacombe JP"),
        ('Imelda "Mel" Santos', 'Imelda "Mel', 'Imelda "Mel"'),
        ("Counsel Marie-Claire d'Oliveira replied", "Oliveira", "Marie-Claire d'Oliveira"),
        ("- Cheikh Tidiane ould Brahim, 40", "Cheikh Tidiane", "Cheikh Tidiane ould Brahim"),
        ("- Cheikh Tidiane ould Brahim, 40", "Brahim", "Cheikh Tidiane ould Brahim"),
        ("witness Chiamaka Obi-Nwosu said", "Chiamaka Obi", "Chiamaka Obi-Nwosu"),
        ("the nurse, Svetlana Moroz, said", "Moroz", "Svetlana Moroz"),
        ("the nurse, Svetlana Moroz, said", "Svetlana", "Svetlana Moroz"),
        ("a note from Abu Hamza on", "Hamza", "Abu Hamza"),
        ("signed Dragana Beli-\nčević", "čević", "Dragana Beli-\nčević"),
    ],
)
def test_a_name_grows_over_the_rest_of_it(text: str, found: str, expected: str) -> None:
    assert _widened(text, found) == [expected]


def test_two_names_that_meet_over_a_particle_are_one() -> None:
    text = "Mohamed Lemine ould Sidi was held"
    assert _widened(text, "Mohamed Lemine", "Sidi") == ["Mohamed Lemine ould Sidi"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("La sœur d'Ousmane est venue", "Ousmane"),  # "d'" after an ordinary word
        ("Yesterday Kowalczyk said", "Kowalczyk"),  # a sentence's first word
        ("Selon Aminata, rien", "Aminata"),  # "selon" is a name somewhere, but a word here
        ("Mr Petrenko's statement", "Petrenko"),  # a title and a possessive
        ("the anti-Moreno faction", "Moreno"),  # a lower-case prefix
        ("Ana, Ministry of Health", "Ana"),  # a body's head word after a comma
        ("Tomás Street is closed", "Tomás"),  # a street's head word
    ],
)
def test_a_name_does_not_grow_over_other_words(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


def test_a_name_does_not_grow_over_another_finding() -> None:
    text = "Ramón Ochoa Ministerio del Interior"
    others = (("Ministerio del Interior", "ORGANIZATION"),)
    assert _widened(text, "Ramón", others=(("Ochoa Ministerio del Interior", "ORGANIZATION"),)) == [
        "Ramón"
    ]
    assert _widened(text, "Ramón Ochoa", others=others) == ["Ramón Ochoa"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("witness Pieter van der Walt said", "Walt", "Pieter van der Walt"),
        ("witness Pieter van der Walt said", "Pieter", "Pieter van der Walt"),
        ("la testigo Ana María de la Fuente dijo", "Ana María", "Ana María de la Fuente"),
    ],
)
def test_a_name_grows_over_several_particles(text: str, found: str, expected: str) -> None:
    assert _widened(text, found) == [expected]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "the accused Ramesh Yadav alias Bablu absconded",
            "Ramesh Yadav",
            "Ramesh Yadav alias Bablu",
        ),
        ("Mme Awa Sow épouse Ndiaye, commerçante", "Awa Sow", "Awa Sow épouse Ndiaye"),
        ("heir: Greta Vogt geb. Lindner, Hamburg", "Greta Vogt", "Greta Vogt geb. Lindner"),
        ("Mrs Clara Dunne née Whelan signed", "Clara Dunne", "Clara Dunne née Whelan"),
    ],
)
def test_an_alias_or_a_married_name_after_its_connector(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


def test_two_names_joined_by_alias_are_one() -> None:
    text = "the co-accused Imran alias Lalla was released"
    assert _widened(text, "Imran", "Lalla") == ["Imran alias Lalla"]


@pytest.mark.parametrize(
    ("text", "first", "second", "expected"),
    [
        ("The clerk Meenakshi d/o Pillai was moved", "Meenakshi", "Pillai", "Meenakshi d/o Pillai"),
        (
            "SGT. RAVINDRAN A/L SUBRAMANIAM, 52",
            "RAVINDRAN",
            "SUBRAMANIAM",
            "RAVINDRAN A/L SUBRAMANIAM",
        ),
        (
            "her husband Arjun Kumar s/o Nadarajan said",
            "Arjun Kumar",
            "Nadarajan",
            "Arjun Kumar s/o Nadarajan",
        ),
    ],
)
def test_two_names_joined_by_a_kin_link_are_one(
    text: str, first: str, second: str, expected: str
) -> None:
    assert _widened(text, first, second) == [expected]


def test_names_around_a_slash_that_is_no_kin_link_stay_two() -> None:
    text = "Siti and/or Farid will sign"
    assert _widened(text, "Siti", "Farid") == ["Siti", "Farid"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Awa Sow née le 3 mai 1980 à Thiès", "Awa Sow"),
        ("Ramesh Yadav alias the accused", "Ramesh Yadav"),
        ("Clara Dunne, née Whelan", "Clara Dunne"),
    ],
)
def test_a_connector_without_a_name_after_it_is_left(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("the order names Sultanova D. K. as organiser", "Sultanova", "Sultanova D. K."),
        ("Executed by: Pak V. Yu., tel. 555-0100", "Pak", "Pak V. Yu."),
    ],
)
def test_initials_after_a_surname_written_first(text: str, found: str, expected: str) -> None:
    assert _widened(text, found) == [expected]


def test_a_capital_after_a_sentence_is_no_initial() -> None:
    assert _widened("they met Orlov. A car came", "Orlov") == ["Orlov"]
    assert _widened("Ms Duarte Ms. Lee", "Duarte") == ["Duarte"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("firma: Lucía B. Mamani T., vocal", "Lucía B. Mamani", "Lucía B. Mamani T."),
        ("la señora Ana Choque Ll. declaró", "Ana Choque Ll", "Ana Choque Ll."),
        ("paid to Velu Murugan K. on Monday", "Velu Murugan", "Velu Murugan K."),
        ("witness: Teodoro Paz R.\nnext line", "Teodoro Paz", "Teodoro Paz R."),
    ],
)
def test_a_second_surname_cut_to_its_initial(text: str, found: str, expected: str) -> None:
    assert _widened(text, found) == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("sold by Hermanos Prado S.A. last year", "Hermanos Prado"),
        ("I called Nadia Osei. M. Dupont answered", "Nadia Osei"),
        ("she met Nadia Osei A. Then she left", "Nadia Osei"),
        ("shipped by Nadia Osei Co. in bulk", "Nadia Osei"),
    ],
)
def test_a_capital_that_is_not_a_cut_surname_is_left(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ('the fixer they call "don Chalo" came by', "Chalo", "don Chalo"),
        ("dit « Mama Ngozi » au marché", "Ngozi", "Mama Ngozi"),
        ("a driver known as “Tía Lupe” in the camp", "Lupe", "Tía Lupe"),
        ('the elder, "Mzee Otieno", spoke', "Otieno", "Mzee Otieno"),
    ],
)
def test_a_word_of_familiar_address_in_quotes_is_part_of_the_nickname(
    text: str, found: str, expected: str
) -> None:
    assert _widened(text, found) == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("we asked don Chalo about it", "Chalo"),  # an honorific, outside the name
        ('her "Mama Ngozi was right" line', "Ngozi"),  # the quote does not close on the name
        ("Uncle Otieno said", "Otieno"),
    ],
)
def test_a_word_of_familiar_address_outside_quotes_stays_outside(text: str, found: str) -> None:
    assert _widened(text, found) == [found]


def test_two_names_around_an_alias_mark_are_one() -> None:
    text = "WANTED: TAN BOON HUAT @ AH HUAT, 44"
    assert _widened(text, "TAN BOON HUAT", "AH HUAT") == ["TAN BOON HUAT @ AH HUAT"]


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("a detainee, Win Win Htay (29), said", "Htay", "Win Win Htay"),
        ("- Naw Paw Say, 40, a Karen widow", "Paw Say", "Naw Paw Say"),
        ("statement of U Min Aung Lwin on", "Aung Lwin", "Min Aung Lwin"),  # "U" is a title
        ("her son SAI HSENG, 19", "HSENG", "SAI HSENG"),
    ],
)
def test_a_burmese_name_takes_the_syllables_before_it(text: str, found: str, expected: str) -> None:
    assert _widened(text, found) == [expected]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the Saw Mill manager Aung said", "Aung"),  # not directly before the name
        ("Saw Helen Clark at the port", "Helen Clark"),  # not a Burmese name
    ],
)
def test_a_burmese_syllable_before_another_name_is_left(text: str, found: str) -> None:
    assert _widened(text, found) == [found]
