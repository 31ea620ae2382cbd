"""Demo mahallas for a few districts, loaded through the ordinary CSV import."""

from pathlib import Path

from murojaat.territories.mahalla_import import ImportCounts, mahallas_import_csv

DEMO_MAHALLAS_CSV = Path(__file__).resolve().parent / "data" / "demo_mahallas.csv"


def load_demo_mahallas() -> ImportCounts:
    """Create or update the demo mahallas; safe to call again."""
    with DEMO_MAHALLAS_CSV.open(encoding="utf-8-sig", newline="") as stream:
        return mahallas_import_csv(stream=stream)
