"""Rate limits on what can be abused: filing, signing in, looking appeals up.

Use the decorator on a view (a page or an API handler):

    @rate_limit("submit", account=lambda request, *a, **kw: request.user.pk)
    def create_appeal(request, payload): ...

Each call counts one hit against "<scope>.address" (the client's address) and,
when `account` names someone, "<scope>.account". Over either limit the view
does not run: the caller gets 429 with `Retry-After` and a translated message
(JSON of the API's error shape under /api/, a page elsewhere). With `failed`
(exception classes the view raises, or a test on its response) the account is
charged only for failures and checked before each try: a wrong access key
counts against its tracking code, a right one never does.
The limits themselves are in `rates.py`, settable with RATE_LIMITS.

Why our own limiter: django-ratelimit, the usual choice, has had no release
since 2023, and `limits` keeps its counters in memory, Redis or memcached,
none of which we run. Counts must be shared by every app process and machine,
and the database is the one thing they all share. Django's database cache
would do, but it counts its table on every write and increments by read then
write, so two processes lose hits; here each hit is one atomic upsert
(INSERT ... ON CONFLICT DO UPDATE ... RETURNING, PostgreSQL and SQLite alike)
of a row per key and fixed window.

Lockout after repeated wrong passwords is django-axes's job (settings
`AXES_*`); its response is `lockout_response` below, so both look the same.
"""

import hashlib
import hmac
import ipaddress
import logging
import math
import random
import time
from functools import wraps

from django.conf import settings
from django.db import connections, router
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import ngettext

log = logging.getLogger(__name__)

# One hit in this many also deletes expired counters.
_CLEANUP_ONE_IN = 500


class RateLimited(Exception):
    def __init__(self, limit: str, retry_after: int):
        super().__init__(limit)
        self.limit = limit
        self.retry_after = max(1, int(retry_after))


def enabled() -> bool:
    return bool(getattr(settings, "RATE_LIMITS_ENABLED", False))


# --- who is asking -------------------------------------------------------------------------


def client_address(request) -> str:
    """The client's address. Behind TRUSTED_PROXY_COUNT proxies, the address
    the outermost of ours saw (each proxy appends to X-Forwarded-For what it
    received from; what the client wrote there itself is ignored)."""
    address = request.META.get("REMOTE_ADDR", "") or ""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies:
        forwarded = [p.strip() for p in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if p.strip()]
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return "unknown"


def _address_key(address: str) -> str:
    # An IPv6 client holds a whole /64: counting single addresses would let it
    # rotate through billions of them.
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


# --- counting ------------------------------------------------------------------------------


def _rate(limit: str):
    return settings.RATE_LIMITS[limit]


def _row_key(limit: str, who: str, window: int) -> str:
    message = f"{limit}\x1f{who}\x1f{window}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _window(limit: str, now: float) -> tuple[int, int]:
    """(start, end) of the fixed window `now` falls in."""
    seconds = _rate(limit).seconds
    start = int(now // seconds * seconds)
    return start, start + seconds


def _table_and_connection():
    from murojaat.core.models import RateCounter

    alias = router.db_for_write(RateCounter)
    return RateCounter._meta.db_table, connections[alias]


def hit(limit: str, who: str, *, now: float | None = None) -> int:
    """Count one hit of `who` against `limit`; raise RateLimited when over."""
    now = time.time() if now is None else now
    start, end = _window(limit, now)
    table, connection = _table_and_connection()
    qn = connection.ops.quote_name
    sql = (
        f"INSERT INTO {qn(table)} (key, hits, expires) VALUES (%s, 1, %s) "
        f"ON CONFLICT (key) DO UPDATE SET hits = {qn(table)}.hits + 1 RETURNING hits"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [_row_key(limit, who, start), end])
        hits = cursor.fetchone()[0]
        if random.randrange(_CLEANUP_ONE_IN) == 0:
            cursor.execute(f"DELETE FROM {qn(table)} WHERE expires < %s", [int(now)])
    if hits > _rate(limit).hits:
        raise RateLimited(limit, math.ceil(end - now))
    return hits


def check(limit: str, who: str, *, now: float | None = None) -> None:
    """Raise RateLimited if `who` is already at `limit`, counting nothing."""
    now = time.time() if now is None else now
    start, end = _window(limit, now)
    table, connection = _table_and_connection()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT hits FROM {connection.ops.quote_name(table)} WHERE key = %s",
            [_row_key(limit, who, start)],
        )
        row = cursor.fetchone()
    if row is not None and row[0] >= _rate(limit).hits:
        raise RateLimited(limit, math.ceil(end - now))


