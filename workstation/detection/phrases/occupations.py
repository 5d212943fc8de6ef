"""Professions, ranks and posts as whole expressions: ``deputy prosecutor of the Drevna
region``, ``taxi driver``, ``Lieutenant Colonel``, ``directeur adjoint``.

A profession narrows the field to a handful of people: "a schoolteacher from the
valley" is often enough. The head word comes from a vocabulary (English, French,
Spanish); the words around it that make the post one person's (``deputy``, ``prison``,
``of the port authority``, ``adjoint``) are taken in with it, so no generic head is
left readable beside a box.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.nationalities import CAPITALISED as _NATIONALITIES
from workstation.detection.phrases.occupation_words import (
    COMPOUND_HEADS,
    GERUND_MODIFIERS,
    JOINED_PREFIXES,
    MORE_FRENCH_SPANISH,
    MORE_FRENCH_SPANISH_WIDER,
    MORE_HEADS,
    MORE_LANGUAGES,
    NOT_BEFORE_COMPOUND,
    PLAIN_WORK_NOUNS,
    POST_PREFIXES,
    POST_SUFFIXES,
    SOURCE_PLACES,
    TITLE_ABBREVIATIONS,
    TITLE_ABBREVIATIONS_BEFORE_FULL_NAME,
    TITLE_ABBREVIATIONS_DOTTED,
    TITLE_WORDS,
    WIDER_HEADS,
    is_trade_word,
    with_plurals,
)
from workstation.detection.phrases.tokens import Lexicon, Word, gap_is_space, phrase_list, words
from workstation.detection.phrases.tokens import word_set as _set
from workstation.detection.phrases.trade_cues import cued_trades

ENTITY = "OCCUPATION"
SCORE = 0.6

_FIRST_HEADS = phrase_list(
    """
        general, major, marshal, chief, head, speechwriter, leader, leaders, head teacher,
        apprentice, foreman, overseer, supervisor, messenger, informer, militiaman,
        militiamen, fighter, fighters, commander-in-chief, dignitary, elder, elders,
        board member, board members, chair,
        schoolteacher, schoolteachers, ward orderly, hospital orderly, trainee, trainees,
        photographers, engineers, clerks, guards, managers, inspectors, officers,
        interpreters, translators, researchers, cameraman, cameramen, camerawoman,
        aid worker, aid workers, volunteer, volunteers, trade unionist, unionist,
        accountant, activist, actor, actress, administrator, adviser, advisor, agent,
        agronomist, aide, ambassador, analyst, anchor, architect, archivist, artist,
        assessor, assistant, attaché, attache, attorney, attorney general, auditor, author,
        banker, barber, barrister, bishop, blogger, bodyguard, bookkeeper, border guard,
        breeder, bricklayer, broker, builder, bureaucrat, businessman, businesswoman,
        businessmen, businesswomen, butcher, cameraman, captain, caretaker, carpenter,
        cashier, chairman, chairwoman, chairperson, chair of the board, chancellor, chaplain,
        chargé d'affaires, chauffeur, chef, chemist, cleaner, clerk,
        colonel, columnist, commander, commandant, commissioner, constable, consul,
        consultant, contractor, coordinator, corporal, correspondent, councillor,
        councilor, counsel, counsellor, counselor, courier, craftsman, curator, dealer,
        dean, dentist, deputy, designer, detective, developer, diplomat, director,
        director-general, dispatcher, doctor, doctors, driver, drivers, economist, editor,
        educator, electrician, employee, engineer, entrepreneur, envoy, executive,
        farmer, farmers, firefighter, fisherman, fishermen, foreman, forester, gardener,
        geologist, governor, guard, guards, gynaecologist, headmaster, headmistress,
        headteacher, historian, housekeeper, housemaid, imam, inspector,
        instructor, interpreter, investigator, janitor, journalist, journalists, judge,
        judges, jurist, labourer, laborer, landlord, lawyer, lawyers, lecturer, legislator,
        librarian, lieutenant, lieutenant colonel, lieutenant general, lorry driver,
        magistrate, maid, manager, mayor, mechanic, mediator,
        member of parliament, merchant, midwife, miner, miners, minister, missionary,
        MP, musician, negotiator, notary, nurse, nurses, nun, officer, officers,
        officials, operator, paralegal, paramedic, pastor, pharmacist, photographer,
        photojournalist, physician, physicist, physiotherapist, plumber, poet,
        police officer, police officers, policeman, policemen, policewoman, politician,
        porter, postman, preacher, president, priest, producer, professor,
        programmer, prosecutor, prosecutors, psychiatrist, psychologist, publisher,
        rabbi, radiologist, ranger, receptionist, rector, registrar, reporter, reporters,
        representative, researcher, retailer, sailor, salesman, saleswoman, scientist,
        secretary, secretary-general, security guard, senator, sergeant, servant,
        shepherd, sheriff, shopkeeper, social worker, soldier, soldiers,
        solicitor, spokesman, spokeswoman, spokesperson, statistician, stenographer,
        steward, stewardess, superintendent, supervisor, surgeon, surveyor, tailor,
        teacher, teachers, technician, teller, therapist, trader, traders, translator,
        treasurer, trucker, tutor, typist, undersecretary, veterinarian, vicar, waiter,
        waitress, warden, warder, warders, weaver, welder, worker, workers, writer,
        lance corporal, staff sergeant, warrant officer, first secretary, second secretary,
        third secretary, political officer, economic officer, consular officer,
        defence attaché, military attaché, press attaché, head of mission, chief of staff,
        chief of police, police chief, head of department, head of unit, chief executive,
        managing director, prime minister, deputy minister, vice minister, vice president,
        vice-president, state secretary, secretary of state, general secretary,
        government official, senior official, ministry official, police official,
        party official, prison official, customs official, election official,
        police chief, village chief, tribal chief, chief executive officer,
        school principal, rédacteur en chef, rédactrice en chef, médecin chef,
        officier de police judiciaire, chef de poste,
        polOff, econOff, conOff, polCouns, econCouns, DCM,
        avocat, avocate, avocats, agent, agents, ambassadeur, ambassadrice, boulanger,
        brigadier, capitaine, chauffeur, chef, chercheur, chercheuse, colonel,
        comptable, commissaire, commerçant, commerçante, commerçants, conseiller,
        conseillère, conseillers, consul, cultivateur, cultivatrice, député, députée,
        directeur, directrice, docteur, douanier, douaniers, éditeur, éducateur,
        éducatrice, électricien, employé, employée, employés, enseignant, enseignante,
        enseignants, greffier, greffière, gendarme, gendarmes, gérant, gérante, gouverneur,
        infirmier, infirmière, ingénieur, ingénieure, inspecteur, inspectrice, instituteur,
        institutrice, journaliste, journalistes, juge, juges, lieutenant, magistrat,
        magistrate, maire, mécanicien, médecin, médecins, menuisier, militaire,
        militaires, ministre, notaire, officier, officiers, ouvrier, ouvrière, ouvriers,
        pasteur, pêcheur, pharmacien, photographe, policier, policiers, porte-parole,
        préfet, président, présidente, procureur, professeur, professeure, rédacteur,
        rédactrice, reporter, sage-femme, secrétaire, secrétaire général,
        sergent, soldat, soldats, surveillant, technicien, technicienne, vendeur,
        vendeuse, avocat général, procureur de la République, juge d'instruction,
        agent de sécurité, chauffeur de taxi, chef de service, chef d'état-major,
        abogado, abogada, abogados, agente, agentes, alcalde, alcaldesa, bombero,
        capitán, carpintero, chofer, comandante, comerciante, comisario,
        concejal, cónsul, contador, coronel, defensor, defensora, diputado, diputada,
        director, directora, doctora, empleado, empleada, empresario, empresaria,
        enfermero, enfermera, fiscal, fiscales, funcionario, funcionaria, funcionarios,
        gerente, gobernador, ingeniero, ingeniera, inspector, inspectora, juez, jueza,
        maestro, maestra, médico, médica, ministro, ministra, obrero, obrera,
        periodista, periodistas, policía, policías, presidente, presidenta, profesor,
        profesora, sargento, secretario, secretaria, soldado, soldados, teniente,
        teniente coronel, vendedor, vendedora, jefe, jefa, guardia, guardias, aduanero,
        watchman, watchmen, steward, adjutant, vendor, vendors, hawker, hawkers, headman,
        operator, operators, labourers, cook, cooks, orderly, porter, dockworker,
        dockworkers, docker, dockers, stevedore, seaman, seamen, cleaner, cleaners, nanny,
        housewife, herder, herdsman, trader, pilot, copilot, conductor, welder, miner,
        fixer, stringer, informant, sex worker, domestic worker, domestic workers,
        private, corporal, brigadier, brigadier general, major general, commodore, admiral,
        rear admiral, vice admiral, squadron leader, wing commander, flight lieutenant,
        second lieutenant, first lieutenant, sub-lieutenant, petty officer, master sergeant,
        sergeant major, staff nurse, head nurse, matron, ward sister, registrar, intern,
        resident, paediatrician, pediatrician, anaesthetist, cardiologist, dermatologist,
        psychotherapist, counsellor, imam, mufti, cleric, deacon, monk, sheikh, chief imam,
        clerk of the court, court clerk, bailiff, usher, jailer, gaoler, prison guard,
        custody officer, case officer, desk officer, liaison officer, intelligence officer,
        press officer, information officer, protection officer, field officer,
        programme officer, program officer, project officer, finance officer, legal officer,
        medical officer, education officer, health officer, district officer,
        gendarme, adjudant, adjudant-chef, brigadier-chef, gardien, gardienne, gardiens,
        surveillant pénitentiaire, chef de village, chef de quartier, chef de canton,
        sous-préfet, préfet, chauffeur de moto-taxi, moto-taxi, mototaxi, commerçante,
        cuisinier, cuisinière, femme de ménage, aide-soignant, aide-soignante, sage-femme,
        human rights defender, human rights defenders, fishmonger, baker, seamstress,
        hairdresser, shoemaker, cobbler, hunter, official, importer, exporter, smuggler,
        smugglers, conscript, conscripts, recruit, recruits, guerrilla, guerrillas,
        mercenary, mercenaries, bartender, broadcaster, presenter, specialist, specialists,
        subcontractor, supplier, flight attendant, air traffic controller, juror, spy,
        handler, warehouseman, storekeeper, bus conductor, ticket inspector, lab technician,
        fonctionnaire, fonctionnaires, interprète, agriculteur, agricultrice, éleveur,
        couturière, coiffeur, coiffeuse, caissier, caissière, syndicaliste, syndicalistes,
        gardien de la paix, fotógrafo, fotógrafa, intérprete, agricultor, agricultora,
        mecánico, costurera, peluquero, peluquera, panadero, panadera, albañil, cajero,
        cajera, sindicalista, sindicalistas, activista, activistas, militante, militantes,
        celador, celadora, guardia civil, sargento primero, cabo, subteniente, alférez,
        mayordomo, jornalero, jornalera, campesino, campesina, pescador, taxista, mototaxista
        """
)
_ALL_HEADS = (
    _FIRST_HEADS
    + MORE_HEADS
    + MORE_FRENCH_SPANISH
    + WIDER_HEADS
    + MORE_FRENCH_SPANISH_WIDER
    + PLAIN_WORK_NOUNS
    + MORE_LANGUAGES
)
HEADS = Lexicon(with_plurals(_ALL_HEADS))

# Heads of one word, for telling whether the part of a compound is a post ("port"
# begins "port captain" but is no post: "export" is no ex-porter).
_SINGLE_HEADS = frozenset(
    phrase.lower() for phrase in with_plurals(_ALL_HEADS) if len(words(phrase)) == 1
)
# Offices written with a slash before a post: "A/DCM", "Pol/Econ Chief".
_SLASHED = re.compile(r"(?<![\w/])(?:[A-Z][a-z]{0,5}/)+$")
# Heads written as acronyms ("DCM", "RSO", "LES"): only in capitals, so that "les" and
# "das" stay words, and never taken for a heading in capitals.
_ACRONYMS = frozenset(
    phrase.lower()
    for phrase in _FIRST_HEADS + MORE_HEADS + WIDER_HEADS
    if " " not in phrase and phrase.replace("/", "").isupper()
)
# Words before those nouns that make a rank of "general" or "major" in lower case
# ("a retired army major", "a high-ranking general").
_RANK_BEFORE = _set(
    """
    army retired former high-ranking senior junior two-star three-star four-star one-star
    brigade police air marine navy rebel militia serving
    """
)
# Departments written after a title ("VP Finance", "Head Legal", "Director Operations").
_DEPARTMENTS = _set(
    """
    finance operations legal compliance sales marketing hr it procurement logistics
    security administration engineering production risk audit treasury communications
    research development strategy
    """
)

# Words before a head that make the post more particular ("deputy", "prison").
MODIFIERS = _set(
    """
    deputy assistant associate chief senior junior head former ex retired acting principal
    examining
    presidential village tribal
    regional district local state federal national provincial municipal city county
    prison police military army naval navy air customs border immigration tax revenue
    forensic legal political economic consular medical public private criminal
    investigating presiding lead first second third vice general special field
    taxi bus truck lorry motorcycle-taxi motorcycle boda-boda market street construction
    farm factory mine mining oil bank hospital school primary secondary university
    research project programme program finance human rights health social community
    youth party union trade opposition news radio television tv freelance records
    records-office camp ward head-office duty shift night day security intelligence
    electrical civil mechanical software computer chemical agricultural defence defense
    court trial appeal appeals supreme station desk press interior foreign justice
    commission committee electoral election polling station-house investigations
    investigative managing executive administrative technical logistics procurement
    accounts payroll human-resources hr it warehouse dock port harbour airport railway
    cement garment textile domestic household family parish village tribal traditional
    religious hospital-based court-appointed state-appointed government ministry
    embassy consulate cabinet presidential parliamentary municipal-council customs-house
    licensed unlicensed registered qualified unqualified trained certified accredited
    sworn appointed elected self-employed skilled unskilled semi-skilled seasonal
    migrant casual contract temporary permanent part-time full-time long-distance
    civilian uniformed plain-clothes plainclothes undercover off-duty on-duty
    interim caretaker outgoing incoming serving veteran trainee probationary
    mid-ranking high-ranking low-ranking top-ranking senior-ranking mid-level high-level
    low-level top-level newly recently long-serving long-time longtime unpaid volunteer
    chartered trusted personal nominated co-opted battalion regimental company dock
    male female independent roading polecon polmil econ mgmt
    """
)
# Words after a head that belong to the post (French and Spanish adjectives).
POSTMODIFIERS = _set(
    """
    adjoint adjointe adjoints général générale généraux principal principale régional
    régionale divisionnaire suppléant suppléante
    local locale legal relator relatora relatores nocturno nocturna noturno noturna
    prisionais prisional aduaneiro aduaneira
    adjunto adjunta general principal regional jefe mayor suplente retraité retraitée
    retirado retirada honoraire interino interina intérimaire pénitentiaire municipal
    municipale judicial bancario bancaria ambulante penitenciario penitenciaria
    légiste pénitentiaire pénitentiaires délégué déléguée delegado delegada titulaire
    stagiaire contractuel contractuelle auxiliaire major mayor forense general-in-chief
    emeritus designate elect titular administratif administrative technique commercial
    commerciale financier financière juridique informatique médical médicale logistique
    pédagogique sanitaire administrativo administrativa técnico técnica financiero
    financiera jurídico jurídica informático informática sanitario sanitaria
    odboru oddělení úřadu sekce policie soudu kraje města obce ministerstva věznice
    wydziału działu departamentu urzędu biura policji sądu prokuratury gminy miasta
    powiatu województwa ministerstwa więzienia
    patrocinante patrocinantes certifié certifiée agrégé agrégée départemental
    départementale provincial provinciale communal communale
    """
)
# "of the port authority": the words of an "of" phrase that belong to the post.
_OF = _set("of for at de du des del près da do das dos di del della dello delle dei degli d'")
# after these, any noun may say what the post is of
_OF_PROPER = _set("of de du des del da do das dos di della dello delle dei degli d'")
_OF_ARTICLES = _set("the l' la le les el los las")
# "at a textile mill", "au marché de ...": where the post is held, when a workplace ends it.
_AT = _set("at in on au aux à en")
_AT_DETERMINERS = _set("the a an our his her their its this that la le l' les el los las un une")
_WORKPLACES = _set(
    """
    mill mills factory factories plant works mine mines pit colliery quarry hospital
    clinic school schools mosque church temple synagogue market markets port docks dock
    harbour office offices ministry embassy consulate bank hotel restaurant café cafe bar
    shop store supermarket farm farms station prison court university college newspaper
    paper magazine firm warehouse depot garage workshop yard shipyard airport laboratory
    lab pharmacy bakery kitchen canteen mortuary morgue tannery refinery sawmill brewery
    plantation estate ranch orphanage shelter camp barracks base newsroom agency
    barreau marché tribunal hôpital école usine ministère mairie préfecture mosquée
    église lycée collège université banque boutique atelier chantier port gare
    fábrica escuela mercado ministerio ayuntamiento juzgado colegio universidad banco
    empresa taller hospital cárcel prisión obra mina puerto comisaría alcaldía
    estates site sites ship ships vessel trawler boat railway railways plantations rig
    dealership salon hostel guesthouse lodge casino nightclub club gym stadium mall kiosk
    stall showroom centre center terminal checkpoint courthouse registry abattoir
    slaughterhouse dairy fishery cannery kiln kilns brickworks madrasa seminary monastery
    convent parish diocese cathedral dispensary hospice jail gaol settlement compound
    residence household contractor contractors company firm charity ngo embassy's
    service army navy police forces government administration military gendarmerie
    militia judiciary parliament
    board boards authority authorities council councils agency agencies commission
    commissions committee committees department departments directorate inspectorate
    secretariat bureau party parties region regions province unit units team teams desk
    union unions section division branch cooperative association federation network
    organisation organization institute foundation programme program project
    """
)
_POSSESSIVE_GAPS = frozenset({"s' ", "s\u2019 ", "' ", "\u2019 "})
_OF_HEADS = _set(
    """
    prison prisons region district province department ministry police port authority
    court tribunal camp school hospital clinic company bank commission committee army
    navy unit station embassy consulate mission office bureau agency service board
    council party union university faculty institute customs brigade douanes brigade
    la république république ministère public aduanas hacienda turno policía guardia
    interior intérieur justice defence défense finance finances state procurement
    operations security communications personnel resources research investigations
    logistics planning administration health education prisons
    ward wards newsroom section division branch team desk cooperative association
    federation network group battalion regiment company platoon squad garrison command
    staff directorate inspectorate secretariat cell wing household town city
    municipality county commune prefecture governorate zone sector checkpoint border
    crossing airport harbour tax revenue treasury budget accounts investigations
    intelligence narcotics traffic records archives registry press information media
    protocol rights women youth students affairs paediatric pediatric surgical maternity
    emergency surgery pharmacy laboratory college trust fund foundation campaign
    movement guard presidential republican national regional provincial local central
    criminal political military internal external public private union's women's
    security school's village's detail escort special instruction instrucción
    prisiones penal banque banco riot anti-riot mobile rapid armed reserve
    legion corps squadron detachment contingent flotilla fleet gendarmerie
    post meeting colony
    """
)
_SELF_REFERENCES = _set("post")
_HONORIFICS = _set(
    "mr mrs ms miss dr mme mlle m monsieur madame sr sra srta señor señora don doña herr frau"
)
# Heads that are also ordinary words: a post only capitalised before a name ...
_TITLE_ONLY = _set("general major private marshal justice")
# Capitalised words after a title-only word that make it part of a body's name
# ("Justice Department"), not a title before a name.
_BODY_WORDS = _set(
    """
    department ministry committee commission party movement league centre center
    institute foundation fund project programme network alliance act system sector
    """
)
# Heads that are also common surnames: after a capitalised word they are a name
# ("Kate Baker", "Lena Mason").
_SURNAME_LIKE = _set(
    "baker mason potter porter cook fisher carpenter butler weaver dean marshal sheriff"
    " taylor tailor shepherd hunter farmer gardener smith"
)
# Heads that are ordinary words unless a modifier comes before or "of" after
# ("deputy speaker", "speaker of parliament", not "the speaker said").
_NEED_CONTEXT = _set("speaker speakers principal principals")
# Heads that are adjectives too ("the operative part"): a post only after a modifier
# ("police operatives", "an undercover operative").
_AFTER_MODIFIER = _set("operative operatives")
# ... or after an article ("la fiscal", not "fiscal policy").
_AFTER_ARTICLE = {
    "fiscal": _set("el la los las del al un una"),
    # French "le patron" (the boss), not English "a patron of the arts"
    "patron": _set("le du au un son mon notre leur votre ce"),
}
# "chargée des relations avec la presse", "chargé de communication": a post only before
# what it is in charge of ("chargé" alone is "loaded").
_IN_CHARGE_OF = _set("chargé chargée chargés chargées")
_DE = _set("de des du d'")
_CHARGE_DETERMINERS = _set("le la les un une son sa ses notre leur l'")


def occupations(text: str) -> Iterator[LayoutSpan]:
    """Each profession, rank or post in ``text``, with the words that make it particular."""
    yield from _merged_posts(text)


@functools.lru_cache(maxsize=4)
def _merged_posts(text: str) -> tuple[LayoutSpan, ...]:
    """The posts of a text, kept for the last few texts: the professions finder and the
    cued-name finder (twice) ask for the same text's."""
    return tuple(_merged(text))


