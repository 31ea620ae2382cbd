"""GET /api/v1/search?q=...: officials search the appeals they may see."""

from ninja import Field, Query, Router, Schema

from murojaat.accounts.api_auth import official_auth
from murojaat.accounts.selectors import is_official
from murojaat.appeals import codes
from murojaat.core.api_schemas import ErrorOut
from murojaat.core.errors import NotFound
from murojaat.search.query import MAX_RESULTS, appeal_search

router = Router(tags=["search"])


class SearchParams(Schema):
    q: str = Field("", max_length=200, description="Words in Latin or Cyrillic script; empty finds nothing.")
    limit: int = Field(20, ge=1, le=MAX_RESULTS)


class SearchHitOut(Schema):
    tracking_code: str
    summary: str
    snippet: str = Field(..., description="HTML: the matched words in <mark>, everything else escaped.")
    rank: float
    status: str


@router.get("", response={200: list[SearchHitOut], 401: ErrorOut, 404: ErrorOut, 422: ErrorOut}, auth=official_auth,
            summary="Officials: search appeals")
def search(request, params: Query[SearchParams]):
    if not is_official(request.auth):
        # As the inbox does: a signed-in citizen learns nothing, not even that this exists.
        raise NotFound()
    return [
        {"tracking_code": codes.display(hit.appeal.tracking_code), "summary": hit.appeal.summary,
         "snippet": hit.snippet, "rank": hit.rank, "status": hit.appeal.status}
        for hit in appeal_search(user=request.auth, query=params.q, limit=params.limit)
    ]
