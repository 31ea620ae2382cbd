"""Repeats and duplicates: which earlier appeals a new one resembles.

Two questions, two ways of answering them fast:
- "repeated": the same applicant wrote before on the same matter. People write
  a handful of appeals at most, so their earlier appeals are read directly
  (by account, PINFL or TIN) and compared by category and text.
- "duplicate": someone else sent a near-identical text about the same place;
  officials may merge them into one collective matter. Comparing with every
  stored text would grow with the archive, so each text gets a MinHash
  signature of its word pairs (in search-key form, so a Cyrillic retyping of
  a Latin letter has the same signature), cut into LSH bands stored as indexed
  columns (`search.TextSignature`). One query finds the appeals in the same
  district sharing any band; their stored minhashes estimate the similarity,
  and only the few that pass are compared exactly on their texts.

Officials decide; this module only suggests, with a score in [0, 1]. An
official's view of an appeal shows the suggestions (`similar_for_official`):
the office pages ask here, and the API's view gets them as a section search
adds to it (apps.py), since appeals knows nothing of search.
"""

import hashlib
import struct
from collections.abc import Collection
from functools import lru_cache
from typing import NamedTuple

import numpy
from django.db import connection
from django.db.models import Q

from murojaat.accounts.selectors import visible_organisation_ids
from murojaat.appeals import codes
from murojaat.appeals.models import Appeal, Applicant, Status
from murojaat.language.keys import search_key
from murojaat.search.models import AppealSearchIndex, TextSignature

REPEATED = "repeated"
DUPLICATE = "duplicate"

# Exact Jaccard of word pairs above which two texts from different people are
# "the same letter" (copied, retyped in the other script, lightly edited).
DUPLICATE_MIN = 0.6
# The same person: a text this close is the same matter even in another category.
REPEAT_TEXT_MIN = 0.3
# Below this estimated similarity a band collision is not worth reading the text.
ESTIMATE_MIN = 0.4
CANDIDATE_LIMIT = 200
EARLIER_BY_APPLICANT_LIMIT = 50

_BANDS = 16
_ROWS = 4
_SIZE = _BANDS * _ROWS
_MASK32 = 0xFFFFFFFF
# The minhashes of a text with no words: every value the largest.
_NO_SHINGLES = struct.pack(f"<{_SIZE}I", *([_MASK32] * _SIZE))


class Similar(NamedTuple):
    appeal: Appeal
    score: float
    reason: str


# --- signatures ------------------------------------------------------------

def shingles(key_text: str) -> set[str]:
    """Word pairs of a search key; single words for a one-word text."""
    words = key_text.split()
    if len(words) < 2:
        return set(words)
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


