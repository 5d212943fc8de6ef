"""Nationality, ethnicity, religion and political affiliation (NRP) as whole expressions:
``Senegalese national``, ``of Pakistani origin``, ``ethnic Kandari``, ``Shia Muslim``,
``de nationalité guinéenne``, ``a black man``.

The model finds many demonyms but leaves the head word ("national", "citizen") outside,
and misses French and Spanish ones, religions and ethnic groups it has not seen.
English demonyms and groups count only capitalised ("Chinese", not "china"); French
and Spanish ones in any case ("guinéenne", "boliviana").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from workstation.detection.layout.spans import LayoutSpan
from workstation.detection.phrases.tokens import Lexicon, Word, gap_is_space, phrase_list, words
from workstation.detection.phrases.tokens import word_set as _set

ENTITY = "NRP"
SCORE = 0.6

_KNOWN_CAPITALISED = phrase_list(
    """
        Afghan, Albanian, Algerian, American, Andorran, Angolan, Argentine, Argentinian,
        Armenian, Australian, Austrian, Azerbaijani, Azeri, Bahraini, Bangladeshi,
        Belarusian, Belgian, Beninese, Bhutanese, Bolivian, Bosnian, Brazilian, British,
        Bruneian, Bulgarian, Burkinabe, Burkinabè, Burmese, Burundian, Cambodian,
        Cameroonian, Canadian, Cape Verdean, Central African, Chadian, Chilean, Chinese,
        Colombian, Comorian, Congolese, Costa Rican, Croatian, Cuban, Cypriot, Czech,
        Danish, Djiboutian, Dominican, Dutch, Ecuadorian, Egyptian, Emirati, English,
        Eritrean, Estonian, Ethiopian, Fijian, Filipino, Filipina, Finnish, French,
        Gabonese, Gambian, Georgian, German, Ghanaian, Greek, Guatemalan, Guinean,
        Haitian, Honduran, Hungarian, Icelandic, Indian, Indonesian, Iranian, Iraqi,
        Irish, Israeli, Italian, Ivorian, Jamaican, Japanese, Jordanian, Kazakh,
        Kazakhstani, Kenyan, Korean, Kosovar, Kosovan, Kuwaiti, Kyrgyz, Laotian, Latvian,
        Lebanese, Liberian, Libyan, Lithuanian, Macedonian, Malagasy, Malawian, Malaysian,
        Maldivian, Malian, Maltese, Mauritanian, Mauritian, Mexican, Moldovan, Mongolian,
        Montenegrin, Moroccan, Mozambican, Namibian, Nepali, Nepalese, New Zealander,
        Nicaraguan, Nigerien, Nigerian, North Korean, Norwegian, Omani, Pakistani,
        Palestinian, Panamanian, Papua New Guinean, Paraguayan, Peruvian, Polish,
        Portuguese, Qatari, Romanian, Russian, Rwandan, Salvadoran, Salvadorean, Samoan,
        Saudi, Scottish, Senegalese, Serbian, Sierra Leonean, Singaporean, Slovak,
        Slovakian, Slovenian, Somali, Somalian, South African, South Korean,
        South Sudanese, Spanish, Sri Lankan, Sudanese, Surinamese, Swazi, Swedish, Swiss,
        Syrian, Taiwanese, Tajik, Tajikistani, Tanzanian, Thai, Tibetan, Togolese, Tongan,
        Trinidadian, Tunisian, Turkish, Turkmen, Ugandan, Ukrainian, Uruguayan, Uzbek,
        Venezuelan, Vietnamese, Welsh, Yemeni, Zambian, Zimbabwean, European, African,
        Asian, Arab, Arabs, Latin American, Balkan, Scandinavian, Slavic, Persian,
        Middle Eastern, North African, West African, East African, Central Asian,
        Kurd, Kurds, Kurdish, Roma, Romani, Gypsy, Sinti, Tamil, Tamils, Sinhalese,
        Hazara, Pashtun, Pashtuns, Baloch, Baluch, Sindhi, Punjabi, Muhajir, Uyghur,
        Uighur, Rohingya, Karen, Kachin, Hmong, Fulani, Fula, Peul, Peuhl, Hausa, Yoruba,
        Igbo, Ibo, Ewe, Akan, Ashanti, Mandinka, Wolof, Serer, Bambara, Songhai, Tuareg,
        Touareg, Berber, Berbers, Amazigh, Kabyle, Bedouin, Tutsi, Tutsis, Hutu, Hutus,
        Kikuyu, Luo, Luhya, Kalenjin, Maasai, Oromo, Amhara, Tigrayan, Tigrinya, Afar,
        Zulu, Xhosa, Sotho, Tswana, Shona, Ndebele, Han, Chechen, Ingush, Circassian,
        Tatar, Assyrian, Chaldean, Druze, Alawite, Alawites, Yazidi, Yazidis, Yezidi,
        Copt, Copts, Coptic, Maronite, Mapuche, Aymara, Quechua, Mayan, Guarani,
        Aboriginal, Indigenous, Inuit, Sami, Dinka, Nuer, Zaghawa, Masalit, Nuba,
        Muslim, Muslims, Islamic, Christian, Christians, Catholic, Catholics,
        Roman Catholic, Protestant, Protestants, Orthodox, Greek Orthodox,
        Russian Orthodox, Evangelical, Evangelicals, Pentecostal, Baptist, Methodist,
        Anglican, Lutheran, Presbyterian, Adventist, Mormon, Jehovah's Witness,
        Jehovah's Witnesses, Jewish, Jew, Jews, Hindu, Hindus, Buddhist, Buddhists, Sikh,
        Sikhs, Jain, Baha'i, Bahá'í, Bahai, Zoroastrian, Shia, Shiite, Shiites, Shi'ite,
        Sunni, Sunnis, Ismaili, Ahmadi, Ahmadis, Ahmadiyya, Salafi, Salafist, Sufi,
        Wahhabi, Rastafarian, Falun Gong, Communist, Communists, Socialist, Socialists,
        Islamist, Islamists, Maoist, Maoists, Marxist, Marxists, Zapatista, Zapatistas
        """
)
# Demonyms of the remaining countries and territories, and more peoples and faiths.
_MORE_CAPITALISED = phrase_list(
    """
    Antiguan, Bahamian, Barbadian, Bajan, Belizean, Motswana, Batswana, Botswanan,
    Bissau-Guinean, Equatoguinean, Equatorial Guinean, Grenadian, Guyanese, I-Kiribati,
    Liechtensteiner, Luxembourger, Luxembourgish, Marshallese, Micronesian, Monegasque,
    Nauruan, Palauan, Puerto Rican, Sahrawi, Sahrawis, Sammarinese, Santomean,
    Seychellois, Solomon Islander, Timorese, East Timorese, Tuvaluan, Vanuatuan,
    Ni-Vanuatu, Vincentian, Nevisian, Saint Lucian, Bosniak, Bosniaks, Herzegovinian,
    Hongkonger, Hong Konger, Macanese, Greenlandic, Faroese, Basotho, Mosotho, Emirian,
    Yemenite, Trinbagonian, Tobagonian, Eswatini, Northern Irish, Cornish, Manx,
    Catalan, Basque, Galician, Flemish, Walloon, Corsican, Sardinian, Sicilian,
    Bavarian, Tyrolean, Breton, Frisian, Kashmiri, Bengali, Gujarati, Marathi, Telugu,
    Malayali, Kannadiga, Assamese, Naga, Mizo, Manipuri, Dalit, Dalits, Adivasi,
    Adivasis, Madhesi, Tharu, Sherpa, Gurung, Magar, Newar, Lepcha, Chakma, Bihari,
    Biharis, Javanese, Sundanese, Balinese, Acehnese, Papuan, Papuans, Moluccan, Malay,
    Malays, Dayak, Bugis, Lumad, Igorot, Shan, Rakhine, Kokang, Khmer, Cham, Montagnard,
    Montagnards, Zhuang, Manchu, Mongol, Mongols, Kazakhs, Uzbeks, Tajiks, Kyrgyzstani,
    Turkmens, Karakalpak, Pamiri, Baluchi, Brahui, Aimaq, Nuristani, Qizilbash, Lezgin,
    Dargin, Kumyk, Ossetian, Abkhaz, Abkhazian, Adyghe, Kabardian, Balkar, Karachay,
    Kalmyk, Bashkir, Chuvash, Udmurt, Yakut, Buryat, Tuvan, Nenets, Crimean Tatar,
    Crimean Tatars, Meskhetian, Pontic, Aromanian, Vlach, Vlachs, Gorani, Ashkali,
    Egyptian Roma, Pomak, Pomaks, Sorbian, Saami, Samis, Afrikaner, Afrikaners, Griqua,
    Herero, Ovambo, Himba, Chewa, Nyanja, Makua, Makonde, Chagga, Sukuma, Nyamwezi,
    Baganda, Langi, Karamojong, Banyankole, Banyarwanda, Bakiga, Kisii, Somali Bantu,
    Pokot, Samburu, Wolayta, Gurage, Anuak, Beja, Shilluk, Azande, Lugbara, Mbororo,
    Bamileke, Kanuri, Ijaw, Efik, Ibibio, Itsekiri, Urhobo, Gbagyi, Berom, Jukun,
    Lao, K'iche', K'iche, Kiche, Quiché, Kaqchikel, Q'eqchi', Q'eqchi, Kekchi, Tz'utujil,
    Poqomchi', Ixil, Achi, Chuj, Jakaltek, Garifuna, Xinca, Lenca, Pipil, Nahua, Mixtec,
    Zapotec, Otomí, Mazatec, Totonac, Purépecha, Rarámuri, Tarahumara, Yaqui, Wixárika,
    Huichol, Triqui, Tzotzil, Tzeltal, Ch'ol, Tojolabal, Miskito, Mayangna, Guna, Ngäbe,
    Bribri, Wayuu, Emberá, Wounaan, Shipibo, Asháninka, Awajún, Achuar, Shuar, Kichwa,
    Chipaya, Qom, Wichí, Ayoreo, Yanomami, Akha, Lahu, Karenni, Kayah,
    Gourmantché, Dogon, Senufo, Dioula, Dyula, Bété, Baoulé, Malinke, Soninke,
    Toucouleur, Diola, Jola, Temne, Mende, Limba, Krio, Kpelle, Krahn, Bariba, Djerma,
    Zarma, Moors, Haratin, Haratine, Sahelian, Shawiya, Mozabite, Riffian, Chaoui,
    Nubian, Nubians, Beta Israel, Hazaras, Pashtoon, Pathan, Pathans, Mohajir, Sindhis,
    Punjabis, Ravidassia, Parsi, Parsis, Mandaean, Mandaeans, Shabak, Turkoman, Kaka'i,
    Yarsan, Alevi, Alevis, Zaidi, Zaydi, Houthi, Houthis, Ibadi, Twelver, Deobandi,
    Barelvi, Wahhabist, Jihadist, Jihadists, Hasidic, Haredi, Haredim, Orthodox Jew,
    Orthodox Jews, Hindu nationalist, Buddhist monk, Buddhist monks, Theravada, Tibetan,
    Buddhist, Confucian, Taoist, Daoist, Shinto, Cao Dai, Hoa Hao, Quaker, Quakers,
    Mennonite, Mennonites, Amish, Mormons, Seventh-day Adventist, Calvinist, Huguenot,
    Moravian, Unitarian, Episcopalian, Armenian Apostolic, Syriac, Syriac Orthodox,
    Ethiopian Orthodox, Eritrean Orthodox, Melkite, Chaldean Catholic, Old Believer,
    Old Believers, Scientologist, Wiccan, Vodou, Voodoo, Santería, Candomblé, Rastafari,
    Kimbanguist, Aladura, Zionist Christian,
    Trotskyist, Trotskyists, Leninist, Stalinist, Peronist, Peronists, Chavista,
    Chavistas, Sandinista, Sandinistas, Kemalist, Gülenist, Gulenist, Baathist,
    Baathists, Nasserist, Unionist, Unionists, Loyalist, Loyalists, Zionist, Zionists,
    Anarchist, Anarchists, Bolivarian, Bolsonarista, Kirchnerist, Fujimorista, Uribista,
    Petrista, Christian Democrat, Christian Democrats, Social Democrat, Social Democrats
    """
)
# Religions as nouns, languages a person speaks (the set labels them as the group they
# name), the one-word nationals ("Frenchman"), castes, and peoples the lists lacked.
_FAITHS_TONGUES_PEOPLES = phrase_list(
    """
    Islam, Christianity, Catholicism, Protestantism, Judaism, Hinduism, Buddhism, Sikhism,
    Jainism, Zoroastrianism, Shiism, Shi'ism, Sunnism, Sufism, Taoism, Confucianism,
    Rastafarianism, Evangelicalism, Pentecostalism, Mormonism, Bahaism, Ahmadiyya Islam,
    Arabic, Swahili, Kiswahili, Hindi, Urdu, Farsi, Dari, Pashto, Amharic, Lingala,
    Kinyarwanda, Kirundi, Luganda, Creole, Haitian Creole, Patois, Mandarin, Cantonese,
    Tagalog, Sinhala, Bahasa, Hebrew, Yiddish, Aramaic, Kurmanji, Sorani, Tamazight,
    Chichewa, Setswana, Sesotho, isiZulu, isiXhosa, Afrikaans, Nuer, Dinka, Acholi,
    Frenchman, Frenchmen, Frenchwoman, Englishman, Englishmen, Englishwoman, Irishman,
    Irishmen, Irishwoman, Scotsman, Scotsmen, Scotswoman, Welshman, Welshwoman, Dutchman,
    Dutchmen, Dutchwoman, Brahmin, Brahmins, Kshatriya, Vaishya, Shudra, Rajput, Rajputs,
    Yadav, Yadavs, Chamar, Valmiki, Mahar, Burakumin, Scheduled Caste, Scheduled Castes,
    Scheduled Tribe, Scheduled Tribes, Banyamulenge, Shilluk, Acholi, Langi, Alur, Zande,
    Murle, Toposa, Turkana, Borana, Gabra, Rendille, Darod, Hawiye, Isaaq, Rahanweyn,
    Bajuni, Lisu, Palaung, Lumbee, Navajo, Cherokee, Sioux, Cree, Ojibwe, Métis,
    First Nations, Aboriginal Australian, Torres Strait Islander, Maori, Māori,
    Pacific Islander, Afro-Colombian, Afro-Brazilian, Afro-Caribbean, Afro-Peruvian,
    Afro-Ecuadorian, African-American, African American, Asian-American, Arab-Israeli,
    Arab Israeli, Palestinian citizen of Israel, Uyghurs, Uighurs, Rohingyas, Tuaregs,
    Touaregs, Fulanis, Hazaras
    """
)


def _english_plurals(names: list[str]) -> list[str]:
    """ "Nigerians", "Pakistanis", "Filipinos": the plural of a demonym that takes -s."""
    plurals = []
    for name in names:
        if name.endswith(("ian", "ean", "an", "i", "o", "a", "er", "ite", "ist", "ic")) and (
            " " not in name or name.split()[-1][0].isupper()
        ):
            plurals.append(name + "s")
    return plurals


# French and Spanish demonyms in their masculine singular; the other forms follow from
# the endings ("ivoirien" → "ivoirienne", "ivoiriens"; "hondureño" → "hondureñas").
_FRENCH_MASCULINE = phrase_list(
    """
    kényan, ougandais, tanzanien, zambien, zimbabwéen, sud-africain, angolais,
    mozambicain, namibien, malawite, mauricien, djiboutien, érythréen, sud-soudanais,
    iranien, irakien, saoudien, yéménite, jordanien, palestinien, israélien, libyen,
    koweïtien, qatari, émirien, omanais, bahreïni, canadien, mexicain, brésilien,
    argentin, colombien, vénézuélien, péruvien, chilien, bolivien, cubain, équatorien,
    guatémaltèque, hondurien, nicaraguayen, salvadorien, paraguayen, uruguayen,
    dominicain, jamaïcain, japonais, coréen, nord-coréen, sud-coréen, thaïlandais,
    cambodgien, laotien, birman, bangladais, népalais, sri-lankais, ouzbek, kazakh,
    tadjik, kirghiz, turkmène, azerbaïdjanais, arménien, géorgien, ukrainien, biélorusse,
    polonais, roumain, bulgare, serbe, croate, bosnien, albanais, kosovar, grec,
    néerlandais, norvégien, suédois, danois, finlandais, islandais, irlandais, écossais,
    autrichien, hongrois, tchèque, slovaque, slovène, estonien, letton, lituanien,
    moldave, cap-verdien, bissau-guinéen, équato-guinéen, gambien, sahraoui, libérien,
    sierra-léonais, éthiopien, indonésien, malaisien, philippin, australien,
    néo-zélandais, ouïghour, rohingya, tamoul, pachtoune, hazara, yézidi, chaldéen,
    copte, maronite, druze, alaouite, bahaï, sikh, orthodoxe, anglican, luthérien,
    pentecôtiste, baptiste, adventiste, mormon, salafiste, chiite, soufi, ahmadi
    """
)
_SPANISH_MASCULINE = phrase_list(
    """
    argentino, panameño, costarricense, puertorriqueño, marroquí, argelino, tunecino,
    senegalés, nigeriano, ruso, ucraniano, británico, portugués, japonés, coreano,
    filipino, pakistaní, afgano, iraquí, iraní, sirio, libanés, israelí, palestino,
    egipcio, turco, árabe, canadiense, belga, suizo, sueco, noruego, danés, holandés,
    neerlandés, polaco, rumano, búlgaro, serbio, croata, griego, austriaco, húngaro,
    guineano, congoleño, camerunés, keniano, etíope, somalí, sudanés,
    sudafricano, angoleño, mozambiqueño, beliceño, jamaicano, guyanés, surinamés,
    trinitense, ecuatoguineano, saharaui, marfileño, maliense, mauritano, nigerino,
    ghanés, liberiano, sierraleonés, gambiano, togolés, beninés, burkinés, chadiano,
    gabonés, ruandés, burundés, tanzano, ugandés, zambiano, zimbabuense, namibio,
    malgache, vietnamita, tailandés, camboyano, birmano, indonesio, malasio,
    bangladesí, nepalí, ceilandés, esrilanqués, uzbeko, kazajo, tayiko, kirguís,
    turcomano, azerbaiyano, armenio, georgiano, bielorruso, moldavo, albanés, kosovar,
    bosnio, esloveno, eslovaco, estonio, letón, lituano, finlandés, islandés, irlandés,
    escocés, australiano, neozelandés, kurdo, uigur, rohinyá, tamil, yazidí, copto,
    druso, maronita, bahaí, sij, ortodoxo, anglicano, luterano, pentecostal,
    adventista, mormón, salafista, chiita, suní, sunita, sufí, ahmadí, garífuna,
    wayuu, miskito, mixteco, zapoteco, tzotzil, tzeltal, náhuatl, guaraní, mapuche,
    kichwa, shuar, asháninka, awajún, wichí, afroperuano, afrocolombiano,
    afroecuatoriano, afrobrasileño, indígena, mestizo, mulato, criollo, peronista,
    chavista, sandinista, uribista, fujimorista, kirchnerista, zapatista, comunista,
    socialista, anarquista, independentista, separatista
    """
)


# Portuguese demonyms in their masculine singular, for the other forms see
# _portuguese_forms ("indonésio" → "indonésia"; "chinês" → "chinesa", "chineses").
_PORTUGUESE_MASCULINE = phrase_list(
    """
    chinês, japonês, português, francês, inglês, holandês, irlandês, escocês, senegalês,
    congolês, libanês, tailandês, paquistanês, nepalês, ganês, camaronês, sudanês,
    indonésio, brasileiro, angolano, moçambicano, cabo-verdiano, guineense, são-tomense,
    timorense, mexicano, colombiano, venezuelano, boliviano, peruano, chileno, cubano,
    haitiano, italiano, ucraniano, romeno, búlgaro, sírio, iraquiano, iraniano, indiano,
    filipino, coreano, marroquino, argelino, tunisino, egípcio, nigeriano, maliano,
    queniano, sul-africano, zimbabuano, ruandês, burundês, gabonês, togolês, beninense,
    marfinense, mauritano, etíope, eritreu, somali, líbio, jordaniano, palestiniano,
    palestino, israelita, saudita, iemenita, afegão, uzbeque, cazaque, georgiano,
    arménio, armênio, sérvio, croata, bósnio, albanês, grego, húngaro, checo, tcheco,
    eslovaco, lituano, letão, estónio, finlandês, sueco, norueguês, dinamarquês,
    islandês, belga, suíço, austríaco, alemão, polaco, polonês, turco, curdo, cigano,
    muçulmano, cristão, católico, evangélico, judeu, hindu, budista, sikh
    """
)


def _portuguese_forms(names: list[str]) -> list[str]:
    """ "indonésio", "indonésia", "indonésios", "indonésias"; "chinês", "chinesa"."""
    forms: list[str] = []
    for name in names:
        if name.endswith("o"):
            forms += [name, name[:-1] + "a", name + "s", name[:-1] + "as"]
        elif name.endswith("ês"):
            stem = name[:-2] + "es"
            forms += [name, stem + "a", stem + "es", stem + "as"]
        elif name.endswith("ão"):
            forms += [name, name[:-2] + "ã", name[:-2] + "ães", name[:-2] + "ãos"]
        elif name.endswith("eu"):
            forms += [name, name[:-2] + "eia", name + "s", name[:-2] + "eias"]
        else:
            forms += [name, name + "s"]
    return forms


def _french_forms(names: list[str]) -> list[str]:
    """ "ivoirien", "ivoirienne", "ivoiriens", "ivoiriennes"."""
    forms: list[str] = []
    for name in names:
        if name.endswith("e"):
            forms += [name, name + "s"]
        elif name.endswith(("ien", "éen", "en")):
            forms += [name, name + "s", name + "ne", name + "nes"]
        elif name.endswith(("s", "x")):
            forms += [name, name + "e", name + "es"]
        else:
            forms += [name, name + "s", name + "e", name + "es"]
    return forms


def _spanish_forms(names: list[str]) -> list[str]:
    """ "hondureño", "hondureña", "hondureños", "hondureñas"; "japonés", "japonesa"."""
    accentless = str.maketrans("áéíóú", "aeiou")
    forms: list[str] = []
    for name in names:
        if name.endswith("o"):
            stem = name[:-1]
            forms += [name, stem + "a", stem + "os", stem + "as"]
        elif name[-2:] in ("és", "ón", "ín", "ís"):
            stem = name[:-2] + name[-2:].translate(accentless)
            forms += [name, stem + "a", stem + "es", stem + "as"]
        elif name.endswith(("í", "ú")):
            forms += [name, name + "es", name + "s"]
        elif name.endswith(("e", "a")):
            forms += [name, name + "s"]
        else:
            forms += [name, name + "es"]
    return forms


_ALL_CAPITALISED = _KNOWN_CAPITALISED + _MORE_CAPITALISED + _FAITHS_TONGUES_PEOPLES
CAPITALISED = Lexicon(_ALL_CAPITALISED + _english_plurals(_ALL_CAPITALISED))

ANY_CASE = Lexicon(
    phrase_list(
        """
        atheist, agnostic, animist, communist, communists, socialist, socialists,
        islamist, islamists, nationalist, nationalists, separatist, separatists, maoist,
        marxist, leftist, leftists, left-wing, right-wing, far-right, far-left,
        pro-government, anti-government, royalist, monarchist, anarchist,
        français, française, guinéen, guinéenne, sénégalais, sénégalaise, malien,
        malienne, ivoirien, ivoirienne, burkinabè, togolais, togolaise, béninois,
        béninoise, nigérien, nigérienne, nigérian, nigériane, camerounais, camerounaise,
        congolais, congolaise, gabonais, gabonaise, tchadien, tchadienne, marocain,
        marocaine, algérien, algérienne, tunisien, tunisienne, libanais, libanaise,
        syrien, syrienne, allemand, allemande, belge, suisse, italien, italienne,
        espagnol, espagnole, portugais, portugaise, américain, américaine, chinois,
        chinoise, russe, anglais, anglaise, britannique, ghanéen, ghanéenne,
        mauritanien, mauritanienne, haïtien, haïtienne, rwandais, rwandaise, burundais,
        burundaise, centrafricain, centrafricaine, comorien, comorienne, malgache,
        libérien, libérienne, sierra-léonais, égyptien, égyptienne, soudanais,
        soudanaise, éthiopien, éthiopienne, somalien, somalienne, afghan, afghane,
        pakistanais, pakistanaise, indien, indienne, vietnamien, vietnamienne, turc,
        turque, kurde, kurdes, tchétchène, arabe, arabes, africain, africaine,
        européen, européenne, étranger, étrangère,
        peul, peule, peuls, peules, toucouleur, haoussa, éwé, mina, kabyè, bamiléké,
        bété, dioula, sérère, soninké, touareg, berbère, berbères, tutsi, hutu,
        musulman, musulmane, musulmans, chrétien, chrétienne, chrétiens, catholique,
        catholiques, protestant, protestante, juif, juive, juifs, hindou, hindoue,
        bouddhiste, chiite, chiites, sunnite, sunnites, évangélique, animiste, athée,
        boliviano, boliviana, peruano, peruana, chileno, chilena, colombiano,
        colombiana, venezolano, venezolana, ecuatoriano, ecuatoriana, mexicano,
        mexicana, cubano, cubana, guatemalteco, guatemalteca, hondureño, hondureña,
        salvadoreño, salvadoreña, nicaragüense, paraguayo, paraguaya, uruguayo,
        uruguaya, brasileño, brasileña, español, española, estadounidense, chino,
        francés, francesa, alemán, alemana, italiano, italiana, haitiano, haitiana,
        dominicano, dominicana, indígena, indígenas, aymara, quechua, mapuche,
        musulmán, musulmana, cristiano, cristiana, católico, católica, protestante,
        judío, judía, evangélico, evangélica, ateo, atea, afrodescendiente,
        gitano, gitana, gitanos, gitanas, gitan, gitane, gitans, gitanes, tsigane, tsiganes,
        romaní, romanís, manouche, manouches, yéniche,
        lower-caste, upper-caste, low-caste, high-caste, dalit, dalits, adivasi, adivasis,
        scheduled caste, scheduled castes, scheduled tribe, scheduled tribes,
        animism, atheism, agnosticism, secularist, secularists, freethinker, freethinkers,
        apostate, apostates, non-believer, non-believers, ex-Muslim, ex-Muslims,
        monarchiste, royaliste, indépendantiste, indépendantistes, séparatiste, islamiste,
        islamistes, communiste, communistes, socialiste, socialistes, opposant, opposante,
        opposants, opposantes, opositor, opositora, opositores, oficialista, oficialistas
        """
    )
    + _french_forms(_FRENCH_MASCULINE)
    + _spanish_forms(_SPANISH_MASCULINE)
    + _portuguese_forms(_PORTUGUESE_MASCULINE)
)
_HEADS = _set(
    """
    national nationals citizen citizens origin descent extraction nationality background
    ressortissant ressortissante ressortissants origine nacionalidad origen
    citizenship passport passports heritage ancestry minority minorities caste castes
    tribe tribes clan clans sub-clan convert converts
    """
)
_DUAL = _set("dual double")
# Words that belong to the group they qualify: "ethnic Uzbek", "devout Sunni".
_BEFORE_A_GROUP = _set(
    """
    ethnic ethnically devout practising practicing observant evangelical born-again
    fundamentalist orthodox ultra-orthodox conservative radical militant converted
    dual double
    """
)
_BORN = _set("born born-and-raised speaking descended")
_COLOUR = re.compile(
    r"(?:black|white|dark-skinned|light-skinned|mixed-race|brown-skinned|noir|noire|blanc"
    r"|blanche|negro|negra|moreno|morena)[ ](?:man|woman|men|women|people|person|persons"
    r"|youth|youths|boy|boys|girl|girls|teenager|teenagers|child|children|family|families"
    r"|homme|femme|hommes|femmes|personne|personnes|hombre|mujer|hombres|mujeres)\b"
    r"|(?:homme|femme|hommes|femmes|personne|hombre|mujer)[ ](?:noire?s?|negra?s?|blanche?s?)\b",
    re.IGNORECASE,
)
_NATIONALITY_OF = re.compile(
    r"(?:de[ ]nationalité|nationalité|de[ ]nacionalidad|nacionalidad|de[ ]nacionalidade"
    r"|nacionalidade|d['\u2019]origine|origine"
    r"|de[ ]origen|origen|di[ ]nazionalità|nazionalità|of)[ \n]"
    r"(?P<value>[\w-]+(?:['\u2019][\w-]+)?)"
    r"(?:[ ](?:nationality|origin|descent|extraction))?",
    re.IGNORECASE,
)
_NATIONALITY_WORDS = (
    "de nacionalidad",
    "nacionalidad",
    "de nation",
    "nation",
    "di nazionalità",
    "nazionalità",
)
_ETHNIC = re.compile(r"(?:ethnic|ethnically)[ \n][A-Z][\w-]+(?:[ ][A-Z][\w-]+)?")
# A group no list holds, named by the word that makes it a people, or by its descent
# or its tongue: "the Varesh clan", "the Benu people" (the name alone, as the set labels
# it), "of Korvani origin", "of mixed heritage", "Korvani-speaking", "d'origine peule".
_GROUP_NOUN = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|These|Those|Some|Many|Most|All|Other|Local"
    r"|Young|Old|Older|Several|Such|Few|Every|Each|Any|No|Our|Their|His|Her|Its|Business"
    r"|International|Online|Faith|Gay|Deaf|Poor|Rich|Working|Ordinary|Displaced|Two|Three"
    r"|Four|Five|Six|Seven|Eight|Nine|Ten|Hundreds|Thousands|Dozens|Millions)\b)"
    r"(?P<name>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)(?:(?P<head>[ ](?:clans?|sub-clans?"
    r"|subclans?|tribes?|castes?|sub-castes?|lineages?|ethnic[ ]groups?|ethnic[ ]minority))"
    r"|[ ](?=(?:minority|minorities|people|peoples|community|communities|diaspora)\b))"
    r"|\bof[ ](?:(?:[A-Z][\w'\u2019-]+|mixed)[ ]){1,2}(?:descent|origin|extraction|heritage"
    r"|ancestry|parentage|stock)\b|\bof[ ]mixed[ ]race\b"
    r"|(?<![\w-])[A-Z][a-zà-ÿ]+-speaking\b"
    r"|\b(?:d['\u2019]origine|de[ ]origen)[ ][a-zà-ÿ-]{4,}\b"
)
_OPPOSITION = re.compile(
    r"(?:(?:members?|supporters?|activists?|militants?|sympathi[sz]ers?|membres?|proches?"
    r"|partisans?|militantes?|sympathisants?|miembros?|simpatizantes?)[ ]"
    r"(?:of[ ]the|de[ ]l['\u2019]|de[ ]la|del|of|de)[ ]?)?"
    r"(?:opposition|oposición)(?:[ ](?:party|parties|parti|partido|coalition|movement"
    r"|supporters?|activists?|leader|politicians?|[A-Z]{2,6}\b))?",
)
# Membership of a party or movement named by its kind: "a member of the ruling party".
_MEMBER_OF = re.compile(
    r"\b(?:members?|supporters?|activists?|militants?|sympathi[sz]ers?|cadres?)[ ]of[ ]the[ ]"
    r"(?:[a-z]+[ ]){0,2}(?:party|movement|coalition|front|alliance|league|union)\b"
    r"|\b(?:(?:members?|supporters?|activists?|militants?|sympathi[sz]ers?|cadres?|membres?"
    r"|militantes?|partisans?|miembros?|militantes?|simpatizantes?)[ ]"
    r"(?:of[ ](?:the[ ])?|du[ ]|de[ ]la[ ]|de[ ]l['\u2019]|del[ ]|de[ ]la[ ])?)?"
    r"(?:[A-Z][\w-]*[ ]){1,4}(?:Party|Movement|Front|Alliance|League)\b"
    r"(?:[ ](?:members?|supporters?|activists?|cadres?|loyalists?))?"
    r"|\bJehovah['\u2019]s[ ]Witness(?:es)?\b|\bBah[aá]['\u2019]?[ií]s?(?![\w'])"
    # "a member of the governing People's Progressive Movement", "miembro del Partido Liberal"
    r"|\b(?:members?|supporters?|activists?|militants?|sympathi[sz]ers?|cadres?|membres?"
    r"|militantes?|partisans?|miembros?|simpatizantes?|adherents?|adhérents?|afiliad[oa]s?)"
    r"[ ](?:of[ ](?:the[ ])?|du[ ]|de[ ]la[ ]|de[ ]l['\u2019]|del[ ]|de[ ])(?:[a-z]+[ ]){0,2}"
    r"(?:[A-Z][\w'\u2019-]*[ ]){0,5}(?:Party|Movement|Front|Alliance|League|Congress|Union"
    r"|Coalition|Rally|Forum|Partido|Parti|Mouvement|Movimiento|Frente|Alianza|Rassemblement"
    r"|Congrès|Congreso|Unión|Coalición)\b(?:[ ](?:of|for|de|du|del|pour|por|para)[ ]"
    r"(?:the[ ]|la[ ]|le[ ]|el[ ])?(?:[A-Z][\w'\u2019-]*)(?:[ ][A-Z][\w'\u2019-]*){0,3})?"
    r"|\b(?:ruling|governing|outlawed|banned|communist|socialist|nationalist|separatist"
    r"|islamist|royalist|conservative|liberal|labour|green|opposition)[ ]part(?:y|ies)"
    r"(?:[ ](?:members?|officials?|activists?|supporters?|cadres?|loyalists?|leaders?))?\b"
    r"|\b(?:(?:membres?|militante?s?|partisans?|miembros?|militantes?|simpatizantes?)"
    r"[ ](?:du|del)[ ])?(?:parti[ ]au[ ]pouvoir|partido[ ](?:oficialista|gobernante"
    r"|en[ ]el[ ]poder))"
    r"|\b(?:convert(?:s|ed)?|conversion)[ ](?:to|from)[ ](?:Islam|Christianity|Catholicism"
    r"|Judaism|Hinduism|Buddhism|Sikhism|Protestantism|Orthodoxy|the[ ]Baha['\u2019]i[ ]faith)"
)
_OPPOSITION_BEFORE = _set("the l' l\u2019 la de of del")
# A party named in French or Spanish, its adjectives after it: "miembro del Partido
# Liberal", "membre du Rassemblement pour la République".
_MEMBER_OF_ROMANCE = re.compile(
    r"\b(?:membres?|militante?s?|partisans?|miembros?|simpatizantes?|afiliad[oa]s?)[ ]"
    r"(?:du|de[ ]la|de[ ]l['\u2019]|del|de)[ ](?:Partido|Parti|Mouvement|Movimiento|Frente"
    r"|Alianza|Rassemblement|Congreso|Unión|Coalición)(?:[ ](?:de[ ]la[ ]|del[ ]|de[ ]|pour"
    r"[ ]la[ ]|por[ ]la[ ])?[A-Z][\w'\u2019-]*){1,4}"
)
# A demonym the lists do not know, before the word that makes it one: "Valdorian citizen".
_CITIZEN = re.compile(
    r"(?<![\w-])(?!(?:The|A|An|This|That|Every|Each|Any|No|One|Our|Their|His|Her|Its)\b)"
    r"[A-Z][a-zà-ÿ]+(?:-[A-Z]?[a-zà-ÿ]+)?[ \n](?:nationals?|citizens?)\b"
)


# A demonym no list holds (a new country's "Meruvian", "Zahrati"), known by its ending
# and by the person it qualifies: "a Tarvonian engineer", "Ostravian police".
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "an", "ic", "i")
_NOT_DEMONYMS = _set("The This That Every Each Any One Our Their His Her Its Christian")
_PERSONS = _set(
    """
    national nationals citizen citizens man men woman women boy boys girl girls child
    children family families people youth youths student students worker workers
    journalist journalists soldier soldiers officer officers official officials police
    army troops government authorities diplomat diplomats businessman businessmen refugee
    refugees migrant migrants trader traders priest priests community communities
    minority minorities dissident dissidents activist activists exile exiles prisoner
    prisoners detainee detainees passport passports engineer engineers doctor doctors
    nurse nurses teacher teachers lawyer lawyers farmer farmers driver drivers sailor
    sailors fishermen fisherman miner miners guard guards residents resident villagers
    villager descent origin extraction pastor pastors priest church churches mosque
    mosques temple temples dialect language families elders clan clans tribe tribes
    militia fighters rebels leaders leader households settlers herders
    """
)


def _demonyms_before_a_person(text: str) -> Iterator[tuple[int, int]]:
    found = words(text)
    for word, following in itertools.pairwise(found):
        piece = word.text
        if (
            len(piece) > 4
            and piece[0].isupper()
            and piece[1:].isalpha()
            and piece[1:].islower()
            and piece.endswith(_DEMONYM_ENDINGS)
            and piece not in _NOT_DEMONYMS
            and following.text.islower()
            and following.lower in _PERSONS
            and text[word.end : following.start] == " "
            and text[word.start - 1 : word.start] != "-"
        ):
            yield word.start, word.end


# A nationality after the word for a national: "ressortissant camerounais".
_NATIONAL_OF = re.compile(
    r"(?i:ressortissante?s?|citoyenne?s?|ciudadan[oa]s?|nacional(?:es)?|cittadin[oaie])"
    r"[ \n](?P<value>[\w-]+)"
)


# A national of a place, by the place: "a national of Tarvonia", "citizens of Oruma".
_OF_A_COUNTRY = re.compile(
    r"\b(?:nationals?|citizens?|subjects?|natives?)[ ]of[ ](?:the[ ])?"
    r"[A-Z][\w'\u2019-]+(?:[ ][A-Z][\w'\u2019-]+){0,2}"
)
# A nationality the lists do not know, after the word for a national, by the endings of
# French and Spanish demonyms: "ressortissant tarvonien", "ciudadana orumeña".
_ROMANCE_DEMONYM_ENDINGS = (
    "ien",
    "ienne",
    "iens",
    "iennes",
    "ais",
    "aise",
    "aises",
    "ois",
    "oise",
    "oises",
    "ain",
    "aine",
    "ains",
    "aines",
    "an",
    "ane",
    "ano",
    "ana",
    "anos",
    "anas",
    "ino",
    "ina",
    "eño",
    "eña",
    "eños",
    "eñas",
    "és",
    "esa",
    "ense",
    "ien",
    "i",
    "ite",
    # Italian: "cittadino kalamiota", "di nazionalità montevarese"
    "ota",
    "ote",
    "oti",
    "ese",
    "esi",
)
# Nationalities joined before the word that makes them one: "Tarvonian and Ethiopian
# nationality", "of Kurdish, Turkish or Syrian origin".
_JOINED_NATIONALITIES = re.compile(
    r"(?<![\w-])[A-Z][a-zà-ÿ]+(?:,[ ][A-Z][a-zà-ÿ]+)*,?[ ](?:and|or)[ ][A-Z][a-zà-ÿ]+[ ]"
    r"(?:nationality|nationalities|citizenship|origin|descent|extraction)\b"
)
# Supporters of a movement named in full, whatever it calls itself: "a supporter of
# Erkin Yol", "militant de l'UPDO", "member of the banned Reform Current".
_SUPPORTER_OF = re.compile(
    r"\b(?i:supporters?|activists?|militants?|sympathi[sz]ers?|cadres?|adherents?|partisans?"
    r"|militante?s?|sympathisante?s?|adhérente?s?|simpatizantes?"
    r"|(?:members?|membres?|miembros?)(?=[ ](?:of[ ]the|du|de[ ]la|del)[ \n](?:banned|outlawed"
    r"|unregistered|underground|clandestine|dissolved|illegal|opposition|interdit|dissous"
    r"|clandestin|ilegal|proscrit)))"
    r"[ ](?:of[ ](?:the[ \n])?|du[ ]|de[ ]la[ ]|de[ ]l['\u2019]|del[ ]|de[ ])"
    r"(?:(?:banned|outlawed|unregistered|underground|clandestine|dissolved|illegal"
    r"|opposition)[ \n])?"
    r"(?:[A-Z][\w'\u2019-]*(?:[ \n][A-Z][\w'\u2019-]*){0,4}|[A-Z]{2,8}\b)"
)
_NOT_A_MOVEMENT = _set("the a an this that his her their its our government police army state")


def nrp(text: str) -> Iterator[LayoutSpan]:
    """Nationalities, ethnic and religious groups, and political affiliations."""
    found = words(text)
    spans: list[tuple[int, int]] = []
    starts = set(CAPITALISED.candidates(found)) | set(ANY_CASE.candidates(found))
    starts.update(i for i, word in enumerate(found) if "-" in word.lower)
    local = _local_demonyms(found)
    starts.update(i for i, word in enumerate(found) if word.text in local)
    taken = 0
    for index in sorted(starts):
        if index < taken:
            continue
        length = _group_at(text, found, index) or int(found[index].text in local)
        if not length:
            continue
        last = index + length - 1
        while last + 1 < len(found) and gap_is_space(text, found[last], found[last + 1]):
            more = _group_at(text, found, last + 1)  # "Shia Muslim", "Pakistani Christian"
            if found[last + 1].lower in _HEADS:
                more = 1
            elif found[last + 1].lower in _DUAL and last + 2 < len(found):
                more = 2 if found[last + 2].lower in _HEADS else 0  # "Canadian dual national"
            if not more:
                break
            last += more
        first = index
        if first > 0 and found[first - 1].lower in _BEFORE_A_GROUP:
            first -= 1
        spans.append((found[first].start, found[last].end))
        taken = last + 1
    patterned = list(_patterns(text))
    spans.extend(patterned)
    spans.extend(_other_mentions(text, found, patterned))
    for start, end in _merged(spans):
        quoted = text[start - 1 : start] == "'"
        # the glottal stop that ends a Mayan people's name: "K'iche'", "Q'eqchi'"
        stop = "'" in text[start:end] and not quoted and _GLOTTAL_STOP_END.match(text, end)
        yield LayoutSpan(
            start, end + int(bool(stop)), ENTITY, SCORE, "nationality, group or belief"
        )


_GLOTTAL_STOP_END = re.compile(r"'(?![\w'])")


# Where a country's name is told: "in Valdoria", "from Almaresh", "of Kivanda".
_PLACE_BEFORE = _set(
    "in from of to across into via and with between against visit visited en de à del desde hacia"
)


def _local_demonyms(found: tuple[Word, ...]) -> frozenset[str]:
    """Demonyms of the places a document names, made the way demonyms are made
    ("Valdoria" → "Valdorian", "Kivanda" → "Kivandan", "Almaresh" → "Almareshi",
    "Qoryzstan" → "Qoryzstani", "Tamborel" → "Tamborelese"), with their plurals, for
    the ones that occur in it: a country no list holds still has its nationals."""
    places = {
        word.text
        for before, word in itertools.pairwise(found)
        if before.lower in _PLACE_BEFORE and word.text[:1].isupper() and word.text[1:].islower()
    }
    written = {word.text for word in found if word.text[:1].isupper()}
    local: set[str] = set()
    for place in places:
        if len(place) < 5 or place.lower() in CAPITALISED:
            continue
        for form in _demonym_forms(place):
            for candidate in (form, form + "s"):
                if candidate in written:
                    local.add(candidate)
    return frozenset(local)


def _other_mentions(
    text: str, found: tuple[Word, ...], spans: list[tuple[int, int]]
) -> Iterator[tuple[int, int]]:
    """Every other mention of a group the patterns found by its place in a phrase
    ("the Orvani community" → "most of them Orvani", "ORVANI PASTOR"): a document
    that names a group once by its context names it the same way elsewhere."""
    learned = set()
    for start, end in spans:
        first = text[start:end].split(maxsplit=1)[0]
        following = text[end : end + 12].split()[:1]
        if following and following[0].lower() in _SURNAME_CONTEXTS:
            continue  # "the Rossi family": a surname as often as a people
        if (
            len(first) > 3
            and first[0].isupper()
            and first[1:].islower()
            and first.isalpha()
            and first.lower() not in CAPITALISED
            and first.lower() not in ANY_CASE
            and first not in _NOT_DEMONYMS
        ):
            learned.add(first.lower())
    for word in found:
        if word.lower in learned and (word.text[0].isupper()):
            yield word.start, word.end


_SURNAME_CONTEXTS = _set("family families household households")


def _demonym_forms(place: str) -> list[str]:
    if place.endswith("a"):
        return [place + "n"]  # "Valdoria" → "Valdorian", "Kivanda" → "Kivandan"
    if place.endswith("stan"):
        return [place + "i"]
    if place.endswith(("o", "e")):
        return [place[:-1] + "an", place[:-1] + "ian", place + "an"]
    return [place + "i", place + "ian", place + "ese", place + "an", place + "ish"]


def _group_at(text: str, found: tuple[Word, ...], index: int) -> int:
    word = found[index]
    if "-" in word.text and word.text[0].isupper() and _compound_demonym(word.text):
        return 1  # "British-Iranian", "Canadian-Almareshi", "Afro-Colombian"
    head, _, rest = word.lower.partition("-")
    if rest in _BORN and head:
        piece = Word(word.start, word.start + len(head), word.text[: len(head)], head)
        if CAPITALISED.longest(piece.text, (piece,), 0) or ANY_CASE.longest(
            piece.text, (piece,), 0
        ):
            return 1  # "Pakistani-born"
    length = CAPITALISED.longest(text, found, index)
    if length and word.text[0].isupper() and not _heading(found, index, length):
        return length
    return ANY_CASE.longest(text, found, index)


# French demonyms in a compound: "Lebanese-Korbanais", "Malian-Tessarois".
_FRENCH_ENDINGS = ("ais", "ois", "ien", "ain")
_COMBINING = frozenset({"Afro", "Indo", "Anglo", "Franco", "Sino", "Euro", "Judeo", "Greco"})


def _compound_demonym(piece: str) -> bool:
    """A hyphenated nationality: every part a known demonym or a combining form, and
    at least one known ("British-Iranian"), or a known one with a capitalised part in
    a demonym's ending ("Canadian-Almareshi")."""
    parts = piece.split("-")
    if len(parts) < 2 or not all(part[:1].isupper() for part in parts):
        return False
    known = [part.lower() in CAPITALISED for part in parts]
    if not any(known):
        return False
    return all(
        is_known or part in _COMBINING or part.endswith(_DEMONYM_ENDINGS + _FRENCH_ENDINGS)
        for part, is_known in zip(parts, known, strict=True)
    )


