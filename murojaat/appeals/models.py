"""Appeals (murojaat) under the Law "On appeals of individuals and legal entities".

State changes happen only in `murojaat.appeals.lifecycle`; nothing else writes
`status` or the deadline columns. The applicant's personal data lives in
`Applicant`, apart from the appeal, so that lists never load it and every
opening of it can be recorded.
"""

import hashlib

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Kind(models.TextChoices):
    APPLICATION = "application", _("application")
    SUGGESTION = "suggestion", _("suggestion")
    COMPLAINT = "complaint", _("complaint")


class Form(models.TextChoices):
    ORAL = "oral", _("oral")
    WRITTEN = "written", _("written")
    ELECTRONIC = "electronic", _("electronic")


class Channel(models.TextChoices):
    WEB = "web", _("web portal")
    MOBILE = "mobile", _("mobile app or API")
    PSC_OPERATOR = "psc_operator", _("public service centre operator")
    PEOPLES_RECEPTION = "peoples_reception", _("People's Reception")
    POST = "post", _("post")
    CONSULATE = "consulate", _("consulate")
    TRUST_LINE = "trust_line", _("trust-line phone")
    TELEGRAM = "telegram", _("Telegram")
    # Recorded by a registrar (office/record): told at the body, or brought
    # home to a mahalla worker who hands it in.
    IN_PERSON = "in_person", _("in person at the body")
    MAHALLA_VISIT = "mahalla_visit", _("mahalla worker's home visit")


class Status(models.TextChoices):
    RECEIVED = "received", _("received")
    REGISTERED = "registered", _("registered")
    IN_PROGRESS = "in_progress", _("under consideration")
    ANSWERED = "answered", _("answered")
    CLOSED = "closed", _("closed")
    LEFT_WITHOUT_CONSIDERATION = "left_without_consideration", _("left without consideration")
    MERGED = "merged", _("merged with another appeal")


class Term(models.TextChoices):
    STANDARD = "standard", _("standard term")
    EXTRA_STUDY = "extra_study", _("extended term for extra study, checks or documents")


class ApplicantType(models.TextChoices):
    INDIVIDUAL = "individual", _("individual")
    LEGAL_ENTITY = "legal_entity", _("legal entity")


class IdentityVerification(models.TextChoices):
    ONEID = "oneid", _("OneID")
    OPERATOR = "operator", _("checked by an operator")
    NONE = "none", _("not verified")


