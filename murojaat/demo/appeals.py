"""Demo appeals: a year of realistic traffic, produced by the real lifecycle.

Nothing here writes an appeal row directly: each appeal is submitted through
`actions.appeal_submit` at its received time and then taken, step by step, as
far as a body would have taken it by now (registered, forwarded, extended,
answered, closed, rated, contested, left without consideration), with the
dates those steps would have had. So the deadlines, timeline and audit chain
of the demo are exactly what production would hold.

The mix follows what my.gov.uz reports (../shared/seeds/004_*): channels
(portal 2.4M, service centres 0.8M, post 20,038, consulates 802 of 5.1M),
applicants (99.42% individuals), sex (53.42% men) and age bands (under 18
1.83%, 18-24 17.41%, 25-34 30.98%, 35-44 24.90%, 45-54 13.39%, 55+ 11.48%),
and users by region.
"""

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from murojaat.accounts.identifiers import make_pinfl
from murojaat.accounts.models import Membership, Role
from murojaat.appeals import actions, intake
from murojaat.appeals.models import Status
from murojaat.categories.models import Category
from murojaat.core.errors import DomainError
from murojaat.core.i18n import localized
from murojaat.demo.texts import compose_answer, compose_appeal, compose_conclusion, compose_rating_comment
from murojaat.organisations.models import Organisation
from murojaat.territories.models import Mahalla, Territory

# Users of my.gov.uz by region (seed paper); "0.1 mln" read as 100,000.
REGION_WEIGHTS = {
    "1735": 81255, "1712": 53822, "1727": 100000, "1703": 100000, "1714": 100000, "1730": 100000,
    "1706": 79783, "1718": 100000, "1733": 75484, "1708": 85174, "1726": 100000, "1724": 78585,
    "1722": 75945, "1710": 100000,
}
# The demo officials work in Qarshi district: give it a full inbox.
SHOWCASE_DISTRICT, SHOWCASE_SHARE = "1710224", 0.12
# Some people write straight to a ministry; the demo's Ministry of Health gets those.
MINISTRY_SHOWCASE, MINISTRY_TOPICS, MINISTRY_SHARE = "ministry-health", ("polyclinic-service",
                                                                         "medicines-supply",
                                                                         "hospital-complaint"), 0.25
CHANNELS = {"web": 47.0, "psc_operator": 15.7, "mobile": 15.0, "peoples_reception": 10.0, "telegram": 6.5,
            "trust_line": 5.0, "post": 0.4, "consulate": 0.02}
KINDS = {"application": 55, "complaint": 35, "suggestion": 10}
AGE_BANDS = {(14, 17): 1.83, (18, 24): 17.41, (25, 34): 30.98, (35, 44): 24.90, (45, 54): 13.39, (55, 80): 11.48}
LEGAL_ENTITY_SHARE, MALE_SHARE = 0.0058, 0.5342
CATEGORY_WEIGHTS = {  # what people write about most: utilities and roads first
    "gas-supply": 9, "electricity-supply": 8, "water-supply": 7, "sewerage": 2, "waste-collection": 3,
    "heating-hot-water": 3, "road-repair": 7, "street-lighting": 3, "public-transport": 3, "traffic-safety": 1,
    "housing-provision": 4, "apartment-building-maintenance": 3, "construction-permits": 1,
    "illegal-construction": 1, "social-benefits": 5, "disability-support": 2, "low-income-families": 3,
    "pension-calculation": 2, "pension-payment-delay": 2, "polyclinic-service": 3, "medicines-supply": 1,
    "hospital-complaint": 2, "kindergarten-place": 3, "school-issues": 2, "higher-education": 2,
    "land-allocation": 4, "land-disputes": 2, "property-registration": 2, "job-search": 3, "unpaid-wages": 2,
    "unemployment-benefit": 1, "police-conduct": 1, "public-order": 1, "domestic-violence": 1,
    "egov-portal": 2, "public-service-centre": 1, "documents-certificates": 2, "bribery-report": 1,
    "official-misconduct": 1, "neighbourhood-improvement": 3, "mahalla-assembly": 1,
}
RATINGS = {5: 44, 4: 24, 3: 12, 2: 8, 1: 12}


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _language(rng: random.Random, region_soato: str) -> str:
    if region_soato == "1735":
        return _pick(rng, {"kaa": 55, "uz": 25, "ru": 15, "uz-cyrl": 5})
    if region_soato == "1726":
        return _pick(rng, {"uz": 45, "ru": 38, "uz-cyrl": 17})
    return _pick(rng, {"uz": 62, "uz-cyrl": 26, "ru": 12})


