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
    ombudsperson, ombudswoman, RN, loader, trimmer, harvester, quality checker,
    quality inspector, berth master, berthing master, dock master, dockmaster,
    quay master, examiner, customs examiner, valuer, land valuer, appointee,
    political appointee, owner-operator, shift leader, shift coordinator,
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

# Work the first lists lack, grouped as ISCO groups it (managers, professionals,
# technicians, clerks, service and sales, agriculture, crafts, operators, elementary
# work, armed forces), with the posts of courts, police, churches and NGOs.
WIDER_HEADS = phrase_list(
    """
    chief accountant, chief clerk, chief engineer, chief nurse, chief pharmacist,
    chief of protocol, chief of security, chief of staff, chief whip, chief executive,
    head chef, head cook, head gardener, head porter, head guard, head waiter,
    executive director, deputy director, assistant director, associate director,
    managing editor, news editor, desk editor, photo editor, picture editor, copy editor,
    editor-in-chief, commander-in-chief, auditor-general, auditor general, consul-general,
    consul general, surveyor-general, solicitor-general, attorney-general,
    inspector-general, accountant-general, registrar-general, postmaster-general,
    comptroller, deputy collector, district collector,
    revenue officer, land officer, lands officer, survey officer, tahsildar, patwari,
    district magistrate, sub-divisional magistrate, block development officer,
    village headman, assistant chief, sub-chief, paramount chief, senior chief,
    headmen, clan elder, village elder, community elder, block leader,
    zone leader, cell leader, ward councillor, ward officer, ward administrator,
    district administrator, district commissioner, district officer, county commissioner,
    provincial governor, regional governor, state governor, lieutenant governor,
    governor-general, deputy speaker, ombudsperson, auditor, comptroller,
    parliamentary aide, parliamentary assistant, legislative aide, political adviser,
    special adviser, policy adviser, policy officer, desk officer, executive officer,
    higher executive officer, administrative officer, administrative assistant,
    clerical officer, clerical assistant, office assistant, office boy, peon,
    data entry clerk, filing clerk, registry clerk, mail clerk, post clerk, ticket clerk,
    booking clerk, court messenger, process server, usher, tipstaff, court officer,
    magistrate's clerk, justices' clerk, legal executive, legal assistant, legal clerk,
    articled clerk, pupil barrister, trainee solicitor, trainee lawyer, law student,
    state attorney, state counsel, crown counsel, crown prosecutor, public defender,
    defence counsel, defense counsel, prosecuting counsel, amicus curiae, arbitrator,
    conciliator, mediator, adjudicator, assessor, juror, jurors, sheriff's officer,
    bailiff, enforcement officer, debt collector, repo man, loss adjuster,
    police commander, police superintendent, police spokesman, police spokesperson,
    police driver, police photographer, police surgeon, police informant, traffic officer,
    traffic policeman, traffic police officer, riot policeman, patrol officer, beat officer,
    desk sergeant, custody sergeant, duty sergeant, station sergeant, investigating officer,
    arresting officer, reporting officer, commanding officer, officer commanding,
    officer in charge, officer-in-charge, intelligence analyst, crime analyst,
    special agent, field agent, undercover officer, informer, handler, source handler,
    prison officer, correctional officer, corrections officer, detention officer,
    custody officer, escort officer, probation officer, parole officer, youth worker,
    assistant superintendent, deputy superintendent, senior superintendent,
    superintendent of police, assistant superintendent of police,
    deputy superintendent of police, senior superintendent of police,
    inspector-general of police, director-general of police, sub-inspector of police,
    head constable, senior constable, woman constable, police constable, constable,
    sniper, marksman, commando, commandos, paratrooper, infantryman, infantrymen,
    rifleman, gunner, tank commander, tank driver, platoon leader, platoon commander,
    section commander, squad leader, company commander, battalion commander,
    brigade commander, division commander, divisional commander, base commander,
    garrison commander, camp commandant, militia leader, militia commander,
    rebel commander, rebel leader, warlord, fighter pilot, helicopter pilot,
    airline pilot, co-pilot, navigator, radio operator, signals officer, staff officer,
    liaison officer, military observer, peacekeeper, blue helmet, naval officer,
    navy diver, diver, frogman, coastguard officer, sailor, first mate, second mate,
    boatswain, bosun, ship's captain, ship's master, ship's cook, ship's engineer,
    master, fishing master, vessel's master, master mariner, oiler, wiper, motorman,
    chief officer, chief engineer, second engineer, third engineer, 2nd engineer,
    3rd engineer, deck cadet, engine cadet, ordinary seaman, deck officer,
    marine engineer, chief mate, able seaman, fisherwoman, fisherfolk, fishmonger,
    nurse aide, nursing aide, nursing officer, nursing sister, nursing student,
    student nurse, trainee nurse, enrolled nurse, registered nurse, theatre nurse,
    night nurse, school nurse, ward manager, clinical officer, medical officer,
    medical intern, house officer, senior house officer, consultant, specialist,
    attending physician, family doctor, village doctor, barefoot doctor, health officer,
    district health officer, community health volunteer, community health worker,
    health volunteer, vaccinator, laboratory scientist, biomedical scientist,
    radiologist, sonographer, dental nurse, dental assistant, dental technician,
    paramedic, ambulance officer, first aider, caregiver, care assistant, carer,
    home carer, personal care assistant, hospice nurse, psychologist,
    clinical psychologist, counselling psychologist, psychotherapist, counsellor,
    social worker, case worker, caseworker, child protection officer,
    child protection worker, welfare officer, protection officer, community worker,
    traditional healer, healer, faith healer, herbalist, bonesetter, witch doctor,
    soothsayer, diviner, fortune teller, astrologer, shaman,
    priest, parish priest, curate, deacon, archdeacon, dean, vicar, rector,
    chaplain, bishop, archbishop, monsignor, nun, monk, abbot,
    friar, lay brother, lay reader, lay preacher, evangelist,
    catechist, elder, church elder, deaconess, pastor, assistant pastor, senior pastor,
    youth pastor, preacher, minister of religion, rabbi, cantor, imam, mufti, qadi,
    mullah, muezzin, sheikh, hafiz, maulana, maulvi, ayatollah, hojatoleslam,
    marabout, lama, monk, guru, pandit, pujari, priestess, granthi,
    lecturer, senior lecturer, assistant lecturer, principal lecturer,
    professor, assistant professor, associate professor, adjunct professor,
    visiting professor, teaching assistant, research assistant, research associate,
    research fellow, postdoctoral fellow, PhD candidate, doctoral candidate,
    graduate assistant, lab assistant, laboratory assistant, librarian, archivist,
    registrar, bursar, dean, vice-dean, head of department, department head,
    schoolmaster, schoolmistress, headmaster, headmistress, head teacher, headteacher,
    deputy headteacher, deputy head teacher, deputy headmaster, teacher, tutor,
    Quran teacher, Koran teacher, madrasa teacher, madrassa teacher, Sunday school teacher,
    maths teacher, math teacher, science teacher, music teacher, art teacher,
    history teacher, physics teacher, chemistry teacher, biology teacher, PE teacher,
    language teacher, special needs teacher, nursery nurse, childminder, child minder,
    nanny, babysitter, au pair, governess, school cook, school caretaker, school guard,
    school bus driver, school inspector, education officer, literacy instructor,
    driving instructor, fitness instructor, instructor,
    journalist, reporter, correspondent, foreign correspondent, war correspondent,
    stringer, fixer, editor, sub-editor, columnist, commentator, presenter, anchor,
    newsreader, news anchor, broadcaster, producer, cameraman, camerawoman,
    camera operator, sound recordist, photojournalist, press photographer,
    researcher, fact-checker, fact checker, blogger, vlogger, podcaster, cartoonist,
    publisher, typesetter, proofreader, translator, interpreter,
    aid worker, relief worker, humanitarian worker, NGO worker, field officer,
    field worker, programme officer, project officer, programme manager,
    project coordinator, country director, head of mission, head of office,
    logistician, logistics officer, monitoring officer, human rights monitor,
    human rights officer, human rights defender, activist, campaigner, organiser,
    community organiser, trade unionist, union official, union leader,
    union representative, union rep, shop steward, staff representative,
    chief executive officer, managing director, general manager, deputy manager,
    assistant manager, branch manager, area manager, regional manager, line manager,
    floor manager, shift manager, duty manager, production manager, plant manager,
    factory manager, estate manager, farm manager, operations director,
    finance manager, HR officer, human resources officer, personnel officer,
    payroll officer, procurement officer, purchasing officer, storekeeper, storeman,
    stores clerk, warehouse keeper, warehouse manager, warehouseman, stock controller,
    quality inspector, quality controller, inspector, supervisor, foreman, forewoman,
    line supervisor, shift supervisor, team leader, shift leader, group leader,
    crew leader, gang leader, gang master, gangmaster, labour contractor, labour broker,
    recruiter, recruitment agent, manpower agent, employment agent,
    businessman, businesswoman, entrepreneur, trader, merchant, wholesaler, retailer,
    shopkeeper, storekeeper, stallholder, stall holder, market trader, market vendor,
    market woman, street vendor, street hawker, hawker, peddler, vendor, kiosk owner,
    shop owner, shop assistant, shop worker, salesman, saleswoman, salesperson,
    sales agent, sales representative, sales clerk, cashier, teller, bank teller,
    bank clerk, bank officer, loan officer, credit officer, microfinance officer,
    insurance agent, insurance broker, stockbroker, money changer, moneylender,
    money lender, hawala agent, hawaladar, pawnbroker, landlord, landlady, landowner,
    property owner, property developer, estate agent, real estate agent, surveyor,
    quantity surveyor, architect, civil engineer, structural engineer, site engineer,
    mining engineer, petroleum engineer, electrical engineer, mechanical engineer,
    software engineer, software developer, programmer, web developer, IT technician,
    IT specialist, IT officer, network engineer, systems administrator, sysadmin,
    data analyst, data scientist, hacker, call centre agent, call center agent,
    call centre worker, telephone operator, switchboard operator, receptionist,
    secretary, personal assistant, private secretary, typist, stenographer,
    courier, messenger, delivery driver, delivery rider, delivery man, delivery boy,
    dispatch rider, motorcycle courier, postman, postwoman, mail carrier,
    taxi driver, cab driver, minibus driver, bus driver, coach driver, lorry driver,
    truck driver, tanker driver, tractor driver, train driver, engine driver,
    tram driver, rickshaw driver, auto-rickshaw driver, tuk-tuk driver,
    motorcycle taxi driver, moto-taxi driver, boda-boda rider, boda boda rider,
    okada rider, zemidjan, ride-hailing driver, Uber driver, chauffeur, driver,
    conductor, bus conductor, train conductor, ticket inspector, station master,
    signalman, railwayman, railway worker, port worker, dock worker, dockworker,
    docker, stevedore, longshoreman, crane driver, crane operator, forklift driver,
    forklift operator, machine operator, plant operator, heavy equipment operator,
    excavator operator, bulldozer driver, mechanic, motor mechanic, car mechanic,
    bicycle mechanic, panel beater, spray painter, tyre fitter, fitter, pipefitter,
    welder, fabricator, blacksmith, metalworker, sheet metal worker,
    machinist, toolmaker, electrician, plumber, carpenter, joiner, cabinetmaker,
    bricklayer, mason, stonemason, plasterer, tiler, roofer, glazier, painter,
    decorator, scaffolder, labourer, laborer, construction worker, building worker,
    site labourer, day labourer, casual labourer, casual worker, manual worker,
    unskilled worker, handyman, odd-job man, tailor, seamstress, dressmaker,
    machinist, sewing machine operator, packer, garment worker, textile worker, weaver,
    dyer, tanner, leatherworker, shoemaker, cobbler, shoe repairer,
    watchmaker, jeweller, goldsmith, silversmith, potter, basket weaver, woodcarver,
    sculptor, painter, artist, craftsman, craftswoman, artisan,
    baker, pastry cook, confectioner, butcher, slaughterman, fishmonger, greengrocer,
    grocer, brewer, distiller, cook, chef, sous-chef, kitchen hand,
    kitchen porter, waiter, waitress, barman, barmaid, bartender,
    bar attendant, bar hostess, hostess, housekeeper, chambermaid,
    room attendant, hotel receptionist, concierge, bellboy, porter, doorman,
    hairdresser, barber, beautician, manicurist, masseur, masseuse, tattoo artist,
    cleaner, office cleaner, street cleaner, street sweeper, road sweeper, janitor,
    caretaker, custodian, groundskeeper, groundsman, gardener, garden boy,
    house boy, houseboy, house girl, housegirl, tea boy, errand boy, bar girl, shop girl,
    maid, housemaid, domestic worker,
    domestic servant, domestic help, house help, servant, cook-cum-cleaner,
    live-in maid, live-in carer, night watchman, watchman, night guard, security guard,
    security officer, bouncer, door supervisor, bodyguard, close protection officer,
    private security guard, askari, guard, gatekeeper, gateman,
    farmer, smallholder, smallholder farmer, subsistence farmer, tenant farmer,
    sharecropper, peasant, peasant farmer, farmworker, farm worker, farm labourer,
    farmhand, agricultural worker, agricultural labourer, plantation worker,
    estate worker, tea picker, tea plucker, coffee picker, cotton picker, fruit picker,
    cane cutter, sugar cane cutter, rubber tapper, cocoa farmer, coffee farmer,
    rice farmer, maize farmer, cattle farmer, dairy farmer, poultry farmer,
    pig farmer, sheep farmer, goat herder, cattle herder, herder, herdsman, herdsmen,
    shepherd, shepherdess, goatherd, cowherd, pastoralist, beekeeper, rancher,
    fisherman, fishermen, fish farmer, fish trader, fishmonger,
    boatman, boat owner, ferryman, hunter, trapper, forester, forest ranger,
    game ranger, park ranger, wildlife ranger, logger, woodcutter, charcoal burner,
    charcoal seller, charcoal maker, firewood seller, water seller, water vendor,
    miner, coal miner, gold miner, artisanal miner, quarry worker, quarryman,
    stone breaker, stone crusher, brick maker, brickmaker, kiln worker, salt worker,
    rag picker, ragpicker, waste picker, scavenger, scrap dealer, scrap collector,
    rubbish collector, garbage collector, refuse collector, bin man, sanitation worker,
    sweeper, manual scavenger, shoe shiner, shoeshine boy, car washer, car guard,
    parking attendant, petrol attendant, petrol station attendant, fuel attendant,
    street child, beggar, sex worker, prostitute, dancer, bar dancer,
    musician, singer, drummer, guitarist, rapper, DJ, disc jockey, actor, actress,
    comedian, entertainer, film director, film-maker, filmmaker, photographer,
    athlete, footballer, football player, boxer, wrestler,
    football coach, referee, umpire, jockey, mahout,
    influencer, YouTuber, streamer, content creator, graphic designer, designer,
    illustrator, animator, game developer, justice, justices,
    RSO, ARSO, DATT, DAO, LEGATT, LEGAT, ConGen, PAO, APAO, CDA, A/S, Emboff, Emboffs,
    EmbOff, EmbOffs, Poloffs, Econoffs, Conoffs, FSN, FSNs, LE staff, locally engaged staff,
    local staff member, charge d'affaires,
    chargé d'affaires a.i., Minister-Counsellor, Minister Counsellor, Counsellor,
    Deputy Chief of Mission, Chief of Mission, staffer, staffers, delegate, delegates,
    senior associate, junior associate, associate partner, equity partner,
    salaried partner, business partner, VP, SVP, EVP, AVP, vice-president,
    head of legal, head of compliance, head of security, head of finance, head of HR,
    compliance officer, risk officer, data protection officer, chief information officer,
    CIO, CISO, CTO, CMO, CHRO, general counsel, in-house counsel, company lawyer
    """
)
MORE_FRENCH_SPANISH_WIDER = phrase_list(
    """
    sous-directeur, sous-directrice, directeur adjoint, directrice adjointe,
    chef de service, cheffe de service, chef de bureau, chef de division, chef de brigade,
    chef de poste, chef de chantier, chef d'équipe, chef de quart, chef de gare,
    chef de village, chef de canton, chef de quartier, chef coutumier, chef traditionnel,
    infirmier en chef, infirmière en chef, médecin de garde, médecin traitant,
    médecin-conseil, aide-soignante, auxiliaire de vie, aide-ménagère,
    aide ménagère, assistante sociale, assistant social, éducateur spécialisé,
    gardien de prison, gardienne de prison, surveillant de prison, agent de police,
    agent de la circulation, policier municipal, garde du corps, vigile, veilleur,
    chauffeur-livreur, livreur, livreuse,
    coursier, conducteur de moto-taxi, zémidjan, taximan, taxi-moto,
    ouvrier du bâtiment, ouvrière du textile, ouvrier agricole, journalier, journalière,
    manœuvre, maçon, plâtrier, peintre, électricien, soudeur, tôlier, chaudronnier,
    vendeur de rue, vendeuse de rue, marchand ambulant, marchande ambulante,
    nounou, garde d'enfants, femme de chambre, cuisinier, serveur, serveuse,
    coiffeuse, couturière, brodeuse, tisserand, potière, pêcheuse, éleveuse, berger,
    agricultrice, maraîcher, maraîchère, planteur, paysan, métayer, exploitant agricole,
    prêtre, curé, vicaire, diacre, évêque, archevêque, religieuse, pasteure, rabbin,
    imam, muezzin, marabout, catéchiste, moine,
    maître de conférences, chargé de cours, chargée de cours, doctorant, doctorante,
    professeur agrégé, professeure agrégée, instituteur, directeur d'école, proviseur,
    surveillant, conseiller principal d'éducation, animateur, éducatrice,
    rédacteur en chef, rédactrice en chef, secrétaire de rédaction, pigiste,
    correspondant de presse, journaliste reporter d'images, caméraman, preneur de son,
    chef d'entreprise, cheffe d'entreprise, patronne, gérant, commerçant,
    boutiquier, boutiquière, épicier, pharmacien, notaire, huissier, avocat stagiaire,
    juge d'instruction, juge des enfants, juge de paix, procureur adjoint,
    premier substitut, greffier en chef, gendarme, adjudant, capitaine, commandant,
    colonel, sergent, caporal, soldat, militaire de carrière, sous-officier,
    officier supérieur, lieutenant de vaisseau, matelot,
    subdirector, subdirectora, subjefe, subjefa, subcomisario, subcomisaria,
    subinspector, subteniente, suboficial, subsecretario, subsecretaria,
    vicepresidente, vicepresidenta, viceministro, viceministra, vicecónsul, vicerrector,
    exalcalde, exalcaldesa, exministro, exministra, exdiputado, exdiputada,
    exfuncionario, exfuncionaria, expolicía, exmilitar, exsoldado, exguerrillero,
    exgobernador, expresidente, expresidenta, exfiscal, exjuez, exjueza,
    jefe de enfermería, jefa de enfermería, jefe de servicio, jefa de servicio,
    jefe de planta, jefa de planta, jefe de obra, jefe de turno, jefa de turno,
    jefe de sección, jefa de sección, jefe de policía, jefe de seguridad,
    trabajador social, trabajadora social, asistente social, educador, educadora,
    guardia de seguridad, guardia penitenciario, guardia de prisiones,
    guardaespaldas, vigilante nocturno, celador, celadora,
    obrero de la construcción, peón de albañil, jornalero agrícola, temporero,
    recolector, recolectora, cortero de caña, vendedor de periódicos, vendedor de lotería,
    lustrabotas, limpiabotas, lavacarros, cuidacoches, aparcacoches, mototaxista,
    bicitaxista, colectivero, chofer de bus, conductor de autobús, repartidor,
    empleada de hogar, trabajadora del hogar, trabajadora sexual, trabajador sexual,
    curandero, curandera, partera, comadrona, sacerdote, párroco, diácono, monja,
    religiosa, pastor evangélico, catequista, rabino, imán,
    catedrático, profesor titular, profesora titular, investigador, investigadora,
    doctorando, doctoranda, becario, becaria, maestro rural, maestra rural,
    periodista, redactor jefe, redactora jefa, jefe de redacción, jefa de redacción,
    corresponsal, camarógrafo, reportero gráfico, fotoperiodista, locutor,
    ganadero, ganadera, pastor de ovejas, pescador artesanal, minero artesanal,
    comerciante, comerciante minorista, tendero, bodeguero, bodeguera, almacenero,
    vendedor ambulante, mecánico, soldador, electricista, fontanero, plomero,
    albañil, carpintero, herrero, costurera, modista, zapatero, panadero, carnicero,
    cocinero, camarero, mesero, mesera, barman, recepcionista, conserje, portero,
    barrendero, barrendera, reciclador, recicladora, chatarrero, représentant,
    représentante, representante, representantes, responsable, responsables, alto cargo,
    altos cargos, alta funcionaria, alto funcionario, haut fonctionnaire, haute fonctionnaire,
    employer, operative, interrogator, trafficker, human trafficker, people smuggler,
    principal, vice-principal, deputy principal, school principal, headmaster,
    paymaster, quartermaster, NCO, NCOs, chartered accountant, certified accountant,
    trésorier, trésorière, trésoriers, receveur, receveuse, receveurs, contrôleur,
    contrôleuse, contrôleurs, usurier, usurière, juriste, juristes, géomètre, topographe,
    géomètre-topographe, travailleur social, travailleuse sociale, travailleurs sociaux,
    assistant social, assistante sociale, commissaire aux comptes, expert-comptable,
    rapporteur, rapporteuse, rapporteur public, président-rapporteur, opérateur,
    opératrice, opérateurs, opérateur radio, opératrice radio, radio operator,
    délégué, déléguée, délégués, délégué du personnel, déléguée du personnel,
    déclarant en douane, transitaire, défenseur, défenseure, chargé, chargée, chargés,
    chargées, chargé de mission,
    chargée de mission, fiscalizador, fiscalizadora, fiscalizadores, operario, operaria,
    operarios, operarias, supervisora, supervisoras, tesorero, tesorera, prevencionista,
    barangay tanod, tanod, barangay captain, barangay kagawad, kagawad, punong barangay,
    safai karamchari, chowkidar, patwari, tehsildar, sarpanch, lambardar, havildar,
    subedar, naib subedar, jamadar, anganwadi worker, ASHA worker, lekhpal, peon,
    village headman, mukhtar, muezzin, qadi, kadi, wali, khatib,
    guichetier, guichetière, élève, élèves, lycéen, lycéenne, collégien, collégienne,
    licenciado, licenciada, apoderado, apoderada, montacarguista, operador, operadora,
    estibador, estibadora, jornalero, jornalera, capataz, cajero, cajera, bodeguero,
    inspetor, inspetora, operário, operária, motorista, balconista, estivador,
    filleter, fish filleter, fish cutter, moulder, molder, brick moulder, kiln worker,
    munshi, tally clerk, stevedore, warehouseman, forklift driver, forklift operator
    """
)