def _heading(found: tuple[Word, ...], index: int, length: int) -> bool:
    """A word of a heading in capitals ("FRENCH") is read as a word of the heading."""
    return all(w.text.isupper() and len(w.text) > 3 for w in found[index : index + length])


def _patterns(text: str) -> Iterator[tuple[int, int]]:
    for match in _COLOUR.finditer(text):
        yield match.span()
    for match in _ETHNIC.finditer(text):
        yield match.span()
    for match in _GROUP_NOUN.finditer(text):
        if match.group("name") and not match.group("head"):
            yield match.span("name")  # "the Tessari community": the people, not the noun
        else:
            yield match.span()
    for match in _NATIONALITY_OF.finditer(text):
        value = match.group("value")
        folded = value.lower()
        # A nationality no list holds, named after the word "nationality" by the endings
        # of a French, Spanish or Portuguese demonym: "de nacionalidad tarvoniana".
        unknown = (
            value.islower()
            and len(value) > 5
            and value.endswith(_ROMANCE_DEMONYM_ENDINGS)
            and match.group().lower().startswith(_NATIONALITY_WORDS)
        )
        if unknown or folded in ANY_CASE or (value[:1].isupper() and folded in CAPITALISED):
            if match.group().lower().startswith("of ") and match.end() == match.end("value"):
                continue  # "of French" alone is not an expression
            yield match.span()
    for match in _OPPOSITION.finditer(text):
        before = text[max(0, match.start() - 8) : match.start()].split()
        previous = before[-1].lower() if before else ""
        if " " in match.group() or previous in _OPPOSITION_BEFORE:
            yield match.span()  # "member of the opposition", "the opposition UDF"
    for match in _CITIZEN.finditer(text):
        yield match.span()
    yield from _demonyms_before_a_person(text)
    for match in _NATIONAL_OF.finditer(text):
        value = match.group("value")
        unknown = value.islower() and len(value) > 5 and value.endswith(_ROMANCE_DEMONYM_ENDINGS)
        if value.lower() in ANY_CASE or unknown:
            yield match.span()
    for match in (*_OF_A_COUNTRY.finditer(text), *_JOINED_NATIONALITIES.finditer(text)):
        yield match.span()
    for match in _SUPPORTER_OF.finditer(text):
        named = match.group().split()[-1].casefold()
        if named not in _NOT_A_MOVEMENT:
            yield match.span()
    for match in (*_MEMBER_OF.finditer(text), *_MEMBER_OF_ROMANCE.finditer(text)):
        yield match.span()


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
