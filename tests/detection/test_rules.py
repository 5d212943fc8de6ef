"""The policy's rules on findings: allow lists, context boosts, thresholds, overlaps, linking."""

from __future__ import annotations

import pytest

from workstation.detection import linking, overlaps, rules
from workstation.detection.findings import DENY_RECOGNIZER, Finding
from workstation.policy.model import AllowList, ContextBoost, EntityRule, Policy


def policy(**changes: object) -> Policy:
    base: dict[str, object] = {
        "id": "t",
        "version": "1",
        "entities": {
            "PERSON": EntityRule(min_score=0.5, decision="review"),
            "LOCATION": EntityRule(min_score=0.5, decision="ignore"),
        },
    }
    return Policy.model_validate(base | changes)


def person(text: str, word: str, score: float = 0.85) -> Finding:
    start = text.index(word)
    return Finding(start, start + len(word), "PERSON", score, "spaCy")


def test_allow_list_drops_public_officials_but_never_deny_hits() -> None:
    text = "Hillary Clinton met Amira Haddad"
    allow = AllowList(name="officials", exact=["hillary  clinton"], patterns=[r"Amira \w+"])
    deny = Finding(20, 32, "SOURCE", 1.0, DENY_RECOGNIZER)
    kept = rules.PolicyRules(policy(allow_lists=[allow])).drop_allowed(
        [person(text, "Hillary Clinton"), deny], text
    )
    assert kept == [deny]


def test_names_near_protect_are_raised_and_pre_accepted() -> None:
    text = "Contact Amira Haddad (STRICTLY PROTECT). " + "filler " * 30 + "Later Jon Brandt spoke."
    boost = ContextBoost(name="protect", words=["STRICTLY PROTECT", "PROTECT"], window=5)
    near, far = person(text, "Amira Haddad", 0.4), person(text, "Jon Brandt", 0.4)
    boosted = rules.PolicyRules(policy(context_boosts=[boost])).apply_boosts([near, far], text)
    assert boosted[0].decision == "redact" and boosted[0].score == 0.4 + 0.35
    assert boosted[0].context_words == ("STRICTLY PROTECT",)
    assert boosted[1] == far


def test_thresholds_and_ignored_entities() -> None:
    text = "Amira in Corvenna"
    low = person(text, "Amira", 0.3)
    place = Finding(9, 17, "LOCATION", 0.9, "spaCy")
    unknown = Finding(0, 5, "NRP", 0.9, "spaCy")
    kept = rules.PolicyRules(policy()).apply_thresholds(
        [low, place, unknown, person(text, "Amira", 0.6)]
    )
    assert [(f.score, f.decision) for f in kept] == [(0.6, "review")]


def test_overlaps_deny_wins_then_longer_span() -> None:
    full = Finding(0, 12, "PERSON", 0.7, "spaCy")
    surname = Finding(6, 12, "PERSON", 0.9, "spaCy")
    place = Finding(6, 12, "LOCATION", 0.95, "spaCy")
    assert [(f.start, f.end) for f in overlaps.resolve([surname, full, place])] == [(0, 12)]
    deny = Finding(6, 12, "SOURCE", 1.0, DENY_RECOGNIZER)
    (winner,) = overlaps.resolve([full, deny])
    assert winner.from_deny_list and any("absorbed PERSON" in n for n in winner.notes)


def test_every_mention_is_linked_surname_in_capitals_only_after_the_full_name() -> None:
    text = "HADDAD arrived. Amira Haddad spoke. Later Haddad left; AMIRA HADDAD no."
    proposals = linking.link([Finding(16, 28, "PERSON", 0.9, "spaCy", decision="review")], text)
    spans = [text[p.start : p.end] for p in proposals]
    assert spans == ["Amira Haddad", "Haddad", "AMIRA HADDAD"]
    assert len({p.group for p in proposals}) == 1
    assert "another mention" in str(proposals[1].reason["notes"])


