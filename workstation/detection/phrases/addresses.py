"""Street addresses as whole chains: ``Unit 3, Block C, Sunridge Court, 12-16 Albion
Street``, ``Avenida de los Tilos 58, bloque 2, escalera B, 4.º izda.``, ``Door No.
14/227, 2nd Cross, Gandhi Nagar``, ``Hagebuttenweg 9, 2. OG links``.

An address is written in many countries' orders, but always as a street (a number and
a street-type word, a street word with ``-gata``, ``-weg``, ``-straße`` and the like, or
a post box) with the parts that lead to one door on either side of it, separated by
commas: flat, floor, block, staircase, building, ward, cross road. The policy's patterns
find most streets; this finder takes the street with every part chained to it, so no
flat number or building name is left readable beside the box. The quarter, town or
locality after the last comma stays a place of its own, unless a postcode is written
with it (``Kelbridge KB1 4QT``, ``Beckley, WV 25801``, ``10435 Berlin``): then the
postal line is part of the address, with the country after it, since a reader who
keeps the town and the postcode has the street's neighbourhood.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan

ENTITY = "STREET_ADDRESS"
SCORE = 0.55

# A capital starts a name, also an accented one ("Ştefan", "Łąkowa", "Élysée").
_CAPITAL = r"[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f]"  # Latin-1 and Extended-A
_NAME = rf"{_CAPITAL}[\w'\u2019.-]*"
_WORD = rf"{_CAPITAL}[\w'\u2019-]*"  # a capitalised word without a full stop
# The Arabic article glued to a name of a quarter or a building: "Hay al-Salam".
_ARTICLED = r"(?:(?:al|el|an|ar|as|ad|at|az|ash)-)?"
# The Arabic and Maltese article before the first word of a street's name: "Triq il-Kbira".
_NAME_ARTICLE = r"(?:(?:il|l|al|el|ir|is|it|ix|iz|in|id)-)?"
_NUMBER = r"(?<!\d\.)(?!(?:19|20)\d\d\b)\d{1,5}(?:[-\u2013/]\d{1,5})?[A-Za-z]?"
_TYPE_AFTER = (
    r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Way|Square|Place"
    r"|Court|Terrace|Crescent|Close|Gardens|Parkway|Highway|Row|Walk|Quay|Corniche|Hill"
    r"|Mews|Parade|Grove|Rise|View|Green|Circle|Circus|Embankment|Wharf|Market"
    r"|Alley|Causeway|Crossing|Expressway|Freeway|Pike|Trail|Loop|Bypass|Esplanade"
    r"|Promenade|Approach|Cottages|Yard|Marg|Salai|Sarani|Steps"
    # US postal abbreviations, with or without the dot, and a direction after them
    r"|(?:St|Rd|Ave|Av|Blvd|Dr|Ln|Ct|Pl|Ter|Cres|Sq|Hwy|Pkwy|Cir|Trl|Expy)\.?"
    r"(?:[ ](?:N|S|E|W|NE|NW|SE|SW)(?![\w.]))?)"
)
_TYPE_BEFORE = (
    r"(?:Calle|calle|C/|Avenida|avenida|Av\.|Avda\.|Carrera|Pasaje|Paseo|Camino|Plaza|Ronda"
    r"|Travesía|Rua|Travessa|Largo|Praça|Beco|Estrada|Rue|rue|Avenue|avenue|Boulevard|boulevard|Bd|Allée|allée"
    r"|Chemin|chemin|Impasse|impasse|Quai|quai|Place|place|Cours|Via|Viale|Piazza|Corso"
    r"|Jalan|Jl\.|Soi|Thanon|Ulica|ulica|ul\.|Ulitsa|ulitsa|prospekt|str\.|Str\.|Strada"
    r"|strada|Calea|bd\.|bul\.|vul\.|vulytsia|vulytsya|Vulytsia|vulitsa|Aleja|aleja|Aleea|Trg|trg|Bulevar|Utca|Odos|Rehov"
    r"|Shari[\u2019']a|Sharia|Sokak|Caddesi|Jr\.|Jirón|Pje\.|Psje\.|Prol\.|Prolongación"
    r"|Calz\.|Calzada|Callejón|Cjón\.|Ctra\.|Carretera|Malecón|Alameda|Diagonal"
    r"|Transversal|Costanera"
    # a Malaysian lane and street ("Lorong Kenanga 2", "Lebuh Pantai")
    r"|Lorong|Lrg\.|Lebuh"
    # a French lane or road ("14 Ruelle Mangin", "Route de la Pointe")
    r"|Ruelle|ruelle|Route|Rte\."
    # Persian alleys, streets, squares and boulevards in transliteration
    r"|Kuche-ye|Kucheh|Kuchak-e|Khiaban-e|Khiyaban-e|Khiaban|Khiyaban|Meydan-e|Maydan-e"
    r"|Kuy-e|Bolvar-e"
    # Greek avenues, squares and streets in transliteration, a Maltese street, a
    # Moroccan lane and street
    r"|Leoforos|Leof\.|Plateia|Platia|Odos|Triq|Derb|Zenqat|Zankat|Znqt\.)"
)
_COMPOUND_SUFFIX = (
    r"(?:straße|strasse|str\.|gasse|weg|allee|platz|ring|damm|ufer|steig|gata|gate|gaten"
    r"|gatan|vägen|veien|vegen|veg|vei|vej|gade|stræde|gränd|torget|katu|tie|kuja|straat"
    r"|laan|gracht|kade|plein|iela|gatvė|utca|ulica"
    # Nordic hills, squares, paths and closes: "Kirkebakken", "Kongens Torv", "Skolestien"
    r"|bakken|backen|bakke|torv|plads|plass|plassen|stien|stigen|vænget|vænge|løkka|parken"
    r"|brinken|höjden)"
)
# The words before a Nordic or German street's name: "Nordre Kaivei", "Södra Vägen".
_QUALIFIER = (
    r"(?:Nordre|Søndre|Sønder|Nørre|Vestre|Østre|Øvre|Nedre|Store|Lille|Gamle|Nye|Norra"
    r"|Södra|Östra|Västra|Stora|Lilla|Gamla|Alte|Neue|Obere|Untere|Große|Kleine)"
)
# A post box as postal services name it: P.O. Box, B.P., Postfach, Apartado de Correos,
# Casilla, Caixa Postal, Private Bag, PMB.
_POST_BOX = (
    r"(?:P\.?[ ]?O\.?[ ]?Box|PO[ ]?Box|Post[ ]Office[ ]Box|Post[ ]Box|B\.?[ ]?P\.?"
    r"|Boîte[ ]postale|Postfach|Postbus|Postboks|Apartado(?:[ ](?:Postal|de[ ]Correos))?"
    r"|Apdo\.?(?:[ ]Postal)?|Casilla(?:[ ]de[ ]Correos?|[ ]Postal)?|Caixa[ ]Postal"
    r"|Casella[ ]Postale|C\.?[ ]?P\.?[ ]?Box|Private[ ]Bag(?:[ ]X)?|Locked[ ]Bag|PMB|GPO[ ]Box)"
)
# A street word written apart and in lower case after the name, in the Baltic, Central
# European and Turkish way.
_WORD_AFTER = (
    r"(?:iela|gatvė|prospektas|prospekts|tänav|utca|út|ulica|ulice|cesta|sokak|soka\u011f\u0131"
    r"|caddesi|bulvar\u0131)"
)
_LINKS = (
    r"(?:de[ ]la|de[ ]las|de[ ]los|del|de|des|du|la|le|les|los|las|el|di|da|do|dos|das"
    r"|della|delle|dello|degli|dei)"  # Italian: "Piazza della Costituzione", "Via dei Mille"
)
# The words between a street's type and its name: "de la", "du", and an elided article
# glued to the name ("avenue de l'Indépendance", "rue d'Alger").
# "Camino a Trapa", "Route de Kaya", "Carretera al Sur": a road named for where it goes.
_LINK = rf"(?:(?:{_LINKS}|a|al|à|au|aux)[ \n])?(?:[ld]['\u2019])?{_NAME_ARTICLE}"

# A small word inside a street's name: "Ştefan cel Mare", "Dom Pedro de Alcântara".
_NAME_PARTICLE = r"(?:cel|lui|de|del|da|do|dos|das|di|la|von|van|der|al|bin|ibn|e|y)"

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
# The words for a flat or a floor that confirm a bare street before them ("Dvorakova 7,
# byt 14"); a stricter list than _UNIT_WORDS, whose "Ward", "Zone" or "Block" follow
# other numbered things too.
_FLAT_WORDS = (
    r"flat|apartment|apt\.?|byt|kv\.|unit|suite|room|floor|piso|étage|stan|lgh|wohnung"
    r"|top|door|porte|escalier|staircase|entrance|mieszkanie|m\."
)
# A floor written number first: "3.er piso", "2e étage", "4to piso", "1st floor", "2. etg."
_ORDINAL_FLOOR = (
    r"\d{1,2}(?:\.?(?:er|ère|e|ème|do|ro|to|vo|no|mo|[º°ª])|\.|st|nd|rd|th)?(?:[ ]|\n[ \t]*)"
    r"(?i:piso|planta|étage|floor|Stock|andar|etg\.|etasje|sal|vån\.|våning)(?!\w)"
)
# A number as OCR reads it, with "l" or "O" for a digit ("22l9l", "9l0"): taken only
# where a post box or a unit word announces a number.
_OCR_DIGITS = r"\d(?=[\dlO]*[lO])[\dlO]{1,5}(?![\w/])"
# Numbered things of a document or a building that are no street.
_NOT_A_STREET = (
    r"(?:Figure|Fig|Table|Article|Chapter|Section|Page|Annex|Appendix|Exhibit|Item"
    r"|Paragraph|Para|Part|Volume|Vol|Schedule|Case|Count|Level|Phase|Stage|Step|Grade"
    r"|Class|Year|Day|Week|Box|Tower|Block|Building|Wing|Gate|Pier|Platform|Ward|Zone|No"
    r"|Nr|Nos|Number)"
)
# The street a chain is built around.
_STREET = re.compile(
    rf"\b(?:(?:No|Nr|N[°º])\.?[ ]?{_NUMBER}|{_NUMBER}),?[ \n](?!{_MONTH}\b)"
    rf"(?:(?:{_NAME}|\d{{1,3}}(?:st|nd|rd|th))[ \n]){{1,3}}"
    rf"{_TYPE_AFTER}"
    r"(?!\w)"
    rf"|\b{_NUMBER}(?:bis|ter)?,?[ \n]{_TYPE_BEFORE}[ \n]{_LINK}{_NAME}(?:[ ]{_LINK}{_NAME}){{0,3}}"
    r"(?![\w'\u2019.-]|[ ,]*\d)"
    rf"|(?<![\w.]){_TYPE_BEFORE}[ \n]{_LINK}(?:{_NAME}[ \n]?(?:{_NAME_PARTICLE}[ ])?){{1,4}},?[ \n]"
    # "Rua Augusta, nº 12", "Av. Sucre N° 1450", "Rua X, n.º 22"
    rf"(?:(?:[Nn][º°o]|[Nn]\.[º°]|No|Nr|\#)\.?[ ]?)?{_NUMBER}\b"
    rf"|\b(?:{_QUALIFIER}[ ])?{_NAME}{_COMPOUND_SUFFIX}[ ]{_NUMBER}(?:[ ][A-H](?![\w.]))?\b"
    # a Guatemalan numbered avenue and door: "4a Avenida 12-38", "6a. Calle 3-45"
    r"|\b\d{1,2}[aªoº]\.?[ ](?:Avenida|avenida|Calle|calle)[ ]\d{1,3}-\d{1,3}\b"
    # a Thai house and village number: "88/14 Moo 5"
    r"|\b\d{1,4}/\d{1,4}[ ](?:Moo|Mu)[ ]\d{1,2}\b"
    rf"|\b{_NAME}[ ]{_WORD_AFTER}[ ]{_NUMBER}\b"  # Brīvības iela 14, Rákóczi út 7
    # a street named without a street word, as in Central Europe, when a flat follows
    rf"|\b(?:{_WORD}[ ]){{0,2}}(?!(?:{_NOT_A_STREET}|{_MONTH})\b){_WORD}[ ]"
    r"(?!(?:19|20)\d\d\b)\d{1,4}(?:/\d{1,5})?[a-z]?"
    rf"(?=,[ ]?(?:(?i:{_FLAT_WORDS})[ ]?\d|{_ORDINAL_FLOOR}))"
    rf"|\b{_NUMBER}[ ]{_NAME}-(?:ro|daero|gil)\b|\b{_NAME}-(?:ro|daero|gil)[ ]{_NUMBER}\b"
    rf"|\b{_NUMBER}[ ]{_NAME}{_COMPOUND_SUFFIX}\b"
    rf"|\b{_POST_BOX}[ ]?(?:(?:No|Nr|N[°º])\.?[ ]?)?"
    r"(?:\d(?:[\d ]{0,8}\d)?(?:-\d{3,5})?\b(?![/.]\d)"  # P.O. Box 4471-00100, not BP 170/115
    rf"|{_OCR_DIGITS})"
)
# A street named without its number: counts only with a part chained to it.
_BARE_STREET = re.compile(rf"(?<![\w.]){_TYPE_BEFORE}[ \n]{_LINK}{_NAME}(?:[ ]{_NAME}){{0,3}}")
_UNIT_WORDS = (
    r"(?:Flat|Apartment|Apt\.?|App\.?|Ap\.|Appartement|Unit|Suite|Room|Floor|Block|Bloc"
    r"|Bloque|Building|Bldg\.?|Tower|Wing|Entrance|Staircase|Escalera|Esc\.|Escalier|Portal"
    r"|Puerta|Porte|Piso|Planta|Depto\.?|Dpto\.?|Departamento|Byt|Kv\.|Korpus|Korp\.|Dom"
    r"|House|Villa|Plot|Lot|Door|Ward|Sector|Phase|Lane|Gali|Level|Étage|Bât\.?|Bâtiment"
    r"|Immeuble|Edificio|Stiege|Tür|Stanza|Interno|Int\.|Oficina|Of\.|Office|Local|Despacho"
    r"|Mz\.|Mza\.|Manzana|Lt\.|Lote|Lte\.|Etapa|Ste\.?|Fl\.?|Rm\.?|Lvl\.?|Shop|Stall|Kiosk"
    # a room or office in French, a block of a West African lot, the numbered wards and
    # zones of Ethiopia, the Philippines and the Gulf, a numbered street ("Street 12")
    r"|Chambre|Bureau|Îlot|Ilot|Woreda|Kebele|Purok|Sitio|Zone|Street|Road|Soi"
    # Portuguese and Spanish flats, blocks, rooms and shops
    r"|Apto\.?|Apartamento|Bloco|Sala|Loja|Casa"
    # a flat in Polish, Swedish, German and Austrian addresses: "m. 12", "lgh 1102", "Top 4"
    r"|M\.|Mieszkanie|Lgh|Wohnung|Top"
    # a Norwegian and Danish flat, a Thai village number, a Spanish numbered street or zone
    r"|Leil\.?|Leilighet|Lejl\.?|Lejlighed|Moo|Calle|Carrera|Avenida|Zona"
    # a flat in the former Yugoslavia, a French flat and house, a West African plot
    # ("concession 14"), a numbered French lane, a barrister's chambers, a factory's plant
    r"|Stan|Appt\.?|Maison|Concession|Rue|Ruelle|Chambers|Plant|Warehouse|Factory"
    # a plot in Spanish, Portuguese and French, a floor in Malay and Indonesian, a West
    # African compound, a tent or shelter of a camp
    r"|Parcela|Parcelle|Aras|Tingkat|Lantai|Compound|Tent|Shelter"
    # an Italian staircase, floor and flat ("scala B, piano 2, int. 7"), a Greek floor
    r"|Scala|Sc\.|Piano|Orofos"
    # a numbered Turkish street: "Sokak 4", "Sok. 12"
    r"|Sokak|Sok\.)"
)
_BUILDING_TYPES = (
    r"(?:Court|House|Building|Tower|Towers|Mansions|Heights|Residency|Apartments|Plaza"
    r"|Complex|Compound|Residences|Lodge|Villas|CHS|Chawl|Bhavan|Niwas|Sadan|Nilayam"
    r"|Apt\.|Apts\.|Mansion|Chambers|Bhawan|Bldg\.?|Blg\.|Bldng\.?|Condominium|Condo)"
)
# The housing estate, quarter or village a door is found in, named after the street in
# Malaysia and Indonesia, the Philippines, Latin America, South Asia, Portuguese-speaking
# Africa (Bairro), the Maghreb (Lotissement) and Thailand (Ban).
_ESTATE = (
    r"(?:Taman|Kampung|Kg\.|Desa|Perumahan|Komplek|Kompleks|Persiaran|Barangay|Brgy\."
    r"|Purok|Sitio|Colonia|Col\.|Fraccionamiento|Fracc\.|Urbanización|Urb\.|Barrio|Bo\."
    r"|Población|Villa|Mohalla|Mohallah|[Qq]uartier|[Ss]ecteur|[Cc]it[ée]|Hay|Hayy"
    r"|urbanización|barrio|colonia"
    r"|A\.[ ]?H\.|AA\.[ ]?HH\.|Asentamiento[ ]Humano|P\.[ ]?J\."
    r"|Pueblo[ ]Joven|Conjunto|Conj\.|Residencial|Cooperativa|Coop\.|Lotización|Condominio"
    r"|Bairro|bairro|Lotissement|lotissement|Ban|Muban"
    # a farm or a country estate: "Quinta das Figueiras", "Finca El Roble", "Fazenda Boa Vista"
    r"|Quinta|Finca|Hacienda|Fazenda|Chácara|Sítio|Granja|Rancho|Herdade|Masseria)"
)
# One part of the chain: "Flat 2", "bloque 2", "4.º izda.", "2nd Cross", "Sunridge Court".
_PART = (
    # a Peruvian block and lot: "Mz. B Lt. 12"
    r"(?:(?:Mz|Mza|Manzana)\.?[ ]?[A-Z0-9]{1,3}[ ,]+(?:Lt|Lte|Lote)\.?[ ]?\d{1,4}[A-Za-z]?"
    # a Philippine block and lot: "Blk 12 Lot 7", "Block 4, Lot 19"
    r"|(?:Blk|Block)\.?[ ]?[A-Z0-9]{1,4}[ ,]+(?:Lot|Lt)\.?[ ]?\d{1,4}[A-Za-z]?"
    rf"|{_ORDINAL_FLOOR}"
    # a numbered street by its ordinal: "3.ª avenida", "5a Calle"
    r"|\d{1,2}\.?[ªºao][ ](?i:avenida|calle|carrera)(?:[ ]\d{1,3}-\d{1,3})?"
    # a Malagasy lot: "Lot IVB 27 bis", "Lot II M 45"
    r"|Lot[ ][IVX]{1,4}(?:[ ]?[A-Z]{1,2})?[ ]?\d{1,4}[A-Z]?(?:[ ](?:bis|ter))?"
    # a lane named without its number, after the door it leads to: "Moo 5, Soi Wat Pho"
    r"|(?:Soi|Thanon)[ ][A-Z][\w'-]*(?:[ ][A-Z][\w'-]*){0,3}"
    # a Thai subdistrict and district: "T. Khlong Nueng", "Amphoe Bang Klai"
    rf"|(?:T\.|A\.|Tambon|Amphoe|Amphur|Khet|Khwaeng)[ ]{_WORD}(?:[ ]{_WORD}){{0,2}}"
    rf"|(?i:{_UNIT_WORDS})(?:[ ]|\n[ \t]*)?(?:(?i:No|Nr|N[°º])\.?[ ]?)?#?[ ]?"
    r"(?:(?:[A-Z]{1,2}-?)?\d{1,5}(?:[-/][A-Za-z0-9]{1,5}){0,2}(?:[A-Za-z]|\.?[ºª°])?(?![\w/])|[A-Z]\b"
    rf"|{_OCR_DIGITS})"
    r"|H\.[ ]?No\.[ ]?\d{1,5}(?:[-/][A-Za-z0-9]{1,5}){0,3}"  # H.No. 4-5-67/B
    r"|(?i:ground|first|second|third|top|upper|lower|mezzanine)[ ](?i:floor)"
    r"|(?:rez-de-chaussée|Erdgeschoss|EG|planta[ ]baja|bajo|bajos|altos)(?![\w-])"
    r"|\d{1,3}(?:st|nd|rd|th)[ ](?:Cross|Main|Floor|Street|Lane|Road|Avenue|Block|Stage"
    r"|Phase|Sector|Ward|Precinct|khoroo|Khoroo|Kebele|Woreda)"
    # a floor as Hong Kong, China and South-East Asia write it: "9/F", "12F", "G/F"
    r"|(?:\d{1,3}|G|LG|UG)/F(?![\w/])|\d{1,3}F(?![\w/])"
    # a Spanish or Portuguese floor and side: "4.º izda.", "2.º esq.", "3.º dto."
    r"|\d{1,2}\.?[º°ª](?:[ ]?(?:(?i:izda|dcha|izq|der|esq|dto|drt|dt|fte|frente)|[A-Z])\b\.?)?"
    # a Danish and Norwegian floor and side: "3. tv.", "st. th.", "2. mf."
    r"|(?:\d{1,2}\.|st\.|kld\.)[ ]?(?:tv|th|mf)\b\.?"
    # a kilometre post on a road: "km 7", "Km. 14,5", "km 12+300"
    r"|(?i:km)\.?[ ]?\d{1,4}(?:[.,+]\d{1,3})?(?![\w/])"
    # the Portuguese ground floor and basement, an Italian staircase and floor
    r"|(?:r/c|R/C|rés-do-chão|cave|sobreloja)(?:[ ](?i:esq|dto|dta|frente)\b\.?)?(?![\w-])"
    r"|\d{1,2}\.[ ]?OG(?:[ ](?:links|rechts|li|re|Mitte))?"
    rf"|{_POST_BOX}[ ]?(?:(?:No|Nr|N[°º])\.?[ ]?)?\d{{1,6}}"
    r"|[A-Z]-Wing|Wing[ ][A-Z]\b"  # "B-Wing", "Wing C"
    rf"|(?<!the[ ])(?<!The[ ]){_NAME}(?:(?:[ ]|\n[ \t]*){_NAME}){{0,2}}(?:[ ]|\n[ \t]*)"
    rf"(?:{_BUILDING_TYPES}|{_TYPE_AFTER})"
    # a building named after its kind: "Immeuble Les Acacias", "Foyer Saint-Paul"
    r"|(?i:Immeuble|Imm\.|Résidence|Residence|Edificio|Foyer|Tower|Torre|Wisma|Menara|Gedung"
    r"|Bâtiment|Maison)"
    rf"[ ](?:{_LINKS}[ ])?{_ARTICLED}{_NAME}(?:[ ]{_ARTICLED}{_NAME}){{0,2}}"
    rf"|{_ESTATE}(?:[ ]|\n[ \t]*)(?:{_LINKS}[ ])?{_ARTICLED}{_WORD}(?:[ ]{_ARTICLED}{_WORD}){{0,2}}"
    r"|[A-Z][a-z]+(?:nagar|puram|palya|halli|palli)(?![\w-])"  # Jayanagar, Koramangala's kin
    rf"|{_NAME}(?:[ ]{_NAME})?[ ](?:Nagar|Colony|Layout|Extension|Enclave|Vihar|Bagh|Mohalla"
    r"|Mohallah|Basti|Chowk|Bazaar|Bazar|Pura|Puram|Tola|Peth|Wadi|Mahallesi|Mahalle|Mah\.))"
)
# A house number announced before the street: "No. 7, Jalan Cempaka 3".
_HOUSE_NUMBER = r"(?:No|Nr|N[°º])\.?[ ]?\d{1,5}[A-Za-z]?(?:/\d{1,5})?"
# A postal line after the street: town and postcode in either order, a US or
# Australian state before the code, a country at the end of the line.
_TOWN = r"[A-Z][\w'\u2019.-]*(?:[ ](?:[A-Z][\w'\u2019.-]*|upon|on|de|la|le|sur|am|an|im)){0,2}"
_POSTCODE_AFTER = (
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}"  # UK: KB1 4QT
    r"|(?:[A-Z]{2}[ ])?[A-Z]\d[A-Z][ ]\d[A-Z]\d"  # Canada: ON K1A 0B1
    r"|[A-Z]{2,3}[ ]\d{4,5}(?:-\d{4})?"  # US, Australia: WV 25801, NSW 2000
    r"|\d{5}(?:-\d{4})?|\d{3}[ ]?\d{2}|\d{6}|\d{3}-\d{4}"  # ZIP, Swedish, Indian, Japanese
    # Portuguese and Brazilian after the town, and four digits as Australia, New
    # Zealand, South Africa and the Philippines write them ("Port Tallis 7012"), not a year
    r"|\d{4}-\d{3}|\d{5}-\d{3}|(?!(?:19|20)\d\d(?!\d))\d{4})"
)
_POSTCODE_BEFORE = (  # 10435, D-10435, 1012 AB, 00-950, 1000-001, 01310-100, C.P. 68000
    r"(?:(?:C\.[ ]?P\.|CP|CEP|PLZ)[ ]?)?"
    r"(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:[ ][A-Z]{2})?|\d{2}-\d{3}|\d{4,5}-\d{3}|\d{3}[ ]\d{2})"
)
_CEDEX = r"(?:[ ](?:Cedex|CEDEX)(?:[ ]\d{1,2})?)?"
_COUNTRY = r"(?:,[ ](?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?|[A-Z]{2,3})(?=[ \t]*(?:$|[.;)])))?"
_POSTCODE_LETTERED = r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]\d[A-Z]\d)"
_LINE_END = r"(?=[ \t]*(?:$|[,.;:()/|]))"  # the line's end: not "Sydney 20000 people"
_TAIL = re.compile(
    r"(?:,[ ]?\n?[ \t]*|[ \t]*\n[ \t]*)"
    # a quarter before the town, on the same line or the next as letters write it, and
    # a Brazilian state after the town ("Porto Lindo - UN, 70212-010")
    rf"(?:(?:{_TOWN}(?:,[ ]|[ \t]*\n[ \t]*))?{_TOWN}(?:[ ][-\u2013][ ][A-Z]{{2}})?,?[ ]"
    # a British or Canadian postcode is one whatever follows ("..., SI2 7HQ from May")
    rf"(?:{_POSTCODE_LETTERED}(?![\w-])|{_POSTCODE_AFTER}(?![\w-]){_LINE_END})"
    rf"|{_POSTCODE_BEFORE}[ ]{_TOWN}{_CEDEX}(?![\w-]){_LINE_END})"
    rf"{_COUNTRY}",
    re.MULTILINE,
)
# A street named without a number ("Moor Lane"): an address only with a postal line.
_NAMED_STREET = re.compile(rf"\b(?:{_NAME}[ ]){{1,3}}{_TYPE_AFTER}(?!\w)")
# A unit written after a US street without a comma: "Main St Apt 5", "Ave. #3B".
_US_UNIT = (
    r"(?:(?:Apt|Apartment|Unit|Suite|Ste|Fl|Floor|Rm|Room|Bldg|Lot|Spc|Trlr)\.?[ ]?#?[ ]?"
    r"|(?:m\.|lok\.|kv\.|byt|lgh|Top)[ ]"  # the flat after the house number: "10/12 m. 5"
    r"|#[ ]?)\d{1,5}[A-Za-z]?"
    # a house without a number, as Spanish and Portuguese write it: "Calle Real s/n"
    r"|(?:s/n|S/N|s\.n\.)(?![\w/])"
    # a kilometre post on the road named before it: "Carretera Norte Km. 12,5"
    r"|(?i:km)\.?[ ]?\d{1,4}(?:[.,+]\d{1,3})?(?![\w/])"
)
# A quarter named with its number, only after a chain already found: "..., Al-Rawda 2".
# A Nepali ward is written with a hyphen: "Sanepa-2".
_NUMBERED_QUARTER = rf"{_NAME}(?:[ ]{_NAME})?[ -]\d{{1,3}}(?![\w/.,]\d)"
# The door's number after the street, as Turkish and Latin American addresses write it:
# "Sokak 4, no. 11", "Calle Sur, nº 8".
_DOOR_AFTER = r"(?:No|Nr|N[°º]|no\.|nr\.|n\.?[º°])\.?[ ]?\d{1,5}[A-Za-z]?(?:/\d{1,5})?"
# A landmark that leads to the door, as Nigerian, Indian and Latin American addresses
# give it after the street: "off Aggrey Road", "behind St. Mary's Church", "frente a la
# Plaza Mayor". Only after a chain already found.
_LANDMARK = (
    r"(?:off|behind|opposite|opp\.|near|beside|next[ ]to|adjacent[ ]to|close[ ]to"
    r"|derrière|en[ ]face[ ]de|près[ ]de|frente[ ]a|detrás[ ]de|junto[ ]a|cerca[ ]de"
    r"|em[ ]frente[ ]a|atrás[ ]de|perto[ ]de|ao[ ]lado[ ]de|próximo[ ]a)"
    rf"[ ](?:(?:the|la|le|les|el|los|las|o|a|os|as|du|del|do|da)[ ]|l['\u2019])?"
    rf"{_NAME}(?:[ ](?:{_NAME_PARTICLE}[ ])?{_NAME}){{0,4}}"
)
_PART_AFTER = re.compile(
    # (an abbreviation's full stop may come before the comma: "Villa Rosa Subd., Brgy. X")
    rf"(?:\.?,[ ]?\n?[ \t]*(?P<part>{_PART}|{_NUMBERED_QUARTER}|{_DOOR_AFTER}|{_LANDMARK})"
    rf"|[ ](?P<unit>{_US_UNIT}))(?![\w-])"
)
_PART_BEFORE = re.compile(rf"(?<![\w-])(?P<part>{_PART}|{_HOUSE_NUMBER}),[ ]?\n?[ \t]*$")
# A Korean flat's building and door numbers before the complex: "204-1103, Hanbit Apt.".
_DOOR_BEFORE = re.compile(r"(?<![\w-])(?P<part>\d{2,4}-\d{3,4}),[ ]$")
# A flat or room before a named building without a comma: "Rm 304 Lim Bldg", "Unit 5B
# Dizon Tower".
_UNIT_BEFORE_BUILDING = re.compile(
    r"(?<![\w-])(?P<part>(?:Flat|Apartment|Apt|Unit|Suite|Ste|Room|Rm|Office|Shop|Stall|Door)"
    r"\.?[ ]?#?[ ]?(?:[A-Z]-?)?\d{1,5}[A-Za-z]?)[ ]$"
)
_BODY_LINK = r"(?:of|of[ ]the|for|du|de|des|de[ ]la|la|le|et|y|del|da|do|di|für|der)"
# The office or body a letter is sent to, as the first part of its address when a floor,
# a suite or an office follows: "NPM Secretariat, 4th floor, 9 Rachadamnoen Road",
# "Bourse du travail, bureau 14, 5 boulevard de la Marine". Only where an address
# begins: at the start of a line, after a colon, or after "to" or "at".
_BODY_BEFORE = re.compile(
    r"(?:^|(?<=:[ ])|(?<=\bto[ ])|(?<=\bat[ ]))[ \t]*"
    rf"(?P<part>{_CAPITAL}[\w'\u2019&.-]*(?:[ ](?:{_BODY_LINK}[ ][\w'\u2019-]+|&|{_CAPITAL}"
    r"[\w'\u2019&.-]*)){0,3}),[ ]$",
    re.MULTILINE,
)
_INDOOR_PART = re.compile(
    r"(?i:suite|floor|bureau|office|room|unit|flat|apartment|étage|piso|planta|oficina"
    r"|despacho|local|chambre|andar|sala|level)\b\.?[ ]?(?:No\.?[ ]?)?#?\d"
    rf"|{_ORDINAL_FLOOR}|\d{{1,3}}(?:st|nd|rd|th)[ ](?i:floor)"
    r"|(?i:ground|first|second|third|fourth|fifth|top)[ ](?i:floor)"
)
_BUILDING = re.compile(rf"(?:{_NAME}[ ]){{1,3}}{_BUILDING_TYPES}")
_COMPLEX = re.compile(rf"{_NAME}(?:[ ]{_NAME})?[ ](?:Apt|Apts|Apartments?|Mansion|Villa)\b")
_PARTS_ALONE = re.compile(rf"(?<![\w-]){_PART}(?:,[ ]?\n?[ \t]*{_PART}){{1,4}}(?![\w-])")


def addresses(text: str) -> Iterator[LayoutSpan]:
    """Every street with the parts chained to it; two or more parts alone ("Door No.
    14/227, 2nd Cross, Gandhi Nagar") are an address too. Of overlapping readings the
    longest is kept."""
    found: list[tuple[int, int]] = []
    stretches = _near_digits(text)
    patterns = (
        (_STREET, False),
        (_BARE_STREET, True),
        (_NAMED_STREET, True),
        (_PARTS_ALONE, False),
    )
    for pattern, needs_part in patterns:
        for match in _matches(pattern, text, stretches):
            if pattern is _PARTS_ALONE and not re.match(r"\D*\d", match.group()):
                continue  # "Lake View, Kravin House": names, not a door
            start, end = _chained(text, match.start(), match.end())
            if not needs_part or (start, end) != match.span():
                found.append((start, end))
    kept: list[tuple[int, int]] = []
    for start, end in sorted(found, key=lambda span: (span[0] - span[1], span[0])):
        if not any(s < end and start < e for s, e in kept):
            kept.append((start, end))
    for start, end in sorted(kept):
        yield LayoutSpan(start, end, ENTITY, SCORE, "street address with its parts")


def _matches(
    pattern: re.Pattern[str], text: str, stretches: list[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    """The pattern's matches near a digit: every address has one within a line (its
    number, its flat, its post box), so lines far from any are not searched."""
    for start, end in stretches:
        yield from pattern.finditer(text, start, end)


_LINE = re.compile(r"[^\n]*\n?")
_ASCII_DIGIT = re.compile(r"[0-9]")


def _near_digits(text: str) -> list[tuple[int, int]]:
    """Stretches of text from the line before to the line after each line with a digit."""
    lines = [m.span() for m in _LINE.finditer(text) if m.end() > m.start()]
    stretches: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(lines):
        if not _has_digit(text, start, end):
            continue
        first = lines[max(0, index - 1)][0]
        last = lines[min(len(lines) - 1, index + 1)][1]
        if stretches and first <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], last)
        else:
            stretches.append((first, last))
    return stretches


def _has_digit(text: str, start: int, end: int) -> bool:
    """Whether a line holds a character ``str.isdigit`` accepts; an ASCII line is
    searched by a regular expression rather than character by character in Python."""
    if _ASCII_DIGIT.search(text, start, end):
        return True
    line = text[start:end]
    return not line.isascii() and any(c.isdigit() for c in line)


def _starts_line(text: str, start: int) -> bool:
    """Whether an address begins its line, as in a letter's address block."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip()


