"""The whole citizen journey in a real browser, with JavaScript off and again
with it on: start page → every step of filing an appeal → the done page with
its tracking code and access key → following it on /track/ → its status; an
official signs in (password, then the code of their authenticator app) and
answers it; the citizen sees the answer and rates it.

The steps are answered by field name (tests/site/pages.py `filing_answers`),
so the test follows the journey's own order: a new step fails here until its
answers are added there.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.urls import resolve

from tests.conftest import PASSWORD
from tests.site.pages import filing_answers

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ANSWER = "Ariq 2026-yil iyun oyida tozalandi, suv yo‘li ochildi. Murojaatingiz uchun rahmat."


def here(page) -> str:
    return resolve(urlsplit(page.url).path).view_name


def submit(page, button) -> None:
    with page.expect_navigation():
        button.click()


def answer_step(page, answers: dict) -> None:
    """Fill the step's POST form as a reader would, then press its main button."""
    first = next(iter(answers))
    form = page.locator("main form[method=post i]").filter(has=page.locator(f"[name='{first}']")).first
    for name, value in answers.items():
        fields = form.locator(f"[name='{name}']")
        if value in ("", None) or name == "action":
            continue  # left empty (an optional field), or the button pressed below
        assert fields.count(), f"{page.url}: no field {name!r}"
        field = fields.first
        kind = (field.get_attribute("type") or field.evaluate("el => el.tagName")).lower()
        if kind in ("radio", "checkbox"):
            form.locator(f"[name='{name}'][value='{value}']").first.check()
        elif kind == "select":
            field.select_option(value)
        elif kind != "hidden":
            field.fill(value)
    continuing = form.locator("button[value=continue]")
    button = continuing if continuing.count() else form.locator("button.button:not(.button--secondary)").last
    submit(page, button)


def file_an_appeal(visitor, pw) -> tuple[str, str]:
    """From the start page to the done page; returns (tracking code, access key)."""
    answers = filing_answers(pw)
    page = visitor.page
    visitor.goto("/")
    assert here(page) == "filing:start"
    with page.expect_navigation():
        page.locator("main a[href='/appeal/new/']").first.click()
    seen = []
    for _ in range(len(answers) + 3):
        name = here(page)
        seen.append(name)
        if name == "filing:done":
            break
        if name == "filing:check":
            submit(page, page.locator("main form[method=post i] button[type=submit]").last)
            continue
        assert name in answers, f"the journey reached {page.url} ({name}) after {seen}"
        assert page.locator(".error-summary").count() == 0 or name not in seen[:-1], (
            f"{name} shows errors: {page.locator('.error-summary').inner_text()}"
        )
        answer_step(page, answers[name])
    assert here(page) == "filing:done", f"the journey stopped at {page.url} after {seen}"
    code = page.locator("#tracking-code").inner_text().strip()
    key = page.locator("#access-key").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z-]{8,}", code), code
    assert key, "no access key on the done page"
    return code, key


def follow(visitor, code: str, key: str) -> None:
    page = visitor.page
    visitor.goto("/track/")
    answer_step(page, {"code": code, "access_key": key})
    assert here(page) == "tracking:appeal", f"following {code} ended at {page.url}"


def official_answers(visitor, pw, code: str) -> None:
    from django_otp.oath import totp

    page = visitor.page
    visitor.goto("/login/")
    answer_step(page, {"username": pw.official.username, "password": PASSWORD})
    assert here(page) == "accounts:verify", f"after the password: {page.url}"
    device = pw.device
    device.refresh_from_db()
    code_now = (
        f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):0{device.digits}d}"
    )
    answer_step(page, {"code": code_now})
    assert here(page) == "office:inbox", f"after the code: {page.url}"

    with page.expect_navigation():
        page.locator("main a", has_text=code).first.click()
    assert here(page) == "office:appeal"
    submit(page, page.locator("[data-action=register]"))
    with page.expect_navigation():
        page.locator("a[data-action=answer]").click()
    assert here(page) == "office:step"
    answer_step(page, {"text": ANSWER})
    assert here(page) == "office:appeal", f"after answering: {page.url}"


@pytest.mark.parametrize("javascript", [False, True], ids=["javascript-off", "javascript-on"])
def test_a_citizen_files_follows_and_rates_an_appeal_that_an_official_answers(visitors, pw, javascript):
    citizen = visitors(javascript=javascript)
    page = citizen.page

    code, key = file_an_appeal(citizen, pw)
    follow(citizen, code, key)
    assert page.locator("#status-tag").inner_text().strip()
    assert page.locator("#answer").count() == 0

    official = visitors(javascript=javascript)
    official_answers(official, pw, code)

    page.reload()
    assert ANSWER in page.locator("#answer").inner_text()
    answer_step(page, {"rating": "4", "comment": "Tez javob berishdi, rahmat."})
    assert here(page) == "tracking:appeal", f"after rating: {page.url}"
    assert page.locator("#rating").count() == 1
    assert page.locator("#rating-form").count() == 0, "the rating form is still offered after rating"
    assert not citizen.errors + official.errors, "\n".join(citizen.errors + official.errors)
