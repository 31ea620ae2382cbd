"""Where: the region, the district or city, the mahalla, and an optional
point on the region's map (which works without JavaScript)."""

from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_GET, require_http_methods

from murojaat.filing import draft as drafts
from murojaat.filing import forms, geo, journey, pages


@require_http_methods(["GET", "POST"])
@journey.journey_step("region")
def region(request, draft):
    form = journey.form_for(request, forms.RegionForm, draft, {"region": draft.get("region", "")},
                            regions=pages.regions())
    if request.method == "POST" and form.is_valid():
        if draft.get("region") != form.cleaned_data["region"]:
            # Another region: the district, mahalla and point belong to the old one.
            draft.update({"territory": "", "mahalla": "", "latitude": None, "longitude": None})
            drafts.unmark(draft, "district", "mahalla", "place")
        return journey.answered(request, draft, "region", {"region": form.cleaned_data["region"]})
    return journey.step_page(request, draft, "region", form)


def _list_page(request, draft, step, form, within, choices, **extra):
    """A step choosing from the places `within` a larger one (its caption);
    a long list gets a filter box."""
    return journey.step_page(
        request, draft, step, form, caption=within.name if within else "", filter_list=len(choices) > 12, **extra
    )


@require_http_methods(["GET", "POST"])
@journey.journey_step("district")
def district(request, draft):
    region, districts = pages.region_and_districts(draft["region"])
    form = journey.form_for(request, forms.DistrictForm, draft, {"territory": draft.get("territory", "")},
                            districts=districts)
    if request.method == "POST" and form.is_valid():
        if draft.get("territory") != form.cleaned_data["territory"]:
            drafts.unmark(draft, "mahalla")
            draft.update(form.answers())
            draft["has_mahallas"] = pages.has_mahallas(draft["territory"])
        return journey.answered(request, draft, "district")
    return _list_page(request, draft, "district", form, region, districts)


@require_http_methods(["GET", "POST"])
@journey.journey_step("mahalla")
def mahalla(request, draft):
    district, mahallas = pages.district_and_mahallas(draft["territory"])
    value = draft.get("mahalla") or (forms.NO_MAHALLA if drafts.answered(draft, "mahalla") else "")
    form = journey.form_for(request, forms.MahallaForm, draft, {"mahalla": value}, mahallas=mahallas)
    if request.method == "POST" and form.is_valid():
        return journey.answered(request, draft, "mahalla", form.answers())
    return _list_page(request, draft, "mahalla", form, district, mahallas, optional=True)


def _map_click(request) -> tuple[float, float] | None:
    """The pixel clicked on the map image, or None. Enter pressed in a text box
    "clicks" the first submit button, which is the map, at (0, 0): that is
    not a click but "Continue"."""
    if request.method != "POST" or "map.x" not in request.POST:
        return None
    try:
        x, y = float(request.POST["map.x"]), float(request.POST.get("map.y", ""))
    except ValueError:
        return None
    return None if x == 0 and y == 0 else (x, y)


@require_http_methods(["GET", "POST"])
@journey.journey_step("place")
def place(request, draft):
    region_map = geo.region_map(draft.get("region"))
    click = _map_click(request)
    if click is not None and region_map is not None:
        # A click on the map (works without JavaScript): keep the point, show it.
        point = region_map.to_point(*click)
        if point:
            draft["latitude"], draft["longitude"] = point
            drafts.save(request, draft)
        return redirect(journey.url("place", journey.changing(request)) + "#map")
    if request.method == "POST":
        form = forms.PlaceForm(request.POST, draft=draft, language=journey.language())
        if form.is_valid():
            return journey.answered(request, draft, "place", form.answers())
    else:
        point = pages.point(draft)
        form = forms.PlaceForm(
            initial={"latitude": point[0] if point else None, "longitude": point[1] if point else None},
            draft=draft,
            language=journey.language(),
        )
    return journey.step_page(
        request, draft, "place", form, template="filing/place.html", **pages.place_page(draft, region_map)
    )


@require_GET
def map_image(request, soato):
    svg = pages.map_svg(soato, request.GET.get("lat"), request.GET.get("lon"))
    if svg is None:
        raise Http404
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Cache-Control"] = "public, max-age=86400"
    return response
