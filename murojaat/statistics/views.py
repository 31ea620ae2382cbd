"""The public statistics page and the officials' dashboard: read count tables, render.

Neither scans raw appeals on a page view (the tests pin the queries); the
dashboard's overdue list is the one bounded, indexed read of appeals.
"""

from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone

from murojaat.accounts.access import official_required
from murojaat.core.errors import DomainError
from murojaat.statistics import pages
from murojaat.statistics.forms import StatisticsFilterForm, recent_months
from murojaat.statistics.refresh import next_month
from murojaat.statistics.selectors import Period


def public(request):
    """/statistics/: no sign-in. A GET form chooses the area, months and map."""
    form = StatisticsFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return render(request, "statistics/public.html", {"form": form}, status=400)
    try:
        area, period, map_indicator = form.selection()
        page = pages.public_page(area=area, period=period, map_indicator=map_indicator)
    except DomainError as error:  # an area the form let through but the selectors refuse
        for message in [*error.fields.values()] or [error.message]:
            form.add_error(None, message)
        return render(request, "statistics/public.html", {"form": form}, status=400)
    return render(request, "statistics/public.html", {"form": form, **page})


@official_required
def dashboard(request):
    """/dashboard/: an official's bodies over the last twelve months, and what needs doing now."""
    months = recent_months(count=12)
    today = timezone.localdate()
    period = Period(months[-1], max(today, next_month(months[0]) - timedelta(days=1)))
    return render(
        request, "statistics/dashboard.html", pages.dashboard_page(user=request.user, period=period)
    )
