"""Uzbek (Latin) appeal texts; Uzbek Cyrillic is made from these.

Spelling is the 1995 alphabet as officials write it: o‘ and g‘ with U+2018,
the tutuq belgisi (ma’lumot) with U+2019. The phone-typed variants (o', o`)
are made by `noise`, not written here, so the source stays canonical.

Words whose Latin spelling does not transliterate back to the accepted
Cyrillic one (kvitansiya -> квитанция) are listed in CYRILLIC_FIXES.
"""

GREETINGS = [
    "Assalomu alaykum.",
    "Assalomu alaykum!",
    "Assalomu alaykum, hurmatli rahbar!",
    "Hurmatli mutasaddilar!",
    "Salom.",
    "Assalomu alaykum, hurmatli hokim!",
]

ADDRESS_LINES = [
    "Men {district}, {mahalla} mahallasi, {street}, {house}-uyda yashayman.",
    "Men {district}dagi {mahalla} mahallasida istiqomat qilaman.",
    "{mahalla} mahallasi aholisi nomidan yozyapman.",
    "Manzil: {district}, {mahalla} MFY, {street}, {house}-uy.",
    "Men, {name}, {district}, {street}, {house}-uyda yashovchi fuqaroman.",
]

CLOSINGS = {
    "application": [
        "Arizamni ko‘rib chiqib, ijobiy hal qilishingizni so‘rayman.",
        "Iltimos, yordam bersangiz.",
        "Amaliy yordam berishingizni so‘rayman.",
        "Oldindan rahmat.",
    ],
    "complaint": [
        "Iltimos, chora ko‘rishingizni so‘rayman.",
        "Mas’ullar tomonidan tegishli chora ko‘rilishini so‘rayman.",
        "Iltimos, bu masalani nazoratga oling.",
        "Javobsiz qoldirmasligingizni so‘raymiz.",
    ],
    "suggestion": [
        "Taklifimni ko‘rib chiqishingizni so‘rayman.",
        "Bu taklif inobatga olinsa, ko‘pchilikka foydasi tegadi deb o‘ylayman.",
        "Fikrimni qo‘llab-quvvatlaysiz degan umiddaman.",
    ],
}
# A body whose last sentence already says one of these needs no closing.
CLOSING_MARKERS = ("so‘rayman", "so‘raymiz", "rahmat", "iltimos", "umiddaman", "o‘ylayman")

STREETS = [
    "Mustaqillik ko‘chasi", "Navoiy ko‘chasi", "Amir Temur ko‘chasi", "Bog‘ishamol ko‘chasi",
    "Beruniy ko‘chasi", "Yangi hayot ko‘chasi", "Do‘stlik ko‘chasi", "Tinchlik ko‘chasi",
    "Guliston ko‘chasi", "Bobur ko‘chasi", "Mirzo Ulug‘bek ko‘chasi", "Istiqlol ko‘chasi",
    "Nurafshon ko‘chasi", "Yoshlik ko‘chasi", "Bunyodkor ko‘chasi", "Bahor ko‘chasi",
    "Paxtakor ko‘chasi", "Chinor ko‘chasi", "Ibn Sino ko‘chasi", "Cho‘lpon ko‘chasi",
]
FULL_NAMES = [
    "Karimova Dilnoza", "Rahimov Sherzod", "Yo‘ldosheva Malika", "Toshpo‘latov Jasur",
    "Abdullayeva Gulnora", "Xolmatov Bekzod", "Ergasheva Nilufar", "Qodirov Anvar",
    "Sobirova Feruza", "Nazarov Otabek", "Mirzayeva Shahnoza", "Tursunov Ulug‘bek",
    "Jo‘rayev Rustam", "Usmonova Mohira", "Haydarov Sardor", "Ismoilova Zulfiya",
]
SONS = ["Jasur", "Sardor", "Abdulloh", "Muhammadali", "Javohir", "Bobur", "Sanjar", "Ibrohim"]
DAUGHTERS = ["Madina", "Sevinch", "Mohinur", "Oisha", "Zarina", "Dildora", "Robiya", "Muslima"]
MAHALLAS = ["Navbahor", "Yangiobod", "Bog‘bon", "Guliston", "Tinchlik", "Obod", "Chinorli", "Istiqlol"]
DISTRICTS = ["Qarshi tumani", "Chilonzor tumani", "Urgut tumani", "Marg‘ilon shahri", "Koson tumani",
             "Yunusobod tumani", "Denov tumani", "Namangan shahri"]
REGIONS = ["Qashqadaryo viloyati", "Samarqand viloyati", "Farg‘ona viloyati", "Toshkent shahri"]

MONTHS = ("yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
          "noyabr", "dekabr")
# Uzbek Cyrillic keeps the Russian month names (сентябрь), which alifbo does not produce.
MONTHS_CYRILLIC = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
                   "октябрь", "ноябрь", "декабрь")
MONTHS_CYRILLIC_UNTIL = ("январгача", "февралгача", "мартгача", "апрелгача", "майгача", "июнгача",
                         "июлгача", "августгача", "сентябргача", "октябргача", "ноябргача", "декабргача")

CYRILLIC_FIXES = {
    # Loanwords spelled with s for ц or y for ъ in Latin, as the 1995 rules say.
    "квитансия": "квитанция",
    "инспексия": "инспекция",
    "реконструксия": "реконструкция",
    "коррупсия": "коррупция",
    "стансия": "станция",
    "ауксион": "аукцион",
    "буджет": "бюджет",
    "подйезд": "подъезд",
    "обйект": "объект",
    # t+s across a suffix boundary is not ц: adolat-siz, ayt-sak, et-sa.
    "адолациз": "адолатсиз",
    "рухсациз": "рухсатсиз",
    "айцак": "айтсак",
    "эца ": "этса ",
    "эца,": "этса,",
    # yong‘in: n + g‘, which alifbo reads as the digraph ng.
    "нгʻ": "нғ",
}


def date(day: int, month: int) -> str:
    return f"{day}-{MONTHS[month]}"


def until(day: int, month: int) -> str:
    return f"{day}-{MONTHS[month]}gacha"


def date_cyrillic(day: int, month: int) -> str:
    return f"{day} {MONTHS_CYRILLIC[month]}"


def until_cyrillic(day: int, month: int) -> str:
    return f"{day} {MONTHS_CYRILLIC_UNTIL[month]}"


