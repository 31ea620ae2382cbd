"""Full-text search over appeals for officials, in either script.

The query is turned into search-key words (so `чиқинди` and `chiqindi` are
the same word), each matched as a prefix (Uzbek adds suffixes: chiqindi,
chiqindilar, chiqindini), all words required. The database ranks the matches
(FTS5's bm25 on SQLite, ts_rank_cd on PostgreSQL) among the appeals the
official may see; the snippet is cut from the original text.

The ranking query is raw SQL, which Django's router does not see: it runs on
the connection the router chooses for reading the search index
(`db_router.read_alias`), the read replica when one is configured, as the
ORM's reads of the index do. The appeals found are then fetched from default.
"""

from dataclasses import dataclass

from django.core.exceptions import EmptyResultSet
from django.db import connections

from murojaat.accounts.models import User
from murojaat.appeals.models import Appeal
from murojaat.appeals.selectors import appeals_for_official
from murojaat.core import db_router
from murojaat.language.keys import query_terms
from murojaat.search.highlight import snippet
from murojaat.search.models import AppealSearchIndex

MAX_RESULTS = 50
# One-letter prefixes match half the archive and say nothing.
MIN_TERM_LENGTH = 2

# The same expression as the GIN index in migration 0002: PostgreSQL uses the
# index only when the query repeats it exactly.
_PG_VECTOR = "(setweight(to_tsvector('simple', s.summary_key), 'A') || to_tsvector('simple', s.key_text))"


@dataclass
class SearchHit:
    appeal: Appeal
    rank: float
    snippet: str


def appeal_search(*, user: User, query: str, limit: int = 20) -> list[SearchHit]:
    terms = [t for t in query_terms(query) if len(t) >= MIN_TERM_LENGTH]
    if not terms:
        return []
    limit = max(1, min(limit, MAX_RESULTS))
    alias = db_router.read_alias(AppealSearchIndex)
    connection = connections[alias]
    try:
        scope = appeals_for_official(user).order_by().values("pk").query
        scope_sql, scope_params = scope.get_compiler(connection=connection).as_sql()
    except EmptyResultSet:  # an account with no body to look into
        return []
    if connection.vendor == "postgresql":
        sql = (
            f"SELECT s.appeal_id, ts_rank_cd({_PG_VECTOR}, q) AS rank "
            "FROM search_appealsearchindex s, to_tsquery('simple', %s) q "
            f"WHERE {_PG_VECTOR} @@ q AND s.appeal_id IN ({scope_sql}) "
            "ORDER BY rank DESC, s.appeal_id DESC LIMIT %s"
        )
        params = [" & ".join(f"{t}:*" for t in terms), *scope_params, limit]
    else:
        # bm25 is smaller for better matches; the subject weighs twice the text.
        sql = (
            "SELECT rowid, -bm25(search_appeal_fts, 2.0, 1.0) AS rank FROM search_appeal_fts "
            f"WHERE search_appeal_fts MATCH %s AND rowid IN ({scope_sql}) "
            "ORDER BY rank DESC, rowid DESC LIMIT %s"
        )
        params = [" AND ".join(f'"{t}"*' for t in terms), *scope_params, limit]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        ranked = cursor.fetchall()
    if not ranked:
        return []
    appeals = Appeal.objects.in_bulk([pk for pk, _ in ranked])
    hits = []
    for pk, rank in ranked:
        appeal = appeals.get(pk)
        if appeal is None:
            continue
        hits.append(SearchHit(appeal=appeal, rank=float(rank),
                              snippet=snippet(appeal.text, terms)))
    return hits