@dataclass
class World:
    regions: dict
    districts_by_region: dict
    mahallas_by_district: dict
    categories: dict
    category_codes: list
    category_weights: list
    hokimiyat_codes: list
    officials: dict  # organisation id -> role -> [users]


def load_world() -> World:
    regions = {t.soato: t for t in Territory.objects.filter(level="region")}
    districts = defaultdict(list)
    for t in Territory.objects.filter(level="district").select_related("parent"):
        districts[t.parent.soato].append(t)
    mahallas = defaultdict(list)
    for m in Mahalla.objects.all():
        mahallas[m.territory_id].append(m)
    categories = {c.code: c for c in Category.objects.filter(parent__isnull=False, is_active=True)}
    codes = [c for c in CATEGORY_WEIGHTS if c in categories] or list(categories)
    officials: dict = defaultdict(lambda: defaultdict(list))
    for m in Membership.objects.filter(is_active=True).select_related("user"):
        officials[m.organisation_id][m.role].append(m.user)
    hokimiyat_codes = [c for c in codes if categories[c].responsible_kind == "hokimiyat"]
    return World(regions, districts, mahallas, categories, codes,
                 [CATEGORY_WEIGHTS.get(c, 1) for c in codes], hokimiyat_codes, officials)


class Person:
    """An applicant; some write more than once (repeated appeals, duplicates)."""

    def __init__(self, rng: random.Random, serial: int, received: date):
        self.sex = "male" if rng.random() < MALE_SHARE else "female"
        low, high = _pick(rng, AGE_BANDS)
        age = rng.randint(low, high)
        self.birth_date = date(received.year - age, rng.randint(1, 12), rng.randint(1, 28))
        self.pinfl = make_pinfl(birth_date=self.birth_date, sex=self.sex, district=rng.randint(100, 999),
                                serial=serial)
        male = ["Aliyev Bobur", "Karimov Jasur", "Toshmatov Anvar", "Rahimov Sherzod", "Yusupov Akmal",
                "Ergashev Ulug‘bek", "Qodirov Sardor", "Nazarov Dilshod", "Saidov Rustam", "Jo‘rayev Farhod"]
        female = ["Karimova Dilnoza", "Rahimova Gulnora", "Tosheva Malika", "Yusupova Nigora",
                  "Abdullayeva Feruza", "Saidova Madina", "Ergasheva Zulfiya", "Nazarova Shahlo"]
        self.full_name = rng.choice(male if self.sex == "male" else female)


