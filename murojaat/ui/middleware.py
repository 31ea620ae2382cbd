"""The content security policy, with one narrow exception.

Our own pages need nothing but our own origin: no inline script, no inline
style. Swagger UI (the API documentation, /api/v1/docs) is a third-party
React bundle that writes `style` attributes, so its page alone may use inline
styles; scripts stay restricted there too.
"""

from csp.middleware import CSPMiddleware, PolicyParts

_INLINE_STYLE_PATHS = ("/api/v1/docs",)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(_INLINE_STYLE_PATHS):
            parts.update = {**(parts.update or {}), "style-src": ["'unsafe-inline'"]}
        return parts