def test_partly_overlapping_spans_are_merged_led_by_the_higher_ranked() -> None:
    text = "   1. AL-HARBI, Omar         law"
    model = Finding(text.index("AL-HARBI"), text.index(","), "ORGANIZATION", 0.85, "spaCy")
    by_layout = Finding(text.index("HARBI"), text.index("Omar") + 4, "PERSON", 0.86, "layout")
    (merged,) = overlaps.resolve([model, by_layout], text)
    assert text[merged.start : merged.end] == "AL-HARBI, Omar"
    assert merged.entity == "PERSON" and "merged with ORGANIZATION from spaCy" in merged.notes


def test_a_deny_list_hit_inside_a_longer_name_keeps_the_rest() -> None:
    text = "Fares Haddad's cousin"
    name = Finding(0, 12, "PERSON", 0.85, "spaCy")
    deny = Finding(6, 12, "SOURCE", 1.0, DENY_RECOGNIZER)
    kept = overlaps.resolve([name, deny], text)
    assert [(text[f.start : f.end], f.entity) for f in kept] == [
        ("Fares", "PERSON"),
        ("Haddad", "SOURCE"),
    ]


def test_an_identifier_found_by_its_shape_names_its_characters() -> None:
    """A phone number is never DATE_TIME: the model's date gives way to the pattern's
    phone, equal span or longer, and keeps only what lies outside it."""
    text = "Call 555 0134 on Friday 555-0188"
    date = Finding(5, 13, "DATE_TIME", 0.85, "spaCy")
    phone = Finding(5, 13, "PHONE_NUMBER", 0.6, "pattern")
    (winner,) = overlaps.resolve([date, phone], text)
    assert winner.entity == "PHONE_NUMBER"
    longer_date = Finding(17, 32, "DATE_TIME", 0.85, "spaCy")  # "Friday 555-0188"
    second = Finding(24, 32, "PHONE_NUMBER", 0.6, "pattern")
    kept = overlaps.resolve([longer_date, second], text)
    assert [(text[f.start : f.end], f.entity) for f in kept] == [
        ("Friday", "DATE_TIME"),
        ("555-0188", "PHONE_NUMBER"),
    ]


def test_spans_are_trimmed_of_white_space_before_they_compete() -> None:
    text = "Regards,\nNodar Chkheidze\n"
    model = Finding(9, 25, "ORGANIZATION", 0.85, "spaCy")  # takes in the line break
    by_layout = Finding(9, 24, "PERSON", 0.86, "signatures")
    (winner,) = overlaps.resolve([model, by_layout], text)
    assert winner.entity == "PERSON" and (winner.start, winner.end) == (9, 24)


def test_given_names_initials_and_other_spellings_are_linked_after_the_full_name() -> None:
    text = "Daniel wrote. Teodor Marić came; Teodor, T. Marić, MARIC and Maric's note. daniel"
    full = Finding(14, 26, "PERSON", 0.9, "spaCy", decision="review")
    proposals = linking.link([full], text)
    assert [text[p.start : p.end] for p in proposals] == [
        "Teodor Marić",
        "Teodor",
        "T. Marić",
        "MARIC",
        "Maric",
    ]
    assert len({p.group for p in proposals}) == 1


def test_a_name_written_in_lower_case_is_linked_in_lower_case() -> None:
    text = "- camila ortega   (04) 555-0109\n\ncamila thinks so; Camila agrees."
    proposals = linking.link([Finding(2, 15, "PERSON", 0.5, "layout")], text)
    assert [text[p.start : p.end] for p in proposals] == ["camila ortega", "camila", "Camila"]


def test_other_entities_are_linked_at_every_occurrence() -> None:
    text = "Manglar Vivo met. Later (Manglar Vivo) and MANGLAR VIVO; printer PRN-3F, PRN-3F."
    org = Finding(0, 12, "ORGANIZATION", 0.85, "spaCy")
    device = Finding(text.index("PRN-3F"), text.index("PRN-3F") + 6, "DEVICE_ID", 0.7, "p")
    spans = [(text[p.start : p.end], p.entity) for p in linking.link([org, device], text)]
    assert spans == [
        ("Manglar Vivo", "ORGANIZATION"),
        ("Manglar Vivo", "ORGANIZATION"),
        ("MANGLAR VIVO", "ORGANIZATION"),
        ("PRN-3F", "DEVICE_ID"),
        ("PRN-3F", "DEVICE_ID"),
    ]


