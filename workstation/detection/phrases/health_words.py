"""The vocabulary of health beyond the first list: conditions, disabilities, injuries,
treatments and aids in English, French and Spanish, and the word endings of medicine
(``-itis``, ``-osis``, ``-aemia``, ``-oma``, ``-pathy``, ``-plegia``, ``-ectomy``) that
name a condition whatever the word.

A diagnosis in a document is as telling as a name ("the applicant, who has
pneumoconiosis"); the lists cannot hold every disease, but medical words are built from
a handful of endings, and the few ordinary words with those endings are listed apart.
"""

from __future__ import annotations

from workstation.detection.phrases.tokens import phrase_list
from workstation.detection.phrases.tokens import word_set as _set

MORE_HEALTH = phrase_list(
    """
    sodium valproate, valproate, valproic acid, lithium carbonate, methadone, catheters,
    insulin injections, antiretrovirals, antiretroviral therapy, antiepileptics,
    antidepressants, antipsychotics, anticonvulsants, dialysis, home dialysis,
    pre-eclampsia, preeclampsia, eclampsia, epileptic seizure, epileptic seizures,
    febrile seizure, febrile seizures, convulsions,
    bedsores, bed sores, pressure sore, pressure sores, pressure ulcers,
    depressive episode, depressive episodes, manic episode, psychotic episode,
    haemorrhagic shock, hemorrhagic shock, septic shock, anaphylactic shock,
    hypovolaemic shock, hypovolemic shock, food poisoning, lead poisoning,
    carbon monoxide poisoning, embarazadas, enceintes, blessés, blessées, heridos,
    heridas, état dépressif, état anxio-dépressif, état anxieux, syndrome dépressif,
    stress post-traumatique, síndrome depresivo, trastorno depresivo,
    trastorno de estrés postraumático, estrés postraumático,
    hernia, kidney stones, gallstones, heat stroke, sunstroke, hypoglycaemia, hypoglycemia,
    hyperglycaemia, hyperglycemia, insulin-dependent, insulin dependent, on insulin,
    type 1 diabetes, type 2 diabetes, diabetes mellitus, pre-diabetes, high cholesterol,
    angina, arrhythmia, atrial fibrillation, heart murmur, pacemaker, heart bypass,
    bypass surgery, open-heart surgery, heart surgery, cardiac arrest, infarction,
    myocardial infarction, aneurysm, embolism, pulmonary embolism, blood clot,
    deep vein thrombosis, varicose veins, stroke victim, mini-stroke, brain haemorrhage,
    brain hemorrhage, brain tumour, brain tumor, brain damage, convulsions, migraine,
    chronic fatigue syndrome, fibromyalgia, lupus, psoriasis, eczema, vitiligo, albinism,
    albino, dwarfism, cleft palate, cleft lip, club foot, spina bifida, muscular dystrophy,
    motor neurone disease, motor neuron disease, ALS, Huntington's disease, cystic fibrosis,
    haemophilia, hemophilia, thalassaemia, thalassemia, sickle-cell disease, celiac disease,
    coeliac disease, Crohn's disease, irritable bowel syndrome, colitis, ulcerative colitis,
    COPD, emphysema, silicosis, asbestosis, black lung, pneumoconiosis, mesothelioma,
    lung cancer, breast cancer, prostate cancer, cervical cancer, bowel cancer, skin cancer,
    throat cancer, liver cancer, blood cancer, leukaemia, leukemia, lymphoma, melanoma,
    carcinoma, sarcoma, myeloma, metastases, tumours, tumors, remission, HIV/AIDS,
    hepatitis B, hepatitis C, syphilis, gonorrhoea, gonorrhea, chlamydia, herpes, measles,
    mumps, rubella, meningitis, encephalitis, rabies, tetanus, diphtheria, whooping cough,
    yellow fever, dengue, dengue fever, typhus, leishmaniasis, schistosomiasis, bilharzia,
    trachoma, river blindness, elephantiasis, hookworm, tapeworm, lice, mange, MRSA, sepsis,
    septicaemia, septicemia, blood poisoning, gangrene, abscess, ulcers, bedsores,
    pressure sores, malnourishment, starvation, stunting, kwashiorkor, rickets, scurvy,
    beriberi, anorexic, bulimic, obese, morbidly obese, underweight, dehydrated,
    hypothermic, frostbitten, mental breakdown, nervous breakdown, burnout, psychosis,
    psychotic episode, paranoia, paranoid schizophrenia, delusions, hallucinations,
    hearing voices, obsessive-compulsive disorder, OCD, ADHD, attention deficit, dyslexia,
    dyslexic, dyspraxia, Tourette's, Tourette syndrome, Asperger's, Asperger syndrome,
    autism spectrum disorder, learning difficulties, learning difficulty,
    developmental delay, Down's syndrome, intellectual disabilities, mentally ill,
    mentally disabled, mentally handicapped, sectioned, self-harming, suicidal thoughts,
    suicidal ideation, overdose, overdosed, addiction to heroin, heroin addict,
    heroin addiction, opioid addiction, crack addiction, alcohol dependence,
    alcohol dependency, drug dependency, substance abuse, withdrawal symptoms, methadone,
    methadone programme, rehab, deafness, deaf-mute, deaf and dumb, hard of hearing,
    sign language user, blind in one eye, one-eyed, visually impaired, sight loss,
    hearing impairment, visual impairment, mobility impairment, physical disability,
    physical disabilities, physically disabled, limited mobility, reduced mobility,
    bedridden, bed-ridden, housebound, wheelchair-bound, confined to a wheelchair,
    walking frame, zimmer frame, walking stick, crutch, prosthetic arm, artificial limb,
    false leg, colostomy, colostomy bag, stoma, catheter, feeding tube, oxygen tank,
    oxygen therapy, hip replacement, knee replacement, joint replacement, skin graft,
    skin grafts, organ transplant, kidney transplant, liver transplant, heart transplant,
    transplant, amputation, amputations, double amputee, leg amputation, plaster cast,
    in plaster, neck brace, stitches, sutures, brain surgery, spinal surgery, back surgery,
    knee surgery, hip surgery, eye surgery, cataract surgery, caesarean section, C-section,
    hysterectomy, mastectomy, miscarriage, stillborn, premature birth, postnatal depression,
    post-natal depression, postpartum depression, infertility treatment, IVF, chemotherapy,
    radiotherapy, radiation therapy, dialysis, kidney dialysis, physiotherapy,
    psychotherapy, antidepressants, antipsychotics, anti-epileptic drugs, insulin,
    anticoagulants, blood thinners, painkillers, morphine, immunotherapy, hormone therapy,
    palliative care, hospice care, intensive care, coma, induced coma, vegetative state,
    persistent vegetative state, crush injury, crush injuries, blast injury, blast injuries,
    shrapnel wounds, shrapnel wound, third-degree burns, second-degree burns,
    whiplash, concussion, fractured skull, skull fracture, broken ribs, broken nose,
    broken jaw, broken arm, broken leg, broken wrist, broken hip, broken collarbone,
    spinal cord injury, spinal cord injuries, paralysed from the waist down,
    paralyzed from the waist down, loss of an eye, lost an eye, lost a leg, lost an arm,
    lost his sight, lost her sight, loss of vision, tinnitus, perforated eardrum,
    ruptured spleen, collapsed lung, punctured lung, internal injuries, head wound,
    head wounds, torture injuries, scarring, scars, disfigurement, disfigured,
    post-traumatic stress, combat stress, shell shock, survivor's guilt, complicated grief,
    pregnant woman, pregnant women, expectant mother, nursing mother, breastfeeding,
    lactating, hernie, calculs rénaux, coup de chaleur, insuffisance respiratoire,
    infarctus, crise cardiaque, AVC, accident vasculaire cérébral, hémiplégie, hémiplégique,
    paralysie, paralysé, paralysée, cécité, surdité, malvoyant, malvoyante, malentendant,
    malentendante, troubles mentaux, trouble mental, troubles psychiques,
    dépression nerveuse, psychose, bipolaire, autiste, trisomie 21,
    infirmité motrice cérébrale, myopathie, sclérose en plaques, cancer du sein, leucémie,
    lymphome, tumeur, tumeurs, cirrhose, hépatite B, hépatite C, tuberculeux, tuberculeuse,
    lèpre, choléra, typhoïde, fièvre typhoïde, méningite, anémie, anémique, drépanocytaire,
    dénutrition, déshydratation, diabète de type 2, diabète de type 1, insulinodépendant,
    insulinodépendante, dialyse, chimiothérapie, radiothérapie, trithérapie,
    traitement antirétroviral, antirétroviraux, amputé, amputée, amputation, prothèse,
    béquille, lésions, lésion, lésions cicatricielles, cicatrices, plaies, plaie,
    contusions, hématome, fracture, fractures, entorse, luxation, brûlure,
    commotion cérébrale, perte d'audition, perte de la vue, perte auditive,
    troubles auditifs, troubles visuels, malade du cœur, cardiaque, asthmatique,
    séropositivité, porteur du VIH, porteuse du VIH, en fauteuil roulant, hernia discal,
    cálculos renales, golpe de calor, infarto, infarto de miocardio, ataque al corazón,
    ictus, derrame cerebral, hemiplejía, parálisis, parálisis cerebral, paralítico,
    paralítica, ceguera, sordera, sordomudo, sordomuda, trastorno mental,
    trastornos mentales, enfermedad mental grave, psicosis, bipolar, autismo, autista,
    síndrome de Down, distrofia muscular, esclerosis múltiple, cáncer, cáncer de mama,
    leucemia, linfoma, tumor, cirrosis, hepatitis, VIH, sida, lepra, cólera, dengue,
    paludismo, malaria, anemia, desnutrición, deshidratación, insulinodependiente, diálisis,
    quimioterapia, radioterapia, tratamiento antirretroviral, antirretrovirales, amputado,
    amputada, amputación, prótesis, muletas, fracturas, contusiones, quemaduras,
    traumatismo craneal, traumatismo craneoencefálico, conmoción cerebral,
    pérdida de audición, pérdida de visión, enfermo del corazón, enferma del corazón,
    enfermo de cáncer, enferma de cáncer, enfermo terminal, enferma terminal,
    enfermo crónico, enferma crónica, enfermos crónicos, estrés postraumático,
    congenital heart defect, heart defect, birth defect, congenital defect, stammer,
    stutter, speech impediment, antiretroviral therapy, antiretroviral treatment,
    antiretrovirals, ARVs, on oxygen, oxygen therapy, home oxygen,
    psychiatric care, on chemo, chemo, radiotherapy, sectioned, involuntary commitment,
    opioid substitution, methadone programme, drug rehabilitation, rehab, detox,
    hearing aid, hearing aids, cochlear implant, feeding tube,
    colostomy, stoma, catheter, ventilator, life support, coma, vegetative state,
    sous oxygène, bégaiement, trithérapie,
    tartamudez, terapia antirretroviral,
    herniated disc, slipped disc, prolapsed disc, bulging disc, disc prolapse,
    autism spectrum, on the autism spectrum, gave birth, given birth, giving birth,
    went into labour, childbirth, premature labour, postpartum haemorrhage,
    walking cane, walks with a cane, walks with a stick, walking aid, mobility aid,
    mobility scooter, white cane, guide dog, braille user,
    thick glasses, eye patch, dentures, prosthetic hand, prosthetic foot,
    artificial leg, artificial arm, orthopaedic shoes, leg brace, back brace,
    ventilator-dependent, oxygen-dependent, insulin pump, inhaler, epipen, EpiPen,
    anaphylaxis, severe allergy, nut allergy, allergy, allergies, food allergy,
    drug-resistant tuberculosis, multidrug-resistant tuberculosis, MDR-TB, XDR-TB,
    latent tuberculosis, HIV-positive status, viral load, CD4 count, AIDS-related illness,
    opportunistic infection, opportunistic infections, wasting syndrome, Kaposi's sarcoma,
    hepatitis B carrier, carrier of hepatitis B, sickle cell trait, sickle cell crisis,
    sickle-cell crisis, asthma attack, asthma attacks, epileptic fit, epileptic fits,
    epileptic seizure, epileptic seizures, blackouts, fainting,
    fainting spells, dizzy spells, vertigo, chronic headaches, back pain,
    chronic back pain, lower back pain, neck pain, joint pain, chest pain, chest pains,
    breathing problems, respiratory problems, heart problems, kidney problems,
    liver problems, eye problems, hearing problems, mental health problem,
    mental health difficulties, psychological distress, emotional distress, severe distress,
    flashbacks, panic disorder, social anxiety, phobia, agoraphobia, claustrophobia,
    self-harm, self-harming, cutting herself, cutting himself, suicide risk,
    suicidal tendencies, suicidal behaviour, bipolar affective disorder, manic depression,
    schizoaffective disorder, psychotic disorder, delusional disorder, dissociative disorder,
    borderline personality disorder, antisocial personality disorder, conduct disorder,
    alcohol use disorder, substance use disorder, opioid use disorder, gambling addiction,
    alcohol addiction, cocaine addiction, crack cocaine addiction, methamphetamine addiction,
    glue sniffing, solvent abuse, drug user, drug users, injecting drug user,
    intravenous drug user, alcoholic, recovering alcoholic, recovering addict, addict,
    in rehab, detoxification, sick leave, medical leave,
    sick note, invalidity, unfit for work, incapacity for work, permanent incapacity,
    degree of disability, disability rating, registered disabled, registered blind,
    wheelchair user, wheelchair users, uses a wheelchair, mute, speech loss, aphasia,
    dysphagia, incontinence, incontinent, bedwetting, enuresis, stunted growth,
    failure to thrive, developmental disability, global developmental delay,
    cerebral malaria, severe acute malnutrition, moderate acute malnutrition,
    acute malnutrition, chronic malnutrition, kwashiorkor, marasmus,
    trouble de stress post-traumatique, état de stress post-traumatique,
    trouble bipolaire, troubles anxieux, trouble anxieux, troubles du sommeil,
    trastorno de estrés postraumático, trastorno bipolar, trastorno de ansiedad,
    trastornos de ansiedad, síndrome de estrés postraumático, discapacidad intelectual,
    discapacidad física, discapacidad visual, discapacidad auditiva, movilidad reducida,
    handicap moteur, handicap mental, handicap visuel, mobilité réduite, invalidité,
    black eye, black eyes, split lip, missing teeth, knocked-out teeth, broken teeth,
    handcuff marks, ligature marks, confined to bed, long-term sick, chronically ill,
    seriously ill, critically ill, gravely ill, learning-disabled, deaf-blind, deafblind,
    psychiatric patient, psychiatric patients, mental patient, psychiatric inpatient,
    psychiatric outpatient, cancer patient, cancer patients, dialysis patient,
    dialysis patients, HIV patient, HIV patients, AIDS patient, TB patient, TB patients,
    cancer survivor, stroke survivor, heart patient, diabetic patient,
    infección, infecciones, neumonía, pneumonie, pneumonia, hipertensión,
    hipertensión arterial, hipertensão, ansiedad, anxiété, ansia, ansiedade, asma,
    minusvalía, traumatismo craneal, traumatismo craneoencefálico, traumatisme crânien,
    moratones, hematomas, derrame cerebral, embolia, ictus, infarto, insuficiencia renal,
    insuficiencia cardíaca, insuffisance rénale, insuffisance cardiaque,
    insuffisance respiratoire, trastorno bipolar, trastorno mental, trastornos mentales,
    trastorno de estrés postraumático, troubles psychiatriques, troubles psychologiques,
    troubles mentaux, état de stress post-traumatique, enfermedad, enfermedades, maladie,
    maladies, doença, doenças, malattia, malattie, infecção, depressione, tumore, diabete,
    VIH-positivo, VIH-positiva, seropositiva, enfermo crónico, enferma crónica,
    malade chronique, bad heart, weak heart, failing heart, bad back, bad knee, bad knees,
    bad hip, weak lungs, bad lungs, weak chest, failing eyesight, poor eyesight,
    failing kidneys, heart trouble, chest trouble, kidney trouble
    """
)

