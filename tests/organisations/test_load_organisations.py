"""The demo tree of state bodies."""

import pytest

from murojaat.categories.models import Category
from murojaat.demo.categories import load_categories
from murojaat.demo.organisations import load_organisations, russian_genitive
from murojaat.organisations.jurisdiction import competent_body
from murojaat.organisations.models import Organisation
from murojaat.territories.models import Mahalla
from tests.conftest import territory


@pytest.fixture
def places(db):
    """The regions and districts the loader names explicitly (the territories
    migration, when present, has them already with the same codes)."""
    qashqadaryo = territory("1710", "Qashqadaryo viloyati", "region", "region", name_ru="Кашкадарьинская область",
                            name_en="Kashkadarya Region")
    karakalpakstan = territory("1735", "Qoraqalpog‘iston Respublikasi", "region", "republic",
                               name_ru="Республика Каракалпакстан", name_kaa="Qaraqalpaqstan Respublikası")
    tashkent = territory("1726", "Toshkent shahri", "region", "capital", name_ru="город Ташкент")
    return {
        "qashqadaryo": qashqadaryo,
        "qarshi_district": territory("1710224", "Qarshi tumani", "district", "district", qashqadaryo,
                                     name_ru="Каршинский район", name_en="Qarshi District"),
        "qarshi_city": territory("1710401", "Qarshi shahri", "district", "city", qashqadaryo,
                                 name_ru="город Карши", name_en="Qarshi City"),
        "koson": territory("1710229", "Koson tumani", "district", "district", qashqadaryo,
                           name_ru="Касанский район", name_en="Koson District"),
        "guzor": territory("1710207", "G‘uzor tumani", "district", "district", qashqadaryo,
                           name_ru="Гузарский район", name_en="Guzar District"),
        "nukus": territory("1735401", "Nukus shahri", "district", "city", karakalpakstan,
                           name_ru="город Нукус", name_kaa="Nókis qalası"),
        "chilonzor": territory("1726294", "Chilonzor tumani", "district", "district", tashkent,
                               name_ru="Чиланзарский район"),
    }


def by_code(code: str) -> Organisation:
    return Organisation.objects.select_related("parent").get(code=code)


def snapshot() -> list[tuple]:
    return list(Organisation.objects.order_by("code").values_list())


def test_a_second_load_changes_nothing(places):
    Mahalla.objects.create(territory=places["koson"], code="1710229-001", name_uz="Bahor")
    first = load_organisations()
    before = snapshot()

    second = load_organisations()

    assert first["created"] == len(before) > 0
    assert second == {"created": 0, "updated": 0, "unchanged": len(before)}
    assert snapshot() == before


def test_a_changed_body_is_put_back(places):
    load_organisations()
    Organisation.objects.filter(code="ministry-health").update(name_uz="Eski nom", is_active=False)

    counts = load_organisations()

    assert counts["updated"] == 1
    body = by_code("ministry-health")
    assert body.name_uz == "O‘zbekiston Respublikasi Sog‘liqni saqlash vazirligi" and body.is_active


def test_every_region_and_district_gets_its_hokimiyat(places):
    load_organisations()

    assert by_code("hokimiyat-1710").name_uz == "Qashqadaryo viloyati hokimligi"
    assert by_code("hokimiyat-1710").name_ru == "Хокимият Кашкадарьинской области"
    assert by_code("hokimiyat-1726").name_uz == "Toshkent shahar hokimligi"
    assert by_code("hokimiyat-1735").name_ru == "Совет Министров Республики Каракалпакстан"
    district = by_code("hokimiyat-1710224")
    assert (district.name_uz, district.name_ru) == ("Qarshi tumani hokimligi", "Хокимият Каршинского района")
    assert district.parent.code == "hokimiyat-1710"
    assert by_code("hokimiyat-1710401").name_ru == "Хокимият города Карши"
    assert by_code("hokimiyat-1710207").territory == places["guzor"]


def test_names_come_in_cyrillic_and_karakalpak_where_they_belong(places):
    load_organisations()

    assert by_code("hokimiyat-1710224").name_uz_cyrl == "Қарши тумани ҳокимлиги"
    assert by_code("agency-anti-corruption").name_uz_cyrl.startswith("Ўзбекистон Республикаси Коррупцияга")
    assert by_code("hokimiyat-1735").name_kaa == "Qaraqalpaqstan Respublikası Ministrler Keńesi"
    assert by_code("hokimiyat-1735401").name_kaa == "Nókis qalası hákimligi"
    assert by_code("hokimiyat-1710224").name_kaa == ""
    assert all(org.name_uz and org.name_uz_cyrl and org.name_en for org in Organisation.objects.all())


def test_parents_follow_supervision(places):
    load_organisations()

    assert by_code("health-1710224").parent.code == "health-1710"
    assert by_code("health-1710").parent.code == "ministry-health"
    assert by_code("gas-1710").parent.code == "gas"
    assert by_code("reception-1726294").parent.code == "reception-1726"
    assert by_code("psc-1735401").parent.code == "agency-public-services"
    assert by_code("pension-fund").parent.code == "ministry-economy"


def test_only_the_sample_districts_get_every_department(places):
    load_organisations()

    assert Organisation.objects.filter(territory=places["koson"], level="district").count() == 10
    assert Organisation.objects.filter(territory=places["guzor"]).count() == 1  # its hokimiyat


def test_mahalla_assemblies_come_from_the_mahallas_that_exist(places):
    bahor = Mahalla.objects.create(territory=places["koson"], code="1710229-001", name_uz="Bahor")
    Mahalla.objects.create(territory=places["guzor"], code="1710207-001", name_uz="Tinchlik")

    load_organisations()

    assembly = by_code("mahalla-1710229-001")
    assert (assembly.mahalla, assembly.level, assembly.parent.code) == (bahor, "mahalla", "hokimiyat-1710229")
    assert assembly.name_uz == "Bahor mahalla fuqarolar yig‘ini"
    assert not Organisation.objects.filter(code="mahalla-1710207-001").exists()


def test_contacts_look_real_but_are_demo(places):
    load_organisations()

    body = by_code("hokimiyat-1710224")
    assert body.email.endswith(".demo.uz")
    assert body.phone.startswith("+998 75 ")


def test_the_demo_tree_routes_the_demo_categories(places):
    load_organisations()
    load_categories()

    def route(code, place):
        return competent_body(category=Category.objects.get(code=code), territory=places[place]).code

    assert route("road-repair", "koson") == "hokimiyat-1710229"
    assert route("gas-supply", "koson") == "gas-1710"
    assert route("polyclinic-service", "koson") == "health-1710229"
    assert route("polyclinic-service", "guzor") == "health-1710"
    assert route("bribery-report", "nukus") == "agency-anti-corruption"
    assert route("egov-portal", "chilonzor") == "agency-public-services"
    assert route("official-misconduct", "qarshi_city") == "prosecutor-1710"


@pytest.mark.parametrize(
    ("nominative", "genitive"),
    [
        ("Каршинский район", "Каршинского района"),
        ("Кашкадарьинская область", "Кашкадарьинской области"),
        ("Республика Каракалпакстан", "Республики Каракалпакстан"),
        ("город Карши", "города Карши"),
        ("Мирзо-Улугбекский район", "Мирзо-Улугбекского района"),
    ],
)
def test_russian_names_are_declined_after_the_body(nominative, genitive):
    assert russian_genitive(nominative) == genitive