# The house number before a street whose type comes first ("14 rue des Lilas, 75008
# Paris"), when the street was read up to the postcode instead.
_NUMBER_BEFORE = re.compile(rf"(?<![\w/.,-])(?:(?:No|Nr|N[°º])\.?[ ]?)?{_NUMBER}(?:bis|ter)?,?[ ]$")
_STARTS_WITH_TYPE = re.compile(rf"{_TYPE_BEFORE}[ \n]")


# The corner a door stands on, before the first of two streets: "angle rue X et rue Y",
# "à l'angle de la rue X", "esquina Calle X", "corner of X Street and Y Road".
_CORNER_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:à[ ]l['\u2019])?angle(?:[ ](?:de[ ]la|des|du|de))?|(?:en[ ]la[ ])?esquina"
    r"(?:[ ](?:de[ ]la|del|de))?|(?:on[ ]the[ ]|at[ ]the[ ])?corner[ ]of|(?:na[ ])?esquina[ ]d[ao])"
    r"[ ]$",
    re.IGNORECASE,
)
_JOINED_STREET = re.compile(
    rf"(?<![\w.]){_TYPE_BEFORE}[ ]{_LINK}{_NAME}(?:[ ]{_NAME}){{0,2}}[ ](?:et|y|e|and)[ ]$"
)


