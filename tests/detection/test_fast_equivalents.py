"""The faster recognizers find exactly what presidio's own ones find.

Each speed-up in ``workstation.detection.recognizers`` and ``phone_shortcuts`` claims
equivalence: a gate only skips lines that cannot hold a match, the phone matcher only
skips digit runs too short to be valid, the context enhancer only skips results it
could not change, and workers return what one process would. These tests hold them to
it on the labelled evaluation set, the demo corpus, hand-made edge cases and generated
text.
"""

from __future__ import annotations

import ctypes
import json
import multiprocessing.forkserver
import os
import re
import resource
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from presidio_analyzer import AnalyzerEngine, PatternRecognizer
from presidio_analyzer.predefined_recognizers import (
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    UrlRecognizer,
    UsLicenseRecognizer,
)

from workstation.demo import sample_documents
from workstation.detection import engine as engine_module
from workstation.detection import gating, parallel
from workstation.detection.parallel import detect
from workstation.detection.phone_shortcuts import distinct_parsing, shortest_number
from workstation.detection.recognizers import (
    FastPhoneRecognizer,
    LineGatedRecognizer,
    PolicyPatternRecognizer,
    context_reach,
    fast_equivalent,
)
from workstation.policy import PolicyRegistry
from workstation.services.detection import start_workers_early

GOLD = Path(__file__).parents[1] / "data" / "eval" / "gold.jsonl"
EDGE_CASES = [
    "Ruf 1640 an, oder 030 1234567.",  # a four-digit number valid in Germany
    "Tel.: +49 30 901820\nFax: +49 (0)30 9018 2222",
    "call 202-555-0141 ext. 12, or (021) 555-0116\nabc8005001234 and 8005001234def",
    "DTG 140922Z NOV 09, ref 0745/01 2871210; 2009-10-09 10:22:05 +0100",
    "IDs 12958 71004 000745 198.51.100.17\r\n+1 202-555-0164\t+44 20 7946 0958",
    "hosts 2001:db8::1 (fe80::1%eth0), ::ffff:192.0.2.7, 2001:db8:0:0:0:0:2:1/64 at 10:30",
    "phone\n\n\n+33 1 42 68 53 00\n",
    "mail ana@example.org; site www.example.gov.uk/a?b=c and https://x.example.com",
    "e.g. U.S. policy. See example.com.\nno-dot here @ alone",
    "IBAN DE89 3704 0044 0532 0130 00, GB82-WEST-1234-5698-7654-32\nFR1420041010050500013M02606",
    "iban de89370400440532013000 or DE89\n3704 0044 0532 0130 00; XDE89370400440532013000",
]


def corpus() -> list[str]:
    texts = [json.loads(line)["text"] for line in GOLD.read_text().splitlines() if line]
    samples = [
        s.data.decode() for s in sample_documents() if s.name.endswith((".txt", ".eml", ".md"))
    ]
    return texts + samples + EDGE_CASES


def found(recognizer: Any, text: str, entity: str) -> list[tuple[int, int, float, str]]:
    """Spans, scores and the recognizer named in the explanation.

    Not the phone explanation's region: for a number written without a country code
    presidio names whichever region the previous number was in (its loop variable is
    overwritten); ours names the region the number was found in.
    """
    return sorted(
        (r.start, r.end, r.score, r.analysis_explanation.recognizer)
        for r in recognizer.analyze(text, [entity], None)
    )


generated_text = st.text(
    alphabet=st.sampled_from(list("0123456789 +-()./:\n@abcxXe")), max_size=120
)


def test_the_fast_phone_recognizer_finds_what_presidios_finds() -> None:
    presidio, ours = PhoneRecognizer(), fast_equivalent(PhoneRecognizer())
    assert isinstance(ours, FastPhoneRecognizer)
    numbers = 0
    for text in corpus():
        expected = found(presidio, text, "PHONE_NUMBER")
        assert found(ours, text, "PHONE_NUMBER") == expected
        numbers += len(expected)
    assert numbers > 20  # the comparison covered real numbers, not just empty lists


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=generated_text)
def test_the_fast_phone_recognizer_agrees_on_generated_text(text: str) -> None:
    presidio, ours = PhoneRecognizer(), fast_equivalent(PhoneRecognizer())
    assert found(ours, text, "PHONE_NUMBER") == found(presidio, text, "PHONE_NUMBER")


