"""Display settings chosen once stay on every page: text size 200% doubles the
root font size, high contrast turns text black on white, the simplified
layout narrows the page and makes buttons full width. Measured as the browser
computes them, with JavaScript off (the settings need none) and on.
"""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = ["/", "/track/", "/statistics/", "/appeal/new/"]

LOOK = """() => {
  const root = getComputedStyle(document.documentElement);
  const body = getComputedStyle(document.body);
  const button = document.querySelector('main .button');
  const width = document.querySelector('.width');
  return {
    rootFontSize: parseFloat(root.fontSize),
    text: body.color,
    background: body.backgroundColor,
    buttonDisplay: button ? getComputedStyle(button).display : null,
    maxWidth: width ? parseFloat(getComputedStyle(width).maxWidth) : null,
  };
}"""


def look(visitor, path: str) -> dict:
    response = visitor.goto(path)
    assert response.status == 200, f"{path} answered {response.status}"
    return visitor.page.evaluate(LOOK)


@pytest.mark.parametrize("javascript", [False, True], ids=["javascript-off", "javascript-on"])
def test_display_settings_persist_across_pages(visitors, db, javascript):
    plain = visitors(javascript=javascript)
    before = {path: look(plain, path) for path in PAGES}

    reader = visitors(javascript=javascript)
    reader.goto("/display/?next=/track/")
    page = reader.page
    page.locator("input[name=text_size][value='200']").check()
    page.locator("input[name=high_contrast]").check()
    page.locator("input[name=simple]").check()
    with page.expect_navigation():
        page.locator("main form[method=post i] button[type=submit]").click()
    assert page.url.endswith("/track/"), f"saving the settings went to {page.url}, not back"

    for path in PAGES:
        now, was = look(reader, path), before[path]
        assert now["rootFontSize"] == 2 * was["rootFontSize"], f"{path}: root font {was} → {now}"
        assert now["text"] == "rgb(0, 0, 0)" and now["background"] == "rgb(255, 255, 255)", f"{path}: {now}"
        # Narrower in rem (at 200% text a rem is twice as wide).
        narrower = now["maxWidth"] / now["rootFontSize"] < was["maxWidth"] / was["rootFontSize"]
        assert narrower, f"{path}: the simplified layout is not narrower ({was} → {now})"
        if now["buttonDisplay"] is not None:
            assert now["buttonDisplay"] == "block", (
                f"{path}: buttons are not full width in the simplified layout"
            )

    # The settings page itself shows what is chosen, so it can be changed back.
    reader.goto("/display/")
    assert page.locator("input[name=text_size][value='200']").is_checked()
    assert page.locator("input[name=high_contrast]").is_checked()
    assert page.locator("input[name=simple]").is_checked()
    assert not plain.errors + reader.errors, "\n".join(plain.errors + reader.errors)
