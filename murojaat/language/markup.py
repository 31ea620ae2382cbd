"""Plain text from what web forms and imports send (tags, entities, &nbsp;)."""

import re
from html import unescape
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset("p br div li tr td th h1 h2 h3 h4 h5 h6 ul ol table blockquote pre hr".split())
_SKIPPED_TAGS = frozenset(("script", "style"))


class _TextCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\s*\n\s*")


def strip_html(text: str) -> str:
    """Plain text: tags dropped (block tags become line breaks), entities
    decoded, non-breaking and repeated spaces folded to one space."""
    if not text:
        return ""
    if "<" in text:
        collector = _TextCollector()
        collector.feed(text)
        collector.close()
        text = "".join(collector.parts)
    elif "&" in text:
        text = unescape(text)
    text = _SPACES.sub(" ", text)
    return _BLANK_LINES.sub("\n", text).strip()
