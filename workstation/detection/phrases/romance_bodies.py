"""Bodies in French, Italian, Spanish and Portuguese whose names run through lower-case
words and joins to a place: ``brigade financière de la police judiciaire de
Saint-Ambroise``, ``Procura della Repubblica presso il Tribunale di Sant'Elia``,
``Centro di Permanenza per il Rimpatrio di Sant'Elia``, ``Inspection du travail de
Haute-Vallée``, ``Pronto Soccorso dell'Ospedale San Luca``.

Romance languages name a public body by its kind, what it does in lower case and the
place it serves, tied by "de", "di", "della", "per il", "presso il". The model stops at
the first lower-case word or elided article ("dell'", "d'"), leaving the kind of body and
the place readable, which together point at one office. The name is read from a head
word that names a body, through alternating joins and words, to a capitalised name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import joined_lines, word_set

ENTITY = "ORGANIZATION"
SCORE = 0.55

# Heads that name a body whatever follows them.
_STRONG_HEADS = (
    r"tribunal|tribunale|procura|procura[ ]generale|procuradoria|questura|prefettura"
    r"|préfecture|sous-préfecture|commissariat|commissariato|gendarmerie|juzgado|fiscalía"
    r"|fiscalia|ministère|ministero|ministerio|ministério|inspection|ispettorato|inspección"
    r"|inspeção|inspecção|brigade|brigada|capitaneria|jefatura|comisaría|parquet|mairie"
    r"|carcere|caserne|caserma|tenenza|pronto[ ]soccorso|casa[ ]circondariale"
    r"|casa[ ]di[ ]reclusione|maison[ ]d['\u2019]arrêt|maison[ ]centrale|guardia[ ]civil"
    r"|guarda[ ]nacional|polizia[ ]di[ ]stato|esquadra|subdelegación|delegación|délégation"
)
# Heads that also have other senses ("le centre de Kessa", "la casa di Mario"): a body
# only with a word between the head and the place.
_WEAK_HEADS = (
    r"centre|centro|casa|service|servizio|servicio|serviço|office|ufficio|oficina|cellule"
    r"|chambre|camera|câmara|comando|commandement|direction|direzione|dirección|direção"
    r"|direcção|section|sezione|sección|secção|division|divisione|división|unité|unità"
    r"|unidad|unidade|nucleo|núcleo|compagnie|compagnia|compañía|stazione|agence|agenzia"
    r"|agencia|agência|azienda|institut|istituto|instituto|hôpital|ospedale|hospital"
    r"|cour|corte|conseil|consiglio|consejo|conselho|comité|comitato|syndicat|sindacato"
    r"|sindicato|association|associazione|asociación|associação|union|unione|unión|garante"
    r"|département|dipartimento|departamento|police|polizia|policía|polícia|guardia|guarda"
    r"|régiment|reggimento|regimiento|groupement|gruppo|grupo|bureau|pôle|polo|observatoire"
    r"|osservatorio|observatorio|fondation|fondazione|fundación|fundação|caisse|cassa|caja"
    r"|université|università|universidad|universidade|école|scuola|escuela|escola|lycée"
    r"|liceo|clinique|clinica|clínica"
)
# The joins of such names, elided ones written against the next word.
_JOIN = (
    r"(?:[ ](?:de[ ]la|de[ ]las|de[ ]los|de[ ]lo|des|du|de|di|del|della|dello|dei|degli|delle|da|do"
    r"|dos|das|per[ ]il|per[ ]la|per[ ]i|per[ ]gli|per[ ]le|per[ ]l['\u2019]|presso[ ]il"
    r"|presso[ ]la|presso[ ]l['\u2019]|pour[ ]les|pour[ ]la|pour[ ]le|pour[ ]l['\u2019]|pour"
    r"|para[ ]el|para[ ]la|para[ ]los|para[ ]las|para|contre[ ]la|contre[ ]le|contro[ ]la"
    r"|contra[ ]la|contra[ ]el|sur[ ]les|sur[ ]la|sulla|sulle|sui)[ ]"
    r"|[ ](?:de[ ]l|d|dell|dall|all|sull|per[ ]l|pour[ ]l)['\u2019])"
)
_JOIN_WORDS = (
    r"(?:de|la|las|los|le|les|l|des|du|di|del|della|dello|dei|degli|delle|da|do|dos|das"
    r"|per|il|i|gli|presso|pour|para|el|contre|contro|contra|sur|sulla|sulle|sui|et|e|y|ou|o"
    r"|a|à|al|au|aux|en|in|est|es|è|ha|a|qui|que|che|dans|nel|nella|con|avec|sans)"
)
# A lower-case word of the name: a noun after a join, an adjective after a noun.
_LOWER = rf"(?!{_JOIN_WORDS}(?![\w'\u2019-]))[a-zà-ÿ][a-zà-ÿ'\u2019-]{{2,}}"
_CAP = r"[A-ZÀ-Þ][\w'\u2019]*(?:-[\w'\u2019]+)*"
_PLACE = rf"{_CAP}(?:[ ]{_CAP}){{0,2}}"
_BODY = re.compile(
    rf"(?<![\w-])(?P<head>(?i:{_STRONG_HEADS})|(?i:{_WEAK_HEADS}))(?![\w'\u2019-])"
    rf"(?P<inner>(?:[ ](?!(?:{_JOIN_WORDS})[ ]){_CAP}){{0,2}}(?:[ ]{_LOWER})?"
    rf"(?:{_JOIN}(?:{_LOWER}|{_CAP}(?:[ ]{_CAP}){{0,2}})(?:[ ]{_LOWER})?){{0,3}})"
    rf"(?:{_JOIN}(?P<place>{_PLACE})(?![\w'\u2019-])"
    # or its own name in quotes: 'Casa Circondariale "Le Vignole"'
    r"|[ ](?P<quoted>[\"«\u201c][^\"»\u201d\n]{2,40}[\"»\u201d]))"
)
_STRONG = re.compile(rf"(?i:{_STRONG_HEADS})")
# Heads that are first of all common nouns ("el centro de la ciudad", "la casa de campo",
# "la camera da letto", "su grupo de amigos"): a body only with body words inside.
_GENERIC = re.compile(r"(?i:centre|centro|casa|camera|grupo|gruppo|groupe)")
# The lower-case words a body's name is made of: what it does, its rank, its field. A
# word is one of them if it starts with one of these stems or is one of the last words.
# Any other lower-case word ("ciudad", "amigos", "histórico", "letto", "arrested") makes
# the phrase prose, unless a capitalised head that is no common noun opens it
# ("Tribunal administratif de X").
_BODY_WORDS = re.compile(
    r"(?:judici|judicia|jurídic|juridi|giudizi|financ|finanz|crimin|penal|pénal|correction"
    r"|polic|políc|poliz|gendarm|douan|aduan|alfând|renseign|investig|enquête|recherche|ricerc"
    r"|sécurit|segur|sicurez|médecin|medicin|légal|legal|sanit|santé|salud|saúde|salute"
    r"|hospital|ospedal|travail|trabaj|trabalh|lavor|emploi|impôt|impuest|fiscal|tribut"
    r"|grande|instance|instanc|premi|primer|seconde|second|segund|appel|apel|cassa|casaci"
    r"|mineur|minor|menor|famil|enfan|infan|social|municip|région|region|provinc|départ"
    r"|depart|dipart|national|nacional|nazional|général|general|central|public|publiq"
    r"|públic|pubblic|administr|amministr|civil|militar|militair|territ|republi|répub"
    r"|urgen|emergen|soccors|secours|écoute|accueil|acogid|accogl|rétention|détention"
    r"|detenci|detenz|permanen|rimpatri|réfugi|refugi|migra|étranger|extranjer|stranier"
    r"|estrangeir|asile|asilo|droit|derech|diritt|direit|human|uman|femme|mujer|donne"
    r"|mulher|victim|víctim|vittim|portuai|portuari|portuári|autonom|autónom|mines|minas"
    r"|minier|eaux|aguas|acque|forest|environ|ambient|agricol|agricult|pêche|pesca|transport"
    r"|tránsit|traffic|circulation|frontièr|fronter|frontier|fronteir|garde|costier|côtièr"
    r"|marin|marítim|marittim|naval|armée|ejércit|esercit|aérien|aere|études|estudios"
    r"|studi|enseign|enseñan|educa|éduca|istruz|instruc|scolai|escolar|commerc|comerc"
    r"|industri|achat|compras|appalt|marchés|protec|protez|proteç|aide|ayuda|aiuto|assist"
    r"|asisten|solidar|défense|defens|difes|vigilan|surveill|sorvegli|contrôl|control"
    r"|inspec|ispett|garant|jeunesse|juventud|gioven|anticorr|corrup|corruz|fraude|frode"
    r"|drogue|droga|stupéf|stupefac|narco|terror|mobile|délinqu|delinc|delinq|scientif"
    r"|techni|técnic|tecnic|carabin|carcer|pénitent|penitenc|penitenz|prison|prisión"
    r"|prigion|circondarial|reclus|lutte|lucha|lotta|justice|justicia|giustizia|justiça"
    r"|prud|travailleur|ouvri|obrer|operai|paysan|campesin|contadin|agricult|enseignant"
    r"|docent|profess|méde|médic|infirm|enfermer|comerciant|commerçant|déguerpi|conserv"
    r"|fonci|cadastr|catast|notari|regist|état|estado|stato|estadual|statal|mairie|alcald"
    r"|comun|commun|cantonal|comarcal|distrit|district|départemental|rural|urbain|urban|local"
    r"|primai|primari|primári|rescat|sauvetage|salvament|interven|secondai|secondari|secundari|maternel|élément|elementa)"
    r"[\w'\u2019-]*"
    r"|port|ports|porto|puerto|aéroport|aeroporto|aeropuerto|gare|estación|stazione"
)
# Words of English prose after an English head: "the police arrested da Silva", "the
# tribunal heard de Groot". A Romance name has no lower-case word of these shapes.
_ENGLISH = re.compile(
    r"[a-z]{3,}ed|[a-z]{3,}ing|heard|said|says|told|found|took|gave|held|sent|met|saw"
    r"|kept|paid|made|left|brought|sought|caught|knew|came|went|got|has|had|was|were|will"
    r"|would|can|could|may|might|must|shall|should|did|does|also|then|now|today|chief"
    r"|officers?|officials?|spokesman|spokeswoman|members?|staff|head|judges?|agents?"
    r"|sources?|says|asks|wants|took|began|ran|won|lost|let|put|set|seized|raided"
)


def _words(between: str) -> list[str]:
    """The words between the head and the place, joins and elisions left out."""
    found = []
    for token in between.split():
        word = re.sub(r"^\w{1,4}['\u2019]", "", token)
        if word and not re.fullmatch(_JOIN_WORDS, word):
            found.append(word)
    return found


def _reads_as_prose(head: str, words: list[str]) -> bool:
    """Whether the lower-case words of a candidate make it prose rather than a name."""
    if any(_ENGLISH.fullmatch(word) for word in words):
        return True
    if head[:1].isupper() and not _GENERIC.fullmatch(head):
        return False
    return any(not _BODY_WORDS.fullmatch(word) for word in words)


# A capitalised word that starts the next sentence rather than names the place.
_NOT_PLACES = word_set(
    """
    The This That Il Le La Les El Los Las Lo Un Une Una Uno Ce Cette Questo Questa Este
    Esta Mr Mrs Ms Dr M Mme Sig Sr Sra Don Doña
    """
)

# A national service named by its fixed name alone, as documents of its country write it:
# "la Fiscalía informó", "la Douane sollicite", "ante la Procuraduría", "la Questura".
_FIXED_NAMES = re.compile(
    r"(?<![\w-])(?:Fiscalía|Fiscalia|Procuraduría|Procuradoria|Defensoría|Defensoria"
    r"|Contraloría|Controladoria|Personería|Douanes?|Aduanas?|Alfândegas?|Questura"
    r"|Prefettura|Préfecture|Procura|Ministerio[ ]Público|Ministério[ ]Público"
    r"|Pubblico[ ]Ministero|Guardia[ ]Civil|Guardia[ ]di[ ]Finanza|Carabinieri"
    r"|Polizia[ ]di[ ]Stato|Guarda[ ]Nacional[ ]Republicana|Policía[ ]Nacional"
    r"|Polícia[ ]Judiciária|Gendarmería)(?![\w-])"
)


def romance_bodies(text: str) -> Iterator[LayoutSpan]:
    """Bodies named by kind, lower-case words and place, each whole and each once."""
    flat = joined_lines(text)
    seen: set[tuple[int, int]] = set()
    for match in _FIXED_NAMES.finditer(flat):
        seen.add(match.span())
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "a national service by its fixed name")
    for match in _BODY.finditer(flat):
        head = match.group("head")
        if not _STRONG.fullmatch(head) and not match.group("inner").strip():
            continue  # "le centre de Kessa": a part of a town, not a body
        start, end = match.start(), match.end()
        named = "place" if match.group("place") else "quoted"
        words = _words(flat[match.end("head") : match.start(named)])
        if _reads_as_prose(head, [word for word in words if word[:1].islower()]):
            continue  # "el centro de la ciudad de Quito", "the police arrested da Silva"
        if (
            _GENERIC.fullmatch(head)
            and head[:1].islower()
            and not any(_BODY_WORDS.fullmatch(word.lower()) for word in words)
        ):
            continue  # "la casa de María de Madrid": a house, not a body
        if match.group("quoted"):
            if head[:1].islower() or re.search(r"(?:^|[ ])[a-z]", match.group("inner")):
                continue  # 'the office was "just a mailbox"': a quotation, not a name
            if (start, end) not in seen:
                seen.add((start, end))
                yield LayoutSpan(start, end, ENTITY, SCORE, "a body named by kind and name")
            continue
        place = match.group("place").split()
        while place and place[-1] in _NOT_PLACES:
            place.pop()
            end = flat.rindex(" ", start, end)
        if not place or place[0] in _NOT_PLACES:
            continue
        if (start, end) not in seen:
            seen.add((start, end))
            yield LayoutSpan(start, end, ENTITY, SCORE, "a body named by kind, words and place")
