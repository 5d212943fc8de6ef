"""presidio recognizers and context enhancer shaped by the policy and for speed.

Imported only by :mod:`engine`, lazily, with presidio itself. Each class keeps
presidio's behaviour and its explanations and changes one thing:

- policy patterns report only their ``value`` group;
- layout recognizers (:mod:`layout`) explain themselves like any other recognizer;
- the costliest of presidio's own recognizers run only on lines a cheap gate lets
  through (:mod:`gating`), and the phone matcher does not parse digit runs too short
  to be a valid number in its region (:mod:`phone_shortcuts`);
- context words are looked for only around results whose recognizer has any.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Callable
from typing import Any

import phonenumbers
from phonenumbers.phonenumberutil import NumberParseException
from presidio_analyzer import (
    AnalysisExplanation,
    AnalyzerEngine,
    EntityRecognizer,
    LocalRecognizer,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import PhoneRecognizer, UrlRecognizer

from workstation.detection import gating, layout
from workstation.detection.phone_shortcuts import (
    ShortRunsSkippedMatcher,
    distinct_parsing,
    most_candidate_digits,
    shortest_number,
)

IDENTIFIER = RecognizerResult.RECOGNIZER_IDENTIFIER_KEY
NAME = RecognizerResult.RECOGNIZER_NAME_KEY


class GroupingAnalyzerEngine(AnalyzerEngine):
    """presidio's analyzer, handing each recognizer its own results without a rescan.

    presidio's context step filters the whole result list twice per recognizer (a
    cost of recognizers times results) to call a hook that almost no recognizer
    overrides; this groups the results once and calls the hook only where it is
    overridden, in the same order, then runs the same context enhancer.
    """

    def _enhance_using_context(
        self,
        text: str,
        raw_results: list[Any],
        nlp_artifacts: Any,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[Any]:
        own: dict[str, list[Any]] = {}
        for result in raw_results:
            own.setdefault(result.recognition_metadata[IDENTIFIER], []).append(result)
        results: list[Any] = []
        for recognizer in recognizers:
            mine = own.get(recognizer.id, [])
            if type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context:
                others = [
                    r for r in raw_results if r.recognition_metadata[IDENTIFIER] != recognizer.id
                ]
                mine = recognizer.enhance_using_context(
                    text=text,
                    raw_recognizer_results=mine,
                    other_raw_recognizer_results=others,
                    nlp_artifacts=nlp_artifacts,
                    context=context,
                )
            results.extend(mine)
        enhanced: list[Any] = self.context_aware_enhancer.enhance_using_context(
            text=text,
            raw_results=results,
            nlp_artifacts=nlp_artifacts,
            recognizers=recognizers,
            context=context,
        )
        return enhanced


class OrderedRegistry(RecognizerRegistry):
    """presidio's registry, handing out recognizers in a fixed order (by name).

    presidio collects them in a set of objects, whose order follows memory
    addresses; it then keeps the first of two equal results. Without a fixed order
    the same text could be explained by different recognizers in two processes.
    """

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        found: list[EntityRecognizer] = super().get_recognizers(*args, **kwargs)
        return sorted(found, key=lambda r: (str(getattr(r, "name", "")), r.supported_entities))


class PolicyPatternRecognizer(PatternRecognizer):
    """A policy pattern, reporting only the group named ``value`` if it has one.

    A policy pattern such as ``login:\\s*(?P<value>\\w+)`` needs the word "login" to
    find the account name, but only the name is to be redacted.

    Policy patterns are checked with Python's ``re`` when the policy is loaded, so they
    are run with it too, compiled once: presidio runs patterns through the ``regex``
    package, recompiling per call, which for these patterns was up to four times
    slower. Results, scores and explanations are presidio's own.
    """

    name: str
    patterns: list[Any]
    global_regex_flags: int | None

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: Any = None,
        regex_flags: int | None = None,
    ) -> list[Any]:
        flags = regex_flags or self.global_regex_flags or 0
        results: list[Any] = []
        values: dict[tuple[int, int], tuple[int, int]] = {}
        for pattern in self.patterns:
            compiled = _compiled(pattern.regex, flags)
            narrow = "value" in compiled.groupindex
            for match in compiled.finditer(text):
                start, end = match.span()
                if start == end:
                    continue
                results.append(self._result(pattern, start, end, flags))
                if narrow and match.start("value") >= 0:
                    values.setdefault((start, end), match.span("value"))
        kept: list[Any] = EntityRecognizer.remove_duplicates(results)
        for result in kept:
            result.start, result.end = values.get(
                (result.start, result.end), (result.start, result.end)
            )
        return kept

    def _result(self, pattern: Any, start: int, end: int, flags: int) -> Any:
        no_validation: Any = None  # presidio's own value when a pattern has no validator
        explanation = self.build_regex_explanation(
            self.name, pattern.name, pattern.regex, pattern.score, no_validation, flags
        )
        return RecognizerResult(
            entity_type=self.supported_entities[0],
            start=start,
            end=end,
            score=pattern.score,
            analysis_explanation=explanation,
            recognition_metadata={NAME: self.name, IDENTIFIER: self.id},
        )


@functools.cache
def _compiled(regex: str, flags: int) -> re.Pattern[str]:
    return re.compile(regex, flags)


# A run of this many characters without white space holds no name, body, place or
# phrase a reader would say: it is a blob, a link or a hostile row. Some phrase patterns
# try a word from every capital and read it to the run's end, so on "A'A'A'..." their
# time grows with the square of the run (20,000 characters took minutes).
LONG_RUN_CHARS = 256
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS + 1},}}")


@functools.lru_cache(maxsize=2)
def without_long_runs(text: str) -> str:
    """The text with every run of more than :data:`LONG_RUN_CHARS` characters without
    white space blanked to spaces (offsets kept), for the phrase finders; the layout
    finders, presidio's recognizers, the policy's patterns and the model read it whole."""
    return _LONG_RUN.sub(lambda run: " " * len(run.group()), text)


class LayoutRecognizer(LocalRecognizer):
    """A presidio recognizer around one of :mod:`layout`'s or :mod:`phrases`' finders."""

    name: str

    def __init__(
        self, finder: layout.LayoutFinder, entities: list[str], *, phrase: bool = False
    ) -> None:
        self.finder = finder
        self.phrase = phrase
        super().__init__(supported_entities=entities, name=finder.name)

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        results = []
        for span in self.finder.find(without_long_runs(text) if self.phrase else text):
            if span.entity not in entities or span.entity not in self.supported_entities:
                continue
            explanation = AnalysisExplanation(
                recognizer=self.name,
                original_score=span.score,
                pattern_name=span.reason,
                textual_explanation=span.reason,
            )
            results.append(
                RecognizerResult(
                    entity_type=span.entity,
                    start=span.start,
                    end=span.end,
                    score=span.score,
                    analysis_explanation=explanation,
                    recognition_metadata={NAME: self.name, IDENTIFIER: self.id},
                )
            )
        return results


class FastPhoneRecognizer(PhoneRecognizer):
    """presidio's phone recognizer (same regions, leniency, score and explanation).

    One difference in the explanation: for a number without a country code, presidio
    names the region of the previous number it parsed (its loop variable is
    overwritten); this names the region the number was found in.

    It runs the matcher only on lines with four digits or more, in a region only if
    the line holds a candidate with enough digits for that region (most lines hold
    only dates and years, too short for six of the seven regions), and remembers, for
    the text in hand, each candidate's verdict: a document repeats its dates and
    numbers. When the policy keeps its results only if a context word raises them
    (``context_window`` set), it skips the lines no context word can reach
    (:func:`context_reach`): the results there would all be dropped.
    """

    context_window: tuple[int, int] | None = None  # presidio's (words before, after) + 1

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        results = []
        verdicts: dict[tuple[Any, ...], Any] = {}
        regions = [(r, shortest_number(r)) for r in distinct_parsing(self.supported_regions)]
        reach = _reach(self, text, nlp_artifacts)
        for start, end in gating.gated_lines(text, gating.PHONE.pattern):
            if not _within(reach, start, end):
                continue
            line = text[start:end]
            most = most_candidate_digits(line)
            for region, shortest in regions:
                if most < shortest:  # the matcher would parse nothing here
                    continue
                for match in ShortRunsSkippedMatcher(line, region, self.leniency, verdicts):
                    try:
                        parsed = phonenumbers.parse(line[match.start : match.end])
                        found_in = phonenumbers.region_code_for_number(parsed)
                    except NumberParseException:
                        found_in = region
                    result = self._get_recognizer_result(  # type: ignore[no-untyped-call]
                        match, line, found_in, nlp_artifacts
                    )
                    result.start += start
                    result.end += start
                    results.append(result)
        deduplicated: list[Any] = EntityRecognizer.remove_duplicates(results)
        return deduplicated


def context_reach(
    artifacts: Any, words: list[str], window: tuple[int, int], length: int
) -> list[tuple[int, int]]:
    """(start, end) spans where a result can start and still get a context word.

    From a result's first token, presidio's context enhancer walks back collecting the
    nearest ``window[0]`` tokens whose lemma is a keyword, and forward collecting the
    nearest ``window[1]`` (both walks count the result's own token), then looks for a
    context word inside any of them, case-insensitively. A keyword holding a context
    word is thus collected for results starting after the keyword ``window[1]`` before
    it and before the keyword ``window[0]`` after it; a result starting anywhere else
    keeps its score.
    """
    tokens, starts = artifacts.tokens, artifacts.tokens_indices
    chosen = keyword_tokens(artifacts)
    distinct = {keyword for _, keyword in chosen}
    within = _any_of(tuple(word.lower() for word in words))
    holding = {k for k in distinct if within(k.lower())}  # as presidio: a word inside the lemma
    backward, forward = window
    reach = []
    for position, (_, keyword) in enumerate(chosen):
        if keyword in holding:
            earlier, later = position - forward, position + backward
            before = chosen[earlier][0] if earlier >= 0 else None
            first = 0 if before is None else starts[before] + len(tokens[before])
            reach.append((first, starts[chosen[later][0]] if later < len(chosen) else length))
    return reach


@functools.cache
def _any_of(lowered: tuple[str, ...]) -> Callable[[str], bool]:
    """Whether a string holds any of the words: one search of their alternation, not a
    containment test per word (thousands of lemmas a text, tens of words)."""
    if not lowered:
        return lambda _: False
    search = re.compile("|".join(map(re.escape, lowered))).search
    return lambda keyword: search(keyword) is not None


def keyword_tokens(artifacts: Any) -> list[tuple[int, str]]:
    """(index, lower-cased lemma) of the tokens presidio's context step collects.

    Several recognizers ask for the same text's; ours are computed once per text.
    """
    if isinstance(artifacts, WordArtifacts):
        return artifacts.keyword_tokens
    return _keyword_tokens(artifacts)


def _keyword_tokens(artifacts: Any) -> list[tuple[int, str]]:
    keywords = artifacts.keywords
    lowered = (lemma.lower() for lemma in artifacts.lemmas or ())
    return [(i, lemma) for i, lemma in enumerate(lowered) if lemma in keywords]


def _reach(recognizer: Any, text: str, nlp_artifacts: Any) -> list[tuple[int, int]] | None:
    """Where the recognizer's results can be raised by context; None: anywhere it matters."""
    if recognizer.context_window is None or nlp_artifacts is None:
        return None
    return context_reach(nlp_artifacts, recognizer.context, recognizer.context_window, len(text))


def _within(reach: list[tuple[int, int]] | None, start: int, end: int) -> bool:
    return reach is None or any(a < end and start < b for a, b in reach)


class LineGatedRecognizer(LocalRecognizer):
    """One of presidio's recognizers, run only on the lines (or words) its gate lets through.

    Like the phone recognizer, it skips those no context word can reach when the
    policy keeps its results only if context raises them (``context_window`` set).
    """

    context_window: tuple[int, int] | None = None

    def __init__(self, inner: Any, gate: gating.Gate) -> None:
        self.inner, self.gate = inner, gate
        super().__init__(
            supported_entities=list(inner.supported_entities),
            name=inner.name,
            supported_language=inner.supported_language,
            context=list(inner.context or []),
        )

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[Any]:
        results = []
        reach = _reach(self, text, nlp_artifacts)
        for start, end in self.gate.windows(text):
            if not _within(reach, start, end):
                continue
            for result in self.inner.analyze(text[start:end], entities, None):
                result.start += start
                result.end += start
                # Context words are looked up by the id of a registered recognizer.
                result.recognition_metadata[IDENTIFIER] = self.id
                results.append(result)
        return results


def reachable(
    recognizer: EntityRecognizer, min_score: float, boost: float, enhancer: Any
) -> EntityRecognizer | None:
    """The recognizer without the patterns whose results could never be proposed.

    A pattern's result can only rise by presidio's context step (if the recognizer
    has context words) and by the policy's context boosts; when even then it stays
    below the policy's minimum for its entity, it is dropped at the threshold, and
    dropping it earlier changes nothing else: presidio only lets a result remove
    others of the same entity with a lower score. Recognizers that validate their
    matches (a checksum can raise a score to 1) or score context themselves are kept
    whole. None when no pattern is left.
    """
    if pattern_scores(recognizer) is None:
        return recognizer
    context = 0.0
    floor = 0.0
    if recognizer.context:
        context = float(enhancer.context_similarity_factor)
        floor = float(enhancer.min_score_with_context_similarity)
    untyped: Any = recognizer  # presidio leaves ``patterns`` untyped
    kept = [
        p for p in untyped.patterns if min(1.0, max(p.score + context, floor) + boost) >= min_score
    ]
    if not kept:
        return None
    untyped.patterns = kept
    return recognizer


def pattern_scores(recognizer: Any) -> list[float] | None:
    """A pattern recognizer's scores, which only context can raise; None for any other
    recognizer, or one that validates its matches (a checksum can raise a score to 1)
    or scores context itself."""
    if (
        not isinstance(recognizer, PatternRecognizer)
        or type(recognizer).validate_result is not PatternRecognizer.validate_result
        or type(recognizer).enhance_using_context is not EntityRecognizer.enhance_using_context
    ):
        return None
    untyped: Any = recognizer  # presidio leaves ``patterns`` untyped
    return [float(pattern.score) for pattern in untyped.patterns]


def line_scores(recognizer: Any) -> list[float]:
    """The scores a line-by-line recognizer gives before context; [] if they may rise
    otherwise or it is not one."""
    if isinstance(recognizer, FastPhoneRecognizer):
        return [float(recognizer.SCORE)]
    if not isinstance(recognizer, LineGatedRecognizer):
        return []
    return pattern_scores(recognizer.inner) or []


def fast_equivalent(recognizer: EntityRecognizer) -> EntityRecognizer:
    """The recognizer, or its faster equivalent with the same results."""
    faster: EntityRecognizer = recognizer
    name = str(getattr(recognizer, "name", ""))  # presidio leaves it untyped
    if isinstance(recognizer, PhoneRecognizer):
        faster = FastPhoneRecognizer(  # same settings, without parsing short runs
            context=recognizer.context,
            supported_language=recognizer.supported_language,
            supported_entity=recognizer.supported_entities[0],
            supported_regions=recognizer.supported_regions,
            leniency=recognizer.leniency,
            name=name,
        )
        return faster
    gate = gating.GATE_FOR.get(name)
    domains = _top_level_domains()
    if gate and domains and isinstance(recognizer, UrlRecognizer) and _presidios_urls(recognizer):
        gate = dataclasses.replace(gate, confirm=domains)
    return LineGatedRecognizer(faster, gate) if gate else faster


def _presidios_urls(recognizer: Any) -> bool:
    return all(UrlRecognizer.BASE_URL_REGEX in pattern.regex for pattern in recognizer.patterns)


@functools.cache
def _top_level_domains() -> re.Pattern[str] | None:
    """A dot and one of the top-level domains of presidio's URL pattern, which every URL
    it finds holds. Searching the words for it first spares the pattern's slowest
    case: a word of digits and dots, retried at every start against a thousand domains.
    None if the pattern no longer has the shape this reads."""
    base = UrlRecognizer.BASE_URL_REGEX
    head, tail = "{1,253}[.]", "(?:/"
    if head not in base or tail not in base:
        return None
    return re.compile(r"\." + base[base.index(head) + len(head) : base.rindex(tail)], re.IGNORECASE)


class PrunedContextEnhancer(LemmaContextAwareEnhancer):
    """presidio's context enhancer, given only the results it can change.

    It deep-copies every result and searches the token list from the start for each
    one; most results come from recognizers without context words (the model's
    names, places and organisations), so those pass through untouched, and the
    token holding a result is found by bisection. The copy guards results the caller
    keeps; the analyzer never reads its raw results again, so they are handed over
    to be changed in place.
    """

    def enhance_using_context(
        self,
        text: str,
        raw_results: list[Any],
        nlp_artifacts: Any,
        recognizers: list[Any],
        context: list[str] | None = None,
    ) -> list[Any]:
        with_context = {r.id for r in recognizers if r.context}
        changeable: list[Any] = _HandedOver()
        kept: list[Any] = []
        for result in raw_results:
            metadata = result.recognition_metadata or {}
            (changeable if metadata.get(IDENTIFIER) in with_context else kept).append(result)
        if not changeable:
            return kept
        enhanced: list[Any] = super().enhance_using_context(
            text, changeable, nlp_artifacts, recognizers, context
        )
        return kept + enhanced

    @staticmethod
    def _find_index_of_match_token(
        word: str, start: int, tokens: Any, tokens_indices: list[int]
    ) -> int:
        # The first token ending after ``start``, as presidio's linear search finds.
        index = bisect.bisect_right(tokens_indices, start) - 1
        if index < 0 or tokens_indices[index] + len(tokens[index]) <= start:
            index += 1
        if index >= len(tokens_indices):
            raise ValueError("a result lies outside the analysed text")
        return index


class _HandedOver(list[Any]):
    """Results nobody reads after the call: presidio's deep copy of them is themselves."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _HandedOver:
        return self


class WordArtifacts(NlpArtifacts):
    """presidio's NLP artifacts with lower-cased words where it expects lemmas.

    The lemmatiser is not run (see :mod:`engine`). The keywords the context enhancer
    looks words up in are a set, not a list: presidio tests membership for every
    word around every result, which on a list grows with the square of the text.
    """

    @functools.cached_property
    def keyword_tokens(self) -> list[tuple[int, str]]:
        return _keyword_tokens(self)

    @staticmethod
    def set_keywords(nlp_engine: Any, lemmas: list[str], language: str) -> Any:
        vocabulary = nlp_engine.get_nlp(language).vocab
        keywords: set[str] = set()
        for word in set(lemmas):
            lexeme = vocabulary[word]
            if not (lexeme.is_stop or lexeme.is_punct or word in {"-pron-", "be"}):
                keywords.update(word.lower().split(":"))
        return keywords