def subject_line_posts(text: str) -> Iterator[LayoutSpan]:
    """Posts on a cable's or memo's subject line, a sentence in capitals ("SUBJECT:
    VARN: PRISON DOCTOR DESCRIBES DEATHS"). Kept apart from ``occupations``, whose
    posts the cued-name finder reads: a capitalised verb after a post in capitals is no
    name."""
    if "SUBJ" not in text and "Subject:" not in text:
        return
    for line in _SUBJECT_LINE.finditer(text):
        for span in _merged(line.group(), subjects=True):
            if line.group()[span.start : span.end].isupper():
                start, end = line.start() + span.start, line.start() + span.end
                yield LayoutSpan(start, end, ENTITY, SCORE, "a post in a subject line")


_SUBJECT_LINE = re.compile(r"(?m)^(?:SUBJECT|SUBJ|Subject):[^\n]*")


def _merged(text: str, *, subjects: bool = False) -> Iterator[LayoutSpan]:
    current: LayoutSpan | None = None
    for span in sorted(_posts(text, subjects=subjects), key=lambda span: span.start):
        if current is not None and span.start < current.end:
            # "minister" inside "the minister's driver": one span
            end = max(current.end, span.end)
            current = LayoutSpan(current.start, end, ENTITY, SCORE, span.reason)
            continue
        if current is not None:
            yield current
        current = span
    if current is not None:
        yield current


