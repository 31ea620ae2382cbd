"""A demo tree of state bodies: national, every region and district, and a few
districts in full detail.

`load_organisations()` may run any number of times: bodies are keyed on
`code` and a second run writes nothing unless a definition changed. It needs
the territories (migration territories/0002) and uses whatever mahallas exist.

Names are real bodies' official names in Uzbek Latin, Russian and English;
Uzbek Cyrillic is transliterated from the Latin; Karakalpak is given for the
bodies in Karakalpakstan. Contacts are obviously demo (…@….demo.uz).

Kinds follow the jurisdiction rule (`murojaat.organisations.jurisdiction`):
a national body whose field has its own kind (the Ministry of Health is kind
"health") carries that kind, so that an appeal with no local body of the kind
falls back to it; ministries without such a field keep the kind "ministry".
Parents follow supervision: district department -> regional department ->
ministry or agency.
"""

import functools
import re
import zlib
from dataclasses import dataclass

from django.db import transaction

from murojaat.language.scripts import latin_to_cyrillic
from murojaat.organisations.models import Level, Organisation
from murojaat.organisations.models import OrganisationKind as K
from murojaat.territories.models import Mahalla, Territory

KARAKALPAKSTAN = "1735"

# Districts that get every local department, a People's Reception and their
# mahalla assemblies: Qarshi city, Qarshi district, Koson, Chilonzor (Tashkent), Nukus city.
DETAILED_DISTRICTS = ["1710401", "1710224", "1710229", "1726294", "1735401"]

