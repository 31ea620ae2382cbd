"""Karakalpak appeal texts, written in the Latin alphabet of 2016.

The letters are á ó ú ı ń ǵ (capital Í for ı) plus q, x, w, sh, ch. The texts
are written in Karakalpak, not run through a transliterator from `uz`: the
grammar differs (vowel harmony in -dı/-di, -ǵa/-ge, the polite request
"...-ıwıńızdı sorayman") and so do the words (awız suw, napaqa, shańaraq).
People who type without the special letters are imitated by `noise`, so the
source stays canonical.

Suffixes follow the vowels of the word they attach to, so the templates do not
glue them to names the caller supplies ({district}, {mahalla}, {son},
{daughter}); they use a postposition or apposition instead ("{district}
aymaǵında"). Street names come only from STREETS, where every one ends in
"kóshesi", so "{street}nde" (kóshesinde), "{street}ndegi" and "{street}n" are
safe; keep it so when adding streets.
"""

GREETINGS = [
    "Assalawma áleykum.",
    "Assalawma áleykum!",
    "Assalawma áleykum, húrmetli basshı!",
    "Húrmetli juwapker xızmetkerler!",
    "Sálem.",
    "Húrmetli hákim!",
    "Assalawma áleykum, húrmetli hákim!",
]

ADDRESS_LINES = [
    "Men {district}, {mahalla} máhállesi, {street}, {house}-úyde jasayman.",
    "Men {district} aymaǵındaǵı {mahalla} máhállesinde turaman.",
    "{mahalla} máhállesiniń turǵınları atınan jazıp atırman.",
    "Mánzil: {district}, {mahalla} MPJ, {street}, {house}-úy.",
    "Men, {name}, {district}, {street}, {house}-úyde jasawshı puqaraman.",
]

CLOSINGS = {
    "application": [
        "Arzamdı kórip shıǵıp, unamlı sheshiwińizdi sorayman.",
        "Ótinemen, járdem beriń.",
        "Ámeliy járdem beriwińizdi sorayman.",
        "Aldın ala rahmet.",
    ],
    "complaint": [
        "Tiyisli ilaj kóriwińizdi sorayman.",
        "Juwapker xızmetkerler tárepinen tiyisli ilajlar kóriliwin sorayman.",
        "Ótinemen, bul máseleni qadaǵalawǵa alıń.",
        "Juwapsız qaldırmawıńızdı soraymız.",
    ],
    "suggestion": [
        "Usınısımdı kórip shıǵıwıńızdı sorayman.",
        "Bul usınıs esapqa alınsa, kópshilikke paydası tiyedi dep oylayman.",
        "Pikirimdi qollap-quwatlaysız dep úmittemen.",
    ],
}
# A body whose last sentence already says one of these needs no closing.
CLOSING_MARKERS = ("sorayman", "soraymız", "rahmet", "ótinemen", "úmittemen", "oylayman")

# Every street ends in "kóshesi": the templates add case endings to {street}.
STREETS = [
    "Ámir Temur kóshesi", "Dosnazarov kóshesi", "Berdaq kóshesi", "Ájiniyaz kóshesi",
    "Qaraqalpaqstan kóshesi", "Ǵárezsizlik kóshesi", "Doslıq kóshesi", "Tınıshlıq kóshesi",
    "Jaslıq kóshesi", "Nawrız kóshesi", "Ámiwdárya kóshesi", "Báhár kóshesi",
    "Qayıpbergenov kóshesi", "Ibrayım Yusupov kóshesi", "Kúnxoja kóshesi", "Ernazar Alakóz kóshesi",
    "Ámet Shamuratov kóshesi", "Allambergenov kóshesi", "Paxtashı kóshesi", "Gúlstan kóshesi",
]
FULL_NAMES = [
    "Seytmuratova Gúlnara", "Orazbaev Aymúrat", "Jumabaeva Sháhzada", "Allambergenov Berdaq",
    "Tájimuratova Aygúl", "Embergenov Dáwletbay", "Qayıpova Gúlbahar", "Kamalov Ájiniyaz",
    "Abdiraxmanova Zamira", "Seytjanov Baxtiyar", "Nurımbetova Ayjamal", "Ótepov Ǵayrat",
    "Xojamuratova Gúlshirin", "Bekmuratov Jaqsılıq", "Utepbergenova Dilfuza", "Qudaybergenov Azamat",
]
SONS = ["Aymúrat", "Berdaq", "Ájiniyaz", "Dáwranbek", "Azamat", "Ilyas", "Bekzat", "Nurlan"]
DAUGHTERS = ["Sháhzada", "Aygúl", "Aruwxan", "Gúlayım", "Mádina", "Dilnaz", "Ásel", "Zarina"]
MAHALLAS = ["Berdaq", "Ájiniyaz", "Nawrız", "Doslıq", "Tınıshlıq", "Jaslıq", "Gúlstan", "Ámiwdárya"]
DISTRICTS = ["Nókis qalası", "Shımbay rayonı", "Tórtkúl rayonı", "Xojeli rayonı", "Qońırat rayonı",
             "Beruniy rayonı", "Kegeyli rayonı", "Moynaq rayonı"]
REGIONS = ["Qaraqalpaqstan Respublikası"]

MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentyabr", "oktyabr",
          "noyabr", "dekabr")
# "until" is the dative with shekem; the ending follows each month's last vowel and consonant.
MONTHS_DATIVE = ("yanvarǵa", "fevralǵa", "martqa", "aprelge", "mayǵa", "iyunǵa", "iyulǵa", "avgustqa",
                 "sentyabrǵa", "oktyabrǵa", "noyabrǵa", "dekabrǵa")


def date(day: int, month: int) -> str:
    return f"{day}-{MONTHS[month]}"


def until(day: int, month: int) -> str:
    return f"{day}-{MONTHS_DATIVE[month]} shekem"


