"""Shortcuts around python-phonenumbers' matcher that change none of its results.

presidio's phone recognizer parses every digit run of a text in every region it
covers; most runs are days, years and reference numbers too short to be a valid
number anywhere. These bounds, taken from phonenumbers' own metadata, let the
phone recognizer (:class:`recognizers.FastPhoneRecognizer`) skip what could
never parse: runs too short for a region, lines whose candidates are all too short,
and regions that parse exactly as an earlier one does.

Imported only by :mod:`recognizers`, lazily, with presidio.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import phonenumbers
from phonenumbers import Leniency, PhoneMetadata, PhoneNumberMatch, PhoneNumberMatcher
from phonenumbers.phonenumbermatcher import _PATTERN as CANDIDATE
from phonenumbers.phonenumberutil import _SECOND_NUMBER_START_PATTERN as SECOND_NUMBER_START


def _national_lengths(region: str) -> tuple[int, int]:
    """(country code, fewest digits of a national number) for a region."""
    metadata = PhoneMetadata.metadata_for_region(region)
    assert metadata is not None and metadata.general_desc is not None
    lengths = [n for n in metadata.general_desc.possible_length or () if n > 0]
    return int(metadata.country_code or 0), min(lengths)


def _shortest_international() -> int:
    """Fewest digits of any valid number written with its country code."""
    shortest = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        country_code, national = _national_lengths(region)
        shortest.append(len(str(country_code)) + national)
    return min(shortest)


SHORTEST_INTERNATIONAL = _shortest_international()


def shortest_number(region: str) -> int:
    """Fewest digits a number valid in ``region`` can be written with.

    A written number holds all digits of its national number (a national prefix
    or a country code only adds some), so a shorter digit run cannot be one.
    """
    return min(_national_lengths(region)[1], SHORTEST_INTERNATIONAL)


class ShortRunsSkippedMatcher(PhoneNumberMatcher):
    """phonenumbers' matcher, not parsing candidates with too few digits to be valid.

    Most digit runs in documents are days, years and reference numbers of one to
    five digits; parsing each of them in every region was most of presidio's time.
    """

    def __init__(
        self, text: str, region: str, leniency: int | None, verdicts: dict[tuple[Any, ...], Any]
    ) -> None:
        super().__init__(text, region, leniency=Leniency.VALID if leniency is None else leniency)
        self.shortest = shortest_number(region)
        self.verdicts = verdicts

    def _extract_match(self, candidate: str, offset: int) -> Any:
        if self._too_short(candidate):  # so is every number inside it
            return None
        return super()._extract_match(candidate, offset)

    def _too_short(self, candidate: str) -> bool:
        return sum(character.isdigit() for character in candidate) < self.shortest

    def _parse_and_verify(self, candidate: str, offset: int) -> Any:
        if self._too_short(candidate):
            return None
        # The verdict depends only on the candidate, the region and its two neighbours.
        end = offset + len(candidate)
        key = (
            self.preferred_region,
            self.leniency,
            candidate,
            self.text[offset - 1 : offset],
            self.text[end : end + 1],
        )
        if key not in self.verdicts:
            match = super()._parse_and_verify(candidate, offset)
            self.verdicts[key] = None if match is None else match.number
        number = self.verdicts[key]
        return None if number is None else PhoneNumberMatch(offset, candidate, number)


def most_candidate_digits(line: str) -> int:
    """The most digits in any candidate phonenumbers' matcher meets in ``line``.

    The matcher's candidates do not depend on the region: it searches the same
    pattern and trims each candidate where a second number starts, moving past the
    candidate while it finds no number. So while no candidate has enough digits to
    be parsed, no region can find a number in the line.
    """
    most, index = 0, 0
    while (found := CANDIDATE.search(line, index)) is not None:
        candidate = line[found.start() : found.end()]
        second = SECOND_NUMBER_START.search(candidate)
        if second is not None:
            candidate = candidate[: second.start()]
        most = max(most, sum(character.isdigit() for character in candidate))
        index = found.start() + len(candidate)
    return most


def _parsing_rules(region: str) -> tuple[Any, ...]:
    metadata = PhoneMetadata.metadata_for_region(region)
    assert metadata is not None
    return (
        metadata.country_code,
        metadata.international_prefix,
        metadata.national_prefix,
        metadata.national_prefix_for_parsing,
        metadata.national_prefix_transform_rule,
    )


def distinct_parsing(regions: Iterable[str]) -> list[str]:
    """The regions, without those that parse numbers exactly as an earlier one does.

    Canada and the United States share country code, prefixes and rules: a number
    parsed with either as default is the same number, and its validity does not
    depend on the default region, so the second pass could only find duplicates.
    """
    seen: set[tuple[Any, ...]] = set()
    kept = []
    for region in regions:
        rules = _parsing_rules(region)
        if rules not in seen:
            seen.add(rules)
            kept.append(region)
    return kept
