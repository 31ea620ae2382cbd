"""A small reader for gettext .po files, enough to check our catalogues.

It reads what makemessages writes: comments and flags, msgctxt, msgid,
msgid_plural, msgstr / msgstr[n], each possibly continued on following
quoted lines. Obsolete entries (#~) are skipped.
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+(".*")$')


@dataclass
class Entry:
    msgid: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)  # one item, or one per plural form
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.msgctxt is None


def _unquote(quoted: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), quoted[1:-1])


def read_po(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    entry = Entry()
    target: tuple[str, int] | None = None  # the field that continuation lines extend

    def finish():
        nonlocal entry
        if entry.line:
            entries.append(entry)
        entry = Entry()

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#"):
            if entry.line and entry.msgstr:  # a comment after a complete entry starts the next one
                finish()
            if line.startswith("#,"):
                entry.flags.update(flag.strip() for flag in line[2:].split(","))
            continue
        match = _KEYWORD.match(line)
        if match:
            keyword, index, quoted = match.groups()
            if keyword in ("msgctxt", "msgid") and entry.msgstr:
                finish()
            entry.line = entry.line or number
            text = _unquote(quoted)
            if keyword.startswith("msgstr"):
                position = int(index) if index is not None else 0
                while len(entry.msgstr) <= position:
                    entry.msgstr.append("")
                entry.msgstr[position] = text
                target = ("msgstr", position)
            else:
                setattr(entry, keyword, text)
                target = (keyword, 0)
            continue
        if line.startswith('"') and target:
            name, position = target
            if name == "msgstr":
                entry.msgstr[position] += _unquote(line)
            else:
                setattr(entry, name, getattr(entry, name) + _unquote(line))
            continue
        raise ValueError(f"{path}:{number}: cannot read {raw!r}")
    finish()
    return entries


def header_fields(entries: list[Entry]) -> dict[str, str]:
    header = next(e for e in entries if e.is_header)
    pairs = (line.split(":", 1) for line in header.msgstr[0].splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}
