"""Every page of the site, for the tests that walk them all (tests/site and
tests/browser).

`site_url_names()` enumerates Django's URL patterns, so a new page cannot be
forgotten: the catalogue test fails until its name is in `PAGES` (with who may
see it and the arguments to build its address) or in `NOT_PAGES` (with the
reason it is not a page). `PageWorld` is the small world the arguments come
from: the `world` personas of tests/conftest.py plus a few appeals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.urls import URLPattern, URLResolver, get_resolver, reverse

# The five locales, as Django names them and as <html lang> must say them (BCP 47).
LOCALES = {"uz": "uz-Latn", "uz-cyrl": "uz-Cyrl", "kaa": "kaa", "ru": "ru", "en": "en"}

PUBLIC, CITIZEN, OFFICIAL = "public", "citizen", "official"

# URL namespaces and names that are not pages a person reads. Keep each reason.
NOT_PAGES = {
    "admin": "Django's admin: its own templates, not ours (staff only)",
    "api-1.0.0": "the JSON API and its Swagger UI, tested in tests/appeals and tests/fuzz",
    "set_language": "the language switcher's POST action; it redirects back",
    "accounts:admin_login": "redirects the admin's sign-in to ours",
    "accounts:identity_start": "POST-only action of the sign-in page; it redirects to the identity provider",
    "accounts:identity_return": (
        "the identity provider's return: it signs in and redirects, or shows the failure page (400/503), "
        "whose invariants tests/accounts/test_oneid.py checks in every locale"
    ),
    "tracking:download": "an attachment file, not a page",
    "office:attachment": "an attachment file, not a page",
    "filing:map": "an SVG image of a region, shown on the place step",
    "office:bulk_assign": "POST-only action from the inbox; it redirects back",
    "office:answer_template_delete": "POST-only action; it redirects back",
    "cabinet:sessions_end": "POST-only action: signs out everywhere and redirects to the sign-in page",
    "cabinet:correction": "POST-only: the correction form of the cabinet's home (tests/cabinet)",
    "cabinet:data": "a JSON download of the person's data, not a page (tests/cabinet)",
}
# Path prefixes left out for the same reasons (patterns there may have no name).
NOT_PAGE_PREFIXES = ("admin/", "api/v1/", "i18n/")

# Readers. An official has a confirmed authenticator app and gave its code;
# CODE_OWED gave the password and owes the code; ENROLLING has no app yet.
ANONYMOUS, CODE_OWED, ENROLLING = "anonymous", "code owed", "enrolling"


def _one(pw) -> list[dict]:
    return [{}]


@dataclass(frozen=True)
class Spec:
    """Who the page is for, and the arguments of each of its addresses."""

    who: str
    variants: Callable[[PageWorld], list[dict]] = _one
    # Where an anonymous reader is sent instead (None: the page is public).
    anonymous_to: str | None = "accounts:login"
    # A page citizens see (the 60 KB budget of bench/pages.py applies).
    citizen_page: bool = True
    # Send the page's own forms empty to see its errors (not for actions such as signing out).
    post_empty: bool = True
    # Puts into the session what the page needs (e.g. a receipt shown once), before each visit.
    prime: Callable[[object, PageWorld], None] | None = None


def _public(**kw) -> Spec:
    return Spec(PUBLIC, anonymous_to=None, **kw)


def _prime_legal_entities(client, pw) -> None:
    """The citizen represents two companies, one asserted by its e-signature key."""
    user = pw.world.citizen
    user.legal_entities = [
        {"tin": "301234567", "name": '"QARSHI NON" MCHJ', "is_basic": True},
        {"tin": "302345678", "name": '"NASAF QURILISH" MCHJ', "is_basic": False},
    ]
    user.asserted_legal_tin = "301234567"
    user.save(update_fields=["legal_entities", "asserted_legal_tin"])


def _prime_contest_receipt(client, pw) -> None:
    from murojaat.tracking import proof

    session = client.session
    session[proof.RECEIPT_KEY] = {"code": pw.contest.tracking_code, "key": pw.contest_key}
    session.save()


# What a citizen answers at each step of the filing journey (by URL name).
def filing_answers(pw) -> dict[str, dict]:
    w = pw.world
    return {
        "filing:kind": {"kind": "complaint"},
        "filing:about": {
            "text": "Ko‘chamizdagi ariq uch oydan beri tozalanmagan, suv toshib hovlilarga kiryapti.",
            "summary": "Ariq tozalanmagan",
        },
        "filing:category": {"category": w.roads.code},
        "filing:region": {"region": w.region.soato},
        "filing:district": {"territory": w.district_a.soato},
        "filing:mahalla": {"mahalla": pw.mahalla.code},
        "filing:place": {"latitude": "", "longitude": ""},
        "filing:files": {"action": "continue"},
        "filing:who": {"applicant_type": "individual"},
        "filing:details": {
            "full_name": "Karimova Dilnoza Akmalovna",
            "address": "Qarshi tumani, Mustaqillik ko‘chasi 12",
            "phone": "+998 90 123 45 67",
            "email": "dilnoza@example.uz",
            "pinfl": "",
        },
    }


def walk_filing(client, pw, answers: dict | None = None) -> None:
    """Answer every step of the filing journey with a Django test client, up
    to the check page (the draft stays in the session, nothing is sent)."""
    from django.urls import resolve

    check = reverse("filing:check")
    if client.get(check).status_code == 200:
        return
    answers = answers or filing_answers(pw)
    path = reverse("filing:kind")
    for _ in range(len(answers) + 2):
        if path == check:
            return
        name = resolve(path).view_name
        if name not in answers:
            raise AssertionError(
                f"the filing journey reached {path} ({name}); add its answers to filing_answers"
            )
        response = client.post(path, answers[name])
        if response.status_code != 302:
            raise AssertionError(f"filing step {name} did not accept {answers[name]}: {response.status_code}")
        path = urlsplit(response["Location"]).path
    raise AssertionError(f"the filing journey never reached the check page (stopped at {path})")


def _prime_filing(client, pw) -> None:
    walk_filing(client, pw)


def _prime_sent(client, pw) -> None:
    walk_filing(client, pw)
    response = client.post(reverse("filing:check"))
    assert response.status_code == 302, f"sending the appeal answered {response.status_code}"


def _prime_record_slip(client, pw) -> None:
    """The slip of an appeal just recorded (its access key not yet shown)."""
    from murojaat.appeals.intake import Receipt
    from murojaat.office import record_pages

    session = client.session
    session[record_pages.SLIP_KEY] = record_pages.slip_kept(Receipt(pw.appeal, pw.access_key), files=0)
    session.save()


def _office_steps(pw) -> list[dict]:
    """Every step that has a page of its own, on an appeal where the official may take it."""
    from murojaat.appeals import codes
    from murojaat.appeals.lifecycle import allowed_actions
    from murojaat.office.step_pages import STEPS

    variants = []
    for action, step in STEPS.items():
        if step.inline:
            continue
        appeal = next(
            (a for a in (pw.registered, pw.appeal) if action in allowed_actions(a, pw.official)),
            pw.registered,
        )  # none: the page redirects and the test says so
        variants.append({"code": codes.display(appeal.tracking_code), "action": action})
    return variants


def _code(appeal_attr: str):
    def variants(pw):
        from murojaat.appeals import codes

        return [{"code": codes.display(getattr(pw, appeal_attr).tracking_code)}]

    return variants


def _step(**kw) -> Spec:
    """A step of the filing journey: opened with the earlier steps answered."""
    return _public(prime=_prime_filing, **kw)


PAGES: dict[str, Spec] = {
    "filing:start": _public(),
    "filing:kind": _public(),
    "filing:about": _step(),
    "filing:category": _step(),
    "filing:region": _step(),
    "filing:district": _step(),
    "filing:mahalla": _step(),
    "filing:place": _step(),
    "filing:files": _step(),
    "filing:who": _step(),
    "filing:details": _step(),
    # Its form sends the appeal, so it is not sent empty.
    "filing:check": _step(post_empty=False),
    "filing:done": _public(prime=_prime_sent),
    "tracking:find": _public(),
    # The applicant's pages: for the signed-in owner (or a browser that proved the key);
    # anyone else is sent to the find page.
    "tracking:appeal": Spec(CITIZEN, _code("appeal"), anonymous_to="tracking:find"),
    "tracking:rate": Spec(CITIZEN, _code("answered"), anonymous_to="tracking:find"),
    "tracking:contest": Spec(CITIZEN, _code("answered"), anonymous_to="tracking:find"),
    "tracking:contested": Spec(
        CITIZEN, _code("contest"), anonymous_to="tracking:find", prime=_prime_contest_receipt
    ),
    "tracking:mine": Spec(CITIZEN),
    "cabinet:home": Spec(CITIZEN),
    "cabinet:settings": Spec(CITIZEN),
    "cabinet:acting_as": Spec(CITIZEN, prime=_prime_legal_entities),
    "accounts:login": _public(),
    "accounts:logout": _public(post_empty=False),
    "accounts:verify": Spec(CODE_OWED, citizen_page=False),
    "accounts:enrol": Spec(ENROLLING, citizen_page=False),
    "office:inbox": Spec(OFFICIAL, citizen_page=False),
    "office:record": Spec(OFFICIAL, citizen_page=False),
    "office:record_slip": Spec(OFFICIAL, citizen_page=False, prime=_prime_record_slip),
    "office:appeal": Spec(OFFICIAL, _code("appeal"), citizen_page=False),
    "office:step": Spec(OFFICIAL, _office_steps, citizen_page=False),
    "office:answer_templates": Spec(OFFICIAL, citizen_page=False),
    "office:answer_template_new": Spec(OFFICIAL, citizen_page=False),
    "office:answer_template_edit": Spec(
        OFFICIAL, lambda pw: [{"pk": pw.answer_template.pk}], citizen_page=False
    ),
    "statistics:public": _public(),
    "statistics:dashboard": Spec(OFFICIAL, citizen_page=False),
    "ui:display": _public(),
}


@dataclass
class PageWorld:
    """The world of tests/conftest.py, plus appeals to point pages at."""

    world: object
    appeal: object  # filed by the signed-in citizen, just received
    access_key: str
    registered: object  # filed by the citizen, registered by body A
    answered: object  # filed by the citizen and answered by body A
    answered_key: str
    contest: object  # the citizen's complaint about another answer
    contest_key: str
    mahalla: object  # in district A, so the journey asks for it
    official: object  # head of body A, signs in with a confirmed TOTP device
    device: object
    enrolling: object  # executor of body A, no authenticator app yet
    answer_template: object = None
    extra: dict = field(default_factory=dict)


def make_page_world(world) -> PageWorld:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from murojaat.appeals import actions
    from tests.appeals.factories import file_appeal, take_to_answer

    def filed(summary, text):
        return file_appeal(world, user=world.citizen, summary=summary, text=text)

    receipt = file_appeal(world, user=world.citizen)
    registered = filed(
        "Suv quvuri yorilgan", "Ko‘chamizda suv quvuri yorilib, suv oqib yotibdi. Tuzatib bering."
    )
    actions.appeal_register(appeal=registered.appeal, actor=world.registrar_a)
    answered = filed(
        "Ko‘cha chirog‘i yonmaydi",
        "Mahallamizdagi ko‘cha chiroqlari bir oydan beri yonmaydi, kechasi yurish xavfli.",
    )
    take_to_answer(world, answered.appeal)
    contested = filed(
        "Bolalar maydonchasi buzilgan",
        "Mahalladagi bolalar maydonchasidagi arg‘imchoqlar singan, bolalar jarohat olishi mumkin.",
    )
    take_to_answer(world, contested.appeal)
    contest = actions.appeal_contest(
        appeal=contested.appeal,
        text="Javob qoniqarsiz: maydoncha hali ham ta’mirlanmagan, iltimos qayta ko‘ring.",
    )
    from murojaat.territories.models import Mahalla

    mahalla, _ = Mahalla.objects.get_or_create(
        code="1710224-demo-1", defaults={"territory": world.district_a, "name_uz": "Navbahor MFY"}
    )
    official = world.head_a
    device = TOTPDevice.objects.create(user=official, name="phone", confirmed=True)
    template = None
    try:
        from murojaat.office.models import AnswerTemplate
    except ImportError:  # the office pages have not landed
        pass
    else:
        template = AnswerTemplate.objects.create(
            organisation=world.body_a, title="Yo‘l ta’miri", text="Yo‘l ta’mirlash rejasiga kiritildi."
        )
    return PageWorld(
        world=world,
        appeal=receipt.appeal,
        access_key=receipt.access_key,
        registered=registered.appeal,
        answered=answered.appeal,
        answered_key=answered.access_key,
        contest=contest.appeal,
        contest_key=contest.access_key,
        mahalla=mahalla,
        official=official,
        device=device,
        enrolling=world.executor_a,
        answer_template=template,
    )


def walk_patterns(patterns=None, namespace: str = "", prefix: str = "") -> Iterator[tuple[str, str]]:
    """(qualified name, route) of every URL pattern, namespaces included."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = (
                f"{namespace}:{entry.namespace}"
                if namespace and entry.namespace
                else (entry.namespace or namespace)
            )
            yield from walk_patterns(entry.url_patterns, inner, route)
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace and entry.name else (entry.name or "")
            yield name, route