# Plain nouns of work that prose uses without any cue ("the staff", "a crew of six",
# "the bosses", "junior functionaries").
PLAIN_WORK_NOUNS = phrase_list(
    """
    staff, staff member, staff members, crew member, crew members, crewmember,
    crewmembers, boss, bosses, functionary, functionaries, academic, academics,
    dock loader, lumberjack, logger, woodcutter, tea planter, tax collector,
    debt collector, toll collector, rubbish collector,
    stringer, stringers, fixer, fixers, field worker, fieldworker, caseworker,
    enumerator, canvasser, vendor, hawker, peddler, pedlar, stallholder, street vendor
    MPs, MEPs, MLAs, troops, crew, cadre, cadres, personnel,
    salarié, salariée, salariés, salariées, militaire, militaires, dirigeant, dirigeante,
    dirigeants, passeur, passeurs, contrebandier, contrebandière, trafiquant, trafiquante,
    bûcheron, routier, routiers, marins, portefaix, charpentier, patronne,
    militares, guardias civiles, trabajadora doméstica, empleada doméstica, escolta,
    escoltas, sicario, sicaria, narcotraficante, contrabandista, traficante, marinero,
    cargador, ebanista, dirigentes, trabalhador, trabalhadora, trabalhadores
    """
)
# Posts in Portuguese, Italian, Czech and Polish, in the forms a document writes them
# (masculine, feminine, plural): leaked files and judgments are not only in English,
# French and Spanish.
MORE_LANGUAGES = phrase_list(
    """
    vereador, vereadora, vereadores, prefeito, prefeita, prefeitos, deputado, deputada,
    deputados, senador, senadora, juiz, juíza, juízes, desembargador, desembargadora,
    promotor, promotora, promotores, procurador, procuradora, procuradores, advogado,
    advogada, advogados, jornalista, jornalistas, repórter, médico, médica, médicos,
    enfermeiro, enfermeira, enfermeiros, motorista, motoristas, policial, policiais,
    delegado de polícia, escrivão, escrivã, funcionário, funcionária, funcionários,
    servidor público, servidora pública, servidores públicos, secretário, secretária,
    diretor, diretora, diretores, gerente, gerentes, comerciante, comerciantes,
    pedreiro, lavrador, lavradora, agricultor, professora, professores, assessor,
    assessora, vigilante, vigia, faxineira, empregada doméstica,
    chefe, chefes, chefe de gabinete, chefe de serviço, chefe de divisão, chefe de secção,
    tesoureiro, tesoureira, vogal, vogais, guarda-nocturno, guarda-noturno,
    guarda nocturno, guarda noturno, guarda prisional, guardas prisionais, carcereiro,
    diretor-geral, diretora-geral, director-geral, directora-geral, subdiretor,
    subdiretora, inspetor, inspetora, inspector-geral, inspetor-geral, agente da polícia,
    oficial de justiça, magistrado, magistrada, procurador-geral, ministro, ministra,
    conselheiro, conselheira, técnico, técnica, assistente social, assistentes sociais,
    operário, operária, pescador, pescadores, marinheiro, estivador, estivadores,
    comandante, sargento, capitão, tenente, soldado, contabilista, contador, contadora,
    engenheiro, engenheira, arquiteto, arquiteta, economista, empresário, empresária,
    sócio-gerente, sócia-gerente, administrador, administradora, servente, cozinheiro,
    cozinheira, empregado, empregada, trabalhador, trabalhadora, camponês, camponesa,
    vendedor, vendedora, taxista, mototaxista, carpinteiro, eletricista, mecânico,
    costureira, farmacêutico, farmacêutica, dentista, parteira, freira, despachante,
    despachante aduaneiro, verificador aduaneiro, guarda-fiscal, fiscal, fiscais,
    defensor, defensora, defensor público, defensora pública, defensor del pueblo,
    defensora del pueblo, provedor de justiça, provedora de justiça,
    défenseur des droits, avocat commis d'office, avocate commise d'office,
    patron, sereno, vigilante nocturno, relator, relatora,
    sous-prefet, sous-prefete, prefet, prefete, secretaire general, secretaire generale,
    giudice, giudici, magistrato, magistrata, procuratore, procuratrice, pubblico
    ministero, avvocato, avvocata, avvocati, giornalista, giornalisti, medico, medici,
    infermiere, infermiera, infermieri, sindaco, sindaca, assessore, assessora,
    consigliere, consigliera, consiglieri, carabiniere, carabinieri, poliziotto,
    poliziotta, poliziotti, funzionario, funzionaria, funzionari, dirigente, dirigenti,
    direttore, direttrice, impiegato, impiegata, impiegati, operaio, operaia, operai,
    imprenditore, imprenditrice, insegnante, insegnanti, maresciallo, brigadiere,
    questore, prefetto, cancelliere, commercialista, segretario, segretaria,
    ředitel, ředitelka, ředitelé, soudce, soudkyně, státní zástupce, státní zástupkyně,
    advokát, advokátka, novinář, novinářka, novináři, lékař, lékařka, lékaři,
    zdravotní sestra, policista, policistka, policisté, úředník, úřednice, úředníci,
    starosta, starostka, místostarosta, hejtman, náměstek, náměstkyně, učitel,
    učitelka, vedoucí, jednatel, podnikatel, dělník, dělníci, řidič, řidiči,
    naczelnik, naczelniczka, dyrektor, dyrektorka, kierownik, kierowniczka, prezes,
    prezeska, komendant, sędzia, sędziowie, prokurator, prokuratorka, prokuratorzy,
    adwokat, adwokatka, radca prawny, dziennikarz, dziennikarka, dziennikarze, lekarz,
    lekarka, lekarze, pielęgniarka, policjant, policjantka, policjanci, urzędnik,
    urzędniczka, urzędnicy, burmistrz, wójt, starosta powiatu, wojewoda, nauczyciel,
    nauczycielka, kierowca, kierowcy, strażnik, strażnicy, górnik, górnicy, robotnik,
    robotnicy, przedsiębiorca, księgowa, księgowy, sekretarz,
    tratorista, tratoristas, diarista, diaristas, encarregado, encarregada, encarregados,
    perito, perita, peritos, peritas, perito judicial, perita judicial, vérificateur,
    vérificatrice, vérificateurs, vérificateur des douanes, verificador, verificadora,
    customs declarant, customs declarants, declarante de aduanas, analista, analistas,
    lonko, lonkos, longko, werkén, werken, machi, cacique, cacica, caciques, curaca,
    kuraka, apu, mallku, jilakata, tycoon, tycoons, magnate, magnat, assayer, assayers,
    office-holder, office-holders, office holder, officeholder, focal point, focal points
    """
)