# Endings that make a medical condition or operation, in any of the three languages.
SUFFIXES = (
    "itis",
    "osis",
    "aemia",
    "aemic",
    "emia",
    "émie",
    "emic",
    "oma",
    "omas",
    "opathy",
    "opathies",
    "plegia",
    "plegic",
    "plégie",
    "plégique",
    "plejía",
    "pléjico",
    "algia",
    "ectomy",
    "ectomies",
    "ostomy",
    "otomy",
    "ismus",
    "philia",
    "trophy",
    # the stems drug names are built from (INN): a medicine a person takes says what
    # they are treated for ("carbamazepine", "omeprazole", "atenolol", "lisinopril")
    "azepine",
    "apine",
    "azepam",
    "azolam",
    "prazole",
    "statin",
    "sartan",
    "cillin",
    "mycin",
    "floxacin",
    "oxetine",
    "triptyline",
    "peridol",
    "formin",
    "vudine",
    "navir",
    "tegravir",
    "olol",
    "pril",
)
# Ordinary words with those endings.
NOT_CONDITIONS = _set(
    """
    diagnosis diagnoses prognosis prognoses hypnosis osmosis symbiosis apotheosis
    metamorphosis metamorphoses thesis academia bohemia bohemian polemic
    polemics endemic pandemic epidemic academic academics systemic diploma diplomas
    aroma aromas stoma soma roma oklahoma sigma stigma stigmas dogma dogmas enigma
    enigmas magma trauma traumas plasma coma comas panorama melodrama drama dramas
    cinema cinemas schema schemas karma asthma idioma idiomas sympathy empathy
    telepathy apathy antipathy homeopathy nostalgia dichotomy lobotomy anatomy
    gastronomy atrophy trophy strophe catastrophe philosophy bibliophilia cinephilia
    francophilia anglophilia
    """
)
"""(``trauma``, ``coma``, ``asthma`` are conditions, but are already in the lists.)"""


