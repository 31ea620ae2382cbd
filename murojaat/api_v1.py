"""The JSON API: /api/v1/, OpenAPI at /api/v1/openapi.json, docs at /api/v1/docs.

Project wiring, like urls.py: each domain app contributes a router and this
module mounts them all, so it may import every app and none imports it.
Errors everywhere have one shape, {"code", "message", "fields"}, in the
language of Accept-Language (core/api_errors.py).
"""

from ninja import NinjaAPI

from murojaat.accounts.api import router as auth_router
from murojaat.appeals.api import router as appeals_router
from murojaat.attachments.api import router as attachments_router
from murojaat.categories.api import router as categories_router
from murojaat.core.api_errors import install_error_handlers
from murojaat.organisations.api import router as organisations_router
from murojaat.search.api import router as search_router
from murojaat.statistics.api import router as statistics_router
from murojaat.territories.api import router as territories_router
from murojaat.trends.api import router as trends_router

api = NinjaAPI(
    title="Murojaat API",
    version="1",
    description="Appeals of individuals and legal entities to state bodies.",
    urls_namespace="api",
)
install_error_handlers(api)

# The order of mounting is the order of the OpenAPI document's paths.
api.add_router("/auth", auth_router)
api.add_router("/appeals", appeals_router)
api.add_router("/appeals", attachments_router)
api.add_router("/search", search_router)
api.add_router("/trends", trends_router)
api.add_router("/stats", statistics_router)
api.add_router("/territories", territories_router)
api.add_router("/organisations", organisations_router)
api.add_router("/categories", categories_router)