def _posts(text: str, *, subjects: bool = False) -> Iterator[LayoutSpan]:
    yield from cued_trades(text)
    yield from _judges_styled(text)
    yield from _bracketed_roles(text)
    found = words(text)
    taken = 0
    for index in _head_candidates(found):
        if index < taken:
            continue
        titles = _abbreviated_titles(text, found, index)
        if titles is not None:
            end = found[titles].end + 1  # the title's full stop, when written
            end = end if text[end - 1 : end] == "." else end - 1
            retired = _RETIRED.match(text, end)
            end = retired.end() if retired else end  # "Capt. (ret.)"
            start = found[index].start
            slashed = _SLASHED.search(text, max(0, start - 14), start)
            start = slashed.start() if slashed else start  # "L/Cpl": lance corporal
            yield LayoutSpan(start, end, ENTITY, SCORE, "title before a name")
            taken = titles + 1
            continue
        length = _head_length(text, found, index)
        if not length or not _stands_as_post(text, found, index, length, subjects=subjects):
            continue
        first = _extend_back(text, found, index)
        last = _extend_forward(text, found, index + length - 1)
        start, end = found[first].start, found[last].end
        slashed = _SLASHED.search(text, max(0, start - 14), start)
        if slashed:
            start = slashed.start()  # "A/DCM": acting; "Pol/Econ Chief"
        if text[end : end + 1] == ")" and "(" in text[start:end]:
            end += 1  # "Principal Secretary (Health)"
        after = _AFTER_A_POST.match(text, end)
        if after:
            end = after.end()  # "Chargé d'Affaires a.i.", "instituteur à la retraite"
        end = _unit_after(text, end)
        yield LayoutSpan(start, end, ENTITY, SCORE, "profession or post")
        taken = last + 1


