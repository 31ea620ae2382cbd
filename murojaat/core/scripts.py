"""Gone: script conversion is `murojaat.language.scripts`.

Kept only until office/views.py (being split on another branch) imports it
from there; delete this module when the branches are merged.
"""

from murojaat.language.scripts import cyrillic_to_latin, is_cyrillic, latin_to_cyrillic, other_script

__all__ = ["cyrillic_to_latin", "is_cyrillic", "latin_to_cyrillic", "other_script"]