NATIONAL = [
    # code, kind, parent code, uz, ru, en
    ("peoples-reception", K.PEOPLES_RECEPTION, None,
     "O‘zbekiston Respublikasi Prezidentining Xalq qabulxonasi (Virtual qabulxona)",
     "Народная приёмная Президента Республики Узбекистан (Виртуальная приёмная)",
     "People's Reception of the President of the Republic of Uzbekistan (Virtual Reception)"),
    ("ministry-health", K.HEALTH, None,
     "O‘zbekiston Respublikasi Sog‘liqni saqlash vazirligi",
     "Министерство здравоохранения Республики Узбекистан",
     "Ministry of Health of the Republic of Uzbekistan"),
    ("ministry-education", K.EDUCATION, None,
     "O‘zbekiston Respublikasi Maktabgacha va maktab ta’limi vazirligi",
     "Министерство дошкольного и школьного образования Республики Узбекистан",
     "Ministry of Preschool and School Education of the Republic of Uzbekistan"),
    ("ministry-higher-education", K.MINISTRY, None,
     "O‘zbekiston Respublikasi Oliy ta’lim, fan va innovatsiyalar vazirligi",
     "Министерство высшего образования, науки и инноваций Республики Узбекистан",
     "Ministry of Higher Education, Science and Innovation of the Republic of Uzbekistan"),
    ("ministry-employment", K.EMPLOYMENT, None,
     "O‘zbekiston Respublikasi Bandlik va kambag‘allikni qisqartirish vazirligi",
     "Министерство занятости и сокращения бедности Республики Узбекистан",
     "Ministry of Employment and Poverty Reduction of the Republic of Uzbekistan"),
    ("ministry-internal-affairs", K.INTERNAL_AFFAIRS, None,
     "O‘zbekiston Respublikasi Ichki ishlar vazirligi",
     "Министерство внутренних дел Республики Узбекистан",
     "Ministry of Internal Affairs of the Republic of Uzbekistan"),
    ("ministry-justice", K.MINISTRY, None,
     "O‘zbekiston Respublikasi Adliya vazirligi",
     "Министерство юстиции Республики Узбекистан",
     "Ministry of Justice of the Republic of Uzbekistan"),
    ("ministry-digital", K.MINISTRY, None,
     "O‘zbekiston Respublikasi Raqamli texnologiyalar vazirligi",
     "Министерство цифровых технологий Республики Узбекистан",
     "Ministry of Digital Technologies of the Republic of Uzbekistan"),
    ("ministry-construction", K.MINISTRY, None,
     "O‘zbekiston Respublikasi Qurilish va uy-joy kommunal xo‘jaligi vazirligi",
     "Министерство строительства и жилищно-коммунального хозяйства Республики Узбекистан",
     "Ministry of Construction and Housing and Communal Services of the Republic of Uzbekistan"),
    ("ministry-energy", K.MINISTRY, None,
     "O‘zbekiston Respublikasi Energetika vazirligi",
     "Министерство энергетики Республики Узбекистан",
     "Ministry of Energy of the Republic of Uzbekistan"),
    ("ministry-economy", K.MINISTRY, None,
     "O‘zbekiston Respublikasi Iqtisodiyot va moliya vazirligi",
     "Министерство экономики и финансов Республики Узбекистан",
     "Ministry of Economy and Finance of the Republic of Uzbekistan"),
    ("agency-public-services", K.AGENCY, "ministry-justice",
     "Adliya vazirligi huzuridagi Davlat xizmatlari agentligi",
     "Агентство государственных услуг при Министерстве юстиции",
     "Public Services Agency under the Ministry of Justice"),
    ("agency-anti-corruption", K.ANTI_CORRUPTION, None,
     "O‘zbekiston Respublikasi Korrupsiyaga qarshi kurashish agentligi",
     "Агентство по противодействию коррупции Республики Узбекистан",
     "Anti-Corruption Agency of the Republic of Uzbekistan"),
    ("agency-cadastre", K.CADASTRE, "ministry-economy",
     "Iqtisodiyot va moliya vazirligi huzuridagi Kadastr agentligi",
     "Кадастровое агентство при Министерстве экономики и финансов",
     "Cadastre Agency under the Ministry of Economy and Finance"),
    ("agency-social-protection", K.SOCIAL_PROTECTION, None,
     "O‘zbekiston Respublikasi Prezidenti huzuridagi Ijtimoiy himoya milliy agentligi",
     "Национальное агентство социальной защиты при Президенте Республики Узбекистан",
     "National Agency for Social Protection under the President of the Republic of Uzbekistan"),
    ("pension-fund", K.PENSION_FUND, "ministry-economy",
     "Iqtisodiyot va moliya vazirligi huzuridagi Budjetdan tashqari Pensiya jamg‘armasi",
     "Внебюджетный Пенсионный фонд при Министерстве экономики и финансов",
     "Off-Budget Pension Fund under the Ministry of Economy and Finance"),
    ("prosecutor-general", K.PROSECUTOR, None,
     "O‘zbekiston Respublikasi Bosh prokuraturasi",
     "Генеральная прокуратура Республики Узбекистан",
     "Prosecutor General's Office of the Republic of Uzbekistan"),
    ("gas", K.GAS_SUPPLIER, "ministry-energy",
     "“Hududgazta’minot” aksiyadorlik jamiyati (Hududgaz)",
     "АО «Худудгазтаъминот» (Худудгаз)",
     "Hududgaztaminot JSC (Hududgaz)"),
    ("electricity", K.ELECTRICITY_SUPPLIER, "ministry-energy",
     "“Hududiy elektr tarmoqlari” aksiyadorlik jamiyati",
     "АО «Региональные электрические сети»",
     "Regional Electrical Power Networks JSC"),
    ("water", K.WATER_SUPPLIER, "ministry-construction",
     "“O‘zsuvta’minot” aksiyadorlik jamiyati",
     "АО «Узсувтаъминот»",
     "Uzsuvtaminot JSC"),
]


@dataclass(frozen=True)
class RegionNames:
    """The grammatical forms a region's name takes inside a body's name."""

    uz: str  # attributive: "Qashqadaryo viloyati (hokimligi)"
    uz_loc: str  # "Qashqadaryo viloyatidagi (Xalq qabulxonasi)"
    short_uz: str  # "Hududgaz Qashqadaryo"
    ru_gen: str  # "(Хокимият) Кашкадарьинской области"
    ru_in: str  # "(Народная приёмная …) в Кашкадарьинской области"
    ru_by: str  # "(Филиал …) по Кашкадарьинской области"
    short_ru: str
    en: str
    short_en: str
    phone_area: str