# Nouns that name a job only after the noun that says what is sold, ridden, picked or
# owned ("charcoal seller", "tea picker", "kiosk owner", "factory hand"); alone they
# are ordinary words ("the seller", "a hand", "the owner").
COMPOUND_HEADS = _set(
    """
    owner owners seller sellers rider riders picker pickers plucker pluckers hand hands
    mate mates tapper tappers sorter sorters grower growers puller pullers pusher pushers
    minder minders sweeper sweepers packer packers repairer repairers mender menders
    shiner shiners planter planters gatherer gatherers catcher catchers lender lenders
    healer healers leader leaders member members candidate candidates attendant
    attendants instructor instructors agent agents collector collectors keeper keepers
    insider insiders source sources
    """
)
# "source" is a person only after a word that says where the source sits ("a police
# source"), not "an open source" or "a water source".
SOURCE_PLACES = _set(
    """
    government police military diplomatic intelligence security judicial ministry customs
    official palace party army western embassy opposition industry company senior
    informed well-placed local trusted confidential protected human military court
    prison hospital union regime presidential administration
    """
)
# Words before those nouns that make no trade of them ("right hand", "family member").
NOT_BEFORE_COMPOUND = _set(
    """
    right left upper lower bare free helping firm steady second-hand first-hand
    family founding former sole joint majority minority rightful legal lawful
    """
)
# Verb forms in -ing that name a trade or a duty before a post ("shipping agent",
# "driving instructor", "arresting officer", "visiting professor").
GERUND_MODIFIERS = _set(
    """
    shipping driving nursing teaching banking mining clearing forwarding catering
    cleaning cooking farming fishing publishing marketing accounting engineering
    housing licensing training sewing printing bottling packing trading recruiting
    recruitment boarding parking booking lending loading hauling logging building
    plumbing roofing welding processing manufacturing ticketing gaming betting boxing
    sailing hunting trucking towing gardening housekeeping bookkeeping ride-hailing
    money-lending drilling blasting sorting washing ironing dyeing tanning hairdressing
    counselling counseling mentoring monitoring reporting broadcasting advertising
    consulting programming planning polling screening interviewing investigating
    presiding sitting serving visiting attending admitting arresting commanding
    issuing supervising managing examining receiving dispatching booking nursing
    lending sewing teaching-assistant finishing cutting spinning weaving
    """
)
# Titles abbreviated before a name ("Sgt. Moore", "Lt. Col. Brand", "Insp Wanjiru").
TITLE_ABBREVIATIONS = _set(
    """
    sgt sgts lt lieut col capt cpt maj gen brig cpl lcpl pte pvt insp supt det cmdr cdr
    adm cdre cmdt comdt cllr prof rev revd fr gov sen rep amb asp dsp ssp sho asi igp
    dig adjt wo cpo po sgm msgt ssgt
    dr dra drs atty engr ing arq me mtre pr
    lic licda licdo lcda lcdo abog adv advt cnel tcnel tte sgto gral cmdte pbro mons
    const ds di dc dci dsu pc rn
    hon barr eng pharm
    avv dott geom rag arch ten cap mar magg app
    """
)
# Titles abbreviated that are also ordinary words: only with their full stop.
TITLE_ABBREVIATIONS_DOTTED = _set(
    "col gen det rep sen gov fr maj adm po wo ing arq pr lic adv tte gral mons const"
    " hon barr eng pharm rag arch ten cap mar app"
)
# Dotted titles that are also the abbreviations of other things ("Ct. App." for a court of
# appeal, "Cap. Haitien", "Cap. 12" for a chapter): only before a name of two capitalised
# words ("App. Marco Vella", "Cap. Sara Galea").
TITLE_ABBREVIATIONS_BEFORE_FULL_NAME = _set("app cap")
# Titles in full that stand before a name as a post does ("Sister Agnes", "Father Ruiz",
# "Member Yadav" in a council's minutes): capitalised, and only before a name.
TITLE_WORDS = _set("sister father member père frère padre fray maître maitre")
# Prefixes that make a post of another post ("ex-soldier", "sub-chief",
# "vice-chancellor", "exalcalde", "subdirector", "co-founder").
POST_PREFIXES = ("ex-", "sub-", "vice-", "co-", "under-", "sous-", "pro-", "deputy-", "acting-")
JOINED_PREFIXES = ("ex", "sub", "vice")
# Words after a hyphen that make a post of another ("auditor-general",
# "editor-in-chief", "president-elect").
POST_SUFFIXES = (
    "-general",
    "-in-chief",
    "-elect",
    "-designate",
    "-at-arms",
    "-at-large",
    "-chef",
    "-major",
    "-at-law",
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
    "ologue",
    "ologues",
    "ólogo",
    "ólogos",
    "óloga",
    "ólogas",
    "ologista",
    "ologistas",
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
    prologue prologues monologue monologues apologue prólogo prólogos monólogo monólogos
    homólogo homólogos homóloga homólogas ecologista ecologistas
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