class Generator:
    def __init__(self, *, seed: int, now: datetime):
        self.rng = random.Random(seed)
        self.now = now
        self.world = load_world()
        self.system = actions.Actor(system="demo")
        self.frequent: list[Person] = []
        self.serial = 0
        self.counts: dict[str, int] = defaultdict(int)

    # -- who acts -------------------------------------------------------
    def actor(self, org_id: int, *roles: str):
        staff = self.world.officials.get(org_id, {})
        for role in roles:
            if staff.get(role):
                return self.rng.choice(staff[role])
        return self.system

    def executor(self, org_id: int):
        staff = self.world.officials.get(org_id, {})
        return self.rng.choice(staff[Role.EXECUTOR]) if staff.get(Role.EXECUTOR) else None

    # -- one appeal -----------------------------------------------------
    def place(self) -> tuple[Territory, Mahalla | None]:
        if self.rng.random() < SHOWCASE_SHARE and SHOWCASE_DISTRICT in {
            t.soato for t in self.world.districts_by_region.get(SHOWCASE_DISTRICT[:4], [])
        }:
            district = next(t for t in self.world.districts_by_region[SHOWCASE_DISTRICT[:4]]
                            if t.soato == SHOWCASE_DISTRICT)
        else:
            region = _pick(self.rng, {k: v for k, v in REGION_WEIGHTS.items() if k in self.world.regions})
            district = self.rng.choice(self.world.districts_by_region[region])
        mahallas = self.world.mahallas_by_district.get(district.pk)
        return district, (self.rng.choice(mahallas) if mahallas else None)

    def received_at(self) -> datetime:
        # Traffic grows through the year: later days are a little more likely.
        days_ago = int(365 * (self.rng.random() ** 1.6))
        moment = timezone.localtime(self.now) - timedelta(days=days_ago)
        hour = self.rng.choices(range(7, 23), weights=[2, 5, 8, 9, 9, 8, 7, 8, 8, 7, 6, 5, 5, 4, 3, 2])[0]
        moment = moment.replace(hour=hour, minute=self.rng.randint(0, 59), second=self.rng.randint(0, 59))
        return min(moment, self.now - timedelta(minutes=5))

    def person(self, received: date) -> Person:
        if self.frequent and self.rng.random() < 0.06:
            return self.rng.choice(self.frequent)
        self.serial += 1
        person = Person(self.rng, self.serial, received)
        if self.rng.random() < 0.05:
            self.frequent.append(person)
        return person

    def submit(self, *, user=None) -> intake.Receipt | None:
        at = self.received_at()
        district, mahalla = self.place()
        region = district.parent
        language = _language(self.rng, region.soato)
        category_code = self.rng.choices(self.world.category_codes, weights=self.world.category_weights)[0]
        if district.soato == SHOWCASE_DISTRICT and self.rng.random() < 0.7:
            # The showcase district's hokimiyat answers most of what its officials see in the demo.
            category_code = self.rng.choice(self.world.hokimiyat_codes or self.world.category_codes)
        kind = _pick(self.rng, KINDS)
        names_locale = "uz" if language == "uz-cyrl" else language
        place = {"district": localized(district, "name", names_locale),
                 "region": localized(region, "name", names_locale)}
        if mahalla is not None:
            place["mahalla"] = localized(mahalla, "name", names_locale)
        text = compose_appeal(category_code=category_code, kind=kind, language=language, rng=self.rng, place=place)
        person = self.person(at.date())
        channel = _pick(self.rng, CHANNELS)
        legal = self.rng.random() < LEGAL_ENTITY_SHARE
        sub = intake.Submission(
            kind=kind, text=text.text, summary=text.subject, category=category_code, territory=district.soato,
            mahalla=mahalla.code if mahalla else "", channel=channel, language=language,
            form="written" if channel in ("post", "peoples_reception", "consulate") else "electronic",
            identity_verification="oneid" if channel in ("web", "mobile") else "operator",
            full_name=person.full_name, address=f"{place['district']}, {self.rng.randint(1, 120)}-uy",
            phone=f"+99890{self.rng.randint(1000000, 9999999)}",
            email="" if self.rng.random() < 0.6 else f"user{self.serial}@example.uz",
            pinfl=person.pinfl, birth_date=person.birth_date, sex=person.sex,
        )
        if legal:
            sub.applicant_type = "legal_entity"
            sub.organisation_name = self.rng.choice(["“Qarshi Tekstil” MChJ", "“Nasaf Agro” fermer xo‘jaligi",
                                                     "“Orient Savdo” MChJ", "“Yangi Hayot Qurilish” AJ"])
            sub.tin = f"{self.rng.choice('23')}{self.rng.randint(10000000, 99999999)}"
            sub.signatory_name, sub.signatory_position = person.full_name, "direktor"
        if category_code in MINISTRY_TOPICS and self.rng.random() < MINISTRY_SHARE:
            sub.addressed_to = MINISTRY_SHOWCASE
        try:
            receipt = actions.appeal_submit(submission=sub, user=user, at=at)
        except DomainError:
            self.counts["refused"] += 1
            return None
        # A few people send the same letter twice: merged, not answered twice.
        if self.rng.random() < 0.008:
            actions.appeal_submit(submission=sub, user=user, at=min(at + timedelta(hours=3), self.now))
        self.counts["submitted"] += 1
        self.progress(receipt, language=language, place=place)
        return receipt

    # -- how far the body has taken it ------------------------------------
    def progress(self, receipt: intake.Receipt, *, language: str, place: dict) -> None:
        appeal, rng, now = receipt.appeal, self.rng, self.now
        if appeal.status != Status.RECEIVED:
            return
        t = appeal.received_at + timedelta(hours=rng.uniform(0.5, 30))
        if t > now:
            return
        org = appeal.organisation
        if rng.random() < 0.02:  # anonymous-looking or without authority: the head's conclusion
            actions.appeal_leave_without_consideration(
                appeal=appeal, actor=self.actor(org.pk, Role.HEAD), reason=rng.choice(["anonymous", "no_authority"]),
                conclusion=compose_conclusion(language=language, rng=rng), at=t)
            self.counts["left_without_consideration"] += 1
            return
        if rng.random() < 0.07:  # sent to the wrong body first
            target = self.forward_target(appeal)
            if target is not None:
                actions.appeal_forward(appeal=appeal, actor=self.actor(org.pk, Role.REGISTRAR, Role.HEAD), to=target,
                                  reason="Vakolatga ko‘ra", at=t)
                org = appeal.organisation
                t += timedelta(hours=rng.uniform(2, 40))
                if t > now:
                    return
        actions.appeal_register(appeal=appeal, actor=self.actor(org.pk, Role.REGISTRAR, Role.HEAD), at=t)
        t += timedelta(hours=rng.uniform(1, 48))
        if t > now:
            return
        executor = self.executor(org.pk)
        if executor is not None:
            actions.appeal_assign(appeal=appeal, actor=self.actor(org.pk, Role.REGISTRAR, Role.HEAD), executor=executor,
                             at=t)
        head = self.actor(org.pk, Role.HEAD)
        if appeal.kind != "suggestion" and rng.random() < 0.08:
            actions.appeal_set_extra_study(appeal=appeal, actor=head, reason="Joyida o‘rganish talab etiladi", at=t)
        if rng.random() < 0.05:
            until = appeal.due_at + timedelta(days=rng.randint(7, 25))
            try:
                actions.appeal_extend(appeal=appeal, actor=head, until=until.date(),
                                 reason="Qo‘shimcha hujjatlar so‘raldi", at=t)
            except DomainError:
                pass
        # Some appeals are neglected: they sit until they are overdue, as in
        # every real inbox, so the demo shows what escalation looks like.
        if now - appeal.received_at < timedelta(days=75) and rng.random() < 0.12:
            self.counts["neglected"] += 1
            return
        if appeal.kind == "suggestion" and rng.random() < 0.3:
            actions.appeal_notify_further_study(appeal=appeal, actor=head, note="Taklif o‘rganilmoqda",
                                           at=t + timedelta(days=rng.uniform(1, 9)))
        # Most bodies answer in about a week; some run late.
        due = appeal.effective_due_at
        span = (due - appeal.decider_received_at).total_seconds()
        share = rng.betavariate(2.2, 3.5) if rng.random() < 0.9 else rng.uniform(1.0, 1.6)
        answered_at = appeal.decider_received_at + timedelta(seconds=span * share)
        if answered_at > now:
            return  # still being considered (and perhaps overdue)
        answerer = executor or head
        actions.appeal_answer(appeal=appeal, actor=answerer, form="electronic",
                         text=compose_answer(category_code=appeal.category.code, language=language, rng=rng,
                                             place=place), at=max(answered_at, t))
        self.counts["answered"] += 1
        t = max(answered_at, t) + timedelta(hours=rng.uniform(2, 72))
        if t > now:
            return
        if rng.random() < 0.55:
            rating = _pick(rng, RATINGS)
            actions.appeal_rate(appeal=appeal, rating=rating, at=t,
                           comment=compose_rating_comment(rating=rating, language=language, rng=rng)
                           if rng.random() < 0.6 else "")
            if rating <= 2 and rng.random() < 0.15 and appeal.organisation.parent_id:
                actions.appeal_contest(appeal=appeal, at=min(t + timedelta(days=2), now),
                                       text=compose_appeal(category_code=appeal.category.code, kind="complaint",
                                                           language=language, rng=rng, place=place).text)
                self.counts["contested"] += 1
        if rng.random() < 0.75:
            actions.appeal_close(appeal=appeal, actor=answerer, at=t + timedelta(hours=1))

    def forward_target(self, appeal) -> Organisation | None:
        """A plausible second body: the regional hokimiyat, or a sibling district's hokimiyat."""
        org = appeal.organisation
        if org.parent_id and self.rng.random() < 0.5:
            return Organisation.objects.get(pk=org.parent_id)
        siblings = list(Organisation.objects.filter(kind=org.kind, level=org.level, parent_id=org.parent_id)
                        .exclude(pk=org.pk).only("pk")[:10])
        return self.rng.choice(siblings) if siblings else None


def generate_appeals(*, count: int, seed: int, now: datetime | None = None, citizen=None,
                     batch: int = 200, progress=None) -> dict:
    """Generate `count` appeals (plus the duplicates some people send)."""
    from murojaat.notifications.services import muted

    generator = Generator(seed=seed, now=now or timezone.now())
    done = 0
    with muted():
        while done < count:
            with transaction.atomic():
                for _ in range(min(batch, count - done)):
                    # Every 50th appeal belongs to the demo citizen's account.
                    user = citizen if citizen is not None and done % 50 == 0 else None
                    generator.submit(user=user)
                    done += 1
                    if progress is not None:
                        progress(1)
    return dict(generator.counts)
