"""How much each citizen page transfers, compressed, on a first visit (not a test).

Every citizen page of tests/site/pages.py (PAGES entries with
`citizen_page=True`: the start page, every filing step, the done page, the
tracking pages, sign-in, statistics, display settings), in each of the five
locales, fetched as a browser with an empty cache would: the HTML, then every
stylesheet, script, icon and image it references (and the url()s inside the
stylesheets), each counted once per page.

What goes over the wire is measured as production serves it:
- static files: WhiteNoise's own gzip (`whitenoise.compress.Compressor`,
  level 9; no Brotli, the package is not installed), or the file itself when
  WhiteNoise would not keep a compressed copy (images, fonts, <5% saved);
- HTML and other dynamic responses: gzip level 6 (what a reverse proxy such
  as nginx, or Django's GZipMiddleware, sends; Django alone sends HTML
  uncompressed, so the deployment must compress it).
HTTP headers are not counted.

The budget is 60 KB (61,440 bytes) per page. The script prints a table (one
row per page, one column per locale, the largest locale decides PASS/FAIL),
then the largest contributors.

Run (from the repository root, after `make demo` or with any database that
holds the demo data; the database is copied, never written):

    .venv/bin/python bench/pages.py [--db var/murojaat.sqlite3]

It runs the app in-process with Django's test client (no server, no network):
the pages are rendered by the same views, middleware and templates.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import sys
import tempfile
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[1]
BUDGET = 60 * 1024


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--db",
        default=str(ROOT / "var" / "murojaat.sqlite3"),
        help="SQLite database with the demo data (copied first)",
    )
    return parser.parse_args()


def set_up(db: str) -> Path:
    if not Path(db).is_file():
        sys.exit(f"no database at {db}: run `make demo` (or `murojaat demo --no-serve`) first, or pass --db")
    var = Path(tempfile.mkdtemp(prefix="murojaat-bench-pages-"))
    shutil.copy(db, var / "murojaat.sqlite3")
    os.environ["MUROJAAT_VAR_DIR"] = str(var)
    os.environ.pop("DATABASE_URL", None)
    os.environ.setdefault("MUROJAAT_ENV", "development")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "murojaat.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["testserver", *settings.ALLOWED_HOSTS]
    settings.DEBUG = False
    return var


# --- what a page references ----------------------------------------------------------------------


class References(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        rel = (a.get("rel") or "").lower().split()
        if (
            tag == "link"
            and a.get("href")
            and ({"stylesheet", "icon", "preload", "modulepreload"} & set(rel))
        ):
            self.urls.append(a["href"])
        elif tag == "script" and a.get("src"):
            self.urls.append(a["src"])
        elif tag in ("img", "input", "source", "video", "audio") and a.get("src"):
            self.urls.append(a["src"])


CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


def gzip_size(data: bytes, level: int) -> int:
    return len(gzip.compress(data, compresslevel=level, mtime=0))


def static_wire_size(data: bytes, name: str) -> int:
    """What WhiteNoise sends for a static file: its .gz copy when it keeps one."""
    from whitenoise.compress import Compressor

    compressor = Compressor(use_brotli=False, quiet=True)
    if not compressor.should_compress(name):
        return len(data)
    compressed = compressor.compress_gzip(data)
    return (
        len(compressed)
        if compressor.is_compressed_effectively("gzip", name, len(data), compressed)
        else len(data)
    )


class Fetcher:
    def __init__(self, client):
        self.client = client
        self.cache: dict[str, tuple[int, int, str]] = {}

    def resource(self, url: str, base: str) -> tuple[str, int, int, str]:
        """(url, raw bytes, wire bytes, content) of a referenced file."""
        from django.conf import settings
        from django.contrib.staticfiles import finders

        url = urljoin(base, url)
        path = urlsplit(url).path
        if url.startswith(("data:", "http:", "https:")) and not url.startswith("http://testserver"):
            return url, 0, 0, ""
        if path in self.cache:
            return (path, *self.cache[path])
        if path.startswith(settings.STATIC_URL):
            found = finders.find(path[len(settings.STATIC_URL) :])
            data = Path(found).read_bytes() if found else b""
            wire = static_wire_size(data, path)
        else:
            response = self.client.get(url)
            data = response.content
            wire = gzip_size(data, 6)
        text = data.decode("utf-8", "replace") if path.endswith((".css", ".svg")) else ""
        self.cache[path] = (len(data), wire, text)
        return path, len(data), wire, text

    def page(self, path: str) -> list[tuple[str, int, int]]:
        """[(what, raw, wire)] for the page and everything it pulls in."""
        response = self.client.get(path)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path} answered {response.status_code}")
        html = response.content
        items = [("(HTML) " + path, len(html), gzip_size(html, 6))]
        parser = References()
        parser.feed(html.decode())
        seen = set()
        queue = [(u, "http://testserver" + path) for u in parser.urls]
        while queue:
            url, base = queue.pop(0)
            what, raw, wire, text = self.resource(url, base)
            if what in seen or not raw:
                continue
            seen.add(what)
            items.append((what, raw, wire))
            if what.endswith(".css"):
                queue += [(u, "http://testserver" + what) for u in CSS_URL.findall(text)]
        return items


# --- the demo world ------------------------------------------------------------------------------


def demo_world():
    """Appeals, places and a citizen from the demo data, shaped like tests/site/pages.py's PageWorld."""
    from murojaat.accounts.models import User
    from murojaat.appeals import actions, lifecycle, selectors
    from murojaat.territories.models import Mahalla

    citizen = User.objects.get(username="fuqaro")
    mine = selectors.appeals_for_citizen(citizen).select_related("organisation", "territory", "category")
    answered = [a for a in mine.filter(status__in=lifecycle.FINISHED) if a.organisation.parent_id]
    if len(answered) < 2:
        sys.exit("the demo citizen `fuqaro` needs two answered appeals")
    open_ = mine.filter(status__in=lifecycle.OPEN).first() or answered[0]
    from murojaat.appeals.models import Appeal

    # A district with mahallas (so the journey asks for one) and a topic its bodies answer there.
    mahalla = Mahalla.objects.select_related("territory").first()
    district = mahalla.territory if mahalla else answered[0].territory
    sample = Appeal.objects.filter(territory=district, category__isnull=False).first() or answered[0]
    contest = actions.appeal_contest(
        appeal=answered[1], text="Javob qoniqarsiz: muammo hali ham hal qilinmagan."
    )
    world = SimpleNamespace(roads=sample.category, region=district.parent, district_a=district)
    return SimpleNamespace(
        world=world,
        appeal=open_,
        answered=answered[0],
        contest=contest.appeal,
        contest_key=contest.access_key,
        mahalla=mahalla or SimpleNamespace(code=""),
        citizen=citizen,
    )