APPEALS = {
    "gas-supply": {
        "application": [
            ("Uyni gaz tarmog‘iga ulash",
             "{street}da yangi uy qurib bitkazdim, lekin hali tabiiy gaz tarmog‘iga ulanmagan. Kerakli "
             "hujjatlarni {date} kuni hududiy gaz ta’minoti filialiga topshirganman, ammo hanuz javob yo‘q. "
             "Uyimni gaz tarmog‘iga ulash uchun texnik shartlar berilishini so‘rayman."),
            ("Gaz hisoblagichini almashtirish",
             "Xonadonimizdagi gaz hisoblagichi ishdan chiqqan, ko‘rsatkichlari noto‘g‘ri chiqyapti. {days} kun "
             "oldin nazoratchiga aytgan edik, hali hech kim kelmadi. Hisoblagichni tekshirib, almashtirib "
             "berishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Gaz bosimi pastligi",
             "{mahalla} mahallasida {months} oydan beri gaz bosimi juda past. Kechqurun ovqat pishirishning "
             "iloji yo‘q, qozon qaynamaydi. Bolalar sovuqda qolyapti, pechkalar umuman yonmaydi. Gaz xizmatiga "
             "necha marta qo‘ng‘iroq qildik, faqat «ko‘ramiz» deyishadi."),
            ("Gaz berilmayapti",
             "{street}da {days} kundan beri umuman gaz yo‘q. Oldindan hech qanday ogohlantirish bo‘lmadi. Uyda "
             "keksa onam va kichkina bolalar bor, isinishga boshqa imkoniyatimiz yo‘q."),
            ("Gaz uchun noto‘g‘ri qarzdorlik",
             "Gaz uchun {amount} so‘m qarzdorlik chiqib qoldi, vaholanki har oy o‘z vaqtida to‘lab kelaman. "
             "Barcha to‘lov cheklari menda saqlangan. Hisob-kitobni qayta ko‘rib chiqishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Gaz bosimini oshirish bo‘yicha taklif",
             "Mahallamizdagi gaz quvurlari 1980-yillarda yotqizilgan, aholi ko‘paygan sari bosim yetmay "
             "qolyapti. Ko‘chamizga qo‘shimcha gaz rostlash shkafi o‘rnatish yoki quvurni kattaroq diametrlisiga "
             "almashtirishni taklif qilaman."),
            ("Hisoblagich ko‘rsatkichini onlayn yuborish",
             "Har oy nazoratchini kutib o‘tirish noqulay. Gaz hisoblagichi ko‘rsatkichini mobil ilova yoki "
             "Telegram-bot orqali yuborish imkoniyatini yaratishni taklif qilaman. Bu ham aholi, ham xodimlar "
             "vaqtini tejaydi."),
        ],
    },
    "electricity-supply": {
        "application": [
            ("Transformatorni almashtirish",
             "{mahalla} mahallasidagi transformator eski, quvvati yetmaydi, kechqurunlari kuchlanish "
             "160-170 voltgacha tushib ketadi. Muzlatkich va kir yuvish mashinasi ishlamay qoldi. "
             "Transformatorni quvvatliroq bilan almashtirishni so‘raymiz."),
            ("Yangi uyni elektr tarmog‘iga ulash",
             "{street}, {house}-uyda yangi uy qurdim. Elektr tarmog‘iga ulanish uchun {weeks} hafta oldin ariza "
             "berganman, hisoblagichni ham sotib olib qo‘yganman. Ulanish ishlarini tezlashtirishga yordam "
             "berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Elektr tez-tez o‘chishi",
             "Oxirgi {weeks} haftadan beri kuniga 3-4 martadan svet o‘chyapti, ba’zan kechasi bilan yo‘q. "
             "Oldindan hech qanday e’lon berilmaydi. Uyda kasal odam bor, nebulayzerni ishlatolmay qolyapmiz."),
            ("Elektr uchun ortiqcha hisob",
             "Bu oy elektr energiyasi uchun {amount} so‘m hisob kelibdi, odatda oyiga 150-200 ming atrofida "
             "to‘lardik. Hisoblagich ko‘rsatkichi bilan kvitansiyadagi raqam mos kelmaydi. Hisobni qayta "
             "tekshirib berishingizni so‘rayman."),
        ],
        "suggestion": [
            ("O‘chirishlar haqida oldindan xabar berish",
             "Rejali o‘chirishlar haqida aholini oldindan SMS yoki Telegram kanal orqali ogohlantirishni taklif "
             "qilaman. Shunda odamlar ishini rejalashtirib oladi, muzlatkichdagi mahsulotlar ham buzilmaydi."),
            ("Podyezdlarga quyosh panellari",
             "Ko‘p qavatli uylarimiz tomiga quyosh panellari o‘rnatib, podyezd va yerto‘la yoritishini ularga "
             "o‘tkazish mumkin. Bu umumiy elektr sarfini kamaytiradi, uzilishlarda ham podyezd qorong‘i "
             "qolmaydi."),
        ],
    },
    "water-supply": {
        "application": [
            ("Ichimlik suvi tarmog‘iga ulash",
             "Ko‘chamizdagi {count} ta xonadon hali markazlashgan ichimlik suvi tarmog‘iga ulanmagan, suvni "
             "mashinada sotib olamiz. Bir bochka suvga 40-50 ming so‘m to‘layapmiz. Ko‘chamizga suv quvuri "
             "tortib berilishini so‘raymiz."),
            ("Suv hisoblagichini plombalash",
             "{date} kuni yangi suv hisoblagichi o‘rnatdim. Plombalash uchun suv ta’minoti korxonasiga ikki "
             "marta bordim, navbatga yozib qo‘yishdi, lekin hali hech kim kelmadi. Hisoblagichni plombalab, "
             "ro‘yxatga olishingizni so‘rayman."),
        ],
        "complaint": [
            ("Suv kelmayapti",
             "{mahalla} mahallasida {days} kundan beri jo‘mrakdan suv kelmayapti. Kelsa ham kechasi soat 2-3 "
             "larda bir soatgina keladi. Ichimlik suvini qo‘shni mahalladan tashib yuribmiz."),
            ("Suv sifati yomon",
             "Jo‘mrakdan loyqa, sarg‘ish suv kelyapti, hidi ham bor. Bolalarim ikki marta oshqozon kasalligi "
             "bilan shifoxonaga tushdi. Suvni laboratoriyada tekshirib, sababini aniqlashingizni so‘rayman."),
        ],
        "suggestion": [
            ("Suv berish jadvalini e’lon qilish",
             "Suv soat bo‘yicha berilayotgan ekan, jadvalni mahalla guruhida oldindan e’lon qilib borish kerak. "
             "Odamlar idishlarni tayyorlab qo‘yadi, keraksiz sarf va janjallar kamayadi."),
            ("Eski quvurlarni almashtirish",
             "Ko‘chamizdagi suv quvurlari 40 yildan beri almashtirilmagan, har oyda bir joyi yorilib, suv "
             "asfaltni buzib oqadi. Har safar yamoq qilgandan ko‘ra quvurni to‘liq plastik quvurga almashtirish "
             "arzonroq tushadi deb hisoblayman."),
        ],
    },
    "sewerage": {
        "application": [
            ("Markaziy kanalizatsiyaga ulanish",
             "Uyimiz {street}da joylashgan, ko‘chada kanalizatsiya kollektori bor, lekin xonadonlar ulanmagan. "
             "Hojatxona chuquri tez to‘lib qolyapti, har oy assenizatsiya mashinasi chaqiramiz. Xonadonimizni "
             "markaziy kanalizatsiyaga ulashga ruxsat berishingizni so‘rayman."),
            ("Quduq qopqog‘ini o‘rnatish",
             "{street}dagi kanalizatsiya qudug‘ining qopqog‘i yo‘q, ustiga taxta qo‘yib qo‘yilgan. Bu yerdan "
             "har kuni bolalar va keksalar o‘tadi, yiqilib tushish xavfi bor. Qopqoqni zudlik bilan o‘rnatib "
             "berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Kanalizatsiya toshib ketmoqda",
             "{days} kundan beri uyimiz oldida kanalizatsiya toshib, oqova suv ko‘chaga oqyapti. Hid butun "
             "mahallaga tarqalgan, pashsha ko‘payib ketdi. Suvoqova xizmatiga qo‘ng‘iroq qilsak, «mashina yo‘q» "
             "deyishadi."),
            ("Yerto‘lani oqova suv bosgan",
             "Ko‘p qavatli uyimiz ({house}-uy) yerto‘lasini oqova suv bosgan, {weeks} haftadan beri turibdi. "
             "Birinchi qavatdagi xonadonlarda zax va hid. Quvurlarni tozalash va yerto‘lani quritish choralarini "
             "ko‘rishingizni so‘raymiz."),
        ],
        "suggestion": [
            ("Kanalizatsiyani rejali tozalash",
             "Kanalizatsiya tiqilib qolgandan keyin emas, yiliga ikki marta rejali ravishda tozalab turish "
             "kerak. Tozalash jadvalini mahallalarga oldindan yuborib qo‘yishni taklif qilaman."),
            ("Avariyalar uchun yagona raqam",
             "Kanalizatsiya avariyalari bo‘yicha kechayu kunduz ishlaydigan bitta qisqa raqam va Telegram-bot "
             "bo‘lsa yaxshi bo‘lardi. Hozir kimga qo‘ng‘iroq qilishni bilmay, mahalla raisidan raqam so‘rab "
             "yuramiz."),
        ],
    },
    "waste-collection": {
        "application": [
            ("Chiqindi konteyneri o‘rnatish",
             "{street}da chiqindi konteyneri umuman yo‘q, aholi chiqindini ariq bo‘yiga tashlayapti. {count} ta "
             "xonadon uchun kamida ikkita konteyner kerak. Ko‘cha boshiga konteyner maydonchasi qurib "
             "berishingizni so‘raymiz."),
            ("Chiqindi to‘lovini qayta hisoblash",
             "Oilamizda 2 kishi qolgan, lekin chiqindi olib ketish to‘lovi hali ham 6 kishiga hisoblanyapti. "
             "Mahalladan olingan ma’lumotnomani ilova qilyapman. To‘lovni oila a’zolarining haqiqiy soniga qarab "
             "qayta hisoblashingizni so‘rayman."),
        ],
        "complaint": [
            ("Chiqindi olib ketilmayapti",
             "{mahalla} mahallasidan {weeks} haftadan beri chiqindi olib ketilmayapti. Konteynerlar to‘lib, "
             "atrofi axlatxonaga aylangan, itlar va kalamushlar ko‘payib ketdi. To‘lovni esa har oy olishyapti."),
            ("Chiqindi yoqilmoqda",
             "Ko‘chamizdagi bo‘sh yer uchastkasida har kech kimdir chiqindi yoqadi. Tutun uylarga kiradi, "
             "bolalar yo‘talib chiqyapti. Bu holatni to‘xtatishingizni va aybdorlarni aniqlashingizni so‘rayman."),
        ],
        "suggestion": [
            ("Chiqindini saralab yig‘ish",
             "Mahallamizda plastik, qog‘oz va oziq-ovqat chiqindilari uchun alohida konteynerlar qo‘yishni "
             "taklif qilaman. Maktab o‘quvchilari bilan birga targ‘ibot o‘tkazsak, odamlar tez o‘rganadi."),
            ("Chiqindi mashinasi jadvali",
             "Chiqindi mashinasi qaysi kuni, soat nechada kelishini mahalla guruhiga yozib qo‘yish kerak. Hozir "
             "mashina kelib ketganini bilmay qolamiz va chiqindi yana konteyner yonida qoladi."),
        ],
    },
    "heating-hot-water": {
        "application": [
            ("Isitishni ulash",
             "Kunlar sovib ketdi, lekin {house}-uyga isitish hali berilmagan. Xonalarda harorat 12-13 daraja, "
             "kichkina bolalar bor. Uyimizga isitishni tezroq berishingizni so‘raymiz."),
            ("Issiq suv hisoblagichi o‘rnatish",
             "Xonadonimizga issiq suv hisoblagichi o‘rnatmoqchimiz, lekin qaysi tashkilotga murojaat qilishni "
             "bilmaymiz. Tartibi va kerakli hujjatlar haqida tushuntirish berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Batareyalar sovuq",
             "{street}, {house}-uy, {apartment}-xonadonda yashayman. Isitish mavsumi boshlanganiga {weeks} hafta "
             "bo‘ldi, batareyalar zo‘rg‘a iliq. Uyda palto kiyib o‘tiramiz, to‘lovni esa to‘liq olishyapti."),
            ("Issiq suv yo‘q",
             "{months} oydan beri uyimizga issiq suv berilmayapti. Har safar «quvur ta’mirlanyapti» deyishadi, "
             "lekin hech qanday ish ko‘rinmaydi. Kvitansiyada esa issiq suv uchun to‘lov chiqib turibdi."),
        ],
        "suggestion": [
            ("Podyezd derazalarini ta’mirlash",
             "Ko‘p qavatli uylarda podyezd derazalarining aksariyati singan, issiqlik ko‘chaga chiqib ketadi. "
             "Kuzdan oldin derazalar va eshiklarni ta’mirlash isitish sifatini ancha yaxshilaydi."),
            ("Haroratni onlayn kuzatish",
             "Har bir uyning issiqlik punktiga harorat datchigi o‘rnatilib, ko‘rsatkichlar saytda e’lon "
             "qilinsa, aholi isitish qanday berilayotganini ko‘rib turadi. Shikoyatlar ham kamayadi."),
        ],
    },
    "road-repair": {
        "application": [
            ("Ko‘chani asfaltlash",
             "{street} hali ham tuproq yo‘l, yomg‘irda loy bo‘lib ketadi, mashina u yoqda tursin, piyoda ham "
             "yurib bo‘lmaydi. Ko‘chamizda {count} ta xonadon bor. Ko‘chani asfaltlashni rejaga kiritishingizni "
             "so‘raymiz."),
            ("Piyodalar ko‘prigini ta’mirlash",
             "Mahallamizdagi ariq ustidagi piyodalar ko‘prigi chirib qolgan, taxtalari sinib tushgan. Bolalar "
             "maktabga shu ko‘prikdan o‘tadi. Ko‘prikni ta’mirlab yoki yangisini qurib berishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Yo‘ldagi chuqurlar",
             "{street}dagi yo‘l butunlay chuqur bo‘lib ketgan, ayniqsa {house}-uy ro‘parasida katta o‘ra bor. "
             "Kechasi mashinalar g‘ildiragi tushib, shikastlanyapti. O‘tgan yili yo‘lni «ta’mirlashdi», ikki "
             "oyda yana buzildi."),
            ("Kovlangan yo‘l tiklanmadi",
             "{months} oy oldin yo‘lni kovlab, quvur yotqizishdi, lekin asfaltni tiklamasdan ketishdi. Hozir "
             "ko‘cha o‘rtasida xandaq, chang va loy. Pudratchini topib, yo‘lni tiklatishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Yo‘l ta’miriga kafolat",
             "Asfalt ishlarini kuz-qishda emas, issiq mavsumda o‘tkazish kerak, shunda sifat yaxshi bo‘ladi. "
             "Yana, har bir ta’mirlangan yo‘l boshiga pudratchi nomi va kafolat muddatini yozib qo‘yishni taklif "
             "qilaman."),
            ("Piyodalar yo‘lakchasi",
             "{street} bo‘yida piyodalar yo‘lakchasi yo‘q, odamlar yo‘lning qatnov qismidan yuradi. Yo‘l chetiga "
             "kamida bir metrlik yo‘lakcha qilinsa, bolalar uchun xavfsiz bo‘lardi."),
        ],
    },
    "street-lighting": {
        "application": [
            ("Ko‘cha chiroqlarini o‘rnatish",
             "{street}da birorta ham ko‘cha chirog‘i yo‘q, kechasi zim-ziyo. Ayollar va bolalar ishdan, darsdan "
             "qorong‘ida qaytadi. Ko‘chamizga yoritish ustunlari o‘rnatib berishingizni so‘raymiz."),
            ("Bolalar maydonchasini yoritish",
             "Mahallamizdagi bolalar maydonchasi kechqurun qorong‘i bo‘lgani uchun u yerda shubhali kishilar "
             "to‘planyapti. Maydoncha atrofiga 3-4 ta chiroq o‘rnatib berishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Ko‘cha chiroqlari yonmaydi",
             "{mahalla} mahallasida {months} oydan beri ko‘cha chiroqlari yonmaydi. Kechasi qorong‘ida yurish "
             "xavfli, yaqinda qo‘shnimiz chuqurga yiqilib, oyog‘ini sindirib oldi. Bir necha marta aytdik, "
             "natija yo‘q."),
            ("Chiroqlar kunduzi ham yonib turibdi",
             "{street}dagi ko‘cha chiroqlari {weeks} haftadan beri kunduzi ham o‘chmayapti. Bu ortiqcha isrof, "
             "vaholanki uylarimizda kechqurun kuchlanish yetmaydi. Taymerni sozlab qo‘yishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Quyosh panelli chiroqlar",
             "Chekka ko‘chalarga tarmoq tortish qimmat bo‘lsa, quyosh panelli avtonom chiroqlar qo‘yish mumkin. "
             "Ular elektr uzilishlarida ham ishlaydi va to‘lov talab qilmaydi."),
            ("Nosoz chiroq haqida xabar berish",
             "Har bir ustunga raqam yozib, nosoz chiroq haqida bot orqali xabar berish tizimini joriy qilishni "
             "taklif qilaman. Shunda qaysi chiroq yonmayotgani darhol ma’lum bo‘ladi."),
        ],
    },
    "public-transport": {
        "application": [
            ("Yangi avtobus yo‘nalishi",
             "{mahalla} mahallasidan tuman markaziga to‘g‘ridan-to‘g‘ri avtobus qatnamaydi, odamlar ikki marta "
             "transport almashtirishga majbur. Mahalladan markazgacha yangi yo‘nalish ochishingizni so‘raymiz."),
            ("Bekatga soyabon o‘rnatish",
             "{street}dagi avtobus bekatida soyabon ham, o‘rindiq ham yo‘q. Yozda jazirama, qishda yomg‘ir "
             "ostida kutamiz, ayniqsa keksalar qiynaladi. Bekatga soyabon va o‘rindiq o‘rnatib berishingizni "
             "so‘rayman."),
        ],
        "complaint": [
            ("Avtobus kam qatnaydi",
             "{route_no}-yo‘nalishdagi avtobus ertalab 40-50 daqiqada bir marta keladi, kelganida ham odam "
             "sig‘maydi. Ishga, o‘qishga kechikib qolyapmiz. Yo‘nalishga qo‘shimcha avtobus qo‘yishingizni "
             "so‘raymiz."),
            ("Haydovchining qo‘pol muomalasi",
             "{date} kuni {route_no}-yo‘nalishdagi avtobus haydovchisi yo‘lovchilarga qo‘pol gapirdi, bekatda "
             "to‘xtamasdan o‘tib ketdi. Keskin tormoz berganida keksa ayol yiqilib tushishiga sal qoldi. "
             "Haydovchiga nisbatan chora ko‘rilishini so‘rayman."),
        ],
        "suggestion": [
            ("Avtobus kelish vaqtini ko‘rsatish",
             "Bekatlarga avtobus qachon kelishini ko‘rsatuvchi tablo qo‘yish yoki mobil ilovada real vaqtda "
             "ko‘rsatishni taklif qilaman. Odamlar bekatda behuda kutib turmaydi."),
            ("Kechki reyslarni ko‘paytirish",
             "Avtobuslar kechki soat 20:00 dan keyin qatnamaydi, smenadan qaytadigan ishchilar taksiga katta pul "
             "to‘laydi. Hech bo‘lmasa 22:00 gacha bir-ikki reys qo‘shilsa yaxshi bo‘lardi."),
        ],
    },
    "traffic-safety": {
        "application": [
            ("Maktab oldida piyodalar o‘tish joyi",
             "{school_no}-maktab oldida piyodalar o‘tish joyi yo‘q, bolalar katta yo‘lni tartibsiz kesib o‘tadi. "
             "Maktab oldiga «zebra», ogohlantiruvchi belgi va sun’iy notekislik o‘rnatishingizni so‘raymiz."),
            ("Chorrahaga svetofor",
             "{street} bilan katta yo‘l kesishmasida svetofor yo‘q, bu yerda oyiga bir-ikki marta avariya "
             "bo‘ladi. Chorrahaga svetofor o‘rnatishni ko‘rib chiqishingizni so‘rayman."),
        ],
        "complaint": [
            ("Ko‘chada tez haydash",
             "Kechqurunlari {street}da yoshlar mashinada juda tez haydab, poyga qilishadi. Ko‘chada bolalar "
             "o‘ynaydi, yaqinda bir bolani urib ketishiga sal qoldi. YHXX xodimlari reyd o‘tkazishini so‘raymiz."),
            ("Yo‘l belgisi tiklanmadi",
             "{street}dagi «Ehtiyot bo‘ling, bolalar» belgisi {weeks} hafta oldin yiqilib tushgan, hali qayta "
             "o‘rnatilmadi. Haydovchilar maktab yaqinida sekinlashmayapti."),
        ],
        "suggestion": [
            ("Maktab atrofida tezlikni cheklash",
             "Barcha maktab va bog‘chalar atrofida 300 metr masofada tezlikni soatiga 30 km gacha cheklash va "
             "buni kameralar bilan nazorat qilishni taklif qilaman."),
            ("Yo‘l chiziqlarini yangilash",
             "Ko‘p yo‘llarda chiziqlar o‘chib ketgan, ayniqsa kechasi qatorlar ko‘rinmaydi. Yo‘l chiziqlarini "
             "har bahorda yangilab turish avariyalarni kamaytiradi."),
        ],
    },
    "housing-provision": {
        "application": [
            ("Uy-joy navbatiga qo‘yish",
             "Oilamiz 6 kishidan iborat, {years} yildan beri ijarada yashaymiz. O‘z uyimiz yo‘q, ota-onamning "
             "uyida ham joy yo‘q. Bizni ijtimoiy uy-joy olish navbatiga qo‘yishingizni so‘rayman."),
            ("Imtiyozli ipoteka haqida",
             "Men budjet tashkilotida ishlayman, oylik maoshim {salary} so‘m. Arzon uy-joy dasturi bo‘yicha "
             "imtiyozli ipoteka olish uchun qanday hujjatlar kerakligini va navbat qanday yuritilishini "
             "tushuntirib berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Uy-joy navbati siljimayapti",
             "{year}-yildan beri uy-joy navbatida turibman, lekin navbatim bir joyda. Mendan keyin ro‘yxatga "
             "olinganlar allaqachon uy olgan. Navbat qanday yuritilayotganini tekshirishingizni so‘rayman."),
            ("Berilgan uyda kamchiliklar",
             "Bizga ajratilgan yangi uyda deraza romlari qiyshiq, devorlarda yoriq, suv quvuri oqyapti. Qurilish "
             "kompaniyasiga aytsak, javob bermayapti. Kamchiliklarni kafolat asosida bartaraf ettirishingizni "
             "so‘rayman."),
        ],
        "suggestion": [
            ("Navbat ro‘yxatini ochiq qilish",
             "Uy-joy navbatidagilar ro‘yxatini shaxsiy ma’lumotlarsiz saytda ochiq e’lon qilib borishni taklif "
             "qilaman. Har kim o‘z o‘rnini ko‘rib tursa, norozilik va gap-so‘z kamayadi."),
            ("Yosh oilalar uchun ijara uylari",
             "Yosh oilalar uchun davlatga tegishli arzon ijara uylari qurilsa, ko‘pchilik qimmat ijaradan "
             "qutulardi. Buni tuman markazida bitta-ikkita binodan boshlash mumkin."),
        ],
    },
    "apartment-building-maintenance": {
        "application": [
            ("Tomni ta’mirlash",
             "{street}, {house}-uy, {floor}-qavatda yashayman. Uyimizning tomi oqadi, har yomg‘irda shiftdan suv "
             "tomadi, devorlar mog‘orlab ketdi. Tomni kapital ta’mirlash rejasiga kiritishingizni so‘rayman."),
            ("Liftni almashtirish",
             "{house}-uydagi lift 1980-yillardan beri ishlaydi, oyda bir necha marta ishdan chiqadi. Uyda keksalar "
             "va nogironligi bo‘lgan aholi ko‘p. Liftni almashtirish dasturiga kiritishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Podyezd tozalanmayapti",
             "{house}-uy podyezdlarini {months} oydan beri hech kim tozalamayapti, lekin boshqaruv kompaniyasiga "
             "har oy to‘lov qilamiz. Zinapoyalarda axlat, chiroqlar yonmaydi. Xizmat ko‘rsatuvchi tashkilotni "
             "tekshirishingizni so‘raymiz."),
            ("Yerto‘lada quvur yorilgan",
             "Uyimiz yerto‘lasida quvur yorilib, {weeks} haftadan beri suv turibdi, podyezdga chivin va hid "
             "tarqalgan. Uy-joy mulkdorlari shirkatiga aytdik, «pul yo‘q» deyishdi."),
        ],
        "suggestion": [
            ("Hovlini obodonlashtirish",
             "Ko‘p qavatli uylarimiz hovlisidagi bolalar maydonchasi eskirgan, o‘rindiqlar yo‘q. Aholidan ozgina "
             "badal yig‘ib, hokimlik bilan birgalikda hovlini obodonlashtirishni taklif qilaman."),
            ("Boshqaruv kompaniyasi hisoboti",
             "Boshqaruv kompaniyasi yig‘ilgan pullar qayerga sarflanganini har chorakda podyezd eshigiga osib "
             "qo‘ysa yoki guruhga tashlasa yaxshi bo‘lardi. Aholining ishonchi oshadi, to‘lov intizomi ham "
             "yaxshilanadi."),
        ],
    },
    "construction-permits": {
        "application": [
            ("Uy qurishga ruxsat",
             "{street}dagi o‘z yer uchastkamda ikki qavatli turar joy qurmoqchiman. Loyiha hujjatlari tayyor. "
             "Qurilishga ruxsatnoma olish tartibi va muddatini tushuntirib berishingizni so‘rayman."),
            ("Rekonstruksiyaga ruxsat",
             "Birinchi qavatdagi xonadonimizga alohida kirish eshigi ochib, do‘kon qilmoqchimiz. Qo‘shnilarning "
             "yozma roziligi olingan. Rekonstruksiya uchun ruxsat berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Ruxsatnoma berilmayapti",
             "Qurilishga ruxsat olish uchun {date} kuni barcha hujjatlarni topshirganman, qonunda belgilangan "
             "muddat o‘tib ketdi, lekin javob yo‘q. Har borganimda yana bitta ma’lumotnoma so‘rashadi."),
            ("Asossiz rad javobi",
             "Uy qurishga ruxsat so‘rab bergan arizamga rad javobi keldi, lekin sababi aniq ko‘rsatilmagan. "
             "Qo‘shnim xuddi shunday uchastkada ruxsat olgan. Rad etish qonuniyligini tekshirishingizni "
             "so‘rayman."),
        ],
        "suggestion": [
            ("Ruxsatnomani onlayn berish",
             "Qurilish ruxsatnomasini to‘liq onlayn berish, hujjatlar holatini esa shaxsiy kabinetda kuzatib "
             "borish imkonini yaratishni taklif qilaman. Odamlar har kuni hokimlik eshigida navbat kutmaydi."),
            ("Namunaviy uy loyihalari",
             "Bir-ikki qavatli uylar uchun bir nechta tasdiqlangan namunaviy loyihani bepul taqdim etish kerak. "
             "Shunda oddiy aholi loyihachiga katta pul to‘lamaydi, ruxsat berish ham tezlashadi."),
        ],
    },
    "illegal-construction": {
        "application": [
            ("Qurilish qonuniyligini tekshirish",
             "{street}da, {house}-uy yonida qo‘shnim ruxsatsiz uch qavatli bino qurmoqda. Bino hovlimizga soya "
             "tashlaydi, devori chegara ustida turibdi. Qurilish qonuniyligini tekshirishingizni so‘rayman."),
            ("Yo‘lakdagi kioskni olib tashlash",
             "Piyodalar yo‘lakchasi ustiga kimdir temir kiosk qo‘yib olgan, odamlar yo‘lning qatnov qismidan "
             "yurishga majbur. Kioskning hujjatlarini tekshirib, yo‘lakchani bo‘shatishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Ariq ustiga garaj qurilgan",
             "Mahallamizda bir fuqaro suv ariqining ustini yopib, garaj qurib oldi. Natijada pastdagi {count} ta "
             "xonadon tomorqasiga suv bormay qoldi. Bir necha marta aytdik, hech kim chora ko‘rmayapti."),
            ("Tungi qurilish ishlari",
             "Uyimiz yonidagi qurilish maydonchasida kechasi soat 1-2 gacha beton quyilyapti. Shovqindan uxlab "
             "bo‘lmaydi, qurilish pasporti ham osib qo‘yilmagan."),
        ],
        "suggestion": [
            ("Qurilish pasportiga QR-kod",
             "Har bir qurilish maydonchasiga ruxsatnoma raqami va QR-kod yozilgan taxtacha osish majburiy "
             "bo‘lsin. Aholi telefon orqali qurilish qonuniy yoki yo‘qligini tekshira oladi."),
            ("Noqonuniy qurilish haqida xabar berish",
             "Noqonuniy qurilishlar haqida rasm va manzil bilan xabar berish uchun alohida bo‘lim ochishni "
             "taklif qilaman. Xabar beruvchining shaxsi sir saqlansa, odamlar qo‘rqmasdan yozadi."),
        ],
    },
    "social-benefits": {
        "application": [
            ("Bolalar nafaqasi",
             "Uch nafar voyaga yetmagan farzandim bor, turmush o‘rtog‘im ishsiz. Bolalar nafaqasini tayinlash "
             "uchun hujjatlarni qayerga va qanday topshirishim kerakligini tushuntirib berishingizni so‘rayman."),
            ("Bir martalik moddiy yordam",
             "{date} kuni uyimizda yong‘in chiqib, bir xonamiz butunlay yonib ketdi. Oilamiz og‘ir ahvolda "
             "qoldi. Bir martalik moddiy yordam ajratishingizni so‘rayman."),
        ],
        "complaint": [
            ("Nafaqa to‘xtatilgan",
             "{months} oydan beri bolalar nafaqasi to‘xtatilgan, hech qanday ogohlantirish bo‘lmadi. Ijtimoiy "
             "himoya bo‘limiga borsam, «tizimda shunday» deyishadi, sababini hech kim tushuntirmaydi."),
            ("Nafaqa asossiz rad etildi",
             "Nafaqa so‘rab bergan arizamga «daromadi yetarli» degan javob keldi. Vaholanki, 5 kishilik oilada "
             "faqat men ishlayman, oylik maoshim {salary} so‘m. Qarorni qayta ko‘rib chiqishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Nafaqani avtomatik tayinlash",
             "Bola tug‘ilganda yoki oila og‘ir ahvolga tushganda nafaqani idorama-idora yurmasdan, ma’lumotlar "
             "bazasi asosida avtomatik tayinlash kerak. Ayniqsa, qishloqdagi ayollar uchun bu katta yengillik "
             "bo‘lardi."),
            ("Nafaqa haqida SMS xabar",
             "Nafaqa tayinlanganda, to‘xtatilganda yoki muddati tugashiga oz qolganda SMS yuborilsa, odamlar "
             "hujjatlarni oldindan tayyorlab qo‘yadi."),
        ],
    },
    "disability-support": {
        "application": [
            ("Nogironlik aravachasi",
             "Onam {years} yildan beri yurolmaydi, birinchi guruh nogironligi bor. Eski aravachamiz butunlay "
             "ishdan chiqdi. Yangi nogironlik aravachasi ajratib berishingizni so‘rayman."),
            ("Sanatoriyga yo‘llanma",
             "O‘g‘lim {son} nogironligi bo‘lgan bola, sanatoriyda davolanishi kerakligi haqida shifokor xulosasi "
             "bor. Bolalar sanatoriysiga bepul yo‘llanma ajratishingizni so‘rayman."),
        ],
        "complaint": [
            ("Binoda pandus yo‘q",
             "Tumandagi davlat xizmatlari markazi ikkinchi qavatda joylashgan, pandus ham, lift ham yo‘q. Men "
             "aravachadaman, hujjat topshirish uchun meni zinadan ko‘tarib chiqishga majbur bo‘lishdi. Bu juda "
             "kamsituvchi holat."),
            ("Protez berilmayapti",
             "Protez uchun {months} oy oldin navbatga yozilganman, hali ham berilmadi. Har so‘rasam, «mablag‘ "
             "kelmagan» deyishadi. Protezsiz ishga chiqolmayapman."),
        ],
        "suggestion": [
            ("Barcha binolarga pandus",
             "Yangi qurilayotgan ijtimoiy binolar, dorixonalar va do‘konlar pandussiz qabul qilinmasligi kerak. "
             "Eski binolarga esa kamida ko‘chma pandus qo‘yish majburiy bo‘lsin."),
            ("Imo-ishora tili tarjimoni",
             "Davlat xizmatlari markazlarida eshitishida nuqsoni bor fuqarolar uchun videoqo‘ng‘iroq orqali "
             "imo-ishora tili tarjimoni xizmatini yo‘lga qo‘yishni taklif qilaman."),
        ],
    },
    "low-income-families": {
        "application": [
            ("Kam ta’minlangan oilalar ro‘yxatiga kiritish",
             "Turmush o‘rtog‘im vafot etgan, uch farzandimni yolg‘iz boqyapman, doimiy ishim yo‘q. Oilamizni kam "
             "ta’minlangan oilalar ro‘yxatiga kiritishingizni so‘rayman."),
            ("Ko‘mir bilan yordam",
             "Uyimizga gaz kelmaydi, qishda pechka bilan isinamiz. Ko‘mir qimmatlashgan, sotib olishga qurbimiz "
             "yetmaydi. Kam ta’minlangan oila sifatida ko‘mir ajratib berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Reyestrdan asossiz chiqarildik",
             "Oilamiz kam ta’minlangan oilalar reyestridan chiqarib yuborilgan, sababi — go‘yoki mashinamiz bor. "
             "Bizda hech qanday mashina yo‘q, bu boshqa odamning ma’lumoti bo‘lsa kerak. Ma’lumotlarni tekshirib, "
             "xatoni to‘g‘rilashingizni so‘rayman."),
            ("Yordam noto‘g‘ri taqsimlandi",
             "Mahallada kam ta’minlanganlarga ajratilgan oziq-ovqat to‘plamlari haqiqatan muhtojlarga emas, "
             "tanish-bilishlarga tarqatildi. Ro‘yxat hech kimga ko‘rsatilmadi."),
        ],
        "suggestion": [
            ("Ayollar uchun kasb kurslari",
             "Kam ta’minlangan oilalardagi ayollar uchun mahallada tikuvchilik, pazandalik kabi qisqa kurslar "
             "ochilsa, ular uyda o‘tirib ham daromad topishi mumkin edi. Bir martalik yordamdan ko‘ra bu "
             "foydaliroq."),
            ("Yordam ro‘yxatini ochiq qilish",
             "Mahallada yordam olgan oilalar soni va yordam turi har oy ismlarsiz e’lon qilinsa, adolatsizlik "
             "haqidagi gaplar kamayadi."),
        ],
    },
    "pension-calculation": {
        "application": [
            ("Pensiyani qayta hisoblash",
             "Men {year}-yilda pensiyaga chiqqanman, lekin kolxozda ishlagan 8 yillik stajim hisobga olinmagan. "
             "Arxivdan olingan ma’lumotnomani ilova qilyapman. Pensiyamni qayta hisoblab berishingizni "
             "so‘rayman."),
            ("Ish stajini tasdiqlash",
             "Mehnat daftarchamdagi 1990-1995-yillardagi yozuvlar o‘chib ketgan, korxona esa yopilgan. Bu "
             "davrdagi stajimni qanday tasdiqlash mumkinligini tushuntirib berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Pensiya kam hisoblangan",
             "Pensiyam {pension} so‘m qilib hisoblangan, vaholanki men bilan bir xil stajga ega hamkasbim ancha "
             "ko‘p oladi. Hisob-kitobda qaysi yillardagi ish haqi olinganini hech kim tushuntirib bermayapti."),
            ("Qayta hisoblash arizasiga javob yo‘q",
             "Pensiyani qayta hisoblash haqidagi arizamni {date} kuni topshirganman, {months} oy o‘tdi, hali "
             "javob yo‘q. Bo‘limga borsam, «mas’ul xodim yo‘q» deyishadi."),
        ],
        "suggestion": [
            ("Pensiya hisobini kabinetda ko‘rsatish",
             "Pensiya qanday hisoblanganini — qaysi yillar, qaysi ish haqlari olinganini — my.gov.uz dagi "
             "shaxsiy kabinetda batafsil ko‘rsatish kerak. Shunda xatolarni odamlar o‘zlari topadi."),
            ("Korxona arxivlarini raqamlashtirish",
             "Yopilgan korxonalarning arxivlarini raqamlashtirib, yagona bazaga kiritishni taklif qilaman. "
             "Pensionerlar stajni tasdiqlash uchun viloyatma-viloyat yurmaydi."),
        ],
    },
    "pension-payment-delay": {
        "application": [
            ("Pensiyani uyga yetkazib berish",
             "Otam 82 yoshda, to‘shakka mixlanib qolgan, bankka borib pensiya ololmaydi. Pensiyasini uyga "
             "yetkazib berishni yo‘lga qo‘yishingizni so‘rayman."),
            ("Pensiyani yangi kartaga o‘tkazish",
             "Eski bank kartamning muddati tugagan, boshqa bankdan yangi karta oldim. Pensiyamni yangi kartaga "
             "o‘tkazish uchun nima qilishim kerakligini tushuntirib berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Pensiya kechikmoqda",
             "Bu oy pensiya {days} kun kechikdi, hali ham kartaga tushmadi. Dori-darmon olishga pulim yo‘q. "
             "Bankka borsam, pensiya jamg‘armasiga yuborishadi, u yerda esa bankka."),
            ("Pensiya to‘liq tushmadi",
             "Kartamga bu oy pensiyamning yarmi tushdi, qolgan qismi qayerga ketgani noma’lum. Hech qanday "
             "ushlab qolish haqida xabar olmaganman. Qolgan summani to‘lab berishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Pensiya tushgani haqida SMS",
             "Pensiya kartaga tushganda SMS xabar yuborilsa, keksalar bankomatga behuda qatnamaydi. Kechiksa, "
             "sababi ham yozilsa yaxshi bo‘lardi."),
            ("Pensionerlar uchun alohida kassa",
             "Bank filiallarida pensionerlar uchun alohida kassa va o‘tirish joyi ajratilsa, keksalar soatlab "
             "navbatda tik turmaydi."),
        ],
    },
    "polyclinic-service": {
        "application": [
            ("Uyga shifokor chaqirish",
             "Onam 78 yoshda, yurolmaydi, qon bosimi tez-tez ko‘tariladi. {polyclinic_no}-oilaviy poliklinikadan "
             "shifokor va patronaj hamshira uyga muntazam kelib turishini so‘rayman."),
            ("Endokrinologga yo‘llanma",
             "Qizim {daughter} endokrinolog ko‘rigidan o‘tishi kerak, lekin poliklinikamizda bu mutaxassis yo‘q. "
             "Tuman tibbiyot birlashmasiga yo‘llanma berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Poliklinikada navbatlar",
             "{polyclinic_no}-oilaviy poliklinikada ertalab soat 8 dan navbatga turamiz, shifokor 10 dan keyin "
             "keladi. Qabul 15-20 kishidan keyin to‘xtatiladi, qolganlar «ertaga keling» deb qaytariladi."),
            ("Shifokorning qo‘pol muomalasi",
             "{date} kuni poliklinikada registratura xodimi va shifokor menga baqirib gapirdi, kasal bolam bilan "
             "yarim soat eshik oldida kutdik. Bemorga bunday munosabat bo‘lmasligi kerak."),
        ],
        "suggestion": [
            ("Shifokorga onlayn yozilish",
             "Poliklinikalarda shifokor qabuliga telefon yoki Telegram orqali vaqt belgilab yozilish tizimini "
             "joriy qilishni taklif qilaman. Keksa va kasal odamlar soatlab yo‘lakda o‘tirmaydi."),
            ("Kechki qabul",
             "Ishlaydigan odamlar uchun poliklinikada haftasiga ikki kun soat 20:00 gacha kechki qabul tashkil "
             "etilsa, ish vaqtida javob so‘rab chiqishga hojat qolmasdi."),
        ],
    },
    "medicines-supply": {
        "application": [
            ("Insulin bilan ta’minlash",
             "Menga qandli diabet tashxisi qo‘yilgan, insulin bepul berilishi kerakligini bilaman. Ammo "
             "poliklinikada «hozircha yo‘q» deyishyapti. Insulin bilan ta’minlashingizni so‘rayman."),
            ("Imtiyozli dorilar haqida ma’lumot",
             "Otam mehnat faxriysi. Qaysi dorilarni imtiyozli retsept bilan bepul olishi mumkinligi va qaysi "
             "dorixonalar bilan shartnoma tuzilgani haqida ma’lumot berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Dorixonalarda dori yo‘q",
             "{district}dagi dorixonalarda {weeks} haftadan beri bolalar uchun isitma tushiruvchi sirop yo‘q. "
             "Borlarida esa narxi ikki baravar qimmat. Dori ta’minotini nazoratga olishingizni so‘rayman."),
            ("Dori narxi asossiz oshirilgan",
             "Dorixonada yurak dorisining narxi bir haftada 85 ming so‘mdan 140 ming so‘mgacha ko‘tarildi, chek "
             "berishmaydi. Pensioner sifatida bunday narxda dori olishga qurbim yetmaydi."),
        ],
        "suggestion": [
            ("Dori qoldig‘ini onlayn ko‘rish",
             "Qaysi dorixonada qaysi dori borligini onlayn ko‘rsatadigan xizmat bo‘lsa, odamlar shahar bo‘ylab "
             "qidirib yurmaydi. Bepul dorilar qoldig‘i ham shu yerda ko‘rinib tursin."),
            ("Qishloqda dorixona ochish",
             "Mahallamizdagi eng yaqin dorixona 7 km uzoqlikda, kechasi esa umuman ishlamaydi. Qishloq vrachlik "
             "punkti yonida kichik dorixona ochishni taklif qilaman."),
        ],
    },
    "hospital-complaint": {
        "application": [
            ("Rejali operatsiya navbati",
             "Menga rejali jarrohlik operatsiyasi kerak, viloyat ko‘p tarmoqli tibbiyot markazida navbatga "
             "{months} oy oldin yozilganman. Davlat hisobidan operatsiya navbatini tezlashtirishga yordam "
             "berishingizni so‘rayman."),
            ("Kasallik tarixidan ko‘chirma",
             "Onam shifoxonada davolandi, lekin chiqishda kasallik tarixidan ko‘chirma berilmadi. Keyingi "
             "davolanish uchun tibbiy hujjatlar nusxasini berishlarini so‘rayman."),
        ],
        "complaint": [
            ("Shifoxonada pul talab qilinmoqda",
             "Otam viloyat shifoxonasida yotibdi. Dori, shprits, hatto choyshabni ham o‘zimiz olib kelyapmiz, "
             "ustiga hamshiralar «rahmat» uchun pul so‘rashadi. Bepul davolanish qog‘ozda qolib ketgan."),
            ("Qabul bo‘limida e’tiborsizlik",
             "{date} kuni tez yordam bilan shifoxonaga olib borilgan otamni qabul bo‘limida 3 soat hech kim "
             "ko‘rmadi. Ahvoli og‘irlashgandan keyingina shifokor keldi. Navbatchi xodimlarning harakatlarini "
             "tekshirishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Bemor qarindoshlari uchun xona",
             "Shifoxonalarda bemorni kutayotgan qarindoshlar uchun o‘tirish joyi va issiq xona bo‘lsa yaxshi "
             "bo‘lardi. Hozir odamlar qishda ko‘chada kutib turishadi."),
            ("Bemorlardan so‘rovnoma olish",
             "Shifoxonadan chiqayotgan har bir bemordan QR-kod orqali anonim so‘rovnoma olish kerak. Rahbariyat "
             "qaysi bo‘limda muammo borligini tez biladi."),
        ],
    },
    "kindergarten-place": {
        "application": [
            ("Bog‘chadan joy so‘rash",
             "Qizim {daughter} 3 yoshga to‘ldi. Elektron navbatga {date} kuni yozilganmiz. Uyimizga eng yaqin "
             "{kindergarten_no}-maktabgacha ta’lim tashkilotidan joy ajratishingizni so‘rayman."),
            ("Boshqa bog‘chaga o‘tkazish",
             "Boshqa tumanga ko‘chib keldik. O‘g‘lim {son}ni yangi manzilimizga yaqin {kindergarten_no}-bog‘chaga "
             "o‘tkazishga ruxsat berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Bog‘cha navbati siljimayapti",
             "Bog‘cha navbatida {months} oydan beri turibmiz, raqamimiz esa deyarli o‘zgarmayapti. Eshitishimizcha, "
             "joylar tanish-bilish orqali berilyapti. Navbatni tekshirishingizni so‘rayman."),
            ("Guruhlar haddan tashqari to‘la",
             "{kindergarten_no}-bog‘chada bir guruhda 40 dan ortiq bola bor, tarbiyachi bitta. Bolalar kasal "
             "bo‘lib qaytadi, ovqat ham yetmaydi."),
        ],
        "suggestion": [
            ("Yarim kunlik guruhlar",
             "Bog‘chaga joy yetmagan bolalar uchun maktablarda yoki mahalla markazida yarim kunlik maktabgacha "
             "tayyorlov guruhlari ochishni taklif qilaman."),
            ("Bog‘cha navbatini shaffof qilish",
             "Bog‘cha navbatidagi har bir o‘rin qachon va qaysi navbat raqamiga berilganini ko‘rsatish kerak. "
             "Ota-onalar navbat adolatli yurayotganiga ishonch hosil qiladi."),
        ],
    },
    "school-issues": {
        "application": [
            ("Maktab avtobusi",
             "Mahallamizdan {school_no}-maktabgacha 4 km, bolalar har kuni piyoda qatnaydi. Qishda ertalab "
             "qorong‘ida yo‘l yurish xavfli. Maktab avtobusi ajratishingizni so‘raymiz."),
            ("Boshqa maktabga o‘tkazish",
             "Yashash joyimiz o‘zgargani sababli o‘g‘lim {son}ni {school_no}-maktabga o‘tkazmoqchiman. Maktab "
             "ma’muriyati «joy yo‘q» deb qabul qilmayapti. Yordam berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Maktabda pul yig‘ilmoqda",
             "{school_no}-maktabda sinf rahbari har oy ta’mirlash, parda, darslik uchun ota-onalardan pul "
             "yig‘yapti. Pul bermagan bolalarga munosabat yomonlashgan. Bu holatni tekshirishingizni so‘rayman."),
            ("Sinfxonalar isitilmaydi",
             "{school_no}-maktabda qishda sinflar isitilmaydi, bolalar kurtkada o‘tiradi. Derazalar singan, "
             "plyonka bilan yopilgan. Farzandlarimiz tez-tez shamollab qolyapti."),
        ],
        "suggestion": [
            ("Bepul to‘garaklar",
             "Maktabimizda darsdan keyin bolalar bo‘sh qoladi. Robototexnika, ingliz tili, shaxmat to‘garaklari "
             "bepul ochilsa, bolalar ko‘chada yurmaydi."),
            ("Elektron kundalik",
             "Barcha maktablar elektron kundalikni to‘liq yuritishi kerak. Ota-onalar baholar va davomatni "
             "telefonda ko‘rib borsa, muammolar vaqtida aniqlanadi."),
        ],
    },
    "higher-education": {
        "application": [
            ("Kontraktni bo‘lib to‘lash",
             "Men universitetning 2-kurs talabasiman, kontrakt asosida o‘qiyman. Oilamizning moliyaviy ahvoli "
             "og‘ir, kontrakt summasi {amount} so‘m. To‘lovni bo‘lib-bo‘lib to‘lash imkoniyatini berishingizni "
             "so‘rayman."),
            ("Talabalar turar joyi",
             "Men boshqa viloyatdan kelib o‘qiyman, ijara narxi juda qimmat. Talabalar turar joyidan joy "
             "ajratishingizni so‘rayman. Oilamiz kam ta’minlangan, ma’lumotnoma bor."),
        ],
        "complaint": [
            ("Imtihonda pul talab qilinmoqda",
             "Fakultetda ayrim o‘qituvchilar imtihondan o‘tkazish uchun talabalardan pul talab qilmoqda. Pul "
             "bermaganlarni ataylab yiqitishadi. Ismimni oshkor qilmasdan tekshiruv o‘tkazishingizni so‘rayman."),
            ("Diplom berilmayapti",
             "O‘tgan yili universitetni tamomlaganman, lekin diplomim hali ham berilmagan. Har safar «blankalar "
             "kelmadi» deyishadi. Diplomsiz ishga joylasha olmayapman."),
        ],
        "suggestion": [
            ("Amaliyotni korxonalarda o‘tkazish",
             "Talabalarga fanlarni o‘zi tanlash imkoniyatini kengaytirish va amaliyotni real korxonalarda "
             "o‘tkazishni taklif qilaman. Hozir amaliyot ko‘pincha faqat qog‘ozda bo‘ladi."),
            ("Ta’lim krediti shartlari",
             "Kam ta’minlangan oilalar farzandlari uchun ta’lim krediti foizini kamaytirish va uni ishga "
             "kirgandan keyin qaytarish tartibini kengroq joriy qilish kerak."),
        ],
    },
    "land-allocation": {
        "application": [
            ("Uy qurish uchun yer",
             "Oilamiz 8 kishi, ota-onam uyida ikki oila birga yashaymiz. Yakka tartibdagi uy-joy qurish uchun "
             "yer uchastkasi ajratilishini so‘rayman. Elektron auksionda qatnashish tartibini ham tushuntirib "
             "bersangiz."),
            ("Tomorqa yeri ajratish",
             "Mahallamizda bo‘sh yotgan yerlar bor. Oilam bilan sabzavot ekib, daromad topish uchun 6 sotix "
             "tomorqa yeri ajratishingizni so‘rayman."),
        ],
        "complaint": [
            ("Yer auksioni shaffof emas",
             "{date} kuni o‘tkazilgan yer auksionida mahallamizdagi uchastkalar oldindan tanlangan odamlarga "
             "sotilgani haqida gaplar bor. E’lon ham o‘z vaqtida chiqmadi. Auksion natijalarini tekshirishingizni "
             "so‘rayman."),
            ("Ajratilgan yer chegaralanmagan",
             "Menga {year}-yilda hokim qarori bilan yer uchastkasi ajratilgan, lekin hali ham joyida chegaralab "
             "berilmadi. Endi shu yerga boshqa odam devor ura boshladi."),
        ],
        "suggestion": [
            ("Bo‘sh yerlar xaritasi",
             "Tumandagi bo‘sh yer uchastkalarining xaritasini ochiq e’lon qilishni taklif qilaman. Aholi qayerda "
             "yer borligini bilsa, auksionlar ham adolatliroq bo‘ladi."),
            ("Yosh oilalarga bo‘lib to‘lash",
             "Yosh oilalarga uy qurish uchun yer ajratishda bo‘lib to‘lash tartibini joriy qilish kerak. Hozir "
             "auksion narxini bir yo‘la to‘lash ko‘pchilikning qo‘lidan kelmaydi."),
        ],
    },
    "land-disputes": {
        "application": [
            ("Chegarani joyida aniqlash",
             "Qo‘shnim bilan yer uchastkalarimiz chegarasi bo‘yicha kelishmovchilik bor. Kadastr xodimlari kelib, "
             "hujjatlar asosida chegarani joyida aniqlab berishini so‘rayman."),
            ("Yer maydonini qayta o‘lchash",
             "Kadastr pasportimda yer maydoni 4 sotix deb yozilgan, aslida 6 sotix. Yerni qayta o‘lchab, "
             "ma’lumotlarni to‘g‘rilashingizni so‘rayman."),
        ],
        "complaint": [
            ("Qo‘shni yerni egallab oldi",
             "{street}, {house}-uy yonidagi qo‘shnim devorini bizning yerga bir yarim metr surib qurdi. Mahallada "
             "gaplashdik, natija yo‘q. Masalani qonuniy hal qilishda yordam berishingizni so‘rayman."),
            ("Yo‘l to‘sib qo‘yilgan",
             "Bir fuqaro xonadonimizga olib boradigan yagona yo‘lni «mening yerim» deb to‘sib qo‘ydi. {days} "
             "kundan beri hovliga mashina kira olmaydi, kerak bo‘lsa tez yordam ham kira olmaydi."),
        ],
        "suggestion": [
            ("Onlayn kadastr xaritasi",
             "Yer uchastkalari chegaralarini ko‘rsatadigan onlayn kadastr xaritasini ommaga ochish kerak. Ko‘p "
             "nizolar hujjatni ko‘rmasdan kelib chiqadi."),
            ("Mahallada murosa komissiyasi",
             "Qo‘shnilar o‘rtasidagi yer nizolarini sudgacha hal qilish uchun mahallada kadastr mutaxassisi "
             "ishtirokida murosa komissiyasi tuzishni taklif qilaman."),
        ],
    },
    "property-registration": {
        "application": [
            ("Meros uyni ro‘yxatdan o‘tkazish",
             "Otamdan meros qolgan uyni o‘z nomimga o‘tkazmoqchiman, notariusdan meros guvohnomasini olganman. "
             "Ko‘chmas mulkni davlat ro‘yxatidan o‘tkazish tartibini tushuntirib berishingizni so‘rayman."),
            ("Kadastr pasporti",
             "Uyimiz {year}-yilda qurilgan, ammo kadastr pasporti hali yo‘q. Kadastr pasportini rasmiylashtirib "
             "berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Ro‘yxatdan o‘tkazish cho‘zilmoqda",
             "Uyni ro‘yxatdan o‘tkazish uchun {date} kuni hujjat topshirdim, belgilangan muddat o‘tib ketdi. Har "
             "safar yangi ma’lumotnoma talab qilishadi."),
            ("Reyestrdagi xato",
             "Ko‘chmas mulk reyestrida uyimizning maydoni noto‘g‘ri ko‘rsatilgan, shu sababli mulk solig‘i ham "
             "ko‘p hisoblanyapti. Xatoni tuzatishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Ma’lumotnomalarni idoralar o‘zi so‘rasin",
             "Mulkni ro‘yxatdan o‘tkazish uchun kerakli barcha ma’lumotnomalarni idoralar bir-biridan elektron "
             "so‘rashi kerak, fuqarodan qog‘oz talab qilinmasin."),
            ("Elektron guvohnoma",
             "Mulk huquqi guvohnomasini elektron, QR-kodli shaklda berishni taklif qilaman. Qog‘oz yo‘qolsa ham "
             "muammo bo‘lmaydi."),
        ],
    },
    "job-search": {
        "application": [
            ("Ishga joylashtirish",
             "Men {years} yildan beri ishsizman, mutaxassisligim bo‘yicha hisobchiman. Bandlikka ko‘maklashish "
             "markazi orqali munosib ishga joylashtirishingizni so‘rayman."),
            ("Kasbga bepul o‘qitish",
             "Men 35 yoshdaman, ilgari bozorda savdo qilganman. Payvandchi yoki elektrik kasbiga bepul o‘qitish "
             "kursiga yo‘llanma berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Bandlik markazi yordam bermayapti",
             "{months} oydan beri bandlik markazida ro‘yxatda turibman. Taklif qilingan ikki ish joyiga borsam, "
             "u yerda bo‘sh o‘rin yo‘q ekan. Bo‘sh ish o‘rinlari bazasini tekshirishingizni so‘rayman."),
            ("Yoshi sababli ishga olinmadim",
             "Ish e’lonida yosh chegarasi yo‘q edi, lekin suhbatda «45 yoshdan oshganlarni olmaymiz» deyishdi. "
             "Buni kamsitish deb hisoblayman."),
        ],
        "suggestion": [
            ("Mahallada ish yarmarkasi",
             "Har chorakda mahalla markazida ish yarmarkasi o‘tkazilsa, korxonalar bilan ish qidiruvchilar "
             "bevosita uchrashadi."),
            ("Mavsumiy ishlar haqida e’lonlar",
             "Mavsumiy ishlar haqidagi e’lonlarni mahalla Telegram guruhlariga yuborib borishni taklif qilaman. "
             "Ko‘pchilik bunday ishlardan kech xabar topadi."),
        ],
    },
    "unpaid-wages": {
        "application": [
            ("Ish haqi qarzini undirish",
             "Men xususiy korxonada ishlaganman, {months} oylik ish haqim to‘lanmagan, jami {amount} so‘m. "
             "Ishdan bo‘shaganimga ham ancha bo‘ldi. Ish haqi qarzini undirishda yordam berishingizni so‘rayman."),
            ("Mehnat daftarchasini qaytarish",
             "Ishdan bo‘shaganimdan keyin korxona rahbari mehnat daftarchamni va oxirgi hisob-kitobni bermayapti. "
             "Hujjatlarimni qaytarishni talab qilishingizni so‘rayman."),
        ],
        "complaint": [
            ("Oylik kechiktirilmoqda",
             "Qurilish tashkilotida ishlaymiz, {months} oydan beri oylik berilmayapti. Rahbariyat «buyurtmachi "
             "pul o‘tkazmadi» deydi. {count} nafar ishchining oilasi qiynalib qoldi."),
            ("Shartnomasiz ishlatish",
             "Ishga olishda mehnat shartnomasi tuzilmadi, oylik konvertda berilardi. Endi ishdan chiqarib, "
             "oxirgi ikki oylik haqni berishmayapti."),
        ],
        "suggestion": [
            ("Qarzdor korxonalar ro‘yxati",
             "Ish haqini uch oydan ko‘p kechiktirgan korxonalarni davlat xaridlariga qo‘ymaslik kerak. Bunday "
             "ro‘yxat ochiq bo‘lsa, odamlar ishga kirishdan oldin ko‘radi."),
            ("Mehnat inspeksiyasiga anonim xabar",
             "Oylik kechikishi haqida mehnat inspeksiyasiga anonim onlayn xabar berish imkoniyati bo‘lsa, "
             "ishchilar ishdan ayrilishdan qo‘rqmasdan yozardi."),
        ],
    },
    "unemployment-benefit": {
        "application": [
            ("Ishsizlik nafaqasini tayinlash",
             "Korxonada shtat qisqartirilgani sababli {date} kuni ishdan bo‘shatildim. Ishsiz sifatida "
             "ro‘yxatga olib, ishsizlik nafaqasi tayinlashingizni so‘rayman."),
            ("Nafaqa muddatini uzaytirish",
             "Ishsizlik nafaqasi muddatim tugayapti, lekin hali ish topolmadim. Qaramog‘imda ikki bola bor. "
             "Nafaqa muddatini uzaytirish imkoniyati bormi, tushuntirib berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Nafaqa to‘lanmayapti",
             "Ishsizlik nafaqasi tayinlangan, lekin {months} oydan beri kartaga tushmayapti. Bandlik markazida "
             "«ro‘yxatlar yuborilgan» deyishadi, xolos."),
            ("Nafaqa asossiz to‘xtatildi",
             "Taklif qilingan ishga bormadim, chunki u 60 km uzoqda va maoshi nafaqadan ham kam edi. Shu sababli "
             "nafaqam to‘xtatildi. Qarorni qayta ko‘rib chiqishingizni so‘rayman."),
        ],
        "suggestion": [
            ("Nafaqani onlayn rasmiylashtirish",
             "Ishsizlik nafaqasini my.gov.uz orqali to‘liq onlayn rasmiylashtirish imkonini yaratish kerak. Hozir "
             "baribir markazga bir necha marta borishga to‘g‘ri keladi."),
            ("Nafaqa bilan birga o‘qitish",
             "Nafaqa oluvchilarni qisqa kasb kurslariga jalb qilish ularning tezroq ishga kirishiga yordam "
             "beradi. Buni nafaqa bilan birga taklif qilishni maslahat beraman."),
        ],
    },
    "police-conduct": {
        "application": [
            ("Tekshiruv natijasi bilan tanishtirish",
             "{date} kuni ichki ishlar bo‘limiga o‘g‘irlik yuzasidan ariza berganman. Shundan beri tekshiruv "
             "qanday borayotgani haqida hech qanday ma’lumot berilmayapti. Natija bilan tanishtirishingizni "
             "so‘rayman."),
            ("Mas’uliyatli inspektor biriktirish",
             "Mahallamizga biriktirilgan profilaktika inspektori aholi bilan umuman uchrashmaydi, telefonini "
             "ko‘tarmaydi. Mahallaga mas’uliyatli inspektor biriktirishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Xodimning qo‘pol muomalasi",
             "{date} kuni yo‘lda to‘xtatilganimda IIB xodimi meni haqorat qildi, hujjatlarimni sababsiz olib "
             "qo‘ydi. Xizmat guvohnomasini ko‘rsatishdan bosh tortdi. Xodimning xatti-harakatlarini "
             "tekshirishingizni so‘rayman."),
            ("Ariza qabul qilinmadi",
             "Qo‘shnim menga tahdid qilayotgani haqidagi arizamni navbatchi qismda qabul qilishmadi, «o‘zlaringiz "
             "kelishib olinglar» deyishdi. Bu holat davom etsa, oqibati yomon bo‘lishidan qo‘rqaman."),
        ],
        "suggestion": [
            ("Bodikameralar",
             "Barcha patrul xodimlari ish vaqtida bodikamerani doim yoqib yurishi shart bo‘lsin. Bu ham fuqaroni, "
             "ham xodimni nohaq ayblovdan himoya qiladi."),
            ("Inspektor qabul jadvali",
             "Har bir profilaktika inspektorining mahalladagi qabul kunlari va telefon raqami mahalla binosiga "
             "osib qo‘yilishini taklif qilaman."),
        ],
    },
    "public-order": {
        "application": [
            ("Videokuzatuv kameralari",
             "{street}da va {mahalla} mahallasi markazi atrofida kechalari o‘g‘irlik holatlari ko‘paydi. Ko‘chaga "
             "videokuzatuv kameralari o‘rnatishingizni so‘raymiz."),
            ("Ijara uyini tekshirish",
             "Mahallamizdagi bir ijara uyida har kecha shovqin-suron, mast odamlar yig‘iladi. Profilaktik "
             "tekshiruv o‘tkazishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Kafedan tungi shovqin",
             "{street}dagi kafe har kuni tungi soat 2-3 gacha baland ovozda musiqa qo‘yadi. Bolalar uxlay "
             "olmaydi, qo‘shnilar bir necha marta aytdi, foydasi yo‘q."),
            ("Daydi itlar",
             "Mahallamizda daydi itlar to‘dasi paydo bo‘ldi, {date} kuni bir bolani tishlab oldi. Ertalab "
             "bolalarni maktabga yolg‘iz yuborishga qo‘rqamiz."),
        ],
        "suggestion": [
            ("Yoshlar uchun sport maydonchasi",
             "Kechqurunlari yoshlar ko‘chada maqsadsiz yurishi tartibsizlikka sabab bo‘lyapti. Mahallada "
             "yoritilgan sport maydonchasi qurilsa, ular bo‘sh vaqtini foydali o‘tkazadi."),
            ("Ixtiyoriy navbatchilik",
             "Mahallada ixtiyoriy yoshlar guruhini tuzib, profilaktika inspektori bilan birga kechki navbatchilik "
             "qilishni taklif qilaman."),
        ],
    },
    "domestic-violence": {
        "application": [
            ("Himoya orderi berish",
             "Turmush o‘rtog‘im meni muntazam kaltaklaydi va bolalarimga tahdid qiladi. Menga himoya orderi "
             "berilishini va xavfsiz joy bilan ta’minlashingizni so‘rayman. Iltimos, ismimni oshkor qilmang."),
            ("Qo‘shni ayolga yordam",
             "Qo‘shnimiz, yosh ayol, eri va qaynonasi tomonidan zo‘ravonlikka uchrayapti, lekin qo‘rqqanidan o‘zi "
             "murojaat qilolmaydi. Unga psixolog va reabilitatsiya markazi yordamini tashkil qilishingizni "
             "so‘rayman."),
        ],
        "complaint": [
            ("Inspektor aralashmadi",
             "Erim meni kaltaklagani haqida {date} kuni profilaktika inspektoriga aytdim, u «oilaviy masala» deb "
             "aralashmadi. Zo‘ravonlik davom etyapti."),
            ("Himoya orderi bajarilmayapti",
             "Sobiq turmush o‘rtog‘imga himoya orderi berilgan, ammo u har kuni uyim oldiga kelib tahdid "
             "qilyapti. Inspektorga qo‘ng‘iroq qilsam, kelmaydi."),
        ],
        "suggestion": [
            ("Ayollar uchun maslahat kunlari",
             "Mahallada zo‘ravonlikka uchragan ayollar anonim murojaat qilishi uchun psixolog va huquqshunos "
             "qabul kunlarini tashkil etishni taklif qilaman."),
            ("Ishonch telefoni haqida e’lonlar",
             "Ayollar uchun ishonch telefoni haqida maktab, poliklinika va mahalla binolariga e’lon osish kerak. "
             "Ko‘p ayollar bunday yordam borligini bilmaydi."),
        ],
    },
    "egov-portal": {
        "application": [
            ("Shaxsiy kabinetga kira olmayapman",
             "my.gov.uz portaliga OneID orqali kirishda «foydalanuvchi topilmadi» degan xato chiqyapti. Parolni "
             "tiklashga urinib ko‘rdim, SMS kelmayapti. Hisobimni tiklashga yordam berishingizni so‘rayman."),
            ("Ariza holatini aniqlash",
             "{date} kuni my.gov.uz orqali ariza yuborganman, holati {weeks} haftadan beri «ko‘rib chiqilmoqda» "
             "bo‘lib turibdi. Arizam qaysi bosqichda ekanini aniqlab berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Pul yechildi, xizmat ko‘rsatilmadi",
             "Portal orqali davlat xizmati uchun {fee} so‘m to‘ladim, pul kartadan yechildi, lekin tizimda to‘lov "
             "ko‘rinmayapti va ariza qabul qilinmadi. Pulimni qaytarishingizni yoki xizmatni ko‘rsatishingizni "
             "so‘rayman."),
            ("Hujjat yuklab bo‘lmayapti",
             "{days} kundan beri portalda hujjat yuklashda «server xatosi» chiqyapti. Ariza topshirish muddati "
             "tugayapti, yuborolmayapman."),
        ],
        "suggestion": [
            ("Ilovani to‘liq tarjima qilish",
             "my.gov.uz mobil ilovasida ko‘p xizmatlar faqat rus tilida yoki chala tarjima qilingan. Barcha "
             "bo‘limlarni o‘zbek va qoraqalpoq tillarida to‘liq tarjima qilishni taklif qilaman."),
            ("Ariza holati haqida bildirishnoma",
             "Ariza holati o‘zgarganda Telegram yoki SMS orqali xabar yuborilsa, har kuni saytga kirib tekshirish "
             "shart bo‘lmasdi."),
        ],
    },
    "public-service-centre": {
        "application": [
            ("Xodimni uyga chaqirish",
             "Onam yotoqda, davlat xizmatlari markaziga borib biometrik pasport topshira olmaydi. Xodimning uyga "
             "chiqib xizmat ko‘rsatishini so‘rayman."),
            ("Shanba kuni ham qabul",
             "Tumandagi davlat xizmatlari markazi shanba kuni ishlamaydi, ishlaydigan odamlar hujjat topshirish "
             "uchun ishdan javob so‘rashga majbur. Shanba kunlari ham qabulni tashkil etishingizni so‘raymiz."),
        ],
        "complaint": [
            ("Markazda uzun navbatlar",
             "{district} davlat xizmatlari markazida elektron navbat tizimi ishlamayapti, odamlar eshik oldida "
             "soatlab turadi. {date} kuni 4 soat kutib, baribir qabulga kira olmadim."),
            ("Operator qo‘shimcha pul so‘radi",
             "Davlat xizmatlari markazida operator hujjatni «tezroq qilish» uchun qo‘shimcha pul so‘radi. Pul "
             "kvitansiyasiz olindi."),
        ],
        "suggestion": [
            ("Aniq vaqtga yozilish",
             "Davlat xizmatlari markaziga onlayn, aniq vaqtga yozilish imkoniyatini yaratishni taklif qilaman. "
             "Markazda kutish joylari ham yetishmaydi."),
            ("Ko‘chma xizmat avtobusi",
             "Chekka qishloqlarga haftada bir marta ko‘chma davlat xizmatlari avtobusi qatnasa, odamlar tuman "
             "markaziga bormaydi."),
        ],
    },
    "documents-certificates": {
        "application": [
            ("Yashash joyidan ma’lumotnoma",
             "Bolamning nafaqasi uchun yashash joyidan ma’lumotnoma kerak. Uni onlayn olish mumkinmi yoki davlat "
             "xizmatlari markaziga borishim kerakmi, tushuntirib berishingizni so‘rayman."),
            ("Tug‘ilganlik guvohnomasini tiklash",
             "Qizim {daughter}ning tug‘ilganlik haqidagi guvohnomasi yo‘qolib qoldi. Guvohnomaning takroriy "
             "nusxasini berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Hujjat muddatida tayyor bo‘lmadi",
             "Nikoh haqidagi guvohnoma nusxasini {date} kuni so‘raganman, 5 kunda tayyor bo‘ladi deyishgandi, "
             "{weeks} hafta o‘tdi. Har safar ertaga kelishni aytishadi."),
            ("ID-kartadagi xato",
             "Menga berilgan ID-kartada familiyam xato yozilgan. Xatoni tuzatish uchun yana to‘lov qilishimni "
             "talab qilishyapti, vaholanki xato xodimning aybi bilan ketgan."),
        ],
        "suggestion": [
            ("QR-kodli ma’lumotnomalar",
             "Barcha ma’lumotnomalar QR-kod bilan chiqsa, ularni muhr va imzo uchun qayta-qayta olib yurish shart "
             "bo‘lmaydi. Tashkilotlar QR-kodni o‘zi tekshiradi."),
            ("Hujjatlarni pochtada yuborish",
             "Tayyor hujjatlarni pochta orqali uyga yetkazib berish xizmatini joriy etishni taklif qilaman, "
             "ayniqsa keksa va nogironligi bo‘lgan fuqarolar uchun."),
        ],
    },
    "bribery-report": {
        "application": [
            ("Pora holatini tekshirish",
             "{district}dagi tashkilotlardan birida xizmat ko‘rsatish uchun pora talab qilinayotgani haqida xabar "
             "bermoqchiman. Ismim sir saqlanishini so‘rayman, dalillarni tekshiruvchilarga bevosita topshiraman."),
            ("Xabar beruvchini himoya qilish",
             "Korrupsiya holati haqida xabar bermoqchiman, lekin o‘zimga zarar yetishidan qo‘rqaman. Xabar "
             "beruvchining himoyasi qanday ta’minlanishini tushuntirib berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Xodim pora so‘radi",
             "{date} kuni hujjatimni rasmiylashtirish uchun mas’ul xodim {amount} so‘m so‘radi, aks holda ish bir "
             "oy cho‘zilishini aytdi. Suhbatni ovozli yozib olganman. Tekshiruv o‘tkazishingizni so‘rayman."),
            ("Ishga kirish uchun pul so‘raldi",
             "Davlat muassasasiga ishga kirish uchun rahbar o‘rinbosari mendan pul talab qildi. Pul bermaganim "
             "uchun boshqa nomzod olindi."),
        ],
        "suggestion": [
            ("Xabar berganlarni rag‘batlantirish",
             "Korrupsiya haqida xabar berib, u tasdiqlangan fuqarolarni rag‘batlantirish tizimini keng targ‘ib "
             "qilish kerak. Odamlar xabar berish xavfsiz ekanini bilsin."),
            ("Xizmatlarni onlayn qilish",
             "Pora ko‘pincha xodim bilan yuzma-yuz uchrashuvda so‘raladi. Iloji boricha ko‘proq xizmatni onlayn "
             "qilish korrupsiyani kamaytiradi."),
        ],
    },
    "official-misconduct": {
        "application": [
            ("Mansabdor harakatlarini tekshirish",
             "{district} hokimligi xodimi yer bo‘yicha arizamni qonunga zid ravishda rad etib, uchastkani o‘z "
             "qarindoshiga rasmiylashtirdi. Xodimning harakatlarini prokuratura tomonidan tekshirishingizni "
             "so‘rayman."),
            ("Buzish haqidagi qarorni tekshirish",
             "Xonadonimizni buzish to‘g‘risidagi qaror hech qanday kompensatsiyasiz chiqarilgan, biz bilan "
             "kelishilmagan. Qarorning qonuniyligini tekshirib, bekor qilishingizni so‘rayman."),
        ],
        "complaint": [
            ("Tadbirkorlardan majburiy pul yig‘ish",
             "Tuman mas’uli tadbirkorlardan «homiylik» nomi bilan majburiy pul yig‘moqda, bermaganlarga tekshiruv "
             "yuboryapti. Bu vakolatni suiiste’mol qilish deb hisoblayman."),
            ("O‘qituvchilarni majburiy ishga jalb qilish",
             "Maktab o‘qituvchilarini dars vaqtida ko‘cha tozalash va obodonlashtirish ishlariga majburan olib "
             "chiqishmoqda. Bormaganlarni ishdan bo‘shatish bilan qo‘rqitishadi."),
        ],
        "suggestion": [
            ("Qarorlarni ochiq e’lon qilish",
             "Hokimlarning yer ajratish va buzish bo‘yicha barcha qarorlarini saytda ochiq e’lon qilishni taklif "
             "qilaman. Jamoatchilik nazorati suiiste’mollarni kamaytiradi."),
            ("Shikoyatlar statistikasi",
             "Har bir idoraga kelgan shikoyatlar soni va ularning natijasini yillik hisobotda ochiq ko‘rsatish "
             "kerak."),
        ],
    },
    "neighbourhood-improvement": {
        "application": [
            ("Bolalar maydonchasi qurish",
             "{mahalla} mahallasida bolalar maydonchasi yo‘q, bolalar ko‘chada, mashinalar orasida o‘ynaydi. "
             "Mahalla markazi yonidagi bo‘sh yerga maydoncha qurib berishingizni so‘raymiz."),
            ("Ko‘chat ekish uchun yordam",
             "{street} bo‘yidagi daraxtlar qurib qolgan, yozda soya yo‘q. Bahorda aholi bilan hashar uyushtirib, "
             "ko‘chat ekmoqchimiz. Ko‘chat va sug‘orish bilan yordam berishingizni so‘rayman."),
        ],
        "complaint": [
            ("Daraxtlar kesilmoqda",
             "{street}dagi eski chinorlar hech qanday ruxsatsiz kesilmoqda. Aholi qarshilik qilsa, «hokimlik "
             "ruxsati bor» deyishadi, lekin hujjat ko‘rsatishmaydi."),
            ("Ariqlar tozalanmagan",
             "Mahallamizdagi ariqlar {years} yildan beri tozalanmagan, ichi axlat va loy bilan to‘lgan. Bahorda "
             "suv toshib, hovlilarni bosadi."),
        ],
        "suggestion": [
            ("Mahalla bog‘i",
             "Mahallamizdagi tashlandiq yerda kichik bog‘ va yurish yo‘lakchasi qilinsa, keksalar va yosh onalar "
             "uchun dam olish joyi bo‘lardi. Aholi hasharda qatnashishga tayyor."),
            ("Ochiq havoda sport jihozlari",
             "Mahalla markazi yonidagi maydonga ochiq havoda sport jihozlari — turnik, brus o‘rnatishni taklif "
             "qilaman. Yoshlar uchun ham, kattalar uchun ham foydali."),
        ],
    },
    "mahalla-assembly": {
        "application": [
            ("Fuqarolar yig‘inini o‘tkazish",
             "{mahalla} mahallasida yo‘l va chiqindi masalalarini muhokama qilish uchun fuqarolar yig‘inini "
             "o‘tkazishingizni so‘raymiz. Aholining ko‘pchiligi qatnashishga tayyor."),
            ("Mahalladan ma’lumotnoma",
             "Mahalladan oila tarkibi haqida ma’lumotnoma kerak, rais o‘rinbosari {days} kundan beri «ertaga» "
             "deb kelyapti. Ma’lumotnomani berishlarini so‘rayman."),
        ],
        "complaint": [
            ("Rais aholi bilan ishlamaydi",
             "Mahalla raisini idorada topib bo‘lmaydi, telefonini ko‘tarmaydi. Aholi muammolari bo‘yicha yig‘in "
             "{months} oydan beri o‘tkazilmagan."),
            ("Yordam ro‘yxati adolatsiz tuzilgan",
             "Mahalla yettiligi yordam ro‘yxatini aholi bilan maslahatlashmasdan tuzdi. Haqiqatan muhtoj oilalar "
             "ro‘yxatdan chetda qoldi."),
        ],
        "suggestion": [
            ("Mahallaning rasmiy Telegram kanali",
             "Mahalladagi barcha e’lonlar, yig‘in qarorlari va yordam ro‘yxatlari rasmiy Telegram kanalda e’lon "
             "qilib borilsa, odamlar xabardor bo‘ladi."),
            ("Mahalla yoshlar kengashi",
             "Mahalla yig‘ini qoshida yoshlar kengashini tuzib, ularga obodonlashtirish loyihalarini topshirishni "
             "taklif qilaman."),
        ],
    },
}