def _oblast(uz, short_uz, ru_adj_gen, short_ru, en, area) -> RegionNames:
    return RegionNames(
        uz=f"{uz} viloyati", uz_loc=f"{uz} viloyatidagi", short_uz=short_uz,
        ru_gen=f"{ru_adj_gen} области", ru_in=f"в {ru_adj_gen} области", ru_by=f"по {ru_adj_gen} области",
        short_ru=short_ru, en=f"{en} Region", short_en=en, phone_area=area,
    )


REGIONS = {
    "1703": _oblast("Andijon", "Andijon", "Андижанской", "Андижан", "Andijan", "74"),
    "1706": _oblast("Buxoro", "Buxoro", "Бухарской", "Бухара", "Bukhara", "65"),
    "1708": _oblast("Jizzax", "Jizzax", "Джизакской", "Джизак", "Jizzakh", "72"),
    "1710": _oblast("Qashqadaryo", "Qashqadaryo", "Кашкадарьинской", "Кашкадарья", "Kashkadarya", "75"),
    "1712": _oblast("Navoiy", "Navoiy", "Навоийской", "Навои", "Navoi", "79"),
    "1714": _oblast("Namangan", "Namangan", "Наманганской", "Наманган", "Namangan", "69"),
    "1718": _oblast("Samarqand", "Samarqand", "Самаркандской", "Самарканд", "Samarkand", "66"),
    "1722": _oblast("Surxondaryo", "Surxondaryo", "Сурхандарьинской", "Сурхандарья", "Surkhandarya", "76"),
    "1724": _oblast("Sirdaryo", "Sirdaryo", "Сырдарьинской", "Сырдарья", "Syrdarya", "67"),
    "1726": RegionNames(
        uz="Toshkent shahar", uz_loc="Toshkent shahridagi", short_uz="Toshkent shahar",
        ru_gen="города Ташкента", ru_in="в городе Ташкенте", ru_by="по городу Ташкенту",
        short_ru="Ташкент", en="Tashkent City", short_en="Tashkent City", phone_area="71",
    ),
    "1727": _oblast("Toshkent", "Toshkent viloyati", "Ташкентской", "Ташкентская область", "Tashkent", "70"),
    "1730": _oblast("Farg‘ona", "Farg‘ona", "Ферганской", "Фергана", "Fergana", "73"),
    "1733": _oblast("Xorazm", "Xorazm", "Хорезмской", "Хорезм", "Khorezm", "62"),
    KARAKALPAKSTAN: RegionNames(
        uz="Qoraqalpog‘iston Respublikasi", uz_loc="Qoraqalpog‘iston Respublikasidagi",
        short_uz="Qoraqalpog‘iston", ru_gen="Республики Каракалпакстан", ru_in="в Республике Каракалпакстан",
        ru_by="по Республике Каракалпакстан", short_ru="Каракалпакстан", en="the Republic of Karakalpakstan",
        short_en="Karakalpakstan", phone_area="61",
    ),
}

