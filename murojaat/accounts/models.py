"""People (citizens, legal entities' representatives, officials) and their roles."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from murojaat.accounts.identifiers import validate_pinfl, validate_tin
from murojaat.organisations.jurisdiction import bodies_visible_to


class User(AbstractUser):
    """One account model for everyone. A citizen is keyed on the PINFL, a
    legal entity on its TIN; officials hold memberships in organisations."""

    class Kind(models.TextChoices):
        CITIZEN = "citizen", _("citizen")
        LEGAL_ENTITY = "legal_entity", _("legal entity")
        OFFICIAL = "official", _("official")

    class Sex(models.TextChoices):
        MALE = "male", _("male")
        FEMALE = "female", _("female")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.CITIZEN)
    middle_name = models.CharField(_("patronymic"), max_length=150, blank=True)
    pinfl = models.CharField(
        _("PINFL"), max_length=14, unique=True, null=True, blank=True, validators=[validate_pinfl]
    )
    tin = models.CharField(_("TIN"), max_length=9, unique=True, null=True, blank=True, validators=[validate_tin])
    organisation_name = models.CharField(_("legal entity name"), max_length=255, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    sex = models.CharField(_("sex"), max_length=8, choices=Sex.choices, blank=True)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="uz"
    )
    # The citizen's notification settings (the cabinet): which of the contacts
    # given with an appeal may be used, and the language of the messages (empty:
    # the language the appeal was written in).
    notify_sms = models.BooleanField(_("SMS notifications"), default=True)
    notify_email = models.BooleanField(_("e-mail notifications"), default=True)
    notify_language = models.CharField(
        _("language of notifications"), max_length=8, choices=settings.LANGUAGES, blank=True
    )
    # What the identity provider said at the last sign-in through it (OneID:
    # `valid` and `auth_method`); see accounts/identity/. Never the token.
    identity_provider = models.CharField(_("identity provider"), max_length=16, blank=True)
    identity_valid = models.BooleanField(_("identity verified by the provider"), default=False)
    identity_auth_method = models.CharField(_("identity sign-in method"), max_length=32, blank=True)
    identity_checked_at = models.DateTimeField(_("identity last confirmed"), null=True, blank=True)
    # The legal entities the provider lists for this person (OneID `legal_info`),
    # normalised to [{"tin", "name", "is_basic"}]; `pkcs_legal_tin` is the one
    # asserted by its own e-signature key at the last sign-in, if any.
    legal_entities = models.JSONField(_("legal entities represented"), default=list, blank=True)
    asserted_legal_tin = models.CharField(_("legal entity asserted by e-signature"), max_length=9, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    @property
    def is_verified_person(self) -> bool:
        """Whether a provider proofed this person's identity (OneID `valid`:
        e-signature or Mobile-ID, not a bare password). Actions that need a
        verified person (a petition's signature, a vote, a paid service) ask
        `accounts.identity.require_verified_person`."""
        return bool(self.pinfl and self.identity_valid)

    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p) or self.username

    @cached_property
    def roles_by_body(self) -> dict[int, set[str]]:
        """The roles this official holds, by organisation id: read once per
        loaded user (one request), since a page asks for each appeal it lists."""
        roles: dict[int, set[str]] = {}
        for org_id, role in Membership.objects.filter(user=self, is_active=True).values_list(
            "organisation_id", "role"
        ):
            roles.setdefault(org_id, set()).add(role)
        return roles

    @cached_property
    def visible_organisation_ids(self) -> set[int]:
        """The bodies whose appeals this official sees: their own, and for a
        supervisor every body below theirs. Read once per loaded user."""
        ids: set[int] = set()
        memberships = Membership.objects.filter(user=self, is_active=True, role__in=OFFICIAL_ROLES)
        for membership in memberships.select_related("organisation"):
            if membership.role == Role.SUPERVISOR:
                ids |= set(bodies_visible_to(membership.organisation))
            else:
                ids.add(membership.organisation_id)
        return ids


class Role(models.TextChoices):
    REGISTRAR = "registrar", _("registrar")
    EXECUTOR = "executor", _("executor")
    HEAD = "head", _("head")
    SUPERVISOR = "supervisor", _("supervisor (read-only over subordinate bodies)")
    ADMINISTRATOR = "administrator", _("administrator")


# The roles that make a user an official who sees appeals (an administrator
# manages a body's settings, not its appeals).
OFFICIAL_ROLES = frozenset({Role.REGISTRAR, Role.EXECUTOR, Role.HEAD, Role.SUPERVISOR})


class Membership(models.Model):
    """An official's role inside one organisation. One person may hold several."""

    user = models.ForeignKey(User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships")
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation", "role"], name="membership_unique_role")
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} — {self.organisation}"


class ApiToken(models.Model):
    """A bearer token for the officials' API. Only its SHA-256 is stored."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.user} until {self.expires_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User) -> tuple["ApiToken", str]:
        key = secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user,
            key_hash=cls.hash_key(key),
            expires_at=timezone.now() + timedelta(hours=settings.API_TOKEN_TTL_HOURS),
        )
        return token, key


class UserSession(models.Model):
    """A browser session of a signed-in person, written at sign-in, so the
    cabinet lists them and "sign out everywhere" ends each one (the session
    rows themselves hold the user only inside encoded data)."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="browser_sessions")
    session_key = models.CharField(max_length=40, unique=True)
    signed_in_at = models.DateTimeField(default=timezone.now)
    user_agent = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("browser session")
        verbose_name_plural = _("browser sessions")

    def __str__(self) -> str:
        return f"{self.user} — {self.signed_in_at:%Y-%m-%d %H:%M}"
