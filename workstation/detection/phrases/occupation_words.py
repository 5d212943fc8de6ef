"""The vocabulary of work, beyond the first list: trades, civil service, police and
military ranks, the judiciary, medicine, clergy, academia, business and NGOs, in
English, French and Spanish, with the plural of every head and the shapes of word
that name a trade whatever the word (``-ologist``, ``-ographer``, ``-smith``).

A profession is recognised by what kind of word it is, not by the documents it was
seen in: a list of hundreds of head nouns, each also in the plural, and a few
suffixes that only ever make a person who does a job. Suffixes of words that are
also surnames (``Goldsmith``, ``Chapman``) count only in lower case.
"""

from __future__ import annotations

from workstation.detection.phrases.tokens import phrase_list
from workstation.detection.phrases.tokens import word_set as _set

MORE_HEADS = phrase_list(
    """
    accountant general, actuary, acupuncturist, adjudicator, administrator general,
    aircraftman, airman, ambulance driver, ambulance man, anaesthetist, anesthetist,
    animator, announcer, appraiser, arbitrator, archbishop, archdeacon, armourer,
    art director, artisan, assembler, assembly worker, assistant commissioner,
    associate professor, astronomer, auctioneer, au pair, baggage handler, bailiff,
    ballerina, bandmaster, bank clerk, bank manager, bank teller, barista, barmaid, barman,
    beautician, bellboy, biochemist, biologist, blacksmith, boatman, boilermaker,
    bookseller, bouncer, brewer, bus driver, cab driver, cabinet minister,
    cabinet secretary, cadet, car mechanic, car park attendant, caregiver, carer,
    care worker, cartographer, cartoonist, caseworker, catechist, chambermaid,
    chaplain general, charge nurse, chargehand, chemist, chief constable, chief inspector,
    chief justice, chief superintendent, chiropractor, choreographer, civil servant,
    civil servants, claims adjuster, clergyman, clergymen, clinician, coal miner,
    coastguard, combat medic, comedian, commissioned officer, company secretary, composer,
    comptroller, concierge, conscript, constable, construction worker, copywriter, coroner,
    councilwoman, councilman, counter clerk, court officer, craftsperson, croupier,
    customs officer, customs inspector, dancer, data analyst, day labourer, deckhand,
    deck hand, defence lawyer, defense attorney, delivery driver, delivery boy,
    delivery man, deputy governor, deputy mayor, deputy sheriff, detective inspector,
    detective sergeant, detective constable, dietician, dietitian,
    director of public prosecutions, disc jockey, district attorney, district judge,
    docent, doorman, door supervisor, draughtsman, draftsman, dressmaker, drill sergeant,
    drillers, driller, drover, drummer, dustman, electrician, embalmer,
    emergency medical technician, enumerator, envoy, epidemiologist, estate agent,
    exterminator, factory worker, farmhand, farm hand, farm labourer, farm worker, ferryman,
    field worker, fieldworker, film-maker, filmmaker, financier, fire officer, fireman,
    firemen, fishwife, flight engineer, florist, foot soldier, forensic scientist,
    forklift driver, foster carer, freelance, freelancer, fruit seller, fund manager,
    funeral director, furniture maker, game warden, garage owner, garbage collector,
    gatekeeper, general practitioner, GP, glazier, goatherd, goldsmith, grave digger,
    gravedigger, greengrocer, grocer, groundsman, gunsmith, gymnast,
    hackney carriage driver, handyman, harbour harbourmaster, haulier, headman,
    health visitor, health worker, health workers, healthcare worker, herbalist,
    high commissioner, home help, domestic help, hospital porter, hostess, hotelier,
    house officer, housemaster, housekeeper, hunter, illustrator, immigration officer,
    industrialist, innkeeper, inspector general, insurance agent, intelligence agent,
    intern, investment banker, ironmonger, jailer, jailor, jeweller, jeweler, jockey,
    joiner, journeyman, judge advocate, junior doctor, jurist, justice of the peace,
    kitchen porter, labour inspector, lab assistant, laboratory technician, landowner,
    landlady, laundress, law clerk, law lecturer, lay preacher, legal adviser,
    legal advisor, librarian, lifeguard, lineman, linesman, locksmith, locum, logger,
    longshoreman, lorry driver, machinist, maid, mail carrier, maintenance worker,
    market trader, market vendor, mason, mathematician, medic, medical examiner,
    medical student, mercenary, metalworker, meteorologist, metropolitan, microbiologist,
    midshipman, military officer, milkman, millworker, mill worker, mine worker, mineworker,
    mineworkers, miner, minister of state, moneylender, money changer, mortician, muezzin,
    mullah, nanny, navigator, newsreader, night watchman, night porter,
    non-commissioned officer, notary public, novelist, nursemaid, nursing assistant,
    nutritionist, obstetrician, occupational therapist, oculist, oil worker, ombudsman,
    ombudswoman, optician, optometrist, orderly, organiser, organizer, orthodontist,
    osteopath, overman, overseer, painter, painter and decorator, panellist, paratrooper,
    park ranger, parking attendant, parliamentarian, parliamentary secretary,
    party secretary, pathologist, patrolman, patrol officer, pawnbroker, peacekeeper,
    peddler, pedlar, performer, permanent secretary, petrol pump attendant, pharmacologist,
    philosopher, photocopier operator, pianist, pilgrim guide, pipefitter, pit deputy,
    plasterer, playwright, plumber, podiatrist, police commissioner, police constable,
    police inspector, police sergeant, police superintendent, polling officer, pollster,
    postmaster, postmistress, postwoman, potter, prefect, prelate, presiding judge,
    presiding officer, press secretary, prime minister, principal secretary,
    prison governor, prison officer, prison warden, prison warder, private secretary,
    private investigator, probation officer, procurator, procurator fiscal, proofreader,
    property developer, proprietor, prosecuting attorney, prosecutor general, provost,
    psychoanalyst, public defender, public prosecutor, publican, puppeteer, purser,
    quartermaster, quartermaster sergeant, quarryman, radio operator, rancher,
    real estate agent, recruiter, referee, refuse collector, regional director, reservist,
    restaurateur, retail worker, rickshaw driver, rickshaw puller, rigger, riot officer,
    road sweeper, roofer, roof bolter, roustabout, sacristan, safety officer,
    safety representative, safety rep, sales assistant, sales representative, scaffolder,
    scholar, school inspector, school teacher, schoolmaster, schoolmistress, screenwriter,
    sculptor, seafarer, seamstress, secret agent, security officer, semi-skilled worker,
    senior partner, sentry, sergeant-at-arms, serviceman, servicemen, servicewoman, sexton,
    shareholder, sharecropper, shift worker, shipbroker, shipowner, shipwright, shoe shiner,
    shop assistant, shop steward, shopworker, shot-firer, shotfirer, signalman, silversmith,
    singer, skipper, slaughterman, smallholder, smith, social scientist, sociologist,
    software developer, software engineer, solicitor general, sommelier, sound engineer,
    sous-chef, special rapporteur, speech therapist, spy, squatter, stablehand,
    stage manager, station master, stationmaster, statistician, steelworker, steeplejack,
    stenographer, stockbroker, stockman, stonemason, street cleaner, street sweeper,
    street vendor, student nurse, stuntman, sub-editor, subeditor, sub-inspector,
    sub-postmaster, superintendent, surgeon general, swineherd, switchboard operator,
    tallyman, tanner, tax collector, tax inspector, taxi dispatcher, taxi driver,
    teaching assistant, technologist, telephonist, telemarketer, tenant farmer, test pilot,
    textile worker, thatcher, theologian, ticket collector, toolmaker, tour guide,
    tour operator, town clerk, town planner, toxicologist, tradesman, tradesmen,
    traffic warden, train driver, tram driver, translator, trapper, travel agent,
    trawlerman, tribunal judge, trooper, truck driver, trustee, tutor, typesetter, umpire,
    undertaker, upholsterer, valet, van driver, veterinary nurse, veterinary surgeon,
    vice-chair, vice chair, vice-chairman, vice-chancellor, vicar general, videographer,
    viticulturist, waiter, warehouse worker, watchmaker, water carrier, weaver,
    web developer, weighbridge operator, wet nurse, wholesaler, window cleaner, winemaker,
    wing commander, woodcutter, woodworker, wrestler, youth worker, zookeeper, captain,
    lieutenant commander, commander, major, colonel, brigadier, field marshal, air marshal,
    air commodore, group captain, flight sergeant, chief petty officer, leading seaman,
    able seaman, ordinary seaman, rifleman, gunner, sapper, bombardier, guardsman, trooper,
    signaller, lance sergeant, colour sergeant, company sergeant major,
    regimental sergeant major, warrant officer class 1, warrant officer class 2,
    sergeant first class, specialist, private first class, chief warrant officer,
    command sergeant major, first sergeant, gunnery sergeant, master chief, ensign,
    midshipman, subaltern, cornet, commissar, political commissar, aide-de-camp,
    adjutant general, provost marshal, military police officer, military policeman,
    military prosecutor, military judge, military attaché, naval attaché, air attaché,
    police captain, police lieutenant, police major, police colonel, police general,
    police cadet, police recruit, constable, special constable, detective superintendent,
    chief superintendent, deputy commissioner, assistant commissioner,
    commissioner of police, inspector of police, sub-inspector, assistant sub-inspector,
    head constable, station house officer, station commander, station chief,
    district commander, regional commander, gendarmerie commander, border guard,
    border policeman, prison guard, prison director, prison doctor, prison chaplain,
    prison nurse, warden, chief warden, chief warder, judge rapporteur, rapporteur,
    registrar, deputy registrar, section registrar, clerk to the justices,
    master of the rolls, investigating judge, examining magistrate, juge des libertés,
    advocate, advocate general, barrister, queen's counsel, king's counsel, senior counsel,
    junior counsel, counsel for the defence, public notary, court interpreter,
    court reporter, court usher, court registrar, assessor, lay judge, jury foreman,
    consultant surgeon, consultant physician, general surgeon, orthopaedic surgeon,
    orthopedic surgeon, neurosurgeon, neurologist, oncologist, haematologist, hematologist,
    psychiatric nurse, mental health nurse, community health worker, health assistant,
    medical assistant, physician assistant, nurse practitioner, district nurse, midwife,
    traditional birth attendant, pharmacy assistant, pharmacy technician,
    laboratory assistant, radiographer, sonographer, phlebotomist, anaesthesiologist,
    anesthesiologist, emergency physician, resident doctor, registrar, house surgeon,
    medical superintendent, medical director, chief medical officer, health inspector,
    sanitary inspector, storekeeper, store abbot, abbess, ayatollah, bishop, chaplain,
    deaconess, evangelist, friar, hafiz, lama, minister of religion, missionary, moderator,
    mother superior, muezzin, parish priest, pastor, patriarch, pope, prioress, qadi,
    rector, reverend, rabbi, seminarian, sheikh, swami, vicar, catechist, churchwarden,
    elder, lecturer, senior lecturer, professor emeritus, emeritus professor,
    assistant professor, visiting professor, research fellow, postdoctoral researcher,
    postdoc, doctoral student, PhD student, graduate student, teaching dean of faculty,
    vice-rector, pro-rector, provost, headteacher, deputy head, head of year, form teacher,
    class teacher, kindergarten teacher, nursery teacher, preschool teacher,
    primary teacher, primary school teacher, primary-school teacher, secondary teacher,
    secondary school teacher, secondary-school teacher, schoolteacher, supply teacher,
    teaching assistant, director general, general manager, chief executive officer,
    chief financial officer, chief operating officer, CEO, CFO, COO, CTO,
    chairman of the board, board director, non-executive director, company director,
    finance director, financial controller, compliance officer, procurement officer,
    procurement manager, procurement clerk, purchasing officer, purchasing manager,
    sales manager, branch manager, store manager, plant manager, site manager,
    site engineer, project manager, operations manager, logistics manager, HR manager,
    office manager, office clerk, receptionist, personal assistant, executive assistant,
    secretary, stenotypist, cashier, payroll clerk, shipping clerk, customs broker,
    freight forwarder, consultant, managing partner, founder, co-founder, co-owner,
    shareholder, investor, entrepreneur, trader, country director, programme manager,
    program manager, programme coordinator, field coordinator, country representative,
    head of office, head of delegation, humanitarian worker, relief worker, aid official,
    case worker, outreach worker, community organiser, community organizer,
    community leader, community mobiliser, paralegal, human rights monitor,
    election monitor, election fact-finder, researcher, documentation officer, fixer,
    interpreter, translator, driver, security adviser, field security officer,
    press officer, spokesperson, campaigner, advocacy officer,
    harbour master, harbourmaster, harbor master, port captain, YouTuber, vlogger,
    influencer, podcaster, streamer, sysadmin, system administrator, network administrator,
    database administrator, webmaster, carabinero, carabinera, guardia civil, gendarme,
    mototaxi driver, boda boda rider, okada rider, rickshaw puller, rickshaw driver,
    tuk-tuk driver, matatu driver, hawker, peddler, pedlar, ragpicker, waste picker,
    scavenger, porter, water carrier, rubber tapper, artisanal miner, galamseyer,
    orpailleur, garimpeiro, zafrero, jornalero, jornalera, temporero, temporera
    """
)