# Karakalpakstan is a republic: a Council of Ministers instead of a hokimiyat,
# ministries of its own instead of regional departments.
KARAKALPAKSTAN_BODIES = {
    "hokimiyat": (
        "Qoraqalpog‘iston Respublikasi Vazirlar Kengashi", "Совет Министров Республики Каракалпакстан",
        "Council of Ministers of the Republic of Karakalpakstan", "Qaraqalpaqstan Respublikası Ministrler Keńesi"),
    "reception": (
        "O‘zbekiston Respublikasi Prezidentining Qoraqalpog‘iston Respublikasidagi Xalq qabulxonasi",
        "Народная приёмная Президента Республики Узбекистан в Республике Каракалпакстан",
        "People's Reception of the President of the Republic of Uzbekistan in the Republic of Karakalpakstan",
        "Ózbekstan Respublikası Prezidentiniń Qaraqalpaqstan Respublikasındaǵı Xalıq qabıllawxanası"),
    "gas": (
        "“Hududgaz Qoraqalpog‘iston” gaz ta’minoti filiali", "Филиал «Худудгаз Каракалпакстан»",
        "Hududgaz Karakalpakstan gas supply branch", "“Hududgaz Qaraqalpaqstan” gaz támiynatı filialı"),
    "electricity": (
        "Qoraqalpog‘iston hududiy elektr tarmoqlari korxonasi",
        "Территориальные электрические сети Республики Каракалпакстан",
        "Regional Electric Networks of the Republic of Karakalpakstan", "Qaraqalpaqstan aymaqlıq elektr tarmaqları kárxanası"),
    "water": (
        "“O‘zsuvta’minot” AJ Qoraqalpog‘iston Respublikasi filiali",
        "Филиал АО «Узсувтаъминот» по Республике Каракалпакстан",
        "Uzsuvtaminot JSC branch in the Republic of Karakalpakstan",
        "“O‘zsuvta’minot” AJ Qaraqalpaqstan Respublikası filialı"),
    "health": (
        "Qoraqalpog‘iston Respublikasi Sog‘liqni saqlash vazirligi",
        "Министерство здравоохранения Республики Каракалпакстан",
        "Ministry of Health of the Republic of Karakalpakstan",
        "Qaraqalpaqstan Respublikası Densawlıqtı saqlaw ministrligi"),
    "internal-affairs": (
        "Qoraqalpog‘iston Respublikasi Ichki ishlar vazirligi",
        "Министерство внутренних дел Республики Каракалпакстан",
        "Ministry of Internal Affairs of the Republic of Karakalpakstan",
        "Qaraqalpaqstan Respublikası Ishki isler ministrligi"),
    "employment": (
        "Qoraqalpog‘iston Respublikasi Bandlik va kambag‘allikni qisqartirish vazirligi",
        "Министерство занятости и сокращения бедности Республики Каракалпакстан",
        "Ministry of Employment and Poverty Reduction of the Republic of Karakalpakstan",
        "Qaraqalpaqstan Respublikası Bántlik hám kambaǵallıqtı qısqartıw ministrligi"),
    "prosecutor": (
        "Qoraqalpog‘iston Respublikasi prokuraturasi", "Прокуратура Республики Каракалпакстан",
        "Prosecutor's Office of the Republic of Karakalpakstan", "Qaraqalpaqstan Respublikası prokuraturası"),
}

# prefix -> (kind, parent code, names built from a RegionNames)
REGIONAL_BODIES = {
    "hokimiyat": (K.HOKIMIYAT, None, lambda r: (
        f"{r.uz} hokimligi", f"Хокимият {r.ru_gen}", f"Hokimiyat of {r.en}")),
    "reception": (K.PEOPLES_RECEPTION, "peoples-reception", lambda r: (
        f"O‘zbekiston Respublikasi Prezidentining {r.uz_loc} Xalq qabulxonasi",
        f"Народная приёмная Президента Республики Узбекистан {r.ru_in}",
        f"People's Reception of the President of the Republic of Uzbekistan in {r.en}")),
    "gas": (K.GAS_SUPPLIER, "gas", lambda r: (
        f"“Hududgaz {r.short_uz}” gaz ta’minoti filiali", f"Филиал «Худудгаз {r.short_ru}»",
        f"Hududgaz {r.short_en} gas supply branch")),
    "electricity": (K.ELECTRICITY_SUPPLIER, "electricity", lambda r: (
        f"{r.short_uz} hududiy elektr tarmoqlari korxonasi", f"Территориальные электрические сети {r.ru_gen}",
        f"Regional Electric Networks of {r.en}")),
    "water": (K.WATER_SUPPLIER, "water", lambda r: (
        f"“O‘zsuvta’minot” AJ {r.uz} filiali", f"Филиал АО «Узсувтаъминот» {r.ru_by}",
        f"Uzsuvtaminot JSC branch in {r.en}")),
    "health": (K.HEALTH, "ministry-health", lambda r: (
        f"{r.uz} sog‘liqni saqlash boshqarmasi", f"Управление здравоохранения {r.ru_gen}",
        f"Health Department of {r.en}")),
    "internal-affairs": (K.INTERNAL_AFFAIRS, "ministry-internal-affairs", lambda r: (
        f"{r.uz} ichki ishlar boshqarmasi", f"Управление внутренних дел {r.ru_gen}",
        f"Internal Affairs Department of {r.en}")),
    "employment": (K.EMPLOYMENT, "ministry-employment", lambda r: (
        f"{r.uz} bandlik va kambag‘allikni qisqartirish boshqarmasi",
        f"Управление занятости и сокращения бедности {r.ru_gen}",
        f"Employment and Poverty Reduction Department of {r.en}")),
    "prosecutor": (K.PROSECUTOR, "prosecutor-general", lambda r: (
        f"{r.uz} prokuraturasi", f"Прокуратура {r.ru_gen}", f"Prosecutor's Office of {r.en}")),
}

