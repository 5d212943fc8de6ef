"""What a person is or lives with, as whole expressions: health (``type 1 diabetes``,
``HIV-positive``, ``partially deaf``) and family and social status (``widow``,
``asylum seeker``, ``married with two children``, ``père de cinq enfants``).

Both are vocabulary: a head term in English, French or Spanish, with the words before
and after it that belong to it ("chronic", "severe", "type 1"; "of three").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.burns import burns
from workstation.detection.phrases.health_words import (
    MORE_AFTER,
    MORE_BEFORE,
    MORE_HEALTH,
    MORE_STATUS,
    is_condition_word,
)
from workstation.detection.phrases.nationalities import CAPITALISED as NATIONALITIES
from workstation.detection.phrases.occupation_words import with_plurals
from workstation.detection.phrases.tokens import Lexicon, Word, gap_is_space, phrase_list, words
from workstation.detection.phrases.tokens import word_set as _set

SCORE = 0.6

HEALTH = Lexicon(
    phrase_list(
        """
        diabetes, diabetic, HIV, HIV-positive, HIV positive, HIV infection, AIDS, HIV/AIDS,
        tuberculosis, TB, hepatitis, hepatitis A, hepatitis B, hepatitis C, cancer,
        leukaemia, leukemia, tumour, tumor, epilepsy, epileptic, asthma, asthmatic,
        depression, depressive disorder, schizophrenia, schizophrenic, bipolar disorder,
        bipolar, psychosis, psychotic, PTSD, post-traumatic stress disorder,
        post-traumatic stress, anxiety disorder, mental illness, mental disorder,
        mental disability, intellectual disability, learning disability,
        psychiatric disorder, psychiatric condition, personality disorder, autism, autistic,
        dementia, Alzheimer's, Alzheimer's disease, Parkinson's, Parkinson's disease,
        multiple sclerosis, cerebral palsy, Down syndrome, Down's syndrome, polio,
        blind, blindness, visually impaired, deaf, deafness, hearing impaired, mute,
        paraplegic, paraplegia, quadriplegic, tetraplegic, paralysed, paralyzed,
        paralysis, disabled, disability, disabilities, handicapped, amputee, amputated,
        wheelchair user, in a wheelchair, pregnant, pregnancy, miscarriage, miscarried,
        malnutrition, malnourished, anaemia, anemia, heart disease, heart condition,
        heart failure, heart attack, stroke, hypertension, high blood pressure,
        kidney disease, kidney failure, renal failure, dialysis, liver disease,
        cirrhosis, malaria, cholera, typhoid, COVID-19, leprosy, Ebola, sickle cell,
        sickle-cell anaemia, sickle cell disease, stutter, alcoholism, alcoholic,
        drug addiction, drug addict, addiction, addicted, insomnia, infertile,
        infertility, HIV-infected, seropositive, terminally ill, terminal illness,
        chronic illness, chronic pain, brain injury, head injury, spinal injury,
        hunger strike, short of breath, breathing difficulties, difficulty breathing,
        Alzheimer, Parkinson, anxiety, panic attacks, trauma,
        psychological trauma, traumatised, traumatized, nightmares, suicidal,
        suicide attempt, attempted suicide, self-harm, eating disorder, anorexia, bulimia,
        obesity, ketoacidosis, diabetic ketoacidosis, diabetic coma, coma, wheelchair,
        crutches, prosthesis, prosthetic leg, prosthetic limb, hearing aid, partially sighted,
        blinded, lost sight, concussion, lacerations, bruising, bruises, haematoma, hematoma,
        contusions, abrasions, gunshot wound, gunshot wounds, stab wound, stab wounds,
        bullet wound, internal bleeding, bleeding, haemorrhage, hemorrhage, osteoporosis,
        arthritis, rheumatism, glaucoma, cataract, cataracts, migraine, migraines, ulcer,
        stomach ulcer, gastritis, pneumonia, bronchitis, scabies, dysentery, diarrhoea,
        diarrhea, mental health problems, mental health condition, mental health issues,
        psychological problems, psychiatric treatment, antiretroviral treatment,
        antiretroviral drugs, antiretrovirals, chemotherapy, radiotherapy, fracture,
        fractures, infection, sepsis, gangrene, frostbite, dehydration, hypothermia,
        heatstroke, speech impediment,
        hearing loss, memory loss, loss of sight, loss of hearing, limp, miscarriages,
        stillbirth, caesarean, Covid, COVID, long Covid, hypertensive, anaemic, anemic,
        blessures, blessé, blessée, fracture du crâne, ecchymoses, hématomes, brûlures,
        traumatisme crânien, stress post-traumatique, fauteuil roulant, béquilles,
        heridas, herido, herida, fractura, lesiones, quemaduras, hematomas, silla de ruedas,
        diabète, diabétique, séropositif, séropositive, VIH, sida, tuberculose, hépatite,
        cancer, épilepsie, épileptique, asthme, dépression, schizophrénie,
        schizophrène, aveugle, sourd, sourde, muet, muette, paraplégique, tétraplégique,
        handicapé, handicapée, handicap, enceinte, grossesse, fausse couche,
        malnutrition, hypertension, hypertension artérielle, insuffisance rénale,
        insuffisance cardiaque, maladie rénale, maladie cardiaque, maladie mentale,
        paludisme, drépanocytose, troubles psychiatriques, trouble psychiatrique,
        diabético, diabética, seropositivo, seropositiva, tuberculosis, ciego, ciega,
        sordo, sorda, embarazada, embarazo, discapacidad, discapacitado, discapacitada,
        minusválido, minusválida, parapléjico, parapléjica, desnutrición, depresión,
        esquizofrenia, epilepsia, insuficiencia renal, enfermedad mental
        """
    )
    + MORE_HEALTH
)
_HEALTH_BEFORE = (
    _set(
        """
    a an registered certified chronic severe acute terminal advanced mild moderate partial
    partially total totally
    congenital permanent permanently mental physical psychiatric type profound profoundly 1 2
    progressive degenerative late-stage early-stage suspected diagnosed untreated
    chronique sévère grave aiguë aigu partiel partielle totale total mentale physique
    crónico crónica grave severo severa parcial total
    """
    )
    | MORE_BEFORE
)
_HEALTH_AFTER = (
    _set(
        """
    chronique chronic aiguë sévère grave artérielle rénale cardiaque mentale partielle
    totale crónica crónico severa grave 1 2 i ii a b c positive thoughts tendencies
    pension allowance benefit benefits
    """
    )
    | MORE_AFTER
)

STATUS = Lexicon(
    with_plurals(
        phrase_list(
            """
        widow, widower, widowed, orphan, orphaned, married, unmarried, single, divorced,
        divorcee, divorcée, divorce, separated, remarried, engaged, betrothed, cohabiting,
        single mother, single father, single parent, lone parent, stepfather, stepmother,
        foster child, foster parent, adopted, adoptive, illegitimate,
        prisoner, detainee, remand prisoner, inmate, convict, ex-convict,
        ex-prisoner, former prisoner, former detainee, political prisoner, parolee,
        fellow inmate, fellow prisoner, fellow detainee, co-accused, co-defendant,
        asylum seeker, asylum-seeker, refugee, migrant, undocumented migrant,
        irregular migrant, illegal immigrant, immigrant,
        stateless, displaced person, internally displaced, returnee, deportee,
        homeless, unemployed, jobless, pensioner, retiree, retired, student,
        schoolboy, schoolgirl, minor, unaccompanied minor, juvenile, sole carer,
        sole breadwinner, breadwinner, dependant, dependent, guardian, ward, heir,
        veuf, veuve, orphelin, orpheline, marié, mariée, célibataire, divorcé, divorcée,
        séparé, séparée, concubin, concubine, réfugié, réfugiée,
        demandeur d'asile, demandeuse d'asile, détenu, détenue,
        prisonnier, prisonnière, codétenu, sans-abri, sans domicile fixe,
        chômeur, chômeuse, retraité, retraitée, étudiant, étudiante, mineur,
        mineure, mineur non accompagné, seul soutien de famille, soutien de famille,
        apatride, migrant, migrante, clandestin, clandestine,
        viudo, viuda, huérfano, huérfana, casado, casada, soltero, soltera, divorciado,
        divorciada, separado, separada, refugiado, refugiada,
        solicitante de asilo, detenido, detenida, preso, presa, recluso, reclusa, desempleado,
        desempleada, jubilado, jubilada,
        estudiante, estudiantes,
        menor, menor de edad, menor no acompañado, indocumentado, indocumentada
        """
        )
        + MORE_STATUS
    )
)
# "sole carer of his mother", "guardian of two nephews": whom a person cares for.
# Also as a verb: "caring for disabled son", "looks after her mother".
_CARER = re.compile(
    r"(?i:(?:(?:sole[ ]|main[ ]|primary[ ]|only[ ])?(?:carer|caregiver|care-giver|guardian"
    r"|breadwinner|provider|tutor|tutrice|soutien)[ \n](?:of|for|to|de|du|des)"
    r"|(?:caring|cares|looking|looks)[ ](?:for|after))[ \n]"
    r"(?:(?:his|her|their|a|an|the|two|three|four|five|six|seven|eight|\d{1,2}|sa|son|ses)"
    r"[ \n])?(?:(?:young|elderly|disabled|sick|ageing|aging|invalid|orphaned|small|minor)"
    r"[ \n])?(?:mother|father|parents|grandmother|grandfather|grandparents|children|child"
    r"|son|sons|daughter|daughters|siblings|brothers|sisters|brother|sister|nephews?"
    r"|nieces?|grandchildren|husband|wife|family|mère|père|parents|enfants|famille)\b)"
)
# How many children: a figure or a number word in the four languages.
_HOW_MANY = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several"
    r"|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|uno|una|dos|tres|cuatro|cinco|seis"
    r"|siete|ocho|nueve|diez|um|uma|dois|duas|três|quatro|sete|oito|nove|dez)"
)
_YOUNG = (
    r"(?:young|small|minor|grown-up|adult|teenage|teen|grown|school-age|little|adolescent"
    r"|jeunes|petits|pequeños|adolescentes|adolescents)"
)
_CHILDREN = (
    r"(?:children|child|sons|son|daughters|daughter|kids|boys|girls|enfants|enfant|fils"
    r"|filles|fille|hijos|hijo|hijas|hija|niños|filhos|filho|filhas|filha)"
)
# "mother of three", "married with two children", "père de cinq enfants mineurs",
# "married with two teenage daughters".
_FAMILY = re.compile(
    r"(?:(?:single|widowed|divorced|young|lone|married|separated|unmarried)[ ])?"
    r"(?:mother|father|parent|grandmother"
    r"|grandfather|mère|père|madre|padre|mãe|pai|grand-mère|grand-père)[ \n](?:of|de)[ \n]"
    rf"(?:{_HOW_MANY}(?:(?:[ \n]{_YOUNG})?[ \n]{_CHILDREN}"
    r"(?:[ ](?:mineurs|en[ ]bas[ ]âge|menores))?)?"
    r"|(?:an?|un|une|um|uma)[ \n](?:prisoner|detainee|inmate|refugee|convict|deserter"
    r"|détenu|prisonnier|preso|detenido|recluso|refugiado|réfugié))\b"
    r"|(?:married|mariée?|casada?|casado)[ \n](?:with|et|y|con|com)[ \n](?:(?:father|mother"
    rf"|père|mère|padre|madre)[ \n](?:of|de)[ \n])?{_HOW_MANY}[ \n](?:{_YOUNG}[ \n])?"
    rf"{_CHILDREN}\b",
    re.IGNORECASE,
)
_CARER_STARTS = _set(
    """
    sole main primary only carer caregiver care-giver guardian breadwinner provider tutor
    tutrice soutien caring cares looking looks
    """
)
_FAMILY_STARTS = _set(
    """
    single widowed divorced young lone separated unmarried mother father parent grandmother
    grandfather mère mãe pai
    père madre padre grand-mère grand-père married marié mariée casado casada
    """
)
# Ordinary words that are statuses only in some uses: kept when a person is meant.
_WEAK = _set(
    """
    single engaged separated dependent adopted ward heir victim survivor witness minor
    married student retired menor mineur adoptive juvenile guardian dependant divorce
    prisoner detainee inmate convict refugee migrant immigrant détenu détenue detenido
    detenida preso presa recluso reclusa réfugié réfugiée refugiado refugiada estudiante
    étudiant étudiante detido detida estudante reformado reformada
    """
)
_WEAK_BEFORE = _set(
    """
    a an is was as became become being un une una est était es era fue single fellow another
    are were be been remain remains remained still now sont étaient son eran
    am soy estoy está estaba suis
    """
)
# Family statuses one weak word may be paired with: "widows or separated".
_MARITAL = _set(
    """
    widow widows widower widowers widowed divorced divorcee divorcees married unmarried
    separated single engaged remarried veuf veuve veuves divorcé divorcée marié mariée
    célibataire séparé séparée viudo viuda viudas divorciado divorciada casado casada
    soltero soltera separado separada
    """
)
# An age just before, then a comma: "he was 45 years old, married and", "Ana, 38, single".
_AGE_THEN_COMMA = re.compile(r"(?:[,(][ ]?\d{1,3}s?\)?|\bold|\bans|\baños|\bedad),[ \n]$")


# Injuries and the state of a part of the body: "a fractured left forearm", "a head
# wound", "chronic back pain", "burns to both eyes", "kidney function".
_BODY = (
    r"(?:neck[ ]of[ ](?:the[ ])?femur|head|skull|face|jaw|nose|eyes?|ears?|eardrums?|neck"
    r"|spine|back|chest|ribs?"
    r"|shoulders?|arms?|forearms?|elbows?|wrists?|hands?|hips?|pelvis|legs?"
    # the fingers by name: "the index and middle fingers", "his ring finger"
    r"|(?:(?:index|middle|ring|little)(?:,?[ ](?:and|or)[ ](?:index|middle|ring|little))?[ ])?"
    r"fingers?"
    r"|thighs?|knees?|ankles?|foot|feet|toes?|abdomen|stomach|kidneys?|liver|lungs?"
    r"|heart|brain|teeth|tooth|genitals|buttocks|soles|collarbone|cheekbone|lips?|scalp"
    r"|skin|breast|prostate|bladder|bowel|colon|throat|cervix|ovar(?:y|ies)|testicles"
    r"|eyebrows?|eyelids?|forehead|temple|cheeks?|mouth|gums?|groin|shins?|calf|heels?"
    r"|spinal[ ]cord|eye[ ]socket|hearing|sight|vision|femur|tibia|fibula|humerus|radius"
    r"|ulna|patella|kneecaps?|clavicle|sternum|vertebrae|vertebra|thumbs?|spleen|womb"
    r"|uterus|discs?|ligaments?|tendons?|cartilage|meniscus|cornea|retina|nerves?"
    r"|lumbar[ ]spine|side|sides)"
)
_SIDE = r"(?:(?:left|right|upper|lower|both|one)[ \n])?"
_COUNT = r"(?:(?:two|three|four|five|six|several|all|most|some|both)[ ])?"
_WHOSE = r"(?:(?:his|her|their|its|my|the|a|an|one|both)[ \n])?"
_INJURY = re.compile(
    rf"(?i:\b(?:fractured|broken|dislocated|sprained|crushed|injured|bruised|swollen|burnt"
    rf"|burned|damaged|perforated|ruptured|cracked|torn|punctured|shattered|infected|severed"
    rf"|amputated)[ \n]{_SIDE}{_BODY}\b"
    rf"|\b{_SIDE}{_BODY}[ \n](?:wounds?|injury|injuries|fractures?|trauma|damage|pain|problems?"
    rf"|condition|disease|infection|function|failure|stones|cancer|tumou?r|ulcers?|disorder"
    rf"|surgery|operation)\b"
    rf"|\b(?:surgery|an[ ]operation|operations|amputation)[ ]on[ ](?:his|her|their|the)[ ]"
    rf"{_SIDE}{_BODY}\b"
    rf"|\b(?:(?:gunshot|bullet|stab|knife|crush|blast|shrapnel|machete|burn|bite)[ \n])?"
    rf"(?:wounds?|injury|injuries|fractures?|bruises"
    rf"|bruising|burns|burn[ \n]marks|scars|cuts?|lacerations?|haematomas?|hematomas?"
    rf"|contusions?|abrasions?|welts|swelling|bleeding)[ \n]"
    rf"(?:to|on|of|in|around|above|below|under|over|behind)[ \n]"
    rf"(?:(?:the|his|her|their|both|one|each|my|its)[ \n])?{_SIDE}{_BODY}\b"
    rf"|\b(?:Alzheimer|Parkinson|Crohn|Huntington)['\u2019]s(?:[ \n]disease)?)"
)
# What was done to a part of the body, said with a verb: "fractured his left wrist",
# "lost the sight of her right eye", "shot in the leg", "blind in one eye", "nerve
# damage in his right hand".
_INJURED = re.compile(
    rf"(?i:\b(?:fractured|broke|broken|dislocated|sprained|injured|hurt|damaged|lost|crushed)"
    rf"[ \n](?:(?:the[ \n]use|the[ \n]sight|the[ \n]hearing|the[ \n]vision|most)[ \n]of[ \n])?"
    rf"{_WHOSE}{_COUNT}{_SIDE}{_BODY}(?:[ \n](?:below|above)[ \n]the[ \n](?:knee|elbow))?\b"
    rf"|\b(?:shot|stabbed|wounded|hit|struck|beaten|burned|burnt|kicked|punched|slashed"
    rf"|cut)[ \n](?:in|on|to|through)[ \n]{_WHOSE}{_SIDE}{_BODY}\b"
    rf"|\b(?:blind|deaf)[ \n]in[ \n]{_WHOSE}{_SIDE}(?:eyes?|ears?)\b"
    rf"|\b(?:nerve[ \n])?(?:damage|pain|numbness|paralysis|weakness|loss[ ]of[ ]feeling)"
    rf"[ \n](?:in|to|of)[ \n]{_WHOSE}{_SIDE}{_BODY}\b"
    rf"|\b(?:the[ \n])?(?:loss|amputation|removal|partial[ ]loss|total[ ]loss"
    r"|(?:partial|total|traumatic)[ ]amputation)[ \n]of[ \n]"
    rf"(?:(?:the[ ]use|the[ ]sight|the[ ]hearing|the[ ]vision|most)[ \n]of[ \n])?"
    rf"{_WHOSE}{_COUNT}{_SIDE}{_BODY}\b)"
)
# More parts of the body joined to an injury: "burns to his hands and face", "cuts to
# the arms, legs and back".
_MORE_BODY = re.compile(
    rf"(?i:(?:,[ ]|,?[ \n](?:and|or)[ \n]|[ \n]of[ \n](?=(?:his|her|their|the|each|both)[ \n]))"
    rf"{_WHOSE}{_SIDE}{_BODY}\b)"
)
_ENDS_IN_BODY = re.compile(rf"(?i:\b{_BODY})$")
# What an injury or a trauma followed, when said in a word or two: "trauma following
# the attack", "injuries sustained in the explosion", "scarring from the fire".
_CAUSE = re.compile(
    r"(?i:[ \n](?:following|after|from|caused[ ]by|resulting[ ]from|sustained[ ](?:in|during)"
    r"|due[ ]to|as[ ]a[ ]result[ ]of)[ \n](?:the|a|an|his|her|their|its)[ \n]"
    r"(?:(?:[a-z][a-z-]{2,})[ ])?"
    r"(?:attack|assault|beating|beatings|explosion|blast|fire|crash|accident|collapse|fall"
    r"|shooting|raid|bombing|torture|abuse|rape|ordeal|detention|arrest|interrogation"
    r"|incident|ambush|riot|earthquake|flood|stabbing|arson|massacre|killing|killings"
    r"|violence|kidnapping|abduction|war|conflict|shelling|airstrike|strike)s?\b)"
)
_CAUSED = re.compile(
    r"(?i:(?:trauma|stress|disorder|ptsd|injury|injuries|wounds?|burns|scarring|scars"
    r"|fractures?|bruising|shock|anxiety|depression|nightmares|insomnia|paralysis|pain"
    r"|disability|damage|bleeding|amnesia|concussion|[a-z]+itis)(?:[ ]\([A-Z]{2,6}\))?)$"
)
# A condition's short name in brackets after it, and what a record says of it before.
_SHORT_NAME = re.compile(r"[ ]\((?:[A-Z][A-Za-z0-9-]{1,7})\)")
_HISTORY_OF = re.compile(
    r"(?i:\b(?:an?[ ])?(?:(?:long|documented|known|family|previous|medical)[ ])?"
    r"(?:history|signs|symptoms|diagnosis|episodes?|bouts?)[ ]of[ ]$"
    r"|\b(?:atteinte?s?|afectad[oa]s?|acometid[oa]s?)[ ]d(?:e[ ]|['\u2019])$)"
)
# Where in the body a listed condition is: "cataracts in both eyes", "cancer of the
# liver", "paralysed on his left side", and in French and Spanish "de pulmón".
_WHERE = re.compile(
    rf"(?i:[ \n](?:in|of|on|to|affecting)[ \n]{_WHOSE}{_SIDE}(?:{_BODY}|side|sides)\b)"
)
# The same in French and Spanish: "fracture de la hanche gauche", "fractura de cadera".
_BODY_FR_ES = (
    r"(?:hanche|jambe|bras|main|pied|genou|cheville|poignet|épaule|dos|colonne[ ]vertébrale"
    r"|crâne|tête|côtes?|mâchoire|nez|œil|yeux|oreilles?|coude|doigts?|fémur|tibia|clavicule"
    r"|bassin|cadera|pierna|brazo|mano|pie|rodilla|tobillo|muñeca|hombro|espalda"
    r"|columna(?:[ ]vertebral)?|cráneo|cabeza|costillas?|mandíbula|nariz|ojo|oído|codo"
    r"|dedos?|clavícula|pelvis|pulmón|pulmones|poumons?|foie|hígado|riñón|riñones|reins?"
    r"|cerveau|cerebro|sein|seins|mama|estómago|estomac|próstata|prostate|piel|peau|côlon"
    r"|colon|páncreas|pancréas|útero|utérus|vejiga|vessie|oreja|œil[ ]droit|œil[ ]gauche"
    r"|falanges|phalanges|muñecas|poignets|mains|manos|pieds|pies|jambes|piernas|brazos"
    r"|rodillas|hombros|tobillos|caderas|codos|genoux|hanches|épaules|chevilles|coudes)"
)
_WHERE_FR_ES = re.compile(
    r"(?i:[ ](?:de[ ]la|de[ ]l['\u2019]|du|des|de|del|au|à[ ]la|aux|en[ ]la|en[ ]el|en)[ ]?"
    rf"{_BODY_FR_ES}(?:[ ](?:gauche|droite|droit|izquierda|izquierdo|derecha|derecho))?\b"
    r"|\bperdu[ ]l['\u2019]usage[ ](?:de[ ](?:son|sa|ses|la)|du|des|de[ ]l['\u2019])[ ]?"
    rf"{_BODY_FR_ES}(?:[ ](?:gauche|droite|droit))?\b"
    r"|\b(?:operad[oa]|intervenid[oa]|opéré|opérée)[ ](?:de[ ]la|de[ ]l['\u2019]|del|du|de"
    rf"|au|à[ ]la)[ ]?{_BODY_FR_ES}(?:[ ](?:gauche|droite|izquierda|derecha))?\b)"
)
_INJURY_FR_ES = re.compile(
    r"(?i:\b(?:fractures?|fracturas?|luxation|luxación|entorse|esguince|blessures?|heridas?"
    r"|lésions?|lesiones|lesión|brûlures?|quemaduras?|traumatisme|traumatismo|amputation"
    r"|amputación)[ \n](?:(?:ouverte|fermée|déplacée|traumatique|abierta|expuesta|cerrada"
    r"|traumática|multiples?|múltiples|grave|graves)[ \n])?"
    r"(?:(?:de[ ]la|de[ ]l['\u2019]|de[ ]las|de[ ]los|du|des|de|del|au|à[ ]la|aux|en[ ]la"
    r"|en[ ]el|en)[ \n]?)?"
    rf"{_BODY_FR_ES}(?:[ ](?:gauche|droite|droit|izquierda|izquierdo|derecha|derecho))?\b"
    r"|\bperdu[ ]l['\u2019]usage[ ](?:de[ ](?:son|sa|ses|la)|du|des|de[ ]l['\u2019])[ ]?"
    rf"{_BODY_FR_ES}(?:[ ](?:gauche|droite|droit))?\b"
    r"|\b(?:operad[oa]|intervenid[oa]|opéré|opérée)[ \n](?:de[ ]la|de[ ]l['\u2019]|del|du|de"
    rf"|au|à[ ]la|des[ ]deux|de[ ]ambas|de[ ]ambos|de[ ]los[ ]dos|de[ ]las[ ]dos)[ \n]?"
    rf"{_BODY_FR_ES}(?:[ ](?:gauche|droite|izquierda|derecha))?\b)"
)
# The words an injury, a condition or a cue can begin with: the patterns are tried only
# where one of them stands, not at every character of a long document.
_BODY_FIRST_WORDS = _set(
    """
    head skull face jaw nose eye eyes ear ears eardrum eardrums neck spine back chest rib
    ribs shoulder shoulders arm arms forearm forearms elbow elbows wrist wrists hand hands
    finger fingers hip hips pelvis leg legs thigh thighs knee knees ankle ankles foot feet
    toe toes abdomen stomach kidney kidneys liver lung lungs heart brain teeth tooth
    genitals buttocks soles collarbone cheekbone lip lips scalp skin breast prostate
    bladder bowel colon throat cervix ovary ovaries testicles eyebrow eyebrows eyelid
    eyelids forehead temple cheek cheeks mouth gum gums groin shin shins calf heel heels
    spinal hearing sight vision femur tibia fibula humerus radius ulna patella kneecap
    kneecaps clavicle sternum vertebrae vertebra thumb thumbs spleen womb uterus disc discs
    ligament ligaments tendon tendons cartilage meniscus cornea retina nerve nerves lumbar
    """
)
_SIDE_WORDS = _set("left right upper lower both one")
_INJURY_STARTS = (
    _BODY_FIRST_WORDS
    | _SIDE_WORDS
    | _set(
        """
    fractured broken dislocated sprained crushed injured bruised swollen burnt burned
    damaged perforated ruptured cracked torn punctured shattered infected severed amputated
    surgery an operations amputation gunshot bullet stab knife crush blast shrapnel machete
    burn bite wound wounds injury injuries fracture fractures bruises bruising burns scars
    cut cuts laceration lacerations haematoma haematomas hematoma hematomas contusion
    contusions abrasion abrasions welts swelling bleeding alzheimer parkinson crohn
    huntington
    """
    )
)
_INJURED_STARTS = _set(
    """
    fractured broke broken dislocated sprained injured hurt damaged lost crushed shot stabbed
    wounded hit struck beaten burned burnt kicked punched slashed cut blind deaf nerve damage
    pain numbness paralysis weakness loss the amputation removal partial total
    """
)
_INJURY_FR_ES_STARTS = _set(
    """
    amputation amputación fracture fractures fractura fracturas luxation luxación entorse
    esguince blessure
    blessures herida heridas lésion lésions lesiones lesión brûlure brûlures quemadura
    quemaduras traumatisme traumatismo perdu operado operada intervenido intervenida opéré
    opérée
    """
)


def _at_words(
    pattern: re.Pattern[str], text: str, starts: frozenset[str]
) -> Iterator[re.Match[str]]:
    """The matches ``pattern.finditer`` would give, for a pattern whose every match
    begins a word of ``starts``: one ``match`` per such word instead of a scan."""
    end = 0
    for word in words(text):
        for start in _starts_in(word, starts):
            if start < end:
                continue
            found = pattern.match(text, start)
            if found:
                end = found.end()
                yield found


def _starts_in(word: Word, starts: frozenset[str]) -> list[int]:
    """Where in a word a match may begin: the word, or a part of it after a hyphen
    ("heart" in "open-heart")."""
    if word.lower in starts:
        return [word.start]
    if "-" not in word.lower:
        return []
    found, offset = [], 0
    for part in word.lower.split("-"):
        if part in starts:
            found.append(word.start + offset)
        offset += len(part) + 1
    return found


_INJURY_LEAD = re.compile(
    r"(?i:\b(?:an?|two|three|four|several|multiple|serious|severe|deep|minor|old|fresh"
    r"|open|compound|permanent|chronic|acute|internal|visible|extensive)[ ])+$"
)
# "suffers from ...", "diagnosed with ...": the condition named after the cue.
_CUED = re.compile(
    r"\b(?:suffer(?:s|ed|ing)?[ ]from|diagnosed[ ]with|treated[ ]for|died[ ](?:of|from)"
    r"|living[ ]with|hospitali[sz]ed[ ](?:with|for)|admitted[ ]with"
    r"|souffr(?:e|ait|ant)[ ]d(?:e|u|es|['\u2019])|atteinte?[ ]d(?:e|u|es|['\u2019])"
    r"|padece[ ]de|sufre[ ]de|recovering[ ]from|tested[ ]positive[ ]for"
    r"|(?:receiv(?:es|ed|ing)|under(?:goes|went|going))[ ](?:treatment|medication|surgery)"
    r"[ ]for|(?:takes|taking|took|prescribed)[ ](?:medication|medicine|pills|tablets)[ ]for"
    r"|(?:soign[ée]e?|trait[ée]e?)[ ]pour|diagnostiqu[ée]e?[ ](?:avec|d['\u2019]un|d['\u2019]une)"
    r"|diagnosticad[oa][ ](?:con|de)|enferm[oa][ ]de|tratad[oa][ ]por|addicted[ ]to"
    r"|infected[ ]with"
    r"|dependent[ ]on[ ](?=alcohol|heroin|opioids|drugs|cocaine|crack))[ ]?"
)
# A condition named by its head noun and the words before it that say which: "a rare
# genetic disorder", "obsessive compulsive disorder", "a chest infection".
_CONDITION = re.compile(
    r"(?<![\w-])(?:(?!(?:the|a|an|and|or|of|his|her|their|this|that|with|from|for|no|any"
    r"|some|its|our|your|my|is|was|has|had|to|in|on|at|by|as)\b)[a-z][a-z'-]{2,}[ ]){1,3}"
    r"(?:disorders?|syndrome|diseases?|illness|palsy|dystrophy|deficiency|infections?)\b"
)
_NOT_MEDICAL = re.compile(
    r"\b(?:civil|public|social|political|economic|market|legal|electoral|software|computer"
    r"|system|network|malware|virus[ ]scan|plant|crop|animal|livestock|poultry|bird|cattle"
    r"|said|says|told|including|such|serious[ ]public)\b"
)
# A test result and an operation on a part of the body: "HCV-positive", "surgery on
# her left knee".
_POSITIVE = re.compile(
    r"\b[A-Z][A-Za-z0-9]{1,5}-(?:positive|negative)\b|\b(?:HIV|VIH)\+"
    r"|\b(?:HIV|VIH)[ ](?:status|statut|positive|negative)\b"
)
_CUED_STOP = _set(
    """
    and or but after since in at for because which who when while during from with
    to on by as that than its his her their the this was is had has et ou depuis qui
    y o desde que
    """
)


# "seven months pregnant", "embarazada de siete meses", "enceinte de cinq mois".
_PREGNANT = re.compile(
    r"(?i)\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine)[ -](?:months?|weeks?)"
    r"[ \n]pregnant\b|\b(?:first|second|third|last)[ \n]trimester\b"
    r"|\b(?:pregnant|enceinte|embarazada|grávida|gestante)[ \n](?:de|of)[ \n](?:\d{1,2}|\w+)[ \n]"
    r"(?:mois|meses|months|semaines|semanas|weeks)\b"
    r"|\b(?:pregnant|pregnancy),?[ ](?:\d{1,2}|\w+)[ ](?:weeks|months)\b"
    # with its term written short or in brackets, in a register: "pregnant 24 wks",
    # "embarazada (6 meses)", "enceinte, 7 mois", "grávida de 20 sem."
    r"|\b(?:pregnant|pregnancy|enceinte|grossesse|embarazada|embarazo|grávida|gravidez"
    r"|gestante),?[ ](?:\(|de[ ])?\d{1,2}[ ]?(?:wks?|weeks?|w|sem\.?|semanas|semaines|s\.?a\."
    r"|months?|mos?\.?|meses|mois)\)?(?![\w])"
    r"|\b(?:con[ ]|à[ ])?\d{1,2}[ \n](?:semanas|meses|semaines|mois)[ \n]de[ \n]"
    r"(?:embarazo|gestación|grossesse)\b"
)
# Wounds described as a record does: with their size, kind and place ("incised wound
# 4 cm x 2 cm", "a 3 cm laceration below the left knee", "an oval scar 12 mm in diameter
# on the right forearm", "healing fractures of the right radius").
_SIZE = r"\d+(?:[.,]\d+)?[ ]?(?:cm|mm)"
_WOUND_KINDS = (
    r"(?:incised|lacerated|punctured|penetrating|stab|superficial|deep|healing|healed|round"
    r"|linear|circular|oval|old|fresh|open|gaping|contused|infected|partial-thickness"
    r"|full-thickness|closed|compound|displaced|comminuted|hairline|undisplaced)"
)
_WOUND = re.compile(
    rf"(?i:\b(?:(?:an?|two|three|four|several|multiple)[ ])?(?P<size_before>{_SIZE}[ ])?"
    rf"(?P<kind>(?:{_WOUND_KINDS}[ \n]){{1,2}})?"
    r"(?:wounds?|lacerations?|abrasions?|contusions?|bruises?|scars?|burns?|cuts?"
    r"|haematomas?|hematomas?|fractures?|ulcers?|sores?)"
    rf"(?P<size>[ ]{_SIZE}(?:[ ]?[x\u00d7][ ]?(?:{_SIZE}|cavity[ ]deep|bone[ ]deep|muscle[ ]deep))*"
    r"(?:[ \n]in[ \n](?:diameter|length|width))?)?"
    r"(?P<where>[ \n](?:on|over|above|below|to|of|in|at|across|behind|under|around)[ \n]"
    r"(?:the|his|her|their|both|each)[ \n](?:(?:left|right|upper|lower|outer|inner)[ \n])?"
    rf"(?:[a-z]+[ \n])?(?:{_BODY}|arch|bone|region|area|fascia|nipple)\b)?)"
)
# A part of the body and what was done to it, after it: "both ankles broken".
_BODY_THEN_INJURY = re.compile(
    rf"(?i:\b(?:(?:both|his|her|their|one|two|the)[ ])?{_SIDE}{_BODY}[ ](?:(?:is|are|was|were)[ ])?"
    r"(?:broken|fractured|dislocated|crushed|amputated|burnt|burned|shattered)\b)"
)
# A treatment that says the condition: "on dialysis", "on a ventilator".
_ON_TREATMENT = re.compile(
    r"\b(?:on|under)[ ](?:dialysis|haemodialysis|hemodialysis|a[ ]ventilator|oxygen"
    r"|life[ ]support|methadone)\b"
)
# A seizure suffered, not goods seized: "had a seizure", "suffered two seizures".
_SEIZURE = re.compile(
    r"\b(?:had|has|have|having|suffered|suffers|suffering|experienced|developed|with)[ ]"
    r"(?:(?:a|two|three|several|repeated|multiple|frequent|further|another)[ ])?"
    r"seizures?\b(?![ \n](?:of|by|from)\b)"
)
# A poisoning named by its poison: "carbon monoxide poisoning", "arsenic poisoning".
_POISONING = re.compile(r"\b(?:(?P<first>[a-z]{3,})[ ])?(?P<second>[a-z]{3,})[ ]poisoning\b")
# Conditions in French and Spanish named by their head and what follows it:
# "síndrome del intestino irritable", "trastorno de ansiedad", "syndrome de stress".
_CONDITION_FR_ES = re.compile(
    r"(?i:\b(?:síndrome|syndrome|trastorno|trastornos|troubles?)[ ](?:de[ ]la|de[ ]l['\u2019]"
    r"|del|des|du|de|d['\u2019])[ ]?[a-zà-ÿ]{3,}(?:[ ][a-zà-ÿ]{4,})?)"
)


def health(text: str) -> Iterator[LayoutSpan]:
    """Health conditions and disabilities, with their qualifiers; injuries; what is
    named after "suffers from" or "diagnosed with"."""
    spans = sorted((_widened(text, span) for span in _all_health(text)), key=lambda s: s.start)
    yield from _joined(text, spans)


def _widened(text: str, span: LayoutSpan) -> LayoutSpan:
    """The span with the parts of the body joined to it ("to his hands and face"), a
    short cause after it ("trauma following the attack"), since when ("since
    childhood"), the side ("hearing aid (L)"), and the verb that makes an event, an aid
    or a treatment of it ("had a stroke", "uses a walking frame", "on antidepressants"):
    the whole expression."""
    span = _with_lead(text, span)
    code = _icd_code_before(text, span.start)
    if code is not None:  # "F32.1 moderate depressive episode": the code names it too
        span = LayoutSpan(code, span.end, span.entity, span.score, span.reason)
    end = span.end
    tail = _SINCE.match(text, end) or _SIDE_MARK.match(text, end) or _WITHOUT_AID.match(text, end)
    tail = tail or _CLINICAL_STATE.match(text, end)
    if tail:
        end = tail.end()
        span = LayoutSpan(span.start, end, span.entity, span.score, span.reason)
    while _ENDS_IN_BODY.search(text, span.start, end):
        more = _MORE_BODY.match(text, end)
        if more is None:
            break
        end = more.end()
    if _CAUSED.search(text, span.start, end) or _ENDS_IN_BODY.search(text, span.start, end):
        cause = _CAUSE.match(text, end)
        end = cause.end() if cause else end
    if end == span.end:
        return span
    return LayoutSpan(span.start, end, span.entity, span.score, span.reason)


_JOINS = frozenset({" and ", " or ", ", ", " et ", " y ", " o ", " ou ", " to ", " "})
_SINCE = re.compile(
    r"[ ](?:since[ ](?:childhood|birth|infancy|early[ ]childhood)|from[ ]birth"
    r"|depuis[ ](?:l['\u2019]enfance|la[ ]naissance)|de[ ]naissance|desde[ ](?:la[ ]infancia"
    r"|el[ ]nacimiento|niñ[oa]|a[ ]infância|o[ ]nascimento|criança))\b"
)
_SIDE_MARK = re.compile(r"[ ]\((?:L|R|l|r|left|right|bilateral|both)\)")
# A code of the international classification of diseases before a diagnosis: "F32.1",
# "J62.8", "G35".
# Only where a record puts one: at the start of a line or a field, after "diagnosis",
# "ICD-10" or "code" (not "Room B12 ...").
_ICD_CODE = re.compile(
    r"(?:^[ \t]*|[:;(,\-\u2013][ \t]*|\b(?:diagnosis|diagnosed|ICD-10|ICD|code|Dx|CIM-10"
    r"|CIE-10)[ :]+)(?P<code>[A-TV-Z]\d\d(?:\.\d{1,2})?)[ ]",
    re.MULTILINE,
)


def _icd_code_before(text: str, start: int) -> int | None:
    """Where a disease code begins that stands just before ``start`` or that ``start``
    cuts into ("F32.1 ..." read from its "1"), or None."""
    window = max(0, start - 20)
    for match in _ICD_CODE.finditer(text, window, min(len(text), start + 4)):
        if match.start("code") < start <= match.end():
            return match.start("code")
    return None


# How a condition stands, written after it in a record: "hypertension, controlled",
# "silicosis (diagnosed)", "simple silicosis, stage 1", "diabète (traité)".
_CLINICAL_STATE = re.compile(
    r"(?i:,[ ](?:(?:well|poorly|partly|partially)[ -])?(?:controlled|uncontrolled|stable"
    r"|stabilised|stabilized|treated|untreated|diagnosed|confirmed|in[ ]remission"
    r"|stage[ ](?:\d|[IV]{1,3})|grade[ ](?:\d|[IV]{1,3})|contrôlée?|stable|traitée?|controlada?"
    r"|estable|tratada?)(?![\w-])"
    r"|[ ]\((?:(?:well|poorly)[ -])?(?:controlled|stable|treated|diagnosed|confirmed|suspected"
    r"|in[ ]remission|stage[ ](?:\d|[IV]{1,3})|traitée?|tratada?|diagnostiquée?"
    r"|diagnosticada?)\))"
)
# What a person cannot do without: "cannot walk without a stick".
_WITHOUT_AID = re.compile(
    r"[ ]without[ ](?:a[ ]|his[ ]|her[ ]|their[ ])?(?:walking[ ])?(?:stick|cane|crutches"
    r"|frame|help|assistance|support|wheelchair)\b"
)
# The verb before a condition that makes it an event, an aid used or a treatment
# followed: "had a stroke", "has had a heart attack", "uses a walking frame",
# "undergoing chemotherapy", "on antidepressants", "en diálisis".
_EVENT_LEAD = re.compile(r"\b(?:had|has[ ]had|have[ ]had)[ \n]$")
_AID_LEAD = re.compile(
    r"\b(?:uses|used|using|use|walks[ ]with|walked[ ]with|walking[ ]with|needs|relies[ ]on)"
    r"[ \n]$"
)
_TREATMENT_LEAD = re.compile(
    r"\b(?:undergoing|undergoes|underwent|receiving|receives|on|en|em|sous)[ \n]$"
)
_TREATMENTS = _set(
    """
    antidepressants antipsychotics antiretrovirals arvs insulin dialysis haemodialysis
    hemodialysis chemotherapy chemo radiotherapy methadone oxygen medication
    anticonvulsants antiepileptics diálisis diálise dialyse hemodiálisis hemodiálise
    hémodialyse quimioterapia chimiothérapie radioterapia radiothérapie
    """
)


def _with_lead(text: str, span: LayoutSpan) -> LayoutSpan:
    start = span.start
    first = text[start : span.end].split(maxsplit=1)[0].lower() if span.end > start else ""
    window = text[max(0, start - 20) : start]
    lead = None
    if first in ("a", "an"):
        lead = _EVENT_LEAD.search(window) or _AID_LEAD.search(window)
    elif first.strip('.,;:()"') in _TREATMENTS:
        lead = _TREATMENT_LEAD.search(window)
    if lead is None:
        return span
    return LayoutSpan(
        start - len(window) + lead.start(), span.end, span.entity, span.score, span.reason
    )


def _joined(text: str, spans: list[LayoutSpan]) -> Iterator[LayoutSpan]:
    """Conditions written one after another ("depression and panic attacks") as one
    span, so the word between them is not left readable."""
    current: LayoutSpan | None = None
    for span in spans:
        between = text[current.end : span.start].replace("\n", " ") if current else ""
        if current is not None and (span.start < current.end or between in _JOINS):
            end = max(current.end, span.end)
            current = LayoutSpan(current.start, end, "HEALTH", SCORE, current.reason)
            continue
        if current is not None:
            yield current
        current = span
    if current is not None:
        yield current


def _all_health(text: str) -> Iterator[LayoutSpan]:
    listed = list(_listed_health(text))
    yield from listed
    extra: list[LayoutSpan] = []
    for match in _at_words(_INJURY, text, _INJURY_STARTS):
        start = match.start()
        lead = _INJURY_LEAD.search(text, max(0, start - 40), start)
        if lead:
            start = lead.start()
        extra.append(LayoutSpan(start, match.end(), "HEALTH", SCORE, "injury"))
    injured = _at_words(_INJURED, text, _INJURED_STARTS)
    for match in (*injured, *_at_words(_INJURY_FR_ES, text, _INJURY_FR_ES_STARTS)):
        extra.append(LayoutSpan(match.start(), match.end(), "HEALTH", SCORE, "injury"))
    for match in _CONDITION.finditer(text):
        if not _NOT_MEDICAL.search(match.group()):
            extra.append(LayoutSpan(match.start(), match.end(), "HEALTH", SCORE, "condition"))
    for match in _POSITIVE.finditer(text):
        extra.append(LayoutSpan(match.start(), match.end(), "HEALTH", SCORE, "test result"))
    for match in _PREGNANT.finditer(text):
        extra.append(LayoutSpan(match.start(), match.end(), "HEALTH", SCORE, "pregnancy"))
    extra.extend(_described_wounds(text))
    extra.extend(burns(text))
    extra.extend(_clinical_shorthand(text))
    extra.extend(_unwell(text))
    lower = text.lower()
    for pattern, signs in _SIGNED_PATTERNS:
        if not any(sign in lower for sign in signs):
            continue  # every match holds one of these words
        for match in pattern.finditer(text):
            extra.append(LayoutSpan(match.start(), match.end(), "HEALTH", SCORE, "condition"))
    for match in _POISONING.finditer(text) if "poisoning" in text else ():
        kept = [g for g in ("first", "second") if match.group(g) and _poison_word(match.group(g))]
        if "second" in kept:
            start = match.start(kept[0])
            extra.append(LayoutSpan(start, match.end(), "HEALTH", SCORE, "poisoning"))
    for match in _CUED.finditer(text):
        cued = _cued_condition(text, match.end())
        if cued is not None:
            extra.append(LayoutSpan(cued[0], cued[1], "HEALTH", SCORE, "health after a cue"))
    for added in extra:
        if not any(k.start <= added.start and added.end <= k.end for k in listed):
            listed.append(added)
            yield added


# A clinical record's shorthand, in capitals only ("T2DM", "OSA", "#NOF"): in lower
# case most are words ("osa", "tia").
_SHORTHAND = frozenset(
    re.findall(
        r"\S+",
        """
        T1DM T2DM IDDM NIDDM OSA OSAS CPAP BiPAP BIPAP CKD ESRD ESKD CHF CCF IHD CVA TIA DVT
        HTN GORD GERD MDD GAD NOF AKI UTI LRTI URTI AF COPD PTSD TBI SCI MS
        """,
    )
)
# Shorthand that is also a common abbreviation of something else: only after a cue of a
# record ("Known", "with", "hx", a comma in a list of them) or before "(L)".
_LOOSE_SHORTHAND = frozenset({"AF", "MS", "TIA", "GAD", "UTI", "SCI", "NOF"})
_DEVICES = frozenset({"CPAP", "BiPAP", "BIPAP"})
_SHORTHAND_CUES = re.compile(r"(?:\b(?:known|with|hx|history[ ]of|dx|on)[ ]|,[ ]|#)$", re.I)


def _clinical_shorthand(text: str) -> Iterator[LayoutSpan]:
    for word in words(text):
        if word.text not in _SHORTHAND:
            continue
        start, end = word.start, word.end
        before = text[max(0, start - 12) : start]
        if word.text in _LOOSE_SHORTHAND and not _SHORTHAND_CUES.search(before):
            continue
        if text[start - 1 : start] == "#":
            start -= 1  # "#NOF": a fracture of the neck of the femur
        if word.text in _DEVICES:
            if before.endswith("home "):
                start -= 5  # "home CPAP"
            if text[end : end + 8] == " machine":
                end += 8
        side = _SIDE_MARK.match(text, end)
        end = side.end() if side else end
        yield LayoutSpan(start, end, "HEALTH", SCORE, "clinical shorthand")


# Unwell, said plainly of a person: "is sick", "(ill, malaria)", "a sick father", "(in
# hospital)", "since his illness", "internado no Hospital".
_UNWELL = re.compile(
    r"(?:\b(?:is|was|are|were|been|being|fell|falls|fallen|became|becomes|become|feel|feels"
    r"|felt|got|gets|remains|remained|still|too|very|quite|now)[ ]|\()"
    r"(?P<state>ill|sick|unwell|in[ ]hospital|in[ ]intensive[ ]care)"
    r"(?![\w-]|[ ]of\b|[ ]and[ ]tired)"
    r"|\b(?:an?|his|her|their|my)[ ](?P<kin>sick|ill)[ ](?=(?:father|mother|husband|wife"
    r"|son|daughter|child|children|parent|parents|relative|brother|sister|grandmother"
    r"|grandfather)\b)"
    r"|\b(?:his|her|their|my)[ ](?P<illness>(?:(?:long|recent|serious|sudden|short|brief"
    r"|last|final)[ ])?illness)\b"
    r"|(?P<admitted>\binternad[oa])"
    r"(?=[ ](?:no|na|en|em|à|au|al)[ ](?:hospital|clínica|clinique|hôpital|el[ ]hospital"
    r"|la[ ]clínica|l['\u2019]hôpital))",
    re.IGNORECASE,
)
# The words every match holds: the pattern runs only on a text that has one of them.
_UNWELL_WORDS = _set("ill sick unwell hospital illness internado internada")


def _unwell(text: str) -> Iterator[LayoutSpan]:
    if not any(word.lower in _UNWELL_WORDS for word in words(text)):
        return
    for match in _UNWELL.finditer(text):
        group = next(g for g in ("state", "kin", "illness", "admitted") if match.group(g))
        yield LayoutSpan(match.start(group), match.end(group), "HEALTH", SCORE, "unwell")


_SIGNED_PATTERNS = (
    (
        _BODY_THEN_INJURY,
        (
            "broken",
            "fractured",
            "dislocated",
            "crushed",
            "amputated",
            "burnt",
            "burned",
            "shattered",
        ),
    ),
    (_ON_TREATMENT, ("dialysis", "ventilator", "oxygen", "life support", "methadone")),
    (_CONDITION_FR_ES, ("síndrome", "syndrome", "trastorno", "trouble")),
    (_SEIZURE, ("seizure",)),
)


def _described_wounds(text: str) -> Iterator[LayoutSpan]:
    """Wounds with a size, a kind or a place; a bare "cuts" or "burns" is left alone."""
    if not any(
        word in text
        for word in (
            "wound",
            "lacerat",
            "abrasion",
            "contusion",
            "bruise",
            "scar",
            "burn",
            "cut",
            "haematoma",
            "hematoma",
            "fracture",
            "ulcer",
            "sore",
        )
    ):
        return
    for match in _WOUND.finditer(text):
        kind = match.group("kind")
        told = match.group("size") or match.group("size_before") or match.group("where")
        if told or (kind and kind.split()[0].lower() not in _LOOSE_KINDS):
            yield LayoutSpan(match.start(), match.end(), "HEALTH", SCORE, "a wound described")


# Kinds that are ordinary words before a noun ("an old scar" is a wound, "open cuts"
# too, but "deep cuts" to a budget are not): with a size or a place only.
_LOOSE_KINDS = _set("old fresh open deep round linear circular oval")
_NOT_POISONS = _set(
    """
    the and from with was were had has his her their its this that any some mass
    suspected possible alleged apparent acute severe mild chronic by of for in
    """
)


def _poison_word(word: str) -> bool:
    return word not in _NOT_POISONS and not word.endswith(("ed", "ing", "ly"))


def _cued_condition(text: str, position: int) -> tuple[int, int] | None:
    """Up to five words after the cue, to the first word that starts another clause."""
    start = end = None
    for match in re.finditer(r"[\w'\u2019-]+|[^\w\s]|\n\n", text[position : position + 80]):
        piece = match.group()
        if not piece[0].isalnum() or (start is not None and piece.lower() in _CUED_STOP):
            break
        if start is None:
            start = position + match.start()
        end = position + match.end()
        if len(text[start:end].split()) >= 5:
            break
    return None if start is None or end is None else (start, end)


def _listed_health(text: str) -> Iterator[LayoutSpan]:
    found = words(text)
    taken = 0
    for index in _health_candidates(found):
        if index < taken:
            continue
        length = HEALTH.longest(text, found, index) or int(is_condition_word(found[index].text))
        if not length or _furniture(found[index], length) or _names_a_thing(found, index, length):
            continue
        first = _before(text, found, index, _HEALTH_BEFORE)
        last = _after(text, found, index + length - 1, _HEALTH_AFTER)
        if last > index + length - 1 and _names_a_thing(found, last, 1):
            continue  # "the TB treatment programme": a service, not a person's health
        end = found[last].end
        where = _WHERE.match(text, end) or _WHERE_FR_ES.match(text, end)
        if where:
            end = where.end()  # "cataracts in both eyes", "cáncer de pulmón"
        short = _SHORT_NAME.match(text, end)
        if short:
            end = short.end()  # "post-traumatic stress disorder (PTSD)"
        start = found[first].start
        lead = _HISTORY_OF.search(text, max(0, start - 30), start)
        if lead:
            start = lead.start()  # "a history of depression", "signs of scurvy"
        yield LayoutSpan(start, end, "HEALTH", SCORE, "health")
        taken = last + 1
        while taken < len(found) and found[taken].start < end:
            taken += 1


def _health_candidates(found: tuple[Word, ...]) -> list[int]:
    """Where a condition may start: a word of the lists, or a word whose medical
    ending names one ("pneumoconiosis", "hyperglycaemia")."""
    return [
        index
        for index, word in enumerate(found)
        if word.lower in HEALTH or is_condition_word(word.text)
    ]


_THINGS = _set(
    """
    machine machines equipment unit units ward wards centre center centres clinic clinics
    programme program programmes drugs drug test tests kits kit services service
    team teams department sessions session supplies supply stocks shortage shortages
    """
)


def _names_a_thing(found: tuple[Word, ...], index: int, length: int) -> bool:
    """ "dialysis machines", "HIV test": the condition names equipment or a service."""
    after = index + length
    return after < len(found) and found[after].lower in _THINGS


def social_status(text: str) -> Iterator[LayoutSpan]:
    """Family and social status: "widow", "asylum seeker", "mother of three", with the
    children a status is written with ("a widow with three sons"), and what a form
    gives as marital status. A party's standing in a case ("the defendant", "the
    accused") and a relation by blood or marriage ("his brother-in-law") are roles in
    the story, not statuses: the labelled sets almost never mark them."""
    listed = [_with_children(text, span) for span in _listed_status(text)]
    for match in _CONDEMNED.finditer(text) if "cond" in text else ():
        start, end = match.span("standing")
        listed.append(LayoutSpan(start, end, "SOCIAL_STATUS", SCORE, "convicted"))
    for match in _MARITAL_FIELD.finditer(text):
        start, end = match.span("value")
        if not any(span.start < end and start < span.end for span in listed):
            field = LayoutSpan(start, end, "SOCIAL_STATUS", SCORE, "a status field")
            listed.append(_with_children(text, field))
    current: LayoutSpan | None = None
    for span in sorted(listed, key=lambda span: span.start):
        between = text[current.end : span.start].replace("\n", " ") if current else ""
        if current is not None and (span.start < current.end or between in _STATUS_JOINS):
            end = max(current.end, span.end)  # "Mariée, mère de trois enfants"
            current = LayoutSpan(current.start, end, "SOCIAL_STATUS", SCORE, current.reason)
            continue
        if current is not None:
            yield current
        current = span
    if current is not None:
        yield current


# The convicted person as a noun in Spanish, Portuguese and French ("el condenado", "la
# condamnée"), which the sets label; not the participle ("condenado a cinco años").
_CONDEMNED = re.compile(
    r"\b(?i:el|la|los|las|del|al|o|a|os|as|do|da|le|les|du)[ \n]"
    r"(?P<standing>condenad[oa]s?|condamnée?s?)\b"
    r"(?![ \n](?:a|à|al|por|pour|en|de|em|ao|à|par)\b)"
)
# What may stand between two statuses of one person: "divorced and the mother of one
# child", "married, father of three", "widow and a pensioner".
_STATUS_JOINS = frozenset({", ", " and ", " and the ", " and a ", ", and ", ", the ", ", a "})
# The children a status is written with: "a widower with three sons", "veuve avec
# deux enfants", "mère célibataire de quatre enfants", "viuda con cuatro hijos".
_CHILDREN_AFTER = re.compile(
    rf"(?i:(?:,?[ \n](?:with|avec|con|com|de|and)|,)[ \n]{_HOW_MANY}[ \n](?:(?:{_YOUNG}|dependent"
    rf"|menores)[ \n])?(?:{_CHILDREN}|dependants|dependents)"
    r"(?:[ \n](?:mineurs|menores|en[ ]bas[ ]âge))?\b)"
)
# A form's marital status: "Marital status : single", "Estado civil: casada".
_MARITAL_FIELD = re.compile(
    r"(?im:^[ \t]*(?:marital[ ]status|civil[ ]status|family[ ]status|family|estado[ ]civil"
    r"|état[ ]civil|situation[ ](?:de[ ]famille|familiale|matrimoniale)|situación[ ]familiar)"
    r"(?:[ \t]*:[ \t]*|[ \t]{2,}|\t)(?P<value>[^\W\d_][^\n;,(]{1,28}?)"
    # the value ends the line, or at a wide gap before the next field of a two-column form
    r"(?=[ \t]*(?:[;,(]|$)|[ \t]{3,}|\t))"
)


# Since when a family status holds: "widowed in 2022", "divorcée depuis 2019", "viuda
# desde 2015".
_SINCE_YEAR = re.compile(
    r"(?i:[ ](?:in|since|depuis|desde|en|em|dal|nel)[ ](?:(?:\d{1,2}[ ])?[a-zéû]{3,9}[ ])?"
    r"(?:19|20)\d\d(?![\w/-]|\.\d))"
)
_SINCE_STATUSES = _set(
    """
    widowed divorced married separated remarried widow widower veuf veuve divorcé divorcée
    marié mariée séparé séparée viudo viuda divorciado divorciada casado casada separado
    separada viúvo viúva
    """
)


def _with_children(text: str, span: LayoutSpan) -> LayoutSpan:
    if text[span.start : span.end].lower() in _SINCE_STATUSES:
        since = _SINCE_YEAR.match(text, span.end)
        if since is not None:
            span = LayoutSpan(span.start, since.end(), span.entity, span.score, span.reason)
    more = _CHILDREN_AFTER.match(text, span.end)
    if more is None:
        return span
    return LayoutSpan(span.start, more.end(), span.entity, span.score, span.reason)


# Relations, not statuses: who a person is to another ("her eldest son", "his
# sister-in-law"); a table's column of relations is read elsewhere.
_RELATIONS = re.compile(
    r"(?i:(?:(?:son|daughter|brother|sister|father|mother)s?-in-law|(?:eldest|youngest|only"
    r"|second|twin|half|step)[ -]?(?:son|daughter|child|brother|sister)s?|first-?born"
    r"|late[ ](?:husband|wife))$)"
)
# A status word that labels a number after it is the number's label: "prisoner no. 4471".
_LABELS_A_NUMBER = re.compile(r"[ ](?:no\.|n[°º]|number|nr\.?|#)[ ]?\w", re.IGNORECASE)


def _listed_status(text: str) -> Iterator[LayoutSpan]:
    found = words(text)
    starts = set(STATUS.candidates(found))
    starts.update(i for i, word in enumerate(found) if word.lower in _FAMILY_STARTS)
    starts.update(i for i, word in enumerate(found) if word.lower in _CARER_STARTS)
    taken = 0
    for index in sorted(starts):
        word = found[index]
        if word.start < taken:
            continue
        carer = _CARER.match(text, word.start)
        if carer:
            yield LayoutSpan(word.start, carer.end(), "SOCIAL_STATUS", SCORE, "family")
            taken = carer.end()
            continue
        if word.lower in _FAMILY_STARTS:
            family = _FAMILY.match(text, word.start)
            if family:
                yield LayoutSpan(word.start, family.end(), "SOCIAL_STATUS", SCORE, "family")
                taken = family.end()
                continue
        length = STATUS.longest(text, found, index)
        if not length or _furniture(word, length):
            continue
        end = found[index + length - 1].end
        if _RELATIONS.match(text[word.start : end]) or _LABELS_A_NUMBER.match(text, end):
            continue
        meant = _status_meant(text, found, index, length)
        first = index if meant else _qualified(text, found, index)
        if first is None:
            continue
        yield LayoutSpan(found[first].start, end, "SOCIAL_STATUS", SCORE, "status")
        taken = end


def _status_meant(text: str, found: tuple[Word, ...], index: int, length: int) -> bool:
    """A weak word ("single", "minor") counts only after "a", "is", "was" or a
    nationality ("an Afghan refugee"), and not before a noun it qualifies ("a minor
    change"); a plural ("minors", "migrants") qualifies no noun."""
    word = found[index]
    singular = word.lower[:-1] if word.lower.endswith("s") else word.lower
    if length > 1 or (word.lower not in _WEAK and singular not in _WEAK):
        return True
    if _before_a_name(text, found, index):
        return True  # "a letter from prisoner Tomas Varga"
    if word.lower in _MARITAL and _paired_or_after_age(text, found, index):
        return True
    if _AGE_THEN_COMMA.search(text, max(0, word.start - 12), word.start) and (
        _PARTICULAR.match(text, word.end)
    ):
        return True  # one of a person's particulars after the age: "Nour, 19, student, ..."
    if word.lower in _HELD and _alone_in_brackets(text, word):
        return True  # "Julio Rey (detenido)"
    before = found[index - 1] if index > 0 else None
    if before is None or not (
        _weak_lead(before) or _nationality(before) or _after_a_name(text, before, word)
    ):
        return False
    following = found[index + 1] if index + 1 < len(found) else None
    return (
        following is None
        or word.lower.endswith("s")
        or text[word.end : following.start].strip() != ""  # "a divorce - those"
        or not following.text.isalpha()
        or not following.text[0].islower()
        or following.lower in _AFTER_STATUS
    )


def _alone_in_brackets(text: str, word: Word) -> bool:
    """A status standing alone in brackets after a name, as minutes and lists note it:
    "Julio Rey (detenido)"; not "the (single) biggest"."""
    return text[word.start - 1 : word.start] == "(" and text[word.end : word.end + 1] == ")"


_HELD = _set(
    "prisoner detainee inmate détenu détenue detenido detenida preso presa recluso reclusa"
)


def _weak_lead(word: Word) -> bool:
    """A word after which a weak status word means a person: "a", "was", "another", an
    age ("a 19-year-old student")."""
    return word.lower in _WEAK_BEFORE or _AGED.fullmatch(word.lower) is not None


_AGED = re.compile(r"\d{1,2}-year-old|\d{1,2}-ans|\d{1,2}-años")


def _after_a_name(text: str, before: Word, word: Word) -> bool:
    """A status set after a name and a comma: "Ion Rusu, détenu à Bolvansk"; not a verb
    ("Ana Ruiz, retired in May")."""
    return (
        text[before.end : word.start] == ", "
        and not word.lower.endswith("ed")
        and before.text[0].isupper()
        and not before.text.isupper()
        and before.text.isalpha()
        and before.lower not in _NOT_NAMES
    )


def _paired_or_after_age(text: str, found: tuple[Word, ...], index: int) -> bool:
    """A family status right after a person's age and a comma ("45 years old,
    married"), set between commas in a person's particulars ("no. 71 4409233, single;",
    "Married, husband and one child"), or joined by "or"/"and" to another ("widows or
    separated")."""
    word = found[index]
    if _AGE_THEN_COMMA.search(text, max(0, word.start - 12), word.start):
        return True
    if _PARTICULAR.match(text, word.end):
        lead = text[max(0, word.start - 2) : word.start]
        if lead == ", " or (word.text[0].isupper() and _SENTENCE_START.search(lead)):
            return True
    if index < 2 or found[index - 1].lower not in _JOINING:
        return False
    return found[index - 2].lower in _MARITAL and found[index - 2].lower != word.lower


_JOINING = _set("or and ou et o y")
# A particular in a list of them: after a comma or at the start of a line or sentence,
# and before a comma, a semicolon, a full stop or the end of the line.
_PARTICULAR = re.compile(r"[ \t]*(?:[,;.]|\n|$)")
_SENTENCE_START = re.compile(r"(?:^|\n|[.:;][ ])$")


def _before_a_name(text: str, found: tuple[Word, ...], index: int) -> bool:
    """A status in lower case used as a title before a name of two capitalised words."""
    word = found[index]
    if not word.text.islower() or word.lower not in _BEFORE_NAMES or index + 2 >= len(found):
        return False
    first, second = found[index + 1], found[index + 2]
    capitals = all(w.text.isupper() and len(w.text) > 1 for w in (first, second))
    return (
        text[word.end : first.start] in (" ", "\n")
        and text[first.end : second.start] == " "
        and all(w.text[0].isupper() and (capitals or not w.text.isupper()) for w in (first, second))
        and first.lower not in _NOT_NAMES
    )


_BEFORE_NAMES = _set("prisoner detainee inmate convict refugee migrant student")
_NOT_NAMES = _set(
    """
    council agency camp law convention status board office service services centre center
    committee commission union association organisation organization programme program
    """
)


def _nationality(word: Word) -> bool:
    """A capitalised demonym ("Afghan", "Nepali") before a status word."""
    return word.text[0].isupper() and word.lower in NATIONALITIES


def _qualified(text: str, found: tuple[Word, ...], index: int) -> int | None:
    """Where a weak status word starts with its qualifiers, after "a", "is" and the like
    ("a second-year medical student", "was a political prisoner"), or None."""
    first = index
    for _ in range(3):
        if first == 0:
            return None
        before = found[first - 1]
        if _weak_lead(before):
            return first if first < index else None
        if not _qualifier(before) or not gap_is_space(text, before, found[first]):
            return None
        first -= 1
    return None


def _qualifier(word: Word) -> bool:
    lower = word.lower
    return (
        word.text[0].islower()
        and lower.replace("-", "").isalnum()
        and len(lower) > 2
        and lower not in _AFTER_STATUS
        and lower not in _NOT_QUALIFIERS
    )


_NOT_QUALIFIERS = _set("the not very also now then still only just this that who which")
_AFTER_STATUS = _set(
    """
    and or who with in from of at whose living is was had has and but since for since to
    et ou qui avec de du en y o que con en desde à au aux dans em na no
    now still currently already since then
    """
)


def _furniture(word: Word, length: int) -> bool:
    """A heading in capitals ("PRISONERS") or a capitalised head word of a title."""
    return length == 1 and word.text.isupper() and len(word.text) > 4


# A cause joined to a condition: "opioid-induced", "work-related", "ventilator-associated".
_CAUSED_BY = ("-induced", "-related", "-associated", "-acquired")


def _before(text: str, found: tuple[Word, ...], index: int, allowed: frozenset[str]) -> int:
    first = index
    while first > 0 and index - first < 3:  # "stage III breast cancer"
        before = found[first - 1]
        known = before.lower in allowed or before.lower.endswith(_CAUSED_BY)
        if not known or not gap_is_space(text, before, found[first]):
            break
        first -= 1
    return first


def _after(text: str, found: tuple[Word, ...], last: int, allowed: frozenset[str]) -> int:
    end = last
    while end + 1 < len(found) and end - last < 2:
        after = found[end + 1]
        if after.lower not in allowed or not gap_is_space(text, found[end], after):
            break
        end += 1
    return end
