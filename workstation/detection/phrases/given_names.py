"""Names the model misses, found by a known given name followed by a surname.

The English model knows the names of the cultures it was trained on and misses many
others ("Mamadou Kouyaté", "Lucía Carrasco Ibáñez"), and no model reads a language it
has none for. A capitalised (or all-capitals) word that is a known given name, followed
by one to three words that look like a surname, is proposed as a person; so is a
common East Asian surname followed by given names ("Zhang Wei", "Nguyen Thi Lan",
"PARK JI-HOON").

The given names come from gender-guesser's dictionary (Jörg Michael's name list, some
48,000 names from 54 countries, GNU FDL), read once on first need, plus the common given
names of the regions it covers thinly (``name_lists``: Africa, South, Central and
South-East Asia). A name is known with or without its diacritics ("Joaquín" is
"Joaquin"). Precision is kept by what may follow: not an
organisation's or a place's head word ("Grace Hospital", "Victoria Street"), not a
month, a title or a word that cannot be part of a name; given names that are also
ordinary English words ("Will", "May", "Grace") are left out.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Iterator

from workstation.detection.layout.names import is_name_word
from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.layout.words import NOT_NAME, PARTICLES, TITLES
from workstation.detection.phrases.name_lists import EXTRA
from workstation.detection.phrases.tokens import Word, gap_is_space, words
from workstation.detection.phrases.tokens import word_set as _set

SCORE = 0.6

# Common surnames that come first in East Asian names.
EAST_ASIAN_SURNAMES = _set(
    """
    zhang wang liu chen yang huang zhao zhou xu sun zhu guo lin luo gao liang zheng xie
    tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang nguyen tran pham hoang
    phan dang bui ngo duong trinh dinh kim park choi jung kang cho yoon jang lim shin kwon
    li wu hu lu jin wei lee han
    hwang ahn yoo tanaka suzuki sato takahashi watanabe ito yamamoto nakamura kobayashi
    """
)
# Given names that are also ordinary words a capital can start ("May I", "Will Power").
_ORDINARY = _set(
    """
    will may june april august grace hope faith joy rose lily iris ivy holly daisy dawn eve
    summer autumn winter river sky star king prince duke earl baron major general mark
    bill pat sue rob guy art jack frank earnest sunny rich gay gale sandy rocky forest
    hunter chase bishop carter page hall lane dale glen cliff brook wood field church
    chapel cross bay cape bank ray sol lux max van del della la le les des young long
    north south west east new old saint san santa sainte christian justice liberty
    unity patience charity mercy precious blessing gift goodluck marvel happy lucky
    angel ben pierre paris florence victoria georgia virginia carolina jordan israel
    lebanon china india kenya asia africa europe america london sydney chelsea
    """
)
# Words that make what comes before a place or an organisation, not a surname.
_HEADS = _set(
    """
    street st road rd avenue ave boulevard lane drive way square place court hospital
    clinic university college school academy institute prison jail station airport port
    harbour bridge park garden gardens hotel church mosque temple cathedral chapel bank
    company corporation group holdings party foundation fund trust centre center
    district province region valley river lake island islands mountain mountains hill
    hills falls beach coast bay county city town village camp market mall tower house
    hall building estate farm mine works factory plant line road ministry agency
    commission council committee union association society club league team army police
    court tribunal office desk bureau department airlines airways press times post
    """
)
# Words of English, French and Spanish sentences that the dictionary also holds as
# names somewhere in the world ("The", "Son", "Are").
_FUNCTION_WORDS = _set(
    """
    the and for not are was but his her its our who how why all any son sun carry
    three four five six seven eight nine ten eleven twelve twenty hundred
    les des une par sur pas mais dont avec sans sous los las una por con sin del que
    """
)
_MONTHS = _set(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    """
)