APPEALS = {
    "gas-supply": {
        "application": [
            ("Úydi gaz tarmaǵına jalǵaw",
             "{street}nde jańa úy salıp pitkerdim, biraq ele tábiyiy gaz tarmaǵına jalǵanbaǵan. Kerekli "
             "hújjetlerdi {date} kúni aymaqlıq gaz támiynatı filialına tapsırǵanman, biraq házirge shekem "
             "juwap joq. Úyimdi gaz tarmaǵına jalǵaw ushın texnikalıq shártler beriliwin sorayman."),
            ("Gaz esaplaǵıshın almastırıw",
             "Úyimizdegi gaz esaplaǵıshı isten shıqqan, kórsetkishleri nadurıs shıǵıp atır. {days} kún "
             "burın qadaǵalawshıǵa aytqan edik, ele hesh kim kelgen joq. Esaplaǵıshtı tekserip, almastırıp "
             "beriwińizdi soraymız."),
        ],
        "complaint": [
            ("Gaz basımı tómen",
             "{mahalla} máhállesinde {months} aydan beri gaz basımı júdá tómen. Keshqurın awqat pisiriwdiń "
             "ilajı joq, qazan qaynamaydı. Balalar suwıqta qalıp atır, peshler pútkilley janbaydı. Gaz "
             "xızmetine neshe ret qońıraw ettik, tek «kóremiz» deydi."),
            ("Gaz berilmey atır",
             "{street}nde {days} kúnnen beri pútkilley gaz joq. Aldın ala hesh qanday eskertiw bolmadı. "
             "Úyde jası úlken anam hám kishkene balalar bar, jılınıwǵa basqa múmkinshiligimiz joq."),
            ("Gaz ushın nadurıs qarızdarlıq",
             "Gaz ushın {amount} swm qarızdarlıq shıǵıp qaldı, al men hár ay óz waqtında tólep kelemen. "
             "Barlıq tólem chekleri mende saqlanǵan. Esap-sanaqtı qayta kórip shıǵıwıńızdı sorayman."),
        ],
        "suggestion": [
            ("Gaz basımın asırıw boyınsha usınıs",
             "Máhállemizdegi gaz trubaları 1980-jılları tóselgen, xalıq kóbeygen sayın basım jetpey qalıp "
             "atır. Kóshemizge qosımsha gaz basımın retlewshi punkt ornatıwdı yamasa trubanı diametri "
             "úlkenirek trubaǵa almastırıwdı usınıs etemen."),
            ("Esaplaǵısh kórsetkishin onlayn jiberiw",
             "Hár ay qadaǵalawshını kútip otırıw qolaysız. Gaz esaplaǵıshınıń kórsetkishin mobil qosımsha "
             "yamasa Telegram-bot arqalı jiberiw múmkinshiligin jaratıwdı usınıs etemen. Bul xalıqtıń da, "
             "xızmetkerlerdiń de waqtın únemleydi."),
        ],
    },
    "electricity-supply": {
        "application": [
            ("Transformatordı almastırıw",
             "{mahalla} máhállesindegi transformator eski, quwatı jetpeydi, keshqurınları kernew 160-170 "
             "voltqa shekem túsip ketedi. Muzlatqısh hám kir juwıw mashinası islemey qaldı. "
             "Transformatordı quwatlıraǵına almastırıwıńızdı soraymız."),
            ("Jańa úydi elektr tarmaǵına jalǵaw",
             "{street}, {house}-úyde jańa úy saldım. Elektr tarmaǵına jalǵanıw ushın {weeks} hápte burın "
             "arza bergenmen, esaplaǵıshtı da satıp alıp qoyǵanman. Jalǵaw jumısların tezletiwge járdem "
             "beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Svet jiyi óship atır",
             "Sońǵı {weeks} hápteden beri kúnine 3-4 ret svet óship atır, geyde túni menen joq. Aldın ala "
             "hesh qanday xabar berilmeydi. Úyde nawqas adam bar, nebulayzerdi islete almay qalıp atırmız."),
            ("Elektr ushın artıqsha esap",
             "Bul ay elektr energiyası ushın {amount} swm esap kelipti, ádette ayına 150-200 mıń "
             "átirapında tóleytuǵın edik. Esaplaǵısh kórsetkishi menen kvitanciyadaǵı san sáykes kelmeydi. "
             "Esaptı qayta tekserip beriwińizdi sorayman."),
        ],
        "suggestion": [
            ("Óshiriwler haqqında aldın ala xabar beriw",
             "Rejeli óshiriwler haqqında xalıqtı aldın ala SMS yamasa Telegram kanal arqalı eskertiwdi "
             "usınıs etemen. Sonda adamlar jumısın rejelestirip aladı, muzlatqıshtaǵı azıq-awqat ta "
             "buzılmaydı."),
            ("Podezdlerge quyash panelleri",
             "Kóp qabatlı úylerimizdiń tóbesine quyash panellerin ornatıp, podezd hám podval jaqtılıǵın "
             "solarǵa ótkeriw múmkin. Bul ulıwma elektr sarpın azaytadı, úzilislerde de podezd qarańǵı "
             "qalmaydı."),
        ],
    },
    "water-supply": {
        "application": [
            ("Awız suw tarmaǵına jalǵaw",
             "Kóshemizdegi {count} xojalıq ele oraylastırılǵan awız suw tarmaǵına jalǵanbaǵan, suwdı "
             "mashinadan satıp alamız. Bir bochka suwǵa 40-50 mıń swm tólep atırmız. Kóshemizge suw "
             "trubası tartıp beriliwin soraymız."),
            ("Suw esaplaǵıshın plombalaw",
             "{date} kúni jańa suw esaplaǵıshın ornattım. Plombalaw ushın suw támiynatı kárxanasına eki "
             "ret bardım, náwbetke jazıp qoydı, biraq ele hesh kim kelgen joq. Esaplaǵıshtı plombalap, "
             "dizimge alıwıńızdı sorayman."),
        ],
        "complaint": [
            ("Suw kelmey atır",
             "{mahalla} máhállesinde {days} kúnnen beri kranlardan suw kelmey atır. Kelse de túngi saat "
             "2-3 átirapında bir saatqa ǵana keledi. Awız suwdı qońsı máhálleden tasıp júrmiz."),
            ("Suwdıń sapası jaman",
             "Krannan laylı, sarǵısh suw kelip atır, iyisi de bar. Balalarım eki ret asqazan awırıwı menen "
             "emlewxanaǵa tústi. Suwdı laboratoriyada tekserip, sebebin anıqlawıńızdı sorayman."),
        ],
        "suggestion": [
            ("Suw beriw grafigin járiyalaw",
             "Suw saat boyınsha berilip atırǵan eken, grafikti máhálle toparında aldın ala járiyalap barıw "
             "kerek. Adamlar ıdıslardı tayarlap qoyadı, keregi joq sarp hám janjallar azayadı."),
            ("Eski trubalardı almastırıw",
             "Kóshemizdegi suw trubaları 40 jıldan beri almastırılmaǵan, hár ayda bir jeri jarılıp, suw "
             "asfalttı buzıp aǵadı. Hár ret jamaw qılǵannan kóre trubanı tolıq plastik trubaǵa almastırıw "
             "arzanıraq túsedi dep esaplayman."),
        ],
    },
    "sewerage": {
        "application": [
            ("Oraylıq kanalizaciyaǵa jalǵanıw",
             "Úyimiz {street}nde jaylasqan, kóshede kanalizaciya kollektorı bar, biraq xojalıqlar "
             "jalǵanbaǵan. Hájetxana shuqırı tez tolıp qalıp atır, hár ay assenizaciya mashinasın "
             "shaqıramız. Úyimizdi oraylıq kanalizaciyaǵa jalǵawǵa ruqsat beriwińizdi sorayman."),
            ("Qudıq qaqpaǵın ornatıw",
             "{street}ndegi kanalizaciya qudıǵınıń qaqpaǵı joq, ústine taxta qoyıp qoyılǵan. Bul jerden "
             "hár kúni balalar hám garrılar ótedi, qulap túsiw qáwipi bar. Qaqpaqtı tezden ornatıp "
             "beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Kanalizaciya tasıp atır",
             "{days} kúnnen beri úyimizdiń aldında kanalizaciya tasıp, pataslı suw kóshege aǵıp atır. Iyis "
             "pútkil máhállege tarqaldı, shıbın kóbeyip ketti. Suw-kanalizaciya xızmetine qońıraw etsek, "
             "«mashina joq» deydi."),
            ("Podvaldı pataslı suw basqan",
             "Kóp qabatlı úyimizdiń ({house}-úy) podvalın pataslı suw basqan, {weeks} hápteden beri "
             "turıptı. Birinshi qabattaǵı kvartiralarda dımqıllıq hám iyis. Trubalardı tazalaw hám "
             "podvaldı qurǵatıw ilajların kóriwińizdi soraymız."),
        ],
        "suggestion": [
            ("Kanalizaciyanı rejeli tazalaw",
             "Kanalizaciyanı bitelip qalǵannan keyin emes, jılına eki ret rejeli túrde tazalap turıw "
             "kerek. Tazalaw grafigin máhállelerge aldın ala jiberip qoyıwdı usınıs etemen."),
            ("Apatlar ushın birden-bir nomer",
             "Kanalizaciya apatları boyınsha túni-kúni isleytuǵın bir qısqa nomer hám Telegram-bot bolsa "
             "jaqsı bolar edi. Házir kimge qońıraw etiwdi bilmey, máhálle baslıǵınan nomer sorap júremiz."),
        ],
    },
    "waste-collection": {
        "application": [
            ("Shıǵındı konteynerin ornatıw",
             "{street}nde shıǵındı konteyneri pútkilley joq, xalıq shıǵındını aryqtıń boyına taslap atır. "
             "{count} xojalıq ushın keminde eki konteyner kerek. Kósheniń basına konteyner maydanshasın "
             "qurıp beriwińizdi soraymız."),
            ("Shıǵındı tólemin qayta esaplaw",
             "Shańaraǵımızda 2 adam qaldı, biraq shıǵındı alıp ketiw tólemi ele de 6 adamǵa esaplanıp "
             "atır. Máhálleden alınǵan maǵlıwmatnamanı qosıp atırman. Tólemdi shańaraq aǵzalarınıń "
             "haqıyqıy sanına qarap qayta esaplawıńızdı sorayman."),
        ],
        "complaint": [
            ("Shıǵındı alıp ketilmey atır",
             "{mahalla} máhállesinen {weeks} hápteden beri shıǵındı alıp ketilmey atır. Konteynerler "
             "tolıp, átirapı qoqısxanaǵa aylandı, iytler hám tıshqanlar kóbeyip ketti. Al tólemdi hár ay "
             "alıp atır."),
            ("Shıǵındı jaǵılıp atır",
             "Kóshemizdegi bos jer uchastkasında hár keshte birew shıǵındı jaǵadı. Tútin úylerge kiredi, "
             "balalar jótelip atır. Bul jaǵdaydı toqtatıwıńızdı hám ayıplılardı anıqlawıńızdı sorayman."),
        ],
        "suggestion": [
            ("Shıǵındını bólek jıynaw",
             "Máhállemizde plastik, qaǵaz hám azıq-awqat shıǵındıları ushın bólek konteynerler qoyıwdı "
             "usınıs etemen. Mektep oqıwshıları menen birge úgit-násiyat ótkersek, adamlar tez úyrenedi."),
            ("Shıǵındı mashinasınıń grafigi",
             "Shıǵındı mashinası qaysı kúni, saat neshede keletuǵının máhálle toparına jazıp qoyıw kerek. "
             "Házir mashinanıń kelip ketkenin bilmey qalamız hám shıǵındı taǵı konteynerdiń qasında "
             "qaladı."),
        ],
    },
    "heating-hot-water": {
        "application": [
            ("Jılıtıwdı qosıw",
             "Kúnler suwıp ketti, biraq {house}-úyge jılıtıw ele berilmegen. Bólmelerde temperatura 12-13 "
             "gradus, kishkene balalar bar. Úyimizge jılıtıwdı tezirek beriwińizdi soraymız."),
            ("Issı suw esaplaǵıshın ornatıw",
             "Kvartiramızǵa ıssı suw esaplaǵıshın ornatpaqshımız, biraq qaysı shólkemge múrájat etiwdi "
             "bilmeymiz. Tártibi hám kerekli hújjetler haqqında túsindirme beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Batareyalar suwıq",
             "{street}, {house}-úy, {apartment}-kvartirada jasayman. Jılıtıw máwsimi baslanǵanına {weeks} "
             "hápte boldı, batareyalar áreń jıllı. Úyde palto kiyip otıramız, al tólemdi tolıq alıp atır."),
            ("Issı suw joq",
             "{months} aydan beri úyimizge ıssı suw berilmey atır. Hár ret «truba remont etilip atır» "
             "deydi, biraq hesh qanday jumıs kórinbeydi. Al kvitanciyada ıssı suw ushın tólem shıǵıp tur."),
        ],
        "suggestion": [
            ("Podezd aynaların remontlaw",
             "Kóp qabatlı úylerde podezd aynalarınıń kópshiligi sınǵan, jıllılıq kóshege shıǵıp ketedi. "
             "Gúzden aldın aynalar menen esiklerdi remontlaw jılıtıw sapasın ádewir jaqsılaydı."),
            ("Temperaturanı onlayn baqlaw",
             "Hár bir úydiń jıllılıq punktine temperatura datchigi ornatılıp, kórsetkishler saytta "
             "járiyalansa, xalıq jılıtıwdıń qalay berilip atırǵanın kórip turadı. Shaǵımlar da azayadı."),
        ],
    },
    "road-repair": {
        "application": [
            ("Kósheni asfaltlaw",
             "{street} ele de topıraq jol, jawında batpaqqa aylanadı, mashina bılay tursın, piyada da "
             "júriw qıyın. Kóshemizde {count} xojalıq bar. Kósheni asfaltlawdı rejege kirgiziwińizdi "
             "soraymız."),
            ("Piyadalar kópirin remontlaw",
             "Máhállemizdegi aryq ústindegi piyadalar kópiri shirip qalǵan, taxtaları sınıp túsken. "
             "Balalar mektepke usı kópirden ótedi. Kópirdi remontlap yamasa jańasın qurıp beriwińizdi "
             "soraymız."),
        ],
        "complaint": [
            ("Joldaǵı shuqırlar",
             "{street}ndegi jol pútkilley shuqır bolıp ketken, ásirese {house}-úydiń qarsısında úlken oyıq "
             "bar. Túnde mashinalardıń dóngelegi túsip, zaqımlanıp atır. Ótken jılı joldı «remontladı», "
             "eki ayda taǵı buzıldı."),
            ("Qazılǵan jol tiklenbedi",
             "{months} ay burın joldı qazıp, truba tósedi, biraq asfalttı tiklemey ketti. Házir kósheniń "
             "ortasında oy, shań hám batpaq. Podryadshını tawıp, joldı tiklewdi talap etiwińizdi sorayman."),
        ],
        "suggestion": [
            ("Jol remontına kepillik",
             "Asfalt jumısların gúz-qısta emes, ıssı máwsimde ótkeriw kerek, sonda sapası jaqsı boladı. "
             "Jáne, hár bir remontlanǵan joldıń basına podryadshınıń atın hám kepillik múddetin jazıp "
             "qoyıwdı usınıs etemen."),
            ("Piyadalar jolı",
             "{street} boyında piyadalar jolı joq, adamlar joldıń júris bóleginen júredi. Joldıń shetine "
             "keminde bir metrlik piyadalar jolı islense, balalar ushın qáwipsiz bolar edi."),
        ],
    },
    "street-lighting": {
        "application": [
            ("Kóshe shıraqların ornatıw",
             "{street}nde birde-bir kóshe shıraǵı joq, túnde qap-qarańǵı. Hayallar hám balalar jumıstan, "
             "sabaqtan qarańǵıda qaytadı. Kóshemizge jaqtılandırıw baǵanaların ornatıp beriwińizdi "
             "soraymız."),
            ("Balalar maydanshasın jaqtılandırıw",
             "Máhállemizdegi balalar maydanshası keshqurın qarańǵı bolǵanı ushın ol jerde gúmanlı adamlar "
             "jıynalıp atır. Maydanshanıń átirapına 3-4 shıraq ornatıp beriwińizdi soraymız."),
        ],
        "complaint": [
            ("Kóshe shıraqları janbaydı",
             "{mahalla} máhállesinde {months} aydan beri kóshe shıraqları janbaydı. Túnde qarańǵıda júriw "
             "qáwipli, jaqında qońsımız shuqırǵa qulap, ayaǵın sındırıp aldı. Bir neshe ret ayttıq, "
             "nátiyje joq."),
            ("Shıraqlar kúndiz de janıp tur",
             "{street}ndegi kóshe shıraqları {weeks} hápteden beri kúndiz de óshpey atır. Bul artıqsha "
             "ısırap, al úylerimizde keshqurın kernew jetpeydi. Taymerdi dúzetip qoyıwıńızdı sorayman."),
        ],
        "suggestion": [
            ("Quyash panelli shıraqlar",
             "Shettegi kóshelerge tarmaq tartıw qımbat bolsa, quyash panelli avtonom shıraqlar qoyıw "
             "múmkin. Olar elektr úzilislerinde de isleydi hám tólem talap etpeydi."),
            ("Nasaz shıraq haqqında xabar beriw",
             "Hár bir baǵanaǵa nomer jazıp, nasaz shıraq haqqında bot arqalı xabar beriw sistemasın "
             "engiziwdi usınıs etemen. Sonda qaysı shıraqtıń janbay turǵanı birden belgili boladı."),
        ],
    },
    "public-transport": {
        "application": [
            ("Jańa avtobus marshrutı",
             "{mahalla} máhállesinen rayon orayına tuwrıdan-tuwrı avtobus qatnamaydı, adamlar eki ret "
             "transport almastırıwǵa májbúr. Máhálleden orayǵa shekem jańa marshrut ashıwıńızdı soraymız."),
            ("Ayaldamaǵa ústi jabıq orın",
             "{street}ndegi avtobus ayaldamasında ústi jabıq orın da, otırǵısh ta joq. Jazda ıssıda, qısta "
             "jawın astında kútemiz, ásirese garrılar qıynaladı. Ayaldamaǵa ústi jabıq orın hám otırǵısh "
             "ornatıp beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Avtobus az qatnaydı",
             "{route_no}-marshruttaǵı avtobus azanda 40-50 minutta bir ret keledi, kelgende de adam "
             "sıymaydı. Jumısqa, oqıwǵa keshigip atırmız. Marshrutqa qosımsha avtobus qoyıwıńızdı "
             "soraymız."),
            ("Aydawshınıń qopal múnásibeti",
             "{date} kúni {route_no}-marshruttaǵı avtobus aydawshısı jolawshılarǵa qopal sóyledi, "
             "ayaldamada toqtamay ótip ketti. Keskin tormoz bergende jası úlken hayal qulap túse jazladı. "
             "Aydawshıǵa qarata ilaj kóriliwin sorayman."),
        ],
        "suggestion": [
            ("Avtobustıń keliw waqtın kórsetiw",
             "Ayaldamalarǵa avtobustıń qashan keletuǵının kórsetetuǵın tablo qoyıwdı yamasa mobil "
             "qosımshada real waqıtta kórsetiwdi usınıs etemen. Adamlar ayaldamada biykarǵa kútip "
             "turmaydı."),
            ("Keshki reyslerdi kóbeytiw",
             "Avtobuslar keshki saat 20:00 den keyin qatnamaydı, smenadan qaytatuǵın jumısshılar taksige "
             "kóp pul tóleydi. Hesh bolmaǵanda 22:00 ge shekem bir-eki reys qosılsa jaqsı bolar edi."),
        ],
    },
    "traffic-safety": {
        "application": [
            ("Mektep aldında piyadalar ótkeli",
             "{school_no}-mekteptiń aldında piyadalar ótkeli joq, balalar úlken joldı tártipsiz kesip "
             "ótedi. Mekteptiń aldına «zebra», eskertiwshi belgi hám jasalma tegissizlik ornatıwıńızdı "
             "soraymız."),
            ("Shorraxaǵa svetofor",
             "{street} menen úlken joldıń kesilisinde svetofor joq, bul jerde ayına bir-eki ret avariya "
             "boladı. Shorraxaǵa svetofor ornatıwdı kórip shıǵıwıńızdı sorayman."),
        ],
        "complaint": [
            ("Kóshede tez aydaw",
             "Keshqurınları {street}nde jaslar mashinada júdá tez aydap, jarıs qıladı. Kóshede balalar "
             "oynaydı, jaqında bir balanı urıp kete jazladı. JHQX xızmetkerleriniń reyd ótkeriwin "
             "soraymız."),
            ("Jol belgisi tiklenbedi",
             "{street}ndegi «Abaylań, balalar» belgisi {weeks} hápte burın qulap túsken, ele qayta "
             "ornatılmadı. Aydawshılar mekteptiń qasında tezligin páseytpey atır."),
        ],
        "suggestion": [
            ("Mektep átirapında tezlikti sheklew",
             "Barlıq mektepler hám baqshalar átirapında 300 metr aralıqta tezlikti saatına 30 km ge shekem "
             "sheklewdi hám onı kameralar menen qadaǵalawdı usınıs etemen."),
            ("Jol sızıqların jańalaw",
             "Kóp jollarda sızıqlar óship ketken, ásirese túnde qatarlar kórinbeydi. Jol sızıqların hár "
             "báhárde jańalap turıw avariyalardı azaytadı."),
        ],
    },
    "housing-provision": {
        "application": [
            ("Turaq jay náwbetine qoyıw",
             "Shańaraǵımız 6 adamnan ibarat, {years} jıldan beri ijarada jasaymız. Óz úyimiz joq, "
             "ata-anamnıń úyinde de orın joq. Bizdi sociallıq turaq jay alıw náwbetine qoyıwıńızdı "
             "sorayman."),
            ("Jeńillikli ipoteka haqqında",
             "Men byudjet shólkeminde isleymen, aylıǵım {salary} swm. Arzan turaq jay baǵdarlaması "
             "boyınsha jeńillikli ipoteka alıw ushın qanday hújjetler kerek ekenin hám náwbettiń qalay "
             "júrgiziletuǵının túsindirip beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Turaq jay náwbeti jıljımay atır",
             "{year}-jıldan beri turaq jay náwbetinde turman, biraq náwbetim bir orında. Mennen keyin "
             "dizimge alınǵanlar álleqashan úy aldı. Náwbettiń qalay júrgizilip atırǵanın tekseriwińizdi "
             "sorayman."),
            ("Berilgen úydegi kemshilikler",
             "Bizge ajıratılǵan jańa úyde ayna ramaları qıysıq, diywallarda jarıqlar bar, suw trubası aǵıp "
             "tur. Qurılıs kompaniyasına aytsaq, juwap bermey atır. Kemshiliklerdi kepillik tiykarında "
             "dúzettiriwińizdi sorayman."),
        ],
        "suggestion": [
            ("Náwbet dizimin ashıq etiw",
             "Turaq jay náwbetindegilerdiń dizimin jeke maǵlıwmatlarsız saytta ashıq járiyalap barıwdı "
             "usınıs etemen. Hár kim óz ornın kórip tursa, narazılıq hám gáp-sóz azayadı."),
            ("Jas shańaraqlar ushın ijara úyleri",
             "Jas shańaraqlar ushın mámlekettiń arzan ijara úyleri qurılsa, kópshilik qımbat ijaradan "
             "qutılar edi. Bunı rayon orayında bir-eki imarattan baslaw múmkin."),
        ],
    },
    "apartment-building-maintenance": {
        "application": [
            ("Tóbeni remontlaw",
             "{street}, {house}-úy, {floor}-qabatta jasayman. Úyimizdiń tóbesi aǵadı, hár jawında "
             "potolokdan suw tamadı, diywallar kógerip ketti. Tóbeni kapital remont rejesine "
             "kirgiziwińizdi sorayman."),
            ("Liftti almastırıw",
             "{house}-úydegi lift 1980-jıllardan beri isleydi, ayına bir neshe ret isten shıǵadı. Úyde "
             "garrılar hám múmkinshiligi sheklengen adamlar kóp. Liftti almastırıw baǵdarlamasına "
             "kirgiziwińizdi soraymız."),
        ],
        "complaint": [
            ("Podezd tazalanbay atır",
             "{house}-úydiń podezdlerin {months} aydan beri hesh kim tazalamay atır, al basqarıw "
             "kompaniyasına hár ay tólem tóleymiz. Baspaldaqlarda qoqıs, shıraqlar janbaydı. Xızmet "
             "kórsetiwshi shólkemdi tekseriwińizdi soraymız."),
            ("Podvalda truba jarılǵan",
             "Úyimizdiń podvalında truba jarılıp, {weeks} hápteden beri suw turıptı, podezdge "
             "shıbın-shirkey hám iyis tarqaldı. Turaq jay múlkdarları shirketine ayttıq, «pul joq» dedi."),
        ],
        "suggestion": [
            ("Hawlını abadanlastırıw",
             "Kóp qabatlı úylerimizdiń hawlısındaǵı balalar maydanshası eskirgen, otırǵıshlar joq. "
             "Xalıqtan azmaz qarjı jıynap, hákimlik penen birge hawlını abadanlastırıwdı usınıs etemen."),
            ("Basqarıw kompaniyasınıń esabatı",
             "Basqarıw kompaniyası jıynalǵan pullardıń qayaqqa jumsalǵanın hár úsh ayda podezd esigine "
             "ilip qoysa yamasa toparǵa taslasa jaqsı bolar edi. Xalıqtıń isenimi artadı, tólem tártibi de "
             "jaqsılanadı."),
        ],
    },
    "construction-permits": {
        "application": [
            ("Úy salıwǵa ruqsat",
             "{street}ndegi óz jer uchastkamda eki qabatlı turaq jay salmaqshıman. Joybar hújjetleri "
             "tayar. Qurılısqa ruqsatnama alıw tártibin hám múddetin túsindirip beriwińizdi sorayman."),
            ("Rekonstrukciyaǵa ruqsat",
             "Birinshi qabattaǵı kvartiramızǵa bólek kiriw esigin ashıp, dúkan ashpaqshımız. Qońsılardıń "
             "jazba túrdegi razılıǵı alınǵan. Rekonstrukciya ushın ruqsat beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Ruqsatnama berilmey atır",
             "Qurılısqa ruqsat alıw ushın {date} kúni barlıq hújjetlerdi tapsırǵanman, nızamda belgilengen "
             "múddet ótip ketti, biraq juwap joq. Hár barǵanımda taǵı bir maǵlıwmatnama soraydı."),
            ("Tiykarsız biykar etiw",
             "Úy salıwǵa ruqsat sorap bergen arzama biykar etiw haqqında juwap keldi, biraq sebebi anıq "
             "kórsetilmegen. Qońsım tap usınday uchastkada ruqsat alǵan. Biykar etiwdiń nızamlılıǵın "
             "tekseriwińizdi sorayman."),
        ],
        "suggestion": [
            ("Ruqsatnamanı onlayn beriw",
             "Qurılıs ruqsatnamasın tolıq onlayn beriwdi, hújjetlerdiń jaǵdayın bolsa jeke kabinette "
             "baqlap barıw múmkinshiligin jaratıwdı usınıs etemen. Adamlar hár kúni hákimliktiń esiginde "
             "náwbet kútpeydi."),
            ("Úlgili úy joybarları",
             "Bir-eki qabatlı úyler ushın bir neshe tastıyıqlanǵan úlgili joybardı biypul usınıw kerek. "
             "Sonda ápiwayı xalıq joybarshıǵa kóp pul tólemeydi, ruqsat beriw de tezlesedi."),
        ],
    },
    "illegal-construction": {
        "application": [
            ("Qurılıstıń nızamlılıǵın tekseriw",
             "{street}nde, {house}-úydiń qasında qońsım ruqsatsız úsh qabatlı imarat salıp atır. Imarat "
             "hawlımızǵa saya túsiredi, diywalı shegaranıń ústinde tur. Qurılıstıń nızamlılıǵın "
             "tekseriwińizdi sorayman."),
            ("Piyadalar jolındaǵı kiosktı alıp taslaw",
             "Piyadalar jolınıń ústine birew temir kiosk qoyıp alǵan, adamlar joldıń júris bóleginen "
             "júriwge májbúr. Kiosktıń hújjetlerin tekserip, piyadalar jolın bosatıwıńızdı soraymız."),
        ],
        "complaint": [
            ("Aryqtıń ústine garaj salınǵan",
             "Máhállemizde bir puqara suw aryǵınıń ústin jawıp, garaj salıp aldı. Nátiyjede tómendegi "
             "{count} xojalıqtıń eginine suw barmay qaldı. Bir neshe ret ayttıq, hesh kim ilaj kórmey "
             "atır."),
            ("Túngi qurılıs jumısları",
             "Úyimizdiń qasındaǵı qurılıs maydanshasında túngi saat 1-2 ge shekem beton quyılıp atır. "
             "Shawqımnan uyıqlaw múmkin emes, qurılıs pasportı da ilip qoyılmaǵan."),
        ],
        "suggestion": [
            ("Qurılıs pasportına QR-kod",
             "Hár bir qurılıs maydanshasına ruqsatnama nomeri hám QR-kod jazılǵan taxtasha iliw májbúriy "
             "bolsın. Xalıq telefon arqalı qurılıstıń nızamlı yamasa nızamsız ekenin tekserip ala aladı."),
            ("Nızamsız qurılıs haqqında xabar beriw",
             "Nızamsız qurılıslar haqqında súwret hám mánzil menen xabar beriw ushın bólek bólim ashıwdı "
             "usınıs etemen. Xabar beriwshiniń atı sır saqlansa, adamlar qorıqpay jazadı."),
        ],
    },
    "social-benefits": {
        "application": [
            ("Balalar napaqası",
             "Úsh kámeletke tolmaǵan perzentim bar, turmıs joldasım jumıssız. Balalar napaqasın tayınlaw "
             "ushın hújjetlerdi qayaqqa hám qalay tapsırıwım kerek ekenin túsindirip beriwińizdi sorayman."),
            ("Bir mártelik materiallıq járdem",
             "{date} kúni úyimizde órt shıǵıp, bir bólmemiz pútkilley janıp ketti. Shańaraǵımız awır "
             "jaǵdayda qaldı. Bir mártelik materiallıq járdem ajıratıwıńızdı sorayman."),
        ],
        "complaint": [
            ("Napaqa toqtatılǵan",
             "{months} aydan beri balalar napaqası toqtatılǵan, hesh qanday eskertiw bolmadı. Sociallıq "
             "qorǵaw bólimine barsam, «sistemada solay» deydi, sebebin hesh kim túsindirmeydi."),
            ("Napaqa tiykarsız biykar etildi",
             "Napaqa sorap bergen arzama «dáramatı jeterli» degen juwap keldi. Al 5 adamlıq shańaraqta tek "
             "men isleymen, aylıǵım {salary} swm. Sheshimdi qayta kórip shıǵıwıńızdı sorayman."),
        ],
        "suggestion": [
            ("Napaqanı avtomat túrde tayınlaw",
             "Bala tuwılǵanda yamasa shańaraq awır jaǵdayǵa túskende napaqanı mákemelerdi aralap júrmey, "
             "maǵlıwmatlar bazası tiykarında avtomat túrde tayınlaw kerek. Ásirese awıldaǵı hayallar ushın "
             "bul úlken jeńillik bolar edi."),
            ("Napaqa haqqında SMS xabar",
             "Napaqa tayınlanǵanda, toqtatılǵanda yamasa múddeti pitiwine az qalǵanda SMS jiberilse, "
             "adamlar hújjetlerdi aldın ala tayarlap qoyadı."),
        ],
    },
    "disability-support": {
        "application": [
            ("Mayıplar arbası",
             "Anam {years} jıldan beri júre almaydı, birinshi toparlı mayıplıǵı bar. Eski arbamız "
             "pútkilley isten shıqtı. Jańa mayıplar arbasın ajıratıp beriwińizdi sorayman."),
            ("Sanatoriyǵa joldama",
             "Ulım {son} mayıplıǵı bar bala, sanatoriyde emleniwi kerekligi haqqında shıpakerdiń juwmaǵı "
             "bar. Balalar sanatoriyine biypul joldama ajıratıwıńızdı sorayman."),
        ],
        "complaint": [
            ("Imaratta pandus joq",
             "Rayondaǵı mámleketlik xızmetler orayı ekinshi qabatta jaylasqan, pandus ta, lift te joq. Men "
             "arbadaman, hújjet tapsırıw ushın meni baspaldaqtan kóterip shıǵıwǵa májbúr boldı. Bul júdá "
             "kemsitetuǵın jaǵday."),
            ("Protez berilmey atır",
             "Protez ushın {months} ay burın náwbetke jazılǵanman, ele de berilmedi. Hár soraǵanımda "
             "«qarjı kelmedi» deydi. Protezsiz jumısqa shıǵa almay atırman."),
        ],
        "suggestion": [
            ("Barlıq imaratlarǵa pandus",
             "Jańa qurılıp atırǵan sociallıq imaratlar, dárixanalar hám dúkanlar pandussız qabıl etilmewi "
             "kerek. Eski imaratlarǵa bolsa keminde kóshpeli pandus qoyıw májbúriy bolsın."),
            ("Ím tiliniń awdarmashısı",
             "Mámleketlik xızmetler oraylarında esitiwi boyınsha kemshiligi bar puqaralar ushın "
             "videoqońıraw arqalı ım tiliniń awdarmashısı xızmetin jolǵa qoyıwdı usınıs etemen."),
        ],
    },
    "low-income-families": {
        "application": [
            ("Az támiyinlengen shańaraqlar dizimine kirgiziw",
             "Turmıs joldasım qaytıs bolǵan, úsh perzentimdi jalǵız baǵıp atırman, turaqlı jumısım joq. "
             "Shańaraǵımızdı az támiyinlengen shańaraqlar dizimine kirgiziwińizdi sorayman."),
            ("Kómir menen járdem",
             "Úyimizge gaz kelmeydi, qısta pesh penen jılınamız. Kómir qımbatladı, satıp alıwǵa qurbımız "
             "jetpeydi. Az támiyinlengen shańaraq retinde kómir ajıratıp beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Reestrden tiykarsız shıǵarıldıq",
             "Shańaraǵımız az támiyinlengen shańaraqlar reestrinen shıǵarılıp jiberilgen, sebebi — "
             "mashinamız bar eken. Bizde hesh qanday mashina joq, bul basqa adamnıń maǵlıwmatı bolsa "
             "kerek. Maǵlıwmatlardı tekserip, qáteni dúzetiwińizdi sorayman."),
            ("Járdem nadurıs bólistirildi",
             "Máhállede az támiyinlengenlerge ajıratılǵan azıq-awqat toplamları haqıyqatında mútájlerge "
             "emes, tanıs-bilislerge tarqatıldı. Dizim hesh kimge kórsetilmedi."),
        ],
        "suggestion": [
            ("Hayallar ushın kásip kursları",
             "Az támiyinlengen shańaraqlardaǵı hayallar ushın máhállede tigiwshilik, aspazlıq sıyaqlı "
             "qısqa kurslar ashılsa, olar úyde otırıp ta dáramat taba alar edi. Bir mártelik járdemnen "
             "kóre bul paydalıraq."),
            ("Járdem dizimin ashıq etiw",
             "Máhállede járdem alǵan shańaraqlardıń sanı hám járdemniń túri hár ay atlarsız járiyalansa, "
             "ádalatsızlıq haqqındaǵı gápler azayadı."),
        ],
    },
    "pension-calculation": {
        "application": [
            ("Pensiyanı qayta esaplaw",
             "Men {year}-jılı pensiyaǵa shıqqanman, biraq kolxozda islegen 8 jıllıq stajım esapqa "
             "alınbaǵan. Arxivten alınǵan maǵlıwmatnamanı qosıp atırman. Pensiyamdı qayta esaplap "
             "beriwińizdi sorayman."),
            ("Miynet stajın tastıyıqlaw",
             "Miynet kitapshamdaǵı 1990-1995-jıllardaǵı jazıwlar óship ketken, al kárxana jabılǵan. Bul "
             "dáwirdegi stajımdı qalay tastıyıqlaw múmkin ekenin túsindirip beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Pensiya az esaplanǵan",
             "Pensiyam {pension} swm etip esaplanǵan, al men menen birdey stajı bar kásiplesim ádewir kóp "
             "aladı. Esap-sanaqta qaysı jıllardaǵı is haqı alınǵanın hesh kim túsindirip bermey atır."),
            ("Qayta esaplaw arzasına juwap joq",
             "Pensiyanı qayta esaplaw haqqındaǵı arzamdı {date} kúni tapsırǵanman, {months} ay ótti, ele "
             "juwap joq. Bólimge barsam, «juwapker xızmetker joq» deydi."),
        ],
        "suggestion": [
            ("Pensiya esabın kabinette kórsetiw",
             "Pensiyanıń qalay esaplanǵanın — qaysı jıllar, qaysı is haqıları alınǵanın — my.gov.uz daǵı "
             "jeke kabinette tolıq kórsetiw kerek. Sonda qátelerdi adamlar ózleri tabadı."),
            ("Kárxana arxivlerin cifrlastırıw",
             "Jabılǵan kárxanalardıń arxivlerin cifrlastırıp, birden-bir bazaǵa kirgiziwdi usınıs etemen. "
             "Pensionerler stajın tastıyıqlaw ushın wálayatlardı aralap júrmeydi."),
        ],
    },
    "pension-payment-delay": {
        "application": [
            ("Pensiyanı úyge jetkerip beriw",
             "Ákem 82 jasta, tósekke tańılıp qalǵan, bankke barıp pensiya ala almaydı. Onıń pensiyasın "
             "úyge jetkerip beriwdi jolǵa qoyıwıńızdı sorayman."),
            ("Pensiyanı jańa kartaǵa ótkeriw",
             "Eski bank kartamnıń múddeti pitken, basqa bankten jańa karta aldım. Pensiyamdı jańa kartaǵa "
             "ótkeriw ushın ne islewim kerek ekenin túsindirip beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Pensiya keshigip atır",
             "Bul ay pensiya {days} kún keshikti, ele de kartaǵa túspedi. Dári-dármaq alıwǵa pulım joq. "
             "Bankke barsam, pensiya qorına jiberedi, al ol jerde bankke jiberedi."),
            ("Pensiya tolıq túspedi",
             "Kartama bul ay pensiyamnıń yarımı tústi, qalǵan bólegi qayaqqa ketkeni belgisiz. Hesh qanday "
             "uslap qalıw haqqında xabar almaǵanman. Qalǵan summanı tólep beriwińizdi sorayman."),
        ],
        "suggestion": [
            ("Pensiya túskeni haqqında SMS",
             "Pensiya kartaǵa túskende SMS xabar jiberilse, garrılar bankomatqa biykarǵa qatnamaydı. "
             "Keshikse, sebebi de jazılsa jaqsı bolar edi."),
            ("Pensionerler ushın bólek kassa",
             "Bank filiallarında pensionerler ushın bólek kassa hám otırıw ornı ajıratılsa, garrılar "
             "saatlap náwbette tik turmaydı."),
        ],
    },
    "polyclinic-service": {
        "application": [
            ("Úyge shıpaker shaqırıw",
             "Anam 78 jasta, júre almaydı, qan basımı jiyi kóteriledi. {polyclinic_no}-shańaraqlıq "
             "poliklinikadan shıpaker hám patronaj medbiykeniń úyge turaqlı kelip turıwın sorayman."),
            ("Endokrinologqa joldama",
             "Qızım {daughter} endokrinologtıń kóriginen ótiwi kerek, biraq poliklinikamızda bul qánige "
             "joq. Rayon medicinalıq birlespesine joldama beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Poliklinikadaǵı náwbetler",
             "{polyclinic_no}-shańaraqlıq poliklinikada azanǵı saat 8 den náwbetke turamız, shıpaker 10 "
             "nan keyin keledi. Qabıllaw 15-20 adamnan keyin toqtatıladı, qalǵanlar «erteń keliń» dep "
             "qaytarıladı."),
            ("Shıpakerdiń qopal múnásibeti",
             "{date} kúni poliklinikada registratura xızmetkeri hám shıpaker maǵan baqırıp sóyledi, nawqas "
             "balam menen yarım saat esik aldında kúttik. Nawqasqa bunday múnásibet bolmawı kerek."),
        ],
        "suggestion": [
            ("Shıpakerge onlayn jazılıw",
             "Poliklinikalarda shıpaker qabılına telefon yamasa Telegram arqalı waqıt belgilep jazılıw "
             "sistemasın engiziwdi usınıs etemen. Garrı hám nawqas adamlar saatlap koridorda otırmaydı."),
            ("Keshki qabıllaw",
             "Isleytuǵın adamlar ushın poliklinikada háptesine eki kún saat 20:00 ge shekem keshki "
             "qabıllaw shólkemlestirilse, jumıs waqtında ruqsat sorap shıǵıwdıń keregi bolmas edi."),
        ],
    },
    "medicines-supply": {
        "application": [
            ("Insulin menen támiynlew",
             "Maǵan qant diabeti diagnozı qoyılǵan, insulin biypul beriliwi kerek ekenin bilemen. Biraq "
             "poliklinikada «házirshe joq» dep atır. Insulin menen támiynlewińizdi sorayman."),
            ("Jeńillikli dáriler haqqında maǵlıwmat",
             "Ákem miynet veteranı. Qaysı dárilerdi jeńillikli recept penen biypul ala alatuǵını hám qaysı "
             "dárixanalar menen shártnama dúzilgeni haqqında maǵlıwmat beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Dárixanalarda dári joq",
             "{district} aymaǵındaǵı dárixanalarda {weeks} hápteden beri balalar ushın ıssılıqtı "
             "túsiretuǵın sirop joq. Bar jerlerde bahası eki ese qımbat. Dári támiynatın qadaǵalawǵa "
             "alıwıńızdı sorayman."),
            ("Dári bahası tiykarsız kóterilgen",
             "Dárixanada júrek dárisiniń bahası bir háptede 85 mıń swmnan 140 mıń swmǵa shekem kóterildi, "
             "chek bermeydi. Pensioner retinde bunday bahada dári alıwǵa qurbım jetpeydi."),
        ],
        "suggestion": [
            ("Dári qaldıǵın onlayn kóriw",
             "Qaysı dárixanada qaysı dári bar ekenin onlayn kórsetetuǵın xızmet bolsa, adamlar qalanı "
             "aralap izlep júrmeydi. Biypul dárilerdiń qaldıǵı da usı jerde kórinip tursın."),
            ("Awılda dárixana ashıw",
             "Awılımızdaǵı eń jaqın dárixana 7 km uzaqlıqta, túnde bolsa pútkilley islemeydi. Awıl "
             "shıpakerlik punktiniń qasında kishi dárixana ashıwdı usınıs etemen."),
        ],
    },
    "hospital-complaint": {
        "application": [
            ("Rejeli operaciya náwbeti",
             "Maǵan rejeli xirurgiyalıq operaciya kerek, respublikalıq kóp tarmaqlı medicina orayında "
             "{months} ay burın náwbetke jazılǵanman. Mámleket esabınan operaciya náwbetin tezletiwge "
             "járdem beriwińizdi sorayman."),
            ("Kesellik tariyxınan kóshirme",
             "Anam emlewxanada emlendi, biraq shıǵarda kesellik tariyxınan kóshirme berilmedi. Keyingi "
             "emleniw ushın medicinalıq hújjetlerdiń nusqasın beriwin sorayman."),
        ],
        "complaint": [
            ("Emlewxanada pul talap etilip atır",
             "Ákem respublikalıq emlewxanada jatır. Dári, shpric, hátte tósek-orındı da ózimiz alıp kelip "
             "atırmız, ústine medbiykeler «rahmet» ushın pul soraydı. Biypul emlew qaǵazda qalıp ketti."),
            ("Qabıllaw bóliminde itibarsızlıq",
             "{date} kúni tez járdem menen emlewxanaǵa alıp barılǵan ákemdi qabıllaw bóliminde 3 saat hesh "
             "kim kórmedi. Jaǵdayı awırlasqannan keyin ǵana shıpaker keldi. Náwbetshi xızmetkerlerdiń "
             "háreketlerin tekseriwińizdi sorayman."),
        ],
        "suggestion": [
            ("Nawqastıń jaqınları ushın bólme",
             "Emlewxanalarda nawqastı kútip atırǵan jaqınları ushın otırıw ornı hám jıllı bólme bolsa "
             "jaqsı bolar edi. Házir adamlar qısta kóshede kútip turadı."),
            ("Nawqaslardan sorawnama alıw",
             "Emlewxanadan shıǵıp atırǵan hár bir nawqastan QR-kod arqalı anonim sorawnama alıw kerek. "
             "Basshılıq qaysı bólimde mashqala bar ekenin tez biledi."),
        ],
    },
    "kindergarten-place": {
        "application": [
            ("Baqshadan orın sorap",
             "Qızım {daughter} 3 jasqa toldı. Elektron náwbetke {date} kúni jazılǵanbız. Úyimizge eń jaqın "
             "{kindergarten_no}-mektepke shekemgi bilimlendiriw shólkeminen orın ajıratıwıńızdı sorayman."),
            ("Basqa baqshaǵa ótkeriw",
             "Basqa rayonǵa kóship keldik. Ulım {son} ushın jańa mánzilimizge jaqın "
             "{kindergarten_no}-baqshaǵa ótkeriwge ruqsat beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Baqsha náwbeti jıljımay atır",
             "Baqsha náwbetinde {months} aydan beri turmız, al nomerimiz derlik ózgermey atır. "
             "Esitiwimizshe, orınlar tanıs-bilis arqalı berilip atır. Náwbetti tekseriwińizdi sorayman."),
            ("Toparlar shamadan tıs tolı",
             "{kindergarten_no}-baqshada bir toparda 40 tan artıq bala bar, al tárbiyashı jalǵız. Balalar "
             "awırıp qaytadı, awqat ta jetpeydi."),
        ],
        "suggestion": [
            ("Yarım kúnlik toparlar",
             "Baqshadan orın jetpegen balalar ushın mekteplerde yamasa máhálle orayında yarım kúnlik "
             "mektepke tayarlıq toparların ashıwdı usınıs etemen."),
            ("Baqsha náwbetin ashıq etiw",
             "Baqsha náwbetindegi hár bir orın qashan hám qaysı náwbet nomerine berilgenin kórsetiw kerek. "
             "Ata-analar náwbettiń ádil júrip atırǵanına isenim payda etedi."),
        ],
    },
    "school-issues": {
        "application": [
            ("Mektep avtobusı",
             "Máhállemizden {school_no}-mektepke shekem 4 km, balalar hár kúni piyada qatnaydı. Qısta "
             "azanda qarańǵıda jol júriw qáwipli. Mektep avtobusın ajıratıwıńızdı soraymız."),
            ("Basqa mektepke ótkeriw",
             "Jasaw ornımız ózgergeni sebepli ulım {son} endi {school_no}-mektepte oqıwı kerek. Mektep "
             "basshılıǵı «orın joq» dep qabıl etpey atır. Járdem beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Mektepte pul jıynalıp atır",
             "{school_no}-mektepte klass basshısı hár ay remont, perde, sabaqlıq ushın ata-analardan pul "
             "jıynap atır. Pul bermegen balalarǵa múnásibet jamanlastı. Bul jaǵdaydı tekseriwińizdi "
             "sorayman."),
            ("Klasslar jılıtılmaydı",
             "{school_no}-mektepte qısta klasslar jılıtılmaydı, balalar kurtkada otıradı. Aynalar sınǵan, "
             "polietilen menen jabılǵan. Perzentlerimiz jiyi suwıq tiyip awırıp atır."),
        ],
        "suggestion": [
            ("Biypul dógerekler",
             "Mektebimizde sabaqtan keyin balalar bos qaladı. Robototexnika, inglis tili, shaxmat "
             "dógerekleri biypul ashılsa, balalar kóshede júrmeydi."),
            ("Elektron kúndelik",
             "Barlıq mektepler elektron kúndelikti tolıq júrgiziwi kerek. Ata-analar bahalar menen sabaqqa "
             "qatnasıwdı telefonda kórip barsa, mashqalalar óz waqtında anıqlanadı."),
        ],
    },
    "higher-education": {
        "application": [
            ("Kontraktti bólip tólew",
             "Men universitettiń 2-kurs studentimen, kontrakt tiykarında oqıyman. Shańaraǵımızdıń qarjılıq "
             "jaǵdayı awır, kontrakt summası {amount} swm. Tólemdi bólip-bólip tólew múmkinshiligin "
             "beriwińizdi sorayman."),
            ("Studentler turaq jayı",
             "Men basqa wálayattan kelip oqıyman, ijara bahası júdá qımbat. Studentler turaq jayınan orın "
             "ajıratıwıńızdı sorayman. Shańaraǵımız az támiyinlengen, maǵlıwmatnama bar."),
        ],
        "complaint": [
            ("Imtixanda pul talap etilip atır",
             "Fakultette geypara oqıtıwshılar imtixannan ótkeriw ushın studentlerden pul talap etip atır. "
             "Pul bermegenlerdi qasaqana qulatadı. Atımdı ashıqlamastan tekseriw ótkeriwińizdi sorayman."),
            ("Diplom berilmey atır",
             "Ótken jılı universitetti pitkergenmen, biraq diplomım ele de berilmegen. Hár ret «blankalar "
             "kelmedi» deydi. Diplomsız jumısqa ornalasa almay atırman."),
        ],
        "suggestion": [
            ("Ámeliyattı kárxanalarda ótkeriw",
             "Studentlerge pánlerdi ózi tańlaw múmkinshiligin keńeytiwdi hám ámeliyattı haqıyqıy "
             "kárxanalarda ótkeriwdi usınıs etemen. Házir ámeliyat kóbinese tek qaǵazda boladı."),
            ("Bilim alıw krediti shártleri",
             "Az támiyinlengen shańaraqlardıń perzentleri ushın bilim alıw krediti procentin azaytıw hám "
             "onı jumısqa kirgennen keyin qaytarıw tártibin keńirek engiziw kerek."),
        ],
    },
    "land-allocation": {
        "application": [
            ("Úy salıw ushın jer",
             "Shańaraǵımız 8 adam, ata-anamnıń úyinde eki shańaraq birge jasaymız. Jeke turaq jay salıw "
             "ushın jer uchastkası ajıratılıwın sorayman. Elektron auksionǵa qatnasıw tártibin de "
             "túsindirip berseńiz."),
            ("Úy qasındaǵı eginlik jer",
             "Máhállemizde bos jatqan jerler bar. Shańaraǵım menen ovosh egip, dáramat tabıw ushın 6 sotıq "
             "eginlik jer ajıratıwıńızdı sorayman."),
        ],
        "complaint": [
            ("Jer auksionı ashıq emes",
             "{date} kúni ótkerilgen jer auksionında máhállemizdegi uchastkalar aldın ala tańlanǵan "
             "adamlarǵa satılǵanı haqqında gápler bar. Daǵaza da óz waqtında shıqpadı. Auksion "
             "nátiyjelerin tekseriwińizdi sorayman."),
            ("Ajıratılǵan jer shegaralanbaǵan",
             "Maǵan {year}-jılı hákimniń qararı menen jer uchastkası ajıratılǵan, biraq ele de ornında "
             "shegaralap berilmedi. Endi usı jerge basqa adam diywal ura basladı."),
        ],
        "suggestion": [
            ("Bos jerler kartası",
             "Rayondaǵı bos jer uchastkalarınıń kartasın ashıq járiyalawdı usınıs etemen. Xalıq qay jerde "
             "jer bar ekenin bilse, auksionlar da ádilirek boladı."),
            ("Jas shańaraqlarǵa bólip tólew",
             "Jas shańaraqlarǵa úy salıw ushın jer ajıratqanda bólip tólew tártibin engiziw kerek. Házir "
             "auksion bahasın birden tólew kópshiliktiń qolınan kelmeydi."),
        ],
    },
    "land-disputes": {
        "application": [
            ("Shegaranı ornında anıqlaw",
             "Qońsım menen jer uchastkalarımızdıń shegarası boyınsha kelispewshilik bar. Kadastr "
             "xızmetkerleriniń kelip, hújjetler tiykarında shegaranı ornında anıqlap beriwin sorayman."),
            ("Jer maydanın qayta ólshew",
             "Kadastr pasportımda jer maydanı 4 sotıq dep jazılǵan, al haqıyqatında 6 sotıq. Jerdi qayta "
             "ólshep, maǵlıwmatlardı dúzetiwińizdi sorayman."),
        ],
        "complaint": [
            ("Qońsı jerdi iyelep aldı",
             "{street}, {house}-úydiń qasındaǵı qońsım diywalın bizdiń jerge bir yarım metr súrip saldı. "
             "Máhállede sóylestik, nátiyje joq. Máseleni nızamlı sheshiwde járdem beriwińizdi sorayman."),
            ("Jol jabıp qoyılǵan",
             "Bir puqara úyimizge alıp baratuǵın jalǵız joldı «meniń jerim» dep jabıp qoydı. {days} kúnnen "
             "beri hawlıǵa mashina kire almaydı, kerek bolsa tez járdem de kire almaydı."),
        ],
        "suggestion": [
            ("Onlayn kadastr kartası",
             "Jer uchastkalarınıń shegaraların kórsetetuǵın onlayn kadastr kartasın hámmege ashıq etiw "
             "kerek. Kóp dawlar hújjetti kórmey turıp kelip shıǵadı."),
            ("Máhállede tatıwlastırıw komissiyası",
             "Qońsılar arasındaǵı jer dawların sudqa shekem sheshiw ushın máhállede kadastr qánigesiniń "
             "qatnasıwında tatıwlastırıw komissiyasın dúziwdi usınıs etemen."),
        ],
    },
    "property-registration": {
        "application": [
            ("Miyras úydi dizimnen ótkeriw",
             "Ákemnen miyras qalǵan úydi óz atıma ótkermekshimen, notariustan miyras gúwalıǵın alǵanman. "
             "Kóshpes múlkti mámleketlik dizimnen ótkeriw tártibin túsindirip beriwińizdi sorayman."),
            ("Kadastr pasportı",
             "Úyimiz {year}-jılı qurılǵan, biraq kadastr pasportı ele joq. Kadastr pasportın "
             "rásmiylestirip beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Dizimnen ótkeriw sozılıp atır",
             "Úydi dizimnen ótkeriw ushın {date} kúni hújjet tapsırdım, belgilengen múddet ótip ketti. Hár "
             "ret jańa maǵlıwmatnama talap etedi."),
            ("Reestrdegi qáte",
             "Kóshpes múlk reestrinde úyimizdiń maydanı nadurıs kórsetilgen, sol sebepli múlk salıǵı da "
             "kóp esaplanıp atır. Qáteni dúzetiwińizdi sorayman."),
        ],
        "suggestion": [
            ("Maǵlıwmatnamalardı mákemeler ózi sorasın",
             "Múlkti dizimnen ótkeriw ushın kerekli barlıq maǵlıwmatnamalardı mákemeler bir-birinen "
             "elektron túrde sorawı kerek, puqaradan qaǵaz talap etilmesin."),
            ("Elektron gúwalıq",
             "Múlk huqıqı gúwalıǵın elektron, QR-kodlı túrde beriwdi usınıs etemen. Qaǵaz joǵalsa da "
             "mashqala bolmaydı."),
        ],
    },
    "job-search": {
        "application": [
            ("Jumısqa ornalastırıw",
             "Men {years} jıldan beri jumıssızman, qánigeligim boyınsha buxgaltermen. Bántlikke kómeklesiw "
             "orayı arqalı múnásip jumısqa ornalastırıwıńızdı sorayman."),
            ("Kásipke biypul oqıtıw",
             "Men 35 jastaman, burın bazarda sawda qılǵanman. Svarkashı yamasa elektrik kásibine biypul "
             "oqıtıw kursına joldama beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Bántlik orayı járdem bermey atır",
             "{months} aydan beri bántlik orayında dizimde turman. Usınıs etilgen eki jumıs ornına barsam, "
             "ol jerde bos orın joq eken. Bos jumıs orınlarınıń bazasın tekseriwińizdi sorayman."),
            ("Jasıma baylanıslı jumısqa alınbadım",
             "Jumıs daǵazasında jas sheklewi joq edi, biraq sáwbette «45 jastan asqanlardı almaymız» dedi. "
             "Bunı kemsitiw dep esaplayman."),
        ],
        "suggestion": [
            ("Máhállede jumıs yarmarkası",
             "Hár úsh ayda máhálle orayında jumıs yarmarkası ótkerilse, kárxanalar menen jumıs izlewshiler "
             "tikkeley ushırasadı."),
            ("Máwsimlik jumıslar haqqında daǵazalar",
             "Máwsimlik jumıslar haqqındaǵı daǵazalardı máhálle Telegram toparlarına jiberip barıwdı "
             "usınıs etemen. Kópshilik bunday jumıslardan kesh xabar tabadı."),
        ],
    },
    "unpaid-wages": {
        "application": [
            ("Is haqı qarızın óndiriw",
             "Men jeke kárxanada islegenmen, {months} aylıq is haqım tólenbegen, jámi {amount} swm. "
             "Jumıstan bosaǵanıma da kóp waqıt boldı. Is haqı qarızın óndiriwde járdem beriwińizdi "
             "sorayman."),
            ("Miynet kitapshasın qaytarıw",
             "Jumıstan bosaǵannan keyin kárxana basshısı miynet kitapshamdı hám sońǵı esap-sanaqtı bermey "
             "atır. Hújjetlerimdi qaytarıwdı talap etiwińizdi sorayman."),
        ],
        "complaint": [
            ("Aylıq keshiktirilip atır",
             "Qurılıs shólkeminde isleymiz, {months} aydan beri aylıq berilmey atır. Basshılıq "
             "«buyırtpashı pul ótkermedi» deydi. {count} jumısshınıń shańaraǵı qıynalıp qaldı."),
            ("Shártnamasız isletiw",
             "Jumısqa alǵanda miynet shártnaması dúzilmedi, aylıq konvertte beriletuǵın edi. Endi jumıstan "
             "shıǵarıp, sońǵı eki aylıq haqımdı bermey atır."),
        ],
        "suggestion": [
            ("Qarızdar kárxanalar dizimi",
             "Is haqın úsh aydan kóp keshiktirgen kárxanalardı mámleketlik satıp alıwlarǵa jibermew kerek. "
             "Bunday dizim ashıq bolsa, adamlar jumısqa kiriwden aldın kóredi."),
            ("Miynet inspekciyasına anonim xabar",
             "Aylıqtıń keshigiwi haqqında miynet inspekciyasına anonim onlayn xabar beriw múmkinshiligi "
             "bolsa, jumısshılar jumıstan ayırılıwdan qorıqpay jazar edi."),
        ],
    },
    "unemployment-benefit": {
        "application": [
            ("Jumıssızlıq napaqasın tayınlaw",
             "Kárxanada shtat qısqartılǵanı sebepli {date} kúni jumıstan bosatıldım. Jumıssız retinde "
             "dizimge alıp, jumıssızlıq napaqasın tayınlawıńızdı sorayman."),
            ("Napaqa múddetin uzaytıw",
             "Jumıssızlıq napaqasınıń múddeti pitip atır, biraq ele jumıs taba almadım. Qaramaǵımda eki "
             "bala bar. Napaqa múddetin uzaytıw múmkinshiligi bar ma, túsindirip beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Napaqa tólenbey atır",
             "Jumıssızlıq napaqası tayınlanǵan, biraq {months} aydan beri kartaǵa túspey atır. Bántlik "
             "orayında «dizimler jiberilgen» deydi, bolǵanı usı."),
            ("Napaqa tiykarsız toqtatıldı",
             "Usınıs etilgen jumısqa barmadım, sebebi ol 60 km uzaqta hám aylıǵı napaqadan da az edi. Sol "
             "sebepli napaqam toqtatıldı. Sheshimdi qayta kórip shıǵıwıńızdı sorayman."),
        ],
        "suggestion": [
            ("Napaqanı onlayn rásmiylestiriw",
             "Jumıssızlıq napaqasın my.gov.uz arqalı tolıq onlayn rásmiylestiriw múmkinshiligin jaratıw "
             "kerek. Házir bárbir orayǵa bir neshe ret barıwǵa tuwra keledi."),
            ("Napaqa menen birge oqıtıw",
             "Napaqa alıwshılardı qısqa kásip kurslarına tartıw olardıń tezirek jumısqa kiriwine járdem "
             "beredi. Bunı napaqa menen birge usınıwdı másláhát beremen."),
        ],
    },
    "police-conduct": {
        "application": [
            ("Tekseriw nátiyjesi menen tanıstırıw",
             "{date} kúni ishki isler bólimine urlıq boyınsha arza bergenmen. Sonnan beri tekseriwdiń "
             "qalay júrip atırǵanı haqqında hesh qanday maǵlıwmat berilmey atır. Nátiyje menen "
             "tanıstırıwıńızdı sorayman."),
            ("Juwapkershilikli inspektor biriktiriw",
             "Máhállemizge biriktirilgen profilaktika inspektorı xalıq penen pútkilley ushıraspaydı, "
             "telefonın almaydı. Máhállege juwapkershilikli inspektor biriktiriwińizdi soraymız."),
        ],
        "complaint": [
            ("Xızmetkerdiń qopal múnásibeti",
             "{date} kúni jolda toqtatılǵanımda IIB xızmetkeri meni qorladı, hújjetlerimdi sebepsiz alıp "
             "qoydı. Xızmet gúwalıǵın kórsetiwden bas tarttı. Xızmetkerdiń háreketlerin tekseriwińizdi "
             "sorayman."),
            ("Arza qabıl etilmedi",
             "Qońsımnıń meni qorqıtıp atırǵanı haqqındaǵı arzamdı náwbetshi bólimde qabıl etpedi, "
             "«ózlerińiz kelisip alıń» dedi. Bul jaǵday dawam etse, aqıbeti jaman bolıwınan qorqaman."),
        ],
        "suggestion": [
            ("Bodikameralar",
             "Barlıq patrul xızmetkerleri jumıs waqtında bodikameranı hámme waqıt qosıp júriwi shárt "
             "bolsın. Bul puqaranı da, xızmetkerdi de nahaq ayıplawdan qorǵaydı."),
            ("Inspektordıń qabıllaw grafigi",
             "Hár bir profilaktika inspektorınıń máhállede qabıllaw kúnleri hám telefon nomeri máhálle "
             "imaratına ilip qoyılıwın usınıs etemen."),
        ],
    },
    "public-order": {
        "application": [
            ("Video baqlaw kameraları",
             "{street}nde hám {mahalla} máhállesiniń orayı átirapında túnlerde urlıq jaǵdayları kóbeydi. "
             "Kóshege video baqlaw kameraların ornatıwıńızdı soraymız."),
            ("Ijara úyin tekseriw",
             "Máhállemizdegi bir ijara úyinde hár túni shawqım-súren, mas adamlar jıynaladı. "
             "Profilaktikalıq tekseriw ótkeriwińizdi soraymız."),
        ],
        "complaint": [
            ("Kafeden túngi shawqım",
             "{street}ndegi kafe hár kúni túngi saat 2-3 ke shekem qattı dawısta muzıka qoyadı. Balalar "
             "uyıqlay almaydı, qońsılar bir neshe ret ayttı, paydası joq."),
            ("Iyesiz iytler",
             "Máhállemizde iyesiz iytlerdiń toparı payda boldı, {date} kúni bir balanı qabıp aldı. Azanda "
             "balalardı mektepke jalǵız jiberiwge qorqamız."),
        ],
        "suggestion": [
            ("Jaslar ushın sport maydanshası",
             "Keshqurınları jaslardıń kóshede maqsetsiz júriwi tártipsizlikke sebep bolıp atır. Máhállede "
             "jaqtılandırılǵan sport maydanshası qurılsa, olar bos waqtın paydalı ótkeredi."),
            ("Erikli náwbetshilik",
             "Máhállede erikli jaslar toparın dúzip, profilaktika inspektorı menen birge keshki "
             "náwbetshilik etiwdi usınıs etemen."),
        ],
    },
    "domestic-violence": {
        "application": [
            ("Qorǵaw orderin beriw",
             "Turmıs joldasım meni turaqlı túrde urıp-soǵadı hám balalarıma qáwip tóndiredi. Maǵan qorǵaw "
             "orderiniń beriliwin hám qáwipsiz orın menen támiynlewińizdi sorayman. Ótinemen, atımdı "
             "ashıqlamań."),
            ("Qońsı kelinshekke járdem",
             "Qońsımız, jas kelinshek, kúyewi hám enesi tárepinen zorlıqqa ushırap atır, biraq qorqqanınan "
             "ózi múrájat ete almaydı. Oǵan psixolog hám reabilitaciya orayınıń járdemin "
             "shólkemlestiriwińizdi sorayman."),
        ],
        "complaint": [
            ("Inspektor aralaspadı",
             "Kúyewimniń meni urǵanı haqqında {date} kúni profilaktika inspektorına ayttım, ol «shańaraq "
             "máselesi» dep aralaspadı. Zorlıq dawam etip atır."),
            ("Qorǵaw orderi orınlanbay atır",
             "Burınǵı kúyewime qorǵaw orderi berilgen, biraq ol hár kúni úyimniń aldına kelip qorqıtıp "
             "atır. Inspektorǵa qońıraw etsem, kelmeydi."),
        ],
        "suggestion": [
            ("Hayallar ushın másláhát kúnleri",
             "Máhállede zorlıqqa ushıraǵan hayallar anonim múrájat etiwi ushın psixolog hám yurist "
             "qabıllaw kúnlerin shólkemlestiriwdi usınıs etemen."),
            ("Isenim telefonı haqqında daǵazalar",
             "Hayallar ushın isenim telefonı haqqında mektep, poliklinika hám máhálle imaratlarına daǵaza "
             "iliw kerek. Kóp hayallar bunday járdemniń bar ekenin bilmeydi."),
        ],
    },
    "egov-portal": {
        "application": [
            ("Jeke kabinetke kire almay atırman",
             "my.gov.uz portalına OneID arqalı kirgende «paydalanıwshı tabılmadı» degen qáte shıǵıp atır. "
             "Paroldi tiklewge urınıp kórdim, SMS kelmey atır. Akkauntımdı tiklewge járdem beriwińizdi "
             "sorayman."),
            ("Arzanıń jaǵdayın anıqlaw",
             "{date} kúni my.gov.uz arqalı arza jibergenmen, onıń jaǵdayı {weeks} hápteden beri «kórip "
             "shıǵılmaqta» bolıp tur. Arzamnıń qaysı basqıshta ekenin anıqlap beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Pul alındı, xızmet kórsetilmedi",
             "Portal arqalı mámleketlik xızmet ushın {fee} swm tóledim, pul kartadan alındı, biraq "
             "sistemada tólem kórinbey atır hám arza qabıl etilmedi. Pulımdı qaytarıwıńızdı yamasa "
             "xızmetti kórsetiwińizdi sorayman."),
            ("Hújjet júklew múmkin emes",
             "{days} kúnnen beri portalda hújjet júklegende «server qátesi» shıǵıp atır. Arza tapsırıw "
             "múddeti pitip atır, jibere almay atırman."),
        ],
        "suggestion": [
            ("Qosımshanı tolıq awdarıw",
             "my.gov.uz mobil qosımshasında kóp xızmetler tek rus tilinde yamasa shala awdarılǵan. Barlıq "
             "bólimlerdi ózbek hám qaraqalpaq tillerine tolıq awdarıwdı usınıs etemen."),
            ("Arza jaǵdayı haqqında xabarlandırıw",
             "Arzanıń jaǵdayı ózgergende Telegram yamasa SMS arqalı xabar jiberilse, hár kúni saytqa kirip "
             "tekseriw shárt bolmas edi."),
        ],
    },
    "public-service-centre": {
        "application": [
            ("Xızmetkerdi úyge shaqırıw",
             "Anam tósekte jatır, mámleketlik xızmetler orayına barıp biometrik pasport tapsıra almaydı. "
             "Xızmetkerdiń úyge shıǵıp xızmet kórsetiwin sorayman."),
            ("Shembi kúni de qabıllaw",
             "Rayondaǵı mámleketlik xızmetler orayı shembi kúni islemeydi, isleytuǵın adamlar hújjet "
             "tapsırıw ushın jumıstan ruqsat sorawǵa májbúr. Shembi kúnleri de qabıllawdı "
             "shólkemlestiriwińizdi soraymız."),
        ],
        "complaint": [
            ("Oraydaǵı uzın náwbetler",
             "{district} mámleketlik xızmetler orayında elektron náwbet sisteması islemey atır, adamlar "
             "esik aldında saatlap turadı. {date} kúni 4 saat kútip, bárbir qabılǵa kire almadım."),
            ("Operator qosımsha pul soradı",
             "Mámleketlik xızmetler orayında operator hújjetti «tezirek islew» ushın qosımsha pul soradı. "
             "Pul kvitanciyasız alındı."),
        ],
        "suggestion": [
            ("Anıq waqıtqa jazılıw",
             "Mámleketlik xızmetler orayına onlayn, anıq waqıtqa jazılıw múmkinshiligin jaratıwdı usınıs "
             "etemen. Oraylarda kútiw orınları da jetispeydi."),
            ("Kóshpeli xızmet avtobusı",
             "Shettegi awıllarǵa háptesine bir ret kóshpeli mámleketlik xızmetler avtobusı qatnasa, "
             "adamlar rayon orayına barmaydı."),
        ],
    },
    "documents-certificates": {
        "application": [
            ("Jasaw ornınan maǵlıwmatnama",
             "Balamnıń napaqası ushın jasaw ornınan maǵlıwmatnama kerek. Onı onlayn alıw múmkin be yamasa "
             "mámleketlik xızmetler orayına barıwım kerek pe, túsindirip beriwińizdi sorayman."),
            ("Tuwılǵanlıq haqqındaǵı gúwalıqtı tiklew",
             "Qızım {daughter} ushın berilgen tuwılǵanlıq haqqındaǵı gúwalıq joǵalıp qaldı. Gúwalıqtıń "
             "qaytalama nusqasın beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Hújjet óz waqtında tayar bolmadı",
             "Neke haqqındaǵı gúwalıqtıń nusqasın {date} kúni soraǵanman, 5 kúnde tayar boladı degen edi, "
             "{weeks} hápte ótti. Hár ret erteń keliwdi aytadı."),
            ("ID-kartadaǵı qáte",
             "Maǵan berilgen ID-kartada familiyam qáte jazılǵan. Qáteni dúzetiw ushın taǵı tólem tólewimdi "
             "talap etip atır, al qáte xızmetkerdiń ayıbı menen ketken."),
        ],
        "suggestion": [
            ("QR-kodlı maǵlıwmatnamalar",
             "Barlıq maǵlıwmatnamalarda QR-kod bolsa, olardı móhir hám qol qoyıw ushın qayta-qayta alıp "
             "júriw shárt bolmaydı. Shólkemler QR-kodtı ózi tekseredi."),
            ("Hújjetlerdi pochta arqalı jiberiw",
             "Tayar hújjetlerdi pochta arqalı úyge jetkerip beriw xızmetin engiziwdi usınıs etemen, "
             "ásirese jası úlken hám mayıplıǵı bar puqaralar ushın."),
        ],
    },
    "bribery-report": {
        "application": [
            ("Para jaǵdayın tekseriw",
             "{district} aymaǵındaǵı shólkemlerdiń birinde xızmet kórsetiw ushın para talap etilip "
             "atırǵanı haqqında xabar bermekshimen. Atımnıń sır saqlanıwın sorayman, dálillerdi "
             "tekseriwshilerge tikkeley tapsıraman."),
            ("Xabar beriwshini qorǵaw",
             "Korrupciya jaǵdayı haqqında xabar bermekshimen, biraq ózime ziyan jetiwinen qorqaman. Xabar "
             "beriwshiniń qorǵawı qalay támiyinleniwin túsindirip beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Xızmetker para soradı",
             "{date} kúni hújjetimdi rásmiylestiriw ushın juwapker xızmetker {amount} swm soradı, bolmasa "
             "is bir ayǵa sozılatuǵının ayttı. Sáwbetti dawısqa jazıp alǵanman. Tekseriw ótkeriwińizdi "
             "sorayman."),
            ("Jumısqa kiriw ushın pul soraldı",
             "Mámleketlik mákemege jumısqa kiriw ushın basshınıń orınbasarı mennen pul talap etti. Pul "
             "bermegenim ushın basqa kandidat alındı."),
        ],
        "suggestion": [
            ("Xabar bergenlerdi xoshametlew",
             "Korrupciya haqqında xabar berip, ol tastıyıqlanǵan puqaralardı xoshametlew sistemasın keń "
             "násiyatlaw kerek. Adamlar xabar beriwdiń qáwipsiz ekenin bilsin."),
            ("Xızmetlerdi onlayn etiw",
             "Para kóbinese xızmetker menen betpe-bet ushırasıwda soraladı. Múmkinshilik barınsha kóbirek "
             "xızmetti onlayn etiw korrupciyanı azaytadı."),
        ],
    },
    "official-misconduct": {
        "application": [
            ("Lawazımlı shaxstıń háreketlerin tekseriw",
             "{district} hákimliginiń xızmetkeri jer boyınsha arzamdı nızamǵa qayshı túrde biykar etip, "
             "uchastkanı óz tuwısqanına rásmiylestirdi. Xızmetkerdiń háreketlerin prokuratura tárepinen "
             "tekseriwińizdi sorayman."),
            ("Buzıw haqqındaǵı qarardı tekseriw",
             "Úyimizdi buzıw haqqındaǵı qarar hesh qanday kompensaciyasız shıǵarılǵan, biz benen "
             "kelisilmegen. Qarardıń nızamlılıǵın tekserip, biykar etiwińizdi sorayman."),
        ],
        "complaint": [
            ("Isbilermenlerden májbúriy pul jıynaw",
             "Rayon juwapkeri isbilermenlerden «demewshilik» atı menen májbúriy pul jıynap atır, "
             "bermegenlerge tekseriw jiberip atır. Bunı wákillikti suyiistemal etiw dep esaplayman."),
            ("Oqıtıwshılardı májbúriy jumısqa tartıw",
             "Mektep oqıtıwshıların sabaq waqtında kóshe tazalaw hám abadanlastırıw jumıslarına májbúrlep "
             "alıp shıǵıp atır. Barmaǵanlardı jumıstan bosatıw menen qorqıtadı."),
        ],
        "suggestion": [
            ("Qararlardı ashıq járiyalaw",
             "Hákimlerdiń jer ajıratıw hám buzıw boyınsha barlıq qararların saytta ashıq járiyalawdı "
             "usınıs etemen. Jámiyetshilik qadaǵalawı suyiistemallıqlardı azaytadı."),
            ("Shaǵımlar statistikası",
             "Hár bir mákemege kelgen shaǵımlardıń sanın hám olardıń nátiyjesin jıllıq esabatta ashıq "
             "kórsetiw kerek."),
        ],
    },
    "neighbourhood-improvement": {
        "application": [
            ("Balalar maydanshasın qurıw",
             "{mahalla} máhállesinde balalar maydanshası joq, balalar kóshede, mashinalardıń arasında "
             "oynaydı. Máhálle orayınıń qasındaǵı bos jerge maydansha qurıp beriwińizdi soraymız."),
            ("Kóshet egiw ushın járdem",
             "{street} boyındaǵı terekler qurap qalǵan, jazda saya joq. Báhárde xalıq penen hashar "
             "shólkemlestirip, kóshet ekpekshimiz. Kóshet hám suwǵarıw menen járdem beriwińizdi sorayman."),
        ],
        "complaint": [
            ("Terekler kesilip atır",
             "{street}ndegi eski shınarlar hesh qanday ruqsatsız kesilip atır. Xalıq qarsılıq bildirse, "
             "«hákimliktiń ruqsatı bar» deydi, biraq hújjet kórsetpeydi."),
            ("Aryqlar tazalanbaǵan",
             "Máhállemizdegi aryqlar {years} jıldan beri tazalanbaǵan, ishi qoqıs hám batpaq penen tolǵan. "
             "Báhárde suw tasıp, hawlılardı basadı."),
        ],
        "suggestion": [
            ("Máhálle baǵı",
             "Máhállemizdegi taslandı jerde kishi baǵ hám seyil jolı islense, garrılar menen jas analar "
             "ushın dem alıw ornı bolar edi. Xalıq hasharǵa qatnasıwǵa tayar."),
            ("Ashıq hawada sport úskeneleri",
             "Máhálle orayınıń qasındaǵı maydanǵa ashıq hawada sport úskenelerin — turnik, brus ornatıwdı "
             "usınıs etemen. Jaslar ushın da, úlkenler ushın da paydalı."),
        ],
    },
    "mahalla-assembly": {
        "application": [
            ("Puqaralar jıyının ótkeriw",
             "{mahalla} máhállesinde jol hám shıǵındı máselelerin talqılaw ushın puqaralar jıyının "
             "ótkeriwińizdi soraymız. Xalıqtıń kópshiligi qatnasıwǵa tayar."),
            ("Máhálleden maǵlıwmatnama",
             "Máhálleden shańaraq quramı haqqında maǵlıwmatnama kerek, baslıqtıń orınbasarı {days} kúnnen "
             "beri «erteń» dep júr. Maǵlıwmatnamanı beriwin sorayman."),
        ],
        "complaint": [
            ("Baslıq xalıq penen islespeydi",
             "Máhálle baslıǵın keńsesinen tabıw múmkin emes, telefonın almaydı. Xalıqtıń mashqalaları "
             "boyınsha jıyın {months} aydan beri ótkerilmegen."),
            ("Járdem dizimi ádalatsız dúzilgen",
             "Máhálle jetiligi járdem dizimin xalıq penen keńespey dúzdi. Haqıyqatında mútáj shańaraqlar "
             "dizimnen shette qaldı."),
        ],
        "suggestion": [
            ("Máhálleniń rásmiy Telegram kanalı",
             "Máhálledegi barlıq daǵazalar, jıyın qararları hám járdem dizimleri rásmiy Telegram kanalda "
             "járiyalanıp barılsa, adamlar xabardar boladı."),
            ("Máhálle jaslar keńesi",
             "Máhálle jıyını janında jaslar keńesin dúzip, olarǵa abadanlastırıw joybarların tapsırıwdı "
             "usınıs etemen."),
        ],
    },
}

