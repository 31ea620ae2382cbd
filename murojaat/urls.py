from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from murojaat.api.root import api

urlpatterns = [
    # Until the citizens' pages exist, the front door is the API and its documentation.
    path("", RedirectView.as_view(url="/api/v1/docs", permanent=False)),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
