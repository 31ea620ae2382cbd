"""Demo accounts: one official per role in a district hokimiyat and in a
ministry, a regional supervisor, a citizen, and an administrator. All share
settings.DEMO_PASSWORD; the README lists them.

Accounts that need a second factor (roles that see personal data, body
administrators, staff) get a confirmed authenticator device with one fixed,
published key, DEMO_TOTP_SECRET, so a reviewer can sign in: add the key to any
authenticator app, or print the current code with
`murojaat shell --no-imports -c "from murojaat.demo.people import demo_totp_code; print(demo_totp_code())"`.
The key exists only in demo data; a real account enrols its own app.
"""

import base64
from datetime import date

from django.conf import settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from murojaat.accounts.identifiers import make_pinfl
from murojaat.accounts.models import Membership, Role, User
from murojaat.organisations.models import Organisation

DISTRICT_BODY = "hokimiyat-1710224"  # Qarshi district hokimiyat, Qashqadaryo
MINISTRY = "ministry-health"
REGIONAL_BODY = "hokimiyat-1710"

# (user name, first name, last name, organisation code, roles)
OFFICIALS = [
    ("qarshi.registrar", "Gulnora", "Rahimova", DISTRICT_BODY, [Role.REGISTRAR]),
    ("qarshi.executor", "Jamshid", "Nurmatov", DISTRICT_BODY, [Role.EXECUTOR]),
    ("qarshi.executor2", "Malika", "Tosheva", DISTRICT_BODY, [Role.EXECUTOR]),
    ("qarshi.head", "Baxtiyor", "Qodirov", DISTRICT_BODY, [Role.HEAD]),
    ("qarshi.supervisor", "Shavkat", "Ergashev", DISTRICT_BODY, [Role.SUPERVISOR]),
    ("qarshi.admin", "Dilshod", "Yusupov", DISTRICT_BODY, [Role.ADMINISTRATOR]),
    ("health.registrar", "Nigora", "Saidova", MINISTRY, [Role.REGISTRAR]),
    ("health.executor", "Otabek", "Mirzayev", MINISTRY, [Role.EXECUTOR]),
    ("health.head", "Feruza", "Abdullayeva", MINISTRY, [Role.HEAD]),
    ("health.supervisor", "Rustam", "Karimov", MINISTRY, [Role.SUPERVISOR]),
    ("health.admin", "Sardor", "Xolmatov", MINISTRY, [Role.ADMINISTRATOR]),
    ("qashqadaryo.supervisor", "Aziz", "Jo‘rayev", REGIONAL_BODY, [Role.SUPERVISOR]),
]

# Base32, as authenticator apps take it (32 letters = 20 bytes). Public on purpose.
DEMO_TOTP_SECRET = "MUROJAATDEMOKEYFORREVIEWERSONLYX"
DEMO_DEVICE_NAME = "demo authenticator (published key)"

CITIZEN = "fuqaro"
CITIZEN_PINFL = make_pinfl(birth_date=date(1988, 7, 14), sex="female", district=224, serial=17)


def load_people() -> dict[str, int]:
    users = demo_users()
    return {"officials": len(OFFICIALS), "citizens": 1, "administrators": 1, "total": len(users)}


def demo_users() -> dict[str, User]:
    users: dict[str, User] = {}
    password = settings.DEMO_PASSWORD
    for username, first, last, org_code, roles in OFFICIALS:
        org = Organisation.objects.get(code=org_code)
        user, created = User.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "kind": User.Kind.OFFICIAL,
                "email": f"{username}@demo.murojaat.uz",
            },
        )
        if created:
            user.set_password(password)
            user.save(update_fields=["password"])
        for role in roles:
            Membership.objects.get_or_create(user=user, organisation=org, role=role)
        users[username] = user
    citizen, created = User.objects.get_or_create(
        username=CITIZEN,
        defaults={
            "first_name": "Dilnoza",
            "last_name": "Karimova",
            "middle_name": "Akmalovna",
            "kind": User.Kind.CITIZEN,
            "pinfl": CITIZEN_PINFL,
            "sex": "female",
            "birth_date": date(1988, 7, 14),
            "phone": "+998901234567",
            "email": "fuqaro@demo.murojaat.uz",
        },
    )
    if created:
        citizen.set_password(password)
        citizen.save(update_fields=["password"])
    users[CITIZEN] = citizen
    admin, created = User.objects.get_or_create(
        username="admin",
        defaults={
            "is_staff": True,
            "is_superuser": True,
            "kind": User.Kind.OFFICIAL,
            "first_name": "Tizim",
            "last_name": "Administratori",
        },
    )
    if created:
        admin.set_password(password)
        admin.save(update_fields=["password"])
    users["admin"] = admin
    demo_second_factors(users.values())
    return users


def demo_second_factors(users) -> int:
    """Give every demo account that needs a second factor the published demo
    key. Runs on each `murojaat demo`, so an older demo database gets them too."""
    from murojaat.accounts.second_factor import needs_second_factor

    key = base64.b32decode(DEMO_TOTP_SECRET).hex()
    made = 0
    for user in users:
        if not needs_second_factor(user):
            continue
        _device, created = TOTPDevice.objects.get_or_create(
            user=user, name=DEMO_DEVICE_NAME, defaults={"key": key, "confirmed": True}
        )
        made += created
    return made


def demo_totp_code() -> str:
    """The code an authenticator app with the demo key shows now."""
    return f"{totp(base64.b32decode(DEMO_TOTP_SECRET)):06d}"