def given_names(text: str) -> Iterator[LayoutSpan]:
    """A known given name and a surname, or an East Asian surname and given names."""
    found = words(text)
    known = _known()
    index = 0
    while index < len(found):
        word = found[index]
        lower = word.lower
        if _bare(lower) in EAST_ASIAN_SURNAMES and _capitalised(word):
            last = _surname_words(text, found, index, limit=2)
        elif lower in _KUNYA and word.text[:1].isupper():
            last = _surname_words(text, found, index, limit=2) if _kunya_of(found, index) else index
        elif _bare(lower) in known and lower not in _ORDINARY and _capitalised(word):
            last = _surname_words(text, found, index, limit=3)
            if (
                last == index
                and lower not in _LETTERED
                and (cut := _SURNAME_CUT.match(text, word.end))
            ):
                reason = "a known given name and a surname's initial"
                yield LayoutSpan(word.start, cut.end(), "PERSON", SCORE, reason)
                index += 1
                continue
        else:
            last = _before_a_name_particle(text, found, index)
            if last == index:
                last = _shaped_surname(text, found, index)
            if last == index:
                last = _after_initials(text, found, index)
        if last > index and word.text.isupper() and _in_heading(text, word.start):
            last = index  # "NINE JOURNALISTS ARE UNDER": a heading in capitals
        if last > index:
            yield LayoutSpan(
                word.start, found[last].end, "PERSON", SCORE, "a known given name and a surname"
            )
            index = last + 1
        else:
            if (inverted := _inverted(text, found, index, known)) is not None:
                yield LayoutSpan(*inverted, "PERSON", SCORE, "a surname, then a known given name")
            elif (capitals := _capitals_then_given(text, found, index)) > index:
                reason = "a surname in capitals, then a given name"
                yield LayoutSpan(word.start, found[capitals].end, "PERSON", SCORE, reason)
                index = capitals
            index += 1


# A surname cut to its initial after a known given name, as case notes, registers and
# lists write people they protect ("Karim M. (driver)", "Raju S.   6,12,500", "met
# Ghada N. on"): the initial ends the name, no surname follows it.
_SURNAME_CUT = re.compile(
    r"[ ][^\W\d_a-z]\.(?=[ \t]*(?:\n|\Z|[,;:)(\]\u2013\u2014-])|[ \t]{2,}|[ ][a-z(])"
)
# Nouns that take a letter after them ("Wing C.", "Block B.", "Plan B."), some of them
# also given names somewhere.
_LETTERED = _set(
    """
    wing block section annex room unit gate zone cell ward hall plan grade class type
    phase level part option category schedule exhibit appendix vitamin hepatitis team
    group building floor sector site camp row bay lot court division company battalion
    """
)
# Particles found only inside people's names: "son of" and "daughter of" in Arabic,
# Hassaniya, Tamasheq and Kikuyu naming ("Sidi ould Cheikh", "Intalla ag Ahmed").
_NAME_ONLY_PARTICLES = _set("ould ag bin ibn bint binti wa wald wad")


def _before_a_name_particle(text: str, found: tuple[Word, ...], index: int) -> int:
    """The last word of "Name ould Name" starting at ``index`` (``index`` if none)."""
    if index + 2 >= len(found) or not _capitalised(found[index]):
        return index
    word, particle = found[index], found[index + 1]
    if particle.text not in _NAME_ONLY_PARTICLES or not gap_is_space(text, word, particle):
        return index
    if not _surname_like(word) or found[index + 2].lower in _KUNYA_PLACES:
        return index
    last = _surname_words(text, found, index + 1, limit=2)
    return last if last > index + 1 else index


# Endings that mark a surname in many naming traditions: Slavic (-ov, -enko, -ski,
# -wicz, -ović), Romanian (-escu), Armenian (-yan), Turkish (-oğlu), Greek
# (-poulos), Georgian (-shvili, -dze), Persian (-zadeh, -pour), Nordic (-sson, -dóttir),
# South Asian (-wala, -appa, -nathan). A capitalised word before one is a given name.
_SURNAME_ENDINGS = _set(
    """
    ov ova ev eva enko chenko chuk czuk uk yuk ski ska sky skiy skaya skyi wicz owicz
    evich ovich ovic ović evic ević vić escu eanu yan oglu oğlu ogullari poulos poulou
    opoulos akis idis shvili dze adze idze zadeh pour nejad sson sdottir dottir dóttir
    wala walla appa nathan swamy murthy
    """
)
# Words with those endings that are not surnames ("Ukrainian", "Christian").
_NOT_SURNAMES = _set(
    """
    christian ukrainian russian belarusian armenian iranian indian asian european italian
    canadian brazilian egyptian syrian jordanian tunisian mauritanian indonesian malaysian
    australian austrian hungarian bulgarian romanian civilian librarian guardian median
    meridian obsidian comedian custodian historian musician physician politician
    technician electrician magician veterinarian vegetarian utilitarian humanitarian
    parliamentarian mandarian ian brian julian adrian damian sebastian fabian vivian
    kov prov
    """
)


