"""Family and social status, health and posts as other writers put them: statuses in a
person's particulars and in Portuguese, children with their age, carers by the verb,
employment statuses; roles in a case and relations by marriage left alone
(workstation.detection.phrases.attributes and occupations), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import attributes, occupations


def status(text: str) -> list[str]:
    return [text[s.start : s.end] for s in attributes.social_status(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ms Otieno, who is married with three teenage sons, left",
            "married with three teenage sons",
        ),
        (
            "a nurse, 41,\nwidowed and the mother of two children, lives",
            "widowed and the mother of two children",
        ),
        ("ID 8820011, married, mother of five, no record", "married, mother of five"),
        ("licence no. 55 120, divorced;\nheld at", "divorced"),
        ("See file 12. Single, no children.", "Single"),
        ("Civil status        Widowed, 1 dependant", "Widowed"),
        ("was beaten by another detainee, Omar, in", "detainee"),
        ("hit inmate\nKOFI MENSAH with a baton", "inmate"),
        ("sa sœur, Awa Traoré, détenue à la maison d'arrêt", "détenue"),
        ("a 23-year-old final-year student at the institute", "final-year student"),
        ('"school fees, caring for sick mother",300', "caring for sick mother"),
        ("she looks after her elderly father and", "looks after her elderly father"),
        ("Sr. Mota, 70 anos, viúva, mora", "viúva"),
        ("declarou que o ex-marido a ameaçou", "ex-marido"),
        ("a survivor of human trafficking from the coast", "survivor of human trafficking"),
        ("the clerk, suspended without pay since June", "suspended without pay"),
        ("the family has been without income since", "without income"),
        ("está de baja por maternidad desde", "de baja por maternidad"),
        ("pasó un año en prisión preventiva", "en prisión preventiva"),
        ("dos de ellas sin documentos", "sin documentos"),
        ("kept in pretrial detention for weeks", "in pretrial detention"),
        ("la defensa del condenado Ruiz apeló", "condenado"),
        ("she is the mother of a\ndetainee held in", "mother of a\ndetainee"),
    ],
)
def test_statuses_as_other_writers_put_them(text: str, expected: str) -> None:
    assert expected in status(text)


@pytest.mark.parametrize(
    "text",
    [
        "the defendant denied the charge",
        "the accused was taken down",
        "el acusado declaró",
        "o arguido negou",
        "his brother-in-law, Tomas Reyes, paid",
        "her eldest son and youngest daughter",
        "a letter to his late wife",
        "prisoner no. KX-2291 was moved",
        "detainee number 4471 complained",
        "mother of the late Mr Pike",
        "single, double or twin rooms",
        "a minor change to the rota",
        "caring for patients on the ward",
        "fue condenado a seis años",
        "the mother of a friend",
    ],
)
def test_roles_relations_and_labels_are_no_status(text: str) -> None:
    assert status(text) == []


def health(text: str) -> list[str]:
    return [text[s.start : s.end] for s in attributes.health(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the diver had altitude sickness twice", "altitude sickness"),
        ("she has obstructive sleep apnea and", "obstructive sleep apnea"),
        ("cause: hypoxic respiratory failure", "hypoxic respiratory failure"),
        ("a drug-induced respiratory depression", "a drug-induced respiratory depression"),
        ("su padre padece demencia senil", "demencia senil"),
        ("Monsieur B., hypertendu, a été", "hypertendu"),
        ("vive postrado y con dependencia severa", "postrado y con dependencia severa"),
        ("a sofrer crises de pânico desde", "crises de pânico"),
        ("o marido está em hemodiálise", "em hemodiálise"),
        ("he takes fluoxetine daily", "fluoxetine"),
        ("workers reported severe headaches and rashes", "severe headaches and rashes"),
        ("a neighbour who is half blind", "half blind"),
        ("her mother had a stroke last year", "had a stroke"),
        ("he now uses a wheelchair at home", "uses a wheelchair"),
        ("she is on antipsychotics, the file says", "on antipsychotics"),
        ("while undergoing radiotherapy in", "undergoing radiotherapy"),
        ("deaf since birth, he signs", "deaf since birth"),
        ("Adjustments: hearing aid (R).", "hearing aid (R)"),
        ("she says his leg is broken", "his leg is broken"),
        (
            "an X-ray showed a displaced fracture of the right radius",
            "a displaced fracture of the right radius",
        ),
        ("admitted with a fractured neck of the femur", "a fractured neck of the femur"),
        ("está gestante de sete meses", "gestante de sete meses"),
        ("| pregnant, 31 weeks |", "pregnant, 31 weeks"),
        ("Hx: known T1DM, CKD stage 3", "T1DM, CKD"),
        ("sleeps with a BiPAP machine", "BiPAP machine"),
        ("admitted with #NOF (R) after a fall", "#NOF (R)"),
        ("Her father is unwell and", "unwell"),
        ("Absent: R. Mele (in hospital)", "in hospital"),
        ("his son was sick, so", "sick"),
        ("caring for a sick mother", "sick"),
        ("after her long illness she", "long illness"),
        ("Ausente: Ana (internada no Hospital Central)", "internada"),
        ("he cannot walk without crutches", "cannot walk without crutches"),
    ],
)
def test_health_as_other_writers_put_it(text: str, expected: str) -> None:
    assert expected in health(text)


@pytest.mark.parametrize(
    "text",
    [
        "detainees were ill-treated in custody",
        "we are sick of the delays",
        "the MS Estonia sank",
        "the AF office in Paris",
        "osa y tía llegaron",
        "she had a meeting with the board",
        "on the board since 2019",
    ],
)
def test_plain_words_near_health_are_no_health(text: str) -> None:
    assert health(text) == []


def posts(text: str) -> list[str]:
    found = [*occupations.occupations(text), *occupations.subject_line_posts(text)]
    return [text[s.start : s.end] for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TO:     Director, Internal Audit\nFROM:", "Director, Internal Audit"),
        ("Post:        Senior Inspector, Grade B-2\nUnit:", "Senior Inspector, Grade B-2"),
        ("   K. Lema          RN, night coord.    Band 5", "RN, night coord."),
        (
            "  2019  2021   customs officer, cargo control          Varn",
            "customs officer, cargo control",
        ),
        ("Ana Ruiz (team leader, water engineer),\nand", "team leader, water engineer"),
        ("in a note to the Governor's chief of staff, who", "Governor's chief of staff"),
        ("SUBJECT: KORVA: MINE FOREMAN DESCRIBES BEATINGS", "MINE FOREMAN"),
        ("a Nepali loader, two trimmers and a quality checker", "quality checker"),
        ("the deputy berth master of the east quay", "deputy berth master of the east quay"),
        ("an independent land valuer said", "independent land valuer"),
        ("o tesoureiro informou que", "tesoureiro"),
        ("Chefe de Gabinete da Ministra, Rui Lopes", "Chefe de Gabinete da Ministra"),
        ("visto pelo guarda-noturno da fábrica", "guarda-noturno da fábrica"),
        ("la secretaria relatora firmó", "secretaria relatora"),
        ("le patron refuse de payer", "patron"),
        ("Pour la plaignante,\nMaître B. Sow", "Maître"),
        ("seen by Const.\nOkafor on the", "Const."),
        ("interviewed by DS Mwangi and DI Kamau", "DS"),
        ("the shift leader of the border post, who", "shift leader of the border post"),
        ("Respectueusement,\nCorrespondant local, Dori", "Correspondant local"),
        ("told the\nCharge on May 3 that", "Charge"),
    ],
)
def test_posts_as_other_writers_put_them(text: str, expected: str) -> None:
    assert expected in posts(text)


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("the Director, Amina Yusuf, said", "Amina"),
        ("the driver, security was tight\nthat night", "security"),
        ("a patron of the arts", "patron"),
        ("PRISON DOCTOR", "DOCTOR"),
        ("Di Stefano and Ds Marino", "Di"),
        ("the head of post Lena Ortiz", "Lena"),
    ],
)
def test_what_only_looks_like_a_post_with_its_unit(text: str, left_out: str) -> None:
    assert not any(left_out in found for found in posts(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:12  Marta Quiroga (legal): please hold it", ["legal"]),
        ("Panel: A. Sesay (chair), B. Konte (HR).", ["chair", "HR"]),
        ("Wang Li (Dockers' Union, observer)\n", ["observer"]),
    ],
)
def test_a_role_in_brackets_after_a_name(text: str, expected: list[str]) -> None:
    assert [found for found in posts(text) if found in expected] == expected


@pytest.mark.parametrize(
    "text",
    ["the statute (legal) says", "Recommendation (HR): dismiss", "(IT) budget"],
)
def test_a_bracketed_word_after_no_name_is_no_role(text: str) -> None:
    assert posts(text) == []
