"""Professions, ranks and posts as whole expressions: ``deputy prosecutor of the Drevna
region``, ``taxi driver``, ``Lieutenant Colonel``, ``directeur adjoint``.

A profession narrows the field to a handful of people: "a schoolteacher from the
valley" is often enough. The head word comes from a vocabulary (English, French,
Spanish); the words around it that make the post one person's (``deputy``, ``prison``,
``of the port authority``, ``adjoint``) are taken in with it, so no generic head is
left readable beside a box.
"""

from __future__ import annotations

from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import Lexicon, Word, gap_is_space, phrase_list, words
from workstation.detection.phrases.tokens import word_set as _set

ENTITY = "OCCUPATION"
SCORE = 0.6

HEADS = Lexicon(
    phrase_list(
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
    """
)
# Words after a head that belong to the post (French and Spanish adjectives).
POSTMODIFIERS = _set(
    """
    adjoint adjointe adjoints général générale généraux principal principale régional
    régionale divisionnaire suppléant suppléante
    adjunto adjunta general principal regional jefe mayor suplente retraité retraitée
    retirado retirada honoraire interino interina intérimaire pénitentiaire municipal
    municipale judicial bancario bancaria ambulante penitenciario penitenciaria
    """
)
# "of the port authority": the words of an "of" phrase that belong to the post.
_OF = _set("of for at de du des del")
_OF_ARTICLES = _set("the l' la le les el los las")
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
    """
)
_SELF_REFERENCES = _set("post")
# Heads that are also ordinary words: a post only capitalised before a name ...
_TITLE_ONLY = _set("general major private marshal")
# ... or after an article ("la fiscal", not "fiscal policy").
_AFTER_ARTICLE = {"fiscal": _set("el la los las del al un una")}


def occupations(text: str) -> Iterator[LayoutSpan]:
    """Each profession, rank or post in ``text``, with the words that make it particular."""
    found = words(text)
    taken = 0
    for index in HEADS.candidates(found):
        if index < taken:
            continue
        length = HEADS.longest(text, found, index)
        if not length or not _stands_as_post(text, found, index, length):
            continue
        first = _extend_back(text, found, index)
        last = _extend_forward(text, found, index + length - 1)
        yield LayoutSpan(found[first].start, found[last].end, ENTITY, SCORE, "profession or post")
        taken = last + 1


def _stands_as_post(text: str, found: tuple[Word, ...], index: int, length: int) -> bool:
    word = found[index]
    if length == 1 and word.lower in _TITLE_ONLY:
        following = found[index + 1] if index + 1 < len(found) else None
        return (
            word.text[0].isupper()
            and following is not None
            and following.text[0].isupper()
            and gap_is_space(text, word, following, line_breaks=False)
        )
    if length == 1 and word.lower == "head":  # "head of the ward", not "head injury"
        after = found[index + 1].lower if index + 1 < len(found) else ""
        return after == "of" and index + 2 < len(found) and found[index + 2].lower != "state"
    if length == 1 and word.lower == "chief":  # "deputy chief", "chief of", not "chief among"
        before = found[index - 1].lower if index > 0 else ""
        after = found[index + 1].lower if index + 1 < len(found) else ""
        noun = index > 0 and _noun_before(found[index - 1])
        return before in MODIFIERS or after == "of" or noun
    articles = _AFTER_ARTICLE.get(word.lower) if length == 1 else None
    if articles is not None:
        return index > 0 and found[index - 1].lower in articles
    # A heading in capitals ("JUDGES") is furniture.
    return not (length == 1 and word.text.isupper() and len(word.text) > 3)


def _extend_back(text: str, found: tuple[Word, ...], index: int) -> int:
    first = index
    for _ in range(3):
        if first == 0:
            break
        before = found[first - 1]
        if not gap_is_space(text, before, found[first]):
            break
        lower = before.lower
        capitalised = before.text[0].isupper() and lower not in _STOP_CAPITALS
        if lower in MODIFIERS or (capitalised and lower.isalpha()):
            first -= 1  # "prison doctor", "Interior Minister", "Commission chairman"
            continue
        one_space = text[before.end : found[first].start] in (" ", "\n")
        if one_space and first == index and _noun_before(before):
            first -= 1  # "crane operator", "platoon commander", "tuk-tuk driver"
            continue
        break
    return first


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
    )


_NOT_BEFORE = _set(
    """
    the and but for nor yet with from into onto upon about above below after before
    between among against during without within through under over his her hers its
    our ours their theirs your yours this that these those who whom whose which what
    one two three four five six seven eight nine ten many several some all any each
    every both either neither other another such same own few most more less much
    very also only just even not was were are had has have been being its him them
    she they you was said says told asked met saw called named became become
    then later now still once formerly when while where whereas
    new old young other local foreign female male woman women men man
    les des une aux pour par sur sous dans avec sans entre chez son ses leur leurs
    los las unos unas por para con sin entre sobre sus del que
    """
)


# Capitalised words that never belong to a post: a capitalised word before a head is
# otherwise taken in ("Interior Minister", "Prime Minister", "Commission chairman").
_STOP_CAPITALS = _set(
    """
    the a an and or but in on at of for to by with from as if when while after before
    his her their its our my your this that these those one who which what where
    mr mrs ms dr sir madam monsieur madame mme m le la les el los las un une
    said says told asked according yesterday today however then also
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
        if following and after.text[0].isupper() == found[end].text[0].isupper():
            end += following  # "deputy prosecutor", "Lieutenant Colonel"
            continue
        if after.lower in _OF:
            tail = _of_phrase(text, found, end + 1)
            if tail is not None:
                end = tail
                continue
        break
    return end


def _of_phrase(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """The last word of "of the Drevna region" starting at ``index``, or None."""
    position = index + 1
    if position < len(found) and found[position].lower in _OF_ARTICLES:
        position += 1
    last = None
    while position < len(found) and position - index <= 5:
        word = found[position]
        wrapped_ok = last is not None or word.text[0].islower()
        if not gap_is_space(text, found[position - 1], word, line_breaks=wrapped_ok):
            break
        if word.lower in _SELF_REFERENCES:
            break  # "the DCM at Post": a cable's name for its own embassy
        if word.text[0].isupper() or word.lower in _OF_HEADS:
            last = position
            position += 1
            continue
        break
    return last
