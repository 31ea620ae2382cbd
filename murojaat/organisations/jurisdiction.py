"""Which body answers an appeal, and which bodies a supervisor may see.

The jurisdiction rule
---------------------
A leaf category names the *kind* of body that answers it and the *level* at
which that body works (`Category.responsible_kind`, `Category.responsible_level`).
`competent_body()` turns (category, place of the appeal) into one active body:

1. At the category's level, look for an active body of that kind that serves
   the place of the appeal:

   - ``mahalla``:  the body whose ``mahalla`` is the appeal's mahalla;
   - ``district``: the body whose territory is the appeal's district or city;
   - ``region``:   the body whose territory is the region of the appeal's place;
   - ``national``: the body with no territory (the whole country).

2. If there is none, try the same kind one level up, and so on to the top:
   mahalla -> district -> region -> national. (A district with no social
   protection department of its own is served by the regional one.)

3. If no body of that kind serves the place at any level, the hokimiyat of the
   appeal's district answers, and failing that the hokimiyat of its region:
   under the law the hokimiyat answers for everything in its territory that
   no specialised body covers.

4. Otherwise: None. The registrar of the receiving body then routes by hand.

A level that the place cannot resolve is skipped: an appeal placed only at a
region has no district, one without a mahalla has no mahalla. When two or
more bodies fit the same step equally (for example several ministries share
the kind "ministry" at the national level), the rule does not guess: it
returns None and leaves the choice to the registrar, because sending a
complaint to the wrong ministry costs the citizen more than a manual step.
"""

from collections import defaultdict

from murojaat.organisations.models import Level, Organisation, OrganisationKind

# From the most local level up; the fallback walks this list to the right.
LEVELS_BOTTOM_UP = [Level.MAHALLA, Level.DISTRICT, Level.REGION, Level.NATIONAL]


class _Ambiguous(Exception):
    """More than one body fits one step of the rule."""


def competent_body(*, category, territory, mahalla=None) -> Organisation | None:
    """The active body that should answer an appeal in `category` about a
    place (`territory` a district/city or a region, `mahalla` optional)."""
    if category.responsible_body_id and category.responsible_body.is_active:
        return category.responsible_body
    kind, level = category.responsible_kind, category.responsible_level
    if not kind or level not in LEVELS_BOTTOM_UP:
        return None  # a group, or a leaf not configured for routing
    if mahalla is not None and territory is None:
        territory = mahalla.territory
    district = territory if territory is not None and territory.level == "district" else None
    region = territory.region if territory is not None else None

    steps = [(kind, lvl) for lvl in LEVELS_BOTTOM_UP[LEVELS_BOTTOM_UP.index(level):]]
    steps += [(OrganisationKind.HOKIMIYAT, Level.DISTRICT), (OrganisationKind.HOKIMIYAT, Level.REGION)]
    steps = list(dict.fromkeys(steps))  # a hokimiyat category has already tried these
    places = {Level.MAHALLA: mahalla, Level.DISTRICT: district, Level.REGION: region}
    try:
        for step_kind, step_level in steps:
            body = _body_serving(kind=step_kind, level=step_level, places=places)
            if body is not None:
                return body
    except _Ambiguous:
        return None
    return None


def _body_serving(*, kind: str, level: str, places: dict) -> Organisation | None:
    bodies = Organisation.objects.filter(kind=kind, level=level, is_active=True)
    if level == Level.NATIONAL:
        bodies = bodies.filter(territory__isnull=True)
    elif places[level] is None:
        return None
    elif level == Level.MAHALLA:
        bodies = bodies.filter(mahalla=places[level])
    else:
        bodies = bodies.filter(territory=places[level])
    found = list(bodies[:2])
    if len(found) > 1:
        raise _Ambiguous
    return found[0] if found else None


def bodies_visible_to(org: Organisation) -> set[int]:
    """Ids of the body and of every body below it in the supervision tree.

    Ids, because callers filter by them (`organisation_id__in=`). One query
    however deep the tree: the (id, parent) pairs of all bodies fit in memory
    (a few thousand rows), and walking them in Python avoids a query per level.
    """
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent_id in Organisation.objects.values_list("pk", "parent_id"):
        if parent_id is not None:
            children[parent_id].append(pk)
    visible, stack = {org.pk}, [org.pk]
    while stack:
        for child in children.get(stack.pop(), ()):
            if child not in visible:  # a cycle in bad data must not loop forever
                visible.add(child)
                stack.append(child)
    return visible