def _shaped_surname(text: str, found: tuple[Word, ...], index: int) -> int:
    """A capitalised name word and a word shaped like a surname ("Taras Melnychuk",
    "Arman Petrosyan"): the surname's index, or ``index`` if there is none."""
    if index + 1 >= len(found):
        return index
    word, following = found[index], found[index + 1]
    if not gap_is_space(text, word, following) or not _looks_given(word):
        return index
    if not _surname_shaped(following):
        return index
    return index + 1


def _after_initials(text: str, found: tuple[Word, ...], index: int) -> int:
    """Initials and a surname ("R. Okafor", "A.K. Menon", "J.-P. Mbala"): the
    surname's index, or ``index``. The initials are a name's only when a capitalised
    name word follows them (not "U.S. Army")."""
    word = found[index]
    if not (len(word.text) == 1 and word.text.isupper() and text.startswith(".", word.end)):
        return index
    if index > 0 and _initial_at(text, found[index - 1]) and found[index - 1].end + 2 >= word.start:
        return index  # a later initial of the same run ("K" of "A. K. Menon")
    position = index + 1
    while position < len(found) and _initial_at(text, found[position]):
        if found[position].start - found[position - 1].end > 3:
            return index
        position += 1
    if position >= len(found) or found[position].start - found[position - 1].end > 3:
        return index
    surname = found[position]
    if text[found[position - 1].end + 1 : surname.start].strip(" ") != "":
        return index
    if not _surname_like(surname) or (surname.text.isupper() and len(surname.text) < 3):
        return index
    if surname.lower in _FUNCTION_WORDS or surname.lower in _SENTENCE_WORDS:
        return index
    if _heading_like(text, word.start, surname) and not _surname_shaped(surname):
        return index  # "B. Merits", "IV. Conclusions": a lettered heading
    line_start = text.rfind("\n", 0, word.start) + 1
    if word.text in "IVX" and not text[line_start : word.start].strip():
        return index  # "I. DÉROULEMENT DE LA VISITE": a numbered heading
    given = _bare(surname.lower) in _known() and surname.lower not in _ORDINARY
    return _surname_words(text, found, position, limit=3 if given else 1)


def _heading_like(text: str, start: int, last: Word) -> bool:
    """Whether the initials start a line and one word ends it."""
    line_start = text.rfind("\n", 0, start) + 1
    after = text[last.end : last.end + 2]
    return not text[line_start:start].strip() and (not after or after[0] in "\n:")


def _initial_at(text: str, word: Word) -> bool:
    return len(word.text) == 1 and word.text.isupper() and text.startswith(".", word.end)


def _looks_given(word: Word) -> bool:
    lower = word.lower
    return (
        _capitalised(word)
        and _surname_like(word)
        and lower not in _FUNCTION_WORDS
        and lower not in _ORDINARY
        and lower not in _SENTENCE_WORDS
        and len(lower) > 2
        and not any(part[:1].islower() for part in word.text.split("-")[1:])  # "Paris-born"
    )


def surname_shaped(word: str) -> bool:
    """Whether a capitalised word has an ending that marks a surname ("Melnychuk")."""
    return _surname_shaped(Word(0, len(word), word, word.lower()))


def _surname_shaped(word: Word) -> bool:
    bare = _bare(word.lower)
    if not _surname_like(word) or bare in _NOT_SURNAMES or len(bare) < 5:
        return False
    if bare in _known():
        return False  # "Jonathan" ends like "Raghunathan" but is a given name
    return bare.endswith(_bare_endings(_SURNAME_ENDINGS))


