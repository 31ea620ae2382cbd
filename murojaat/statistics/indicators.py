"""Every indicator Murojaat publishes, defined once, with its meaning.

All indicators describe the appeals *received* in a period (by the local day
of receipt in settings.TIME_ZONE), as they stand at the last refresh of the
count tables. "Of the appeals received in January, 80 % were answered on
time" is therefore one consistent cohort, and the parts add up:

    received = answered + left_without_consideration + merged + pending

Decisions worth knowing:
- A forwarded appeal is one row that changes hands: it is counted once, under
  the body that has it now (the one that decided), never under the body it
  was first addressed to.
- "Considered" means a decision on the merits or a reasoned refusal:
  answered + left without consideration. A merged duplicate is not counted as
  considered: it is considered as part of the appeal it was merged into, which
  is counted itself; counting both would count one consideration twice.
- "On time" compares with the effective deadline, the extended one when the
  head extended the term (`Appeal.effective_due_at`).
- Shares and means are not stored: they are computed from the stored counts,
  so a sum over days or areas stays exact.

`BASE_COUNTS` are the columns of `models.AppealCount`, with the condition
that counts an appeal; `DERIVED` are computed from them.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from django.db.models import Exists, F, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from murojaat.appeals.lifecycle import OPEN
from murojaat.appeals.models import Appeal, Status

# Each appeal is counted once per dimension, under one value of it.
DIMENSIONS: dict[str, str] = {
    "total": _("all appeals"),
    "kind": _("kind"),
    "channel": _("channel"),
    "applicant_type": _("applicant type"),
    "sex": _("sex"),
    "age_band": _("age band"),
    "region": _("region"),
    "district": _("district or city"),
    "organisation": _("body"),
    "category": _("category"),
}
AGE_BANDS = ("<18", "18-24", "25-34", "35-44", "45-54", "55+")
SEXES = ("male", "female")

# Answers later than this many days are counted in this last bucket (days+).
LONGEST_ANSWER_DAYS = 120

# Cells counting fewer appeals than this are withheld from everything public.
SUPPRESSION_THRESHOLD = 10


@dataclass(frozen=True)
class BaseCount:
    key: str
    label: str
    meaning: str
    # The appeals it counts, as a filter on Appeal annotated with
    # `effective_due` (extended_until or due_at, see `refresh`), given the
    # time of the refresh; None: every appeal (or, for rating_sum, a sum).
    condition: Callable[[datetime], Q] | None


def _answered_on_time(now):
    return Q(answered_at__lte=F("effective_due"))


def _overdue_open(now):
    return Q(status__in=list(OPEN), effective_due__lt=now)


BASE_COUNTS: tuple[BaseCount, ...] = (
    BaseCount("received", _("received"), _("Appeals received in the period."), None),
    BaseCount("answered", _("answered"), _("Appeals that have been given an answer on the merits."),
              lambda now: Q(answered_at__isnull=False)),
    BaseCount(
        "answered_on_time", _("answered on time"),
        _("Answered no later than the deadline, or the extended deadline when the term was extended."),
        _answered_on_time,
    ),
    BaseCount(
        "answered_on_time_extended", _("answered on time after an extension"),
        _("Answered after the original deadline but within the extended one."),
        lambda now: Q(extended_until__isnull=False, answered_at__gt=F("due_at"), answered_at__lte=F("extended_until")),
    ),
    BaseCount("left_without_consideration", _("left without consideration"),
              _("Closed with a written conclusion on a ground in the law."),
              lambda now: Q(status=Status.LEFT_WITHOUT_CONSIDERATION)),
    BaseCount("merged", _("merged with another appeal"),
              _("Duplicates considered together with the appeal they were merged into."),
              lambda now: Q(status=Status.MERGED)),
    BaseCount("pending", _("under consideration"), _("Not yet answered, refused or merged."),
              lambda now: Q(status__in=list(OPEN))),
    BaseCount(
        "overdue", _("overdue"),
        _("Missed the deadline: answered or left without consideration after it, or still open past it."),
        lambda now: Q(answered_at__gt=F("effective_due"))
        | Q(status=Status.LEFT_WITHOUT_CONSIDERATION, closed_at__gt=F("effective_due"))
        | _overdue_open(now),
    ),
    BaseCount("overdue_open", _("overdue and still open"),
              _("Still under consideration although the deadline has passed."), _overdue_open),
    BaseCount("repeated", _("repeated"),
              _("Repeated appeals: the same person on the same matter after an answer or a missed deadline."),
              lambda now: Q(is_repeated=True)),
    BaseCount("rated", _("rated"), _("Appeals whose answer the applicant rated (1 to 5)."),
              lambda now: Q(rating__isnull=False)),
    BaseCount("rated_satisfied", _("rated 4 or 5"), _("Answers the applicant rated 4 or 5."),
              lambda now: Q(rating__gte=4)),
    # Summed, not counted: see `refresh`.
    BaseCount("rating_sum", _("sum of ratings"), _("The sum of all ratings, for the mean."), None),
    BaseCount("complaints_about_answers", _("complaints about answers"),
              _("Complaints to the higher body contesting an earlier answer."),
              lambda now: Q(contests__isnull=False)),
    BaseCount(
        "answers_contested", _("answers contested"),
        _("Appeals whose answer was later contested by a complaint to the higher body."),
        # "contests not null" is implied, and said: PostgreSQL may run this as one
        # hashed subquery, which then reads only the index of set links, not every appeal.
        lambda now: Q(Exists(Appeal.objects.filter(contests=OuterRef("pk"), contests__isnull=False))),
    ),
)
BASE_KEYS = tuple(c.key for c in BASE_COUNTS)


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    meaning: str
    unit: str  # "appeals", "percent", "days", "rating"
    # The counts the value is based on: a value based on fewer than
    # SUPPRESSION_THRESHOLD appeals is withheld from public figures.
    base: str
    compute: Callable[[dict], float | int | None]


def _share(part: str, whole: str | tuple[str, ...]) -> Callable[[dict], float | None]:
    wholes = (whole,) if isinstance(whole, str) else whole

    def compute(c: dict) -> float | None:
        denominator = sum(c[w] for w in wholes)
        return round(100 * c[part] / denominator, 1) if denominator else None

    return compute


def _count(key: str) -> Callable[[dict], int]:
    return lambda c: c[key]


INDICATORS: tuple[Indicator, ...] = (
    Indicator("received", _("Appeals received"), _("Appeals received in the period."), "appeals",
              "received", _count("received")),
    Indicator(
        "considered", _("Appeals considered"),
        _("Answered or left without consideration (merged duplicates are considered with their original)."),
        "appeals", "considered", lambda c: c["answered"] + c["left_without_consideration"],
    ),
    Indicator("answered", _("Answered"), _("Given an answer on the merits."), "appeals", "answered",
              _count("answered")),
    Indicator("answered_on_time", _("Answered on time"),
              _("Answered by the deadline, or by the extended deadline."), "appeals", "answered_on_time",
              _count("answered_on_time")),
    Indicator("answered_on_time_extended", _("Answered on time after an extension"),
              _("Answered after the original deadline but within the extended one."), "appeals",
              "answered_on_time_extended", _count("answered_on_time_extended")),
    Indicator("overdue", _("Overdue"),
              _("Answered or refused after the deadline, or still open past it."), "appeals", "overdue",
              _count("overdue")),
    Indicator("overdue_open", _("Overdue and still open"),
              _("Still under consideration although the deadline has passed."), "appeals", "overdue_open",
              _count("overdue_open")),
    Indicator("left_without_consideration", _("Left without consideration"),
              _("Closed with a written conclusion on a ground in the law."), "appeals",
              "left_without_consideration", _count("left_without_consideration")),
    Indicator("merged", _("Merged duplicates"), _("Duplicates merged into another appeal."), "appeals",
              "merged", _count("merged")),
    Indicator("pending", _("Under consideration"), _("Not yet answered, refused or merged."), "appeals",
              "pending", _count("pending")),
    Indicator("repeated", _("Repeated appeals"),
              _("The same person on the same matter after an answer or a missed deadline."), "appeals",
              "repeated", _count("repeated")),
    Indicator(
        "share_on_time", _("Share answered within the deadline"),
        _("Answered on time, as a share of the appeals answered or already past their deadline unanswered."),
        "percent", "answered_or_overdue_open", _share("answered_on_time", ("answered", "overdue_open")),
    ),
    Indicator("median_days_to_answer", _("Median days to answer"),
              _("Half of the answers came within this many days of receipt (local calendar days)."), "days",
              "answered", lambda c: c.get("median_days")),
    Indicator("satisfaction", _("Satisfied with the answer"),
              _("Share of the applicants' ratings that are 4 or 5."), "percent", "rated",
              _share("rated_satisfied", "rated")),
    Indicator("mean_rating", _("Mean rating"), _("The mean of the applicants' ratings, 1 to 5."), "rating",
              "rated", lambda c: round(c["rating_sum"] / c["rated"], 2) if c["rated"] else None),
    Indicator("rated", _("Answers rated"), _("Answers the applicant rated."), "appeals", "rated",
              _count("rated")),
    Indicator("complaints_about_answers", _("Complaints about answers"),
              _("Complaints to the higher body contesting an earlier answer."), "appeals",
              "complaints_about_answers", _count("complaints_about_answers")),
    Indicator("answers_contested", _("Answers contested"),
              _("Appeals whose answer was later contested."), "appeals", "answers_contested",
              _count("answers_contested")),
)
INDICATORS_BY_KEY = {i.key: i for i in INDICATORS}


def base_size(counts: dict, base: str) -> int:
    """How many appeals an indicator's value rests on (for suppression)."""
    if base == "considered":
        return counts["answered"] + counts["left_without_consideration"]
    if base == "answered_or_overdue_open":
        return counts["answered"] + counts["overdue_open"]
    return counts[base]


def evaluate(counts: dict) -> dict:
    """Every indicator's value from a dict of base counts (plus "median_days")."""
    return {i.key: i.compute(counts) for i in INDICATORS}


def zero_counts() -> dict:
    return dict.fromkeys(BASE_KEYS, 0)


def median_from_histogram(histogram: dict[int, int]) -> float | None:
    """The median of answer times given {days: appeals}; the mean of the two
    middle values when the count is even, as statistics.median does."""
    total = sum(histogram.values())
    if not total:
        return None
    lower_rank, upper_rank = (total - 1) // 2, total // 2
    seen, lower = 0, None
    for days in sorted(histogram):
        seen += histogram[days]
        if lower is None and seen > lower_rank:
            lower = days
        if seen > upper_rank:
            return (lower + days) / 2
    return None  # unreachable
