"""The site's URLs plus POST /bench/floor (validate a small JSON body, insert one row)."""

from django.urls import include, path
from ninja import Field, NinjaAPI, Schema
from ninja import Status as Respond

from bench.server.models import FloorRow

floor = NinjaAPI(urls_namespace="bench-floor", docs_url=None, openapi_url=None)


class FloorIn(Schema):
    name: str = Field(..., min_length=1, max_length=100)
    count: int = Field(..., ge=0, le=1_000_000)


class FloorOut(Schema):
    id: int


@floor.post("/floor", response={201: FloorOut})
def floor_insert(request, payload: FloorIn):
    row = FloorRow.objects.create(name=payload.name, count=payload.count)
    return Respond(201, {"id": row.pk})


urlpatterns = [
    path("bench/", floor.urls),
    path("", include("murojaat.urls")),
]
