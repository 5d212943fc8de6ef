"""Names announced by the words before them: ``Our source is Javed Iqbal``, ``his real
name, Khalid al-Rashidi``, ``alias "Abu Sami"``, ``s'appelle Komla Agbodjan``.

The model knows names from the cultures it was trained on; a name it has never seen is
still a name when the sentence says so. After the strongest cues (a real name, an
alias, "named", "s'appelle") a name may be in lower case ("nguyen lan"); after the
others it must be capitalised or in capitals.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.names import (
    WORD_RE,
    initial,
    is_name_word,
    joins,
    run_bounds,
)
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import NOT_NAME, PARTICLES, TITLES
from workstation.detection.layout.words import word_set as _set
from workstation.detection.phrases import occupations

SCORE = 0.8
_OPEN = r"[,:]?[ \t]*\n?[ \t]*[\"“'\u2018«]?[ ]?"
_CUES = re.compile(
    r"(?i:"
    # English
    r"\b(?:our|my|the|a|his|her|their|main|key|second|first)[ ](?:\w+[ ])?"
    r"(?:source|informant|contact|fixer|interpreter|witness|whistle-?blower|applicant"
    r"|complainant|petitioner|plaintiff|victim|deceased|detainee|suspect|accused|defendant"
    r"|intermediary|middleman|go-between|handler|courier|guide|driver|translator)"
    r"(?:[ ](?:at|in|of|from|inside|within|for|on)[ ](?:the[ ]|a[ ]|this[ ]|that[ ])?"
    r"[\w-]+(?:[ ][\w-]+)?)?(?:[ ](?:is|was)|,)"
    r"|\b(?:source|informant|contact)[ ]?:"
    r"|\b(?:his|her|their|my|our|whose)[ ](?:\w+[ ])?(?:brother|sister|cousin|son|daughter"
    r"|wife|husband|mother|father|uncle|aunt|nephew|niece|friend|colleague|neighbou?r"
    r"|fianc[ée]e?|partner|brother-in-law|sister-in-law|son-in-law|daughter-in-law"
    r"|grandson|granddaughter|stepson|stepdaughter|boss|deputy|assistant|driver|bodyguard)"
    r"(?:,)?"
    r"|\b(?P<strong>(?:real|full|true|birth|maiden|given)[ ]name(?:[ ](?:is|was))?[ ]?[:,]?"
    r"|(?:his|her|their)[ ]name[ ](?:is|was)|alias|a\.k\.a\.|aka"
    r"|known[ ](?:only[ ]|simply[ ]|locally[ ]|to[ ]\w+[ ])?as"
    r"|kn[eo]w[ ](?:him|her|them)[ ](?:only[ ]|simply[ ])?as|nicknamed"
    r"|named|called|identified[ ]as|going[ ]by|code-?named"
    # French
    r"|s['\u2019]appel(?:le|ait)|(?:dé|pré|sur)?nommée?|dite?|de[ ]son[ ]vrai[ ]nom"
    r"|vrai[ ]nom[ ]?:?"
    # Spanish
    r"|se[ ]llama(?:ba)?|llamad[oa]|apodad[oa]|conocid[oa][ ]como|de[ ]nombre"
    r"|verdadero[ ]nombre(?:[ ]es)?[ ]?:?)"
    r"|\b(?:notre|ma|mon|sa|son|leur|nuestra|nuestro|mi|su)[ ](?:\w+[ ])?"
    r"(?:source|informateur|informatrice|contact|fuente|informante|contacto)"
    r"(?:[ ](?:est|s['\u2019]appelle|es|era|se[ ]llama)|,))" + _OPEN
)
# Words that start ordinary phrases after a cue ("called for", "named in", "dit que").
_NOT_FIRST = _set(
    """
    a an the this that these those his her their its our my your one someone somebody
    him them it us me you he she they we who what which whose where when how for on in
    at to by of off up out upon after into from with as and or but not no any some
    was is are were has had have said says told who whose which that then when while
    only just also still even never ever later first last once again soon too very so
    le la les un une des du de que qui ce cette il elle ils elles lui leur on en par pour
    el los las una unos unas del que quien lo le se es por para con en
    """
)


_ARTICLES = _set("el la le los las les")


def cued_names(text: str) -> Iterator[LayoutSpan]:
    """Names right after a cue word or phrase, or after a profession ("the nurse
    Rukhsana Begum")."""
    for post in occupations.occupations(text):
        if text[post.end : post.end + 1] == " " and text[post.end + 1 : post.end + 2].isupper():
            named = _name_after(text, post.end + 1, False)
            if named is not None:
                yield LayoutSpan(named[0], named[1], "PERSON", SCORE, "name after a profession")
    for match in _CUES.finditer(text):
        strong = match.group("strong") is not None or match.group().lower().rstrip(
            " \t\n\"“'\u2018«"
        ).endswith(("s'appelle", "s\u2019appelle", "se llama", " is", " est", " es"))
        span = _name_after(text, match.end(), strong)
        if span is not None:
            yield LayoutSpan(span[0], span[1], "PERSON", SCORE, "name after a cue word")


def _name_after(text: str, start: int, lower_allowed: bool) -> tuple[int, int] | None:
    run: list[re.Match[str]] = []
    end = min(len(text), start + 120)
    for match in WORD_RE.finditer(text, start, end):
        word = match.group()
        if run and not joins(text[run[-1].end() : match.start()]):
            break
        if not run and match.start() != start:
            return None  # something other than a name follows the cue
        if run and run[-1].group().endswith(".") and not initial(run[-1].group()):
            break
        folded = word.rstrip(".").casefold()
        quoted = text[start - 1 : start] in "\"“'\u2018«" and start > 0
        if not run and quoted and folded in _ARTICLES:
            run.append(match)  # alias "el Cóndor": the article is part of a nickname
            continue
        if not run and (folded in _NOT_FIRST or (folded in TITLES and not word[0].isupper())):
            return None
        if folded in TITLES and not run:
            continue  # "named Colonel ..." is for the title finder
        if not _name_word(word, lower_allowed and (not run or run[0].group()[0].islower())):
            break
        run.append(match)
        if len(run) == 4 or text.startswith(("'s", "\u2019s"), match.end()):
            break
    return run_bounds(run)


def _name_word(word: str, lower_allowed: bool) -> bool:
    folded = word.rstrip(".").casefold()
    if folded in NOT_NAME or folded in _NOT_FIRST:
        return False
    if word[0].isupper() or folded in PARTICLES:
        return is_name_word(word)
    return lower_allowed and len(word) > 1 and is_name_word(word, allow_lower=True)
