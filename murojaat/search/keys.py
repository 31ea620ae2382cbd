"""Gone: the search key is `murojaat.language.keys.search_key`.

Kept only until filing/views.py (being split on another branch) imports it
from there; delete this module when the branches are merged.
"""

from murojaat.language.keys import query_terms, search_key

__all__ = ["query_terms", "search_key"]
