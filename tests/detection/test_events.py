"""Named events as whole expressions, with the date and place inside or after them
(workstation.detection.phrases.events), on invented wording.

None of these strings comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from workstation.detection.phrases import events


def texts(text: str) -> list[str]:
    return [text[span.start : span.end] for span in events.events(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("arrested after the June 3 protests in Telembe, she", "the June 3 protests in Telembe"),
        ("since the 2016 Orelo grain riots, which", "the 2016 Orelo grain riots"),
        ("in the 2014 parliamentary elections", "the 2014 parliamentary elections"),
        ("during the Kisumu fuel subsidy protests", "the Kisumu fuel subsidy protests"),
        (
            "after the 2008 post-election violence in Dolo",
            "the 2008 post-election violence in Dolo",
        ),
        ("at the 2019 Lakeside Agricultural Show, where", "the 2019 Lakeside Agricultural Show"),
        ("the Marsa dock strike of March 2012 ended", "the Marsa dock strike of March 2012"),
        ("the trial of the Harbour Six opened", "trial of the Harbour Six"),
    ],
)
def test_an_event_is_read_with_its_date_and_place(text: str, expected: str) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Amina said the protests were peaceful.",
        "The trial of Amina Yusuf began in May.",
        "The protests went on.",
        "Telembe joined the strike.",
    ],
)
def test_a_sentence_about_an_event_is_no_named_event(text: str) -> None:
    assert texts(text) == []


def test_a_month_or_a_weekday_after_in_is_no_place_of_the_event() -> None:
    assert texts("the 2016 Orelo grain riots on Monday") == ["the 2016 Orelo grain riots"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("after the August 7 embassy bombings", "the August 7 embassy bombings"),
        ("during the 12 March student protests", "the 12 March student protests"),
        ("the 2019 Orelo riots at the Tessawa market", "the 2019 Orelo riots at the Tessawa"),
    ],
)
def test_describing_words_after_a_date_and_a_place_after_the_event(
    text: str, expected: str
) -> None:
    assert texts(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hurt in the violent dispersal of the Ngara march last year",
            "the violent dispersal of the Ngara march",
        ),
        (
            "lost a son in the deadly stampede at Obiri stadium.",
            "the deadly stampede at Obiri stadium",
        ),
        (
            "after the forced eviction of the Tumaini settlement in 2014,",
            "the forced eviction of the Tumaini settlement in 2014",
        ),
        (
            "survived the bombing of the Wareng market on 9 June 2013.",
            "the bombing of the Wareng market on 9 June 2013",
        ),
        (
            "wounded in the storming of the parliament in Ketto.",
            "the storming of the parliament in Ketto",
        ),
        ("voted in the November presidential vote", "the November presidential vote"),
    ],
)
def test_describing_words_before_an_event_and_its_place_are_one_span(
    text: str, expected: str
) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("blessé lors de l'incendie du 4 juin 2012 à", "l'incendie du 4 juin 2012"),
        (
            "herido en el derrumbe parcial del 9 de marzo de 2015",
            "derrumbe parcial del 9 de marzo de 2015",
        ),
        ("ferito nello sciopero del 3 maggio", "sciopero del 3 maggio"),
    ],
)
def test_an_incident_named_by_its_date_in_romance_languages(text: str, expected: str) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "They protested the closure of the school.",  # a place's kind alone, no where or when
        "Obiri said the raid on the house was legal.",  # no name and no place after
        "the report of the Ngara committee",  # no event in it
        "le courrier du 4 juin 2012",  # a letter, not an incident
    ],
)
def test_an_action_on_something_unnamed_is_no_event(text: str) -> None:
    assert texts(text) == []


def test_an_action_on_an_event_named_by_its_kind_across_a_line_break() -> None:
    text = "after the brutal\nbreakup of the porters' strike in Wareng. Then"
    assert "the brutal\nbreakup of the porters' strike in Wareng" in texts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SUBJECT: OSTREVIA: ARRESTS AHEAD OF HARBOUR STRIKE\n", "HARBOUR STRIKE"),
        ("SUBJECT: POLICE BRACE FOR APRIL ELECTIONS\n", "APRIL ELECTIONS"),
        ("the Dunmore lock-out of 1997, when", "the Dunmore lock-out of 1997"),
        ("the 1989 Tesvar events shaped him", "the 1989 Tesvar events"),
        ("les victimes de l'incendie du 4 juin dans le marché", "l'incendie du 4 juin"),
        ("heridos en el derrumbe\n> del 9 de mayo en la mina", "el derrumbe\n> del 9 de mayo"),
        ("dans le cadre de l'opération « Marché Propre » lancée", "opération « Marché Propre »"),
    ],
)
def test_events_in_capitals_quoted_operations_and_romance_incidents(
    text: str, expected: str
) -> None:
    assert expected in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "SUBJECT: STATE DEPARTMENT VIEWS\n",
        "the accident was reported late",
        "LIST OF PARTICIPANTS\n",
    ],
)
def test_capitals_and_incidents_without_a_name_or_date_are_no_event(text: str) -> None:
    assert texts(text) == []


def test_an_operation_named_after_its_abbreviation() -> None:
    text = 'stamped "SIN / Op. TORMENTA / 12" and later Op. Silver Birch was closed.'
    found = [text[s.start : s.end] for s in events.events(text)]
    assert found == ["Op. TORMENTA", "Op. Silver Birch"]


def test_op_cit_and_a_sentence_after_op_are_no_operation() -> None:
    text = "Smith, op. cit., p. 4. The author notes it (op. cit. 12)."
    assert list(events.events(text)) == []
