"""Shared test ground: a small world with named personas.

Personas (as healthchecks' tests do with owner/colleague/outsider):
- citizen:      files appeals, sees only their own
- outsider:     another citizen with no appeals
- registrar_a, executor_a, head_a: officials of body A (Qarshi district hokimiyat)
- executor_b:   official of body B (Koson district hokimiyat), a sibling of A
- supervisor:   official of the Qashqadaryo regional hokimiyat, which supervises A and B
"""

from dataclasses import dataclass
from datetime import date

import pytest

from murojaat.accounts.identifiers import make_pinfl
from murojaat.accounts.models import Membership, Role, User
from murojaat.categories.models import Category
from murojaat.organisations.models import Level, Organisation, OrganisationKind
from murojaat.territories.models import Territory

PASSWORD = "correct-horse-battery-staple"


def pytest_addoption(parser):
    parser.addoption(
        "--clock",
        metavar="YYYY-MM-DDTHH:MM[:SS]",
        help="start every test at this local time (TIME_ZONE), the clock ticking from there: "
        "scripts/test.sh runs the suite again just before midnight on 31 December and just "
        "after midnight (when the UTC date is still the day before), where date arithmetic breaks",
    )


@pytest.fixture(autouse=True)
def clock_at_the_chosen_moment(request):
    moment = request.config.getoption("--clock")
    if not moment or request.node.get_closest_marker("real_clock"):
        yield
        return
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import time_machine
    from django.conf import settings

    start = datetime.fromisoformat(moment).replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
    with time_machine.travel(start, tick=True):
        yield


@pytest.fixture(autouse=True)
def english_outside_requests():
    """Tests read messages in English unless they choose a language: the
    default language is Uzbek, and requests choose theirs by Accept-Language."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def client():
    """A browser that asks for English, so page tests read the English texts
    (the site's default language is Uzbek). Tests of other languages send
    their own Accept-Language or language cookie."""
    from django.test import Client

    return Client(HTTP_ACCEPT_LANGUAGE="en")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # PBKDF2's deliberate slowness would dominate the suite's run time.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def fresh_work_calendar():
    """The work calendar is cached per process; a DayOff rolled back with a
    test must not leak into the next one."""
    from murojaat.deadlines.calendar import invalidate_calendar

    invalidate_calendar()
    yield
    invalidate_calendar()


@pytest.fixture(autouse=True)
def fresh_process_memos():
    """Reference rows are remembered per process (core/memo.py); rows rolled
    back with a test must not be found by the next one."""
    from murojaat.core.memo import forget_all

    forget_all()
    yield
    forget_all()


def territory(soato: str, name_uz: str, level: str, kind: str, parent=None, **names) -> Territory:
    obj, _ = Territory.objects.get_or_create(
        soato=soato, defaults={"name_uz": name_uz, "level": level, "kind": kind, "parent": parent, **names}
    )
    return obj


def organisation(code: str, name_uz: str, kind: str, level: str, territory=None, parent=None, **extra):
    obj, _ = Organisation.objects.get_or_create(
        code=code,
        defaults={"name_uz": name_uz, "kind": kind, "level": level, "territory": territory, "parent": parent,
                  **extra},
    )
    return obj


def category(code: str, name_uz: str, kind: str = "", level: str = "", parent=None) -> Category:
    obj, _ = Category.objects.get_or_create(
        code=code,
        defaults={"name_uz": name_uz, "responsible_kind": kind, "responsible_level": level, "parent": parent},
    )
    return obj


def official(username: str, org: Organisation, *roles: str) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, kind=User.Kind.OFFICIAL,
                                    first_name=username.title())
    for role in roles:
        Membership.objects.create(user=user, organisation=org, role=role)
    return user


@dataclass
class World:
    region: Territory
    district_a: Territory
    district_b: Territory
    regional_hokimiyat: Organisation
    body_a: Organisation
    body_b: Organisation
    gas_supplier: Organisation
    roads: Category
    gas: Category
    citizen: User
    outsider: User
    registrar_a: User
    executor_a: User
    head_a: User
    executor_b: User
    head_b: User
    supervisor: User


@pytest.fixture
def world(db) -> World:
    region = territory("1710", "Qashqadaryo viloyati", "region", "region", name_ru="Кашкадарьинская область")
    district_a = territory("1710224", "Qarshi tumani", "district", "district", region, name_ru="Каршинский район")
    district_b = territory("1710229", "Koson tumani", "district", "district", region, name_ru="Касанский район")
    regional = organisation("hokimiyat-1710", "Qashqadaryo viloyati hokimligi", OrganisationKind.HOKIMIYAT,
                            Level.REGION, region)
    body_a = organisation("hokimiyat-1710224", "Qarshi tumani hokimligi", OrganisationKind.HOKIMIYAT,
                          Level.DISTRICT, district_a, regional)
    body_b = organisation("hokimiyat-1710229", "Koson tumani hokimligi", OrganisationKind.HOKIMIYAT,
                          Level.DISTRICT, district_b, regional)
    gas = organisation("gas-1710", "Hududgaz Qashqadaryo", OrganisationKind.GAS_SUPPLIER, Level.REGION,
                       region)
    utilities = category("utilities", "Kommunal xizmatlar")
    roads_group = category("roads-transport", "Yo‘llar va transport")
    roads = category("road-repair", "Yo‘llarni ta’mirlash", OrganisationKind.HOKIMIYAT, Level.DISTRICT, roads_group)
    gas_cat = category("gas-supply", "Gaz ta’minoti", OrganisationKind.GAS_SUPPLIER, Level.REGION, utilities)

    citizen = User.objects.create_user(
        username="citizen", password=PASSWORD, first_name="Dilnoza", last_name="Karimova",
        pinfl=make_pinfl(birth_date=date(1990, 5, 17), sex="female", serial=1), sex="female",
        birth_date=date(1990, 5, 17), email="dilnoza@example.uz", phone="+998901234567",
    )
    outsider = User.objects.create_user(
        username="outsider", password=PASSWORD, first_name="Bobur", last_name="Aliyev",
        pinfl=make_pinfl(birth_date=date(1985, 1, 2), sex="male", serial=2),
    )
    return World(
        region=region, district_a=district_a, district_b=district_b, regional_hokimiyat=regional,
        body_a=body_a, body_b=body_b, gas_supplier=gas, roads=roads, gas=gas_cat,
        citizen=citizen, outsider=outsider,
        registrar_a=official("registrar_a", body_a, Role.REGISTRAR),
        executor_a=official("executor_a", body_a, Role.EXECUTOR),
        head_a=official("head_a", body_a, Role.HEAD),
        executor_b=official("executor_b", body_b, Role.EXECUTOR),
        head_b=official("head_b", body_b, Role.HEAD, Role.REGISTRAR),
        supervisor=official("supervisor", regional, Role.SUPERVISOR),
    )