GENERIC_APPEALS = {
    "application": [
        ("Yordam so‘rab",
         "Oilamiz duch kelgan muammo bo‘yicha sizga murojaat qilyapman. Bir necha idoraga borib ko‘rdim, hech "
         "kim aniq javob bermadi. Masalani ko‘rib chiqib, yordam berishingizni so‘rayman."),
    ],
    "complaint": [
        ("Muammo hal qilinmayapti",
         "Bu masala bo‘yicha {months} oydan beri murojaat qilyapman, lekin hech qanday natija yo‘q. Har safar "
         "boshqa idoraga yuborishadi."),
    ],
    "suggestion": [
        ("Taklif",
         "Aholiga xizmat ko‘rsatishni yaxshilash bo‘yicha taklifim bor: barcha murojaatlar holatini onlayn "
         "kuzatish imkoniyati yaratilsa, odamlar idoralarga behuda qatnamaydi."),
    ],
}

ANSWERS = {
    "gas-supply": [
        "Murojaatingiz ko‘rib chiqildi. {mahalla} mahallasidagi gaz bosimi mutaxassislar tomonidan o‘lchandi, "
        "bosim pasayishiga taqsimlash quvuridagi nosozlik sabab bo‘lgani aniqlandi. Ta’mirlash ishlari "
        "{until} yakunlanadi.",
        "Murojaatingiz o‘rganib chiqildi. {date} kuni xonadoningizga mutaxassis yuborildi, hisoblagich va "
        "hisob-kitob tekshirildi, aniqlangan kamchiliklar bartaraf etildi. Qo‘shimcha savollar bo‘yicha hududiy "
        "gaz ta’minoti filialiga murojaat qilishingiz mumkin.",
    ],
    "electricity-supply": [
        "Murojaatingiz ko‘rib chiqildi. {mahalla} mahallasidagi transformator punkti yuklamasi o‘rganildi, "
        "uni quvvatliroq transformatorga almashtirish investitsiya dasturiga kiritildi. Ishlar {until} "
        "bajariladi.",
        "Murojaatingiz bo‘yicha hududiy elektr tarmoqlari korxonasi mutaxassislari {date} kuni joyga chiqdi. "
        "Tarmoqdagi nosozlik bartaraf etildi, hisob-kitob qayta ko‘rib chiqildi.",
    ],
    "water-supply": [
        "Murojaatingiz ko‘rib chiqildi. {mahalla} mahallasida suv ta’minotidagi uzilishlarga nasos stansiyasidagi "
        "nosozlik sabab bo‘lgan. Ta’mirlash ishlari {until} yakunlanadi, ungacha suv tashish jadval asosida "
        "tashkil etildi.",
        "Murojaatingiz o‘rganildi. Ko‘changizni ichimlik suvi tarmog‘iga ulash kelgusi yilgi dasturga "
        "kiritildi. Hisoblagichingiz {date} kuni plombalandi.",
    ],
    "sewerage": [
        "Murojaatingiz ko‘rib chiqildi. {date} kuni kanalizatsiya tarmog‘i tozalandi, avariya bartaraf etildi. "
        "Quduq qopqog‘i {until} o‘rnatiladi.",
        "Murojaatingiz o‘rganildi. Xonadoningizni markaziy kanalizatsiyaga ulash uchun texnik shartlar "
        "tayyorlandi, ularni suv ta’minoti korxonasidan olishingiz mumkin.",
    ],
    "waste-collection": [
        "Murojaatingiz ko‘rib chiqildi. {mahalla} mahallasida chiqindi olib ketish jadvali tiklandi: chiqindi "
        "haftasiga ikki marta olib ketiladi. Qo‘shimcha konteynerlar {until} o‘rnatiladi.",
        "Murojaatingiz o‘rganildi. Chiqindi olib ketish to‘lovi oila a’zolarining haqiqiy soniga qarab qayta "
        "hisoblandi, ortiqcha to‘langan summa keyingi oylar hisobiga o‘tkazildi.",
    ],
    "heating-hot-water": [
        "Murojaatingiz ko‘rib chiqildi. Uyingizning issiqlik punktidagi nosozlik bartaraf etildi, {date} "
        "kunidan boshlab isitish me’yorda berilmoqda.",
        "Murojaatingiz o‘rganildi. Issiq suv quvurini almashtirish ishlari {until} yakunlanadi. Issiq suv "
        "berilmagan davr uchun to‘lov qayta hisoblanadi.",
    ],
    "road-repair": [
        "Murojaatingiz ko‘rib chiqildi. {street}ni ta’mirlash joriy yilgi yo‘llarni ta’mirlash dasturiga "
        "kiritildi. Ishlar {until} bajariladi.",
        "Murojaatingiz o‘rganildi. Yo‘lni kovlagan pudratchi tashkilotga asfalt qoplamasini {until} tiklash "
        "bo‘yicha ko‘rsatma berildi, ijrosi nazoratga olindi.",
    ],
    "street-lighting": [
        "Murojaatingiz ko‘rib chiqildi. {street}dagi ko‘cha chiroqlari {date} kuni ta’mirlandi va yoqildi.",
        "Murojaatingiz o‘rganildi. Ko‘changizga 12 ta yangi yoritish ustuni o‘rnatish rejalashtirildi, ishlar "
        "{until} yakunlanadi.",
    ],
    "public-transport": [
        "Murojaatingiz ko‘rib chiqildi. {date} kunidan boshlab yo‘nalishga qo‘shimcha ikkita avtobus chiqarildi, "
        "qatnov oralig‘i 15 daqiqaga qisqartirildi.",
        "Murojaatingiz o‘rganildi. Haydovchiga nisbatan intizomiy chora ko‘rildi. Bekatga soyabon va o‘rindiq "
        "{until} o‘rnatiladi.",
    ],
    "traffic-safety": [
        "Murojaatingiz ko‘rib chiqildi. Ko‘rsatilgan joyda piyodalar o‘tish joyi belgilandi, ogohlantiruvchi "
        "belgi va sun’iy notekislik {until} o‘rnatiladi.",
        "Murojaatingiz o‘rganildi. {street}da YHXX xodimlari tomonidan reyd tadbirlari o‘tkazildi, tezlikni "
        "oshirgan haydovchilarga nisbatan ma’muriy choralar ko‘rildi.",
    ],
    "housing-provision": [
        "Murojaatingiz ko‘rib chiqildi. Oilangiz ijtimoiy uy-joy navbatiga qo‘yildi, navbatdagi raqamingiz "
        "haqida ma’lumot SMS orqali yuboriladi.",
        "Murojaatingiz o‘rganildi. Uy-joy navbati tekshirildi, qonunbuzilish holatlari aniqlanmadi. Imtiyozli "
        "ipoteka bo‘yicha kerakli hujjatlar ro‘yxati ilova qilinmoqda.",
    ],
    "apartment-building-maintenance": [
        "Murojaatingiz ko‘rib chiqildi. Uyingizning tomi joriy yilgi kapital ta’mirlash dasturiga kiritildi, "
        "ishlar {until} yakunlanadi.",
        "Murojaatingiz o‘rganildi. Boshqaruv kompaniyasiga podyezdlarni tozalash va yoritishni tiklash bo‘yicha "
        "ko‘rsatma berildi, ijrosi {date} kuni joyida tekshirildi.",
    ],
    "construction-permits": [
        "Murojaatingiz ko‘rib chiqildi. Qurilishga ruxsatnoma rasmiylashtirildi, uni shaxsiy kabinetingizdan "
        "yuklab olishingiz mumkin.",
        "Murojaatingiz o‘rganildi. Rad etish sababi loyiha hujjatlarida shaharsozlik me’yorlariga mos "
        "kelmaslik bo‘lgan. Hujjatlarni to‘ldirib, {until} qayta topshirishingiz mumkin.",
    ],
    "illegal-construction": [
        "Murojaatingiz ko‘rib chiqildi. {date} kuni joyga chiqilib, qurilish ruxsatsiz olib borilayotgani "
        "aniqlandi. Qurilish to‘xtatildi, egasiga nisbatan ma’muriy bayonnoma rasmiylashtirildi.",
        "Murojaatingiz o‘rganildi. Obyekt hujjatlari tekshirildi, ruxsatnoma mavjud. Tungi ishlar taqiqlanib, "
        "pudratchiga ogohlantirish berildi.",
    ],
    "social-benefits": [
        "Murojaatingiz ko‘rib chiqildi. Oilangizga bolalar nafaqasi {date} kunidan boshlab tayinlandi.",
        "Murojaatingiz o‘rganildi. Nafaqa to‘xtatilishiga ma’lumotlar bazasidagi xato sabab bo‘lgan, xato "
        "tuzatildi va to‘lanmagan summa {until} to‘lanadi.",
    ],
    "disability-support": [
        "Murojaatingiz ko‘rib chiqildi. Nogironlik aravachasi ajratildi, uni {until} tuman ijtimoiy himoya "
        "bo‘limidan olishingiz mumkin.",
        "Murojaatingiz o‘rganildi. Binoga kirish uchun pandus o‘rnatish ishlari {until} yakunlanadi, ungacha "
        "xodimlar birinchi qavatda qabul qiladi.",
    ],
    "low-income-families": [
        "Murojaatingiz ko‘rib chiqildi. Mahalla yettiligi tomonidan oilangiz sharoiti o‘rganildi va oilangiz "
        "kam ta’minlangan oilalar reyestriga kiritildi.",
        "Murojaatingiz o‘rganildi. Reyestrdagi noto‘g‘ri ma’lumot tuzatildi, oilangizga moddiy yordam "
        "{date} kunidan qayta tiklandi.",
    ],
    "pension-calculation": [
        "Murojaatingiz ko‘rib chiqildi. Taqdim etilgan arxiv ma’lumotnomasi asosida ish stajingiz hisobga "
        "olindi va pensiyangiz {date} kunidan qayta hisoblandi.",
        "Murojaatingiz o‘rganildi. Pensiyangiz qonunchilikka muvofiq to‘g‘ri hisoblangan. Hisob-kitob tafsiloti "
        "ilova qilinmoqda.",
    ],
    "pension-payment-delay": [
        "Murojaatingiz ko‘rib chiqildi. Pensiya to‘lovidagi kechikishga bank tizimidagi texnik nosozlik sabab "
        "bo‘lgan, pensiya {date} kuni kartangizga o‘tkazildi.",
        "Murojaatingiz o‘rganildi. Pensiyani uyga yetkazib berish {date} kunidan yo‘lga qo‘yildi.",
    ],
    "polyclinic-service": [
        "Murojaatingiz ko‘rib chiqildi. Poliklinikada qabul tartibi qayta ko‘rib chiqildi, shifokor qabuli "
        "soat 8:00 dan boshlanadi. Holat bo‘yicha xodimlarga intizomiy chora qo‘llandi.",
        "Murojaatingiz o‘rganildi. Tor mutaxassisga yo‘llanma berildi, qabul {date} kuniga belgilandi.",
    ],
    "medicines-supply": [
        "Murojaatingiz ko‘rib chiqildi. Insulin zaxirasi to‘ldirildi, uni poliklinikangizdan olishingiz mumkin.",
        "Murojaatingiz o‘rganildi. Dorixonalarda narxlar va dori mavjudligi {date} kuni tekshirildi, "
        "aniqlangan holatlar yuzasidan tegishli choralar ko‘rildi.",
    ],
    "hospital-complaint": [
        "Murojaatingiz ko‘rib chiqildi. Xizmat tekshiruvi o‘tkazildi, navbatchi shifokorga intizomiy jazo "
        "qo‘llandi.",
        "Murojaatingiz o‘rganildi. Rejali operatsiya {until} belgilandi, bu haqda sizga shifoxonadan "
        "qo‘ng‘iroq qilinadi.",
    ],
    "kindergarten-place": [
        "Murojaatingiz ko‘rib chiqildi. Farzandingizga {kindergarten_no}-maktabgacha ta’lim tashkilotidan joy "
        "ajratildi, yo‘llanmani elektron tarzda olishingiz mumkin.",
        "Murojaatingiz o‘rganildi. Navbat elektron tizimda qonuniy yuritilmoqda, hozirda bo‘sh o‘rin mavjud "
        "emas. Joy bo‘shashi bilan sizga SMS orqali xabar beriladi.",
    ],
    "school-issues": [
        "Murojaatingiz ko‘rib chiqildi. {school_no}-maktabda o‘tkazilgan tekshiruvda ota-onalardan pul "
        "yig‘ish holati tasdiqlandi, sinf rahbariga intizomiy jazo qo‘llandi.",
        "Murojaatingiz o‘rganildi. Maktabda isitish tizimini ta’mirlash va derazalarni almashtirish ishlari "
        "{until} yakunlanadi.",
    ],
    "higher-education": [
        "Murojaatingiz ko‘rib chiqildi. Kontrakt to‘lovini bo‘lib to‘lash bo‘yicha sizga to‘rt bosqichli jadval "
        "belgilandi.",
        "Murojaatingiz o‘rganildi. Oliy ta’lim muassasasida xizmat tekshiruvi o‘tkazilmoqda, natijasi haqida "
        "{until} xabar beriladi.",
    ],
    "land-allocation": [
        "Murojaatingiz ko‘rib chiqildi. Tumanda yakka tartibdagi uy-joy qurish uchun yer uchastkalari elektron "
        "auksion orqali beriladi, navbatdagi savdo {date} kuni o‘tkaziladi.",
        "Murojaatingiz o‘rganildi. Ajratilgan yer uchastkangiz chegaralari {until} joyida belgilab beriladi.",
    ],
    "land-disputes": [
        "Murojaatingiz ko‘rib chiqildi. Kadastr xodimlari {date} kuni joyga chiqib, uchastkalar chegarasini "
        "hujjatlar asosida aniqladi. Dalolatnoma nusxasi ilova qilinmoqda.",
        "Murojaatingiz o‘rganildi. Nizo fuqarolik-huquqiy xususiyatga ega bo‘lgani sababli uni sud orqali hal "
        "qilishingiz mumkinligi tushuntiriladi.",
    ],
    "property-registration": [
        "Murojaatingiz ko‘rib chiqildi. Ko‘chmas mulkingiz davlat ro‘yxatidan o‘tkazildi, ko‘chirmani "
        "my.gov.uz orqali olishingiz mumkin.",
        "Murojaatingiz o‘rganildi. Reyestrdagi texnik xato tuzatildi, mulk solig‘i qayta hisoblandi.",
    ],
    "job-search": [
        "Murojaatingiz ko‘rib chiqildi. Sizga tegishli mutaxassislik bo‘yicha uchta bo‘sh ish o‘rni taklif "
        "qilindi, {date} kuni bandlik markaziga kelishingiz so‘raladi.",
        "Murojaatingiz o‘rganildi. Siz kasbga o‘qitish kursiga yozildingiz, mashg‘ulotlar {date} kuni "
        "boshlanadi.",
    ],
    "unpaid-wages": [
        "Murojaatingiz ko‘rib chiqildi. Davlat mehnat inspeksiyasi tomonidan korxonada tekshiruv o‘tkazildi, ish "
        "haqi qarzini {until} to‘lash bo‘yicha ko‘rsatma berildi.",
        "Murojaatingiz o‘rganildi. Korxona ish haqi qarzini to‘liq to‘ladi, mehnat daftarchangiz qaytarildi.",
    ],
    "unemployment-benefit": [
        "Murojaatingiz ko‘rib chiqildi. Siz ishsiz sifatida ro‘yxatga olindingiz, ishsizlik nafaqasi {date} "
        "kunidan tayinlandi.",
        "Murojaatingiz o‘rganildi. Nafaqa to‘lovidagi kechikish bartaraf etildi, qarzdorlik {until} to‘lanadi.",
    ],
    "police-conduct": [
        "Murojaatingiz ko‘rib chiqildi. Xizmat tekshiruvi natijasida xodimning xatti-harakatlarida qoidabuzarlik "
        "aniqlandi va unga intizomiy jazo qo‘llandi.",
        "Murojaatingiz o‘rganildi. Arizangiz bo‘yicha tekshiruv materiallari bilan {date} kuni tanishishingiz "
        "mumkin.",
    ],
    "public-order": [
        "Murojaatingiz ko‘rib chiqildi. {street}da profilaktik tadbirlar o‘tkazildi, kafe egasiga tungi "
        "shovqin uchun ma’muriy jarima qo‘llandi.",
        "Murojaatingiz o‘rganildi. Ko‘rsatilgan hududga videokuzatuv kameralari {until} o‘rnatiladi, "
        "patrul-post xizmati kuchaytirildi.",
    ],
    "domestic-violence": [
        "Murojaatingiz ko‘rib chiqildi. Sizga himoya orderi berildi, profilaktika inspektori tomonidan "
        "muntazam nazorat o‘rnatildi. Reabilitatsiya markazi manzili va telefoni ilova qilinmoqda.",
        "Murojaatingiz o‘rganildi. Profilaktika inspektorining harakatlari xizmat tekshiruvida o‘rganildi, "
        "unga nisbatan intizomiy chora ko‘rildi.",
    ],
    "egov-portal": [
        "Murojaatingiz ko‘rib chiqildi. Hisobingiz tiklandi, portalga yangi parol bilan kirishingiz mumkin.",
        "Murojaatingiz o‘rganildi. To‘lov tizimidagi nosozlik tufayli yechilgan mablag‘ {until} kartangizga "
        "qaytariladi.",
    ],
    "public-service-centre": [
        "Murojaatingiz ko‘rib chiqildi. Markazda elektron navbat tizimi tiklandi va qo‘shimcha operator "
        "ajratildi.",
        "Murojaatingiz o‘rganildi. {date} kuni xodim uyingizga chiqib, hujjatlarni qabul qiladi.",
    ],
    "documents-certificates": [
        "Murojaatingiz ko‘rib chiqildi. Guvohnomaning takroriy nusxasi tayyor, uni davlat xizmatlari "
        "markazidan olishingiz mumkin.",
        "Murojaatingiz o‘rganildi. ID-kartadagi xato xodim aybi bilan ketgani tasdiqlandi, karta bepul qayta "
        "rasmiylashtiriladi.",
    ],
    "bribery-report": [
        "Murojaatingiz ko‘rib chiqildi. Keltirilgan holat yuzasidan tekshiruv boshlandi, natijasi haqida qonunda "
        "belgilangan tartibda xabar beriladi. Ma’lumotlaringiz sir saqlanadi.",
        "Murojaatingiz o‘rganildi. Tekshiruv materiallari huquqiy baho berish uchun prokuratura organlariga "
        "yuborildi.",
    ],
    "official-misconduct": [
        "Murojaatingiz ko‘rib chiqildi. Prokuratura tekshiruvi natijasida qaror qonunga zid deb topildi va unga "
        "protest keltirildi.",
        "Murojaatingiz o‘rganildi. Mansabdor shaxsning harakatlari yuzasidan tekshiruv {until} yakunlanadi.",
    ],
    "neighbourhood-improvement": [
        "Murojaatingiz ko‘rib chiqildi. {mahalla} mahallasida bolalar maydonchasi qurish obodonlashtirish "
        "dasturiga kiritildi, ishlar {until} yakunlanadi.",
        "Murojaatingiz o‘rganildi. Daraxtlarni kesish to‘xtatildi, ruxsatsiz kesganlarga nisbatan ma’muriy "
        "chora ko‘rildi.",
    ],
    "mahalla-assembly": [
        "Murojaatingiz ko‘rib chiqildi. {mahalla} mahallasida fuqarolar yig‘ini {date} kuni o‘tkazilishi "
        "belgilandi.",
        "Murojaatingiz o‘rganildi. Mahalla raisiga aholi bilan ishlashni yaxshilash bo‘yicha ko‘rsatma berildi, "
        "qabul kunlari mahalla binosiga osib qo‘yildi.",
    ],
}

