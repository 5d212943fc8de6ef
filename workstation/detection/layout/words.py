"""Word lists shared by the layout recognizers: what may and may not be part of a name."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The words of a list written one after another, for membership tests."""
    return frozenset(text.split())


PARTICLES = word_set(
    "al el bin ibn bint binti abu da das de del della der den di do dos du la le van von y ter"
)
# Words that are capitalised but do not make a name (titles are handled separately).
NOT_NAME = word_set(
    """
    a an and as at but by for from if in into of on or the to with via per re fw fwd
    i we you he she they it this that these those there here his her our your their my
    mr mrs ms dr no yes not all any each every some see please note end comment summary
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today tomorrow
    office section committee ministry department directorate bureau unit team desk division
    service services agency council board commission authority police army embassy consulate
    mission group association forum fund foundation company corporation bank university
    school hospital hotel court prosecutor prosecutor's security accounts affairs staff
    helpdesk support administration registry station headquarters hq ltd llc inc sa jsc
    republic government state states kingdom federation union party movement network
    secretariat cabinet presidency parliament assembly congress senate command brigade
    battalion regiment navy air force intelligence customs immigration tax treasury
    jefatura comando policía policia ministère ministerio direction dirección
    classified reference ref subject tags sipdis noforn confidential secret unclassified
    restricted memorandum order report minutes notes annex attachment attachments file
    files copy distribution page cable cables email mail phone tel fax mobile address
    contact contacts name names role date time signed approved cleared drafted
    regards sincerely thanks cheers best yours saludos atentamente cordialement salam
    executive manager coordinator analyst assistant adviser advisor spokesman spokeswoman
    spokesperson editor correspondent reporter engineer clerk training
    """
)
TITLES = word_set(
    """
    mr mrs ms miss mx dr prof sister brother father fr rev reverend pastor imam sheikh
    sheikha haji hajja pak bapak ibu bu mama mme madame monsieur mlle herr frau señor
    señora sr sra srta don doña dona lt lieut lieutenant maj major col colonel gen general
    capt captain cpt sgt sergeant cpl corporal cbo cabo insp inspector cmdr commander adm
    admiral judge justice minister ambassador amb president senator sen governor gov mayor
    deputy director director-general chairman chairwoman chair secretary consul officer
    agent detective det constable chief comandante coronel teniente sargento subteniente
    mayor cdr ret jefe jefa me maître mm mmes abogada abogado lic licenciado licenciada dra ing
    shri smt shrimati alhaji alhaja hon honourable engr mullah maulana maulvi pandit sardar
    comrade madam superintendent supt commissioner magistrate advocate adv barrister warden
    brigadier brig dato datuk ustaz ustadh mzee khun messrs mesdames drs
    professor professeur profesor profesora docteur doctor doctora nurse rabbi cantor
    bishop archbishop msgr mgr monseigneur deacon elder evangelist
    abbé abbe père soeur sœur frère fray sor padre hermano hermana
    ato w/ro wro weyzero woizero hajji hadji hajj elhadj el-hadj alhadji hajia hajiya
    hajah hajjah mallam malam mwalimu bwana tuan puan encik cik tun mbak daw kyai kiai
    ustadz shaykh sheik mufti qadi ayatollah hojatoleslam mawlana moulana molvi
    thiru thirumathi gospodin gospozha fräulein dña dn councillor
    sheriff trooper cadet airman seaman marshal commodore commandant
    capitaine adjudant adjudant-chef sergent sergent-chef caporal caporal-chef
    brigadier-chef gendarme commissaire inspecteur lieutenant-colonel
    capitán comisario subinspector agente alférez
    sub-inspector sub-lieutenant
    camarade camarada compañero compañera
    """
)
