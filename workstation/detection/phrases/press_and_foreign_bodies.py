"""Newspapers and bodies named in other languages' grammar: ``The Observer``, ``Kessa
Tribune``, ``Novye Vedomosti``, ``Sijn al-Markazi``, ``Mahkamat Bir Hamra``,
``Zarečka banka``, ``SIZO-3 Orlovsk``, ``Ministério Público``, ``Police judiciaire``.

A newspaper that published a leak, or that a source talked to, narrows the source
down, and its name is ordinary words ("Observer", "Today") the model takes for none.
Bodies named the Arabic way (the kind first: "sijn", prison; "mahkama", court), the
Slavic way (an adjective and a lower-case kind: "banka", "bolnica") or by the fixed
names of French, Spanish and Portuguese public services are not English grammar, and
the other finders stop at their first word or miss them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import word_set

ENTITY = "ORGANIZATION"
SCORE = 0.5

_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:['\u2019](?!s\b)\w+)?(?:-[\w'\u2019]+)*"
# Words that name a newspaper, a news agency or a broadcaster after its name, in
# English, French, Spanish, Portuguese and the transliterated Slavic press. Not
# "Post" (a cable's word for its embassy; "Border Post"), "Register", "Examiner",
# "Monitor" or "Standard", which name offices, posts and rules as often.
_PRESS_HEADS = (
    r"(?:Observer|Courier|Courrier|Herald|Tribune|Tribuna|Gazette|Gazeta|Gaceta|Chronicle"
    r"|Telegraph|Times|Journal|Jornal|Mirror|Sentinel|Clarion|Today|Daily|Weekly"
    r"|Vedomosti|Izvestia|Izvestiya|Novosti|Pravda|Vesti|Vestnik|Kommersant"
    r"|Diario|Diário|Periódico|Correo|Correio|Folha|Quotidien|Observateur|Hebdo"
    r"|Nouvelles|Nación|Prensa|Imparcial|Heraldo|Noticias|Notícias|Expresso|Expreso"
    r"|Novinky|Novine|Vijesti|Gazetesi|News|Express)"
)
# Papers named by one word: after "The" ("told The Observer"; a capital "The" in
# mid-sentence is part of a title), or a Russian paper's name alone ("Vedomosti").
_PRESS_ALONE = (
    r"(?:The[ ](?:Observer|Courier|Herald|Tribune|Gazette|Chronicle|Telegraph|Guardian)"
    r"|Vedomosti|Izvestia|Izvestiya|Kommersant|Pravda)"
)
# Papers of the North and of German lands named in one word by what they are: the post,
# the paper, the courier ("Sundposten", "Dagbladet", "Nordkuriren", "Stadtzeitung").
_PRESS_ONE_WORD = (
    r"[A-ZÆØÅÄÖ][a-zæøåäöüß]{2,}(?:posten|bladet|bladid|tidende|tidningen|tidning|avisen|avis"
    r"|kuriren|kurier|zeitung|blatt|nytt|dagblad|courant|krant|gazete|sanomat|lehti)"
)
_PRESS = re.compile(
    rf"(?<![\w'\u2019-])(?P<org>{_PRESS_ALONE}|{_PRESS_ONE_WORD}"
    rf"|(?:(?:The|El|La|Le|Il|Die)[ ])?{_CAP}(?:[ ]{_CAP})?[ ]{_PRESS_HEADS}"
    rf"|(?:Diario|Diário|Jornal|Gazeta|Gaceta|Folha|Correio|Correo|Tribuna)[ ]"
    rf"(?:(?:de|do|da|del)[ ])?{_CAP}(?:[ ]{_CAP})?)(?![\w-]|['\u2019](?!s\b))"
)
# The press pattern starts at any capitalised word: it runs only on texts that hold
# one of its head words, found first by this cheap search.
_PRESS_GATE = re.compile(
    rf"(?<![\w-]){_PRESS_HEADS}(?![\w-])|Vedomosti|Izvestia|Kommersant|Pravda"
    r"|(?:posten|bladet|bladid|tidende|tidning|avis|kuriren|kurier|zeitung|blatt|nytt|dagblad|courant"
    r"|krant|gazete|sanomat|lehti)"
)
_SLAVIC_GATE = re.compile(
    r"[ ](?:bank|bol|škol|shkol|gimnazi|zavod|fabrik|tvornic|kombinat|zadrug|strank|parti|gazet"
    r"|novine|tužilaštvo|prokuratur|polici|polits|uprav|opštin|općin|sud|univerzitet|universitet"
    r"|akademi|komitet|agenc|agents|kompani|klinik|poliklinik|ambulant|pošt|aptek|ljekarn|apotek)"
)
_NOT_PRESS_FIRST = word_set(
    """
    In On At To For From By With And But Or If When While After Before During Since This
    That These Those His Her Their Our Its My Your He She It We They I You Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July
    August September October November December Every Each Any Some No All Local Foreign
    Standard Good Bad Big Small Old New Last Next First Breaking Fake Daily Weekly Press
    Embassy Post Mission Consulate Official Financial Legal Medical Ministry Government
    Same Three Two Four Five Many Several Other Such
    """
)
# Bodies named the Arabic way, the kind first, as transliterated: "Sijn al-Markazi",
# "Mahkamat Bir Hamra", "Sharikat al-Waha lil-Tamwin", "Wizarat al-Dakhiliya".
_ARABIC_HEADS = (
    r"(?:[Ss]ijn|[Mm]a[h7]kama[th]?|[Ss]harika[th]?|[Ww]izara[th]?|[Mm]ustashfa|[Jj]ami['\u2019]?a[th]?"
    r"|[Jj]am['\u2019]?iyya[th]?|[Mm]arkaz|[Hh]izb|[Mm]ajlis|[Nn]iyaba[th]?|[Mm]aktab"
    r"|[Mm]u['\u2019]?assasa[th]?|[Mm]adrasa[th]?|[Kk]ulliya[th]?|[Qq]ism|[Bb]aladiya[th]?)"
)
_ARABIC_NAME = (
    r"(?:(?:al|el|an|ar|as|ad|ash|at|az|lil|li|bi)-[A-Za-z][\w'\u2019]+"
    r"|[A-Z][\w'\u2019]+(?:-[\w'\u2019]+)*)"
)
_ARABIC_BODY = re.compile(
    rf"(?<![\w'\u2019-])(?P<org>{_ARABIC_HEADS}[ ]{_ARABIC_NAME}(?:[ ]{_ARABIC_NAME}){{0,2}})"
    r"(?![\w'\u2019-])"
)
# A body named the Slavic way: an adjective from a place or a name and the kind in lower
# case ("Zarečka banka", "Gradska bolnica", "Orlovskaya gazeta").
_SLAVIC_BODY = re.compile(
    r"(?<![\w-])(?P<org>[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:sk|čk|šk|ck|ov|ev|in|n)"
    r"(?:a|i|o|e|aya|iy|oe|ye|ij|á|é|í|ý)"
    r"[ ](?:banka|bank|bolnica|bolnitsa|škola|shkola|gimnazija|gimnaziya|zavod|fabrika"
    r"|tvornica|kombinat|zadruga|stranka|partija|partiya|gazeta|novine|tužilaštvo"
    r"|prokuratura|policija|politsiya|uprava|opština|općina|sud|univerzitet|universitet"
    r"|akademija|akademiya|komitet|agencija|agentstvo|kompanija|kompaniya|klinika"
    r"|poliklinika|ambulanta|pošta|apteka|ljekarna|apoteka))(?![\w-])"
)
# Russian and ex-Soviet penal and police places by their abbreviation and number:
# "SIZO-1", "SIZO No. 2", "IK-6", "IVS", with the town written after them.
_PENAL = re.compile(
    r"(?<![\w/-])(?P<org>(?:SIZO|IK|IVS|LIU|LTP|KP|ITK|ITU|VK|SHIZO|PKT|TsVSIG|TsVSNP)"
    r"(?:-[ ]?\d{1,3}|[ ](?:No\.?|№|N)[ ]?\d{1,3})"
    r"(?:[ ](?!(?:In|On|At|To|The|He|She|They|We|It)\b)[A-Z][a-zà-ÿčćšžđ][\w'\u2019-]*)?)"
    r"(?![\w/-])"
)
# Fixed names of public services in French, Spanish and Portuguese, written with their
# adjective in lower case or capitalised: "Police judiciaire", "Ministerio Público".
_SERVICES = re.compile(
    r"(?<![\w-])(?P<org>(?:Police|Gendarmerie|Garde|Sûreté|Douane|Douanes|Trésor|Armée"
    r"|Policía|Polícia|Guardia|Guarda|Ministerio|Ministério|Ministère|Fuerza|Força"
    r"|Defensoría|Defensoria|Fiscalía|Procuraduría|Procuradoria|Contraloría|Registro"
    r"|Armada|Ejército|Exército|Prefectura|Agência|Receita|Tesouro)"
    r"[ ](?:(?i:judiciaire|nationale?|municipale?|fédérale?|militaire|républicaine"
    r"|publique?|pública|público|Público|Pública|nacional|federal|judicial|judiciária"
    r"|judiciaria|civil|militar|municipal|general|geral|republicana|aduanera|fiscal"
    r"|penitenciaria|penitenciária|del[ ]Pueblo|federal|de[ ]la[ ]República"
    r"|da[ ]República|de[ ]la[ ]Nación|Nacional|Federal|Judiciária|Civil|Militar)))"
    r"(?![\w-])"
)


def press_and_foreign_bodies(flat: str) -> Iterator[LayoutSpan]:
    """Newspapers, and bodies named in Arabic, Slavic or Romance grammar, in a text whose
    single line breaks are already spaces (:func:`joined_lines`, as :mod:`bodies` has it)."""
    for match in _PRESS.finditer(flat) if _PRESS_GATE.search(flat) else ():
        start, end = match.span("org")
        words = flat[start:end].split(" ")
        named = words[1:] if words[0] in ("The", "El", "La", "Le", "Il", "Die") else words
        if named[0] in _NOT_PRESS_FIRST or any(w.isupper() and len(w) > 1 for w in named):
            continue  # "Foreign News", "On Today", "BBC News": no paper's own name
        yield LayoutSpan(start, end, ENTITY, SCORE, "a newspaper by its name")
    for pattern, reason in (
        (_ARABIC_BODY, "a body named the Arabic way"),
        (_SLAVIC_BODY, "a body named the Slavic way"),
        (_PENAL, "a penal institution by its abbreviation"),
        (_SERVICES, "a public service by its fixed name"),
    ):
        if pattern is _SLAVIC_BODY and not _SLAVIC_GATE.search(flat):
            continue  # it starts at any capitalised word: only where a Slavic kind is
        for match in pattern.finditer(flat):
            yield LayoutSpan(*match.span("org"), ENTITY, SCORE, reason)