def is_condition_word(word: str) -> bool:
    """Whether a lower-case word names a condition by its medical ending alone."""
    lower = word.lower()
    if not word.islower() or len(lower) < 7 or lower in NOT_CONDITIONS:
        return False
    return lower.endswith(SUFFIXES)


# Words before a condition that make it particular ("stage III", "acute lymphoblastic",
# "breast", "early-stage"): a part of the body, a stage, a kind.
MORE_BEFORE = _set(
    """
    stage ii iii iv grade early-stage end-stage late-stage advanced metastatic
    benign malignant inoperable incurable undiagnosed untreated treated recurring
    recurrent long-term lifelong debilitating disabling crippling life-threatening
    serious minor major multiple bilateral
    acute chronic lymphoblastic lymphocytic myeloid non-hodgkin's hodgkin's
    rheumatoid pulmonary coronary cerebral renal hepatic gastric cardiac arterial
    obstructive respiratory infectious nervous clinical postnatal post-natal
    postpartum severe mild moderate paranoid manic
    breast lung prostate bowel colon skin throat cervical liver kidney bone brain
    blood stomach pancreatic ovarian testicular heart spinal back knee hip eye
    severely seriously critically chronically mentally physically visually
    terminally gravely acutely moderately mildly heavily multidrug-resistant
    drug-resistant extensively latent active above-knee below-knee above-elbow
    below-elbow double partial bilateral generalised generalized major clinical
    diagnosed undiagnosed medically-confirmed confirmed lifelong congenital hereditary
    genetic rare untreatable degenerative almost nearly completely virtually legally
    group category second-degree first-degree third-degree 1st 2nd 3rd
    early peripheral healing gestational noise-induced work-related occupational
    haemorrhagic hemorrhagic septic first second third fourth fifth sixth 3 4 5
    """
)
MORE_AFTER = _set(
    """
    cerebral cérébrale mental mentale crónico crónica múltiple aguda agudo grave
    severa severo avancé avancée avanzado avanzada terminal attack attacks episode
    patient patients sufferer sufferers
    episodes crisis crises flare-ups flare-up relapse relapses symptoms
    gestacional gestationnelle retinopathy neuropathy nephropathy
    """
)

