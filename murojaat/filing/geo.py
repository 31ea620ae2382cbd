"""The region maps of the "where" step: a click on a map becomes a point.

The maps and their bounds are built from Natural Earth's admin-1 boundaries
by `scripts/build_region_maps.py` (see there for the source and licence) and
committed under `maps/`; nothing is fetched at run time. The projection is
linear in both axes (equirectangular), so pixel <-> longitude/latitude is a
straight proportion of the map's bounds.

Without JavaScript the map is an `<input type="image">`: the browser submits
the click as `map.x` and `map.y`, in pixels of the image as drawn. The image
is drawn at exactly its own size (width and height attributes), so those
pixels are the map's pixels.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

MAPS = Path(__file__).resolve().parent / "maps"
# Uzbekistan's extent with a margin: a typed point outside it is a mistake.
COUNTRY = {"west": 55.9, "east": 73.2, "south": 37.1, "north": 45.6}


@dataclass(frozen=True)
class RegionMap:
    soato: str
    width: int
    height: int
    west: float
    east: float
    south: float
    north: float

    def to_point(self, x: float, y: float) -> tuple[float, float] | None:
        """(latitude, longitude) of a click at pixel (x, y), or None outside the map."""
        if not (0 <= x <= self.width and 0 <= y <= self.height):
            return None
        longitude = self.west + x / self.width * (self.east - self.west)
        latitude = self.north - y / self.height * (self.north - self.south)
        return round(latitude, 6), round(longitude, 6)

    def to_pixel(self, latitude: float, longitude: float) -> tuple[float, float] | None:
        if not (self.south <= latitude <= self.north and self.west <= longitude <= self.east):
            return None
        x = (longitude - self.west) / (self.east - self.west) * self.width
        y = (self.north - latitude) / (self.north - self.south) * self.height
        return round(x, 1), round(y, 1)


@cache
def _bounds() -> dict:
    return json.loads((MAPS / "bounds.json").read_text())


def region_map(soato: str | None) -> RegionMap | None:
    data = _bounds().get(soato or "")
    return RegionMap(soato=soato, **data) if data else None


@cache
def _svg(soato: str) -> str:
    return (MAPS / f"{soato}.svg").read_text()


def map_svg(region: RegionMap, point: tuple[float, float] | None = None) -> str:
    """The region's map, with a marker where the point is (if it is on the map)."""
    svg = _svg(region.soato)
    pixel = region.to_pixel(*point) if point else None
    marker = ""
    if pixel:
        x, y = pixel
        marker = (
            f'<circle cx="{x:g}" cy="{y:g}" r="9" fill="none" stroke="#fff" stroke-width="5"/>'
            f'<circle cx="{x:g}" cy="{y:g}" r="9" fill="none" stroke="#b10e1e" stroke-width="3"/>'
            f'<circle cx="{x:g}" cy="{y:g}" r="2.5" fill="#b10e1e"/>'
        )
    return svg.replace("<!--MARKER-->", marker)


def in_country(latitude: float, longitude: float) -> bool:
    return (
        COUNTRY["south"] <= latitude <= COUNTRY["north"] and COUNTRY["west"] <= longitude <= COUNTRY["east"]
    )
