"""Organisations as whole expressions: ``Koval Trans Sp. z o.o.``, ``PT Samudra Niaga
Tbk``, ``Aviation Plant No. 2``, ``3rd Battalion of the 14th Mechanised Regiment``,
``Baardheere branch of the Red Crescent Society``, ``Ministry of Interior, Federal
Affairs and Reconciliation``, ``Ombaria's Department of Refugee Affairs``.

The model stops where a name's grammar gets long: at a legal form it does not know, a
number, a comma inside a ministry's list of portfolios, a possessive, or the "of the"
that ties a branch or a battalion to what it belongs to. What is left readable ("Sp. z
o.o.", "No. 2", "Federal Affairs and Reconciliation") tells a reader where the box
was, and a branch or a battalion is far smaller than the body it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.press_and_foreign_bodies import press_and_foreign_bodies
from workstation.detection.phrases.tokens import joined_lines, word_set

ENTITY = "ORGANIZATION"
SCORE = 0.55
ACRONYM_SCORE = 0.45

_WORD = r"(?:[A-ZÀ-Þ][\w'\u2019]*(?:\.[\w'\u2019]+)*(?:-[\w'\u2019]+)*|&)"
_CAPITALISED = r"(?:[A-ZÀ-Þ][\w'\u2019]*(?:-[\w'\u2019]+)*)"
# Legal forms that end a company's name, from many countries' registers. Those that
# are also words or places ("AS", "AB", "AG", "SA") are taken only straight after a
# name (no comma), and all but "SA" only after a name written in mixed case.
_SAFE_FORMS = (
    r"(?:Sp\.[ ]z[ ]o\.o\.?|sp\.[ ]z[ ]o\.o\.?|Sp\.[ ]k\.|S\.A\.S\.?|s\.r\.o\.?"
    # the same forms in a name written in capitals, and Italian partnerships
    r"|CO\.,?[ ]LTD\.?|INC\.|CORP\.|LTD\.?|S\.a\.s\.|S\.n\.c\.|S\.r\.l\.s\.|s\.a\.s\.|s\.r\.l\."
    r"|spol\.[ ]s[ ]r\.o\.?"
    r"|a\.s\.|d\.o\.o\.?|d\.d\.|Kft\.?|Zrt\.?|Nyrt\.?|Bt\.|Oyj?|ApS|A/S|ASA|K\.K\.|G\.K\."
    r"|Kabushiki[ ]Kaisha|JSC|PJSC|OJSC|CJSC|FZE|FZCO|FZ-LLC|DMCC|SAL|S\.A\.L\.|SRL|S\.R\.L\."
    r"|S\.r\.l\.|Srl|Lda\.?|Ltda\.?|S\.A\.C\.|S\.A\.[ ]de[ ]C\.V\.|S\.[ ]de[ ]R\.L\.|SpA|S\.p\.A\."
    r"|Tbk\.?|Pte\.?[ ]Ltd\.?|Pvt\.?[ ]Ltd\.?|Private[ ]Limited|Sdn\.?[ ]Bhd\.?|Bhd\.?|Berhad"
    r"|Co\.,?[ ]Ltd\.?|Company[ ]Limited|PCL|LLC|L\.L\.C\.|LLP|Ltd\.?|Limited|Inc\.?"
    r"|Incorporated|Corp\.?|GmbH(?:[ ]&[ ]Co\.[ ]KG)?|SARL|S\.A\.R\.L\.|EURL|SASU|SNC|SCI"
    r"|EOOD|OOD|EAD|SIA|UAB|OÜ|AS|S\.A\.|N\.V\.|B\.V\.|BV|NV|PLC|plc|Pty\.?[ ]Ltd\.?"
    r"|Cía\.?[ ]Ltda\.?|y[ ]Cía\.?|&[ ]Co\.?|e\.V\.|gGmbH|KG|OHG|AG|AB|SA|Oy|Co\.)"
)
_AMBIGUOUS_FORMS = word_set("AS AB AG SA KG OHG NV BV Oy Co.")
# The country or city of a group's subsidiary may stand in brackets before the legal
# form: "Kestrel Shipping (Malta) Ltd", "Orion Foods (Penang) Sdn Bhd".
_SUBSIDIARY_OF = r"(?:[ ]\([A-ZÀ-Þ][\w'\u2019.-]*(?:[ ][A-ZÀ-Þ][\w'\u2019.-]*){0,2}\))?"
_SUFFIXED = re.compile(
    rf"(?<![\w&.-])(?P<org>(?P<name>{_WORD}(?:[ ]{_WORD}){{0,4}}){_SUBSIDIARY_OF},?[ ]"
    rf"(?P<form>{_SAFE_FORMS}))(?![\w])"
)
# Firms of partners, in the languages of the set: "Ferreira, Lobo & Associados",
# "Osei & Partners", "Martín y Asociados", "Diallo et Associés", "HALVORSEN & PARTNERS".
_PARTNERS = re.compile(
    rf"(?<![\w-])(?P<org>{_CAPITALISED}(?:,[ ]{_CAPITALISED}){{0,3}}[ ](?:&|and|y|e|et)[ ]"
    rf"(?:{_CAPITALISED}[ ])?(?:Associates|Associados|Asociados|Associés|Partners|Partenaires"
    r"|Sons|Fils|Hijos|Filhos|Brothers|Hermanos|Irmãos|Frères|Daughters|ASSOCIATES|PARTNERS"
    r"|ASSOCIADOS|ASOCIADOS|ASSOCIÉS))(?![\w-])"
    rf"(?!,?[ ]{_SAFE_FORMS}(?!\w))"  # with a legal form after it, the company finder's
)
# A national Red Cross or Red Crescent society: "the Ombarian Red Crescent Society".
_RED_CROSS = re.compile(
    rf"(?<![\w-])(?P<org>(?:{_CAPITALISED}[ ]){{1,2}}Red[ ](?:Cross|Crescent|Crystal)"
    r"(?:[ ](?:Society|Movement))?)(?![\w-])"
)
# Legal forms written before the name: Indonesian "PT", Russian and Central Asian
# "OOO", "TOO", "ZAO", "AO", Baltic "UAB", "SIA"; the name may be in quotes.
_PREFIXED = re.compile(
    r"(?<![\w-])(?P<org>(?:PT|OOO|TOO|ZAO|OAO|PAO|AO|UAB|SIA|IP|ChP|TOV|PrAT)[ ]"
    r"[\"«\u201c]?[A-ZÀ-Þ][\w'\u2019-]*(?:[ ](?:&[ ])?[A-ZÀ-Þ][\w'\u2019-]*){0,3}[\"»\u201d]?"
    r"(?:[ ]Tbk\.?)?)(?![\w])"
)
# A numbered plant, school, colony or centre: "Aviation Plant No. 2", "pre-trial
# detention centre No. 1", "Secondary School No. 14".
_NUMBERED_HEADS = (
    r"(?:[Pp]lant|[Ff]actory|[Ww]orks|[Ss]chool|[Hh]ospital|[Cc]olony|[Pp]rison|[Cc]entre"
    r"|[Cc]enter|[Cc]amp|[Mm]ine|[Ss]haft|[Dd]epot|[Ll]yceum|[Pp]olyclinic|[Cc]linic"
    r"|[Kk]indergarten|[Gg]ymnasium|[Ii]solator|[Ff]acility|[Bb]ase|[Pp]recinct|[Ss]tation"
    r"|[Bb]ranch|[Bb]rigade|[Dd]etachment|[Ss]quadron|[Cc]ommissariat|[Tt]ribunal"
    r"|[Cc]ourt|[Jj]uzgado|[Cc]omisaría|[Pp]enal|[Rr]eclusorio|[Ll]ycée|[Éé]cole|[Ff]abrique)"
)
_NUMBERED = re.compile(
    rf"(?<![\w-])(?P<org>(?P<lead>(?:[\w'\u2019-]+[ ]){{0,3}}){_NUMBERED_HEADS}[ ]"
    r"(?:No\.?|Nº|N°|№|Number|no\.|n[º°o]\.?|#)[ ]?\d{1,4}[A-Z]?)(?![\w/-])"
)
# The number written first, as Chinese and Soviet names of hospitals, schools and
# factories have it: "No. 3 People's Hospital", "No. 12 Middle School".
_NUMBER_FIRST = re.compile(
    rf"(?<![\w-])(?P<org>(?:No\.|Nº|N°|№)[ ]?\d{{1,3}}[ ](?:{_CAPITALISED}[ ]){{0,3}}"
    rf"(?:Hospital|School|Middle[ ]School|Primary[ ]School|Factory|Plant|Works|Mine|Prison"
    r"|Detention[ ]Cent(?:re|er)|Clinic|Polyclinic|Kindergarten|Institute|Bureau|Station))"
    r"(?![\w-])"
)
# An army unit by its ordinal in capitals, as a cable's subject writes it: "3RD
# MECHANISED BRIGADE", "11TH INFANTRY DIVISION".
_CAPS_UNIT = re.compile(
    r"(?<![\w-])(?P<org>\d{1,3}(?:ST|ND|RD|TH)(?:[ ][A-Z]{3,}){0,2}[ ](?:BATTALION|REGIMENT"
    r"|BRIGADE|DIVISION|COMPANY|SQUADRON|CORPS|ARMY|FLEET|MILITARY[ ]REGION))(?![\w-])"
)
# A body's acronym and the region or trade its arm covers: "NHK Asia", "KTV Media".
_ACRONYM_ARM = re.compile(
    r"(?<![\w&./-])(?P<org>(?P<acronym>[A-Z]{2,5})[ ](?:Asia|Africa|Europe|Americas|Pacific"
    r"|Arabia|International|Global|World|Group|Media|Holdings|Capital|Energy|Logistics))"
    r"(?![\w-])"
)
# The patterns above that start at any capitalised word run only where their last
# word is, found first by a cheap search.
_GATES = {
    "partners": re.compile(
        r"Associa|Asocia|Associé|Partner|Partenaire|Sons|Fils|Hijos|Filhos"
        r"|Brothers|Hermanos|Irmãos|Frères|Daughters|ASSOCIA|ASOCIA|PARTNERS"
    ),
    "red cross": re.compile(r"Red[ ]Cr"),
    "arm": re.compile(
        r"[ ](?:Asia|Africa|Europe|Americas|Pacific|Arabia|International|Global|World|Group"
        r"|Media|Holdings|Capital|Energy|Logistics)"
    ),
}
# Bodies named by their kind and "General" after it: "the Inspectorate General".
_GENERAL_AFTER = re.compile(
    r"(?<![\w-])(?P<org>(?:Inspectorate|Directorate|Secretariat|Commissariat|Procuracy"
    r"|Prosecutor['\u2019]s[ ]Office)[ ]General)(?![\w-])"
)
# Army units by their ordinal, with what they belong to: "3rd Battalion of the 14th
# Mechanised Regiment", "the 2nd Infantry Brigade", "Fourth Military Region".
_ORDINAL = (
    r"(?:\d{1,3}(?:st|nd|rd|th|e|er|ème|º|°)|First|Second|Third|Fourth|Fifth|Sixth|Seventh"
    r"|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
)
_UNITS = (
    r"(?:Battalion|Regiment|Brigade|Division|Company|Squadron|Platoon|Corps|Army|Fleet"
    r"|Flotilla|Wing|Group|Detachment|Military[ ]Region|Military[ ]District|Command|Bataillon"
    r"|Régiment|Brigada|Batallón|Regimiento|División|Compañía|Escadron|Escuadrón|Legion)"
)
_UNIT = rf"{_ORDINAL}(?:[ ]{_CAPITALISED}){{0,3}}[ ]{_UNITS}"
_UNIT_CHAIN = re.compile(
    rf"(?<![\w-])(?P<org>{_UNIT}(?:,?[ ](?:of|du|de|del)[ ](?:the[ ]|la[ ]|le[ ])?"
    rf"(?:{_UNIT}|{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,3}}[ ]{_UNITS}))*)(?![\w-])"
)
# Words that may join the capitalised words of a body's name.
_JOIN = r"(?:of|for|and|&|the|on|de|du|des|la|del|y|et)"
_INNER_JOIN = r"(?:of|for|the|on|de|du|des|la|del|&)"  # no "and": it starts a new name
_BODY_NAME = rf"{_CAPITALISED}(?:[ ](?:{_INNER_JOIN}[ ]){{0,2}}{_CAPITALISED}){{0,6}}"
# "the Gedo branch of the Ombarian Red Crescent Society", "la section de Kayes du ...".
_BRANCH = re.compile(
    rf"(?<![\w-])(?P<org>{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,2}}[ ]"
    r"(?:branch|office|chapter|bureau|wing|field[ ]office|regional[ ]office|sub-office"
    r"|division|section|local|cell|antenne|délégation|delegación|seccional|filial)"
    rf"[ ](?:of|du|de[ ]la|de|del|des)[ ](?:the[ ]|la[ ]|l['\u2019])?{_BODY_NAME})"
)
# A body named with "of" and a list of what it is in charge of, or owned by a name in
# the possessive: "Ministry of Interior, Federal Affairs and Reconciliation",
# "Ombaria's Department of Refugee and Returnee Affairs".
_OFFICE_HEADS = (
    r"(?:Ministry|Department|Office|Directorate|Secretariat|Commission|Committee|Council"
    r"|Bureau|Agency|Authority|Institute|Board|Inspectorate|Service|Administration"
    r"|Division|Chamber|Federation|Union|Association|Society|Ministère|Ministerio"
    r"|Secretaría|Direction|Dirección|Commissariat|Délégation|Conseil|Consejo"
    # the same heads in French, Spanish and Portuguese: "Inspection des Mines et des
    # Hydrocarbures", "Ministério do Trabalho e Emprego", "Dirección de Minas y Energía"
    r"|Inspection|Inspección|Inspeção|Inspecção|Ministério|Secretaria|Direção|Direcção"
    r"|Departamento|Département|Instituto|Institut|Agence|Agencia|Agência)"
)
# What joins two portfolios of a body's list, with the article French, Spanish and
# Portuguese put before the second: "des Mines et des Hydrocarbures", "do Trabalho e
# Emprego", "de Vivienda y Urbanismo".
_ITEM_JOIN = (
    r"(?:,[ ]and[ ]|,[ ]|[ ]and[ ]|[ ]&[ ]|[ ](?:y|et|e)[ ]"
    r"(?:(?:des|de[ ]la|du|de|del|do|da|dos|das|la|el|los|las|le|les)[ ]|l['\u2019])?)"
)
_LIST_ITEM = (
    rf"{_CAPITALISED}(?:[ ](?:(?:of|for|de|du|des|del|do|da|dos|das)[ ])?{_CAPITALISED}){{0,3}}"
)
_OFFICE = re.compile(
    rf"(?<![\w-])(?P<org>(?P<owner>{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,2}}['\u2019]s[ ])?"
    rf"(?:{_CAPITALISED}[ ]){{0,3}}{_OFFICE_HEADS}[ ]"
    r"(?:of|for|on|de|du|des|de[ ]la|del|do|da|dos|das)[ ]"
    rf"(?:the[ ]|la[ ]|l['\u2019])?{_LIST_ITEM}"
    rf"(?:{_ITEM_JOIN}(?!(?:Mr|Mrs|Ms|Dr|The|He|She"
    rf"|They|It|We|I|In|On|At|His|Her)\b){_LIST_ITEM}){{0,4}})"
)
# A body named by a head and what it is for, joined by "of the", "for the", "on the" and
# "and": "Office of the High Commissioner for Human Rights", "Committee on the
# Elimination of Racial Discrimination", "Ministry of Labour and Social Affairs". The
# model stops at the first "of the" or "and", leaving the rest readable.
_CHAIN_HEADS = (
    r"(?:Office|Ministry|Department|Commission|Committee|Council|Bureau|Agency|Authority"
    r"|Institute|Board|Directorate|Secretariat|Court|Tribunal|Chamber|Centre|Center"
    r"|Federation|Union|Association|Society|Foundation|Fund|Programme|Program|Organisation"
    r"|Organization|League|Coalition|Network|Alliance|Movement|Front|Party|Bank|University"
    r"|College|Academy|Service|Inspectorate|Division|Unit|Rapporteur|Commissioner|Ombudsman"
    r"|Observatory|Forum|Mission|Corps|Institution|Registry|Prosecutor|Procurator|Trust"
    r"|Initiative|Campaign|Working[ ]Group|Task[ ]Force|Panel|Tribunal|Assembly|Parliament"
    r"|Shelter|Refuge|Observatory|Institution|Inquiry)"
)
_NOT_AFTER_AND = (
    r"(?!(?:Mr|Mrs|Ms|Dr|The|He|She|They|It|We|I|In|On|At|His|Her|Their|January|February"
    r"|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday"
    r"|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_CAP_RUN = (
    rf"{_CAPITALISED}(?:[ ]{_CAPITALISED}|[ ](?:and|&)[ ]{_NOT_AFTER_AND}{_CAPITALISED}){{0,5}}"
)
_CHAIN = re.compile(
    rf"(?<![\w-])(?P<org>(?:{_CAPITALISED}[ ]){{0,3}}{_CHAIN_HEADS}"
    rf"(?:[ ](?:of|for|on|against|to|into)(?:[ ]the)?[ ]{_NOT_AFTER_AND}{_CAP_RUN}){{1,3}})"
)
# A body with the town it sits in after a comma, ending a line of a form, a letterhead or
# a signature: "Embassy of Korbania, Port Mirel", "Higher School of Economics, Orval
# (1998)", "Prosecution Authority, Nordvik Chamber". The town tells which office it is.
_BODY_AND_TOWN = re.compile(
    rf"(?m)(?<![\w-])(?P<org>(?:{_CAPITALISED}[ ]){{0,3}}(?:{_CHAIN_HEADS}|Embassy|Consulate"
    rf"|School)(?:[ ](?:of|for)(?:[ ]the)?[ ]{_CAPITALISED}"
    rf"(?:[ ](?:and[ ])?{_CAPITALISED}){{0,3}})?"
    rf",[ ]{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,2}})(?=[ \t]*(?:$|\())"
)
# What makes the words after a body's comma a town rather than a person ("Centre,
# Birgitta Solheim") or a unit ("Office, Inspection Section"): one word, or a town's
# first or last word.
_TOWN_FIRST_WORDS = word_set(
    "Port Saint St Sainte San Santa Santo São New Fort Mount Puerto Porto Villa Ciudad Cape"
    " Bandar Kota Ban Al El La Le Los Las Ras Bir Ain Wadi Jabal Nova Novo Nueva Nuevo"
)
_TOWN_LAST_WORDS = word_set(
    "Province Region District City Town County State Island Islands Bay Valley Chamber"
    " Prefecture Governorate Oblast Municipality Department Canton Coast Hills Heights"
)


def _is_a_town(words: list[str]) -> bool:
    return len(words) == 1 or words[0] in _TOWN_FIRST_WORDS or words[-1] in _TOWN_LAST_WORDS


# A force or service named by two of its fields joined by "and": "Border and Coastal
# Police", "Customs and Excise Department", "Fire and Rescue Service". The model takes
# the second field with the head and leaves the first readable. Searched from the "and"
# (a cheap anchor rather than every capital of the text); the first field is read back.
_TWO_FIELDS = re.compile(
    rf"[ ](?:and|&)[ ]{_CAPITALISED}"
    rf"(?:[ ]{_CAPITALISED}){{0,2}}[ ](?:Police|Guard|Guards|Gendarmerie|Service|Services"
    r"|Force|Forces|Agency|Authority|Directorate|Department|Ministry|Commission|Corps|Command"
    r"|Administration|Inspectorate|Protection|Patrol)(?![\w-])"
)
_FIRST_FIELD = re.compile(rf"(?<![\w-]){_CAPITALISED}$")
# The first field of such a name: a portfolio or one of the fields forces are named by,
# not a person's name ("Ahmed and Border Police officers").
_FIELDS = word_set(
    """
    Border Borders Coastal Coast Maritime Marine Naval Air Land Sea Fire Rescue Traffic
    Highway Highways Port Ports Harbour Harbor Wildlife Parks Civil Criminal Economic
    Financial Tax Revenue Customs Excise Immigration Emigration Narcotics Drug Drugs
    Public Military Mounted Rural Urban Municipal Forest Forestry Mountain River Railway
    Transport Prison Prisons Correctional Corrections Probation Parole Intelligence
    Counter-Terrorism Anti-Corruption Fraud Organised Organized Special Tactical Riot
    """
)
_MONTH_OR_DAY_AT_END = re.compile(
    r"[ ](?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)
# What a ministry or department is in charge of: the items of its list of portfolios
# end in one of these words or endings, where a person's name does not.
_PORTFOLIOS = word_set(
    """
    Affairs Trade Health Labour Labor Youth Sports Sport Tourism Culture Arts Welfare
    Housing Transport Transports Energy Water Mines Land Lands Lands Agriculture
    Fisheries Forestry Forests Livestock Environment Finance Finances Planning Defence
    Defense Interior Justice Police Works Infrastructure Family Families Women Children
    Gender Economy Budget Veterans Commerce Refugees Refugee Returnees Migration Citizens
    Citizenship Borders Relief Resettlement Reconstruction Science Research Technology
    Communications Information Media Religion Endowments Awqaf Heritage Antiquities Oil
    Gas Petroleum Minerals Resources Industry Industries Investment Investments Security
    Safety Development Cooperation Co-operation Reconciliation Integration Education
    Training Employment Enterprise Enterprises Property Properties Revenue Revenues
    Customs Excise Taxes Taxation Treasury Statistics Audit Ethics Standards Governance
    Decentralisation Decentralization Administration Government Services Service Rights
    Liberties Equality Diversity Minorities Aviation Shipping Ports Roads Railways Posts
    Telecommunications Innovation Digital Solidarity Pensions Insurance Food Nutrition
    Irrigation Disasters Emergencies Preparedness Management Intelligence Immigration
    Sanitation Hygiene Medicine Pharmacy Population Municipalities Regions Provinces
    Justicia Salud Trabajo Educación Cultura Seguridad Defensa Hacienda Vivienda Santé
    Travail Sécurité Défense Culture Jeunesse Femmes Famille Affaires Intérieur Justice
    Urbanismo Urbanisme Minas Mines Minería Mineração Hidrocarburos Hidrocarbonetos
    Hydrocarbures Energía Energia Énergie Empleo Emprego Comercio Comércio Industria
    Indústria Obras Públicas Publics Transportes Tierras Terras Pesca Pêche Pesquerías
    Forêts Eaux Douanes Aduanas Alfândegas Impôts Impuestos Domaines Géologie Geología
    Indirects Directs Tributos Rentas Previsión Previdência Saúde Trabalho Educação Cultura
    Agricultura Agriculture Ganadería Pecuária Élevage Environnement Ambiente Medio
    Ambiente Turismo Tourisme Deportes Desportos Juventud Juventude Mujer Mulheres Migraciones
    """
)
_PORTFOLIO_ENDING = re.compile(
    r"(?:tion|sion|ment|ity|ance|ence|ism|ure|ics|ness|ing|ry|ies|cy|ción|ión|té|ité)$"
)
_SEPARATOR = re.compile(_ITEM_JOIN)
# A body's name written in capitals on a line of its own at the top of a document, its
# letterhead or title page: "OFFICE OF THE MILITARY PROSECUTOR". (Further down, a line
# in capitals is a heading or, in a cable, ordinary text.)
_LETTERHEAD = 400
_DOCUMENT_KINDS = word_set(
    "REPORT MINUTES MEMORANDUM MEMO NOTE SUMMARY RECORD FORM LETTER BRIEFING DECISION"
    " JUDGMENT ORDER NOTICE RAPPORT INFORME ACTA"
)
_CAPS_HEADS = (
    r"(?:OFFICE|MINISTRY|MINISTÈRE|MINISTERIO|COMMISSION|INSPECTORATE|DIRECTORATE|SECRETARIAT"
    r"|MISSION|COUNCIL|AUTHORITY|AGENCY|BUREAU|DEPARTMENT|TRIBUNAL|PROSECUTOR|PROSECUTION"
    r"|OMBUDSMAN|SERVICE|POLICE|GENDARMERIE|UNION|ASSOCIATION|FEDERATION|SOCIETY|FOUNDATION"
    r"|INSTITUTE|UNIVERSITY|HOSPITAL|BANK|COMPANY|CORPORATION|PARTY|MOVEMENT|FRONT|ARMY"
    r"|DIRECTION|INSPECTION|PARQUET|FISCALÍA|JUZGADO|TRIBUNAL|DEFENSORÍA|PROCURADURÍA"
    r"|OBSERVATORY|COMMITTEE|ADMINISTRATION|CORPS|COURT|PARLIAMENT|ASSEMBLY|HOUSE|CENTRE"
    r"|CENTER|INSTITUTION|BOARD|CHAMBER|LEAGUE|NETWORK|COALITION|ALLIANCE|CUSTOMS"
    r"|PROSECUTION|OBSERVATOIRE|OBSERVATORIO|COMITÉ|CONSEJO|CONSEIL|MINISTÉRIO|INSTITUTO"
    r"|MINISTERO|PROCURA|TRIBUNALE|QUESTURA|PREFETTURA|COMANDO|CORTE|COUR|AUDIENCIA"
    r"|PRÉFECTURE|PREFECTURE|EMBAJADA|AMBASSADE|CONSULADO|PROCURADORIA|DEFENSORIA"
    r"|SERVICIO|SERVIÇO|SERVIZIO|DIRECCIÓN|DIREÇÃO|DIRECÇÃO|DIREZIONE|SECRETARÍA|SECRETARIA"
    r"|SUPERINTENDENCIA|CONTRALORÍA|AGENCIA|AGÊNCIA|AGENZIA|AGENCE|AUTORIDAD|AUTORIDADE"
    r"|AUTORITÀ|AUTORITÉ|COMISIÓN|COMISSÃO|COMMISSIONE|UNIVERSIDAD|UNIVERSIDADE|UNIVERSITÉ"
    r"|HÔPITAL|OSPEDALE|POLICÍA|POLÍCIA|POLIZIA|SINDICATO|SYNDICAT|ASOCIACIÓN|ASSOCIAÇÃO"
    r"|FUNDACIÓN|FUNDAÇÃO|FONDATION|COLONY|CENTRE|EMBASSY|CONSULATE)"
)
# The line may end with the body's short name in brackets, or, in a judgment's title,
# with the party it is ("... HARBOUR AUTHORITY        Respondent").
_CAPS_BODY = re.compile(
    r"(?m)^[ \t]*(?!(?:[IVXLC]+|[A-Z])\.[ ])"
    r"(?:THE[ ](?=[^\n]*[ \t]{2}(?:Respondent|Appellant|Claimant|Applicant|Defendant)))?"
    # the state the body belongs to may come first: "REPUBLIC OF X - MINISTRY OF ..."
    r"(?:(?:REPUBLIC|REPÚBLICA|RÉPUBLIQUE|REPUBBLICA|KINGDOM|ROYAUME|REINO|STATE|ÉTAT|ESTADO)"
    r"(?:[ ][A-ZÀ-Þ'\u2019-]+){1,4}[ ][-\u2013\u2014][ ])?"
    r"(?P<org>(?!THE[ ])(?:[A-ZÀ-Þ][A-ZÀ-Þ'\u2019&.-]*[ ]){0,5}"
    rf"{_CAPS_HEADS}(?:[ ](?:[A-ZÀ-Þ][A-ZÀ-Þ'\u2019&.-]*|&|[-\u2013](?=[ ][A-Z])"
    # a court's or a station's number: "JUZGADO DE LO PENAL Nº 2 DE ..."
    r"|N\.?[º°](?=[ ]?\d)|N[Oo]\.(?=[ ]?\d)|\d{1,3}(?![\w/.-])|\d{1,2}\.?[ªº°]"
    # a short name in brackets before the place: "... CENTRE (MWSC) - AL-QASWA"
    r"|\([A-Z][A-Z0-9-]{1,9}\)(?=[ ][-\u2013])))*)"
    r"(?:[ ]\([A-Z][A-Z0-9-]{1,9}\))?"
    r"(?:[ \t]{2,}(?:Respondents?|Appellants?|Claimants?|Applicants?|Defendants?"
    r"|Plaintiffs?|Petitioners?|Complainants?)(?:[ ]?/[ ]?\w+)?)?[ \t]*$"
)
# A name and the kind of body after it in lower case: "Kestrel Logistics company",
# "the Islamic Front militia", "Interior ministry", "the Voz Costera newspaper".
_LOWER_HEADS = (
    r"(?:company|companies|firm|group|conglomerate|consortium|militia|militias|party|newspaper"
    r"|daily|weekly|magazine|radio|television|TV|channel|network|union|trade[ ]union"
    r"|cooperative|co-operative|association|foundation|charity|movement|gang|cartel|syndicate"
    r"|mafia|rebels|club|federation|church|congregation|bank|agency|news[ ]agency|bureau"
    r"|committee|council|commission|ministry|administration|authority|brigade|battalion"
    r"|regiment|squad|police|army|forces|navy|guard|security[ ]services|intelligence[ ]service"
    r"|media[ ]group|holding|law[ ]firm|tribunal|chamber|office|offices|subsidiary"
    r"|insurgents|faction|clan[ ]militia|armed[ ]group|rebel[ ]group|opposition[ ]party"
    r"|directorate|department|division|inspectorate|branch|youth[ ]cent(?:re|er)"
    r"|community[ ]cent(?:re|er)|health[ ]cent(?:re|er)|market[ ]association)"
)
# A ministry named by its portfolio in lower case, as news reports write it: "the
# interior ministry", "a defence ministry file".
_PORTFOLIO_MINISTRY = re.compile(
    r"(?<![\w-])(?:interior|defence|defense|foreign|finance|justice|health|education"
    r"|labour|labor|trade|economy|energy|agriculture|transport|information|home|culture"
    r"|environment|mines|mining|oil|petroleum|communications|telecoms?|housing|water"
    r"|tourism|youth|sports?|security|planning|fisheries|industry|commerce)[ \n]ministry"
    r"(?![\w-])"
)
_LOWER_MODIFIERS = (
    r"(?:trading|shipping|mining|logistics|security|construction|media|news|oil|telecom"
    r"|transport|haulage|freight|state|state-owned|private|opposition|ruling|armed|rebel"
    r"|militant|separatist|student|youth|women's|farmers'|workers'|teachers'|local|regional"
    r"|national|family|holding|investment|property|real[ ]estate|fishing|timber|cement"
    r"|textile|garment|import|export|import-export|insurance|accounting|consulting|courier"
    r"|money[ ]transfer|microfinance|recruitment|manpower|staffing|charity|aid|relief|police"
    r"|district|city|municipal|provincial|county|regional|traffic|border|immigration)"
)
_NAME_THEN_BODY = re.compile(
    rf"(?<![\w-])(?P<org>(?P<lead>{_CAPITALISED}(?:[ ]{_CAPITALISED}){{0,3}})"
    rf"(?:[ ]{_LOWER_MODIFIERS}){{0,2}}[ ]{_LOWER_HEADS})(?![\w-])"
)
# An acronym in running text (a line with lower-case words): most name a body
# ("SOTRAKES", "the BSS", "UNHCR"). Not the acronyms of currencies, units, posts, times,
# documents, technology, medicine, weapons or cable markings, nor roman numerals.
_ACRONYM = re.compile(
    r"(?<![\w&./-])(?P<org>[A-Z][A-Z&]{1,7}[0-9]?|(?:[A-Z]\.){3,5})(?![\w&/-]|\.\w)"
)
# Words before a kind of body that make a sentence or a date of it, not its name.
_NOT_A_BODY_NAME = word_set(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday I He She We They It You
    Mr Mrs Ms Dr Dear Yesterday Today Tomorrow
    """
)
_BESIDE_A_NAME_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][a-zß-ÿ'\u2019]+\.?|[A-Z]\.)[ ]$")
_BESIDE_A_NAME_AFTER = re.compile(r",?[ ][A-ZÀ-Þ][a-zß-ÿ]")
_LINE_START = re.compile(r"^[ \t]*(?:[\d.)(-]+[ \t]*)?$")
# An acronym that starts a line and runs on into lower-case words is running text
# wrapped at the line's end ("with the⏎OSCE mission"), not a heading or a label.
_RUNNING_ON = re.compile(r"[ ](?:[a-z]{2,}[ ,.]){1,2}")
_WRAPPED = re.compile(r"[a-z,][ \t]*\n[ \t]*$")
_NOT_BODIES = word_set(
    """
    USD EUR GBP CHF JPY CNY RMB FCFA CFA XOF XAF KES NGN INR PKR RUB UAH TRY MXN BRL ARS CLP
    COP PEN KZT AED SAR QAR EGP ZAR GHS TZS UGX ETB IDR MYR PHP THB VND KRW SGD HKD AUD CAD
    NOK SEK DKK PLN CZK HUF RON BGN RSD HRK ID IDS HQ CEO CFO COO CTO MD DG MP MEP PM AM GMT
    UTC CET CEST EST EDT PST KM KG KGS GB MB TB KB USB PDF DOC DOCX XLS XLSX CSV ZIP JPG JPEG
    PNG MP3 MP4 SMS MMS GPS SIM IMEI IMSI IP MAC URL HTTP HTTPS VPN LAN WAN WIFI TV DVD CD PC
    IT HR PR QC OK NB PS RE FW FWD CC BCC TBD TBC ASAP FYI AKA VS NO NOS NR REF ATTN II III
    IV VI VII VIII IX XI XII XIII XIV XV XX AD BC HIV AIDS TB COVID ICU ER OPD DNA MRI CT ECG
    PTSD DOB DOD NGO NGOS CBO IDP IDPS CV PHD MA BA BSC MSC LLB LLM SUV APC AK RPG IED UAV UXO
    POW KIA WIA GBV SGBV FGM PROTECT NOFORN SIPDIS SBU SECRET CONFIDENTIAL UNCLASSIFIED TAGS
    SUBJECT CLASSIFIED REASON END NOTE TEXT SUMMARY COMMENT ZNY ZNR DE FM TO INFO RR OO PP
    ECHR GC JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC MON TUE WED THU FRI SAT SUN
    CCTV DVR NVR SSD HDD RAM CPU OS API SQL XML JSON HTML PGP GPG SSH FTP SMTP DNS ISP SOS
    RIP AGM EGM AOB MOU NDA LOI ETA ETD ATM PIN OTP QR UV GMO ISO VAT GDP GNP TIN SSN NIN
    UK US USA UAE DRC CAR KSA PRC ROK DPRK RF
    CNI DNI NIF NIE RUT CURP RFC TI MM MME MMES MLLE ONG ONGS JP PV BP CG CS RAS SVP CF ETC
    DATE NOT NON OUI SI YES FAO ATT OBS RESOLVED AGREED NOTED ACTION APPROVED DEFERRED
    OOO TOO ZAO OAO PAO AO PT UAB SIA LLC LLP LTD INC PLC SARL SAS GMBH JSC PJSC FZE FZCO SAL
    SRL BV NV ASA APS KFT ZRT TBK BHD SDN PTE PVT DMCC EOOD OOD
    Q1 Q2 Q3 Q4 H1 H2 A4 A3 ZANU OK SA AG AB AS SE KG
    """
)
_STOP = word_set(
    """
    The A An This That These Those His Her Their Our Its My Your In On At To For From By
    With And But Or If When While After Before During Since Each Every Any Some No Both
    All Many Several Other Such Which What Who Where There Here Under Over Also Then Yet
    the a an at in on of to for from by with was were is are has had have been held into
    near and or but its his her their this that these those as after before during when
    said says told
    """
)


def bodies(text: str) -> Iterator[LayoutSpan]:
    """Organisations whose names run on past where the model stops, each span once."""
    seen: set[tuple[int, int]] = set()
    for span in _bodies(text):
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            yield span


def _companies(flat: str) -> Iterator[LayoutSpan]:
    """Companies by the legal form that ends their name."""
    for match in _SUFFIXED.finditer(flat):
        name = match.group("name").split()
        form = match.group("form")
        mixed = any(w[:1].isupper() and not w.isupper() for w in name)
        if form in _AMBIGUOUS_FORMS and ("," in match.group("org") or not (mixed or form == "SA")):
            continue  # "KNOWN AS", "Cape Town, SA": capitals, an English word or a country
        start = _after_stop_words(flat, match.start("org"), match.start("form"))
        if flat[start : match.start("form")].isupper():
            start = _after_capital_stop_words(flat, start, match.start("form"))
            if all(w in _CAPITAL_STOPS for w in flat[start : match.start("form")].split()):
                continue  # "THE LTD": no name before the form
        if start < match.start("form") and _is_a_name(flat[start : match.start("form")]):
            yield LayoutSpan(start, match.end("org"), ENTITY, SCORE, "a company and its legal form")


def _bodies(text: str) -> Iterator[LayoutSpan]:
    flat = joined_lines(text)
    yield from _companies(flat)
    for match in _CAPS_BODY.finditer(text, 0, _LETTERHEAD):
        words = match.group("org").split()
        if 2 <= len(words) <= 12 and words[-1] not in _DOCUMENT_KINDS:
            yield LayoutSpan(*match.span("org"), ENTITY, SCORE, "a body's name in capitals")
    yield from _names_then_bodies(flat)
    yield from press_and_foreign_bodies(flat)
    partners = _GATES["partners"].search(flat) is not None
    red_cross = _GATES["red cross"].search(flat) is not None
    for pattern, reason in (
        (_PARTNERS if partners else None, "a firm of partners"),
        (_RED_CROSS if red_cross else None, "a national Red Cross or Red Crescent society"),
        (_NUMBER_FIRST, "a numbered institution"),
        (_GENERAL_AFTER, "a body and the word General"),
        (_CAPS_UNIT, "a military unit in capitals"),
    ):
        for match in pattern.finditer(flat) if pattern is not None else ():
            start = _after_stop_words(flat, *match.span("org"))
            if start < match.end("org"):
                yield LayoutSpan(start, match.end("org"), ENTITY, SCORE, reason)
    for match in _BODY_AND_TOWN.finditer(text):
        start = _after_stop_words(text, *match.span("org"))
        name, _, town = text[start : match.end("org")].partition(",")
        if len(name.split()) >= 2 and _is_a_town(town.split()):  # not "the Committee, X"
            yield LayoutSpan(start, match.end("org"), ENTITY, SCORE, "a body and its town")
    for match in _ACRONYM.finditer(text):
        acronym = match.group("org")
        if acronym.replace(".", "") in _NOT_BODIES or _in_capitals(text, *match.span()):
            continue
        if _LINE_START.search(
            text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
        ) and not (
            _RUNNING_ON.match(text, match.end()) and _WRAPPED.search(text, 0, match.start())
        ):
            continue  # "RESOLVED:", "PRIMERO.-", "DATE:": a heading or a form's label
        if _BESIDE_A_NAME_BEFORE.search(text, 0, match.start()) or _BESIDE_A_NAME_AFTER.match(
            text, match.end()
        ):
            continue  # "Luis PAREDES", "Mr CHEN", "CHEN Jianguo": a surname in capitals
        yield LayoutSpan(*match.span(), ENTITY, ACRONYM_SCORE, "an acronym")
    for match in _ACRONYM_ARM.finditer(flat) if _GATES["arm"].search(flat) else ():
        if match.group("acronym") not in _NOT_BODIES:
            yield LayoutSpan(*match.span("org"), ENTITY, SCORE, "an acronym and its arm")
    for match in _PORTFOLIO_MINISTRY.finditer(text):
        yield LayoutSpan(*match.span(), ENTITY, SCORE, "a ministry by its portfolio")
    for match in _PREFIXED.finditer(flat):
        yield LayoutSpan(*match.span("org"), ENTITY, SCORE, "a legal form and its company")
    for match in _NUMBERED.finditer(flat):
        start = _lead_of_numbered(flat, match.start("org"), match.end("lead"))
        yield LayoutSpan(start, match.end("org"), ENTITY, SCORE, "a numbered institution")
    for match in _UNIT_CHAIN.finditer(flat):
        yield LayoutSpan(*match.span("org"), ENTITY, SCORE, "a military unit")
    for match in _BRANCH.finditer(flat):
        start = _after_stop_words(flat, match.start("org"), match.end("org"))
        end = _without_trailing_joins(flat, start, match.end("org"))
        if start < end:
            yield LayoutSpan(start, end, ENTITY, SCORE, "a branch of a body")
    for match in _CHAIN.finditer(_wrapped_after_joins(text)):
        start, end = match.span("org")
        start = _after_stop_words(flat, start, end)
        end = _without_a_name_after_and(flat, start, end)
        piece = flat[start:end]
        if _MONTH_OR_DAY_AT_END.search(piece):
            continue  # "the Council of Ministers on Monday" is left to the other finders
        if (
            re.search(r"[ ](?:the|and|&)[ ]", piece)
            or len(re.findall(r"[ ](?:of|for|on|into)[ ]", piece)) > 1
        ):
            yield LayoutSpan(start, end, ENTITY, SCORE, "a body and what it is for")
    yield from _two_field_bodies(flat)
    yield from _offices(flat)


def _offices(flat: str) -> Iterator[LayoutSpan]:
    """A body and its list of portfolios: "Ministry of Labour and Social Affairs"."""
    for match in _OFFICE.finditer(flat):
        start = _after_stop_words(flat, match.start("org"), match.end("org"))
        remit_end = _portfolios_end(flat, match)
        if remit_end is not None and start < remit_end:
            yield LayoutSpan(start, remit_end, ENTITY, SCORE, "a body and its remit")


def _two_field_bodies(flat: str) -> Iterator[LayoutSpan]:
    """A force or service named by two fields, the first one a field a body is named by."""
    for match in _TWO_FIELDS.finditer(flat):
        first = _FIRST_FIELD.search(flat, max(0, match.start() - 40), match.start())
        if first is not None and (first.group() in _FIELDS or first.group() in _PORTFOLIOS):
            yield LayoutSpan(
                first.start(), match.end(), ENTITY, SCORE, "a body named by two fields"
            )


def _names_then_bodies(flat: str) -> Iterator[LayoutSpan]:
    """A name and the kind of body after it in lower case: "Kestrel Logistics company"."""
    for match in _NAME_THEN_BODY.finditer(flat):
        start = _after_stop_words(flat, match.start("org"), match.end("lead"))
        lead = flat[start : match.end("lead")]
        preceding = flat[max(0, start - 8) : start].rstrip(" \t")
        opens_sentence = " " not in lead and (not preceding or preceding[-1] in ".!?:\n")
        if re.search(r"(?:^|[ \n])(?:a|an|one|another|any)$", preceding):
            continue  # "a Beirut firm": a kind of body from a place, not a body's name
        if flat.startswith(" of ", match.end("org")):
            continue  # "Kisumu branch of the X Union": the branch and its body, below
        if (
            start < match.end("lead")
            and not opens_sentence  # "Security forces arrived": a capital of the sentence
            and not lead.endswith(("'s", "\u2019s"))
            and not any(w in _NOT_A_BODY_NAME for w in lead.split())
        ):
            yield LayoutSpan(start, match.end("org"), ENTITY, SCORE, "a name and the kind of body")


def _portfolios_end(flat: str, match: re.Match[str]) -> int | None:
    """Where a body's list of portfolios ends: before the first item that is no
    portfolio ("Ministry of Justice and Amina Yusuf": a name after the body). None when
    no item is left and no owner names the body either."""
    head_end = match.end("org")
    separators = list(_SEPARATOR.finditer(flat, match.start("org"), head_end))
    items_end = separators[0].start() if separators else head_end
    kept = 0
    for index, separator in enumerate(separators):
        item_end = separators[index + 1].start() if index + 1 < len(separators) else head_end
        last = flat[separator.end() : item_end].rsplit(maxsplit=1)[-1]
        if last not in _PORTFOLIOS and not _PORTFOLIO_ENDING.search(last):
            break
        items_end, kept = item_end, kept + 1
    if kept == 0 and not match.group("owner"):
        return None
    return items_end


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the line around a span has no lower-case letter or the span stands
    beside another word in capitals: a heading, a cable, a shouted phrase."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if not any(c.islower() for c in line):
        return True
    before = re.search(
        r"([A-ZÀ-Þ]{2,})[ ](?:(?:and|y|et|&)[ ])?$", text[max(line_start, start - 40) : start]
    )
    after = re.match(r"[ ](?:(?:and|y|et|&)[ ])?([A-ZÀ-Þ]{2,})\b", text[end : end + 40])
    return bool(before or after)


def _lead_of_numbered(flat: str, start: int, end: int) -> int:
    """The words before a numbered institution's head that belong to its name, read
    back from the head to the first stop word ("a teacher at | Secondary School")."""
    lead = start
    for word in reversed(list(re.finditer(r"[^ ]+", flat[start:end]))):
        if word.group() in _STOP:
            break
        lead = start + word.start()
    return lead


def _after_stop_words(flat: str, start: int, end: int) -> int:
    """Where a name starts once the words that begin a sentence are left out."""
    while start < end:
        word = re.match(r"[^ ]+", flat[start:end])
        if word is None or word.group() not in _STOP:
            return start
        start += word.end() + 1
    return end


# Words of a heading in capitals that come before a company's name: "COMPLAINT AGAINST
# KORVAN MARINE CO., LTD. AND DELTA CREW (PVT) LTD".
_CAPITAL_STOPS = word_set(
    "AND AGAINST TO FROM BY WITH VERSUS VS V. RE RE: ON AT IN INTO ABOUT CONCERNING REGARDING THE"
)


def _after_capital_stop_words(flat: str, start: int, end: int) -> int:
    """Where a name in capitals starts: after the last word of the heading before it."""
    name_start = start
    for word in re.finditer(r"[^ ]+", flat[start:end]):
        if word.group() in _CAPITAL_STOPS and flat[start + word.end() : end].strip(" ,"):
            name_start = start + word.end() + 1
    return name_start


def _without_trailing_joins(flat: str, start: int, end: int) -> int:
    trailing = re.search(rf"(?:[ ]{_JOIN})+$", flat[start:end])
    return start + trailing.start() if trailing else end


def _wrapped_after_joins(text: str) -> str:
    """``text`` with the line breaks after "of", "for", "and", "the" made spaces (a name
    wraps there: "Association of / Independent Hauliers"), the others kept: two
    capitalised lines are two bodies ("Directorate of Border Affairs / Ministry of the
    Interior"). Same length: offsets do not move."""
    return _BREAK_AFTER_A_JOIN.sub(lambda m: m.group()[:-1] + " ", text)


_BREAK_AFTER_A_JOIN = re.compile(rf"(?<![\w-]){_JOIN}\n")


def _without_a_name_after_and(flat: str, start: int, end: int) -> int:
    """``end`` cut before an "and" whose last word names no remit ("Ministry of Labour |
    and Ali Hassan"), kept after one that does ("and Social Affairs")."""
    while (joint := flat.rfind(" and ", start, end)) >= 0 or (
        joint := flat.rfind(" & ", start, end)
    ) >= 0:
        last = flat[start:end].rsplit(maxsplit=1)[-1]
        if last in _PORTFOLIOS or _PORTFOLIO_ENDING.search(last):
            return end
        end = joint
    return end


def _is_a_name(piece: str) -> bool:
    """A word that names something, not only "&" or stop words."""
    return any(w[:1].isupper() and w not in _STOP for w in piece.split())
