"""The edges of a name: what a recognizer left out of a person's name it found.

A gold name counts as hidden only when every character of it is covered, and
recognizers often stop one step short: the model takes "Rashidi" from "al-Rashidi",
"Sullivan" from "O'Sullivan", "Lacroix" from "J.-P. Lacroix", "Sidi Mohamed" from
"Sidi Mohamed ould Cheikh", or leaves the closing quote of a nickname written inside
a name. A reader still sees the rest and, with it, often the person. So each name
found is stretched over what is written as part of it:

- on the left: a particle joined by a hyphen or an apostrophe (``al-``, ``el-``,
  ``O'``, ``N'``, ``D'``), initials (``J.-P.``, ``A. K.``), a known given name or a
  kunya (``Abu``, ``Umm``), particles with the name words before them
  (``Sidi Mohamed ould`` before ``Cheikh``), the syllables of a Burmese or Karen name
  (``Tun Tun`` before ``Aung``, ``Saw`` before ``Kler Paw``) and, inside quotes, a word
  of familiar address (``"don Tacho"``, ``« Papa Bosco »``);
- on the right: the full stop of a closing initial, initials after a surname written
  first (``Khodzhaeva M. R.``), the closing quote or bracket
  of a nickname opened inside the name, a part joined by a hyphen (``-Okafor``),
  particles and the name words after them (``ould Cheikh``, ``van der Berg``), an
  alias or a married or maiden name after its connector (``alias Pappu``, ``épouse
  N'Guessan``, ``née Soto``), a father's name after ``s/o``, ``d/o``, ``a/l`` or
  ``a/p``, and a surname after a name that is only a known given name.

A name never grows over another finding, a title or a word that cannot be part of a
name; two names that meet over a particle, a kin link (``a/l``) or the alias mark ``@``
of Malaysian records become one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from workstation.detection import punctuation_joins
from workstation.detection.findings import Finding
from workstation.detection.layout.names import is_name_word
from workstation.detection.layout.words import NOT_NAME, PARTICLES, TITLES, word_set
from workstation.detection.phrases.given_names import (
    SENTENCE_WORDS,
    known_given_name,
    surname_like,
)

ENTITY = "PERSON"
NOTE = "widened over the rest of the name"
_PARTICLE_WORDS = PARTICLES | word_set(
    "ould ag wa ben bint wald wad ter ten dela delos delas los las zu zur dei degli dal dalla"
)
# Particles that, in lower case before a surname, belong to it even when the surname
# stands alone ("dela Cruz", "van der Berg", "von Arnim"), unlike "de", "da" or "la",
# which are also the prepositions and articles of French, Spanish and Portuguese prose.
_SURNAME_PARTICLES = word_set(
    "van von vander vanden der den ter ten dela delos delas della degli zu"
)
_KUNYA = word_set("abu abou umm oum um")
# Words that join two names of one person: an alias in police and court records
# ("Shahnawaz alias Pappu"), a married or maiden name in civil records ("Adjoua Kouamé
# épouse N'Guessan", "veuve Diallo", "Maria Weber geborene Huber", "Ana Ruiz née Soto").
_CONNECTORS = word_set("alias aka épouse epouse veuve née nee geborene geb")
# "son of", "daughter of", "wife of" in Malaysian, Singaporean, Indian and Sri Lankan
# records ("s/o", "d/o", "w/o"), and the Malay "a/l", "a/p" (anak lelaki, anak perempuan).
_KIN_LINK = re.compile(r"[ ](?:[sdwSDW]/[oO]|[aA]/[lLpP])(?=[ ])")

# Words of familiar address that, inside quotes with a name, make a nickname the person
# answers to ('"don Tacho"', '"Mama Rukhsana"', '"Tío Pepe"'); outside quotes they are
# honorifics and stay outside the name.
_FAMILIAR = word_set(
    "don doña dona dom seu sô tío tía tio tia mama mamá papa papá mamie papy tonton tata"
    " mzee baba bibi mami auntie aunty uncle nana"
)
_OPENERS = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019"}

# The syllables Burmese, Karen, Shan and Kachin names are made of, with the Karen and Shan
# prefixes that are part of a name ("Saw Kler Paw", "Naw Eh Htoo", "Sai Hseng"), not the
# honorifics "U", "Daw", "Ko", "Ma": a name found from one of them takes the ones before it
# ("Tun Tun" before "Aung"), though alone several are English words ("Win", "Saw").
_BURMESE = word_set(
    "aung kyaw htun tun tin win min zaw thant myint naing thein soe hla thida khin nyein"
    " htoo hlaing lwin htet phyo thura sithu nandar yadanar sandar khaing htay myat hnin"
    " kaung pyae thiri hsu hser kler zin nyunt oo maung myo mya moe aye thu kyi su nu"
    " san sein than wai yi eh paw moo wah say blu nay lah ku mu hseng zau seng naw"
    " saw sai nang khun ye lin nyi phyu ei cho shwe thet nway kyu chit pyi"
)

# Before a name: a particle joined to it ("al-", "O'"), or initials ("J.-P. ", "A. K. ").
_JOINED_BEFORE = re.compile(
    r"(?:(?<![\w'\u2019-])[^\W\d_][\w'\u2019]*[-\u2010\u2011](?:[ \t]*\n[ \t]*)?"
    r"|(?<![\w'\u2019])[ONDML][\u2019']"
    r"|(?<=[^\W\d_][ ])d[\u2019'])\Z"
)
_INITIALS_BEFORE = re.compile(
    r"(?<![\w.'\u2019-])(?:[^\W\d_a-z]\.(?:[ ]?[-\u2010][ ]?|[ ]?))+[ ]?\Z"
)
# After a name: a part joined by a hyphen ("-Okafor"), the full stop of an initial.
_JOINED_AFTER = re.compile(r"[-\u2010\u2011][^\W\d_][\w'\u2019]*")
# The last word of a name that is initials without their closing stop: "K", "A.K", "J.-P".
_INITIALS_AT_END = re.compile(r"(?:[^\W\d_]\.[-\u2010]?)*[^\W\d_]")
# Initials after a surname, as Russian and Central Asian records write a name:
# "Khodzhaeva M. R.", "Tsoy E. A.", "Mirzaev R. Sh.".
_INITIALS_AFTER = re.compile(
    r"[ ](?:(?:Sh|Kh|Zh|Ch|Ts|Yu|Ya|Ye|Yo|[^\W\d_a-z])\.[ ]?){1,2}(?![\w])(?<![ ])"
)
# A second surname cut to its initial after a whole name, as Latin American and South
# Indian records write it: "Mirna E. Colindres V.", "Rosa Quispe Ch.", "Raju Kumar S."; not
# the first letter of a firm's form ("Torres S.A.") or a word that starts a sentence.
_SURNAME_INITIAL = re.compile(
    r"[ ](?:Ch|Ll|Sh|Kh|Zh|Th|Gh|Ts|[^\W\d_a-z])\.(?![^\W\d_]\.|[ \t]*[^\W\d_a-z])"
)
# An alias in quotes after a name, as court and police records write it in French,
# Spanish, Portuguese, Italian and English: 'dit « Tony »', 'alias "el Flaco"',
# "vulgo 'Baixinho'", 'detto "il Rosso"'.
_QUOTED_ALIAS = re.compile(
    r"[ ](?:dit|dite|dito|dita|detto|detta|alias|aka|a\.k\.a\.|apodad[oa]|vulgo"
    r"|conocid[oa][ ]como|known[ ]as)[ ]"
    r"(?P<quoted>«[^»\n]{1,32}»|\"[^\"\n]{1,30}\"|“[^”\n]{1,30}”|'[^'\n]{1,30}')"
)
# One given name after a surname in capitals, where a cell or a line ends: a register's
# "SURNAME Given" ("| OUAZZI Lahcen | 19 |", "BERISHA Arta      1990").
_GIVEN_ENDS_CELL = re.compile(
    r"[ ](?P<given>[^\W\d_a-z][^\W\d_A-Z][\w'\u2019-]*)(?=[ ]?\||[ \t]{2,}|\t|[ \t]*\n|[ \t]*\Z)"
)
# Initials after a surname in capitals and its comma ("FERREIRA TAVARES, A.", "OKAFOR,
# J. K."), not the initial of another person's name ("OKAFOR, J. Mensah and ...").
_COMMA_INITIALS = re.compile(
    r",[ ](?:[^\W\d_a-z]\.[ ]?-?){0,2}[^\W\d_a-z]\.(?![\w])(?![ ]?[^\W\d_a-z][^\W\d_A-Z])"
)
_CUT_SURNAME = re.compile(r"(?:Ch|Ll|Sh|Kh|Zh|Th|Gh|Ts)")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'\u2019-]*)([ \t]+|[ \t]*\n[ \t]*)\Z")
_WORD_AFTER = re.compile(r"([ \t]+|[ \t]*\n[ \t]*)([^\W\d_][\w'\u2019-]*)")
_CLOSERS = {'"': '"', "\u201c": "\u201d", "(": ")", "\u00ab": "\u00bb", "\u2018": "\u2019"}
_LOOK = 80
_STEPS = 6


# A run at a name's edge that holds a digit: the model sometimes reads a chat line's
# "02/09/2026, 08:06 - " into the sender's name after it. No name is written in digits.
_NUMBERED_HEAD = re.compile(r"\A[\W\d_]*\d[\W\d_]*(?=[^\W\d_])")
_NUMBERED_TAIL = re.compile(r"(?<=[^\W\d_.])[\W\d_]*\d[\W\d_]*\Z")


def trimmed(findings: list[Finding], text: str) -> list[Finding]:
    """The findings, with the dates, times and numbers a recognizer took into a person's
    name cut off its edges where another finding holds them, so that a review shows the
    name alone and the date keeps its own label. A number no other finding holds stays
    inside the name: covered under the wrong label beats not covered."""
    others = [f for f in findings if f.entity != ENTITY]
    result = []
    for finding in findings:
        if finding.entity == ENTITY:
            name = text[finding.start : finding.end]
            head = _NUMBERED_HEAD.match(name)
            tail = _NUMBERED_TAIL.search(name)
            start, end = finding.start, finding.end
            if head and _held(others, text, start, start + head.end()):
                start += head.end()
            if tail and _held(others, text, finding.start + tail.start(), end):
                end = finding.start + tail.start()
            if (start, end) != (finding.start, finding.end) and start < end:
                result.append(replace(finding, start=start, end=end))
                continue
        result.append(finding)
    return result


def _held(others: list[Finding], text: str, start: int, end: int) -> bool:
    """Whether every digit between ``start`` and ``end`` lies inside another finding."""
    return all(
        any(f.start <= at < f.end for f in others) for at in range(start, end) if text[at].isdigit()
    )


def widened(findings: list[Finding], text: str) -> list[Finding]:
    """The findings, with each name stretched over the rest of it (see the module)."""
    ordered = sorted(findings, key=lambda f: (f.start, f.end))
    result: list[Finding] = []
    for index, finding in enumerate(ordered):
        if finding.entity != ENTITY:
            result.append(finding)
            continue
        floor = result[-1].end if result else 0
        ceiling = ordered[index + 1].start if index + 1 < len(ordered) else len(text)
        start = _left(text, finding.start, finding.end, floor)
        end = _right(text, start, finding.end, ceiling)
        grown = finding
        if (start, end) != (finding.start, finding.end):
            grown = replace(finding, start=start, end=end, notes=(*finding.notes, NOTE))
        if result and result[-1].entity == ENTITY and _only_particles(text[result[-1].end : start]):
            earlier = result.pop()  # "Sidi Mohamed" + "ould" + "Cheikh": one name
            best = max(earlier, grown, key=lambda f: f.score)
            grown = replace(best, start=earlier.start, end=end, notes=(*best.notes, NOTE))
        result.append(grown)
    return result


# A surname written before a given name and its comma ("Sy, " before "Oumou Kalsoum",
# "al-Amoudi, " before "Nabil"): one or two words, the first may carry a joined particle.
_INVERTED_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?P<surname>[^\W\d_][\w'\u2019-]*(?:[ ][^\W\d_][\w'\u2019-]*)?),[ ]\Z"
)


def _inverted_surname(text: str, start: int, end: int, floor: int) -> int:
    """Where an inverted name starts whose given names were found without their surname:
    "Sy, Oumou Kalsoum" in a list, "PRYCE-OWUSU, Gareth" after a label's wide gap.
    Only where an entry starts (a line, a label, a bullet, a cell) and the name found
    opens with a known given name; ``start`` when there is none."""
    before = _INVERTED_BEFORE.search(text, max(floor, start - 40), start)
    given = text[start:end].split(maxsplit=1)
    if before is None or not given or not known_given_name(given[0]):
        return start
    words = before.group("surname").split()
    if not all(_surname_word(word) for word in words):
        return start
    at = before.start()
    entry = punctuation_joins.entry_start(text, at) or punctuation_joins.cell_start(text, at)
    return at if entry else start


def _surname_word(word: str) -> bool:
    """A word that may be a surname written first: a name word (after a joined particle,
    "al-Amoudi"), not a title and not a known given name ("Pierre, Solange" may be two)."""
    particle, _, rest = word.partition("-")
    bare = rest if rest and particle.casefold() in _JOINED_PARTICLES else word
    return _name_part(bare) and not known_given_name(bare)


def _left(text: str, start: int, end: int, floor: int) -> int:
    if (inverted := _inverted_surname(text, start, end, floor)) < start:
        return inverted
    for _ in range(_STEPS):
        before = text[max(floor, start - _LOOK) : start]
        joined = _JOINED_BEFORE.search(before)
        if joined and (taken := _joined_part(joined.group(), before[: joined.start()])):
            start -= taken
            continue
        if initials := _INITIALS_BEFORE.search(before):
            start -= len(initials.group())
            continue
        word = _WORD_BEFORE.search(before)
        if word is None or word.group(2).count("\n") > 1:
            break
        written, folded = word.group(1), word.group(1).casefold()
        if folded in _PARTICLE_WORDS and written.islower():
            taken = len(word.group())
            previous = _WORD_BEFORE.search(text[max(floor, start - _LOOK) : start - taken])
            while previous is not None and _particle(previous.group(1)):  # "van der"
                taken += len(previous.group())
                previous = _WORD_BEFORE.search(text[max(floor, start - _LOOK) : start - taken])
            if previous is None or not _name_part(previous.group(1)):
                if _surname_particles(text[start - taken : start]):
                    start -= taken  # "of dela Cruz", "with van der Berg": the surname's own
                break
            start -= taken + len(previous.group())
            continue
        if (
            folded in _BURMESE
            and written[0].isupper()
            and "\n" not in word.group(2)
            and text[start:end].split(maxsplit=1)[0].casefold() in _BURMESE
        ):
            start -= len(word.group())  # "Tun Tun" before "Aung", "Saw" before "Kler Paw"
            continue
        if folded in _FAMILIAR and _quoted(text, start - len(word.group()), end):
            start -= len(word.group())  # '"don Tacho"', '"Mama Rukhsana"': a nickname, whole
            continue
        if (folded in _KUNYA and written[0].isupper()) or (
            _name_part(written) and known_given_name(written) and folded not in SENTENCE_WORDS
        ):
            start -= len(word.group())
            continue
        break
    return start


def _right(text: str, start: int, end: int, ceiling: int) -> int:
    for _ in range(_STEPS):
        after = text[end:ceiling]
        name = text[start:end]
        last = name.split()[-1] if name.split() else ""
        if _INITIALS_AT_END.fullmatch(last) and last.isupper() and after.startswith("."):
            end += 1  # "A. K" -> "A. K.", "Singh A.K" -> "Singh A.K."
            continue
        several = len(name.split()) >= 2
        if several and _CUT_SURNAME.fullmatch(last) and after.startswith("."):
            end += 1  # "Quispe Ch" -> "Quispe Ch."
            continue
        if several and not last.endswith(".") and (cut := _SURNAME_INITIAL.match(after)):
            end += len(cut.group())  # "Mirna E. Colindres" -> "Mirna E. Colindres V."
            continue
        if (initials := _INITIALS_AFTER.match(after)) and (
            _surname_alone(name) or _surname_and_initials(name)
        ):
            end += len(initials.group())  # "Khodzhaeva M. R.": initials after a surname
            continue
        if tail := _written_after(name, after):
            end += tail
            continue
        if (closer := _unclosed(name)) and after.startswith(closer):
            end += 1
            continue
        if joined := _JOINED_AFTER.match(after):
            end += len(joined.group())
            continue
        if (kin := _KIN_LINK.match(after)) and (
            (father := _WORD_AFTER.match(after, kin.end())) and _name_part(father.group(2))
        ):
            end += father.end()  # "Balakrishnan s/o Muniandy": the father's name is the name's
            continue
        word = _WORD_AFTER.match(after)
        if word is None or word.group(1).count("\n") > 1:
            break
        written = word.group(2)
        if _connector(word):
            following = _WORD_AFTER.match(after, word.end() + _stop(after, word.end()))
            if following is None or not _name_part(following.group(2)):
                break
            end += following.end()
            continue
        if _particle(written):
            following = _WORD_AFTER.match(after, word.end())
            while following is not None and _particle(following.group(2)):  # "de la"
                following = _WORD_AFTER.match(after, following.end())
            if following is None or not _name_part(following.group(2)):
                break
            end += following.end()
            continue
        if " " not in name.strip() and known_given_name(name) and surname_like(written):
            end += word.end()
            continue
        break
    return end


_JOINED_PARTICLES = word_set("al el ul an ar as ad at az ash ben bin ibn abu bou")


def _surname_after(text: str, end: int, ceiling: int) -> int:
    """``end``, or past one surname word after it on the same line ("el-Din Said")."""
    following = _WORD_AFTER.match(text, end, ceiling)
    if following and "\n" not in following.group(1) and surname_like(following.group(2)):
        return following.end()
    return end


def _particle_joined(word: str) -> bool:
    """A name word opened by a particle and a hyphen: "el-Din", "al-Rashid", "bin-Saleh"."""
    particle, _, rest = word.partition("-")
    return bool(rest) and particle in _JOINED_PARTICLES and _name_part(rest)


def _joined_part(joined: str, before: str) -> int:
    """How much of the text before a name a piece joined to it takes (0: none): "al-",
    "Jean-", "O'"; "d'" only inside a name, with the name word before it
    ("Jean-Baptiste d'Almeida", not "la mère d'Intalla")."""
    piece = joined.rstrip(" \t\n").rstrip("-\u2010\u2011'\u2019")
    if piece == "d":
        previous = _WORD_BEFORE.search(before)
        if previous is None or not _name_part(previous.group(1)):
            return 0
        return len(joined) + len(previous.group())
    if piece[:1].isupper() or piece.casefold() in _JOINED_PARTICLES:
        return len(joined)
    return 0


def initials_after(text: str, end: int) -> int:
    """Where a surname ending at ``end`` ends with the initials written after it
    ("Khodzhaeva M. R."): for mentions linking adds after the names were widened."""
    initials = _INITIALS_AFTER.match(text, end)
    return initials.end() if initials else end


# Initials before a name, or a capitalised part joined to it by a hyphen: "P. R. ",
# "Pene-" before a surname that linking found again.
_BEFORE_A_MENTION = re.compile(
    r"(?:(?<![\w.'\u2019-])(?:[^\W\d_a-z]\.[ ]?){1,3}[ ]"
    r"|(?<![\w'\u2019-])[^\W\d_a-z][^\W\d_]{1,20}[-\u2010])\Z"
)


def initials_or_part_before(text: str, start: int) -> int:
    """Where a mention that linking found starting at ``start`` starts with the initials
    or the first half of a double-barrelled name written before it ("P. R. Matsinhe",
    "Pene-Fitzgerald"); ``start`` itself when there are none."""
    for _ in range(2):  # "R. " then "Okafor-" before "Bello"
        before = _BEFORE_A_MENTION.search(text, max(0, start - 24), start)
        if before is None or before.group().rstrip("-\u2010").casefold() in TITLES | NOT_NAME:
            break
        start = before.start()
    return start


def _surname_and_initials(name: str) -> bool:
    """A surname and the first of its initials: "CIOBANU V." before "I."."""
    words = name.split()
    return (
        len(words) == 2
        and _surname_alone(words[0])
        and bool(re.fullmatch(r"[^\W\d_a-z]\.", words[1]))
    )


def _written_after(name: str, after: str) -> int:
    """How much of ``after`` still belongs to the name: initials after a surname in
    capitals and its comma ("FERREIRA TAVARES, A."), an alias in quotes after its
    connector ('NGUYEN Van Thanh dit « Tony »'), the given name after a surname in
    capitals that ends a table's cell ("| OUAZZI Lahcen |"), or a word opened by a
    joined particle and the surname after it ("Nour⏎el-Din Said", "bin-Saleh"); 0 if
    nothing."""
    if (cut := _COMMA_INITIALS.match(after)) and _shouted_surname(name):
        return cut.end()
    if (alias := _QUOTED_ALIAS.match(after)) and any(c.isupper() for c in alias["quoted"]):
        return alias.end()
    if (given := _GIVEN_ENDS_CELL.match(after)) and _shouted_surname(name) and " " not in name:
        return given.end() if _name_part(given["given"]) else 0
    word = _WORD_AFTER.match(after)
    if word and word.group(1).count("\n") <= 1 and _particle_joined(word.group(2)):
        return _surname_after(after, word.end(), len(after))  # "Nour⏎el-Din Said"
    return 0


def _shouted_surname(name: str) -> bool:
    """One to three words in capitals, none an initial: a surname written first."""
    words = name.split()
    return 1 <= len(words) <= 3 and name.isupper() and "." not in name and len(name) > 2


def _surname_alone(name: str) -> bool:
    """One capitalised word, not itself an initial: a surname written first."""
    return " " not in name.strip() and len(name) > 2 and not name.endswith(".")


def _connector(word: re.Match[str]) -> bool:
    """Whether the word after a name joins another name of the same person to it."""
    written = word.group(2)
    return written.islower() and written in _CONNECTORS


def _stop(after: str, at: int) -> int:
    """The full stop of an abbreviated connector ("geb. Huber"): 1, else 0."""
    return 1 if after.startswith(".", at) else 0


def _particle(word: str) -> bool:
    return word.islower() and word in _PARTICLE_WORDS


def _name_part(word: str) -> bool:
    """A capitalised word that may be part of a name (not a title, not "Ministry")."""
    folded = word.casefold()
    if folded in TITLES or folded in NOT_NAME or not word[0].isupper():
        return False
    return is_name_word(word)


def _unclosed(name: str) -> str | None:
    """The closer of a quote or bracket opened in the name and not closed in it."""
    for opener, closer in _CLOSERS.items():
        if opener == closer:
            if name.count(opener) % 2 == 1:
                return closer
        elif name.count(opener) > name.count(closer):
            return closer
    return None


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` stand alone inside quotes: '"don Tacho"',
    '« Papa Bosco »'."""
    opening = text[max(0, start - 2) : start].rstrip(" \u00a0")
    closer = _OPENERS.get(opening[-1:]) if opening else None
    return closer is not None and text[end : end + 2].lstrip(" \u00a0").startswith(closer)


def _surname_particles(particles: str) -> bool:
    """Whether lower-case particles before a name found alone are its surname's own:
    on the name's line, and one of them only ever a surname's ("dela", "van", "von")."""
    return "\n" not in particles and any(w in _SURNAME_PARTICLES for w in particles.split())


def _only_particles(between: str) -> bool:
    words = between.split()
    if len(words) == 1 and words[0].rstrip(".") in _CONNECTORS:
        return True  # "Shahnawaz" + "alias" + "Pappu": one person
    if _KIN_LINK.match(between) and between[4:] == " ":
        return True  # "Vijayan" + "a/l" + "Krishnan": a name with the father's name
    if between == " @ ":
        return True  # "Tan Boon Huat" + "@" + "Ah Huat": an alias in Malaysian records
    return bool(words) and len(words) <= 2 and all(w in _PARTICLE_WORDS for w in words)
