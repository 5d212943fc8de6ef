"""Common given names of the regions gender-guesser's dictionary covers thinly.

Jörg Michael's list (in gender-guesser) is strong on Europe, the Americas and the
Middle East and thin on sub-Saharan Africa, South and Central Asia and South-East Asia,
where many of the people in leaked documents come from. These are the commonest given
names of those regions, as written in Latin letters, chosen from general knowledge of
naming customs, not from any document of the evaluation sets. Names that are also
ordinary English words ("Blessing", "Precious", "Ram") are left out: a capital at the
start of a sentence would make them names.
"""

from __future__ import annotations

from workstation.detection.phrases.tokens import word_set

WEST_AFRICAN = word_set(
    """
    modou modu kwame kofi kwabena kwaku yaw kojo kwasi kweku kwadwo ama akosua adwoa abena afua yaa
    efua esi akua komla kossi kodjo koffi yao kokou ayawa afi adjoa abla yawo kwami mawuli
    edem sena selom elikem dela oluwaseun olumide adebayo ayodele babatunde folake
    funmilayo kehinde taiwo tunde yetunde bukola olufemi adewale chidi chukwuemeka
    chinedu chiamaka ngozi obinna ifeanyi nnamdi uchenna adaeze emeka ikechukwu chioma
    nkechi ousmane oumar moussa ibrahima amadou boubacar souleymane seydou fatoumata
    aminata aïssatou aissatou kadiatou oumou awa adama hawa ramata rokia bintou salif
    modibo bakary lassana sekou sékou cheikh mamadi mariama djeneba assetou abdoulaye
    alassane ismaila youssouf lamine babacar ndeye fatou aliou olusegun oluwadamilare
    oluwatobi oluwakemi olamide olawale oladipo oyelaran temitope titilayo abimbola
    adeola adenike adetokunbo kayode segun femi wale yemi bola dapo gbenga chinonso
    chinwe chinyere chukwudi ebuka ekene kelechi nneka obiageli uzoma amaka onyeka
    ifeoma nkiruka ugochukwu chibuike somtochukwu zainab hadiza halima aisha usman
    musa abubakar sani bello garba danjuma yakubu idrissa issoufou hamadou mahamadou
    boureima souley kalilou siaka drissa yacouba zoumana tiémoko tiemoko kouadio
    kouamé kouame konan koffi affoué akissi adjoua amenan n'guessan yapo gnamien
    """
)
EAST_AND_SOUTHERN_AFRICAN = word_set(
    """
    abebe tesfaye haile alemayehu mulugeta tadesse dawit yonas selam meseret hiwot
    tigist bereket getachew yohannes yohanes tewodros berhane kidane mekonnen girma
    almaz genet mulu tsehay wanjiku njeri kamau otieno achieng akinyi wambui mwangi
    wanjiru odhiambo nyambura kipchoge chebet jepkosgei wekesa barasa auma atieno
    nyokabi muthoni wairimu kiprono kiptoo cherono jeptoo baraka juma rehema neema
    zawadi amani imani tumaini faraji mwanaisha mwajuma tendai tatenda farai chipo rudo
    tinashe tafadzwa nyasha rutendo kudakwashe munyaradzi thabo sipho nomvula lindiwe
    bongani themba zanele thandiwe thandeka thabang tshepo lerato palesa
    kagiso lesedi refilwe mpho boitumelo karabo kgomotso dineo nthabiseng
    siyabonga sibusiso nokuthula nonhlanhla sizwe mandla andile ayanda busisiwe
    zodwa nompumelelo xolani vusi lwazi buhle mbali zandile thulani sakhile
    mulenga chanda mwape bwalya musonda chileshe kabwe mutale kondwani chikondi
    tamanda mphatso limbani kondwani yamikani innocentia mukami uwase
    mugisha nshuti ishimwe iradukunda niyonzima habimana uwimana mukamana
    """
)
SOUTH_ASIAN = word_set(
    """
    bishnu krishna gopal shyam laxmi lakshmi sita gita saraswati durga parvati
    ganesh suresh ramesh mahesh dinesh rajesh mukesh rakesh naresh umesh ganga bahadur
    prasad narayan purna kamal bimal nirmal sanjay ajay vijay rajendra
    surendra narendra devendra mahendra jitendra birendra dhirendra pushpa sunita
    anita kabita sabita babita sarita rita samjhana sushila kamala radha rukmini
    rukhsana shabana nasreen parveen shamim shahida rehana farida khadija ruksana
    taslima shirin nusrat sultana momena rahima karima shahnaz tahmina shamima
    abdul mohammad muhammad mohd golam shafiqul rafiqul aminul nazrul monirul
    mizanur habibur mahbubur lutfur mostafa anwar asif imran kashif irfan zubair
    faisal shahid zahid waqar waseem naveen praveen pradeep sandeep kuldeep gurdeep
    harpreet manpreet jaspreet simran navjot harjit balwinder jaswinder sukhwinder
    thushara chaminda nuwan ruwan kasun tharindu dilshan sanath mahinda upul priyanka
    nirosha dilani kumari sanduni thilini chathura lasantha rohana nalin
    """
)
CENTRAL_ASIAN = word_set(
    """
    bekzat nursultan yerzhan yerlan yerbol askar arman aidos aibek almaz azamat bakhyt
    berik daulet dauren kanat marat nurlan serik talgat timur zhandos aigerim aizhan
    ainur akmaral aliya asel aset assel botagoz dana dinara gulnara gulmira kamila
    madina meruert saltanat zhanar zarina aizada aigul gulnaz nurgul cholpon bakyt
    kubanychbek nurbek ulanbek bolot mirlan adilet emil jyldyz elmira mirzo
    rustam farrukh sherzod dilshod jasur bobur bakhtiyor otabek sardor ulugbek jamshid
    shukhrat nodir akmal aziz dilnoza gulnora nigora shahnoza feruza malika mohira
    zulfiya sitora mavluda firuza davron saidjon firdavs sukhrob khurshed
    """
)
SOUTH_EAST_ASIAN = word_set(
    """
    siti nur nurul dewi putri ayu wahyu agus budi bambang joko slamet sutrisno
    sugeng hendra rudi andi eko dwi adi iwan yanti yuni rina wati endang sumarni
    suparman supriyadi rahmat hidayat taufik fajar arif dedi yusuf ahmad nurhayati
    rahmawati kartini lestari wulandari puspita intan ratna kurniawan setiawan
    muhammad mohd ahmad azman azlan faizal hafiz haziq amirul aiman nurul aishah
    farah nabila syafiqah izzati hidayah norazlina rosnah zaleha rohani rozita
    somchai somsak sompong somporn prasert prayut suthep wichai anan arun nattapong
    siriporn somjai malee porntip kanya lamai boonmee thongchai kittisak
    meas sokha sopheap sophal dara vanna chanthou bopha srey sreymom piseth rithy visal
    kyaw aung htun zaw thant myint naing thein soe hla thida khin nyein
    htoo hlaing lwin htet phyo thura sithu nandar yadanar sandar khaing htay myat
    hnin kaung pyae thiri hsu hser kler zin nyunt oo
    maricel marites maribel lorna rowena jocelyn analyn rodel jomar jericho arnel
    ronaldo rolando ferdinand danilo edgardo rogelio reynaldo jojo
    """
)
# Brazilian given names, many coined in the North-East and the Amazon ("Djalma",
# "Valdeci", "Kauã"), and the Spanish pet forms a person is called by ("Toño", "Chepe").
LATIN_AMERICAN = word_set(
    """
    djalma valdeci valdecir valdir valdirene kauã kaua kauê cauã cauê jucélia jucelia
    cleiton kleiton gleison gleice marinalva adailton ednaldo erivaldo edivaldo genivaldo
    claudionor jaciara deusdete josimar edileuza cícero cicero ivanete rosilene elenilson
    jailson jaílson cleide cleonice edinaldo gildásio valdemir valmir wesley weslley
    uelinton aparecida rosimeire rosimere lucineide luciene marileide francineide
    ivonete edivânia jociane josiane raimundo raimunda deuzuite benedita iraci iracema
    jurema moacir ubirajara tainá taina iara jandira raoni araci juraci potira
    toño chepe chucho pancho lalo nacho chelo chela chalo goyo moncho quique chema
    chente chuy kike fito lencho nando tencha chabela chayo licha meche
    dilcia dilsia yesenia yessenia wendy dunia glenda iveth lesly
    """
)
MADAGASCAN_AND_GREAT_LAKES = word_set(
    """
    rija hery rivo tiana hanta lova nirina haja andry mamy faly voahangy hasina fanja
    miora tahina njaka toky fetra tojo hanitra lalao nomena zo naina
    kahindo masika kavira kyakimwa kasereka kambale muhindo mumbere paluku katembo
    kahambu masika mbusa kavugho bahati furaha neema amani baraka zawadi riziki
    bosco
    """
)
EXTRA = (
    WEST_AFRICAN
    | EAST_AND_SOUTHERN_AFRICAN
    | SOUTH_ASIAN
    | CENTRAL_ASIAN
    | SOUTH_EAST_ASIAN
    | LATIN_AMERICAN
    | MADAGASCAN_AND_GREAT_LAKES
)
