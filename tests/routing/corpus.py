"""A small labelled set of appeals written for these tests, in uz-Latn,
uz-Cyrl, kaa and ru: five kinds of matter, each with its own words."""

TRAINING = {
    "gas-supply": [
        "Mahallamizda uch kundan beri gaz yo‘q, uyda ovqat pishirib bo‘lmayapti.",
        "Gaz bosimi juda past, qozonxona ishlamayapti, iltimos gaz ta’minotini tiklang.",
        "Ko‘chamizga gaz quvuri tortilmagan, gaz o‘tkazib berishingizni so‘raymiz.",
        "Gaz hisoblagichi buzildi, gaz xizmati kelmayapti.",
        "Qishda gaz bosimi tushib ketadi, bolalar sovuqda qolmoqda.",
        "Gaz ballon berilmayapti, suyultirilgan gaz taqchil.",
        "Маҳалламизда газ йўқ, газ босими паст, ёрдам беринг.",
        "Газ ҳисоблагичини алмаштириб беришингизни сўрайман.",
        "Awılımızda gaz joq, gaz basımı tómen, járdem beriń.",
        "У нас в доме нет газа уже неделю, газовая служба не приезжает.",
        "Низкое давление газа, котел не работает, просим восстановить газоснабжение.",
        "Gaz quvuri teshilgan, gaz hidi kelyapti, xavfli.",
    ],
    "road-repair": [
        "Ko‘chamizdagi yo‘l butunlay buzilgan, chuqurlar ko‘p, asfalt qilib bering.",
        "Yo‘lda katta chuqur bor, mashinalar shikastlanmoqda, ta’mirlash kerak.",
        "Mahalladagi yo‘lga asfalt yotqizilmagan, yomg‘irda loy bo‘ladi.",
        "Ko‘prik oldidagi yo‘l o‘pirilib ketdi, yo‘lni ta’mirlang.",
        "Asfalt yo‘l yamog‘i sifatsiz qilingan, yana chuqurlar paydo bo‘ldi.",
        "Qishloqqa boradigan yo‘l tuproq, asfalt yotqizishni so‘raymiz.",
        "Кўчамиздаги йўл бузилган, чуқурлар кўп, асфальт қилиб беринг.",
        "Йўлда катта чуқур бор, таъмирлаш керак.",
        "Kóshedegi jol buzılǵan, shuqırlar kóp, asfalt tóseń.",
        "На нашей улице разбита дорога, огромные ямы, просим отремонтировать асфальт.",
        "Яма на проезжей части, машины ломаются, нужен ремонт дороги.",
        "Yo‘l chetidagi ariq yo‘lni yuvib ketdi, yo‘l o‘pirilgan.",
    ],
    "school-issues": [
        "Maktabimizda o‘qituvchi yetishmaydi, bolalar darsga kirmayapti.",
        "Maktab binosi eskirgan, sinfxonalarda isitish yo‘q.",
        "Maktabda darsliklar berilmadi, o‘quvchilar kitobsiz o‘qiyapti.",
        "Maktab oshxonasida ovqat sifatsiz, o‘quvchilar zaharlandi.",
        "Maktab direktori ota-onalardan pul yig‘moqda.",
        "Farzandimni maktabga qabul qilishmayapti, hujjatlarni olishmadi.",
        "Мактабимизда ўқитувчи етишмайди, дарслар ўтилмаяпти.",
        "Мактаб биносини таъмирлаш керак, синфларда совуқ.",
        "Mektepte oqıtıwshı jetispeydi, oqıwshılar sabaqqa kirmeydi.",
        "В школе не хватает учителей, дети сидят без уроков.",
        "Школа требует ремонта, в классах холодно, учебников нет.",
        "Maktab hovlisida sport maydonchasi yo‘q, o‘quvchilar jismoniy tarbiya qilolmaydi.",
    ],
    "pension-payment-delay": [
        "Nafaqam ikki oydan beri berilmayapti, pensiya kartamga pul tushmadi.",
        "Pensiya miqdori noto‘g‘ri hisoblangan, ish stajim hisobga olinmagan.",
        "Onamning pensiyasi kechikmoqda, pensiya jamg‘armasi javob bermayapti.",
        "Pensiyaga chiqish uchun hujjat topshirdim, hali pensiya tayinlanmadi.",
        "Nogironlik nafaqasi to‘xtatildi, sababini tushuntirishmadi.",
        "Pensiya kartasi bloklandi, pensiyani ololmayapman.",
        "Нафақам икки ойдан бери берилмаяпти, пенсия кечикмоқда.",
        "Пенсия миқдори нотўғри ҳисобланган, стажим ҳисобга олинмаган.",
        "Pensiyam eki aydan beri berilmey atır, pensiya qorı juwap bermeydi.",
        "Пенсию не платят второй месяц, пенсионный фонд не отвечает.",
        "Неправильно рассчитали пенсию, не учли трудовой стаж.",
        "Bobomning pensiyasi kamaytirildi, pensiya hisob-kitobini tekshiring.",
    ],
    "water-supply": [
        "Uyimizga ichimlik suvi kelmayapti, suv quvurlari quruq.",
        "Vodoprovod suvi loyqa, ichib bo‘lmaydi, suv sifatini tekshiring.",
        "Mahallada ichimlik suvi faqat kechasi keladi, suv bosimi past.",
        "Suv quvuri yorilib, ko‘chaga suv oqmoqda, suvni o‘chiring.",
        "Suv hisoblagichi noto‘g‘ri ko‘rsatmoqda, suv uchun ortiqcha to‘lov.",
        "Qishloqqa ichimlik suvi quvuri tortilmagan, suvni tashib ichamiz.",
        "Уйимизга ичимлик суви келмаяпти, сув қувурлари қуруқ.",
        "Сув лойқа, ичиб бўлмайди, сув сифатини текширинг.",
        "Úyimizge ishimlik suwı kelmey atır, suw qubırı qurǵaq.",
        "В доме нет холодной воды, из крана течет ржавая вода.",
        "Прорвало водопровод, вода течет по улице, нет питьевой воды.",
        "Suv tanqisligi tufayli tomorqaga suv yetmayapti, ichimlik suvi ham yo‘q.",
    ],
}