# prefix -> (kind, parent code, uz, ru, en, kaa); `{region}` is the SOATO of the
# district's region, `{d}` the district's name, `{gen}` its Russian genitive.
DISTRICT_BODIES = {
    "social-protection": (K.SOCIAL_PROTECTION, "agency-social-protection",
                          "{d} ijtimoiy himoya bo‘limi", "Отдел социальной защиты {gen}",
                          "Social Protection Department of {d}", "{d} sociallıq qorǵaw bólimi"),
    "pension": (K.PENSION_FUND, "pension-fund",
                "{d} pensiya jamg‘armasi bo‘limi", "Отдел Пенсионного фонда {gen}",
                "Pension Fund Office of {d}", "{d} pensiya qorı bólimi"),
    "health": (K.HEALTH, "health-{region}",
               "{d} tibbiyot birlashmasi", "Медицинское объединение {gen}",
               "Medical Association (polyclinics) of {d}", "{d} medicinalıq birlespesi"),
    "education": (K.EDUCATION, "ministry-education",
                  "{d} maktabgacha va maktab ta’limi bo‘limi", "Отдел дошкольного и школьного образования {gen}",
                  "Preschool and School Education Department of {d}",
                  "{d} mektepke shekemgi hám mektep bilimlendiriw bólimi"),
    "employment": (K.EMPLOYMENT, "employment-{region}",
                   "{d} bandlikka ko‘maklashish markazi", "Центр содействия занятости {gen}",
                   "Employment Assistance Centre of {d}", "{d} bántlikke kómeklesiw orayı"),
    "internal-affairs": (K.INTERNAL_AFFAIRS, "internal-affairs-{region}",
                         "{d} ichki ishlar bo‘limi", "Отдел внутренних дел {gen}",
                         "Internal Affairs Department of {d}", "{d} ishki isler bólimi"),
    "cadastre": (K.CADASTRE, "agency-cadastre",
                 "{d} kadastr bo‘limi", "Отдел кадастра {gen}",
                 "Cadastre Office of {d}", "{d} kadastr bólimi"),
    "psc": (K.PUBLIC_SERVICE_CENTRE, "agency-public-services",
            "{d} davlat xizmatlari markazi", "Центр государственных услуг {gen}",
            "Public Service Centre of {d}", "{d} mámleketlik xızmetler orayı"),
    "reception": (K.PEOPLES_RECEPTION, "reception-{region}",
                  "{d} Xalq qabulxonasi", "Народная приёмная {gen}",
                  "People's Reception of {d}", "{d} Xalıq qabıllawxanası"),
}

# alifbo spells loanwords as the Latin does, but Cyrillic Uzbek keeps the Russian
# spelling of them; it also quotes with «», not “”.
_CYRILLIC_LOANWORDS = {"оррупсия": "оррупция", "Буджет": "Бюджет", "буджет": "бюджет", "“": "«", "”": "»"}
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def uz_cyrillic(latin: str) -> str:
    """Uzbek Latin to Cyrillic, leaving web addresses such as my.gov.uz alone."""
    # Word by word, cached: hundreds of names repeat "tumani", "hokimligi"…, and
    # alifbo's rules do not look across spaces.
    return " ".join(_word_to_cyrillic(word) for word in latin.split(" "))


