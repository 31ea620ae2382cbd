from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "murojaat.accounts"
    label = "accounts"
    verbose_name = _("People and roles")

    def ready(self) -> None:
        # Every way of signing in (the password page, the second factor, OneID)
        # ends in django.contrib.auth.login, which sends this signal: the one
        # place a new session of a person can be remembered.
        from django.contrib.auth.signals import user_logged_in

        user_logged_in.connect(_remember_session, dispatch_uid="accounts.remember_session")


def _remember_session(sender, request, user, **kwargs) -> None:
    from murojaat.accounts.actions import session_record

    if request is None or not hasattr(request, "session"):
        return
    if request.session.session_key is None:
        request.session.save()
    session_record(
        user, session_key=request.session.session_key, user_agent=request.META.get("HTTP_USER_AGENT", "")
    )
