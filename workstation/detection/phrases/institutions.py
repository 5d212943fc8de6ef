"""Organisations and places with their generic head word: ``Loro police station``,
``District of Ombéla``, ``tribunal de première instance de Kessa-Nou``.

The model finds "Loro" and leaves "police station" readable beside the box, which
tells a reader what was removed and often narrows it to one building. A place or
institution is read whole here: a name with the kind of place after it (English), the
kind of place with "of"/"de" and a name after it (English, French, Spanish), and French
and Spanish bodies whose names go on in lower case ("Union des journalistes
indépendants").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import joined_lines, word_set

SCORE = 0.55

# A name may begin with the Arabic article in lower case ("al-Qalaa", "el-Nasr").
_NAME = r"(?:(?:(?:al|el|an|ar|as|ad|ash|at|az)-)?[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*)"
_NAMES = rf"{_NAME}(?:[ ]{_NAME}){{0,2}}"
_FACILITY_MODIFIERS = (
    r"(?:police|military|psychiatric|remand|central|district|regional|civil|criminal|high"
    r"|supreme|cement|railway|bus|prison|army|detention|refugee|state|national|municipal"
    r"|public|private|general|teaching|university|border|customs|juvenile|women's|men's"
    r"|maximum-security|high-security|transit|reception|immigration|asylum|holding|oil|gas"
    r"|mining|textile|garment|sugar|coffee|rubber|steel|power|provincial|appeals?|city"
    r"|county|federal|district|magistrates'?|family|labour|military|naval|air|river|sea)"
)
_FACILITIES = (
    r"(?:prison|jail|gaol|court|police[ ]station|station|camp|ward|hospital|clinic|works"
    r"|factory|mine|mill|plant|school|university|college|ombudsman|embassy|consulate"
    r"|barracks|base|airport|market|church|mosque|temple|detention[ ]centre|detention[ ]center"
    r"|centre|center|headquarters|gendarmerie|brigade|battalion|commission|tribunal"
    r"|cooperative|penitentiary|colony|orphanage|shelter|academy|seminary|refinery"
    r"|estate|plantation|quarry|dockyard|shipyard|garrison|checkpoint|colliery|pit|town[ ]hall"
    r"|city[ ]hall|polytechnic|madrasa|madrassa|seminary|monastery|convent|cathedral|chapel"
    r"|synagogue|shrine|stadium|depot|warehouse|shipping[ ]line|pharmacy|canteen|restaurant"
    r"|café|cafe|bar|hotel|guesthouse|guest[ ]house|bakery|shop|store|supermarket|lodge"
    r"|motel|inn|teahouse|tea[ ]house|nightclub|dispensary|canteen|cafeteria|laundry"
    r"|prosecutor['\u2019]s[ ]office|prosecution[ ]office|prosecution[ ]service"
    r"|customs[ ]house|customs[ ]office)"
)
_PLACES = r"(?:valley|river|district|region|province|mountains|hills|plain|delta|coast|highlands)"
_PLACE_HEADS = (
    r"(?:District|Region|Province|Municipality|Department|County|State|Republic|Kingdom"
    r"|City|Town|Village|Island|Islands|Valley|Governorate|Prefecture|Canton|Commune)"
)
_FACILITY_FIRST = (
    r"(?:Court[ ]of[ ]Appeal|Court[ ]of[ ]Appeals|High[ ]Court|Supreme[ ]Court|Court"
    r"|University|Embassy|Consulate|Ministry|Bank|Port|Prison|Hospital|Polytechnic|College"
    r"|Academy|Institute|Seminary|Monastery|Cathedral|Mosque|Church|Temple|Stadium)"
)
_ENGLISH = re.compile(
    rf"(?<![\w-])(?P<org>{_NAMES}(?:[ ](?i:{_FACILITY_MODIFIERS})){{0,2}}[ ](?i:{_FACILITIES})"
    rf"(?:[ ](?:in|of)[ ]{_NAMES})?)(?![\w-])"
    rf"|(?<![\w-])(?P<org2>{_FACILITY_FIRST}(?:[ ]of[ ](?:the[ ])?{_NAMES}){{1,2}})"
    rf"|(?<![\w-])(?P<place>{_NAMES}[ ]{_PLACES})(?![\w-])"
    rf"|(?<![\w-])(?P<place2>{_PLACE_HEADS}[ ]of[ ](?:the[ ])?{_NAMES})"
    rf"|(?<![\w-])(?P<caps>(?:[A-ZÀ-Þ][A-ZÀ-Þ'-]+[ ]){{1,3}}(?:POLICE[ ]STATION|PRISON"
    rf"|CAMP|MILITARY[ ]CAMP|HOSPITAL|WARD|PSYCHIATRIC[ ]WARD|CENTRAL[ ]PRISON|COURT))(?![\w-])"
)
_ROMANCE_HEADS = (
    r"(?:prison|maison[ ]d['\u2019]arrêt|tribunal|cour[ ]d['\u2019]appel|cour|centre[ ]hospitalier"
    r"|hôpital|clinique|camp|commissariat|gendarmerie|brigade|université|école|lycée|mairie"
    r"|préfecture|caserne|centre[ ]de[ ]détention|centre|dispensaire|marché|port|quartier"
    r"|cárcel|penal|penitenciaría|reclusorio|juzgado|tribunal|corte|hospital|clínica"
    r"|comisaría|fiscalía|cuartel|universidad|colegio|escuela|municipio|alcaldía|puerto"
    r"|barrio|mercado|aduana|jefatura|dirección|ministerio|secretaría|superintendencia"
    r"|gobernación|prefectura|defensoría|procuraduría|contraloría|registro|instituto"
    r"|banco|empresa|compañía|cooperativa|diario|radio|canal|sindicato|federación"
    r"|direction|ministère|inspection|agence|banque|société|syndicat|radio|journal"
    r"|centre[ ]de[ ]santé|poste[ ]de[ ]santé|centro[ ]de[ ]salud|puesto[ ]de[ ]salud"
    r"|centro[ ]de[ ]saúde|posto[ ]de[ ]saúde|brigade[ ]de[ ]gendarmerie|poste[ ]de[ ]police"
    r"|compagnie[ ]de[ ]gendarmerie|escola|estabelecimento[ ]prisional|juízo|tribunal[ ]judicial"
    r"|cadeia|presídio|penitenciária|esquadra|câmara[ ]municipal|junta[ ]de[ ]freguesia"
    r"|alfândega|universidade|liceu|sala|audiencia[ ]provincial|hospital[ ]distrital|banco)"
)
_ROMANCE_QUALIFIERS = (
    r"(?:[ ](?:civile|centrale|militaire|régionale?|départementale?|universitaire|principale?"
    r"|général|générale|de[ ]première[ ]instance|de[ ]grande[ ]instance|d['\u2019]instance"
    r"|d['\u2019]appel|de[ ]police|de[ ]sécurité|pour[ ]mineurs|central|penal|de[ ]instrucción"
    r"|de[ ]primera[ ]instancia|de[ ]garantía|militar|regional|provincial|municipal"
    r"|penitenciario|psiquiátrico|psychiatrique|de[ ]mujeres|de[ ]femmes|comarcal|universitario"
    r"|clínico|general|nacional|departamental|distrital|materno-infantil|de[ ]referencia"
    r"|de[ ]district|de[ ]référence|préfectoral|préfectorale|communal|communale"
    r"|primaire|secondaire|maternelle|élémentaire|administratif|administrative|judiciaire"
    r"|correctionnel|correctionnelle|populaire|publique|public|privé|privée|mixte|islamique"
    r"|catholique|protestante?|evangélique|primaria|secundaria|pública|público|privada"
    r"|privado|administrativo|administrativa|laboral|civil|mixto|mixta|técnico|técnica"
    r"|agrícola|rural|urbain|urbaine|urbano|urbana|cooperativo|cooperativa|básica|secundária"
    r"|primária|regional|distrital|prisional|criminal|segunda|primera|tercera|cuarta|quinta"
    r"|primeira|terceira|segundo|primero|tercero|première|deuxième|troisième|superior"
    r"|supérieur|supérieure)){0,3}"
    r"(?:[ ](?:n\.?[º°o]|N\.?[º°o]|No\.?)[ ]?\d{1,4})?"
)
_ROMANCE = re.compile(
    rf"(?<![\w-])(?P<org>(?i:{_ROMANCE_HEADS}{_ROMANCE_QUALIFIERS})[ ]"
    rf"(?:de[ ]la[ ]+|de[ ]l['\u2019]|du[ ]+|des[ ]+|de[ ]lo[ ]+|de[ ]+|d['\u2019]|del[ ]+"
    rf"|do[ ]+|da[ ]+|dos[ ]+|das[ ]+)"
    rf"(?:[A-Z][\w'\u2019-]*)(?:[ ][A-Z][\w'\u2019-]*){{0,2}})"
)
_BODY_HEADS = (
    r"(?:Union|Inspection|Direction|Fédération|Association|Syndicat|Ligue|Comité|Conseil"
    r"|Collectif|Fondation|Observatoire|Institut|Agence|Office|Caisse|Banque|Société"
    r"|Compagnie|Mouvement|Parti|Front|Rassemblement|Alliance|Coalition|Unión|Federación"
    r"|Asociación|Sindicato|Liga|Comité|Consejo|Colectivo|Fundación|Observatorio"
    r"|Instituto|Agencia|Movimiento|Partido|Frente|Coordinadora|Defensoría|Dirección"
    # a court's or an agency's unit: "Chambre des appels correctionnels", "Cellule de
    # renseignement financier", "Pôle de l'instruction", "Sala de lo Penal"
    r"|Chambre|Cellule|Brigade|Pôle|Délégation|Autorité|Sala|Brigada|Unidad|Célula|Câmara"
    r"|Vara|Secção|Sección)"
)
_BODY = re.compile(
    rf"(?<![\w-])(?P<org>{_BODY_HEADS}(?:[ ](?:générale?|nationale?|centrale?|régionale?"
    r"|general|nacional|central|regional|[A-ZÀ-Þ][a-zß-ÿ]+(?:ienne|ien|aise|ais|ana|ano"
    r"|ense|eña|eño|ique|ica|ico|ale|al|aire|ária|ário)))?"
    r"[ ](?:des|de[ ]la|de[ ]l['\u2019]|du|de|d['\u2019]"
    r"|del|de[ ]los|de[ ]las)[ ]?[\w'\u2019-]+(?:[ ](?!(?:a|est|ont|sont|qui|que|et|pour|dans"
    r"|sur|avec|en|le|la|les|un|une|es|fue|ha|han|y|se|ne|n['\u2019]\w*)\b)[a-zà-ÿ][\w-]*)?)"
)
_STOP_NAMES = word_set(
    """
    The A An This That These Those His Her Their Our Its My Your In On At To For From By
    He She It We They I You
    With And But Or If When While After Before During Since Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Each Every Any Some No One Both All Many Several Other
    Another Such Which What Who Where
    """
)
# The articles of French, Spanish, Italian and Portuguese that open a sentence in capitals.
_ROMANCE_ARTICLES = word_set(
    """
    Le La Les L' El Los Las Il Lo Gli Un Une Una Uno Ce Cette Este Esta Questo Questa O A
    Os As Do Da Du Des Del Au Al
    """
)
# Companies and clubs by the word that ends their name ("Qortelecom LLC", "Sela
# Football Club"), and courts and prosecutors' offices named in Spanish and French
# ("Juzgado de Instrucción nº 3 de Santa Inés", "le parquet de Sela").
_SUFFIXED = re.compile(
    r"\b(?P<org>(?:[A-Z][\w&'\u2019.-]*[ ]){1,4}(?:LLC|LLP|Ltd\.?|Limited|Inc\.?|Corp\.?|GmbH|AG"
    r"|S\.A\.|SARL|S\.A\.R\.L\.|SAS|BV|NV|PLC|plc|Sdn[ ]Bhd|Pty[ ]Ltd|Pvt\.?[ ]Ltd\.?|S\.L\."
    r"|S\.p\.A\.|SpA|OOO|e\.V\.|Co\.,?[ ]Ltd\.?|Co\.|Holdings?|Trading|Enterprises"
    r"|Club|Polytechnic|Brothers|Bros\.))(?![\w])"
)
_COURTS = re.compile(
    r"\b(?P<org>(?:Juzgado|Audiencia|Fiscal[ií]a|Tribunal|Parquet|Cour|Corte|Sala|Juez[ ]de"
    r"|parquet|fiscal[ií]a|juzgado|tribunal|cour|audiencia)"
    r"(?:[ ](?:de|del|d['\u2019]|des|du|de[ ]la|[A-Z][\w'\u2019-]*|n[ºo°][ ]?\d+))*"
    r"[ ](?:[A-Z][\w'\u2019-]*|n[ºo°][ ]?\d+))"
)
# Spanish and French firms and papers named by the kind of business first and a proper
# name after it, with no "de" between ("Diario El Litoral", "Importadora Del Pacífico",
# "Transports Kaboré", "Groupe Sanou").
_TRADE_FIRST = re.compile(
    r"\b(?P<org>(?:Diario|Importadora|Exportadora|Transportes|Transports|Grupo|Groupe"
    r"|Constructora|Inversiones|Comercializadora|Distribuidora|Minera|Naviera|Editorial"
    r"|Consultora|Agropecuaria|Pesquera|Laboratorios|Industrias|Société|Compagnie|Entreprise"
    r"|Établissements|Ets\.|Imprimerie|Cabinet|Agence|Bar|Café|Cafetería|Restaurante"
    r"|Restaurant|Hôtel|Hotel|Pensão|Pensión|Hostal|Farmacia|Farmácia|Pharmacie|Boulangerie"
    r"|Panadería|Padaria|Taberna|Cantina|Tasca|Maquis|Supermercado|Mercearia|Tienda|Boutique)"
    r"(?:[ ](?:Del|del|De|de|La|la|El|Los|Las|Le|Les|des|du))?"
    r"(?:[ ][A-ZÀ-Þ][\w'\u2019-]*)(?:[ ](?:(?:do|da|dos|das|de|del|du|des)[ ])?"
    r"[A-ZÀ-Þ][\w'\u2019-]*){0,2})"
)
# Spanish public bodies named in capitals after their kind, with or without "de"
# ("Dirección General de Centros Penales", "Unidad de Personas Desaparecidas",
# "Contraloría General", "Comisaría Villa Norte", "Escuela Oficial Rural Mixta No. 12",
# "Fondo Andino para el Periodismo").
_SPANISH_CAP = r"[A-ZÁÉÍÓÚÑ][\w'\u2019]*(?:-[\w'\u2019]+)*"
_SPANISH_BODY = re.compile(
    r"(?<![\w-])(?P<org>(?:Dirección|Subdirección|Unidad|Contraloría|Procuraduría|Defensoría"
    r"|Fiscalía|Comisaría|Secretaría|Subsecretaría|Superintendencia|Gerencia|Jefatura"
    r"|Oficina|Servicio|Departamento|Instituto|Escuela|Colegio|Liceo|Centro|Fondo|Consejo"
    r"|Comité|Comisión|Tribunal|Juzgado|Policía|Gobernación|Alcaldía|Municipalidad"
    r"|Corporación|Empresa|Sindicato|Cooperativa|Asociación|Fundación|Red|Mesa)"
    r"(?:[ ](?:No\.|N\.?º|Nº|N°|n\.?º)[ ]?\d{1,4}"
    r"|[ ](?:(?:de|del|para|contra|sobre)[ ](?:la[ ]|los[ ]|las[ ]|el[ ])?|[ye][ ])?"
    rf"{_SPANISH_CAP})"
    r"{1,5})"
)
# An English body named by capitalised words before its kind ("Vigilance and
# Anti-Corruption Directorate", "Constitutional Chamber", "Labour Inspectorate"), or a
# place's lower-case committee or office ("Tiquina Norte water committee", "Palakkar
# tehsil office"). Not "the Committee" alone: a body's generic noun is not its name.
_ENGLISH_CAP = r"[A-Z][\w'\u2019]*(?:-[\w'\u2019]+)*"
_ENGLISH_BODY = re.compile(
    rf"(?<![\w-])(?P<org>{_ENGLISH_CAP}(?:[ ](?:(?:and|of|for|&)[ ])?{_ENGLISH_CAP}){{0,3}}"
    r"[ ](?:Directorate|Inspectorate|Chamber|Authority|Agency|Bureau|Council|Committee"
    r"|Board|Commission|Secretariat|Ombudsman|Party|Alliance|Movement|Front|League|Congress"
    r"|Coalition"
    r"|(?:water|village|district|tehsil|taluk|block|parish|town|ward|land|municipal"
    r"|community|school|health|relief|camp|market|mosque|church|peace)"
    r"[ ](?:committee|office|council|board|authority)))(?![\w-])"
)
# A village, hamlet or neighbourhood by its name and its kind: "Mettupalayam hamlet",
# "barrio La Esperanza", "aldea Los Encuentros", "quartier Saint-Pierre".
_NAMED_SETTLEMENT = re.compile(
    r"(?<![\w-])(?P<place>"
    rf"{_ENGLISH_CAP}(?:[ ]{_ENGLISH_CAP})?[ ](?:hamlet|village|township|settlement|suburb)"
    r"|(?:barrio|colonia|aldea|caserío|vereda|localidad|comunidad|poblado|quartier|hameau)"
    rf"[ ]{_SPANISH_CAP}(?:[ ](?:de[ ]|del[ ]|de[ ]la[ ])?{_SPANISH_CAP}){{0,2}})(?![\w-])"
)
_TRAILING_LOWER = re.compile(r"(?:[ ](?:et|y|de|des|du|d['\u2019]))+$")


def institutions(text: str) -> Iterator[LayoutSpan]:
    """Organisations and places with their head word, each whole and each once."""
    seen: set[tuple[int, int, str]] = set()
    for span in _institutions(text):
        if (span.start, span.end, span.entity) not in seen:
            seen.add((span.start, span.end, span.entity))
            yield span


def _institutions(text: str) -> Iterator[LayoutSpan]:
    flat = joined_lines(text)
    for match in _ENGLISH.finditer(flat):
        group = next(g for g in ("org", "org2", "place", "place2", "caps") if match.group(g))
        start, end = match.span(group)
        first, *rest = flat[start:end].split()
        if first in _ROMANCE_ARTICLES and rest and not rest[0][:1].isupper():
            continue  # "Le centre", "El tribunal": an article and a common noun, no name
        if first in _STOP_NAMES:
            start = start + len(first) + 1
            if group in ("org", "place") and not flat[start:end].split()[0][:1].isupper():
                continue
        entity = "LOCATION" if group.startswith("place") else "ORGANIZATION"
        if _names_something(flat[start:end]):
            yield LayoutSpan(start, end, entity, SCORE, "a name with the kind of place it is")
    for pattern in (_ROMANCE, _BODY, _SUFFIXED, _COURTS, _TRADE_FIRST):
        for match in pattern.finditer(flat):
            start, end = match.span("org")
            trailing = _TRAILING_LOWER.search(flat, start, end)
            if trailing:
                end = trailing.start()
            yield LayoutSpan(start, end, "ORGANIZATION", SCORE, "an institution and its name")
    for match in (*_SPANISH_BODY.finditer(flat), *_ENGLISH_BODY.finditer(flat)):
        start, end = _without_stop_words(flat, *match.span("org"))
        stops = [w for w in re.finditer(r"\S+", flat[start:end]) if w.group() in _STOP_NAMES]
        if stops and match.re is _SPANISH_BODY:
            end = start + stops[0].start() - 1  # "Dirección de Aduanas⏎The ...": the next one
        elif stops:
            start += stops[-1].end() + 1  # "... Aduanas⏎The Committee": only after it
        if len(flat[start:end].split()) >= 2:
            yield LayoutSpan(start, end, "ORGANIZATION", SCORE, "a body named before its kind")
    for match in _NAMED_SETTLEMENT.finditer(flat):
        start, end = _without_stop_words(flat, *match.span("place"))
        if flat[start:end].split()[0] not in _STOP_NAMES:
            yield LayoutSpan(start, end, "LOCATION", SCORE, "a settlement and its name")


def _names_something(piece: str) -> bool:
    """At least one word of a name that is not a head word itself ("Central Prison")."""
    words = [re.sub(r"^(?:al|el|an|ar|as|ad|ash|at|az)-", "", w) for w in piece.split()]
    return any(w[:1].isupper() and w not in _STOP_NAMES for w in words)


_ENDING_STOP_WORD = re.compile(r"(?:[ ](?:de|del|de[ ]la|para|y|e|and|of|for))*[ ](?P<word>\w+)$")


def _without_stop_words(flat: str, start: int, end: int) -> tuple[int, int]:
    """The span without an English word that starts the next sentence, joined to it by a
    line break read as a space ("barrio La Esperanza de⏎The ...")."""
    while (ending := _ENDING_STOP_WORD.search(flat, start, end)) and ending.group(
        "word"
    ) in _STOP_NAMES:
        end = ending.start()
    return start, end