MORE_FRENCH_SPANISH = phrase_list(
    """
    agent pénitentiaire, agente pénitentiaire, gardien-chef, gardienne-chef, régisseur,
    chef de détention, chef d'établissement, directeur de prison, directrice de prison,
    médecin légiste, médecin-chef, médecin généraliste, chirurgien, chirurgienne,
    infirmière major, infirmier major, aide-soignant, brancardier, ambulancier,
    pharmacienne, sage-femme, psychologue, psychiatre, dentiste, kinésithérapeute,
    chargé de mission, chargée de mission, chargé d'études, chargée d'études, attaché,
    attachée, fonctionnaire, agent administratif, secrétaire général, secrétaire générale,
    directeur général, directrice générale, directeur de cabinet, chef de cabinet,
    conseiller technique, inspecteur principal, inspectrice principale,
    inspecteur du travail, contrôleur, contrôleuse, receveur, percepteur, huissier,
    huissier de justice, avocat général, substitut, substitut du procureur,
    procureur général, premier président, président de chambre, conseiller rapporteur,
    juge des enfants, juge d'application des peines, greffier en chef, bâtonnier, notaire,
    commissaire de police, commissaire divisionnaire, officier de police,
    gardien de la paix, brigadier-chef, major, lieutenant-colonel, colonel, capitaine,
    commandant, adjudant-chef, sergent-chef, caporal, caporal-chef,
    soldat de première classe, gendarme, maréchal des logis, maréchal des logis-chef,
    chauffeur, chauffeur de taxi, chauffeur de poids lourd, chauffeur routier, camionneur,
    conducteur, mécanicien, menuisier, maçon, plombier, soudeur, forgeron, tailleur,
    couturier, cordonnier, boucher, boulangère, pâtissier, épicier, épicière, commerçant,
    marchand, marchande, vendeur ambulant, vendeuse ambulante, colporteur, manœuvre, docker,
    débardeur, mineur de fond, orpailleur, pêcheur, éleveur, berger, bergère, paysan,
    paysanne, planteur, vigile, veilleur de nuit, gardien de nuit, agent d'entretien,
    femme de ménage, domestique, nourrice, ménagère, instituteur, institutrice,
    professeur des écoles, maître d'école, directeur d'école, directrice d'école, proviseur,
    censeur, enseignant-chercheur, maître de conférences, doyen, recteur,
    étudiant en médecine, imam, prêtre, curé, abbé, évêque, pasteur, diacre, religieuse,
    marabout, catéchiste, journaliste, reporter, photographe, cameraman, rédacteur,
    correspondant, correspondante, présentateur, présentatrice, animateur, animatrice,
    militante, syndicaliste, délégué syndical, déléguée syndicale, délégué du personnel,
    conseiller municipal, conseillère municipale, adjoint au maire, adjointe au maire,
    maire adjoint, député, sénateur, sénatrice, préfet, sous-préfet, gouverneur,
    chef de village, chef coutumier, ministre, ministre délégué, informaticien,
    informaticienne, ingénieur, technicien, comptable, expert-comptable, caissier, banquier,
    assureur, agent immobilier, gérant, gérante, patronne, chef d'entreprise, entrepreneur,
    ouvrier agricole, ouvrière agricole, employé de maison, employée de maison,
    aide ménagère, abogado defensor, abogada defensora, fiscal adjunto, fiscal general,
    juez de instrucción, jueza de instrucción, magistrado, magistrada, secretario judicial,
    secretaria judicial, letrado, letrada, procurador, procuradora, notario, notaria,
    registrador, suboficial, subinspector, subinspectora, inspector jefe, comisario jefe,
    agente de policía, guardia urbano, policía municipal, policía nacional, cabo primero,
    capitán general, general de brigada, general de división, almirante, carcelero,
    funcionario de prisiones, director de la prisión, médico forense, médico de guardia,
    enfermero jefe, auxiliar de enfermería, celador, farmacéutico, farmacéutica, dentista,
    psicólogo, psicóloga, psiquiatra, cirujano, cirujana, partera, matrona,
    maestro de escuela, maestra de escuela, profesor universitario, profesora universitaria,
    catedrático, catedrática, rector, decano, sacerdote, cura, párroco, obispo, monja,
    pastor, pastora, imán, periodista, reportero, reportera, camarógrafo, locutor, locutora,
    corresponsal, redactor, redactora, chatarrero, chatarrera, vendedor ambulante,
    vendedora ambulante, albañil, fontanero, electricista, soldador, herrero, carpintero,
    zapatero, sastre, costurera, panadero, carnicero, pescadero, agricultor, ganadero,
    pastor de cabras, jornalero, peón, minero, estibador, camionero, conductor, chofer,
    taxista, repartidor, repartidora, mensajero, mensajera, portero, portera, conserje,
    vigilante, vigilante de seguridad, guarda jurado, empleada doméstica,
    empleado doméstico, trabajadora doméstica, trabajador, trabajadora, trabajadores,
    asistenta, niñera, cocinero, cocinera, camarero, camarera, cajera, dependiente,
    dependienta, comerciante, tendero, tendera, contable, economista, ingeniero agrónomo,
    arquitecto, arquitecta, concejal delegado, concejala delegada, concejala,
    teniente de alcalde, alcalde pedáneo, gobernador civil, delegado del gobierno,
    subdelegado del gobierno, diputado provincial, senador, senadora, ministro,
    viceministro, viceministra, subsecretario, subsecretaria, director general,
    directora general, jefe de gabinete, jefa de gabinete, asesor, asesora, portavoz,
    sindicalista, delegado sindical, delegada sindical, dirigente, dirigente vecinal,
    líder comunitario, lideresa, activista, defensor de derechos humanos,
    defensora de derechos humanos
    """
)

