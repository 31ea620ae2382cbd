"""The demo taxonomy of appeal categories, exactly as `docs/categories.md`.

`load_categories()` may run any number of times: categories are keyed on
`code` and a second run writes nothing unless a definition changed. Names are
given in Uzbek (Latin), Karakalpak, Russian and English; Uzbek Cyrillic is
transliterated from the Latin. Each category carries one plain sentence (uz,
ru, en) that tells a citizen what belongs there.
"""

from django.db import transaction

from murojaat.categories.models import Category
from murojaat.demo.organisations import uz_cyrillic
from murojaat.organisations.models import Level as L
from murojaat.organisations.models import Organisation
from murojaat.organisations.models import OrganisationKind as K

# Each group: (code, names uz/kaa/ru/en, descriptions uz/ru/en, leaves).
# Each leaf:  (code, responsible kind, level, names uz/kaa/ru/en, descriptions uz/ru/en).
TAXONOMY = [
    ("utilities",
     ("Kommunal xizmatlar", "Kommunal xızmetler", "Коммунальные услуги", "Utilities"),
     ("Gaz, elektr, suv, kanalizatsiya, chiqindi va isitish xizmatlari.",
      "Газ, электричество, вода, канализация, вывоз мусора и отопление.",
      "Gas, electricity, water, sewerage, rubbish and heating."),
     [
         ("gas-supply", K.GAS_SUPPLIER, L.REGION,
          ("Gaz ta’minoti", "Gaz támiynatı", "Газоснабжение", "Gas supply"),
          ("Uyga gaz kelmasligi, bosimning pastligi, gaz hisoblagichi va to‘lovlar.",
           "Нет газа или слабое давление, газовые счётчики и оплата за газ.",
           "No gas or low pressure at home, gas meters and gas bills.")),
         ("electricity-supply", K.ELECTRICITY_SUPPLIER, L.REGION,
          ("Elektr ta’minoti", "Elektr támiynatı", "Электроснабжение", "Electricity supply"),
          ("Elektr uzilishlari, kuchlanishning pastligi, hisoblagich va elektr to‘lovlari.",
           "Отключения света, низкое напряжение, счётчики и оплата электроэнергии.",
           "Power cuts, low voltage, electricity meters and bills.")),
         ("water-supply", K.WATER_SUPPLIER, L.REGION,
          ("Ichimlik suvi ta’minoti", "Ishimlik suw támiynatı", "Питьевое водоснабжение", "Drinking water supply"),
          ("Uyga ichimlik suvi kelmasligi, suv sifati yoki suv hisoblagichi bilan bog‘liq muammolar.",
           "Нет питьевой воды, плохое качество воды или вопросы водяных счётчиков.",
           "No drinking water, poor water quality or water meters.")),
         ("sewerage", K.WATER_SUPPLIER, L.REGION,
          ("Kanalizatsiya", "Kanalizaciya", "Канализация", "Sewerage"),
          ("Kanalizatsiya tiqilishi, oqova suvlarning toshib chiqishi va uyni kanalizatsiyaga ulash.",
           "Засоры и прорывы канализации, подключение дома к канализационной сети.",
           "Blocked or overflowing sewers and connecting a home to the sewer.")),
         ("waste-collection", K.HOKIMIYAT, L.DISTRICT,
          ("Chiqindilarni olib ketish", "Shıǵındılardı alıp ketiw", "Вывоз мусора", "Waste collection"),
          ("Chiqindilar o‘z vaqtida olib ketilmasligi, konteynerlar va noqonuniy axlatxonalar.",
           "Мусор не вывозят вовремя, контейнеры и стихийные свалки.",
           "Rubbish not collected on time, bins and illegal dumps.")),
         ("heating-hot-water", K.HOKIMIYAT, L.DISTRICT,
          ("Issiqlik va issiq suv ta’minoti", "Jıllılıq hám ıssı suw támiynatı", "Отопление и горячая вода",
           "Heating and hot water"),
          ("Xonadonda isitish yoki issiq suv yo‘qligi va ular uchun to‘lovlar.",
           "Нет отопления или горячей воды в квартире, оплата за них.",
           "No heating or hot water at home and the charges for them.")),
     ]),
    ("roads-transport",
     ("Yo‘llar va transport", "Jollar hám transport", "Дороги и транспорт", "Roads and transport"),
     ("Yo‘llar, ko‘chalarni yoritish, jamoat transporti va yo‘l harakati.",
      "Дороги, уличное освещение, общественный транспорт и дорожное движение.",
      "Roads, street lighting, public transport and traffic."),
     [
         ("road-repair", K.HOKIMIYAT, L.DISTRICT,
          ("Yo‘llarni ta’mirlash", "Jollardı remontlaw", "Ремонт дорог", "Road repair"),
          ("Ko‘cha va yo‘llardagi chuqurlar, buzilgan asfalt va piyodalar yo‘laklari.",
           "Ямы на улицах и дорогах, разбитый асфальт и тротуары.",
           "Potholes, broken asphalt and pavements in streets and roads.")),
         ("street-lighting", K.HOKIMIYAT, L.DISTRICT,
          ("Ko‘chalarni yoritish", "Kóshelerdi jaqtılandırıw", "Уличное освещение", "Street lighting"),
          ("Ko‘cha chiroqlari yonmasligi yoki ko‘chada yoritish yo‘qligi.",
           "Не горят фонари или на улице нет освещения.",
           "Street lights that do not work or streets with no lighting.")),
         ("public-transport", K.HOKIMIYAT, L.REGION,
          ("Jamoat transporti", "Jámiyetlik transport", "Общественный транспорт", "Public transport"),
          ("Avtobus va yo‘nalishli taksilar qatnovi, yo‘nalishlar va haydovchilar xizmati.",
           "Работа автобусов и маршрутных такси, маршруты и поведение водителей.",
           "Buses and minibuses: routes, timetables and the drivers' service.")),
         ("traffic-safety", K.INTERNAL_AFFAIRS, L.DISTRICT,
          ("Yo‘l harakati xavfsizligi", "Jol háreketi qáwipsizligi", "Безопасность дорожного движения",
           "Traffic safety"),
          ("Svetoforlar, yo‘l belgilari, piyodalar o‘tish joylari va xavfli haydash.",
           "Светофоры, дорожные знаки, пешеходные переходы и опасное вождение.",
           "Traffic lights, road signs, pedestrian crossings and dangerous driving.")),
     ]),
    ("housing",
     ("Uy-joy", "Turaq jay", "Жильё", "Housing"),
     ("Uy-joy olish, ko‘p qavatli uylarga xizmat ko‘rsatish va qurilish.",
      "Получение жилья, обслуживание многоквартирных домов и строительство.",
      "Getting housing, upkeep of apartment buildings and construction."),
     [
         ("housing-provision", K.HOKIMIYAT, L.DISTRICT,
          ("Uy-joy bilan ta’minlash", "Turaq jay menen támiyinlew", "Обеспечение жильём", "Housing provision"),
          ("Uy-joy olish navbati, imtiyozli va ijtimoiy uy-joylar.",
           "Очередь на жильё, льготное и социальное жильё.",
           "Waiting lists for housing, subsidised and social housing.")),
         ("apartment-building-maintenance", K.HOKIMIYAT, L.DISTRICT,
          ("Ko‘p qavatli uylarga xizmat ko‘rsatish", "Kóp qabatlı úylerge xızmet kórsetiw",
           "Обслуживание многоквартирных домов", "Apartment building maintenance"),
          ("Boshqaruv tashkilotining tom, podyezd, lift va uy atrofidagi hududni saqlash bo‘yicha ishi.",
           "Работа управляющей организации: крыша, подъезд, лифт и придомовая территория.",
           "The management company's care of roofs, stairwells, lifts and the grounds of the building.")),
         ("construction-permits", K.HOKIMIYAT, L.DISTRICT,
          ("Qurilishga ruxsatnomalar", "Qurılısqa ruqsatnamalar", "Разрешения на строительство",
           "Construction permits"),
          ("Uy qurish yoki qayta qurish uchun ruxsatnoma olish.",
           "Получение разрешения на строительство или реконструкцию дома.",
           "Getting a permit to build or rebuild a house.")),
         ("illegal-construction", K.HOKIMIYAT, L.DISTRICT,
          ("Noqonuniy qurilish", "Nızamsız qurılıs", "Незаконное строительство", "Illegal construction"),
          ("Ruxsatsiz qurilayotgan binolar va qurilish qoidalarining buzilishi.",
           "Самовольные постройки и нарушения строительных норм.",
           "Buildings put up without a permit and breaches of building rules.")),
     ]),
    ("social-protection",
     ("Ijtimoiy himoya", "Sociallıq qorǵaw", "Социальная защита", "Social protection"),
     ("Nafaqalar, nogironligi bo‘lgan shaxslar va kam ta’minlangan oilalarga yordam.",
      "Пособия и помощь людям с инвалидностью и малообеспеченным семьям.",
      "Benefits and help for people with disabilities and low-income families."),
     [
         ("social-benefits", K.SOCIAL_PROTECTION, L.DISTRICT,
          ("Ijtimoiy nafaqalar", "Sociallıq járdem pulları", "Социальные пособия", "Social benefits"),
          ("Bolalik nafaqasi, moddiy yordam va boshqa ijtimoiy to‘lovlarni tayinlash.",
           "Назначение детских пособий, материальной помощи и других социальных выплат.",
           "Child benefit, financial aid and other social payments.")),
         ("disability-support", K.SOCIAL_PROTECTION, L.DISTRICT,
          ("Nogironligi bo‘lgan shaxslarni qo‘llab-quvvatlash", "Mayıplıǵı bar shaxslardı qollap-quwatlaw",
           "Поддержка людей с инвалидностью", "Support for people with disabilities"),
          ("Nogironlik guruhi, reabilitatsiya vositalari va imtiyozlar.",
           "Группа инвалидности, средства реабилитации и льготы.",
           "Disability status, rehabilitation aids and entitlements.")),
         ("low-income-families", K.SOCIAL_PROTECTION, L.DISTRICT,
          ("Kam ta’minlangan oilalarni qo‘llab-quvvatlash", "Az támiyinlengen shańaraqlardı qollap-quwatlaw",
           "Поддержка малообеспеченных семей", "Support for low-income families"),
          ("Ijtimoiy himoya yagona reyestriga kiritish va kam ta’minlangan oilalarga yordam.",
           "Включение в Единый реестр социальной защиты и помощь малообеспеченным семьям.",
           "Getting on the register of low-income families and the help they receive.")),
     ]),
    ("pensions",
     ("Pensiyalar", "Pensiyalar", "Пенсии", "Pensions"),
     ("Pensiya tayinlash, uning miqdori va to‘lanishi.",
      "Назначение, размер и выплата пенсий.",
      "Being granted a pension, its amount and its payment."),
     [
         ("pension-calculation", K.PENSION_FUND, L.DISTRICT,
          ("Pensiyani hisoblash", "Pensiyanı esaplaw", "Расчёт пенсии", "Pension calculation"),
          ("Pensiya tayinlash, ish stajini hisobga olish va pensiya miqdori.",
           "Назначение пенсии, учёт трудового стажа и размер пенсии.",
           "Being granted a pension, counting years of work and the amount paid.")),
         ("pension-payment-delay", K.PENSION_FUND, L.DISTRICT,
          ("Pensiya to‘lovining kechikishi", "Pensiya tólewiniń keshigiwi", "Задержка выплаты пенсии",
           "Delayed pension payments"),
          ("Pensiya yoki nafaqa o‘z vaqtida yoki to‘liq to‘lanmasligi.",
           "Пенсия или пособие выплачены не вовремя или не полностью.",
           "A pension or allowance paid late or not in full.")),
     ]),
    ("health",
     ("Sog‘liqni saqlash", "Densawlıqtı saqlaw", "Здравоохранение", "Health"),
     ("Poliklinikalar, shifoxonalar va dori-darmonlar.",
      "Поликлиники, больницы и лекарства.",
      "Polyclinics, hospitals and medicines."),
     [
         ("polyclinic-service", K.HEALTH, L.DISTRICT,
          ("Poliklinika xizmati", "Poliklinika xızmeti", "Работа поликлиники", "Polyclinic service"),
          ("Oilaviy shifokor, poliklinikada qabul, navbatlar va tibbiy ma’lumotnomalar.",
           "Семейный врач, приём в поликлинике, очереди и медицинские справки.",
           "Family doctors, appointments at the polyclinic, queues and medical certificates.")),
         ("medicines-supply", K.HEALTH, L.REGION,
          ("Dori-darmon bilan ta’minlash", "Dári-dármek penen támiyinlew", "Лекарственное обеспечение",
           "Medicines supply"),
          ("Bepul yoki imtiyozli dori-darmonlar, dorixonalarda dori yo‘qligi va narxlar.",
           "Бесплатные и льготные лекарства, нехватка лекарств в аптеках и цены.",
           "Free or subsidised medicines, medicines missing in pharmacies and prices.")),
         ("hospital-complaint", K.HEALTH, L.REGION,
          ("Shifoxonadagi tibbiy yordam", "Emlewxanadaǵı medicinalıq járdem", "Помощь в больнице",
           "Hospital care"),
          ("Shifoxonada davolanish sifati, xodimlarning munosabati va tez tibbiy yordam.",
           "Качество лечения в больнице, отношение персонала и скорая помощь.",
           "Quality of treatment in hospital, staff attitude and emergency care.")),
     ]),
    ("education",
     ("Ta’lim", "Bilimlendiriw", "Образование", "Education"),
     ("Bog‘chalar, maktablar va oliy ta’lim.",
      "Детские сады, школы и высшее образование.",
      "Kindergartens, schools and universities."),
     [
         ("kindergarten-place", K.EDUCATION, L.DISTRICT,
          ("Bog‘chadan joy olish", "Baqshadan orın alıw", "Место в детском саду", "Kindergarten places"),
          ("Bolani davlat bog‘chasiga joylashtirish va bog‘cha navbati.",
           "Устройство ребёнка в государственный детский сад и очередь в сад.",
           "Getting a child into a state kindergarten and the waiting list.")),
         ("school-issues", K.EDUCATION, L.DISTRICT,
          ("Maktab masalalari", "Mektep máseleleri", "Школьные вопросы", "School matters"),
          ("Maktabga qabul, o‘qitish sifati, darsliklar va maktab binosining holati.",
           "Приём в школу, качество обучения, учебники и состояние здания школы.",
           "School admission, teaching quality, textbooks and the school building.")),
         ("higher-education", K.MINISTRY, L.NATIONAL,
          ("Oliy ta’lim", "Joqarı bilim", "Высшее образование", "Higher education"),
          ("Oliy ta’lim muassasasiga qabul, kontrakt to‘lovi, stipendiya va diplomlar.",
           "Поступление в вуз, оплата контракта, стипендии и дипломы.",
           "University admission, tuition fees, grants and diplomas.")),
     ]),
    ("land",
     ("Yer va mulk", "Jer hám múlik", "Земля и имущество", "Land and property"),
     ("Yer ajratish, yer nizolari va mulkni ro‘yxatdan o‘tkazish.",
      "Выделение земли, земельные споры и регистрация имущества.",
      "Land allocation, land disputes and registering property."),
     [
         ("land-allocation", K.HOKIMIYAT, L.DISTRICT,
          ("Yer ajratish", "Jer ajıratıw", "Выделение земли", "Land allocation"),
          ("Uy-joy qurish yoki dehqonchilik uchun yer uchastkasi olish.",
           "Получение земельного участка под жильё или для сельского хозяйства.",
           "Getting a plot of land for a house or for farming.")),
         ("land-disputes", K.CADASTRE, L.DISTRICT,
          ("Yer nizolari", "Jer dawları", "Земельные споры", "Land disputes"),
          ("Yer chegaralari, qo‘shnilar bilan nizolar va yerdan foydalanish huquqi.",
           "Границы участков, споры с соседями и право пользования землёй.",
           "Plot boundaries, disputes with neighbours and the right to use land.")),
         ("property-registration", K.CADASTRE, L.DISTRICT,
          ("Ko‘chmas mulkni ro‘yxatdan o‘tkazish", "Qozǵalmaytuǵın múlikti dizimge alıw",
           "Регистрация недвижимости", "Property registration"),
          ("Uy yoki yerga egalik huquqini rasmiylashtirish va kadastr hujjatlari.",
           "Оформление права собственности на дом или землю и кадастровые документы.",
           "Registering ownership of a home or land and cadastre documents.")),
     ]),
    ("employment",
     ("Bandlik", "Bántlik", "Занятость", "Employment"),
     ("Ish topish, ish haqi va ishsizlik nafaqasi.",
      "Поиск работы, заработная плата и пособие по безработице.",
      "Finding work, wages and unemployment benefit."),
     [
         ("job-search", K.EMPLOYMENT, L.DISTRICT,
          ("Ish topish", "Jumıs tabıw", "Поиск работы", "Finding a job"),
          ("Bo‘sh ish o‘rinlari, kasbga o‘qitish va bandlik markazining yordami.",
           "Вакансии, профессиональное обучение и помощь центра занятости.",
           "Vacancies, vocational training and help from the employment centre.")),
         ("unpaid-wages", K.EMPLOYMENT, L.REGION,
          ("To‘lanmagan ish haqi", "Tólenbegen miynet haqı", "Невыплата заработной платы", "Unpaid wages"),
          ("Ish beruvchi ish haqini kechiktirishi yoki umuman to‘lamasligi.",
           "Работодатель задерживает или не выплачивает зарплату.",
           "An employer paying wages late or not at all.")),
         ("unemployment-benefit", K.EMPLOYMENT, L.DISTRICT,
          ("Ishsizlik nafaqasi", "Jumıssızlıq boyınsha járdem pulı", "Пособие по безработице",
           "Unemployment benefit"),
          ("Ishsiz sifatida ro‘yxatga olinish va ishsizlik nafaqasini olish.",
           "Регистрация в качестве безработного и получение пособия по безработице.",
           "Registering as unemployed and receiving unemployment benefit.")),
     ]),
    ("law-enforcement",
     ("Huquq-tartibot", "Huqıq-tártip", "Правопорядок", "Law enforcement"),
     ("Ichki ishlar organlari ishi, jamoat tartibi va oilaviy zo‘ravonlik.",
      "Работа органов внутренних дел, общественный порядок и домашнее насилие.",
      "The police, public order and domestic violence."),
     [
         ("police-conduct", K.INTERNAL_AFFAIRS, L.REGION,
          ("Ichki ishlar xodimlarining xatti-harakatlari", "Ishki isler xızmetkerleriniń is-háreketleri",
           "Действия сотрудников полиции", "Conduct of police officers"),
          ("Ichki ishlar xodimlarining qo‘polligi, harakatsizligi yoki qonunga zid harakatlari.",
           "Грубость, бездействие или незаконные действия сотрудников органов внутренних дел.",
           "Rudeness, inaction or unlawful acts of police officers.")),
         ("public-order", K.INTERNAL_AFFAIRS, L.DISTRICT,
          ("Jamoat tartibi", "Jámiyetlik tártip", "Общественный порядок", "Public order"),
          ("Shovqin, bezorilik, ko‘chadagi tartibsizliklar va profilaktika inspektorining ishi.",
           "Шум, хулиганство, беспорядки на улице и работа инспектора профилактики.",
           "Noise, hooliganism, disorder in the street and the work of the local police inspector.")),
         ("domestic-violence", K.INTERNAL_AFFAIRS, L.DISTRICT,
          ("Oilaviy zo‘ravonlik", "Shańaraqtaǵı zorlıq", "Домашнее насилие", "Domestic violence"),
          ("Oiladagi zo‘ravonlik, himoya orderi va jabrlanuvchilarga yordam (shoshilinch holatda 102 ga "
           "qo‘ng‘iroq qiling).",
           "Насилие в семье, охранный ордер и помощь пострадавшим (в экстренном случае звоните 102).",
           "Violence in the family, protection orders and help for victims (in an emergency call 102).")),
     ]),
    ("e-services",
     ("Elektron davlat xizmatlari", "Elektron mámleketlik xızmetler", "Электронные государственные услуги",
      "Public e-services"),
     ("my.gov.uz portali, davlat xizmatlari markazlari va hujjatlar olish.",
      "Портал my.gov.uz, центры государственных услуг и получение документов.",
      "The my.gov.uz portal, public service centres and getting documents."),
     [
         ("egov-portal", K.AGENCY, L.NATIONAL,
          ("my.gov.uz portalidagi muammolar", "my.gov.uz portalındaǵı máseleler", "Проблемы с порталом my.gov.uz",
           "Problems with my.gov.uz"),
          ("Yagona interaktiv davlat xizmatlari portalida ariza berish yoki xizmat olishdagi muammolar.",
           "Трудности с подачей заявлений и получением услуг на Едином портале интерактивных "
           "государственных услуг.",
           "Trouble applying for or getting a service on the Single Portal of Interactive Public Services.")),
         ("public-service-centre", K.PUBLIC_SERVICE_CENTRE, L.DISTRICT,
          ("Davlat xizmatlari markazlari", "Mámleketlik xızmetler orayları", "Центры государственных услуг",
           "Public service centres"),
          ("Davlat xizmatlari markazidagi navbatlar, xodimlarning munosabati va xizmat ko‘rsatish muddatlari.",
           "Очереди, отношение сотрудников и сроки оказания услуг в центрах госуслуг.",
           "Queues, staff attitude and waiting times at public service centres.")),
         ("documents-certificates", K.PUBLIC_SERVICE_CENTRE, L.DISTRICT,
          ("Hujjatlar va ma’lumotnomalar", "Hújjetler hám maǵlıwmatnamalar", "Документы и справки",
           "Documents and certificates"),
          ("Ma’lumotnomalar, guvohnomalar va boshqa hujjatlarni olish.",
           "Получение справок, свидетельств и других документов.",
           "Getting certificates, records and other documents.")),
     ]),
    ("corruption",
     ("Korrupsiya", "Korrupciya", "Коррупция", "Corruption"),
     ("Poraxo‘rlik va mansabdor shaxslarning qonunbuzarliklari.",
      "Взяточничество и нарушения закона должностными лицами.",
      "Bribery and officials breaking the law."),
     [
         ("bribery-report", K.ANTI_CORRUPTION, L.NATIONAL,
          ("Poraxo‘rlik haqida xabar berish", "Paraxorlıq haqqında xabar beriw", "Сообщение о взяточничестве",
           "Reporting bribery"),
          ("Mansabdor shaxs pora so‘ragani yoki olgani haqida xabar.",
           "Сообщение о том, что должностное лицо требовало или получило взятку.",
           "Reporting an official who asked for or took a bribe.")),
         ("official-misconduct", K.PROSECUTOR, L.REGION,
          ("Mansab vakolatini suiiste’mol qilish", "Lawazım wákilliklerin qıyanet etiw",
           "Злоупотребление должностными полномочиями", "Abuse of office"),
          ("Mansabdor shaxsning o‘z vakolatlarini shaxsiy manfaat uchun yoki qonunga zid ishlatishi.",
           "Использование должностным лицом своих полномочий в личных интересах или вопреки закону.",
           "An official using their powers for personal gain or against the law.")),
     ]),
    ("mahalla",
     ("Mahalla hayoti", "Máhálle turmısı", "Жизнь махалли", "Mahalla life"),
     ("Mahallani obodonlashtirish va mahalla fuqarolar yig‘ini ishi.",
      "Благоустройство махалли и работа схода граждан.",
      "Improving the neighbourhood and the work of the mahalla assembly."),
     [
         ("neighbourhood-improvement", K.HOKIMIYAT, L.DISTRICT,
          ("Mahallani obodonlashtirish", "Máhálleni abadanlastırıw", "Благоустройство махалли",
           "Improvement of the neighbourhood"),
          ("Mahalladagi bolalar maydonchalari, ko‘kalamzorlashtirish, ariqlar va umumiy joylar.",
           "Детские площадки, озеленение, арыки и общественные места в махалле.",
           "Playgrounds, trees and greenery, irrigation ditches and shared spaces in the neighbourhood.")),
         ("mahalla-assembly", K.MAHALLA_ASSEMBLY, L.MAHALLA,
          ("Mahalla fuqarolar yig‘ini faoliyati", "Máhálle puqaralar jıyınınıń xızmeti",
           "Работа схода граждан махалли", "Work of the mahalla assembly"),
          ("Mahalla raisi va fuqarolar yig‘ini ishi, ular beradigan ma’lumotnomalar va yordam.",
           "Работа председателя махалли и схода граждан, выдаваемые ими справки и помощь.",
           "The work of the mahalla chair and assembly, and the certificates and help they give.")),
     ]),
]