@functools.lru_cache(maxsize=4096)
def _word_to_cyrillic(word: str) -> str:
    if _DOMAIN.fullmatch(word.strip("()“”,.")):
        return word
    text = latin_to_cyrillic(word)
    for wrong, right in _CYRILLIC_LOANWORDS.items():
        text = text.replace(wrong, right)
    return text


_RU_ADJECTIVE_GENITIVE = [("ский", "ского"), ("цкий", "цкого"), ("ый", "ого"), ("ой", "ого"), ("ий", "его"),
                          ("ская", "ской"), ("цкая", "цкой"), ("ая", "ой"), ("яя", "ей")]
_RU_NOUN_GENITIVE = {"район": "района", "область": "области", "город": "города", "Республика": "Республики"}


def russian_genitive(name: str, *, is_city: bool = False) -> str:
    """'Каршинский район' -> 'Каршинского района', 'город Карши' -> 'города Карши'.

    Covers how SOATO names districts, cities and regions; anything else is
    returned as it is, which reads acceptably after 'Хокимият'."""
    words = name.split()
    if not words:
        return name
    declined = []
    for word in words:
        if word in _RU_NOUN_GENITIVE:
            declined.append(_RU_NOUN_GENITIVE[word])
            continue
        for ending, genitive in _RU_ADJECTIVE_GENITIVE:
            if word.endswith(ending) and words[-1] in ("район", "область"):
                word = word[: -len(ending)] + genitive
                break
        declined.append(word)
    if is_city and len(words) == 1:
        return f"города {name}"
    return " ".join(declined)


def _district_names(district: Territory) -> dict:
    return {
        "d": district.name_uz,
        "gen": russian_genitive(district.name_ru, is_city=district.kind == Territory.Kind.CITY)
        if district.name_ru else "",
        "en": district.name_en or district.name_uz,
        "kaa": district.name_kaa,
    }


def _region_names(region: Territory) -> RegionNames:
    if region.soato in REGIONS:
        return REGIONS[region.soato]
    # A region we have no hand-written forms for (tests build their own).
    gen = russian_genitive(region.name_ru) if region.name_ru else region.name_uz
    return RegionNames(
        uz=region.name_uz, uz_loc=f"{region.name_uz}dagi", short_uz=region.name_uz, ru_gen=gen,
        ru_in=f"в {gen}", ru_by=f"по {gen}", short_ru=region.name_ru or region.name_uz,
        en=region.name_en or region.name_uz, short_en=region.name_en or region.name_uz, phone_area="71",
    )


def _contacts(code: str, area: str) -> dict:
    # Deterministic, so that a second load changes nothing.
    n = zlib.crc32(code.encode()) % 10_000
    return {"email": f"murojaat@{code}.demo.uz", "phone": f"+998 {area} 2{n // 100:02d} {n % 100:02d} 00"}


class _Loader:
    def __init__(self):
        self.existing = {org.code: org for org in Organisation.objects.all()}
        self.counts = {"created": 0, "updated": 0, "unchanged": 0}

    def upsert(self, code: str, *, kind, level, names: tuple, parent: str | None = None, territory=None,
               mahalla=None, area: str = "71", address: str = "") -> Organisation:
        uz, ru, en, *rest = names
        kaa = rest[0] if rest else ""
        fields = {
            "kind": str(kind), "level": str(level), "name_uz": uz, "name_uz_cyrl": uz_cyrillic(uz),
            "name_ru": ru, "name_en": en, "name_kaa": kaa,
            "parent_id": self.existing[parent].pk if parent else None,
            "territory_id": territory.pk if territory else None, "mahalla_id": mahalla.pk if mahalla else None,
            "address": address, "is_active": True, **_contacts(code, area),
        }
        org = self.existing.get(code)
        if org is None:
            org = Organisation.objects.create(code=code, **fields)
            self.existing[code] = org
            self.counts["created"] += 1
            return org
        changed = [name for name, value in fields.items() if getattr(org, name) != value]
        if changed:
            for name in changed:
                setattr(org, name, fields[name])
            org.save(update_fields=changed)
            self.counts["updated"] += 1
        else:
            self.counts["unchanged"] += 1
        return org