def test_regions_that_parse_alike_are_searched_once() -> None:
    regions = PhoneRecognizer.DEFAULT_SUPPORTED_REGIONS
    assert distinct_parsing(regions) == [r for r in regions if r != "CA"]


def test_the_shortest_valid_number_bounds_are_those_of_the_metadata() -> None:
    assert shortest_number("DE") == 4
    assert shortest_number("US") == 6  # "+43 1234" style numbers: country code + 4
    assert "1640" in [  # and the bound is tight: a four-digit German number is valid
        m.raw_string for m in __import__("phonenumbers").PhoneNumberMatcher("1640", "DE")
    ]


@pytest.mark.parametrize(
    ("recognizer", "entity"),
    [
        (UrlRecognizer, "URL"),
        (EmailRecognizer, "EMAIL_ADDRESS"),
        (IbanRecognizer, "IBAN_CODE"),
        (IpRecognizer, "IP_ADDRESS"),
        (UsLicenseRecognizer, "US_DRIVER_LICENSE"),
    ],
)
def test_gated_recognizers_find_what_they_find_ungated(recognizer: Any, entity: str) -> None:
    presidio, ours = recognizer(), fast_equivalent(recognizer())
    assert isinstance(ours, LineGatedRecognizer)
    matches = 0
    for text in corpus():
        expected = found(presidio, text, entity)
        assert found(ours, text, entity) == expected
        matches += len(expected)
    assert matches >= 3


@settings(max_examples=300, deadline=None)
@given(text=generated_text)
def test_gated_recognizers_agree_on_generated_text(text: str) -> None:
    for recognizer, entity in (
        (UrlRecognizer, "URL"),
        (EmailRecognizer, "EMAIL_ADDRESS"),
        (IpRecognizer, "IP_ADDRESS"),
        (UsLicenseRecognizer, "US_DRIVER_LICENSE"),
    ):
        assert found(fast_equivalent(recognizer()), text, entity) == found(
            recognizer(), text, entity
        )