def main() -> None:
    args = parse_args()
    var = set_up(args.db)
    try:
        run()
    finally:
        shutil.rmtree(var, ignore_errors=True)


def run() -> None:
    from django.conf import settings
    from django.test import Client

    from tests.site.pages import CITIZEN, LOCALES, PAGES, page_paths

    pw = demo_world()
    rows: dict[str, dict[str, int]] = defaultdict(dict)
    contributors: dict[str, tuple[int, int]] = {}
    heaviest: dict[str, list] = {}
    for locale in LOCALES:
        for name, spec in PAGES.items():
            if not spec.citizen_page:
                continue
            client = Client()
            client.cookies[settings.LANGUAGE_COOKIE_NAME] = locale
            if spec.who == CITIZEN:
                client.force_login(pw.citizen)
            for path in page_paths(name, pw):
                if spec.prime:
                    spec.prime(client, pw)
                try:
                    items = Fetcher(client).page(path)
                except RuntimeError as error:
                    rows[name][locale] = -1
                    print(f"  {locale} {name}: {error}", file=sys.stderr)
                    continue
                total = sum(wire for _what, _raw, wire in items)
                rows[name][locale] = max(total, rows[name].get(locale, 0))
                if total >= sum(wire for *_rest, wire in heaviest.get(name, [])):
                    heaviest[name] = items
                for what, raw, wire in items[1:]:
                    contributors[what] = (raw, wire)

    locales = list(LOCALES)
    print(f"Transferred per page on a first visit, KB compressed (budget {BUDGET / 1024:.0f} KB)\n")
    print(f"{'page':28}" + "".join(f"{loc:>9}" for loc in locales) + "   result")
    failures = 0
    for name in sorted(rows):
        sizes = rows[name]
        worst = max(sizes.values())
        ok = 0 <= worst <= BUDGET and all(v >= 0 for v in sizes.values())
        failures += not ok
        cells = "".join(
            f"{(v / 1024 if v >= 0 else float('nan')):9.1f}" for v in (sizes.get(loc, -1) for loc in locales)
        )
        print(f"{name:28}{cells}   {'PASS' if ok else 'FAIL'}")
    print(f"\n{len(rows) - failures} of {len(rows)} pages within budget in every locale.")

    print("\nLargest shared files (raw → sent):")
    for what, (raw, wire) in sorted(contributors.items(), key=lambda kv: -kv[1][1])[:8]:
        print(f"  {wire / 1024:7.1f} KB  (raw {raw / 1024:6.1f} KB)  {what}")
    print("\nLargest pages, what they are made of:")
    for name in sorted(rows, key=lambda n: -max(rows[n].values()))[:4]:
        parts = ", ".join(
            f"{what.split('/')[-1] or what} {wire / 1024:.1f}" for what, _raw, wire in heaviest[name]
        )
        print(f"  {name}: {parts}")


if __name__ == "__main__":
    main()