def test_an_acronym_is_not_linked_to_the_same_letters_in_lower_case() -> None:
    text = "The BSS asked; bss.example.org is not it, but BSS is."
    org = Finding(4, 7, "ORGANIZATION", 0.85, "spaCy")
    assert [text[p.start : p.end] for p in linking.link([org], text)] == ["BSS", "BSS"]


def test_account_names_made_from_a_persons_name() -> None:
    text = "From: Teodor Marić\nLogins: tmaric and teodor.maric; Tmaric is not one; maric_t."
    person = Finding(6, 18, "PERSON", 0.9, "header-names")
    linked = linking.link([person], text, usernames=True)
    accounts = [text[p.start : p.end] for p in linked if p.entity == "USERNAME"]
    assert accounts == ["tmaric", "teodor.maric"]
    assert linking.link([person], text, usernames=False)[1:] == []


def test_the_people_of_a_place_found() -> None:
    text = "Valdoria was calm. A Valdorian SIM; the Valdorians left; valdorian tea."
    place = Finding(0, 8, "LOCATION", 0.85, "spaCy")
    linked = [(text[p.start : p.end], p.entity) for p in linking.link([place], text)]
    assert linked == [("Valdoria", "LOCATION"), ("Valdorian", "NRP"), ("Valdorians", "NRP")]


def test_an_allow_list_can_be_limited_to_some_entities() -> None:
    text = "4471 and 4471"
    date = Finding(0, 4, "DATE_TIME", 0.85, "spaCy")
    number = Finding(9, 13, "CONTROL_NUMBER", 0.6, "pattern")
    scoped = policy(allow_lists=[AllowList(name="n", patterns=[r"\d+"], entities=["DATE_TIME"])])
    assert rules.PolicyRules(scoped).drop_allowed([date, number], text) == [number]
    everywhere = policy(allow_lists=[AllowList(name="n", patterns=[r"\d+"])])
    assert rules.PolicyRules(everywhere).drop_allowed([date, number], text) == []


def test_a_persons_span_leaves_the_titles_before_the_name_out() -> None:
    text = "Madame Adjoa Kpelly et Maître Ibrahim Sow; Monsieur"
    found = [
        person(text, "Madame Adjoa Kpelly"),
        person(text, "Maître Ibrahim Sow"),
        person(text, "Monsieur"),  # only a title: left as it is
    ]
    kept = overlaps.resolve(found, text)
    assert [text[f.start : f.end] for f in kept] == ["Adjoa Kpelly", "Ibrahim Sow", "Monsieur"]


def test_a_persons_span_stops_before_the_next_lines_field_label() -> None:
    """The model runs "Piet Smit" on into "Subject:"; the label is no part of the name
    (its surname-alone form would otherwise be the word "Subject"). A name broken over
    two lines in running text stays whole."""
    text = "From: Piet Smit\nSubject: plans\nwe met Julián\nBastidas, he came"
    found = [person(text, "Piet Smit\nSubject"), person(text, "Julián\nBastidas")]
    kept = overlaps.resolve(found, text)
    assert [text[f.start : f.end] for f in kept] == ["Piet Smit", "Julián\nBastidas"]


def test_the_middle_words_of_a_long_name_are_linked_as_surnames() -> None:
    """A Spanish or Latin American second surname is often used alone."""
    text = "The clerk Efraín Mamani Quispe signed. Later Mamani and Quispe left; Thi stayed."
    full = Finding(text.index("Efraín"), text.index(" signed"), "PERSON", 0.85, "spaCy")
    spans = [text[p.start : p.end] for p in linking.link([full], text)]
    assert spans == ["Efraín Mamani Quispe", "Mamani", "Quispe"]


