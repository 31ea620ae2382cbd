"""The citizen's journey for filing an appeal, one question per page, split
by part of the journey (the order: `filing/journey.py`; what the pages show:
`filing/pages.py`). The answers live in the session (`draft.py`) until "Send"
on the check page calls `actions.appeal_submit`."""

from murojaat.filing.views.about import about, category
from murojaat.filing.views.applicant import details, who
from murojaat.filing.views.files import files
from murojaat.filing.views.place import district, mahalla, map_image, place, region
from murojaat.filing.views.send import check, done
from murojaat.filing.views.start import kind, start

__all__ = [
    "about", "category", "check", "details", "district", "done", "files", "kind", "mahalla", "map_image",
    "place", "region", "start", "who",
]