class Appeal(models.Model):
    # Unique, and on PostgreSQL without the LIKE twin Django adds to a unique
    # text column (migration 0006): codes are looked up whole, never by prefix.
    tracking_code = models.CharField(_("tracking code"), max_length=16, unique=True)
    access_key_hash = models.CharField(max_length=64)

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    form = models.CharField(_("form"), max_length=16, choices=Form.choices, default=Form.ELECTRONIC)
    channel = models.CharField(_("channel"), max_length=24, choices=Channel.choices, default=Channel.WEB)
    status = models.CharField(_("status"), max_length=32, choices=Status.choices, default=Status.RECEIVED)
    language = models.CharField(_("applicant's language"), max_length=8, choices=settings.LANGUAGES, default="uz")

    summary = models.CharField(_("subject"), max_length=255, blank=True)
    text = models.TextField(_("text of the appeal"))
    # sha256 of the text with case, spacing, punctuation and script folded: the
    # same letter sent twice (or to several bodies) has the same fingerprint.
    # Not indexed: it is compared only among one applicant's appeals, which
    # are found by account, PINFL or TIN (intake._duplicate_of). An index of
    # these random hashes cost every new appeal an entry on a random page.
    text_fingerprint = models.CharField(max_length=64, blank=True)
    category = models.ForeignKey(
        "categories.Category", verbose_name=_("category"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="appeals",
    )
    territory = models.ForeignKey(
        "territories.Territory", verbose_name=_("district or city"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="appeals",
    )
    mahalla = models.ForeignKey(
        "territories.Mahalla", verbose_name=_("mahalla"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="appeals",
    )
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6, null=True, blank=True)

    # Who has it: the body it was sent to, and the body that has it now.
    addressed_to = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("addressed to"), on_delete=models.PROTECT,
        related_name="addressed_appeals",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", verbose_name=_("body considering it"), on_delete=models.PROTECT,
        db_index=False, related_name="appeals",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("executor"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="assigned_appeals",
    )
    applicant_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("applicant's account"), null=True, blank=True,
        on_delete=models.SET_NULL, db_index=False, related_name="appeals",
    )
    applicant_type = models.CharField(
        _("applicant type"), max_length=16, choices=ApplicantType.choices, default=ApplicantType.INDIVIDUAL
    )
    is_collective = models.BooleanField(_("collective appeal"), default=False)
    # Kept on the appeal (not personal data) for statistics: sex and age band.
    applicant_sex = models.CharField(_("applicant's sex"), max_length=8, blank=True)
    applicant_age_band = models.CharField(_("applicant's age band"), max_length=8, blank=True)

    # Deadlines: written only by the lifecycle.
    received_at = models.DateTimeField(_("received"), db_index=True)
    registration_due_at = models.DateTimeField(_("to be registered by"))
    registered_at = models.DateTimeField(_("registered"), null=True, blank=True)
    decider_received_at = models.DateTimeField(_("received by the deciding body"))
    forward_due_at = models.DateTimeField(_("to be forwarded by, if not competent"))
    term = models.CharField(_("term"), max_length=16, choices=Term.choices, default=Term.STANDARD)
    due_at = models.DateTimeField(_("due"), db_index=True)
    extended_until = models.DateTimeField(_("extended until"), null=True, blank=True)
    extension_reason = models.TextField(_("reason for extension"), blank=True)
    further_study_notice_due_at = models.DateTimeField(
        _("applicant to be told of further study by"), null=True, blank=True
    )
    further_study_notified_at = models.DateTimeField(_("applicant told of further study"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated to the supervising body"), null=True, blank=True)

    # Links between appeals.
    is_repeated = models.BooleanField(_("repeated appeal"), default=False)
    repeated_of = models.ForeignKey(
        "self", verbose_name=_("earlier appeal"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="repeats",
    )
    merged_into = models.ForeignKey(
        "self", verbose_name=_("merged into"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="merged_duplicates",
    )
    contests = models.ForeignKey(
        "self", verbose_name=_("contests the answer to"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="contested_by",
    )

    # The outcome.
    answer_text = models.TextField(_("answer"), blank=True)
    answer_form = models.CharField(_("form of the answer"), max_length=16, choices=Form.choices, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("answered by"), null=True, blank=True, on_delete=models.PROTECT,
        db_index=False, related_name="answered_appeals",
    )
    conclusion = models.TextField(_("conclusion (left without consideration)"), blank=True)
    conclusion_reason = models.CharField(_("ground for leaving without consideration"), max_length=32, blank=True)
    rating = models.PositiveSmallIntegerField(
        _("rating"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    rating_comment = models.TextField(_("comment on the rating"), blank=True)
    rated_at = models.DateTimeField(_("rated"), null=True, blank=True)
    flagged_to_supervisor_at = models.DateTimeField(_("flagged to the supervising body"), null=True, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("appeal")
        verbose_name_plural = _("appeals")
        ordering = ["-received_at"]
        indexes = [
            models.Index(fields=["organisation", "status", "due_at"], name="appeal_inbox"),
            models.Index(fields=["status", "due_at"], name="appeal_deadline_scan"),
            models.Index(
                fields=["applicant_user", "-received_at"], condition=models.Q(applicant_user__isnull=False),
                name="appeal_by_applicant",
            ),
            # Links that most appeals never have (no executor yet, no earlier
            # appeal...): indexed only where set, so a new appeal writes none of
            # these entries. `col = x` implies `col IS NOT NULL`, so PostgreSQL
            # uses them for every lookup by the link and for its foreign keys.
            *(
                models.Index(fields=[link], condition=models.Q(**{f"{link}__isnull": False}), name=f"appeal_{link}_set")
                for link in ("mahalla", "assignee", "repeated_of", "merged_into", "contests", "answered_by")
            ),
            # What changed since a moment: the statistics refresh's first question
            # (`statistics.refresh`). Times only grow, so entries go to the right edge.
            models.Index(fields=["updated_at"], name="appeal_by_update"),
            # Open appeals by deadline: the dashboard's overdue list walks it oldest
            # first and stops at its limit (169 ms -> 5 ms at 10 M appeals,
            # bench/stats.py). The statuses are lifecycle.OPEN (a test checks).
            models.Index(
                fields=["due_at"],
                condition=models.Q(status__in=["received", "registered", "in_progress"]),
                name="appeal_open_by_due",
            ),
        ]

    def __str__(self) -> str:
        return self.tracking_code

    @property
    def effective_due_at(self):
        return self.extended_until or self.due_at

    @staticmethod
    def hash_access_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    def check_access_key(self, key: str) -> bool:
        import hmac

        return bool(key) and hmac.compare_digest(self.access_key_hash, self.hash_access_key(key))


class Applicant(models.Model):
    """The applicant's personal data. Officials reach it only through
    `selectors.applicant_for_official`, which records each opening."""

    appeal = models.OneToOneField(Appeal, on_delete=models.CASCADE, related_name="applicant")
    full_name = models.CharField(_("full name"), max_length=255, blank=True)
    pinfl = models.CharField(_("PINFL"), max_length=14, blank=True)  # indexed in Meta (no LIKE index)
    address = models.CharField(_("residence or postal address"), max_length=500, blank=True)
    phone = models.CharField(_("phone"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    birth_date = models.DateField(_("birth date"), null=True, blank=True)
    # Legal entity
    organisation_name = models.CharField(_("legal entity name"), max_length=255, blank=True)
    tin = models.CharField(_("TIN"), max_length=9, blank=True)  # indexed in Meta (no LIKE index)
    signatory_name = models.CharField(_("signed by"), max_length=255, blank=True)
    signatory_position = models.CharField(_("position of the signatory"), max_length=255, blank=True)
    # Representative acting for the applicant
    representative_name = models.CharField(_("representative"), max_length=255, blank=True)
    representative_document = models.CharField(_("document proving authority"), max_length=255, blank=True)
    identity_verification = models.CharField(
        _("identity verified by"), max_length=16, choices=IdentityVerification.choices,
        default=IdentityVerification.NONE,
    )

    class Meta:
        verbose_name = _("applicant")
        verbose_name_plural = _("applicants")
        # Repeated and duplicate appeals are found by exact PINFL or TIN.
        indexes = [
            models.Index(fields=["pinfl"], name="applicant_by_pinfl"),
            models.Index(fields=["tin"], name="applicant_by_tin"),
        ]

    def __str__(self) -> str:
        return self.organisation_name or self.full_name


class CoSigner(models.Model):
    """A co-signer of a collective appeal (the contact person is the Applicant)."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="cosigners")
    full_name = models.CharField(_("full name"), max_length=255)
    address = models.CharField(_("address"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("co-signer")
        verbose_name_plural = _("co-signers")

    def __str__(self) -> str:
        return self.full_name


class AppealEvent(models.Model):
    """The appeal's timeline as the applicant and officials see it. The
    tamper-evident record is the audit chain; this is its readable projection."""

    appeal = models.ForeignKey(Appeal, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=40)
    at = models.DateTimeField(db_index=True)
    # Empty for what applicants and the system do: indexed only where set.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, db_index=False
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    public = models.BooleanField(default=True, help_text=_("Shown to the applicant."))

    class Meta:
        ordering = ["at", "id"]
        verbose_name = _("appeal event")
        verbose_name_plural = _("appeal events")
        indexes = [models.Index(fields=["actor"], condition=models.Q(actor__isnull=False), name="appeal_event_actor")]

    def __str__(self) -> str:
        return f"{self.action} {self.at:%Y-%m-%d %H:%M}"


class IdempotencyRecord(models.Model):
    """The first response to a POST that carried an Idempotency-Key, replayed on retry."""

    key = models.CharField(max_length=128, unique=True)
    request_hash = models.CharField(max_length=64)
    status_code = models.PositiveSmallIntegerField()
    response = models.JSONField()
    appeal = models.ForeignKey(Appeal, null=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return self.key
