"""Driving a browser through the OneID emulator, for the tests of signing in with OneID."""

import http.client
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

RETURN_URI = "http://testserver/login/oneid/return/"


def raw(method: str, url: str, form: dict | None = None):
    """One request without following redirects: (status, headers, body)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    body = urlencode(form) if form is not None else None
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if form is not None else {}
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    result = response.status, dict(response.getheaders()), response.read().decode()
    connection.close()
    return result


class _Inputs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("type") == "hidden":
            self.values[attrs["name"]] = attrs["value"]


class Journey:
    """Every address the browser was sent to, for the no-secrets-in-URLs test."""

    def __init__(self):
        self.urls: list[str] = []


def oneid_sign_in(client, emulator, person="aziza", outcome="ok", next_url="", journey=None):
    """Press "Sign in with OneID", pick `person` and `outcome` on the emulator's
    page, come back: the response of our return page."""
    journey = journey or Journey()
    start = client.post("/login/oneid/", {"next": next_url} if next_url else {})
    assert start.status_code == 302, start.content
    authorize = start["Location"]
    journey.urls.append(authorize)
    assert authorize.startswith(emulator.url + "?")
    status, headers, _body = raw("GET", authorize)
    assert status == 307, _body
    login_page = emulator.url.split("/sso/")[0] + headers["Location"]
    journey.urls.append(login_page)
    status, _headers, page = raw("GET", login_page)
    assert status == 200
    inputs = _Inputs()
    inputs.feed(page)
    form = {**inputs.values, "person": person, "outcome": outcome}
    status, headers, _body = raw("POST", login_page.split("?")[0], form)
    assert status == 302, _body
    back = headers["Location"]
    journey.urls.append(back)
    assert back.startswith(RETURN_URI + "?")
    response = client.get(back.removeprefix("http://testserver"))
    if response.status_code == 302:
        journey.urls.append(response["Location"])
    return response