GENERIC_ANSWERS = [
    "Murojaatingiz ko‘rib chiqildi. Ko‘tarilgan masala yuzasidan tegishli choralar ko‘rildi, natijasi "
    "{until} ma’lum qilinadi.",
]

CONCLUSIONS = [
    "Murojaatda jismoniy shaxsning familiyasi, ismi va yashash joyi ko‘rsatilmagan. «Jismoniy va yuridik "
    "shaxslarning murojaatlari to‘g‘risida»gi Qonunga muvofiq anonim murojaat ko‘rib chiqilmasdan qoldirildi.",
    "Murojaatda yangi dalillar keltirilmagan, shu masala bo‘yicha sizga avval asosli javob berilgan. "
    "Takroriy murojaat ko‘rib chiqilmasdan qoldirildi.",
    "Murojaat muallifining arizasiga ko‘ra murojaat qaytarib olindi va ko‘rib chiqilmasdan qoldirildi.",
]

RATING_COMMENTS = {
    1: ["Javob umuman savolimga tegishli emas.", "Hech narsa o‘zgarmadi, faqat qog‘ozda yozib qo‘yishdi.",
        "Muddat o‘tib ketdi, javob ham formal."],
    2: ["Javob berildi, lekin muammo hal bo‘lmadi.", "Va’da qilingan ish hali boshlanmadi."],
    3: ["Qisman hal bo‘ldi, kuzatib boramiz.", "Javob keldi, lekin kech."],
    4: ["Muammo hal bo‘ldi, biroz kechikdi.", "Rahmat, ko‘rib chiqishdi, ishlar boshlandi."],
    5: ["Katta rahmat, muammo hal bo‘ldi!", "Tez va aniq javob berishdi, rahmat.",
        "Mas’ullarga rahmat, hammasi aytilgandek bajarildi."],
}
