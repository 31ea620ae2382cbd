"""`murojaat demo`: everything a fresh install needs to be explored.

Idempotent: reference data is upserted by code, and the appeals are
generated once (a DemoDataset row remembers it), so a second run changes
nothing.
"""

from django.db import transaction

from murojaat.demo.models import DemoDataset


def load_reference_data(stdout=None) -> None:
    from murojaat.demo.categories import load_categories
    from murojaat.demo.organisations import load_organisations
    from murojaat.demo.people import load_people
    from murojaat.territories.demo import load_demo_mahallas

    steps = [
        ("mahallas", load_demo_mahallas),
        ("organisations", load_organisations),
        ("categories", load_categories),
        ("people", load_people),
    ]
    for name, step in steps:
        with transaction.atomic():
            result = step()
        if stdout is not None:
            stdout.write(f"  {name}: {_summary(result)}")


def _summary(result) -> str:
    if isinstance(result, dict):
        return ", ".join(f"{k} {v}" for k, v in result.items() if not isinstance(v, dict | list))
    return str(result)


def load_appeals(*, count: int, seed: int, progress=None) -> dict | None:
    """Generate the demo appeals once. Returns None when they already exist."""
    from murojaat.accounts.models import User
    from murojaat.appeals.jobs import deadlines_scan
    from murojaat.demo.appeals import generate_appeals
    from murojaat.demo.people import CITIZEN
    from murojaat.notifications.services import muted

    if DemoDataset.objects.filter(name="appeals").exists():
        return None
    citizen = User.objects.filter(username=CITIZEN).first()
    counts = generate_appeals(count=count, seed=seed, citizen=citizen, progress=progress)
    with muted():
        # What the worker's scan would have done by now: escalate the overdue.
        deadlines_scan()
    DemoDataset.objects.create(name="appeals", seed=seed, size=count)
    return counts