# Suffixes that make a person who does a job, in any case ("Cardiologist", "radiographer").
SUFFIXES_ANY_CASE = (
    "ologist",
    "ologists",
    "ographer",
    "ographers",
    "iatrist",
    "iatrists",
    "iatrician",
    "iatricians",
    "ician",
    "icians",
)
# Suffixes also found in surnames ("Goldsmith", "Chapman"): only lower-case words count.
SUFFIXES_LOWER = (
    "smith",
    "smiths",
    "wright",
    "wrights",
    "keeper",
    "keepers",
    "monger",
    "mongers",
    "maker",
    "makers",
    "man",
    "men",
    "woman",
    "women",
    "person",
    "persons",
)
# Words with those endings that are no trade.
NOT_TRADES = _set(
    """
    human humans woman women man men german germans roman romans ottoman gentleman
    gentlemen layman laymen countryman countrymen kinsman kinsmen kinswoman superman
    snowman talisman caiman shaman specimen specimens regimen regimens abdomen acumen
    bitumen albumen hymen stamen omen omens amen semen yemen dolmen cayman pullman
    madman madmen caveman everyman frontman strawman walkman highwayman
    sportsman sportsmen sportswoman horseman horsemen bogeyman nobleman noblemen
    clansman clansmen tribesman tribesmen tribeswoman countrywoman
    pacemaker troublemaker peacemaker matchmaker merrymaker holidaymaker
    haymaker playmaker homemaker
    wordsmith inhuman superhuman gunman gunmen person persons
    patrician
    """
)


