"""The content security policy, with one narrow exception, built once.

Our own pages need nothing but our own origin: no inline script, no inline
style. Swagger UI (the API documentation, /api/v1/docs) is a third-party
React bundle that writes `style` attributes, so its page alone may use inline
styles; scripts stay restricted there too.

The policy is `settings.CONTENT_SECURITY_POLICY` (and, when set,
`CONTENT_SECURITY_POLICY_REPORT_ONLY`), written as django-csp 4 writes it:
`{"DIRECTIVES": {"default-src": ["'self'"], ...}}`, a directive set to True
written bare, one set to None or False left out. The headers are the same for
every response of a kind (with or without the docs' exception), so they are
built once per process and kept, and built again when a setting changes.

Why our own middleware rather than django-csp's: django-csp builds the header
anew for every response, about 170 µs of CPU each, which on an API call is a
tenth of what the whole request costs; keeping its header meant copying its
private attributes. No page uses nonces. A view that needs a policy of its own
(none does today) says so with `policy_update` or `policy_exempt` below.
"""

from collections.abc import Callable, Iterable, Mapping
from functools import wraps

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

HEADER = "Content-Security-Policy"
HEADER_REPORT_ONLY = "Content-Security-Policy-Report-Only"
SETTING_OF_HEADER = {HEADER: "CONTENT_SECURITY_POLICY", HEADER_REPORT_ONLY: "CONTENT_SECURITY_POLICY_REPORT_ONLY"}

_INLINE_STYLE_PATHS = ("/api/v1/docs",)
_INLINE_STYLE = {"style-src": ["'unsafe-inline'"]}
# Django's debug pages (404 and 500 with DEBUG on) carry inline styles.
_DEBUG_PAGES = (404, 500)

Directives = Mapping[str, Iterable[str] | bool | None]

# (inline styles allowed?) -> [(header, value)]
_built: dict[bool, list[tuple[str, str]]] = {}


@receiver(setting_changed)
def _forget_policy(*, setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _built.clear()


def policy_value(directives: Directives, *updates: Directives) -> str:
    """A header value: `directives` with the sources of each of `updates` added."""
    merged: dict[str, list[str] | bool] = {}
    for source in (directives, *updates):
        for name, values in source.items():
            if values is None or values is False:
                continue
            if values is True or merged.get(name) is True:
                merged[name] = True
            else:
                merged[name] = [*merged.get(name, []), *values]
    return "; ".join(
        name if values is True else " ".join([name, *dict.fromkeys(values)]) for name, values in merged.items()
    )


def _policy_headers(*updates: Directives) -> list[tuple[str, str]]:
    headers = []
    for header, setting in SETTING_OF_HEADER.items():
        policy = getattr(settings, setting, None)
        if policy:
            value = policy_value(policy.get("DIRECTIVES", {}), *updates)
            if value:
                headers.append((header, value))
    return headers


def policy_update(directives: Directives) -> Callable:
    """A view decorator: the view's answers add `directives`' sources to the policy."""
    return lambda view: _answers_marked(view, content_security_policy_update=directives)


def policy_exempt(view: Callable) -> Callable:
    """A view decorator: the view's answers carry no policy header."""
    return _answers_marked(view, content_security_policy_exempt=True)


def _answers_marked(view: Callable, **marks) -> Callable:
    @wraps(view)
    def answer(*args, **kwargs):
        response = view(*args, **kwargs)
        for name, value in marks.items():
            setattr(response, name, value)
        return response

    return answer


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "content_security_policy_exempt", False):
            return response
        if settings.DEBUG and response.status_code in _DEBUG_PAGES:
            return response
        inline = request.path.startswith(_INLINE_STYLE_PATHS)
        exceptions = (_INLINE_STYLE,) if inline else ()
        update = getattr(response, "content_security_policy_update", None)
        if update is not None:
            headers = _policy_headers(update, *exceptions)
        else:
            headers = _built.get(inline)
            if headers is None:
                headers = _built[inline] = _policy_headers(*exceptions)
        for name, value in headers:
            if name not in response:
                response[name] = value
        return response