def is_not_a_page(name: str, route: str) -> bool:
    if route.startswith(NOT_PAGE_PREFIXES):
        return True
    return name in NOT_PAGES or name.split(":", 1)[0] in NOT_PAGES


def site_url_names() -> dict[str, str]:
    """Every named page route of the site: {name: route}."""
    found: dict[str, str] = {}
    for name, route in walk_patterns():
        if is_not_a_page(name, route):
            continue
        found[name or f"(unnamed) {route}"] = route
    return found


def page_paths(name: str, pw: PageWorld) -> list[str]:
    return [reverse(name, kwargs=kwargs) for kwargs in PAGES[name].variants(pw)]


def sign_in(client, who: str, pw: PageWorld) -> None:
    """Sign a Django test client in as a reader (see the personas above)."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from tests.conftest import PASSWORD

    if who == CITIZEN:
        client.force_login(pw.world.citizen)
    elif who == OFFICIAL:
        client.force_login(pw.official)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = pw.device.persistent_id
        session.save()
    elif who in (CODE_OWED, ENROLLING):
        user = pw.official if who == CODE_OWED else pw.enrolling
        response = client.post(reverse("accounts:login"), {"username": user.username, "password": PASSWORD})
        assert response.status_code == 302, f"signing in as {user.username} answered {response.status_code}"


# --- What a page must hold -------------------------------------------------------------------------

# <script> types that are data, not code: the browser never runs them, and the
# content security policy does not apply to them (Django's json_script).
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


@dataclass
class PageFacts:
    html_lang: str | None = None
    title: str = ""
    h1_count: int = 0
    skip_link: bool = False
    main_id: bool = False
    inline_scripts: int = 0
    inline_styles: list[str] = field(default_factory=list)  # <style> blocks and style="" attributes
    event_handlers: list[str] = field(default_factory=list)
    post_forms: int = 0
    post_forms_without_csrf: list[str] = field(default_factory=list)
    main_post_forms: list[str] = field(default_factory=list)  # actions of POST forms inside <main>
    has_error_summary: bool = False


class _Inspector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.facts = PageFacts()
        self._in_title = False
        self._in_main = 0
        self._form: dict | None = None
        self._script_inline = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        f = self.facts
        where = f"<{tag}{' id=' + a['id'] if a.get('id') else ''}>"
        if tag == "html":
            f.html_lang = a.get("lang")
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            f.h1_count += 1
        elif tag == "a" and a.get("href") == "#main":
            f.skip_link = True
        elif tag == "main":
            self._in_main += 1
        elif tag == "style":
            f.inline_styles.append("<style> element")
        elif tag == "script":
            if not a.get("src") and (a.get("type") or "").lower() not in DATA_SCRIPT_TYPES:
                f.inline_scripts += 1
        elif tag == "form":
            method = (a.get("method") or "get").lower()
            self._form = {"method": method, "action": a.get("action") or "", "csrf": False}
        elif tag == "input" and self._form is not None and a.get("name") == "csrfmiddlewaretoken":
            self._form["csrf"] = True
        if a.get("id") == "main":
            f.main_id = True
        if "error-summary" in (a.get("class") or "").split():
            f.has_error_summary = True
        for key, _value in attrs:
            if key.lower().startswith("on"):
                f.event_handlers.append(f"{where} {key}")
            if key.lower() == "style":
                f.inline_styles.append(f"{where} style=")

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "main":
            self._in_main -= 1
        elif tag == "form" and self._form is not None:
            form, self._form = self._form, None
            if form["method"] == "post":
                self.facts.post_forms += 1
                if not form["csrf"]:
                    self.facts.post_forms_without_csrf.append(form["action"] or "(this page)")
                if self._in_main > 0:
                    self.facts.main_post_forms.append(form["action"])

    def handle_data(self, data):
        if self._in_title:
            self.facts.title += data


def inspect(html: str) -> PageFacts:
    parser = _Inspector()
    parser.feed(html)
    parser.close()
    facts = parser.facts
    facts.title = " ".join(facts.title.split())
    return facts


def csp_problems(header: str | None) -> list[str]:
    """What is wrong with a Content-Security-Policy header for our pages."""
    if not header:
        return ["no Content-Security-Policy header"]
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = [w.lower() for w in words[1:]]
    problems = []
    for kind in ("script-src", "style-src"):
        sources = directives.get(kind, directives.get("default-src"))
        if sources is None:
            problems.append(f"CSP has neither {kind} nor default-src")
        elif "'unsafe-inline'" in sources or (kind == "script-src" and "'unsafe-eval'" in sources):
            problems.append(f"CSP {kind} allows {' '.join(sources)}")
    return problems


def page_problems(html: str, *, lang: str, headers=None, error_prefix: str | None = None) -> list[str]:
    """Every broken invariant of one rendered page, in words."""
    f = inspect(html)
    problems = []
    if f.html_lang != lang:
        problems.append(f"<html lang={f.html_lang!r}>, expected {lang!r}")
    if f.h1_count != 1:
        problems.append(f"{f.h1_count} <h1> elements, expected exactly one")
    # The base appends " – Murojaat": a title that is only the service name is empty.
    page_part = f.title.rsplit("–", 1)[0].strip() if "–" in f.title else f.title
    if not page_part:
        problems.append(f"empty <title> ({f.title!r})")
    if not f.skip_link or not f.main_id:
        problems.append("no skip link to #main" if not f.skip_link else "no element with id=main")
    if f.inline_scripts:
        problems.append(f"{f.inline_scripts} inline <script> without src")
    if f.event_handlers:
        problems.append(f"inline event handlers: {', '.join(f.event_handlers[:5])}")
    if f.inline_styles:
        problems.append(f"inline styles: {', '.join(f.inline_styles[:5])}")
    if f.post_forms_without_csrf:
        problems.append(f"POST forms without a CSRF token: {', '.join(f.post_forms_without_csrf)}")
    if headers is not None:
        problems.extend(csp_problems(headers.get("Content-Security-Policy")))
    if error_prefix is not None and f.has_error_summary and not f.title.startswith(error_prefix):
        problems.append(f"errors shown but the <title> does not start with {error_prefix!r}: {f.title!r}")
    return problems
