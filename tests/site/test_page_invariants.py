"""Site-wide invariants, checked on every page (Django's test client, no browser).

Each page, for each reader it is meant for, in each of the five locales: it
answers 200 (or sends an anonymous reader to sign in when it is protected),
has exactly one <h1>, a title, a skip link to #main and the right
<html lang>; no inline script, event handler or style (the content security
policy forbids them, so they would silently not work); a CSRF token in every
POST form; and a Content-Security-Policy header without 'unsafe-inline'. The
same is checked on the page with its errors shown: the page's own POST forms
are sent empty.
"""

from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.site.pages import (
    CITIZEN,
    LOCALES,
    OFFICIAL,
    PAGES,
    PUBLIC,
    inspect,
    make_page_world,
    page_paths,
    page_problems,
    sign_in,
    site_url_names,
)


@pytest.fixture
def pw(world):
    return make_page_world(world)


def error_prefix(locale: str) -> str:
    with translation.override(locale):
        return translation.gettext("Error:")


def get(client, path: str, locale: str):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = locale
    return client.get(path)


def redirects_to(response, name: str) -> bool:
    return response.status_code in (301, 302, 303) and urlsplit(response["Location"]).path == reverse(name)


def check_page(client, path: str, locale: str, spec) -> list[str]:
    """The invariants of a page, and of the page with its errors shown."""
    if spec.prime:
        spec.prime(client, client.pw)
    response = get(client, path, locale)
    if response.status_code != 200:
        where = f" to {response['Location']}" if response.has_header("Location") else ""
        return [f"GET {path} answered {response.status_code}{where}, expected 200"]
    html = response.content.decode()
    problems = [f"GET {path}: {p}" for p in page_problems(html, lang=LOCALES[locale], headers=response)]
    if not spec.post_empty:
        return problems
    # The page's own forms (posting to itself), sent empty, show their errors.
    for action in inspect(html).main_post_forms:
        target = action or path
        if urlsplit(target).path != path:
            continue
        response = client.post(target, {})
        if response.status_code == 200:
            problems += [
                f"POST {target} (empty): {p}"
                for p in page_problems(
                    response.content.decode(),
                    lang=LOCALES[locale],
                    headers=response,
                    error_prefix=error_prefix(locale),
                )
            ]
    return problems


def test_every_page_of_the_site_is_in_the_catalogue():
    """A new URL pattern must be listed in tests/site/pages.py: PAGES (who may
    see it, its arguments) or NOT_PAGES (why it is no page)."""
    found = site_url_names()

    missing = sorted(name for name in found if name not in PAGES)
    stale = sorted(name for name in PAGES if name not in found)

    assert not missing, f"pages not in tests/site/pages.py PAGES (or NOT_PAGES): {missing}"
    assert not stale, f"PAGES lists names the site no longer has: {stale}"


@pytest.mark.parametrize("name", sorted(PAGES))
def test_it_keeps_the_page_invariants_in_every_locale(client, pw, name):
    spec = PAGES[name]
    client.pw = pw
    problems: list[str] = []
    for path in page_paths(name, pw):
        if spec.anonymous_to:
            client.logout()
            response = get(client, path, "uz")
            if not redirects_to(response, spec.anonymous_to):
                problems.append(
                    f"anonymous GET {path} answered {response.status_code}, "
                    f"expected a redirect to {spec.anonymous_to}"
                )
            sign_in(client, spec.who, pw)
        for locale in LOCALES:
            problems += [f"[{spec.who}, {locale}] {p}" for p in check_page(client, path, locale, spec)]

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("who", [CITIZEN, OFFICIAL])
def test_public_pages_keep_their_invariants_for_signed_in_readers(client, pw, who):
    """Public pages, read by someone signed in (the sign-in page sends them on instead)."""
    client.pw = pw
    sign_in(client, who, pw)
    problems: list[str] = []
    for name, spec in sorted(PAGES.items()):
        if spec.who != PUBLIC or name == "accounts:login":
            continue
        for path in page_paths(name, pw):
            problems += [f"[{who}] {p}" for p in check_page(client, path, "uz", spec)]

    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_not_found_page_keeps_the_invariants(client, db, locale):
    response = get(client, "/no-such-page/", locale)

    assert response.status_code == 404
    assert page_problems(response.content.decode(), lang=LOCALES[locale], headers=response) == []