# Unseen paraphrases: none of these sentences is in TRAINING.
PARAPHRASES = [
    ("Bizning ko‘chada gaz yo‘q, gaz bosimi yo‘q, qozon ishlamayapti", "gas-supply"),
    ("Бизнинг кўчада газ йўқ, газ босими йўқ, қозон ишламаяпти", "gas-supply"),  # Cyrillic of the line above
    ("Дорога на нашей улице вся в ямах, сделайте ремонт", "road-repair"),
    ("Yo‘limiz chuqur bo‘lib ketgan, asfalt kerak", "road-repair"),
    ("Йўлимиз чуқур бўлиб кетган, асфальт керак", "road-repair"),
    ("Мактабда ўқитувчилар етишмайди, болалар дарссиз", "school-issues"),
    ("Maktabda o'qituvchilar yetishmaydi, bolalar darssiz", "school-issues"),
    ("Pensiyamni uch oydan beri berishmayapti", "pension-payment-delay"),
    ("Пенсиямни уч ойдан бери беришмаяпти", "pension-payment-delay"),
    ("Не выплачивают пенсию уже три месяца", "pension-payment-delay"),
    ("Ichimlik suvi yo‘q, quvurdan suv kelmayapti", "water-supply"),
    ("Ишимлик суўы жоқ, қубырдан суў келмей атыр", "water-supply"),  # Karakalpak Cyrillic
]


def training_rows():
    return [(text, label) for label, texts in TRAINING.items() for text in texts]
