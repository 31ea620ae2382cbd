"""Statistics and transparency: indicators, count tables, open data, charts (issue 6)."""