# "(ret.)" after a rank, "a.i." after a chargé, "à la retraite" after a trade.
_RETIRED = re.compile(r"[ ]\((?:ret|retd|rtd|retired|r)\.?\)")
_AFTER_A_POST = re.compile(
    r"[ ](?:a\.[ ]?i\.|ad[ ]interim|\((?:ret|retd|rtd|retired|r)\.?\)|à[ ]la[ ]retraite"
    r"|en[ ]retraite|en[ ]retrait|en[ ]disponibilité|jubilad[oa]|en[ ]retiro"
    r"|[Ii]ndépendante?s?|[Ii]ndependientes?|[Ii]ndependentes?|[Bb]énévoles?"
    r"|[Vv]oluntari[oa]s?|[Vv]oluntári[oa]s?|[Ss]tagiaires?|[Ii]ntérimaires?"
    r"|[Ss]uppléante?s?|[Cc]ontractuel(?:le)?s?|[Ii]nterin[oa]s?|[Ss]uplentes?"
    r"|[Aa]érien(?:ne)?s?|[Aa]ére[oa]s?|[Gg]remial(?:es)?|[Ss]indical(?:es)?"
    r"|[Pp]ortuari[oa]s?|[Pp]ortuári[oa]s?|[Aa]duaner[oa]s?|[Aa]duanei?r[oa]s?"
    r"|[Pp]énitentiaires?|[Pp]enitenciari[oa]s?|[Hh]ospitali[eè]re?s?|[Hh]ospitalari[oa]s?"
    r"|[Cc]omunitári?[oa]s?|[Cc]ommunautaires?|[Aa]utónom[oa]s?|[Aa]utônom[oa]s?)(?![\w])"
)
# The unit or grade a form or a signature writes after a post and a comma, up to the
# end of the line, a bracket, a wide gap or a name: "Director, Internal Audit",
# "Senior Auditor, Grade A-3", "RN, shift coord.", "customs officer, freight control".
_UNIT_RUN = re.compile(
    r",[ ](?P<run>\w[\w.-]*(?:[ ]\w[\w.-]*){0,3})"
    r"(?=[ \t]*(?:\n|$|\)|;)|[ ]{2,}|\t|,[ ][A-Z])"
)
_UNIT_WORDS = _set(
    """
    audit licensing licences licenses payments surgical medical nursing office grade band
    freight control agency finance operations procurement compliance legal security
    logistics planning records registry accounts investigations enforcement inspections
    customs administration management research training policy community protection
    communications hr it internal external field site unit division section department
    branch desk team services service programmes programs projects shift coord
    coordination on-call tenure stores transport maintenance engineering sales marketing
    treasury revenue payroll personnel welfare health safety quality claims litigation
    prosecutions intelligence cargo passenger passengers terminal wharf quay warehouse
    clearance excise immigration border patrol traffic crime fraud narcotics forensics
    grado grau échelon niveau nivel categoría catégorie categoria escalón
    region regional district zone province provincial ed icu nicu opd a&e theatre theatres
    maternity casualty paediatrics pediatrics radiology pharmacy laboratory emergency
    archives protocol consular political economic press media estates property
    contracts tenders supplies supply infrastructure works water energy mines fisheries
    land survey surveys ict systems data digital accounting budget budgets collections
    """
)


_HARD_END = re.compile(r"[ ]*[);]|[ ]{2,}|\t")


def _unit_after(text: str, end: int) -> int:
    """Where a post ends with the unit or grade written after it and a comma."""
    match = _UNIT_RUN.match(text, end) if text[end : end + 1] == "," else None
    if match is None:
        return end
    pieces = [piece.strip(".").lower() for piece in match.group("run").split(" ")]
    if any(piece in _STOP_CAPITALS or piece in _HONORIFICS for piece in pieces):
        return end
    if not any(piece in _UNIT_WORDS or piece in _SINGLE_HEADS for piece in pieces):
        return end
    run_end = match.end("run")
    graded = len(pieces) == 2 and pieces[0] in _GRADES and _grade(pieces[1].upper())
    if match.group("run").islower() and not graded and not _HARD_END.match(text, run_end):
        return end  # "the driver, security was tight": a clause, not a unit
    if text[run_end - 1] == "." and len(pieces[-1]) > 6:
        run_end -= 1  # a sentence's full stop, not an abbreviation's
    return run_end


# A person's department or role in brackets after the name, as minutes, chats and forms
# write it: "Somying Chaidee (legal)", "O. Pak (HR)", "Judge Al-Mansouri (presiding)",
# "(Mineworkers' Federation, observer)"; found from the word, not by a scan.
_BRACKETED_ROLES = _set(
    """
    legal security finance procurement compliance accounts payroll logistics operations
    communications comms presiding chair chairing observer rapporteur
    """
)
_BRACKETED_CAPITALS = frozenset({"HR", "IT"})


def _bracketed_roles(text: str) -> Iterator[LayoutSpan]:
    if "(" not in text:
        return
    for word in words(text):
        if word.lower not in _BRACKETED_ROLES and word.text not in _BRACKETED_CAPITALS:
            continue
        start = word.start
        opens = text[start - 1 : start] == "(" or text[start - 2 : start] == ", "
        if text[word.end : word.end + 1] != ")" or not opens:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        opened = text.rfind("(", line_start, start)
        if opened < 0 or text.rfind(")", line_start, start) > opened:
            continue
        if _NAME_BEFORE_BRACKET.search(text, max(line_start, opened - 60), opened + 1):
            yield LayoutSpan(start, word.end, ENTITY, SCORE, "a role after a name")


