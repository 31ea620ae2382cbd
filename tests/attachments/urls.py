"""The attachments router alone, mounted where the lead mounts it
(/api/v1/appeals), so these tests do not depend on the rest of the API."""

from django.urls import path
from ninja import NinjaAPI

from murojaat.attachments.api import router
from murojaat.core.api_errors import install_error_handlers

api = NinjaAPI(urls_namespace="attachments-test")
install_error_handlers(api)
api.add_router("/appeals", router)

urlpatterns = [path("api/v1/", api.urls)]
