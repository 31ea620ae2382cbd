"""GET /healthz: is this app process able to serve? For load balancers and monitoring.

Answered first in the middleware chain, before the host check and the HTTPS
redirect, because a load balancer asks each machine by its own address over
plain HTTP. It runs `SELECT 1` on each database and answers 200
{"status": "ok"} or 503 naming the database that failed; nothing else, so it is
cheap to ask every few seconds and tells an outsider nothing.
"""

from django.db import connections
from django.http import JsonResponse

PATH = "/healthz"


def health() -> tuple[int, dict]:
    failed = []
    for alias in connections:
        try:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
        except Exception:  # any failure means "not ready", whatever the driver raised
            failed.append(alias)
    if failed:
        return 503, {"status": "unavailable", "databases": failed}
    return 200, {"status": "ok"}


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == PATH and request.method in ("GET", "HEAD"):
            status, body = health()
            response = JsonResponse(body, status=status)
            response["Cache-Control"] = "no-store"
            return response
        return self.get_response(request)
