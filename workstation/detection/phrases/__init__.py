"""Phrase recognizers: what identifies a person without naming them, read from the words.

The second edition of the labelling rules (issue 16) counts as identifying much that
the model has no label for: reference numbers, amounts, counts, durations, ages,
professions, health, family and social status, nationality and belief, events. Each
module here finds one family of them as whole expressions ("Senegalese national", not
"Senegalese" with "national" left readable), and the names that cue words announce.
Like the layout recognizers they are plain Python, wrapped by the engine as presidio
recognizers only for policies that ask for their entities.
"""

from __future__ import annotations

from workstation.detection.layout import LayoutFinder
from workstation.detection.phrases import (
    addresses,
    amounts,
    attributes,
    bare_amounts,
    bodies,
    cued_names,
    dates_abroad,
    events,
    given_names,
    institutions,
    loose_numbers,
    nationalities,
    occupations,
    places,
    proper_nouns,
    references,
    romance_bodies,
)

__all__ = ["ENTITIES", "FINDERS"]

FINDERS: tuple[LayoutFinder, ...] = (
    LayoutFinder("reference-numbers", frozenset({references.ENTITY}), references.reference_numbers),
    LayoutFinder(
        "amounts-and-counts",
        frozenset({"MONEY", "PERCENT", "QUANTITY", "DURATION", "AGE"}),
        amounts.amounts,
    ),
    LayoutFinder("amounts-in-a-known-currency", frozenset({"MONEY"}), bare_amounts.bare_amounts),
    LayoutFinder(
        "numbers-standing-alone", frozenset({"QUANTITY", "AGE"}), loose_numbers.loose_numbers
    ),
    LayoutFinder("street-addresses", frozenset({addresses.ENTITY}), addresses.addresses),
    LayoutFinder("professions", frozenset({occupations.ENTITY}), occupations.occupations),
    LayoutFinder(
        "professions-in-subject-lines",
        frozenset({occupations.ENTITY}),
        occupations.subject_line_posts,
    ),
    LayoutFinder("health", frozenset({"HEALTH"}), attributes.health),
    LayoutFinder("social-status", frozenset({"SOCIAL_STATUS"}), attributes.social_status),
    LayoutFinder("nationality-and-belief", frozenset({nationalities.ENTITY}), nationalities.nrp),
    LayoutFinder(
        "dates-in-other-languages", frozenset({dates_abroad.ENTITY}), dates_abroad.dates_abroad
    ),
    LayoutFinder("named-events", frozenset({events.ENTITY}), events.events),
    LayoutFinder(
        "institutions-and-places",
        frozenset({"ORGANIZATION", "LOCATION"}),
        institutions.institutions,
    ),
    LayoutFinder("places-whole", frozenset({places.ENTITY}), places.places),
    LayoutFinder("organisations-whole", frozenset({bodies.ENTITY}), bodies.bodies),
    LayoutFinder(
        "romance-bodies", frozenset({romance_bodies.ENTITY}), romance_bodies.romance_bodies
    ),
    LayoutFinder("cued-names", frozenset({"PERSON"}), cued_names.cued_names),
    LayoutFinder("known-given-names", frozenset({"PERSON"}), given_names.given_names),
    LayoutFinder(
        "unrecognised-names", frozenset({"ORGANIZATION", "LOCATION"}), proper_nouns.proper_nouns
    ),
)
ENTITIES = frozenset().union(*(finder.entities for finder in FINDERS))