@transaction.atomic
def load_organisations() -> dict:
    """Create or update the demo bodies; returns counts of created/updated/unchanged."""
    loader = _Loader()
    for code, kind, parent, uz, ru, en in NATIONAL:
        loader.upsert(code, kind=kind, level=Level.NATIONAL, names=(uz, ru, en), parent=parent,
                      address="Toshkent shahri")

    regions = list(Territory.objects.filter(level=Territory.Level.REGION).order_by("soato"))
    for region in regions:
        names = _region_names(region)
        for prefix, (kind, parent, build) in REGIONAL_BODIES.items():
            if region.soato == KARAKALPAKSTAN:
                body_names = KARAKALPAKSTAN_BODIES[prefix]
            else:
                body_names = build(names)
            loader.upsert(f"{prefix}-{region.soato}", kind=kind, level=Level.REGION, names=body_names,
                          parent=parent, territory=region, area=names.phone_area, address=names.uz)

    districts = Territory.objects.filter(level=Territory.Level.DISTRICT).select_related("parent")
    for district in districts.order_by("soato"):
        if district.parent is None:
            continue
        region_code = district.parent.soato
        d = _district_names(district)
        area = _region_names(district.parent).phone_area
        loader.upsert(
            f"hokimiyat-{district.soato}", kind=K.HOKIMIYAT, level=Level.DISTRICT, territory=district,
            parent=f"hokimiyat-{region_code}", area=area, address=d["d"],
            names=(f"{d['d']} hokimligi", f"Хокимият {d['gen']}" if d["gen"] else "", f"Hokimiyat of {d['en']}",
                   f"{d['kaa']} hákimligi" if d["kaa"] and region_code == KARAKALPAKSTAN else ""),
        )

    for district in districts.filter(soato__in=DETAILED_DISTRICTS).order_by("soato"):
        _load_district_detail(loader, district)
    return loader.counts


def _load_district_detail(loader: _Loader, district: Territory) -> None:
    region_code = district.parent.soato
    d = _district_names(district)
    area = _region_names(district.parent).phone_area
    in_karakalpakstan = region_code == KARAKALPAKSTAN
    for prefix, (kind, parent, uz, ru, en, kaa) in DISTRICT_BODIES.items():
        loader.upsert(
            f"{prefix}-{district.soato}", kind=kind, level=Level.DISTRICT, territory=district,
            parent=parent.format(region=region_code), area=area, address=d["d"],
            names=(uz.format(d=d["d"]), ru.format(gen=d["gen"]) if d["gen"] else "", en.format(d=d["en"]),
                   kaa.format(d=d["kaa"]) if d["kaa"] and in_karakalpakstan else ""),
        )
    for mahalla in Mahalla.objects.filter(territory=district).order_by("code"):
        loader.upsert(
            f"mahalla-{mahalla.code}", kind=K.MAHALLA_ASSEMBLY, level=Level.MAHALLA, territory=district,
            mahalla=mahalla, parent=f"hokimiyat-{district.soato}", area=area, address=d["d"],
            names=_mahalla_assembly_names(mahalla, in_karakalpakstan),
        )


def _mahalla_assembly_names(mahalla: Mahalla, in_karakalpakstan: bool) -> tuple:
    name = mahalla.name_uz
    if re.search(r"\b(MFY|mahalla)", name, re.IGNORECASE):
        uz = name  # the register already says what it is
    else:
        uz = f"{name} mahalla fuqarolar yig‘ini"
    ru = f"Сход граждан махалли «{mahalla.name_ru or name}»"
    en = f"{mahalla.name_en or name} mahalla citizens' assembly"
    kaa = f"{mahalla.name_kaa or name} máhálle puqaralar jıyını" if in_karakalpakstan else ""
    return uz, ru, en, kaa