GENERIC_APPEALS = {
    "application": [
        ("Járdem sorap",
         "Shańaraǵımız dus kelgen mashqala boyınsha sizge múrájat etip atırman. Bir neshe mákemege barıp "
         "kórdim, hesh kim anıq juwap bermedi. Máseleni kórip shıǵıp, járdem beriwińizdi sorayman."),
    ],
    "complaint": [
        ("Mashqala sheshilmey atır",
         "Bul másele boyınsha {months} aydan beri múrájat etip atırman, biraq hesh qanday nátiyje joq. Hár "
         "ret basqa mákemege jiberedi."),
    ],
    "suggestion": [
        ("Usınıs",
         "Xalıqqa xızmet kórsetiwdi jaqsılaw boyınsha usınısım bar: barlıq múrájatlardıń jaǵdayın onlayn "
         "baqlaw múmkinshiligi jaratılsa, adamlar mákemelerge biykarǵa qatnamaydı."),
    ],
}

ANSWERS = {
    "gas-supply": [
        "Múrájatıńız kórip shıǵıldı. {mahalla} máhállesindegi gaz basımı qánigeler tárepinen ólshendi, "
        "basımnıń tómenlewine bólistiriw trubasındaǵı nasazlıq sebep bolǵanı anıqlandı. Remont jumısları "
        "{until} juwmaqlanadı.",
        "Múrájatıńız úyrenildi. {date} kúni úyińizge qánige jiberildi, esaplaǵısh hám esap-sanaq "
        "tekserildi, anıqlanǵan kemshilikler saplastırıldı. Qosımsha sorawlar boyınsha aymaqlıq gaz "
        "támiynatı filialına múrájat etiwińiz múmkin.",
    ],
    "electricity-supply": [
        "Múrájatıńız kórip shıǵıldı. {mahalla} máhállesindegi transformator punktiniń júklemesi úyrenildi, "
        "onı quwatlıraq transformatorǵa almastırıw investiciya baǵdarlamasına kirgizildi. Jumıslar {until} "
        "orınlanadı.",
        "Múrájatıńız boyınsha aymaqlıq elektr tarmaqları kárxanasınıń qánigeleri {date} kúni orınǵa "
        "shıqtı. Tarmaqtaǵı nasazlıq saplastırıldı, esap-sanaq qayta kórip shıǵıldı.",
    ],
    "water-supply": [
        "Múrájatıńız kórip shıǵıldı. {mahalla} máhállesinde suw támiynatındaǵı úzilislerge nasos "
        "stanciyasındaǵı nasazlıq sebep bolǵan. Remont jumısları {until} juwmaqlanadı, oǵan shekem suw "
        "tasıw grafik tiykarında shólkemlestirildi.",
        "Múrájatıńız úyrenildi. Kósheńizdi awız suw tarmaǵına jalǵaw keler jılǵı baǵdarlamaǵa kirgizildi. "
        "Esaplaǵıshıńız {date} kúni plombalandı.",
    ],
    "sewerage": [
        "Múrájatıńız kórip shıǵıldı. {date} kúni kanalizaciya tarmaǵı tazalandı, apat saplastırıldı. "
        "Qudıqtıń qaqpaǵı {until} ornatıladı.",
        "Múrájatıńız úyrenildi. Úyińizdi oraylıq kanalizaciyaǵa jalǵaw ushın texnikalıq shártler "
        "tayarlandı, olardı suw támiynatı kárxanasınan alıwıńız múmkin.",
    ],
    "waste-collection": [
        "Múrájatıńız kórip shıǵıldı. {mahalla} máhállesinde shıǵındı alıp ketiw grafigi tiklendi: shıǵındı "
        "háptesine eki ret alıp ketiledi. Qosımsha konteynerler {until} ornatıladı.",
        "Múrájatıńız úyrenildi. Shıǵındı alıp ketiw tólemi shańaraq aǵzalarınıń haqıyqıy sanına qarap "
        "qayta esaplandı, artıqsha tólengen summa keyingi aylardıń esabına ótkerildi.",
    ],
    "heating-hot-water": [
        "Múrájatıńız kórip shıǵıldı. Úyińizdiń jıllılıq punktindegi nasazlıq saplastırıldı, {date} kúninen "
        "baslap jılıtıw normada berilip atır.",
        "Múrájatıńız úyrenildi. Issı suw trubasın almastırıw jumısları {until} juwmaqlanadı. Issı suw "
        "berilmegen dáwir ushın tólem qayta esaplanadı.",
    ],
    "road-repair": [
        "Múrájatıńız kórip shıǵıldı. {street}n remontlaw usı jılǵı jollardı remontlaw baǵdarlamasına "
        "kirgizildi. Jumıslar {until} orınlanadı.",
        "Múrájatıńız úyrenildi. Joldı qazǵan podryadshı shólkemge asfalt qaplamasın {until} tiklew "
        "boyınsha kórsetpe berildi, orınlanıwı qadaǵalawǵa alındı.",
    ],
    "street-lighting": [
        "Múrájatıńız kórip shıǵıldı. {street}ndegi kóshe shıraqları {date} kúni remontlandı hám jaǵıldı.",
        "Múrájatıńız úyrenildi. Kósheńizge 12 jańa jaqtılandırıw baǵanasın ornatıw rejelestirildi, "
        "jumıslar {until} juwmaqlanadı.",
    ],
    "public-transport": [
        "Múrájatıńız kórip shıǵıldı. {date} kúninen baslap marshrutqa qosımsha eki avtobus shıǵarıldı, "
        "qatnaw aralıǵı 15 minutqa qısqartıldı.",
        "Múrájatıńız úyrenildi. Aydawshıǵa qarata tártip ilajı kórildi. Ayaldamaǵa ústi jabıq orın hám "
        "otırǵıshlar {until} ornatıladı.",
    ],
    "traffic-safety": [
        "Múrájatıńız kórip shıǵıldı. Kórsetilgen jerde piyadalar ótkeli belgilendi, eskertiwshi belgi hám "
        "jasalma tegissizlik {until} ornatıladı.",
        "Múrájatıńız úyrenildi. {street}nde JHQX xızmetkerleri tárepinen reyd ilajları ótkerildi, tezlikti "
        "asırǵan aydawshılarǵa qarata hákimshilik ilajlar kórildi.",
    ],
    "housing-provision": [
        "Múrájatıńız kórip shıǵıldı. Shańaraǵıńız sociallıq turaq jay náwbetine qoyıldı, náwbettegi "
        "nomerińiz haqqında maǵlıwmat SMS arqalı jiberiledi.",
        "Múrájatıńız úyrenildi. Turaq jay náwbeti tekserildi, nızam buzılıw jaǵdayları anıqlanbadı. "
        "Jeńillikli ipoteka boyınsha kerekli hújjetlerdiń dizimi qosıp jiberilip atır.",
    ],
    "apartment-building-maintenance": [
        "Múrájatıńız kórip shıǵıldı. Úyińizdiń tóbesi usı jılǵı kapital remont baǵdarlamasına kirgizildi, "
        "jumıslar {until} juwmaqlanadı.",
        "Múrájatıńız úyrenildi. Basqarıw kompaniyasına podezdlerdi tazalaw hám jaqtılandırıwdı tiklew "
        "boyınsha kórsetpe berildi, onıń orınlanıwı {date} kúni ornında tekserildi.",
    ],
    "construction-permits": [
        "Múrájatıńız kórip shıǵıldı. Qurılısqa ruqsatnama rásmiylestirildi, onı jeke kabinetińizden júklep "
        "alıwıńız múmkin.",
        "Múrájatıńız úyrenildi. Biykar etiwdiń sebebi joybar hújjetleriniń qala qurılısı normalarına "
        "sáykes kelmewi bolǵan. Hújjetlerdi tolıqtırıp, {until} qayta tapsırıwıńız múmkin.",
    ],
    "illegal-construction": [
        "Múrájatıńız kórip shıǵıldı. {date} kúni orınǵa shıǵılıp, qurılıstıń ruqsatsız alıp barılıp "
        "atırǵanı anıqlandı. Qurılıs toqtatıldı, iyesine qarata hákimshilik bayanlama rásmiylestirildi.",
        "Múrájatıńız úyrenildi. Obekttiń hújjetleri tekserildi, ruqsatnama bar. Túngi jumıslar qadaǵan "
        "etilip, podryadshıǵa eskertiw berildi.",
    ],
    "social-benefits": [
        "Múrájatıńız kórip shıǵıldı. Shańaraǵıńızǵa balalar napaqası {date} kúninen baslap tayınlandı.",
        "Múrájatıńız úyrenildi. Napaqanıń toqtatılıwına maǵlıwmatlar bazasındaǵı qáte sebep bolǵan, qáte "
        "dúzetildi hám tólenbegen summa {until} tólenedi.",
    ],
    "disability-support": [
        "Múrájatıńız kórip shıǵıldı. Mayıplar arbası ajıratıldı, onı {until} rayonlıq sociallıq qorǵaw "
        "bóliminen alıwıńız múmkin.",
        "Múrájatıńız úyrenildi. Imaratqa kiriw ushın pandus ornatıw jumısları {until} juwmaqlanadı, oǵan "
        "shekem xızmetkerler birinshi qabatta qabıl etedi.",
    ],
    "low-income-families": [
        "Múrájatıńız kórip shıǵıldı. Máhálle jetiligi tárepinen shańaraǵıńızdıń jaǵdayı úyrenildi hám "
        "shańaraǵıńız az támiyinlengen shańaraqlar reestrine kirgizildi.",
        "Múrájatıńız úyrenildi. Reestrdegi nadurıs maǵlıwmat dúzetildi, shańaraǵıńızǵa materiallıq járdem "
        "{date} kúninen qayta tiklendi.",
    ],
    "pension-calculation": [
        "Múrájatıńız kórip shıǵıldı. Usınılǵan arxiv maǵlıwmatnaması tiykarında miynet stajıńız esapqa "
        "alındı hám pensiyańız {date} kúninen qayta esaplandı.",
        "Múrájatıńız úyrenildi. Pensiyańız nızamshılıqqa muwapıq durıs esaplanǵan. Esap-sanaqtıń tolıq "
        "maǵlıwmatı qosıp jiberilip atır.",
    ],
    "pension-payment-delay": [
        "Múrájatıńız kórip shıǵıldı. Pensiya tólemindegi keshigiwge bank sistemasındaǵı texnikalıq "
        "nasazlıq sebep bolǵan, pensiya {date} kúni kartańızǵa ótkerildi.",
        "Múrájatıńız úyrenildi. Pensiyanı úyge jetkerip beriw {date} kúninen baslap jolǵa qoyıldı.",
    ],
    "polyclinic-service": [
        "Múrájatıńız kórip shıǵıldı. Poliklinikada qabıllaw tártibi qayta kórip shıǵıldı, shıpakerdiń "
        "qabılı saat 8:00 den baslanadı. Jaǵday boyınsha xızmetkerlerge tártip ilajı qollanıldı.",
        "Múrájatıńız úyrenildi. Tar qánigege joldama berildi, qabıllaw {date} kúnine belgilendi.",
    ],
    "medicines-supply": [
        "Múrájatıńız kórip shıǵıldı. Insulin zapası tolıqtırıldı, onı poliklinikańızdan alıwıńız múmkin.",
        "Múrájatıńız úyrenildi. Dárixanalardaǵı bahalar hám dárilerdiń bar-joqlıǵı {date} kúni tekserildi, "
        "anıqlanǵan jaǵdaylar boyınsha tiyisli ilajlar kórildi.",
    ],
    "hospital-complaint": [
        "Múrájatıńız kórip shıǵıldı. Xızmet tekseriwi ótkerildi, náwbetshi shıpakerge tártip jazası "
        "qollanıldı.",
        "Múrájatıńız úyrenildi. Rejeli operaciya {date} kúnine belgilendi, bul haqqında sizge emlewxanadan "
        "qońıraw etiledi.",
    ],
    "kindergarten-place": [
        "Múrájatıńız kórip shıǵıldı. Perzentińizge {kindergarten_no}-mektepke shekemgi bilimlendiriw "
        "shólkeminen orın ajıratıldı, joldamanı elektron túrde alıwıńız múmkin.",
        "Múrájatıńız úyrenildi. Náwbet elektron sistemada nızamlı júrgizilip atır, házirshe bos orın joq. "
        "Orın bosawı menen sizge SMS arqalı xabar beriledi.",
    ],
    "school-issues": [
        "Múrájatıńız kórip shıǵıldı. {school_no}-mektepte ótkerilgen tekseriwde ata-analardan pul jıynaw "
        "jaǵdayı tastıyıqlandı, klass basshısına tártip jazası qollanıldı.",
        "Múrájatıńız úyrenildi. Mektepte jılıtıw sistemasın remontlaw hám aynalardı almastırıw jumısları "
        "{until} juwmaqlanadı.",
    ],
    "higher-education": [
        "Múrájatıńız kórip shıǵıldı. Kontrakt tólemin bólip tólew boyınsha sizge tórt basqıshlı grafik "
        "belgilendi.",
        "Múrájatıńız úyrenildi. Joqarı oqıw ornında xızmet tekseriwi ótkerilip atır, onıń nátiyjesi "
        "haqqında {until} xabar beriledi.",
    ],
    "land-allocation": [
        "Múrájatıńız kórip shıǵıldı. Rayonda jeke turaq jay salıw ushın jer uchastkaları elektron auksion "
        "arqalı beriledi, keyingi sawda {date} kúni ótkeriledi.",
        "Múrájatıńız úyrenildi. Ajıratılǵan jer uchastkańızdıń shegaraları {until} ornında belgilep "
        "beriledi.",
    ],
    "land-disputes": [
        "Múrájatıńız kórip shıǵıldı. Kadastr xızmetkerleri {date} kúni orınǵa shıǵıp, uchastkalardıń "
        "shegarasın hújjetler tiykarında anıqladı. Aktiniń nusqası qosıp jiberilip atır.",
        "Múrájatıńız úyrenildi. Daw puqaralıq-huqıqıy sıpatqa iye bolǵanı sebepli onı sud arqalı "
        "sheshiwińiz múmkin ekeni túsindiriledi.",
    ],
    "property-registration": [
        "Múrájatıńız kórip shıǵıldı. Kóshpes múlkińiz mámleketlik dizimnen ótkerildi, kóshirmeni my.gov.uz "
        "arqalı alıwıńız múmkin.",
        "Múrájatıńız úyrenildi. Reestrdegi texnikalıq qáte dúzetildi, múlk salıǵı qayta esaplandı.",
    ],
    "job-search": [
        "Múrájatıńız kórip shıǵıldı. Sizge qánigeligińiz boyınsha úsh bos jumıs ornı usınıs etildi, {date} "
        "kúni bántlik orayına keliwińiz soraladı.",
        "Múrájatıńız úyrenildi. Siz kásipke oqıtıw kursına jazıldıńız, sabaqlar {date} kúni baslanadı.",
    ],
    "unpaid-wages": [
        "Múrájatıńız kórip shıǵıldı. Mámleketlik miynet inspekciyası tárepinen kárxanada tekseriw "
        "ótkerildi, is haqı qarızın {until} tólew boyınsha kórsetpe berildi.",
        "Múrájatıńız úyrenildi. Kárxana is haqı qarızın tolıq tóledi, miynet kitapshańız qaytarıldı.",
    ],
    "unemployment-benefit": [
        "Múrájatıńız kórip shıǵıldı. Siz jumıssız retinde dizimge alındıńız, jumıssızlıq napaqası {date} "
        "kúninen baslap tayınlandı.",
        "Múrájatıńız úyrenildi. Napaqa tólemindegi keshigiw saplastırıldı, qarızdarlıq {until} tólenedi.",
    ],
    "police-conduct": [
        "Múrájatıńız kórip shıǵıldı. Xızmet tekseriwiniń nátiyjesinde xızmetkerdiń háreketlerinde tártip "
        "buzıwshılıq anıqlandı hám oǵan tártip jazası qollanıldı.",
        "Múrájatıńız úyrenildi. Arzańız boyınsha tekseriw materialları menen {date} kúni tanısıwıńız "
        "múmkin.",
    ],
    "public-order": [
        "Múrájatıńız kórip shıǵıldı. {street}nde profilaktikalıq ilajlar ótkerildi, kafe iyesine túngi "
        "shawqım ushın hákimshilik jarıma salındı.",
        "Múrájatıńız úyrenildi. Kórsetilgen aymaqqa video baqlaw kameraları {until} ornatıladı, "
        "patrul-post xızmeti kúsheytildi.",
    ],
    "domestic-violence": [
        "Múrájatıńız kórip shıǵıldı. Sizge qorǵaw orderi berildi, profilaktika inspektorı tárepinen "
        "turaqlı qadaǵalaw ornatıldı. Reabilitaciya orayınıń mánzili hám telefonı qosıp jiberilip atır.",
        "Múrájatıńız úyrenildi. Profilaktika inspektorınıń háreketleri xızmet tekseriwinde úyrenildi, oǵan "
        "qarata tártip ilajı kórildi.",
    ],
    "egov-portal": [
        "Múrájatıńız kórip shıǵıldı. Akkauntıńız tiklendi, portalǵa jańa parol menen kiriwińiz múmkin.",
        "Múrájatıńız úyrenildi. Tólem sistemasındaǵı nasazlıq sebepli alınǵan qarjı {until} kartańızǵa "
        "qaytarıladı.",
    ],
    "public-service-centre": [
        "Múrájatıńız kórip shıǵıldı. Oraydaǵı elektron náwbet sisteması tiklendi hám qosımsha operator "
        "ajıratıldı.",
        "Múrájatıńız úyrenildi. {date} kúni xızmetker úyińizge shıǵıp, hújjetlerdi qabıl etedi.",
    ],
    "documents-certificates": [
        "Múrájatıńız kórip shıǵıldı. Gúwalıqtıń qaytalama nusqası tayar, onı mámleketlik xızmetler "
        "orayınan alıwıńız múmkin.",
        "Múrájatıńız úyrenildi. ID-kartadaǵı qáteniń xızmetkerdiń ayıbı menen ketkeni tastıyıqlandı, karta "
        "biypul qayta rásmiylestiriledi.",
    ],
    "bribery-report": [
        "Múrájatıńız kórip shıǵıldı. Keltirilgen jaǵday boyınsha tekseriw baslandı, onıń nátiyjesi "
        "haqqında nızamda belgilengen tártipte xabar beriledi. Maǵlıwmatlarıńız sır saqlanadı.",
        "Múrájatıńız úyrenildi. Tekseriw materialları huqıqıy baha beriw ushın prokuratura organlarına "
        "jiberildi.",
    ],
    "official-misconduct": [
        "Múrájatıńız kórip shıǵıldı. Prokuratura tekseriwiniń nátiyjesinde qarar nızamǵa qayshı dep "
        "tabıldı hám oǵan protest keltirildi.",
        "Múrájatıńız úyrenildi. Lawazımlı shaxstıń háreketleri boyınsha tekseriw {until} juwmaqlanadı.",
    ],
    "neighbourhood-improvement": [
        "Múrájatıńız kórip shıǵıldı. {mahalla} máhállesinde balalar maydanshasın qurıw abadanlastırıw "
        "baǵdarlamasına kirgizildi, jumıslar {until} juwmaqlanadı.",
        "Múrájatıńız úyrenildi. Terekler kesiw toqtatıldı, ruqsatsız kesken shaxslarǵa qarata hákimshilik "
        "ilaj kórildi.",
    ],
    "mahalla-assembly": [
        "Múrájatıńız kórip shıǵıldı. {mahalla} máhállesinde puqaralar jıyınınıń {date} kúni ótkeriliwi "
        "belgilendi.",
        "Múrájatıńız úyrenildi. Máhálle baslıǵına xalıq penen islesiwdi jaqsılaw boyınsha kórsetpe "
        "berildi, qabıllaw kúnleri máhálle imaratına ilip qoyıldı.",
    ],
}

