"""The statistics router alone, mounted where the lead mounts it (/api/v1/stats)."""

from django.urls import path
from ninja import NinjaAPI

from murojaat.core.api_errors import install_error_handlers
from murojaat.statistics.api import router

api = NinjaAPI(urls_namespace="statistics-test")
install_error_handlers(api)
api.add_router("/stats", router)

urlpatterns = [path("api/v1/", api.urls)]