# Statuses in their other forms: plurals and the qualifiers before a status word.
MORE_STATUS = phrase_list(
    """
    remand prisoner, remand prisoners, pre-trial detainee, pre-trial detainees,
    not married, never married, no longer married, not yet married, indigent, destitute,
    history-sheeter, habitual offender, absconder, pensionado, pensionada, locataire,
    inquilino, inquilina, first-time mother, first-time father, living alone,
    lives alone, lived alone, detained patient,
    political prisoners, prisoner of conscience, prisoners of conscience, asylum seekers,
    asylum-seekers,
    migrant worker, migrant workers, undocumented migrants, irregular migrants,
    displaced persons, internally displaced person, internally displaced persons, IDP, IDPs,
    returnees, deportees, widowers, single mothers,
    single fathers, single parents, stay-at-home mother, stay-at-home father,
    stay-at-home parent, homemaker, housewife, househusband, maternity leave,
    paternity leave, parental leave, on benefits, on welfare, disability benefit,
    disability pension, invalidity pension, invalidity pensioner, disability pensioner,
    old-age pensioner, state pensioner, war widow, war widows, war orphan, war orphans,
    war veteran, war veterans, veteran, veterans, ex-serviceman, ex-servicemen,
    ex-combatant, ex-combatants, demobilised soldier, child soldier, former child soldier,
    street child, street children, foster care, care leaver, ward of the state,
    unaccompanied minors, youth offender, young offender,
    juvenile offender, first-time offender, repeat offender, ex-offender, on parole,
    on probation, on bail, under house arrest, in pre-trial detention,
    on remand, stateless person, stateless persons, undocumented,
    sans-papiers, squatter, squatters, beggar, beggars, day labourer, low-income,
    low income family, on a low income, evicted, only child, common-law wife,
    common-law husband, widowhood, divorcee, sole carer, carer for, caregiver for,
        en détention provisoire, en détention préventive,
    placé en détention, demandeurs d'asile, déplacés, déplacé interne,
    déplacée interne, sans-papiers, orphelin de père, orphelin de mère, orpheline de père,
    orpheline de mère, mère célibataire, père célibataire, mère au foyer,
    femme au foyer, pensionné, pensionnée, en congé de maternité,
    en liberté conditionnelle, sous contrôle judiciaire, assigné à résidence,
          en prisión preventiva,
    en prisión provisional, solicitantes de asilo, desplazado,
    desplazada, madre soltera, padre soltero, madre cabeza de familia,
    ama de casa, pensionista, pensionistas,
    en libertad condicional, indocumentados, sin techo, sin hogar, mendigo,
    mendiga,
    widows, orphans, pensioners, retirees, homeless people, homeless man, homeless woman,
    unemployed man, unemployed woman, long-term unemployed, felon, felons, convicted felon,
    ex-felon, ex-convicts, ex-prisoners, former inmate, released prisoner, death row inmate,
    death-row inmate, life prisoner, lifer, probationer, sex offender, registered sex offender,
    dual citizen, naturalised citizen, naturalized citizen,
    permanent resident, green card holder, visa overstayer, overstayer, residence permit holder,
    welfare recipient, benefit claimant, benefits claimant, social assistance recipient,
    fiancé, fiancée, fiance, fiancee, common-law partner, civil partner, widowed mother,
    widowed father, divorced mother, divorced father, childless, adoptee, foundling,
    trafficking victim, victim of trafficking, torture survivor, survivor of torture,
    conscientious objector, deserter, draft evader, defector, political exile, bankrupt,
    undischarged bankrupt, illiterate, landless, bonded labourer,
    veuves, orphelins, orphelines, retraités, chômeurs, sans emploi, au chômage,
    en situation irrégulière, réfugié politique, réfugiée politique, apatrides, fiancé,
    pacsé, pacsée, en concubinage, mère isolée, père isolé, famille monoparentale,
    en liberté provisoire, libéré sous caution, ancien détenu, ancienne détenue,
    objecteur de conscience, déserteur, transfuge,
    viudas, viudos, huérfanos, huérfanas, en paro, sin papeles,
    apátrida, apátridas, exiliado, exiliada, exconvicto, exconvicta, expresidiario,
    expresidiaria, prófugo, prófuga, en situación irregular, conviviente,
    en unión libre, madre cabeza de hogar, jefa de hogar, desmovilizado, desmovilizada,
    excombatiente, excombatientes, reinsertado, reinsertada, desertor, desertora,
    in foster care, in state care, in local authority care, looked-after child,
    children's home, separated child, separated children, unaccompanied child,
    unaccompanied children, child-headed household, female-headed household,
    woman-headed household, single-parent household, single-parent family,
    one-parent family, second wife, third wife, co-wife, co-wives, polygamous marriage,
    polygamous household, child bride, child marriage, forced marriage, arranged marriage,
    married off, estranged wife, estranged husband, ex-wife, ex-husband, former wife,
    former husband, late husband, late wife, bereaved, bereaved mother, bereaved father,
    eldest son, eldest daughter, youngest son, youngest daughter, only son, only daughter,
    twin brother, twin sister, half-brother, half-sister, stepson, stepdaughter,
    son-in-law, daughter-in-law, brother-in-law, sister-in-law, father-in-law,
    mother-in-law, sons-in-law, daughters-in-law, brothers-in-law, sisters-in-law,
    eldest child, youngest child, firstborn, first-born, second son, second daughter,
    foster son, foster daughter, adopted son, adopted daughter, orphaned nephew,
    orphaned niece, orphaned grandchildren, war widow, war widows, war orphan,
    war orphans, widowed mother, widowed father, head of household, household head,
    single mother, single mothers, single father, unmarried mother, teenage mother,
    convicted murderer, convicted rapist, convicted drug dealer, convicted fraudster,
    convicted criminal, convicted prisoner, sentenced prisoner, life-sentence prisoner,
    serving a life sentence, serving life, death row prisoner, death-row prisoner,
    condemned prisoner, on death row, former inmate, former convict, released on licence,
    out on licence, under supervision, electronically tagged, on a curfew,
    protected witness, cooperating witness, cooperating defendant, state witness,
    crown witness, witness for the prosecution, whistle-blower, whistleblower,
    refugee status, refugee claim, refugee claimant, asylum claim, asylum application,
    asylum case, failed asylum seeker, rejected asylum seeker, recognised refugee,
    recognized refugee, convention refugee, mandate refugee, prima facie refugee,
    resettled refugee, refugee family, refugee families, leave to remain,
    indefinite leave to remain, temporary protection, subsidiary protection,
    humanitarian protection, tolerated stay, work permit holder, visa overstay, irregular status,
    irregular migrant worker, expired visa, without papers, dual national,
    dual nationality, dual citizenship, naturalised, naturalized, social welfare,
    welfare benefits, unemployment benefit, food stamps, food parcels, on the dole,
    low-income household, poor household, below the poverty line, destitute,
    landless labourer, bonded labour, debt bondage, victim of forced labour,
    survivor of domestic violence, domestic violence survivor, survivor of rape,
    rape survivor, victim of domestic violence, trafficked, trafficking survivor,
    statut de réfugié, statut de réfugiée, estatuto de refugiado, en situation de handicap,
    enfant des rues, enfants des rues, sans papiers, niño de la calle, niños de la calle,
    menor tutelado, menor tutelada, en acogida, familia de acogida, famille d'accueil,
    placé en famille d'accueil, placée en famille d'accueil,
    gay, gay man, gay men, gay woman, lesbian, lesbians, bisexual, bisexuals, homosexual,
    homosexuals, transgender, transgender woman, transgender man, trans woman, trans man,
    trans women, trans men, intersex, non-binary, LGBT, LGBTI, LGBTQ, LGBTQI, LGBTQ+,
    same-sex partner, same-sex couple, same-sex relationship, openly gay,
    homosexuel, homosexuelle, lesbienne, transgenre, bisexuelle, homosexual, lesbiana,
    transexual, transgénero, bisexual, spinster, hostage, hostages, kidnapping victim,
    prisoner of war, prisoners of war, draft dodger, lodger, schoolchild, schoolchildren,
    child labourer, child labourers, child worker, child workers,
    accused person, accused persons,
    survivor of trafficking, survivors of trafficking, survivor of human trafficking,
    victim of human trafficking, trafficking victim, victims of trafficking,
    victime de la traite, victimes de la traite, víctima de trata, víctimas de trata,
    vítima de tráfico, vítimas de tráfico, vítima de tráfico humano,
    suspended on full pay, suspended without pay, suspended from duty, on unpaid leave,
    without income, with no income, sans revenus, sans ressources,
    sin ingresos, sem rendimentos, sem rendimento, sem renda,
    de licencia por maternidad, de licencia por paternidad, de baja por maternidad,
    licencia por maternidad, baja por maternidad, en congé maternité,
    en congé de paternité, congé de maternité, licença de maternidade,
    de licença de maternidade, em licença de maternidade, licença-maternidade,
    ex-marido, ex-mulher, ex-esposa, ex-esposo, ex-mujer, ex-mari, ex-femme, ex-épouse,
    ex-époux, ex-compagnon, ex-compagne, ex-companheiro, ex-companheira, ex-pareja,
    ex-partner, exmarido, exesposa, exesposo,
    viúvo, viúva, viúvos, viúvas, solteiro, solteira, casado, casada, divorciado,
    divorciada, separado, separada, órfão, órfã, órfãos, desempregado, desempregada,
    desempregados, reformado, reformada, aposentado, aposentada, pensionista,
    estudante, estudantes, preso, presa, detido, detida, detidos, recluso, reclusa,
    refugiado, refugiada, requerente de asilo, requerentes de asilo, sem-abrigo,
    sem abrigo, mãe solteira, pai solteiro, imigrante, imigrantes, indocumentado,
    indocumentada, em situação irregular, em prisão preventiva, em liberdade condicional,
    união de facto, união estável, chefe de família, dona de casa,
    unaccompanied asylum seeker, unaccompanied asylum-seeking child
    """
)
