"""The content security policy, with one narrow exception, built once.

Our own pages need nothing but our own origin: no inline script, no inline
style. Swagger UI (the API documentation, /api/v1/docs) is a third-party
React bundle that writes `style` attributes, so its page alone may use inline
styles; scripts stay restricted there too.

The policy is the same for every response of a kind (with or without that
exception), so its headers are built once per process and kept: django-csp
builds them anew for every response, about 170 µs of CPU each, which on an
API call is a tenth of what the whole request costs. A response that asks for
its own policy (django-csp's decorators) or a request that used a nonce goes
through django-csp as before.
"""

from dataclasses import asdict

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse

_INLINE_STYLE_PATHS = ("/api/v1/docs",)

# What django-csp's decorators set on a response to change its policy.
_PER_RESPONSE = (
    "_csp_exempt", "_csp_exempt_ro", "_csp_config", "_csp_config_ro",
    "_csp_update", "_csp_update_ro", "_csp_replace", "_csp_replace_ro",
)

# (inline styles allowed?) -> [(header, value)], as django-csp would set them.
_built: dict[bool, list[tuple[str, str]]] = {}


@receiver(setting_changed)
def _forget_policy(*, setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY") or setting == "DEBUG":
        _built.clear()


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(_INLINE_STYLE_PATHS):
            parts.update = {**(parts.update or {}), "style-src": ["'unsafe-inline'"]}
        return parts

    def process_response(self, request, response):
        if (
            settings.DEBUG
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in _PER_RESPONSE)
        ):
            return super().process_response(request, response)
        inline = request.path.startswith(_INLINE_STYLE_PATHS)
        headers = _built.get(inline)
        if headers is None:
            # What django-csp would build for a response with no policy of its own.
            sample = HttpResponse()
            built = [
                (HEADER, build_policy(**asdict(self.get_policy_parts(request, sample)))),
                (HEADER_REPORT_ONLY, build_policy(
                    **asdict(self.get_policy_parts(request, sample, report_only=True)), report_only=True
                )),
            ]
            headers = _built[inline] = [(name, value) for name, value in built if value]
        for name, value in headers:
            if name in response:
                continue
            excluded = getattr(settings, _SETTING[name], None) or {}
            if not request.path_info.startswith(tuple(excluded.get("EXCLUDE_URL_PREFIXES", None) or ())):
                response[name] = value
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


_SETTING = {HEADER: "CONTENT_SECURITY_POLICY", HEADER_REPORT_ONLY: "CONTENT_SECURITY_POLICY_REPORT_ONLY"}
