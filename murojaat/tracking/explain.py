"""Plain words for citizens: what each status of an appeal means and what
happens next, and the words beside each rating. Kept apart from the views so
the officials' pages and notifications can reuse them."""

from django.utils.translation import gettext_lazy as _

from murojaat.appeals import codes, lifecycle
from murojaat.appeals.models import Status

# status -> (what it means, what happens next). %(body)s is the body that has it.
STATUS_EXPLAINED = {
    Status.RECEIVED: (
        _("Your appeal has reached %(body)s. It has not been registered yet."),
        _(
            "The body registers it, usually on the day it arrives. If another body deals with this matter, "
            "your appeal is sent there within 5 days and you are told. The deadline then starts again."
        ),
    ),
    Status.REGISTERED: (
        _("%(body)s has registered your appeal."),
        _(
            "An official will be given your appeal to look into it and prepare the answer before the deadline."
        ),
    ),
    Status.IN_PROGRESS: (
        _("An official of %(body)s is looking into your appeal."),
        _(
            "You will get the answer by the deadline. If more time is needed, the head of the body may extend "
            "the deadline once, by at most one month, and must tell you why."
        ),
    ),
    Status.ANSWERED: (
        _("%(body)s has answered your appeal. The answer is below."),
        _(
            "Read the answer and tell us how good it was. If you disagree with it, you can complain to the "
            "higher body within one year."
        ),
    ),
    Status.CLOSED: (
        _("%(body)s has answered your appeal and closed the case. The answer is below."),
        _("If you disagree with the answer, you can complain to the higher body within one year."),
    ),
    Status.LEFT_WITHOUT_CONSIDERATION: (
        _("%(body)s decided not to consider your appeal, on a ground the law allows. The reason is below."),
        _(
            "If you can put right what was missing (for example your name and address), you can write a new "
            "appeal. If you think the decision is wrong, you can complain to the higher body within one year."
        ),
    ),
    Status.MERGED: (
        _("Your appeal was joined to another appeal about the same matter, so that it is considered once."),
        _("The answer will be given to the appeal it was joined to."),
    ),
}

# The public timeline in the applicant's words (the officials' pages name the steps).
TIMELINE_WORDS = {
    "received": _("Your appeal arrived"),
    "register": _("Registered"),
    "forward": _("Sent to the body that deals with this matter"),
    "set_extra_study": _("More time set for extra study, checks or documents"),
    "notify_further_study": _("You were told that your suggestion needs further study"),
    "extend": _("Deadline extended"),
    "answer": _("Answered"),
    "leave_without_consideration": _("Left without consideration"),
    "merge": _("Joined to another appeal"),
    "close": _("Closed"),
    "rate": _("You rated the answer"),
    "contested": _("You complained about the answer to the higher body"),
}

RATING_WORDS = {
    1: _("very bad"),
    2: _("bad"),
    3: _("fair"),
    4: _("good"),
    5: _("very good"),
}


def explain(status: str, body: str) -> dict:
    meaning, next_step = STATUS_EXPLAINED.get(status, ("", ""))
    return {"meaning": str(meaning) % {"body": body} if meaning else "", "next": str(next_step)}


def status_tag(status: str, overdue: bool) -> str:
    """The tag's CSS modifier for a status (see murojaat.css)."""
    if overdue:
        return "tag--overdue"
    if status in (Status.ANSWERED, Status.CLOSED):
        return "tag--done"
    if status in (Status.LEFT_WITHOUT_CONSIDERATION, Status.MERGED):
        return "tag--grey"
    return ""


def appeal_row(appeal, now) -> dict:
    """One row of tracking/includes/appeals_table.html (here and in the cabinet)."""
    due = appeal.effective_due_at
    is_open = appeal.status in lifecycle.OPEN
    overdue = is_open and due < now
    return {
        "appeal": appeal,
        "code": codes.display(appeal.tracking_code),
        "due": due,
        "is_open": is_open,
        "overdue": overdue,
        "tag_class": status_tag(appeal.status, overdue),
    }