GENERIC_ANSWERS = [
    "Múrájatıńız kórip shıǵıldı. Kóterilgen másele boyınsha tiyisli ilajlar kórildi, nátiyjesi {until} "
    "málim etiledi.",
]

CONCLUSIONS = [
    "Múrájatta jeke shaxstıń familiyası, atı hám jasaw ornı kórsetilmegen. «Jeke hám yuridikalıq "
    "shaxslardıń múrájatları haqqında»ǵı Nızamǵa muwapıq anonim múrájat kórip shıǵılmastan qaldırıldı.",
    "Múrájatta jańa dáliller keltirilmegen, usı másele boyınsha sizge aldın tiykarlı juwap berilgen. "
    "Qaytalanǵan múrájat kórip shıǵılmastan qaldırıldı.",
    "Múrájat avtorınıń arzasına muwapıq múrájat keri alındı hám kórip shıǵılmastan qaldırıldı.",
]

RATING_COMMENTS = {
    1: ["Juwap meniń sorawıma pútkilley tiyisli emes.", "Hesh nárse ózgermedi, tek qaǵazda jazıp qoydı.",
        "Múddet ótip ketti, juwap ta formal."],
    2: ["Juwap berildi, biraq mashqala sheshilmedi.", "Wáde etilgen jumıs ele baslanbadı."],
    3: ["Bir bólegi sheshildi, baqlap baramız.", "Juwap keldi, biraq kesh."],
    4: ["Mashqala sheshildi, azmaz keshikti.", "Rahmet, kórip shıqtı, jumıslar basladı."],
    5: ["Úlken rahmet, mashqala sheshildi!", "Tez hám anıq juwap berdi, rahmet.",
        "Juwapker xızmetkerlerge rahmet, hámmesi aytılǵanday orınlandı."],
}
