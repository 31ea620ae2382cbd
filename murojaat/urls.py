from django.contrib import admin
from django.urls import include, path

from murojaat.api.root import api

# Each app owns its paths (see its urls.py); this file only lists the apps.
urlpatterns = [
    path("", include("murojaat.filing.urls")),
    path("", include("murojaat.tracking.urls")),
    path("", include("murojaat.accounts.urls")),
    path("", include("murojaat.office.urls")),
    path("", include("murojaat.statistics.urls")),
    path("", include("murojaat.ui.urls")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
