"""What search and the duplicate check read, derived from appeals and rebuilt
by `murojaat search reindex` whenever the key or signature recipe changes."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from murojaat.appeals.models import Appeal

BANDS = 16
ROWS_PER_BAND = 4
SIGNATURE_SIZE = BANDS * ROWS_PER_BAND


class AppealSearchIndex(models.Model):
    """The appeal's subject and text in search-key form (see `language.keys`).

    On SQLite an FTS5 table mirrors `key_text` through triggers; on PostgreSQL
    a GIN index over the 'simple' tsvector of both columns serves the same query.
    Both are created in migration 0001 with raw SQL, per database vendor."""

    appeal = models.OneToOneField(Appeal, primary_key=True, on_delete=models.CASCADE, related_name="search_index")
    # Kept apart so a match in the subject ranks higher than one in the body,
    # and so the text's key lines up word by word with the text (highlighting).
    summary_key = models.TextField(blank=True)
    key_text = models.TextField()

    class Meta:
        verbose_name = _("search index entry")
        verbose_name_plural = _("search index entries")

    def __str__(self) -> str:
        return str(self.appeal_id)


class TextSignature(models.Model):
    """A MinHash signature of the appeal's text, cut into LSH bands.

    Two texts whose word-pair sets overlap by Jaccard J share at least one of
    the 16 bands (4 minhashes each) with probability 1-(1-J^4)^16: 0.89 at
    J=0.6, 0.9998 at J=0.8, 0.12 at J=0.3. Each band is an indexed column next
    to the place, so "same place and any band equal" is 16 index probes, at any
    number of stored appeals."""

    appeal = models.OneToOneField(Appeal, primary_key=True, on_delete=models.CASCADE, related_name="signature")
    # The district or city the appeal is about; duplicates are looked for there.
    territory = models.ForeignKey(
        "territories.Territory", null=True, on_delete=models.SET_NULL, db_index=False, related_name="+"
    )
    received_at = models.DateTimeField()
    # All 64 minhashes (uint32, little-endian) to estimate similarity before
    # reading any text.
    minhashes = models.BinaryField()
    band0 = models.IntegerField()
    band1 = models.IntegerField()
    band2 = models.IntegerField()
    band3 = models.IntegerField()
    band4 = models.IntegerField()
    band5 = models.IntegerField()
    band6 = models.IntegerField()
    band7 = models.IntegerField()
    band8 = models.IntegerField()
    band9 = models.IntegerField()
    band10 = models.IntegerField()
    band11 = models.IntegerField()
    band12 = models.IntegerField()
    band13 = models.IntegerField()
    band14 = models.IntegerField()
    band15 = models.IntegerField()

    class Meta:
        verbose_name = _("text signature")
        verbose_name_plural = _("text signatures")
        indexes = [
            models.Index(fields=["territory", f"band{i}"], name=f"textsig_place_band{i}")
            for i in range(BANDS)
        ]

    def __str__(self) -> str:
        return str(self.appeal_id)


class PendingSearchEntry(models.Model):
    """An appeal whose search entry and signature the worker has yet to write.

    Intake, under the database task queue, writes this one narrow row instead of
    the entry and the signature (together 18 indexes, a GIN one among them):
    the citizen's request does less, and each worker round writes the entries of
    every appeal received since the last one in a few statements
    (`index.index_pending`). The row commits or rolls back with its appeal, so
    no appeal is ever left out; `murojaat search reindex` empties the queue too."""

    appeal = models.OneToOneField(Appeal, primary_key=True, on_delete=models.CASCADE, related_name="+")

    class Meta:
        verbose_name = _("appeal waiting for its search entry")
        verbose_name_plural = _("appeals waiting for their search entries")

    def __str__(self) -> str:
        return str(self.appeal_id)
