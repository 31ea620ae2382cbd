"""The page checks themselves catch what they must (so a passing walk means something)."""

from tests.site.pages import csp_problems, page_problems

GOOD = """<!doctype html><html lang="en"><head><title>Find an appeal – Murojaat</title>
<script src="/static/ui/enhance.js" defer></script><script type="application/json" id="d">{}</script></head>
<body><a class="skip-link" href="#main">Skip</a><main id="main"><h1>Find an appeal</h1>
<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="x"><button>Go</button></form>
</main></body></html>"""

BAD = """<!doctype html><html lang="uz"><head><title> – Murojaat</title><style>p{}</style>
<script>alert(1)</script></head><body><main><h1>One</h1><h1>Two</h1>
<p style="color:red" onclick="x()">Hi</p><form method="POST" action="/x/"><button>Go</button></form>
<div class="error-summary"></div></main></body></html>"""


def test_a_page_that_keeps_every_rule_has_no_problem():
    assert page_problems(GOOD, lang="en") == []


def test_each_broken_rule_is_named():
    problems = "\n".join(page_problems(BAD, lang="uz-Latn", error_prefix="Error:"))

    for expected in (
        "<html lang='uz'>",
        "2 <h1>",
        "empty <title>",
        "skip link",
        "inline <script>",
        "onclick",
        "style=",
        "<style> element",
        "CSRF",
        "does not start with 'Error:'",
    ):
        assert expected in problems, f"{expected!r} not reported in:\n{problems}"


def test_the_content_security_policy_must_forbid_inline_script_and_style():
    assert csp_problems("default-src 'self'; object-src 'none'") == []
    assert csp_problems(None) == ["no Content-Security-Policy header"]
    assert csp_problems("default-src 'self'; script-src 'self' 'unsafe-inline'")
    assert csp_problems("script-src 'self'; style-src 'self' 'unsafe-inline'")
    assert csp_problems("script-src 'self'")  # style-src falls back to nothing
