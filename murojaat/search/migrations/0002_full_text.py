"""The full-text structures each database needs, created with raw SQL.

SQLite: an FTS5 table over the index's two key columns, kept in step by
triggers (external content: the text is stored once, in the index table).
PostgreSQL: a GIN index over the weighted 'simple' tsvector of the same
columns; `search.query` repeats the expression so the planner uses it.
"""

from django.db import migrations

SQLITE_UP = [
    """CREATE VIRTUAL TABLE search_appeal_fts USING fts5(
        summary_key, key_text, content='search_appealsearchindex', content_rowid='appeal_id'
    )""",
    """CREATE TRIGGER search_appeal_fts_ai AFTER INSERT ON search_appealsearchindex BEGIN
        INSERT INTO search_appeal_fts(rowid, summary_key, key_text)
        VALUES (new.appeal_id, new.summary_key, new.key_text);
    END""",
    """CREATE TRIGGER search_appeal_fts_ad AFTER DELETE ON search_appealsearchindex BEGIN
        INSERT INTO search_appeal_fts(search_appeal_fts, rowid, summary_key, key_text)
        VALUES ('delete', old.appeal_id, old.summary_key, old.key_text);
    END""",
    """CREATE TRIGGER search_appeal_fts_au AFTER UPDATE ON search_appealsearchindex BEGIN
        INSERT INTO search_appeal_fts(search_appeal_fts, rowid, summary_key, key_text)
        VALUES ('delete', old.appeal_id, old.summary_key, old.key_text);
        INSERT INTO search_appeal_fts(rowid, summary_key, key_text)
        VALUES (new.appeal_id, new.summary_key, new.key_text);
    END""",
    "INSERT INTO search_appeal_fts(search_appeal_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_appeal_fts_au",
    "DROP TRIGGER IF EXISTS search_appeal_fts_ad",
    "DROP TRIGGER IF EXISTS search_appeal_fts_ai",
    "DROP TABLE IF EXISTS search_appeal_fts",
]
POSTGRES_UP = [
    """CREATE INDEX search_appeal_tsv ON search_appealsearchindex USING gin (
        (setweight(to_tsvector('simple', summary_key), 'A') || to_tsvector('simple', key_text))
    )""",
]
POSTGRES_DOWN = ["DROP INDEX IF EXISTS search_appeal_tsv"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        ),
    ]