NAMED_BODIES = {
    "higher-education": "ministry-higher-education",
    "egov-portal": "agency-public-services",
}


def _fields(names: tuple, descriptions: tuple) -> dict:
    uz, kaa, ru, en = names
    desc_uz, desc_ru, desc_en = descriptions
    return {"name_uz": uz, "name_uz_cyrl": uz_cyrillic(uz), "name_kaa": kaa, "name_ru": ru, "name_en": en,
            "description_uz": desc_uz, "description_ru": desc_ru, "description_en": desc_en, "is_active": True}


@transaction.atomic
def load_categories() -> dict:
    """Create or update the taxonomy; returns counts of created/updated/unchanged."""
    existing = {c.code: c for c in Category.objects.all()}
    counts = {"created": 0, "updated": 0, "unchanged": 0}

    def upsert(code: str, fields: dict) -> Category:
        category = existing.get(code)
        if category is None:
            counts["created"] += 1
            category = existing[code] = Category.objects.create(code=code, **fields)
            return category
        changed = [name for name, value in fields.items() if getattr(category, name) != value]
        if changed:
            for name in changed:
                setattr(category, name, fields[name])
            category.save(update_fields=changed)
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
        return category

    # National topics that one named body answers (see Category.responsible_body).
    named_bodies = dict(
        Organisation.objects.filter(code__in=set(NAMED_BODIES.values())).values_list("code", "pk")
    )
    leaf_position = 0
    for group_position, (code, names, descriptions, leaves) in enumerate(TAXONOMY, start=1):
        group = upsert(code, {**_fields(names, descriptions), "parent_id": None, "responsible_kind": "",
                              "responsible_level": "", "position": group_position})
        for leaf_code, kind, level, leaf_names, leaf_descriptions in leaves:
            leaf_position += 1
            upsert(leaf_code, {**_fields(leaf_names, leaf_descriptions), "parent_id": group.pk,
                               "responsible_kind": str(kind), "responsible_level": str(level),
                               "position": leaf_position,
                               "responsible_body_id": named_bodies.get(NAMED_BODIES.get(leaf_code))})
    return counts
