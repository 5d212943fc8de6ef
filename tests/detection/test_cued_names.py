"""Names the model misses: after cue words, and from a list of given names.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import cued_names, given_names


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in cued_names.cued_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our source is Imran Qureshi.", "Imran Qureshi"),
        ("her real name, Aisha bint Salem, appears", "Aisha bint Salem"),
        ('known by the alias "Abu Tariq" in', "Abu Tariq"),
        ("a man named ZHOU XIAOMING was", "ZHOU XIAOMING"),
        ("his real name is ngozi eze, a", "ngozi eze"),
        ("Notre source s'appelle Kossi Ayivi.", "Kossi Ayivi"),
        ("Nuestra fuente es Marta Huanca.", "Marta Huanca"),
        ("the informant, Tran Van Duc, said", "Tran Van Duc"),
    ],
)
def test_names_after_cue_words(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["The minister called for calm.", "He was named in the report.", "Our source is a clerk."],
)
def test_cue_words_without_a_name(text: str) -> None:
    assert texts(text) == []


# --- names from a list of given names ---------------------------------------------------


def listed(text: str) -> list[str]:
    return [text[span.start : span.end] for span in given_names.given_names(text)]


def test_a_known_given_name_and_a_surname_are_a_person() -> None:
    text = (
        "Mamadou\nTraoré met Lucía Carrasco Ibáñez, Zhang Wei and Nguyen Van Hai; later "
        "KIM SO-YEON and Kwabena Mensah-Bonsu, then Aisha bint Salem."
    )
    assert listed(text) == [
        "Mamadou\nTraoré",
        "Lucía Carrasco Ibáñez",
        "Zhang Wei",
        "Nguyen Van Hai",
        "KIM SO-YEON",
        "Kwabena Mensah-Bonsu",
        "Aisha bint Salem",
    ]


def test_places_organisations_and_ordinary_words_are_not_names() -> None:
    text = (
        "Grace Hospital, Victoria Street, Will Power, The Applicant, In March Santa Cruz "
        "and SUBJECT: NINE JOURNALISTS ARE UNDER SURVEILLANCE IN THE CAPITAL"
    )
    assert listed(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The applicant, Ilkhom Nazarov, says", "Ilkhom Nazarov"),
        ("the informant at the sawmill is obinna eze, a", "obinna eze"),
        ("The whistle-blower in the ministry was Tsegaye Alemu.", "Tsegaye Alemu"),
        ("a driver known only as Bakary.", "Bakary"),
        ("The guards knew him as Petit Jean.", "Petit Jean"),
    ],
)
def test_names_after_roles_and_wider_cues(text: str, expected: str) -> None:
    assert texts(text) == [expected]


def test_an_adverb_after_a_cue_is_not_a_name() -> None:
    assert texts("She agreed to be named only after she had left.") == []


def test_given_names_of_regions_the_dictionary_covers_thinly() -> None:
    text = "Siti Nurhaliza, Tshepo Molefe, Bekzat Sadykov, Bishnu Thapa and Joaquín Ibarra"
    assert listed(text) == [
        "Siti Nurhaliza",
        "Tshepo Molefe",
        "Bekzat Sadykov",
        "Bishnu Thapa",
        "Joaquín Ibarra",
    ]


def test_a_kunya_and_a_surname_first_in_a_list_are_names() -> None:
    text = (
        "Greetings to Umm Salim. Present (Tokhtarov, Yerlan, chair), Oumarou, Hawa\nin Abu Dhabi."
    )
    assert listed(text) == ["Umm Salim", "Tokhtarov, Yerlan", "Oumarou, Hawa"]


def test_a_comma_in_prose_does_not_make_a_surname() -> None:
    assert listed("In Kharkiv, Olena said so. However, Daniyar, we left.") == []


def test_names_joined_by_a_particle_found_only_in_names() -> None:
    text = "held with Cheikh ould Mohamedou and Alhassane ag Ibrahim; Wambui wa Kamau wrote."
    assert listed(text) == ["Cheikh ould Mohamedou", "Alhassane ag Ibrahim", "Wambui wa Kamau"]


def test_a_kunya_takes_two_name_words() -> None:
    assert listed("a note from Abu Musa Haddadin arrived") == ["Abu Musa Haddadin"]


def test_a_word_shaped_like_a_surname_makes_a_name_of_the_word_before() -> None:
    text = "Lesia Bondarchuk, Hovik Sargsyan, Nikos Papadopoulos and Gia Beridze"
    assert listed(text) == [
        "Lesia Bondarchuk",
        "Hovik Sargsyan",
        "Nikos Papadopoulos",
        "Gia Beridze",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "When Sargsyan arrived",  # a sentence's first word is not a given name
        "a Paris-born Armenian citizen",  # nationalities end like surnames
        "the Ukrainian Christian community",
    ],
)
def test_surname_endings_need_a_given_name_before_them(text: str) -> None:
    assert listed(text) == []


def test_a_surname_in_capitals_then_a_given_name() -> None:
    text = "released: KOUROUMA Aïssatou, then BERISHA Arben Ilir.\nNOTE ON THE TRANSFERS"
    assert listed(text) == ["KOUROUMA Aïssatou", "BERISHA Arben Ilir"]
    assert listed("cleared by DCM Jonathan") == []  # an acronym has no vowel


def lone(text: str) -> list[str]:
    return [text[span.start : span.end] for span in given_names.lone_names(text)]


def test_a_lone_given_name_or_a_rare_surname_ending() -> None:
    text = "Later Oksana phoned; Hrytsenko said the warden, Ruslan, knew."
    assert lone(text) == ["Oksana", "Hrytsenko", "Ruslan"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Hrytsenko said",  # a title before it: a longer name, for the title finder
        "Oksana Petrenko said",  # a full name, for the other finders
        "Elle a dit non. Ella dijo que sí.",  # pronouns the dictionary holds as names
        "Will you come in May?",  # given names that are ordinary words
        "OKSANA",  # capitals are a heading's
    ],
)
def test_no_lone_name(text: str) -> None:
    assert lone(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the widow of Farid Benali wept", "Farid Benali"),
        ("Detainee Kwame Asante said", "Kwame Asante"),
        ("a cellmate, Bogdan Lysenko, recalled", "Bogdan Lysenko"),
        ("son frère Mamadou Keïta est parti", "Mamadou Keïta"),
        ("la víctima, Rosa Quispe, declaró", "Rosa Quispe"),
        ("le témoin Moussa Diarra a dit", "Moussa Diarra"),
        ("according to Tesfaye Bekele, the", "Tesfaye Bekele"),
        ("selon Ibrahim Touré, rien", "Ibrahim Touré"),
        ("según Wilfredo Condori, nadie", "Wilfredo Condori"),
        ("Later Oleh Kravets told the hearing", "Oleh Kravets"),
        ("the ward, Dembélé, 52, said", "Dembélé"),
        ("Ayodele Bankole (34) was", "Ayodele Bankole"),
        ("Nkosi Dlamini, a teacher, was", "Nkosi Dlamini"),
        ("the driver, Tesfaye Bekele, said", "Tesfaye Bekele"),
        ("3.2 R.T.A., aged 27, was admitted", "R.T.A."),  # "A." is an initial, not "a"
    ],
)
def test_names_after_relations_roles_and_sayings(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said on Monday",  # a plural subject
        "Human Rights Watch said",  # an organisation
        "Police told reporters",
        "Yesterday Mendoza said",  # one word alone before a verb needs a name's shape
        "La mère d'Intalla pleure",  # no word of a relation before the name
        "SOURCE SAYS MINISTER WAS PAID",  # a subject line in capitals
        "the engineer, Vantor Systems, and",  # a comma after a profession, then a company
    ],
)
def test_no_name_after_weak_cues(text: str) -> None:
    assert texts(text) == []


def test_a_place_before_an_age_is_not_a_name() -> None:
    assert texts("a tailor from Kalluru, aged 52, was") == []


def test_initials_and_a_surname_are_a_name() -> None:
    text = "copied to R. Okonjo, A. K. Menon and J.-P. Mbala; D. Anselmo Vargas Cortés signed"
    assert listed(text) == ["R. Okonjo", "A. K. Menon", "J.-P. Mbala", "D. Anselmo Vargas Cortés"]


@pytest.mark.parametrize(
    "text", ["the U.S. Army said", "B. Merits\n", "IV. Conclusions\n\n12.", "I. PROCÉDURE SUIVIE"]
)
def test_initials_before_a_body_or_a_heading_are_not_a_name(text: str) -> None:
    assert listed(text) == []


def test_a_name_people_call_someone() -> None:
    assert texts('the foreman, a man they call "Big Tran" (Tran Duc), said') == ["Big Tran"]


def test_a_sentence_before_a_name_is_not_part_of_it() -> None:
    assert texts("We met near Tarvik.\nBorisenko said he had copies.") == ["Borisenko"]


def test_vietnamese_and_chinese_surnames_with_their_marks() -> None:
    assert listed("met Nguyễn Văn Thắng, Đặng Thị Mai and Li Qiang") == [
        "Nguyễn Văn Thắng",
        "Đặng Thị Mai",
        "Li Qiang",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Farida Rahimi (née Karimova) said", "Karimova"),
        ("Mme Awa Diop, épouse Sarr, a dit", "Sarr"),
        ("la señora viuda de Quintanilla llamó", "Quintanilla"),
    ],
)
def test_names_after_birth_and_married_name_cues(text: str, expected: str) -> None:
    assert expected in texts(text)


def test_a_cue_inside_a_word_is_not_a_cue() -> None:
    assert texts("He needs help; it needed eleven stitches.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a deed in favour of Md. Kamrul Hasan Talukder, farmer", "Md. Kamrul Hasan Talukder"),
        ("witness Mohd Azlan Shukor said", "Mohd Azlan Shukor"),
        ("signed: Ma. Rosario Villanueva", "Ma. Rosario Villanueva"),
        ("the plot of Sk. Abdul Malek was", "Sk. Abdul Malek"),
    ],
)
def test_a_given_name_written_short_heads_the_name_after_it(text: str, expected: str) -> None:
    assert expected in texts(text)


def test_a_short_form_without_a_name_after_it_is_nothing() -> None:
    assert texts("the Md. level, MD Anderson and Ma said no") == []


def test_names_before_the_civil_particulars_of_a_pleading() -> None:
    text = (
        "Comparecen ANA DEL CARMEN PAZ ROJAS, mayor de edad, soltera, y "
        "HUGO ESCOBAR, menor de edad; interpellés : TIANA Fara (17 ans, lycéenne), "
        "Ibrahim Sow (34 years old) et Mariam Diallo, née le 4 juin 1988, à Ségou."
    )
    found = [text[s.start : s.end] for s in cued_names.cued_names(text)]
    assert found == [
        "ANA DEL CARMEN PAZ ROJAS",
        "HUGO ESCOBAR",
        "TIANA Fara",
        "Ibrahim Sow",
        "Mariam Diallo",
    ]


def test_a_year_or_a_count_in_brackets_names_no_one() -> None:
    text = "The Ministry (2019) and Article 6 (12 years) apply; Las personas, mayor de edad."
    assert list(cued_names.cued_names(text)) == []
