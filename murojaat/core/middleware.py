"""Refusing input that no database column can hold.

PostgreSQL text cannot contain U+0000. A NUL that reaches a query raises a
DataError deep inside the ORM, so it is refused here, once, for every page
and endpoint: a clear 422 before anything runs, and nothing changes.
"""

import re

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

_JSON_NUL = re.compile(rb"\\u0000", re.IGNORECASE)


def _has_nul(request) -> bool:
    if "\x00" in request.path:
        return True
    if any("\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()):
        return True
    content_type = request.content_type or ""
    if content_type == "application/json":
        body = request.body
        return b"\x00" in body or bool(_JSON_NUL.search(body))
    if request.method == "POST" and content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        # Only the text fields: an uploaded file may hold any bytes.
        return any("\x00" in key or any("\x00" in v for v in values) for key, values in request.POST.lists())
    return False


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            message = _("The request contains a NUL character, which is not allowed in any field.")
            if request.path.startswith("/api/"):
                return JsonResponse({"code": "invalid", "message": message, "fields": {}}, status=422)
            return HttpResponse(message, status=422, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
