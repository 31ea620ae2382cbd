"""One error shape for the whole API: {"code", "message", "fields"}.

Messages are rendered in the language the LocaleMiddleware chose from
Accept-Language. Anything unexpected becomes a 500 with no internals shown.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from murojaat.core.errors import (
    Conflict,
    DomainError,
    InvalidInput,
    InvalidTransition,
    NotAllowed,
    NotFound,
    Unauthorized,
)
from murojaat.core.ratelimit import RateLimited, too_many_requests

log = logging.getLogger(__name__)

STATUS = {Unauthorized: 401, InvalidInput: 422, NotFound: 404, NotAllowed: 403, InvalidTransition: 409, Conflict: 409}


def error_body(code: str, message: str, fields: dict | None = None) -> dict:
    return {"code": code, "message": str(message), "fields": {k: str(v) for k, v in (fields or {}).items()}}


def _field_name(loc) -> str:
    # pydantic locations look like ("body", "payload", "text") or ("file", "file"):
    # drop the leading location and ninja's parameter-group name, keep the field.
    parts = [str(p) for p in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "form", "file", "cookie"):
        parts = parts[1:]
    if len(parts) > 1 and parts[0] in ("payload", "filters"):
        parts = parts[1:]
    return ".".join(parts) or "request"


def _pydantic_message(error: dict) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind in ("string_too_long",):
        return _("Too long: at most %(n)s characters.") % {"n": ctx.get("max_length")}
    if kind in ("string_too_short",):
        return _("Too short: at least %(n)s characters.") % {"n": ctx.get("min_length")}
    if kind.startswith("int") or kind.startswith("float") or kind.startswith("decimal"):
        return _("Enter a number.")
    if kind in ("enum", "literal_error"):
        return _("Choose one of the allowed values.")
    if kind.startswith("datetime") or kind.startswith("date"):
        return _("Enter a valid date.")
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return _("The value is out of range.")
    if kind in ("json_invalid", "model_type", "model_attributes_type", "dict_type"):
        return _("The request body must be a JSON object.")
    return _("This value is not valid.")


def install_error_handlers(api) -> None:
    @api.exception_handler(DomainError)
    def domain_error(request, exc: DomainError):
        status = next((s for cls, s in STATUS.items() if isinstance(exc, cls)), 400)
        return api.create_response(request, error_body(exc.code, exc.message, exc.fields), status=status)

    @api.exception_handler(NinjaValidationError)
    def validation_error(request, exc: NinjaValidationError):
        fields = {}
        for error in exc.errors:
            fields.setdefault(_field_name(error.get("loc", ())), _pydantic_message(error))
        body = error_body("invalid", _("Some of the information given is not valid."), fields)
        return api.create_response(request, body, status=422)

    @api.exception_handler(DjangoValidationError)
    def django_validation_error(request, exc: DjangoValidationError):
        fields = {k: " ".join(str(m) for m in v) for k, v in getattr(exc, "message_dict", {}).items()}
        message = exc.messages[0] if not fields and exc.messages else _("Some of the information given is not valid.")
        return api.create_response(request, error_body("invalid", message, fields), status=422)

    @api.exception_handler(AuthenticationError)
    def auth_error(request, exc):
        return api.create_response(
            request, error_body("unauthorized", _("Sign in to do this.")), status=401
        )

    @api.exception_handler(PermissionDenied)
    def permission_denied(request, exc):
        return api.create_response(request, error_body("forbidden", _("You are not allowed to do this.")), status=403)

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return api.create_response(request, error_body("not_found", _("Nothing was found.")), status=404)

    @api.exception_handler(HttpError)
    def http_error(request, exc: HttpError):
        # django-ninja's own errors carry English text; say what we can in
        # the reader's language. A 400 raised from another error is ninja
        # failing to parse the body (malformed JSON, a wrong encoding).
        if exc.status_code == 400 and exc.__cause__ is not None:
            body = error_body("invalid_body", _("The request body must be a JSON object."))
        elif exc.status_code == 403:
            body = error_body("forbidden", _("You are not allowed to do this."))
        else:
            body = error_body("error", str(exc))
        return api.create_response(request, body, status=exc.status_code)

    @api.exception_handler(RateLimited)
    def rate_limited(request, exc: RateLimited):
        return too_many_requests(request, exc)

    @api.exception_handler(Exception)
    def unexpected(request, exc):
        log.exception("unexpected error in API")
        return api.create_response(
            request, error_body("server_error", _("Something went wrong on our side. Nothing was changed.")),
            status=500,
        )