# Two capitalised words (or an initial and a name) just before the bracket.
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'\u2019-]*\.?[ ][A-Z][\w'\u2019-]*[ ]\($")


# A judge as common-law reports style one: "RAJESH NAIR, J.", "Per Menon, J.:",
# "Hon'ble Mr. Justice", "The Hon. Mrs Justice".
_JUDGES_STYLED = re.compile(
    r"(?<=[^\W\d_]),[ ](?P<after>(?:C\.[ ]?)?JJ?\.)(?=[ ]*(?:$|\n|:|,|\)))"
    r"|(?P<before>\b(?:(?:The|THE)[ ])?(?:Hon['\u2019]ble|HON['\u2019]BLE|Hon\.|HON\.|Honourable"
    r"|HONOURABLE|Honorable|HONORABLE)[ ](?:(?:Mr|Mrs|Ms|Madam|MR|MRS|MS|MADAM)\.?[ ])?"
    r"(?:Justice|JUSTICE|Chief[ ]Justice|CHIEF[ ]JUSTICE))(?=[ \n]+[A-Z])",
    re.MULTILINE,
)


# A cable's "the Charge" (the chargé d'affaires) as the subject or object of a verb.
_THE_CHARGE = re.compile(
    r"(?<=\b[Tt]he[ \n])Charg[eé](?=[.,;:)]|[ ](?:[a-z]+ed|said|says|told|met|and|was|is|had"
    r"|has|asked|noted|on|in|at|with|to|that|who|would|will)\b)"
)


def _judges_styled(text: str) -> Iterator[LayoutSpan]:
    if "Charg" in text:
        for match in _THE_CHARGE.finditer(text):
            yield LayoutSpan(match.start(), match.end(), ENTITY, SCORE, "the chargé")
    if "J." not in text and "ustice" not in text and "USTICE" not in text:
        return
    for match in _JUDGES_STYLED.finditer(text):
        group = "after" if match.group("after") else "before"
        yield LayoutSpan(match.start(group), match.end(group), ENTITY, SCORE, "a judge styled")


def _head_candidates(found: tuple[Word, ...]) -> list[int]:
    """Where a post may start: a head of the vocabulary, a word whose ending names a
    trade ("radiographer", "ferryman"), a post with a prefix ("ex-soldier"), or an
    abbreviated title ("Sgt.")."""
    heads = set(HEADS.candidates(found))
    return [
        i
        for i, word in enumerate(found)
        if i in heads
        or word.lower in _OTHER_STARTS
        or (len(word.lower) > 5 and (is_trade_word(word.text) or _affixed_post(word)))
    ]


_OTHER_STARTS = COMPOUND_HEADS | TITLE_ABBREVIATIONS | TITLE_WORDS


def _head_length(text: str, found: tuple[Word, ...], index: int) -> int:
    """How many words the head at ``index`` spans (0: none)."""
    word = found[index]
    length = HEADS.longest(text, found, index)
    if length:
        return length
    if word.lower in COMPOUND_HEADS:
        return int(_compound_stands(text, found, index))
    return int(is_trade_word(word.text) or _affixed_post(word))


def _affixed_post(word: Word) -> bool:
    """A post made of another with a prefix or suffix: "ex-soldier", "sub-chief",
    "auditor-general", "editor-in-chief", "exalcaldesa", "subdirector"."""
    lower = word.lower
    if "-" not in lower:
        return word.text.islower() and lower.startswith(JOINED_PREFIXES) and _joined_post(lower)
    for prefix in POST_PREFIXES:
        if lower.startswith(prefix) and lower[len(prefix) :] in _SINGLE_HEADS:
            return True
    for suffix in POST_SUFFIXES:
        if lower.endswith(suffix) and lower[: -len(suffix)] in _SINGLE_HEADS:
            return True
    parts = lower.split("-")
    return len(parts) == 2 and all(part in _SINGLE_HEADS for part in parts)


def _joined_post(lower: str) -> bool:
    """ "exalcaldesa", "subdirector", "viceministro": a prefix written on a post."""
    return any(
        lower.startswith(prefix)
        and len(lower) - len(prefix) >= 4
        and lower[len(prefix) :] in _SINGLE_HEADS
        for prefix in JOINED_PREFIXES
    )


def _compound_stands(text: str, found: tuple[Word, ...], index: int) -> bool:
    """ "charcoal seller", "kiosk owner", "shipping agent": a noun that is a trade
    only after the noun that says what is sold, owned or done, or before the body it
    belongs to ("member of the election commission")."""
    if _of_a_body(text, found, index):
        return True
    if _names_its_holder(text, found, index) or _owner_of_something(text, found[index]):
        return True
    if index == 0 or text[found[index - 1].end : found[index].start] not in (" ", "\n"):
        return False
    before = found[index - 1]
    if found[index].lower in ("source", "sources"):
        return before.lower in SOURCE_PLACES
    if before.lower in NOT_BEFORE_COMPOUND:
        return False
    return before.lower in MODIFIERS or before.lower in GERUND_MODIFIERS or _noun_before(before)


# "the owner, Ragna Foss," / "(owner: R. P. Yadav)": the post, then who holds it.
_HOLDER_AFTER = re.compile(r"(?:,[ ]|:[ ]|[ ]\()(?:[A-Z]\.[ ]?)*[A-Z][a-zà-ÿ]+(?:[ ][A-Z]|,|\))")
# "the company's owner", "its owner": owning something a document names.
_OWNED_BEFORE = re.compile(r"(?:['\u2019]s|s['\u2019]|\b(?:its|their))[ ]$", re.IGNORECASE)


def _names_its_holder(text: str, found: tuple[Word, ...], index: int) -> bool:
    """Whether the noun is followed by the name of who holds it ("the owner, Ragna
    Foss, lives"; "(owner: Raghunath Yadav)"): a role a person has, not a common noun."""
    word = found[index]
    if index + 1 < len(found) and found[index + 1].lower in _HONORIFICS:
        return True
    match = _HOLDER_AFTER.match(text, word.end)
    if match is None or index + 1 >= len(found):
        return False
    name = found[index + 1]
    return name.lower not in HEADS and name.lower not in _BODY_WORDS and not name.text.isupper()


def _owner_of_something(text: str, word: Word) -> bool:
    """ "the agency's owner", "its owner": an owner of a business the text names."""
    return word.lower in ("owner", "owners") and bool(
        _OWNED_BEFORE.search(text, max(0, word.start - 8), word.start)
    )


def _of_a_body(text: str, found: tuple[Word, ...], index: int) -> bool:
    """Whether "of the ..." after ``index`` names a body ("of the election commission"),
    not the public."""
    if index + 1 >= len(found) or found[index + 1].lower != "of":
        return False
    if _workplace(text, found, index + 1) is not None:
        return True  # "owner of a small bakery"
    last = _of_phrase(text, found, index + 1)
    if last is None:
        return False
    tail = [w.lower for w in found[index + 2 : last + 1] if w.lower not in _OF_ARTICLES]
    return any(w in _OF_HEADS for w in tail) and tail not in (["public"], ["private"])


def _abbreviated_titles(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of a chain of abbreviated titles before a name ("Sgt.", "Lt. Col.",
    "Det Insp"), or None."""
    last = None
    position = index
    while position < len(found) and (
        found[position].lower in TITLE_ABBREVIATIONS or found[position].lower in TITLE_WORDS
    ):
        word = found[position]
        dotted = text[word.end : word.end + 1] == "."
        if not word.text[0].isupper() or (word.lower in TITLE_ABBREVIATIONS_DOTTED and not dotted):
            break
        if word.lower in _EXACT_CASE and word.text != _EXACT_CASE[word.lower]:
            break  # "ME" in a heading in capitals is the pronoun
        if word.lower in TITLE_WORDS and (dotted or position > index):
            break
        last = position
        position += 1
    if last is None or position >= len(found):
        return None
    dot = int(text[found[last].end : found[last].end + 1] == ".")
    retired = _RETIRED.match(text, found[last].end + dot)
    while retired and position < len(found) and found[position].start < retired.end():
        position += 1  # "Maj. (ret.) P. Ondo": the name after the bracket
    if position >= len(found):
        return None
    name = found[position]
    gap = text[found[last].end : name.start]
    if retired:
        gap = text[retired.end() : name.start]
    if found[last].lower in TITLE_WORDS and not _name_after_title_word(text, name):
        return None  # "Member States", "Father Christmas"
    if found[last].lower in TITLE_ABBREVIATIONS_BEFORE_FULL_NAME and not _full_name_at(
        text, found, position
    ):
        return None  # "Ct. App. Jones", "Cap. Haitien"
    return last if gap.lstrip(".") in (" ", "\n") and name.text[0].isupper() else None


def _full_name_at(text: str, found: tuple[Word, ...], position: int) -> bool:
    """Whether a name of two capitalised words, apart by a space, starts at ``position``."""
    if position + 1 >= len(found):
        return False
    first, second = found[position], found[position + 1]
    return (
        first.text[0].isupper()
        and second.text[0].isupper()
        and second.lower not in _BODY_WORDS
        and second.lower not in HEADS
        and text[first.end : second.start] == " "
    )


# Titles that are words too, counted only in the case a title is written in: "Me"
# (maître, before a French lawyer's name), not "ME" in a heading.
_EXACT_CASE = {
    "me": "Me",
    # British police ranks and a nurse's letters: "DS Gogoladze", "RN Tui"; in lower
    # case or capitalised they are words or names ("Di Stefano").
    "ds": "DS",
    "di": "DI",
    "dc": "DC",
    "dci": "DCI",
    "dsu": "DSU",
    "pc": "PC",
    "rn": "RN",
}


def _name_after_title_word(text: str, name: Word) -> bool:
    """A name or an initial, not a body or another post, after "Sister", "Father",
    "Member", "Maître"."""
    initial = len(name.text) == 1 and text[name.end : name.end + 1] == "."
    if initial:
        return True
    return (
        not name.text.isupper()
        and name.lower not in HEADS
        and name.lower not in _BODY_WORDS
        and name.lower not in _NOT_NAMES_AFTER_TITLES
    )


_NOT_NAMES_AFTER_TITLES = _set(
    """
    states state countries country nations organisations organizations institutions
    christmas time superior general of the
    """
)


def _stands_as_post(
    text: str, found: tuple[Word, ...], index: int, length: int, *, subjects: bool = False
) -> bool:
    word = found[index]
    if word.text[0].isupper() and index > 0 and found[index - 1].lower in _HONORIFICS:
        return False  # "Mr Goldsmith", "Mme Boulanger": a surname
    if length == 1 and word.text[0].isupper() and word.lower in _SURNAME_LIKE and index > 0:
        previous = found[index - 1]
        if previous.text[0].isupper() and text[previous.end : word.start] == " ":
            return False  # "Kate Baker": a surname
    if length == 1 and word.lower in _AFTER_MODIFIER:
        return index > 0 and found[index - 1].lower in MODIFIERS
    if length == 1 and word.lower in _NEED_CONTEXT:
        before = found[index - 1].lower if index > 0 else ""
        after = found[index + 1].lower if index + 1 < len(found) else ""
        return before in MODIFIERS or after == "of"
    if length == 1 and word.lower == "master":
        return _ship_master(text, found, index)
    if length == 1 and word.lower == "justice":  # "Justice Lafleur", not "Justice Department"
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and following.lower in _BODY_WORDS:
            return False
    if length == 1 and word.lower in _ACRONYMS:
        return word.text.isupper() or "/" in word.text  # "RSO", not French "les"
    if length == 1 and word.lower in _TITLE_ONLY:
        if word.text.islower() and index > 0 and found[index - 1].lower in _RANK_BEFORE:
            return word.lower != "justice"  # "a retired army major"
        following = found[index + 1] if index + 1 < len(found) else None
        return (
            word.text[0].isupper()
            and following is not None
            and following.text[0].isupper()
            and gap_is_space(text, word, following, line_breaks=False)
        )
    if length == 1 and word.lower == "head" and index > 0 and _body_before(text, found, index):
        return True  # "bureau head", "department head"
    if length == 1 and word.lower == "head":  # "head of the ward", not "head injury"
        after = found[index + 1].lower if index + 1 < len(found) else ""
        return after == "of" and index + 2 < len(found) and found[index + 2].lower != "state"
    if length == 1 and word.lower == "chief":  # "deputy chief", "chief of", not "chief among"
        if word.text == "Chief" and _name_follows(text, found, index):
            return True  # "Chief Adeyemi": a title before a name
        before = found[index - 1].lower if index > 0 else ""
        after = found[index + 1].lower if index + 1 < len(found) else ""
        noun = index > 0 and _noun_before(found[index - 1])
        return before in MODIFIERS or after == "of" or noun
    if length == 1 and word.lower in _IN_CHARGE_OF:
        before = text[max(0, word.start - 4) : word.start].rstrip(" ")
        as_noun = (
            not before
            or before.endswith((",", ":", ";", "-", "\n", "("))
            or (index > 0 and found[index - 1].lower in _CHARGE_DETERMINERS)
        )
        return as_noun and index + 1 < len(found) and found[index + 1].lower in _DE
    articles = _AFTER_ARTICLE.get(word.lower) if length == 1 else None
    if articles is not None:
        return index > 0 and found[index - 1].lower in articles
    # A heading in capitals ("JUDGES", "PRISON DOCTOR") is furniture; a label in
    # capitals before a name is not ("ABOGADO DEFENSOR: Tomás Ruiz").
    if _label_before_a_name(text, found, index + length - 1):
        return True
    if subjects and word.text.isupper() and _in_a_subject_line(text, word.start):
        return True  # "SUBJECT: VARN: PRISON DOCTOR DESCRIBES DEATHS": a sentence
    if length == 1:
        return not (word.text.isupper() and len(word.text) > 3)
    return not all(w.text.isupper() for w in found[index : index + length])


# "the master", "the vessel's master", "her master": a ship's master. Not "a master
# copy", "the master plan", "a master's degree", "Master of Arts", "the master key", "the
# master bathroom", "the master of the house"; and only where a vessel, its crew or the
# sea is written near it, since "the master" alone is a householder's or a teacher's.
_MASTER_BEFORE = _set("the a vessel's ship's boat's her its his their as our fishing acting relief")
_VESSELS = _set("vessel ship boat trawler tanker ferry dhow freighter tug yacht")
_VESSEL_MARKS = _set("mv mt fv")
_MASTER_NOT_BEFORE = _set(
    """
    plan plans key keys list lists copy copies file files bedroom bedrooms degree degrees
    class classes switch data agreement agreements record records card cards account
    accounts password passwords thesis craftsman piece pieces stroke sheet sheets
    document documents schedule budget contract tape tapes suite disk database
    bathroom bathrooms bath branch branches chef chefs mind minds race plan's volume
    batch brand brands builder builders bedroom's suites recording recordings version
    versions template templates servant servants class's control bus node nodes
    """
)
# A vessel, its crew or the sea, near "master": "MV Ocean Star", "the crew", "on board".
_SEA_NEAR = re.compile(
    r"\b(?:(?i:vessels?|ships?|boats?|trawlers?|tankers?|ferry|ferries|dhows?|freighters?"
    r"|tugs?|yachts?|crews?|crewmen|captain|capt|skipper|seafarers?|seam[ae]n|mariners?"
    r"|sailors?|ratings|deckhands?|bosun|boatswain|aboard|on[ ]board|onboard|voyage|sailed"
    r"|sailing|at[ ]sea|harbou?r|port[ ]of[ ]call|wheelhouse|deck|hull|cargo|fishing"
    r"|coastguard|coast[ ]guard|maritime|flag[ ]state|berth|anchor(?:ed|age)?|docked"
    r"|chief[ ]engineer|first[ ]mate|mate|IMO)|MV|MT|FV|M/V|F/V)\b"
)
_SEA_WINDOW = 600


def _ship_master(text: str, found: tuple[Word, ...], index: int) -> bool:
    """Whether "master" is the master of a vessel: after an article or an owner, not
    before a noun it qualifies or "of Arts", "of the house", and with a vessel, its crew
    or the sea written near it."""
    word = found[index]
    before = found[index - 1].lower if index > 0 else ""
    if before == "s" and index > 0:
        mark_at = found[index - 1].start - 1
        owner = mark_at >= 0 and text[mark_at] in "'\u2019"  # "the trawler's master"
        before = "vessel's" if owner and index > 1 and found[index - 2].lower in _VESSELS else ""
    after = found[index + 1].lower if index + 1 < len(found) else ""
    if after == "of" and index + 2 < len(found):
        of_what = [w for w in found[index + 2 : index + 4] if w.lower not in _OF_ARTICLES]
        named = (
            bool(of_what) and of_what[0] is not found[index + 2] and of_what[0].text[0].isupper()
        )
        if found[index + 2].text[0].isupper() or not (
            named or (of_what and of_what[0].lower in _VESSELS | _VESSEL_MARKS)
        ):
            return False  # "Master of Arts", "the master of the house"
    return (
        before in _MASTER_BEFORE
        and after not in _MASTER_NOT_BEFORE
        and text[word.end : word.end + 1] not in ("'", "\u2019")  # "a master's degree"
        and _SEA_NEAR.search(text[max(0, word.start - _SEA_WINDOW) : word.end + _SEA_WINDOW])
        is not None
    )


def _in_a_subject_line(text: str, position: int) -> bool:
    """Whether ``position`` is on a cable's or memo's subject line, a sentence in capitals."""
    line_start = text.rfind("\n", 0, position) + 1
    return text.startswith(("SUBJECT:", "SUBJ:", "Subject:"), line_start)


_LABEL_THEN_NAME = re.compile(r"[ \t]*:[ \t]*[A-ZÀ-Þ][^\W\d_]")


def _label_before_a_name(text: str, found: tuple[Word, ...], last: int) -> bool:
    """A post in capitals that labels the name after a colon on its line."""
    while last + 1 < len(found) and found[last + 1].lower in POSTMODIFIERS:
        after = found[last + 1]
        if not after.text.isupper() or text[found[last].end : after.start] != " ":
            break
        last += 1
    return _LABEL_THEN_NAME.match(text, found[last].end) is not None


def _body_before(text: str, found: tuple[Word, ...], index: int) -> bool:
    """A body's noun in lower case just before ``index`` ("bureau" in "bureau head")."""
    before = found[index - 1]
    return (
        before.text.islower()
        and (before.lower in _WORKPLACES or before.lower in _OF_HEADS)
        and text[before.end : found[index].start] in (" ", "\n")
    )


def _name_follows(text: str, found: tuple[Word, ...], index: int) -> bool:
    following = found[index + 1] if index + 1 < len(found) else None
    return (
        following is not None
        and following.text[0].isupper()
        and (following.lower not in HEADS or following.lower in _SURNAME_LIKE)
        and following.lower not in _BODY_WORDS
        and text[found[index].end : following.start] == " "
    )


def _extend_back(text: str, found: tuple[Word, ...], index: int) -> int:
    first = index
    nouns = 0
    for _ in range(3):
        if first == 0:
            break
        before = found[first - 1]
        if nouns < 2 and _plural_owner(text, before, found[first]):
            first -= 1  # "the dockers' delegate", "the workers' delegate"
            nouns += 1
            continue
        if not gap_is_space(text, before, found[first]):
            break
        lower = before.lower
        if lower in ("of", "for") and first >= 2 and _body_word_before(text, found, first - 1):
            first -= 2  # "Ministry of Interior official"
            continue
        acronym = before.text.isupper() and 2 <= len(before.text) <= 6 and before.text.isalpha()
        capitalised = (
            before.text[0].isupper()
            and (lower not in _STOP_CAPITALS or (acronym and not found[first].text.isupper()))
            and text[before.end : found[first].start] == " "  # not a name in a table
            and lower not in _NATIONALITIES  # "Nigerian businessman": NRP and a post
        )
        if lower in MODIFIERS or lower in GERUND_MODIFIERS or (capitalised and lower.isalpha()):
            first -= 1  # "prison doctor", "Interior Minister", "shipping agent"
            continue
        one_space = _one_gap(text[before.end : found[first].start], found[first])
        if one_space and nouns < 2 and _noun_before(before):
            first -= 1  # "crane operator", "shuttle car operator", "brigade legal adviser"
            nouns += 1
            continue
        owner = _possessive_noun(text, found, first)
        if one_space and nouns < 2 and owner is not None:
            first = owner  # "ship's captain", "the mayor's spokesman"
            nouns += 1
            continue
        if one_space and first >= 2 and _numbered_unit(text, found, first - 1):
            first -= 2  # "dock 4 manager", "Ward 6 nurse", "Line B supervisor"
            continue
        break
    return first


def _plural_owner(text: str, before: Word, word: Word) -> bool:
    """A plural noun in the possessive before a post ("workers'" before "delegate")."""
    owner = before.text
    return (
        owner.endswith("s")
        and text[before.end : word.start] in ("' ", "\u2019 ")
        and owner.isalpha()
        and (owner.islower() or owner.isupper())  # "the workers'", "DOCKWORKERS'"
        and len(owner) > 3
        and owner not in _NOT_BEFORE
    )


# Units of a workplace named by a number or a letter before a post: "dock 4 manager".
_NUMBERED_UNITS = _set(
    """
    dock docks ward wards line block unit shift platform gate bay berth section team
    zone sector station cell wing floor pit shaft level site camp yard hangar
    """
)


def _numbered_unit(text: str, found: tuple[Word, ...], index: int) -> bool:
    """Whether ``index`` is the number or letter of a unit ("4" in "dock 4 manager")."""
    number, unit = found[index], found[index - 1]
    short = number.text.isdigit() or (len(number.text) == 1 and number.text.isupper())
    return (
        short
        and len(number.text) <= 3
        and unit.lower in _NUMBERED_UNITS
        and text[unit.end : number.start] == " "
    )


def _one_gap(gap: str, after: Word) -> bool:
    """One space, a line break, or a line break and the indentation of a wrapped line
    ("the audit\n     interpreter"); an indented line that opens with a capital starts an
    entry of a list ("... psychological work\n  Major Rudenko - Head of ...")."""
    if gap in (" ", "\n"):
        return True
    indented = gap[:1] == "\n" and gap[1:].strip(" \t") == "" and len(gap) <= 12
    return indented and after.text[0].islower()


def _body_word_before(text: str, found: tuple[Word, ...], index: int) -> bool:
    """Whether a capitalised body word ends just before the "of" at ``index``
    ("Ministry" in "Ministry of Interior official")."""
    before, of_word = found[index - 1], found[index]
    return (
        before.text[0].isupper()
        and before.lower in _OF_HEADS
        and gap_is_space(text, before, of_word, line_breaks=False)
        and found[index + 1].text[0].isupper()
    )


def _possessive_noun(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """Where a lower-case noun in the possessive ends just before ``index`` ("ship's"
    before "captain"), or None."""
    if index < 2 or found[index - 1].text != "s":
        return None
    owner = found[index - 2]
    if text[owner.end : found[index - 1].start] not in ("'", "\u2019"):
        return None
    office = owner.lower in _SINGLE_HEADS and owner.lower not in _SURNAME_LIKE
    if owner.text[0].isupper() and not owner.text.isupper() and office:
        return index - 2  # "the Governor's chief of staff", "the Minister's special adviser"
    return index - 2 if _noun_before(owner) and owner.lower not in _PRONOUNS else None


_PRONOUNS = _set("one someone anyone everyone nobody somebody anybody everybody other others")


def _noun_before(word: Word) -> bool:
    """A lower-case word that can qualify a post: not a function word, a number, a verb
    form in -ed or -ing, or an adverb."""
    lower = word.lower
    return (
        word.text[0].islower()
        and lower.replace("-", "").isalpha()
        and len(lower) > 2
        and lower not in _NOT_BEFORE
        and not lower.endswith(("ed", "ing", "ly", "'s"))
        and not _romance_verb(lower)
    )


# French and Spanish participles and verbs are not nouns that qualify a post: "j'étais
# opérateur radio", "a été nommée directrice", "fue elegida secretaria" (in these
# languages what qualifies a post comes after it). "café owner" keeps its noun.
_ROMANCE_PARTICIPLES = ("é", "ée", "és", "ées", "ado", "ada", "ido", "ida")
_ROMANCE_VERBS = frozenset(
    {"étais", "était", "étaient", "est", "fut", "élu", "élue", "élus", "élues", "fue"}
)
_LOANWORDS = frozenset({"café", "cafés"})


def _romance_verb(lower: str) -> bool:
    if lower in _ROMANCE_VERBS:
        return True
    return lower.endswith(_ROMANCE_PARTICIPLES) and lower not in _LOANWORDS


_NOT_BEFORE = _set(
    """
    the and but for nor yet with from into onto upon about above below after before
    between among against during without within through under over his her hers its
    pelo pela pelos pelas um uma com para por sem sob entre sobre ao aos às del al con
    sin
    our ours their theirs your yours this that these those who whom whose which what
    one two three four five six seven eight nine ten many several some all any each
    every both either neither other another such same own few most more less much
    very also only just even not was were are had has have been being its him them
    profession profesión oficio métier trade occupation
    she they you was said says told asked met saw called named became become
    then later now still once formerly when while where whereas
    new old young other local foreign female male woman women men man
    les des une aux pour par sur sous dans avec sans entre chez son ses leur leurs
    los las unos unas una uno por para con sin entre sobre sus del que
    will would shall should can could may might must give gives gave given say tell
    tells get gets got make makes made take takes took see sees meet meets call calls
    find finds keep keeps kept let lets pay pays send sends sent bring brings brought
    ask asks warn warns hire hires include includes did does please near across along
    around behind beside beyond inside outside toward towards until via since because
    although though whether than like unlike per plus minus there here
    wrote went came took gave left ran met knew thought brought bought heard felt lost
    won began fell broke chose drove flew hid hit hurt put read rode rose set shot shut
    slept sold spent struck swore taught threw understood woke wore held led fled stood
    sat spoke sought fought caught built sent paid made found kept told said saw got
    comme qui que dont est sont était étaient ont avait mais pas cette ces elle ils
    elles nous vous très aussi como quien quienes fue era son está están pero más muy
    también este esta estos estas esos esas
    due tre quattro cinque dois duas três quatro dva dvě tři čtyři dwaj dwie dwóch trzej
    deux trois quatre cinq sept huit neuf dix dos tres cuatro cinco siete ocho nueve diez
    """
)


# Capitalised words that never belong to a post: a capitalised word before a head is
# otherwise taken in ("Interior Minister", "Prime Minister", "Commission chairman").
_STOP_CAPITALS = _set(
    """
    the a an and or but in on at of for to by with from as if when while after before
    his her their its our my your this that these those one who which what where
    mr mrs ms dr sir madam monsieur madame mme m le la les el los las un une des du de del
    pan pani paní era fue es est était
    only
    said says told asked according yesterday today however then also
    honour honor honourable honorable excellency lordship ladyship worship hon rt
    """
)


def _extend_forward(text: str, found: tuple[Word, ...], last: int) -> int:
    end = last
    while end + 1 < len(found):
        after = found[end + 1]
        if not gap_is_space(text, found[end], after):
            break
        if after.lower in POSTMODIFIERS:
            end += 1
            continue
        following = HEADS.longest(text, found, end + 1)
        if following == 1 and after.lower in _SURNAME_LIKE and after.text[0].isupper():
            following = 0  # "Chief Smith": a title and a surname
        one_space = text[found[end].end : after.start] in (" ", "\n")
        if following and one_space and after.text[0].isupper() == found[end].text[0].isupper():
            end += following  # "deputy prosecutor", "Lieutenant Colonel"
            continue
        if (
            after.lower in _DEPARTMENTS
            and after.text[0].isupper()
            and found[end].text[0].isupper()
            and text[found[end].end : after.start] == " "
        ):
            end += 1  # "VP Finance", "Head Legal"
            continue
        tail = _tail(text, found, end)
        if tail is not None:
            end = tail
            continue
        break
    return _bracketed_remit(text, found, end)


def _tail(text: str, found: tuple[Word, ...], end: int) -> int | None:
    """The last word of what follows a post and belongs to it ("of the port authority",
    "at a textile mill", "in the Ministry of Finance", "to the Governor", "in charge
    of ...", "employed by a private contractor", "en chef"), or None."""
    after = found[end + 1]
    pair = " ".join(w.lower for w in found[end + 1 : end + 3])
    if after.lower in _GRADES and end + 2 < len(found) and _grade(found[end + 2].text):
        return end + 2  # "clerical officer grade II", "warrant officer class 1"
    if pair in _TWO_WORD_TAILS and gap_is_space(text, after, found[end + 2]):
        return end + 2  # "in charge", "en chef"; an "of" phrase may follow
    if pair in _ATTACHED and gap_is_space(text, after, found[end + 2]):
        return _named_body(text, found, end + 3) or _workplace(text, found, end + 2)
    if after.lower == "to" and found[end].lower in _RELATIONAL:
        return _post_after(text, found, end + 2)
    if after.lower == "in" and found[end].lower in _TEACHING:
        subject = _subject(text, found, end + 2)
        if subject is not None:
            return subject  # "lecturer in history", "Senior Lecturer in Law"
    tails = []
    if after.lower in _OF:
        # "of the port authority", "of a small bakery"
        tails += [_of_phrase(text, found, end + 1), _workplace(text, found, end + 1)]
    if after.lower in _AT or after.lower in _WITHIN:
        tails.append(_named_body(text, found, end + 2))  # "at St Mary's School"
        determiner = end + 2 < len(found) and found[end + 2].lower in _BODY_DETERMINERS
        if after.lower in _AT or determiner:
            tails.append(_workplace(text, found, end + 1))  # "with the UN refugee agency"
    return max((tail for tail in tails if tail is not None), default=None)


# Posts whose subject follows "in": "lecturer in history", "Professor in Economics".
_TEACHING = _set(
    """
    lecturer lecturers professor professors teacher teachers tutor tutors instructor
    instructors researcher researchers reader specialist specialists consultant
    consultants fellow fellows student students graduate trainee expert experts
    """
)


def _subject(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of a subject of one or two words without an article ("history",
    "Public Law"), or None."""
    last = None
    for position in range(index, min(index + 2, len(found))):
        word = found[position]
        if not gap_is_space(text, found[position - 1], word, line_breaks=False):
            break
        if word.lower in _NOT_BEFORE or word.lower in _OF or not word.lower.isalpha():
            break
        if last is not None and word.text[0].isupper() != found[last].text[0].isupper():
            break
        last = position
    return last


# Words that end a post and say whose it is: "chief of staff to the Governor",
# "personal assistant to the director".
_RELATIONAL = _set(
    """
    assistant assistants adviser advisers advisor advisors aide aides secretary staff
    counsel consultant spokesman spokeswoman spokesperson driver chauffeur bodyguard
    interpreter translator envoy ambassador attaché attache representative deputy
    physician doctor chaplain tutor speechwriter liaison emissary successor
    counsel counsels
    """
)
_GRADES = _set("grade class level step scale band grado grau échelon niveau nivel")
_ROMAN = re.compile(r"[IVX]{1,4}|[0-9]{1,2}[A-Za-z]?|[A-E]")


def _grade(piece: str) -> bool:
    return _ROMAN.fullmatch(piece) is not None


_TWO_WORD_TAILS = frozenset(
    {"in charge", "en chef", "de garde", "in chief", "on duty", "on call", "on shift", "de service"}
)
# "employed by a private contractor", "seconded to the Ministry of Health".
_ATTACHED = frozenset(
    {
        "employed by",
        "employed at",
        "working for",
        "working at",
        "seconded to",
        "seconded from",
        "attached to",
        "assigned to",
        "posted to",
        "posted at",
        "detailed to",
        "contracted by",
        "hired by",
    }
)
_WITHIN = _set("with within for")
_BODY_DETERMINERS = _set("the a an our his her their its")
# Words that make a capitalised run after "in" or "at" a body, not a place: "in the
# Ministry of Finance", "at the Central Bank", "with Haven Legal Aid Network".
_ORGANISATION_WORDS = _set(
    """
    ministry ministries department bank court office agency service services commission
    university hospital police council authority company corporation bureau directorate
    inspectorate secretariat institute foundation fund church mission embassy consulate
    tribunal chambers army navy force forces unit division school college academy
    association union federation party movement committee board trust society cross
    crescent programme program organisation organization group ltd inc plc llc sa gmbh
    co network centre center prison station customs revenue treasury parliament assembly
    senate cabinet presidency municipality prefecture clinic cooperative brigade
    battalion regiment command guard gendarmerie newspaper radio television times
    herald tribune agency's ministry's mining oil gas energy telecom telecoms airlines
    airways logistics shipping trading holdings partners associates motors insurance
    pharma foods textiles construction media news press broadcasting consulting solutions
    systems technologies enterprises industries international global llp bv sarl sas spa
    ag pty pvt bhd sdn corp limited
    """
)
_NAME_JOINS = _set("of and for the de du des del la le y et & on")


def _named_body(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of a named body starting at ``index`` (after an optional "the"):
    capitalised words, with "of", "and", "for" inside, that include a word naming a
    body or an acronym ("the Ministry of Finance", "UNHCR"), or None."""
    position = index
    if position < len(found) and found[position].lower in _BODY_DETERMINERS:
        position += 1
    last = None
    body = False
    while position < len(found) and position - index <= 8:
        word = found[position]
        apostrophe = text[found[position - 1].end : word.start] in ("'", "\u2019")
        possessive = word.text == "s" and apostrophe
        spaced = gap_is_space(text, found[position - 1], word)
        if position > index and not possessive and not spaced:
            break
        if word.lower in _SELF_REFERENCES and not word.text.islower():
            break  # "the DCM at Post": a cable's name for its own embassy
        if word.text[0].isupper():
            body = body or word.lower in _ORGANISATION_WORDS or _acronym(word.text)
            last = position
        elif word.lower not in _NAME_JOINS and word.text != "s":
            break
        position += 1
    return last if body else None


def _acronym(piece: str) -> bool:
    return 2 <= len(piece) <= 8 and piece.isupper() and piece.isalpha()


def _post_after(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of a post starting at ``index`` after a determiner and modifiers
    ("the acting Comptroller", "the Governor-General"), or None."""
    position = index
    if position < len(found) and found[position].lower in _BODY_DETERMINERS:
        position += 1
    while position < len(found) and found[position].lower in MODIFIERS:
        position += 1
    if position >= len(found):
        return None
    length = HEADS.longest(text, found, position) or int(_affixed_post(found[position]))
    if not length or not gap_is_space(text, found[index - 1], found[index]):
        return None
    return position + length - 1


def _bracketed_remit(text: str, found: tuple[Word, ...], end: int) -> int:
    """Take in a capitalised remit in brackets after a title: "Principal Secretary
    (Health)"."""
    if end + 1 >= len(found) or not found[end].text[0].isupper():
        return end
    after = found[end + 1]
    if text[found[end].end : after.start] not in (" (", "\n(") or not after.text[0].isupper():
        return end
    close = text.find(")", after.end, after.end + 40)
    if close < 0 or "\n" in text[after.end : close]:
        return end
    last = end + 1
    while last + 1 < len(found) and found[last + 1].end <= close:
        last += 1
    return last if found[last].text[0].isupper() else end


def _workplace(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of "at a textile mill" starting at ``index``, when a workplace noun
    ends it within three words, or None."""
    position = index + 1
    if position < len(found) and found[position].lower in _AT_DETERMINERS:
        position += 1
    previous = found[position - 1]
    for at in range(position, min(position + 4, len(found))):
        word = found[at]
        gap = text[previous.end : word.start]
        if word.text == "s" and gap in ("'", "\u2019"):
            previous = word  # the "s" of a possessive: "the medical superintendent's office"
            continue
        if not (gap_is_space(text, previous, word) or gap in _POSSESSIVE_GAPS):
            return None
        previous = word
        if not (word.text[0].islower() or _acronym(word.text)) or word.lower in _NOT_BEFORE:
            return None  # "at the water board", "with the UN refugee agency"
        if word.lower in _WORKPLACES and word.text[0].islower():
            return _longer_workplace(text, found, at)
    return None


def _longer_workplace(text: str, found: tuple[Word, ...], at: int) -> int:
    """ "the ministry's payroll department": a workplace owned by the one just found
    ends the post, not the owner."""
    if at + 2 >= len(found) or found[at + 1].text != "s":
        return at
    if text[found[at].end : found[at + 1].start] not in ("'", "\u2019"):
        return at
    for later in range(at + 2, min(at + 5, len(found))):
        word = found[later]
        if not gap_is_space(text, found[later - 1], word) and later > at + 2:
            return at
        if not word.text.islower() or word.lower in _NOT_BEFORE:
            return at
        if word.lower in _WORKPLACES:
            return later
    return at


def _of_phrase(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of "of the Drevna region" starting at ``index``, or None."""
    of_word = found[index].lower in _OF_PROPER
    position = index + 1
    article = position < len(found) and found[position].lower in _OF_ARTICLES
    if article:
        position += 1
    last = None
    content = 0
    capitals = False
    while position < len(found) and position - index <= 5:
        word = found[position]
        # a line break only inside a name ("National⏎Police"), before a lower-case
        # word, or just after "of the" (no sentence ends there)
        wrapped_ok = word.text[0].islower() or capitals or position <= index + 2
        apostrophe = text[found[position - 1].end : word.start] in ("'", "\u2019")
        possessive = word.text == "s" and apostrophe
        owner = found[position - 1]
        if possessive and (owner.lower in _OF_HEADS or owner.text[0].isupper()):
            position += 1  # "the women's group", "the Prosecutor's Office"
            continue
        plural_possessive = text[found[position - 1].end : word.start] in ("' ", "\u2019 ")
        if plural_possessive and found[position - 1].lower.endswith("s") and _noun_before(word):
            last = position  # "the teachers' union"
            position += 1
            continue
        if not gap_is_space(text, found[position - 1], word, line_breaks=wrapped_ok):
            break
        if word.lower in _SELF_REFERENCES and not word.text.islower():
            break  # "the DCM at Post": a cable's name for its own embassy
        if word.text[0].isupper() and last is not None and not capitals and not article:
            break  # "head of post Stevan Čolić": a name after the post
        if word.text[0].isupper() or word.lower in _OF_HEADS:
            capitals = capitals or word.text[0].isupper()
            last = position
            position += 1
            continue
        if of_word and not capitals and content < 2 and _content_word(word):
            content += 1  # "inspector of mines", "chauffeur de poids lourd"
            last = position
            position += 1
            continue
        break
    return last


def _content_word(word: Word) -> bool:
    """A lower-case word that can end a post's "of" phrase: not a function word, a
    number, or a verb form."""
    lower = word.lower
    return (
        word.text[0].islower()
        and lower.replace("-", "").isalpha()
        and len(lower) > 2
        and lower not in _NOT_BEFORE
        and lower not in _OF
        and not lower.endswith(("ed", "ing", "ly"))
    )