def with_plurals(phrases: list[str]) -> list[str]:
    """Each phrase and its plural (the last word inflected): English ``-s``, ``-es``,
    ``-ies``, ``-men``; French and Spanish ``-s``, ``-es``, ``-x``. Forms that are no
    word ("chefes") are harmless: they never occur in a text."""
    out: list[str] = []
    for phrase in phrases:
        out.append(phrase)
        parts = phrase.split(" ")
        # "head of department" -> "heads of department": the noun before "of" is the head.
        at = next((i - 1 for i, p in enumerate(parts) if i and p in _OF_WORDS), len(parts) - 1)
        for form in _plural_forms(parts[at]):
            out.append(" ".join([*parts[:at], form, *parts[at + 1 :]]))
    return out


_OF_WORDS = _set("of for to de du des d'")


def _plural_forms(word: str) -> list[str]:
    lower = word.lower()
    if not lower or not lower[-1].isalpha() or lower.endswith("s") or word.isupper():
        return []  # "GP" has no plural "GPS"; "CEOs" is rare
    if lower.endswith("man"):
        return [word[:-3] + "men"]
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "o", "u"):
        return [word[:-1] + "ies"]
    if lower.endswith("z"):
        return [word[:-1] + "ces", word + "es"]  # "juez" -> "jueces"
    if lower.endswith(("ch", "sh", "x")):
        return [word + "es"]
    if lower.endswith("eau"):
        return [word + "x"]
    if lower[-1] in "lnrdj" and lower[-2:-1] in "aeiouáéíóú":
        return [word + "s", word + "es"]  # "doctor" -> "doctors", "doctores"
    return [word + "s"]


def is_trade_word(word: str) -> bool:
    """Whether a single word names a trade by its ending alone."""
    lower = word.lower()
    if lower in NOT_TRADES or len(lower) < 6:
        return False
    if lower.endswith(SUFFIXES_ANY_CASE):
        return True
    return word.islower() and lower.endswith(SUFFIXES_LOWER)