# Capitalised words that start English, French and Spanish sentences and clauses.
_SENTENCE_WORDS = _set(
    """
    when while after before since until although though because if unless whether where
    then thus hence also however meanwhile yesterday today later earlier once during
    under over between among against without within about above below near inside
    outside towards toward upon despite according both either neither each every
    another other such many most several few some no nor yet so only even just
    dear said says told asked
    quand lorsque puis ainsi selon avant après depuis pendant entre chez sans
    cuando mientras después antes desde durante entre según sin hacia
    """
)


def _capitals_then_given(text: str, found: tuple[Word, ...], index: int) -> int:
    """A surname in capitals followed by a known given name, as registers and police
    reports write them in running text ("COULIBALY Issa", "PETROVA Anna Ivanovna"):
    the index of the name's last word (``index`` if there is no such name)."""
    if index + 1 >= len(found):
        return index
    surname, given = found[index], found[index + 1]
    if not (surname.text.isupper() and len(surname.text) >= 3 and surname.text.isalpha()):
        return index
    if not set(_bare(surname.lower)) & set("aeiouy"):
        return index  # "DCM Jonathan Ashby": an acronym's post before a name
    if not gap_is_space(text, surname, given, line_breaks=False) or given.text.isupper():
        return index
    if not _capitalised(given) or _bare(given.lower) not in _known() or given.lower in _ORDINARY:
        return index
    if surname.lower in NOT_NAME or surname.lower in TITLES or _in_heading(text, surname.start):
        return index
    last = max(_surname_words(text, found, index + 1, limit=2), index + 1)
    while last > index + 1 and found[last].text.isupper():
        last -= 1
    return last


# "Father of" and "mother of" in Arabic naming (kunya): a name whatever follows, but
# for places that start the same way.
_KUNYA = _set("abu abou umm um oum")
_KUNYA_PLACES = _set("dhabi ghraib simbel kamal dis hamour")


def _kunya_of(found: tuple[Word, ...], index: int) -> bool:
    following = found[index + 1] if index + 1 < len(found) else None
    return following is not None and following.lower not in _KUNYA_PLACES


_LIST_BEFORE = "(,:;"
_LIST_AFTER = ",;)(."


def _inverted(
    text: str, found: tuple[Word, ...], index: int, known: frozenset[str]
) -> tuple[int, int] | None:
    """A surname, a comma and a known given name in a list or in brackets
    ("(Kasymov, Daniyar,", "Excused: ..., Dembélé, Adama"): both capitalised, the
    surname after a bracket or a list's comma, the given name before one or the line's
    end."""
    if index + 1 >= len(found):
        return None
    surname, given = found[index], found[index + 1]
    if text[surname.end : given.start] != ", " or not _capitalised(given):
        return None
    if _bare(given.lower) not in known or given.lower in _ORDINARY:
        return None
    if not _surname_like(surname) or _bare(surname.lower) in known:
        return None
    before = text[max(0, surname.start - 2) : surname.start].rstrip(" ")
    after = text[given.end : given.end + 2].lstrip(" \t")
    if not before.endswith(tuple(_LIST_BEFORE)) or not (
        not after or after[0] in _LIST_AFTER + "\n"
    ):
        return None
    return surname.start, given.end


