"""The site's own settings (production ones under scripts/production.sh) plus the floor endpoint."""

from murojaat.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench.server"]  # noqa: F405
ROOT_URLCONF = "bench.server.urls"