def limit_request(request, scope: str, *, account=None) -> None:
    """Count this request against the scope's limits; raise RateLimited when over."""
    if not enabled():
        return
    hit(f"{scope}.address", _address_key(client_address(request)))
    if account not in (None, ""):
        hit(f"{scope}.account", str(account))


def _account(account, request, args, kwargs):
    if account is None:
        return None
    value = account(request, *args, **kwargs)
    return None if value in (None, "") else str(value)


def rate_limit(scope: str, *, account=None, failed=None, methods=("POST",), when=None):
    """Decorate a view so `scope`'s limits apply to it (see the module's text).

    account: request, *args, **kwargs -> who the account limit counts (or None).
    failed: exception classes, or response -> bool; when given, the account
        limit counts only failures.
    methods: the HTTP methods counted; others pass freely.
    when: request, *args, **kwargs -> bool; requests for which it is false pass freely.
    """
    failure_types = failed if isinstance(failed, tuple) or isinstance(failed, type) else None
    failure_test = failed if failed is not None and failure_types is None else None

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if (
                not enabled()
                or request.method not in methods
                or (when is not None and not when(request, *args, **kwargs))
            ):
                return view(request, *args, **kwargs)
            who = _account(account, request, args, kwargs)
            try:
                hit(f"{scope}.address", _address_key(client_address(request)))
                if who is not None:
                    if failed is None:
                        hit(f"{scope}.account", who)
                    else:
                        check(f"{scope}.account", who)
            except RateLimited as exc:
                return too_many_requests(request, exc)
            if failed is None or who is None:
                return view(request, *args, **kwargs)
            if failure_types is not None:
                try:
                    return view(request, *args, **kwargs)
                except failure_types:
                    _count_failure(scope, who)
                    raise
            response = view(request, *args, **kwargs)
            if failure_test(response):
                _count_failure(scope, who)
            return response

        return wrapped

    return decorator


def _count_failure(scope: str, who: str) -> None:
    try:
        hit(f"{scope}.account", who)
    except RateLimited:
        # This failure was the last allowed; the next try is refused.
        pass


# --- answers -------------------------------------------------------------------------------


def _message(retry_after: int) -> str:
    minutes = max(1, math.ceil(retry_after / 60))
    return ngettext(
        "Too many attempts. Wait %(minutes)d minute and try again.",
        "Too many attempts. Wait %(minutes)d minutes and try again.",
        minutes,
    ) % {"minutes": minutes}


def too_many_requests(request, exc: RateLimited) -> HttpResponse:
    """429 with Retry-After: the API's error shape under /api/, a page elsewhere."""
    # The limit's name only: never who was counted.
    log.warning("rate limit %s reached; retry after %ss", exc.limit, exc.retry_after)
    message = _message(exc.retry_after)
    if request.path.startswith("/api/"):
        response = JsonResponse({"code": "rate_limited", "message": message, "fields": {}}, status=429)
    else:
        response = render(request, "core/rate_limited.html", {"message": message}, status=429)
    response["Retry-After"] = str(exc.retry_after)
    return response


def lockout_response(request, original_response=None, credentials=None) -> HttpResponse:
    """django-axes's answer to a locked-out account (AXES_LOCKOUT_CALLABLE)."""
    from axes.helpers import get_cool_off

    cooloff = get_cool_off(request)
    seconds = int(cooloff.total_seconds()) if cooloff else 3600
    return too_many_requests(request, RateLimited("login.lockout", seconds))


def axes_client_str(username, ip_address, user_agent, path_info, request) -> str:
    """How django-axes names a client in its log lines: a short keyed hash, so
    the log holds neither user names nor addresses."""
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{username}\x1f{ip_address}".encode(), hashlib.sha256)
    return f"client {digest.hexdigest()[:12]} on {path_info}"