def _in_heading(text: str, position: int) -> bool:
    """Whether the line holding ``position`` is a heading in capitals (five words or more)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end != -1 else len(text)]
    capitals = [w for w in line.split() if w.isupper() and sum(c.isalpha() for c in w) > 1]
    return len(capitals) >= 5


def _surname_words(text: str, found: tuple[Word, ...], index: int, limit: int) -> int:
    """Index of the last surname word after ``found[index]`` (``index`` itself if none)."""
    last = index
    position = index + 1
    while position < len(found) and position - index <= limit:
        word = found[position]
        if not gap_is_space(text, found[position - 1], word):
            break
        if (word.lower in PARTICLES or word.text in _NAME_ONLY_PARTICLES) and position + 1 < len(
            found
        ):
            position += 1  # "Aisha bint Salem": a particle only before another word
            continue
        if not _surname_like(word):
            break
        last = position
        position += 1
    return last


def known_given_name(word: str) -> bool:
    """Whether a capitalised word is a known given name that is not also an ordinary word."""
    lower = word.casefold()
    return word[:1].isupper() and lower not in _ORDINARY and _bare(lower) in _known()


def surname_like(word: str) -> bool:
    """Whether a word may be a surname: capitalised, not a place's or body's head word,
    a month, a title or a word that cannot be part of a name."""
    return _surname_like(Word(0, len(word), word, word.lower()))


def _surname_like(word: Word) -> bool:
    lower = word.lower
    if lower in _HEADS or lower in _MONTHS or lower in NOT_NAME or lower in TITLES:
        return False
    return _capitalised(word) and is_name_word(word.text)


def _capitalised(word: Word) -> bool:
    """ "Lucía", "KOUYATÉ", "Ji-hoon": a capital first, and a letter after it."""
    text = word.text
    return len(text) > 1 and text[0].isupper() and text[1:2].isalpha()


@functools.cache
def _known() -> frozenset[str]:
    """Every given name in gender-guesser's dictionary, lower-cased, and ours."""
    names = set(EXTRA)
    data = importlib.resources.files("gender_guesser") / "data" / "nam_dict.txt"
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or line[:1] in "#=":
                continue
            name = parts[1].casefold()
            names.update({name.replace("+", ""), name.replace("+", "-")})
    names = {_bare(name) for name in names}
    names -= NOT_NAME | TITLES | _MONTHS | _ORDINARY | _FUNCTION_WORDS
    return frozenset(name for name in names if len(name) > 2)


@functools.lru_cache(maxsize=65536)
def _bare(word: str) -> str:
    """The word without diacritics: "joaquín" -> "joaquin", "aïssatou" -> "aissatou"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Letters with no decomposition into a base letter and a mark ("Đặng", "Łukasz").
_UNDECOMPOSED = str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O"})


LONE_SCORE = 0.4
LONE_RECOGNIZER = "lone-names"
# Endings so rare outside surnames that the word alone is a name ("Kovalenko said").
_STRONG_ENDINGS = _set("enko chuk escu oglu oğlu poulos opoulou wicz ović ević shvili zadeh dóttir")
# Words of English, French and Spanish that the dictionary also holds as rare names.
_COMMON_WORDS = _set("elle ella ello lieu done pier tomó tomo vigilia rabi")


def lone_names(text: str) -> Iterator[LayoutSpan]:
    """A known given name or a word with a surname's rarest endings, standing alone
    ("Oleksandr complained", "Kovalenko said"): a weak cue, proposed for review only
    where nothing else was found (see :func:`workstation.detection.linking.link`)."""
    found = words(text)
    known = _known()
    for index, word in enumerate(found):
        if not _capitalised(word) or word.text.isupper() or not _surname_like(word):
            continue
        if _next_to_a_name_word(text, found, index) or word.lower in _COMMON_WORDS:
            continue
        bare = _bare(word.lower)
        if bare.endswith(_bare_endings(_STRONG_ENDINGS)) and len(bare) > 6:
            yield LayoutSpan(word.start, word.end, "PERSON", LONE_SCORE, "a surname's ending")
        elif bare in known and len(bare) > 3 and word.lower not in _ORDINARY | _SENTENCE_WORDS:
            yield LayoutSpan(word.start, word.end, "PERSON", LONE_SCORE, "a known given name")


_PLAIN_WORDS = _SENTENCE_WORDS | _FUNCTION_WORDS | (NOT_NAME - TITLES)


def _next_to_a_name_word(text: str, found: tuple[Word, ...], index: int) -> bool:
    """Whether a capitalised word touches this one (a longer name, or a title)."""
    for other in (index - 1, index + 1):
        if 0 <= other < len(found):
            left, right = sorted((found[index], found[other]), key=lambda w: w.start)
            touching = gap_is_space(text, left, right, line_breaks=False)
            neighbour = found[other]
            if touching and neighbour.text[:1].isupper() and neighbour.lower not in _PLAIN_WORDS:
                return True
    return False


@functools.cache
def _bare_endings(endings: frozenset[str]) -> tuple[str, ...]:
    """Word endings without their diacritics, for ``str.endswith`` on bare words."""
    return tuple({_bare(ending) for ending in endings})


# For the cue finders: words that start sentences, head words of places and bodies,
# months and days.
SENTENCE_WORDS = _SENTENCE_WORDS | _FUNCTION_WORDS
HEADS = _HEADS
MONTHS = _MONTHS