ip_text = st.text(alphabet=st.sampled_from(list("0125:.fFe/% \t\nx:")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(text=ip_text)
def test_ips_looked_for_word_by_word_are_the_ips_of_the_text(text: str) -> None:
    assert found(fast_equivalent(IpRecognizer()), text, "IP_ADDRESS") == found(
        IpRecognizer(), text, "IP_ADDRESS"
    )


licence_text = st.text(alphabet=st.sampled_from(list("0123456789AzH]\u017f\u212a\u0131 \n-")))


@settings(max_examples=300, deadline=None)
@given(text=licence_text)
def test_licences_looked_for_line_by_line_are_the_licences_of_the_text(text: str) -> None:
    entity = "US_DRIVER_LICENSE"
    expected = found(UsLicenseRecognizer(), text, entity)
    assert found(fast_equivalent(UsLicenseRecognizer()), text, entity) == expected


iban_text = (
    st.lists(
        st.sampled_from(
            ["DE89", "3704", "0044", "0532", "0130", "00", "GB82", "WEST", "12", "X", "d"]
        ),
        max_size=12,
    )
    .flatmap(lambda parts: st.just(parts) if not parts else st.permutations(parts))
    .flatmap(
        lambda parts: st.lists(
            st.sampled_from([" ", "-", "\n", ""]), min_size=len(parts), max_size=len(parts)
        ).map(lambda seps: "".join(p + s for p, s in zip(parts, seps, strict=True)))
    )
)


@settings(max_examples=300, deadline=None)
@given(text=iban_text)
def test_ibans_looked_for_line_by_line_are_the_ibans_of_the_text(text: str) -> None:
    assert found(fast_equivalent(IbanRecognizer()), text, "IBAN_CODE") == found(
        IbanRecognizer(), text, "IBAN_CODE"
    )


url_text = st.text(
    alphabet=st.sampled_from(list("acomwuk.-/:\"' \t\nhtps0(19\u212a\u017f\u0131")), max_size=80
)


@settings(max_examples=400, deadline=None)
@given(text=url_text)
def test_urls_looked_for_word_by_word_are_the_urls_of_the_text(text: str) -> None:
    assert found(fast_equivalent(UrlRecognizer()), text, "URL") == found(
        UrlRecognizer(), text, "URL"
    )


def test_a_word_gate_hands_over_whole_words() -> None:
    text = 'see www.example.com/a?b=c and\tfoo.bar.uk\nx "https://x.example.com" U.S. e.g. x'
    gate = gating.GATE_FOR["UrlRecognizer"]
    words = [text[s:e] for s, e in gate.windows(text)]
    assert words == ["www.example.com/a?b=c", "foo.bar.uk", '"https://x.example.com"']


def test_every_gate_is_a_line_of_the_text() -> None:
    text = "one\ntwo 555-0101 9\n\nthree 1 2 3 4\nfour"
    lines = [text[s:e] for s, e in gating.gated_lines(text, gating.PHONE.pattern)]
    assert lines == ["two 555-0101 9", "three 1 2 3 4"]


def test_the_pruned_context_enhancer_scores_as_presidios() -> None:
    """Same registry, same model output: only the context enhancer differs."""
    engine = engine_module.engine_for(PolicyRegistry().load("source-protection"))
    ours = engine.analyzer
    presidio = AnalyzerEngine(
        registry=ours.registry,
        nlp_engine=ours.nlp_engine,
        supported_languages=["en"],
    )
    assert type(presidio.context_aware_enhancer) is not type(ours.context_aware_enhancer)
    raised = 0
    for text in corpus()[:45]:
        artifacts = ours.nlp_engine.process_text(text, "en")
        results = [
            sorted(
                (r.start, r.end, r.entity_type, round(r.score, 6))
                for r in analyzer.analyze(
                    text=text, language="en", entities=engine.wanted, nlp_artifacts=artifacts
                )
            )
            for analyzer in (presidio, ours)
        ]
        assert results[1] == results[0]
        raised += sum(
            1
            for r in ours.analyze(
                text=text,
                language="en",
                entities=engine.wanted,
                nlp_artifacts=artifacts,
                return_decision_process=True,
            )
            if r.analysis_explanation and r.analysis_explanation.supportive_context_word
        )
    assert raised > 0  # context words did raise some scores in the comparison


def narrowed_by_presidio(recognizer: PolicyPatternRecognizer, text: str) -> list[Any]:
    """What presidio's own PatternRecognizer finds, then cut to the ``value`` group."""
    results = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
    compiled = re.compile(recognizer.patterns[0].regex, recognizer.global_regex_flags or 0)
    for result in results:
        match = compiled.match(text, result.start)
        narrowed = "value" in compiled.groupindex and match and match.end() == result.end
        if narrowed and match and match.start("value") >= 0:
            result.start, result.end = match.span("value")
    return results


@pytest.mark.parametrize("policy", ["default", "source-protection", "cables"])
def test_policy_patterns_find_what_presidios_pattern_recognizer_finds(policy: str) -> None:
    engine = engine_module.engine_for(PolicyRegistry().load(policy))
    ours = [
        r for r in engine.analyzer.registry.recognizers if isinstance(r, PolicyPatternRecognizer)
    ]
    assert ours
    total = 0
    for text in corpus():
        for recognizer in ours:
            expected = narrowed_by_presidio(recognizer, text)
            got = recognizer.analyze(text, recognizer.supported_entities)
            assert sorted(map(described, got)) == sorted(map(described, expected))
            total += len(got)
    assert total > 100


def described(result: Any) -> tuple[Any, ...]:
    explanation = result.analysis_explanation
    return (
        result.start,
        result.end,
        result.entity_type,
        result.score,
        explanation.recognizer,
        explanation.pattern_name,
        explanation.pattern,
        explanation.regex_flags,
        explanation.score,
        result.recognition_metadata,
    )


WEAK_PATTERN_BAIT = [
    "SSN 078-05-1120, social security 219 09 9999; passport 912803456 (passport no.)",
    "Account 12345678901 at the bank; licence 123456789; card expiry 3/09 and 11/24",
    "IPv6 :: and ::1, driver license D1234567, A12345678 next generation passport",
    # presidio's phone numbers: raised by a context word close enough, or not at all.
    "Call 030 1234567. Numbers: 0161 496 0000 and 020 7946 0958; the cellphone is\n"
    "twice forwarded by the regional office to the main desk: 0161 496 0001 (Berlin)",
    "office switchboard 030 901820 until noon, then 030 9018 2222 for the night desk",
    "Driver's licence D1234567, then on the way home W5551234 and K7654321 at the gate.",
]


@pytest.mark.parametrize("policy", ["default", "source-protection"])
def test_pruning_unreachable_patterns_changes_no_proposal(policy: str) -> None:
    loaded = PolicyRegistry().load(policy)
    pruned = engine_module.DetectionEngine(loaded)
    whole = engine_module.DetectionEngine(loaded, prune=False)

    def patterns(engine: Any) -> set[tuple[str, str]]:
        found = set()
        for recognizer in engine.analyzer.registry.recognizers:
            inner = getattr(recognizer, "inner", recognizer)
            found |= {(inner.name, p.name) for p in getattr(inner, "patterns", [])}
        return found

    dropped = patterns(whole) - patterns(pruned)
    assert ("UsSsnRecognizer", "SSN1 (very weak)") in dropped
    for name, entity in (
        ("PhoneRecognizer", "PHONE_NUMBER"),
        ("UsLicenseRecognizer", "US_DRIVER_LICENSE"),
    ):
        ours, presidios = (
            next(r for r in engine.analyzer.registry.recognizers if r.name == name)
            for engine in (pruned, whole)
        )
        assert ours.context_window == (6, 1) and presidios.context_window is None
        skipped = {
            (text, r.start) for text in WEAK_PATTERN_BAIT for r in presidios.analyze(text, [entity])
        } - {
            (text, r.start)
            for text in WEAK_PATTERN_BAIT
            for r in ours.analyze(text, [entity], artifacts(pruned, text))
        }
        assert skipped  # matches no context word reaches are not looked for (below threshold)
    raw = {
        (r.analysis_explanation.recognizer, r.analysis_explanation.pattern_name)
        for text in WEAK_PATTERN_BAIT
        for r in whole.analyzer.analyze(
            text=text, language="en", entities=whole.wanted, return_decision_process=True
        )
    }
    assert raw & dropped  # the dropped patterns do match here, below the thresholds
    texts = corpus()[:30] + WEAK_PATTERN_BAIT
    assert list(pruned.detect_many(texts)) == list(whole.detect_many(texts))


def artifacts(engine: Any, text: str) -> Any:
    return engine.analyzer.nlp_engine.process_text(text, "en")


context_text = st.lists(
    st.sampled_from(
        [
            "the",
            "call",
            "me",
            "on",
            "030",
            "1234567",
            "numbers",
            "Phone:",
            "of",
            ",",
            "\n",
            "desk",
            "recalled",
            "MOBILE",
            "tel",
            "555-0101",
            "+44",
            "office",
            "and",
            "a",
        ]
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(context_text)
def test_context_reach_is_where_presidios_enhancer_finds_a_context_word(text: str) -> None:
    """At every token: a result starting there gets a context word iff it is in the reach."""
    engine = engine_module.engine_for(PolicyRegistry().load("source-protection"))
    enhancer = engine.analyzer.context_aware_enhancer
    words = PhoneRecognizer.CONTEXT
    nlp = artifacts(engine, text)
    window = (enhancer.context_prefix_count + 1, enhancer.context_suffix_count + 1)
    reach = context_reach(nlp, words, window, len(text))
    for token, start in zip(nlp.tokens, nlp.tokens_indices, strict=True):
        if not token.text.strip():
            continue  # a result never starts on white space
        around = enhancer._extract_surrounding_words(nlp, token.text, start)
        found = enhancer._find_supportive_word_in_context(around, words)
        assert bool(found) == any(a <= start < b for a, b in reach), (text, start)


def test_workers_return_what_one_process_returns() -> None:
    loaded = PolicyRegistry().load("source-protection")
    texts = [text[:300] for text in corpus()] * 3  # more than two batches of documents
    assert len(texts) > 2 * 64
    alone = list(detect(loaded, texts, workers=1))
    together = list(detect(loaded, texts, workers=2))
    assert together == alone
    assert sum(map(len, alone)) > 100
    # The workers' fork server was stopped and waited for: its models are freed and its
    # CPU time is counted to this process's children.
    assert multiprocessing.forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]


def test_workers_are_forked_with_the_models_loaded() -> None:
    """Workers start from the fork server's copy of the models instead of loading them."""
    with parallel._worker_context() as context, ProcessPoolExecutor(1, mp_context=context) as pool:
        assert context.get_start_method() == "forkserver"
        assert pool.submit(_models_loaded).result() == (1, 1, 1)
    assert multiprocessing.forkserver._forkserver._forkserver_pid is None  # type: ignore[attr-defined]


def test_workers_are_closed_to_core_dumps_and_same_user_readers() -> None:
    """A worker holds document text: like the workstation, no core file and not dumpable."""
    loaded = PolicyRegistry().load("source-protection")
    with (
        parallel._worker_context() as context,
        ProcessPoolExecutor(
            1, mp_context=context, initializer=parallel._start, initargs=(loaded,)
        ) as pool,
    ):
        assert pool.submit(resource.getrlimit, resource.RLIMIT_CORE).result() == (0, 0)
        assert pool.submit(_dumpable).result() == 0


def _dumpable() -> int:
    """In a worker: prctl(PR_GET_DUMPABLE)."""
    return int(ctypes.CDLL(None, use_errno=True).prctl(3, 0, 0, 0, 0))


def _models_loaded() -> tuple[int, int, int]:
    """In a worker: how many English and French models and engines (the preloaded
    policy's) were loaded before it started."""
    return (
        engine_module._nlp.cache_info().currsize,
        engine_module._french_nlp.cache_info().currsize,
        len(engine_module._ENGINES),
    )


def test_url_words_without_a_top_level_domain_are_not_handed_over() -> None:
    """The slowest words for presidio's URL pattern are digits and dots with no domain."""
    recognizer = fast_equivalent(UrlRecognizer())
    assert isinstance(recognizer, LineGatedRecognizer)
    text = "see /srv/targets/2009-10-09.csv. and ledger.example.org\n20100115.77214.qx@x"
    windows = [text[s:e] for s, e in recognizer.gate.windows(text)]
    assert windows == ["ledger.example.org"]


def _forkserver_pid() -> int | None:
    pid: int | None = multiprocessing.forkserver._forkserver._forkserver_pid  # type: ignore[attr-defined]
    return pid


def test_workers_start_early_only_for_a_file_too_large_to_analyse_here(tmp_path: Path) -> None:
    """'workstation detect' starts the fork server before loading its policy when its input
    is a large file; a small file, a pipe or a single worker start nothing."""
    small, large = tmp_path / "small.jsonl", tmp_path / "large.jsonl"
    small.write_bytes(b"x" * parallel.IN_PROCESS_CHARS)
    large.write_bytes(b"x" * (parallel.IN_PROCESS_CHARS + 1))
    reading, writing = os.pipe()
    with os.fdopen(reading, "rb") as pipe, small.open("rb") as few, large.open("rb") as many:
        for stream, workers in [(few, 2), (pipe, 2), (many, 1)]:
            start_workers_early(stream, workers)
            assert _forkserver_pid() is None
        start_workers_early(many, 2)
        assert _forkserver_pid() is not None
    os.close(writing)
    # An input that proves small is analysed here, and the server is stopped after.
    loaded = PolicyRegistry().load("source-protection")
    (found,) = list(detect(loaded, ["Amira Haddad called."], workers=2))
    assert found
    assert _forkserver_pid() is None
