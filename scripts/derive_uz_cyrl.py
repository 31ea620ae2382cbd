"""Derive the Uzbek Cyrillic catalogue from the Uzbek Latin one.

    .venv/bin/python scripts/derive_uz_cyrl.py
    .venv/bin/murojaat compilemessages --ignore '.venv/*'

Reads murojaat/locale/uz/LC_MESSAGES/django.po and rewrites
murojaat/locale/uz_Cyrl/LC_MESSAGES/django.po: the same entries, each msgstr
transliterated with murojaat.language.scripts.latin_to_cyrillic (alifbo). Run it
after translating new strings in uz, then read the uz_Cyrl diff: the
corrections below exist because transliteration cannot know them.

What is never transliterated: placeholders (%(name)s, %s, {}), technical
names (received_at, --year, name@example.uz, Idempotency-Key) and names of
file formats and products that Uzbek Cyrillic texts also write in Latin.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from murojaat.language.scripts import latin_to_cyrillic  # noqa: E402

SOURCE = ROOT / "murojaat" / "locale" / "uz" / "LC_MESSAGES" / "django.po"
TARGET = ROOT / "murojaat" / "locale" / "uz_Cyrl" / "LC_MESSAGES" / "django.po"

KEEP_LATIN = ["PDF", "JPEG", "PNG", "DOCX", "JSON", "API", "SMS", "Telegram", "OneID", "Word", "holidays"]
_PROTECTED = re.compile(
    r"<[^<>]+>"  # HTML tags of messages that carry markup (<strong>, <a href="%(url)s">)
    r"|%\(\w+\)[sdr]|%[sdr]|\{[^{}]*\}"  # placeholders
    r"|[\w.+-]*[_@][\w.+-]*\w|--\w+|Idempotency-Key"  # field names, options, addresses, headers
    r"|\b(?:" + "|".join(KEEP_LATIN) + r")\b"
)

# Word beginnings that alifbo spells the Uzbek way although Uzbek Cyrillic
# keeps the Russian spelling (ъ after a prefix, ц), and an acronym it leaves
# in Latin because of its mixed case. Each fix applies at the start of a word,
# so suffixes follow: "obyekti" -> "объекти".
STEM_FIXES = {
    "обйект": "объект",
    "субйект": "субъект",
    "коррупсия": "коррупция",
    "тенденсия": "тенденция",
    "Тенденсия": "Тенденция",
    "JShShIR": "ЖШШИР",
}


def transliterate(text: str) -> str:
    out, last = [], 0
    for match in _PROTECTED.finditer(text):
        out.append(latin_to_cyrillic(text[last:match.start()]))
        out.append(match.group())
        last = match.end()
    out.append(latin_to_cyrillic(text[last:]))
    result = "".join(out)
    for wrong, right in STEM_FIXES.items():
        result = re.sub(rf"(?<!\w){re.escape(wrong)}", right, result)
    return result


def _unquote(line: str) -> str:
    body = line[line.index('"') + 1 : line.rindex('"')]
    return re.sub(r'\\(["\\nt])', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def derive(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    in_header = True
    while i < len(lines):
        line = lines[i]
        if line.startswith("msgstr"):
            keyword = line.split(" ", 1)[0]
            parts = [_unquote(line)]
            i += 1
            while i < len(lines) and lines[i].startswith('"'):
                parts.append(_unquote(lines[i]))
                i += 1
            text = "".join(parts)
            if in_header:
                text = text.replace("Language: uz\n", "Language: uz_Cyrl\n")
                text = text.replace("Language-Team: Uzbek (Latin)\n", "Language-Team: Uzbek (Cyrillic)\n")
                in_header = False
            else:
                text = transliterate(text)
            out.append(f"{keyword} {_quote(text)}")
            continue
        out.append(line)
        i += 1
    return out


def main() -> None:
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text("\n".join(derive(lines)) + "\n", encoding="utf-8")
    if shutil.which("msgcat"):  # wrap long lines the way makemessages does
        subprocess.run(["msgcat", "--width=79", "-o", str(TARGET), str(TARGET)], check=True)
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
