"""axe-core finds no violation on any page, in any locale, with and without
errors shown.

Every page of tests/site/pages.py, for the reader it is meant for, with
JavaScript on (as most readers see it, enhancements applied). The error state
is reached the way a reader reaches it: the page's own forms are cleared and
sent empty. axe runs with its default rule set (WCAG 2.x A and AA and its best
practices; experimental rules off). A script error or a content security
policy violation on a page is reported too.
"""

from urllib.parse import urlsplit

import pytest

from tests.site.pages import LOCALES, PAGES, PUBLIC, page_paths

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Clears a form the way a reader who typed nothing would send it.
CLEAR_FORM = """form => {
  form.noValidate = true;
  for (const el of form.elements) {
    if (el.type === 'hidden' || el.type === 'submit' || el.type === 'button') continue;
    if (el.type === 'radio' || el.type === 'checkbox') el.checked = false;
    else if (el.tagName === 'SELECT') el.selectedIndex = -1;
    else if (el.type !== 'file') el.value = '';
  }
}"""

AXE_RUN = "() => axe.run(document, {resultTypes: ['violations']})"


def describe(violations: list[dict]) -> list[str]:
    lines = []
    for v in violations:
        targets = ", ".join(" ".join(node["target"]) for node in v["nodes"][:4])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} element(s): {targets}")
    return lines


def axe_problems(page, label: str) -> list[str]:
    result = page.evaluate(AXE_RUN)
    return [f"{label}: {line}" for line in describe(result["violations"])]


def own_post_forms(page, path: str) -> int:
    """How many POST forms in <main> send to this very page."""
    actions = page.eval_on_selector_all(
        "main form",
        "forms => forms.filter(f => f.method === 'post').map(f => f.getAttribute('action') || '')",
    )
    return sum(1 for action in actions if not action or urlsplit(action).path == path)


def error_states(visitor, path: str, spec) -> list[str]:
    """Send each of the page's own forms empty; axe the page that comes back."""
    problems = []
    if not spec.post_empty:
        return problems
    page = visitor.page
    count = own_post_forms(page, path)
    for index in range(count):
        if index:
            visitor.goto(path)
        form = page.locator("main form[method=post i]").nth(index)
        form.evaluate(CLEAR_FORM)
        with page.expect_navigation():
            form.locator("button[type=submit], input[type=submit], button:not([type])").first.click()
        problems += axe_problems(page, f"{path} form {index + 1} sent empty → {urlsplit(page.url).path}")
    return problems


@pytest.mark.parametrize("locale", list(LOCALES))
def test_axe_finds_no_violation_on_any_page(axe_source, visitors, pw, locale):
    problems: list[str] = []
    readers: dict = {}
    for name, spec in sorted(PAGES.items()):
        if spec.who not in readers:
            readers[spec.who] = visitors(locale=locale, axe=axe_source)
            if spec.who != PUBLIC:
                readers[spec.who].sign_in_as(spec.who, pw)
        visitor = readers[spec.who]
        for path in page_paths(name, pw):
            if spec.prime:
                visitor.prime(spec.prime, pw)
            response = visitor.goto(path)
            if response.status != 200 or urlsplit(visitor.page.url).path != path:
                problems.append(
                    f"{path}: answered {response.status} at {visitor.page.url}, expected the page"
                )
                continue
            problems += axe_problems(visitor.page, path)
            problems += error_states(visitor, path, spec)
    for visitor in readers.values():
        problems += visitor.errors

    assert not problems, f"{len(problems)} problem(s) in locale {locale}:\n" + "\n".join(problems)