def _corner_start(text: str, start: int) -> int:
    """Where a street found second at a corner begins, with the first street and the
    corner word: "angle rue Capois et ruelle Nazon" tells the door as the number does."""
    joined = _JOINED_STREET.search(text, max(0, start - 60), start)
    if joined is None:
        return start
    corner = _CORNER_BEFORE.search(text, max(0, joined.start() - 24), joined.start())
    return start if corner is None else corner.start()


# The quarter between the street and the town, as an address block writes it: "..., Rue
# Ratsimilaho, Antaninarenina, Port-Salomon" (a town after it on the line) or "..., Kovil
# Lane, Thumpalai" with the town alone on the next line. The quarter narrows the street
# to a neighbourhood, so it goes with the address; the town stays a place.
_QUARTER = re.compile(
    rf",[ ](?P<quarter>{_TOWN})(?=,[ ]{_TOWN}\.?[ \t]*$|,?[ \t]*\n[ \t]*{_TOWN}\.?[ \t]*\n)",
    re.MULTILINE,
)


def _chained(text: str, start: int, end: int) -> tuple[int, int]:
    part_before = _PART_BEFORE.search(text, max(0, start - 60), start)
    if _STARTS_WITH_TYPE.match(text, start) and part_before is None:  # "app. 9, rue X"
        number = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
        if number is not None:
            start = number.start()
    start = _corner_start(text, start)
    for _ in range(4):
        before = _PART_BEFORE.search(text, max(0, start - 60), start)
        if before is None and _COMPLEX.match(text, start):
            before = _DOOR_BEFORE.search(text, max(0, start - 12), start)
        if before is None and _BUILDING.match(text, start):
            before = _UNIT_BEFORE_BUILDING.search(text, max(0, start - 16), start)
        if before is None:
            break
        start = before.start("part")
    if _INDOOR_PART.match(text, start):
        body = _BODY_BEFORE.search(text, max(0, start - 48), start)
        if body is not None:
            start = body.start("part")
    for _ in range(5):
        after = _PART_AFTER.match(text, end)
        if after is None:
            break
        end = after.end("part") if after.group("part") else after.end("unit")
    tail = _TAIL.match(text, end)
    if tail is not None:
        end = tail.end()
    elif (quarter := _QUARTER.match(text, end)) is not None and _starts_line(text, start):
        end = quarter.end("quarter")
    while end > start and text[end - 1] in " \n\t,":
        end -= 1
    if re.search(r"[^\W\d_]{5}\.$", text[start:end]):
        end -= 1  # a sentence's full stop, not an abbreviation's ("Ave.", "Blvd.")
    return start, end
