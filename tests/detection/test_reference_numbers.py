"""Reference numbers (workstation.detection.phrases.references), on text written for them.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.engine import DetectionEngine
from workstation.detection.phrases import references


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in references.reference_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lodged under applications nos. 18342/07 and 22991/08.", ["18342/07", "22991/08"]),
        ("The docket (case no. 7-204-KC) was closed.", ["7-204-KC"]),
        ("Ref No: TR/2011/0093", ["TR/2011/0093"]),
        ("Ticket #SR-2012-88341 reopened", ["SR-2012-88341"]),
        ("dossier n° 2009/4471/CAB2 transmis", ["2009/4471/CAB2"]),
        ("según el expediente 8812-2010 de la fiscalía", ["8812-2010"]),
        ("Az. 3 Ks 112/2009 des Landgerichts", ["3 Ks 112/2009"]),
        ("the land plot no. 17/442 in the village", ["17/442"]),
        # an account in spaced groups is one number: balance account and currency code
        ("his account number 40817 810 then", ["40817 810"]),
        ("An application (no. 56102/11) was lodged", ["56102/11"]),
        ("Criminal Appeal No. 512 of 2008 and", ["512 of 2008"]),
        ("survey nos. 88/2A,\n88/2B and 90/1 were", ["88/2A", "88/2B", "90/1"]),
        ("la causa RUC 1100-2011 sigue", ["RUC 1100-2011"]),
        ("processo n.º 4471-09 no tribunal", ["4471-09"]),
    ],
)
def test_reference_numbers_after_cue_words(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No. 12-cv-3456 was filed", ["12-cv-3456"]),
        ("in Case C-123/19, the court", ["C-123/19"]),
        ("Az. 2 BvR 123/17 vom", ["2 BvR 123/17"]),
        ("RG n° 19/01234 du tribunal", ["19/01234"]),
        ("Rol 1234-2019 de la Corte", ["1234-2019"]),
        ("CR No. 45 of 2018 is pending", ["45 of 2018"]),
        ("W.P.(C) No. 1234/2015 was heard", ["1234/2015"]),
        ("FIR No. 112/2014 at the station", ["112/2014"]),
        ("the docket 1:12-cr-00345 was sealed", ["1:12-cr-00345"]),
        ("sealed in 1:09-mj-00212-AK until", ["1:09-mj-00212-AK"]),
        ("Dnr 2019-1234 hos myndigheten", ["2019-1234"]),
        ("Rechtssache C-131/12 gegen", ["C-131/12"]),
    ],
)
def test_reference_numbers_in_the_forms_of_several_courts(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Article 6 § 1 of the Convention and Rule 39",
        "under Law no. 2011-118 on associations",
        "la loi n° 2009-017 du 4 mai",
        "see Ivanov v. Ruritania [GC], no. 41203/98, § 120, ECHR 2004-II",
        "held in cell no. 214 of block C",
        "on 12/05/2009 and in 2009/10",
        "DE RUEHZZ #0417/01 3001200",
        "Invoice 555-0188 was paid.",
    ],
)
def test_no_reference_number_in_laws_citations_dates_or_cell_numbers(text: str) -> None:
    assert texts(text) == []


def test_both_policies_propose_reference_numbers(
    strict: DetectionEngine, default: DetectionEngine
) -> None:
    text = "The applicant, Mr Tomasz Wrona, lodged application no. 40112/06 in May."
    for engine in (strict, default):
        found = {text[p.start : p.end]: p.entity for p in engine.detect(text)}
        assert found.get("40112/06") == "REFERENCE_NUMBER", found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the complaint was registered as 40712 at the desk", ["40712"]),
        ("the court numbered it 8830, and", ["8830"]),
        ("la plainte, enregistrée sous le numéro 2013/882, a", ["2013/882"]),
        ("quedó radicado bajo el número 5521 en", ["5521"]),
        ("its number in the clerk's book is 3318-C and", ["3318-C"]),
        ("Nobody reopened the 60251 case after that.", ["60251"]),
        ("le numéro de parquet 13/22871 figure", ["13/22871"]),
        ("CNR MHPU020045122016 lists", ["MHPU020045122016"]),
        ("the sheet 7741-D was torn", ["7741-D"]),
        ("서울중앙지법 2014가합5521 판결", ["2014가합5521"]),
        ("大阪地裁平成19年(ワ)第2210号", ["平成19年(ワ)第2210号"]),
        ("\uff082016\uff09沪刑初字第88号判决", ["\uff082016\uff09沪刑初字第88号"]),
    ],
)
def test_reference_numbers_filed_named_or_written_as_east_asian_courts_do(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the number of arrests was 3100 that year",
        "the 2014 case drew crowds",
        "2014년 5월 3일",
        "the crime 12 times over",
        "an F-16 flew over",
    ],
)
def test_no_reference_number_in_counts_years_or_korean_dates(text: str) -> None:
    assert texts(text) == []