def jaccard(a: set[str], b: set[str]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


def minhashes(key_text: str) -> list[int]:
    """64 minhashes of the text's word pairs (see `packed_minhashes`)."""
    return list(unpack(packed_minhashes(key_text)))


def packed_minhashes(key_text: str) -> bytes:
    """The 64 minhashes of the text's word pairs, packed as `pack` writes
    them. Each shingle is hashed once with SHAKE-128 into 64 independent
    32-bit values (one per "permutation"), and the column-wise minimum is
    taken by numpy over all the digests at once: stable across processes, and
    about three times faster than taking the minimum column by column in
    Python (the worker computes one per new appeal)."""
    digests = b"".join(hashlib.shake_128(s.encode()).digest(4 * _SIZE) for s in shingles(key_text))
    if not digests:
        return _NO_SHINGLES
    return numpy.frombuffer(digests, dtype="<u4").reshape(-1, _SIZE).min(axis=0).astype("<u4", copy=False).tobytes()


def bands(values: list[int]) -> list[int]:
    """Each band of 4 minhashes as one signed 32-bit integer (an indexable column)."""
    return packed_bands(pack(values))


def packed_bands(packed: bytes) -> list[int]:
    """`bands` of packed minhashes: a band hashes its 4 values as packed, 16 bytes."""
    size = 4 * _ROWS
    return [
        int.from_bytes(hashlib.blake2b(packed[start:start + size], digest_size=4).digest(), "little", signed=True)
        for start in range(0, size * _BANDS, size)
    ]


def pack(values: list[int]) -> bytes:
    return struct.pack(f"<{_SIZE}I", *values)


def unpack(blob: bytes) -> tuple[int, ...]:
    return struct.unpack(f"<{_SIZE}I", bytes(blob))


def estimated_similarity(a, b) -> float:
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / _SIZE


def signature_fields(*, appeal: Appeal, key_text: str) -> dict:
    packed = packed_minhashes(key_text)
    fields = {f"band{i}": band for i, band in enumerate(packed_bands(packed))}
    return {
        "appeal_id": appeal.pk, "territory_id": appeal.territory_id, "received_at": appeal.received_at,
        "minhashes": packed, **fields,
    }


# --- lookups ---------------------------------------------------------------

def duplicate_candidates(*, values: list[int], territory_id: int, before, exclude_id: int | None = None,
                         limit: int = CANDIDATE_LIMIT) -> list[tuple[int, float]]:
    """(appeal id, estimated similarity) of earlier appeals in the district
    sharing a band, best first: one query over 16 indexed (district, band)
    pairs. Raw SQL because this runs on every arrival and composing 16 Q
    objects costs more than the query itself."""
    params: list = []
    for band in bands(values):
        params += [territory_id, band]
    params.append(connection.ops.adapt_datetimefield_value(before))
    params.append(exclude_id if exclude_id is not None else 0)  # ids start at 1
    params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(_candidates_sql(TextSignature._meta.db_table), params)
        rows = cursor.fetchall()
    scored = [(pk, estimated_similarity(values, unpack(blob))) for pk, blob in rows]
    scored = [(pk, s) for pk, s in scored if s >= ESTIMATE_MIN]
    scored.sort(key=lambda item: -item[1])
    return scored


@lru_cache(maxsize=1)
def _candidates_sql(table: str) -> str:
    # One (district, band) pair per OR term, so each term is one probe of its
    # own index (PostgreSQL: BitmapOr; SQLite: MULTI-INDEX OR).
    pairs = " OR ".join(f"(territory_id = %s AND band{i} = %s)" for i in range(_BANDS))
    return (f"SELECT appeal_id, minhashes FROM {table} WHERE ({pairs}) "
            "AND received_at <= %s AND appeal_id <> %s LIMIT %s")


def near_duplicates(*, key_text: str, territory_id: int, before, exclude_id: int | None = None,
                    skip: Collection[int] = (), limit: int = 20) -> list[tuple[int, float]]:
    """(appeal id, exact Jaccard) of earlier texts in the district at least
    DUPLICATE_MIN alike: the LSH query, then the exact comparison of the few
    texts whose signatures came close. Two queries, whatever the archive size."""
    own = shingles(key_text)
    candidates = duplicate_candidates(values=minhashes(key_text), territory_id=territory_id, before=before,
                                      exclude_id=exclude_id)
    ids = [pk for pk, _ in candidates if pk not in skip][: limit * 2]
    scored = []
    for pk, text in AppealSearchIndex.objects.filter(pk__in=ids).values_list("pk", "key_text"):
        score = jaccard(own, shingles(text))
        if score >= DUPLICATE_MIN:
            scored.append((pk, round(score, 3)))
    scored.sort(key=lambda item: -item[1])
    return scored[:limit]


def similar_appeals(appeal: Appeal, *, limit: int = 10) -> list[Similar]:
    """Earlier appeals like this one: repeats by the same applicant first, then
    near-identical texts from others about the same district. Each item
    unpacks as (appeal, score, reason)."""
    key_text = _key_text(appeal)
    own = set(shingles(key_text))
    found: dict[int, Similar] = {}

    for earlier in _earlier_by_same_applicant(appeal):
        score = jaccard(own, shingles(_key_text(earlier)))
        same_category = appeal.category_id is not None and earlier.category_id == appeal.category_id
        if same_category or score >= REPEAT_TEXT_MIN:
            found[earlier.pk] = Similar(earlier, round(max(score, 0.5 if same_category else 0.0), 3), REPEATED)

    if appeal.territory_id is not None and own:
        duplicates = near_duplicates(key_text=key_text, territory_id=appeal.territory_id,
                                     before=appeal.received_at, exclude_id=appeal.pk, skip=set(found))
        others = Appeal.objects.exclude(status=Status.MERGED).in_bulk([pk for pk, _ in duplicates])
        for pk, score in duplicates:
            if pk in others:
                found[pk] = Similar(others[pk], score, DUPLICATE)

    ordered = sorted(found.values(), key=lambda s: (s.reason != REPEATED, -s.score))
    return ordered[:limit]


def similar_for_official(appeal: Appeal, user) -> list[dict]:
    """Suggested repeats and duplicates, among the appeals this official may see."""
    visible = visible_organisation_ids(user)
    return [
        {"tracking_code": codes.display(s.appeal.tracking_code), "score": s.score, "reason": s.reason}
        for s in similar_appeals(appeal)
        if s.appeal.organisation_id in visible
    ]


def _key_text(appeal: Appeal) -> str:
    try:
        return appeal.search_index.key_text
    except AppealSearchIndex.DoesNotExist:
        # Not indexed yet (the index is written after commit): fold it now.
        return search_key(appeal.text)


def _earlier_by_same_applicant(appeal: Appeal) -> list[Appeal]:
    same = Q()
    if appeal.applicant_user_id is not None:
        same |= Q(applicant_user_id=appeal.applicant_user_id)
    person = Applicant.objects.filter(appeal_id=appeal.pk).values("pinfl", "tin").first() or {}
    if person.get("pinfl"):
        same |= Q(applicant__pinfl=person["pinfl"])
    if person.get("tin"):
        same |= Q(applicant__tin=person["tin"])
    if not same:
        return []
    return list(
        Appeal.objects.filter(same, received_at__lte=appeal.received_at).exclude(pk=appeal.pk)
        .select_related("search_index").order_by("-received_at")[:EARLIER_BY_APPLICANT_LIMIT]
    )