def test_our_finders_overrule_the_models_label_of_the_same_span() -> None:
    text = "He met Wilmer Yupanqui Ccahua and Oduya Holdings Ltd."
    name = (text.index("Wilmer"), text.index(" and"))
    firm = (text.index("Oduya"), text.index("."))
    model_org = Finding(*name, "ORGANIZATION", 0.85, "spaCy NER (en)")
    given_name = Finding(*name, "PERSON", 0.6, "known-given-names")
    model_person = Finding(*firm, "PERSON", 0.85, "spaCy NER (en)")
    legal_form = Finding(*firm, "ORGANIZATION", 0.55, "institutions-and-places")
    kept = overlaps.resolve([model_org, given_name, model_person, legal_form], text)
    assert [(text[f.start : f.end], f.entity) for f in kept] == [
        ("Wilmer Yupanqui Ccahua", "PERSON"),
        ("Oduya Holdings Ltd", "ORGANIZATION"),
    ]
    # a longer model span still absorbs a shorter finding, and other recognizers compete
    # by the usual rules
    other = Finding(*name, "ORGANIZATION", 0.85, "organisation-by-keyword")
    (winner,) = overlaps.resolve([other, given_name], text)
    assert winner.entity == "ORGANIZATION"


def test_a_persons_span_leaves_a_possessive_out() -> None:
    text = "Ms Adunni Balogun's lawyer"
    (kept,) = overlaps.resolve([Finding(3, 19, "PERSON", 0.85, "spaCy")], text)
    assert text[kept.start : kept.end] == "Adunni Balogun"


def _linked(text: str, name: str) -> list[str]:
    start = text.index(name)
    found = Finding(start, start + len(name), "PERSON", 0.9, "spaCy", decision="review")
    return [text[p.start : p.end] for p in linking.link([found], text)]


def test_a_given_name_in_lower_case_is_still_the_name() -> None:
    text = "Gonzalo Ibarra called. Tell gonzalo the car is ready."
    assert _linked(text, "Gonzalo Ibarra") == ["Gonzalo Ibarra", "gonzalo"]


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Quintero came with a rosa bouquet.",  # a common word that is also a name
        "THE NIGHT SHIFT ended; the night was long.",  # a name's spelling in capitals only
        "Oscar Ramos: oscar nights, oscar parties, oscar dresses.",  # a word used often
    ],
)
def test_a_lower_case_word_is_not_a_name_that_is_also_a_word(text: str) -> None:
    name = text.split(" ", maxsplit=1)[0] + " " + text.split(" ")[1].rstrip(":")
    assert _linked(text, name) == [name]


def test_a_surname_before_the_full_name_is_a_mention_too() -> None:
    text = "Dear Bekele, thank you. Signed for the family: Tesfaye Bekele"
    assert _linked(text, "Tesfaye Bekele") == ["Bekele", "Tesfaye Bekele"]


def test_an_article_opening_a_name_is_not_searched_for_as_a_given_name() -> None:
    text = "The Morning Lantern\nThe paper said. The editor left."
    proposals = linking.link([person(text, "The Morning Lantern")], text)
    assert [text[p.start : p.end] for p in proposals] == ["The Morning Lantern"]


def test_an_east_asian_family_name_written_first_is_linked_alone() -> None:
    text = "We met Choi Min-seo on Monday. Later Choi said no. CHEN Lihua agreed; Chen left."
    findings = [person(text, "Choi Min-seo"), person(text, "CHEN Lihua")]
    found = [text[p.start : p.end] for p in linking.link(findings, text)]
    assert found == ["Choi Min-seo", "Choi", "CHEN Lihua", "Chen"]


def test_a_name_is_family_name_first_only_in_the_east_asian_way() -> None:
    assert linking._surname_first(["park", "sung-ho"], "Park Sung-ho")
    assert linking._surname_first(["wang", "xiu"], "WANG Xiu")
    assert not linking._surname_first(["song", "wright"], "Song Wright")
    assert not linking._surname_first(["martin", "sung-ho"], "Martin Sung-ho")


def test_a_surname_mention_takes_the_initials_written_after_it() -> None:
    text = "SULTANOVA Dilfuza Karimovna, teacher. Observation of Sultanova D. K. continues."
    found = [text[p.start : p.end] for p in linking.link([person(text, "SULTANOVA Dilfuza")], text)]
    assert found == ["SULTANOVA Dilfuza", "Sultanova D. K."]
