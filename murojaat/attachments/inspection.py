"""What an uploaded file really is, decided by its content, never by its name.

`inspect_upload` accepts four kinds of file (Law ZRU-445 lets an applicant
attach documents to an appeal): JPEG and PNG photos, PDF and DOCX documents.
Anything else is refused with an `InvalidInput` the API shows to the applicant.

- Photos are decoded and re-encoded from their pixels only, so EXIF (with the
  GPS position phones record), XMP, comments and text chunks never reach
  storage. The ICC colour profile is kept: it holds no personal data and
  without it photos from newer phones (Display P3) look washed out.
- Documents cannot be rebuilt safely, so their bytes are kept as uploaded,
  after structural checks that refuse active content (PDF JavaScript, launch
  actions, embedded files; Word macros, ActiveX, OLE objects, remote
  templates) and archive tricks (zip bombs, path traversal).

Pure Python: no models, no storage. The service stores what this returns.
"""

import hashlib
import io
import re
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass

import filetype
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from murojaat.core.errors import InvalidInput

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EXTENSIONS = {JPEG: "jpg", PNG: "png", PDF: "pdf", DOCX: "docx"}
# Suffixes an uploader may already have used for each type; others get the right one appended.
NAME_SUFFIXES = {JPEG: {"jpg", "jpeg", "jpe", "jfif"}, PNG: {"png"}, PDF: {"pdf"}, DOCX: {"docx"}}

# A 40-megapixel photo is larger than any phone takes; beyond it an image is
# more likely a decompression bomb than evidence.
MAX_IMAGE_PIXELS = 40_000_000
JPEG_QUALITY = 85
# ICC profiles are a few kilobytes; a huge one is somewhere to hide data.
MAX_ICC_PROFILE_BYTES = 1024 * 1024

MAX_DOCX_ENTRIES = 5_000
MAX_DOCX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_DOCX_COMPRESSION_RATIO = 100
# Below this size a high compression ratio is harmless (small, repetitive XML).
DOCX_RATIO_CHECK_FROM_BYTES = 1024 * 1024
MAX_DOCX_METADATA_PART_BYTES = 2 * 1024 * 1024

MAX_PDF_OBJECTS = 200_000
SAFE_NAME_LENGTH = 100


@dataclass(frozen=True)
class InspectedFile:
    content_type: str
    extension: str
    data: bytes
    size: int
    sha256: str
    safe_name: str


def inspect_upload(name: str, data, *, max_bytes: int) -> InspectedFile:
    """Return the file to store for an upload, or raise InvalidInput saying why not.

    `data` is bytes or a binary file-like object (a Django UploadedFile works).
    """
    raw = _read_limited(data, max_bytes)
    content_type = _detect(raw)
    if content_type in (JPEG, PNG):
        cleaned = _clean_image(raw, content_type)
        if len(cleaned) > max_bytes:
            # Re-encoding a heavily compressed photo can make it larger.
            raise _too_large(max_bytes)
    elif content_type == PDF:
        _check_pdf(raw)
        cleaned = raw
    else:
        _check_docx(raw)
        cleaned = raw
    extension = EXTENSIONS[content_type]
    return InspectedFile(
        content_type=content_type,
        extension=extension,
        data=cleaned,
        size=len(cleaned),
        sha256=hashlib.sha256(cleaned).hexdigest(),
        safe_name=safe_display_name(name, content_type),
    )


# --- reading and detecting -------------------------------------------------


def _refuse(message, code: str) -> InvalidInput:
    return InvalidInput(message, code=code, fields={"file": message})


def _too_large(max_bytes: int) -> InvalidInput:
    megabytes = max_bytes / (1024 * 1024)
    return _refuse(
        _("The file is too large: at most %(size)s MB is allowed.") % {"size": f"{megabytes:g}"},
        "attachment_size",
    )


def _not_accepted() -> InvalidInput:
    return _refuse(
        _("This type of file is not accepted. Attach a PDF, JPEG, PNG or DOCX file."), "attachment_type"
    )


def _damaged() -> InvalidInput:
    return _refuse(_("The file is damaged or could not be read."), "attachment_damaged")


def _read_limited(data, max_bytes: int) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    else:
        declared = getattr(data, "size", None)
        if isinstance(declared, int) and declared > max_bytes:
            raise _too_large(max_bytes)
        if hasattr(data, "seek"):
            data.seek(0)
        # One byte over the limit is enough to know it is too large.
        raw = data.read(max_bytes + 1)
    if not raw:
        raise _refuse(_("The file is empty."), "attachment_empty")
    if len(raw) > max_bytes:
        raise _too_large(max_bytes)
    return raw


def _detect(raw: bytes) -> str:
    """The type by magic bytes (filetype), confirmed by our own signature check.

    filetype only looks at the first entries of a ZIP to call it DOCX, and
    real documents order entries differently, so for ZIPs the structural
    check in `_check_docx` is what decides.
    """
    guessed = filetype.guess_mime(raw)
    if guessed == JPEG and raw.startswith(b"\xff\xd8\xff"):
        return JPEG
    if guessed == PNG and raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if guessed == PDF and raw.startswith(b"%PDF-"):
        return PDF
    if guessed in (DOCX, "application/zip", None) and raw.startswith(b"PK\x03\x04"):
        return DOCX
    raise _not_accepted()


# --- images ----------------------------------------------------------------

PILLOW_FORMATS = {JPEG: ["JPEG"], PNG: ["PNG"]}
REENCODABLE_MODES = {JPEG: {"L", "RGB", "CMYK"}, PNG: {"1", "L", "LA", "I", "I;16", "P", "RGB", "RGBA"}}


def _check_pixels(size: tuple[int, int]) -> None:
    width, height = size
    if width <= 0 or height <= 0:
        raise _damaged()
    if width * height > MAX_IMAGE_PIXELS:
        raise _refuse(
            _("The image is too large: at most %(megapixels)s megapixels are allowed.")
            % {"megapixels": MAX_IMAGE_PIXELS // 1_000_000},
            "attachment_size",
        )


def _clean_image(raw: bytes, content_type: str) -> bytes:
    """Decode the first frame and encode it again with no metadata but colour.

    Only frame 0 is kept: multi-picture JPEGs (MPO, from some phone cameras)
    and animated PNGs come out as one still picture, so nothing can hide in
    the other frames.
    """
    formats = PILLOW_FORMATS[content_type]
    try:
        # Pillow warns (and beyond twice its limit refuses) on huge images;
        # our own, lower limit is checked from the header before decoding.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(raw), formats=formats) as probe:
                _check_pixels(probe.size)
                probe.verify()
            # verify() leaves the image unusable; open it again to decode.
            with Image.open(io.BytesIO(raw), formats=formats) as image:
                _check_pixels(image.size)
                image.load()
                icc_profile = image.info.get("icc_profile")
                transparency = image.info.get("transparency")
                upright = ImageOps.exif_transpose(image)
    except InvalidInput:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _refuse(_("The image is too large to process."), "attachment_size") from None
    except Exception:
        # Pillow raises OSError, SyntaxError, ValueError, struct.error... on bad input.
        raise _damaged() from None

    # Drop everything the decoder collected (EXIF, XMP, comments, text
    # chunks, DPI); the encoders fall back to `info` for some of these.
    upright.info = {}
    if upright.mode not in REENCODABLE_MODES[content_type]:
        upright = upright.convert("RGBA" if content_type == PNG and "A" in upright.mode else "RGB")
        transparency = None
    options = {}
    if isinstance(icc_profile, bytes) and len(icc_profile) <= MAX_ICC_PROFILE_BYTES:
        options["icc_profile"] = icc_profile
    out = io.BytesIO()
    try:
        if content_type == JPEG:
            upright.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, **options)
        else:
            if transparency is not None and upright.mode in ("1", "L", "I", "I;16", "P", "RGB"):
                options["transparency"] = transparency
            upright.save(out, "PNG", optimize=True, **options)
    except Exception:
        raise _damaged() from None
    return out.getvalue()


# --- PDF -------------------------------------------------------------------

# Dictionary keys that only exist to run code, start programs or carry files.
PDF_FORBIDDEN_KEYS = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFiles", "/EF", "/RichMedia", "/XFA"}
# Action types (the /S of an action dictionary, e.g. in /OpenAction or /AA) refused.
PDF_FORBIDDEN_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/Rendition", "/GoToE", "/RichMediaExecute"}
PDF_FORBIDDEN_TYPES = {"/EmbeddedFile", "/RichMedia"}
# Raw fallback for objects pypdf does not reach; names end at a PDF delimiter.
PDF_RAW_FORBIDDEN = re.compile(rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia)(?=[\s/<>\[\]()%{}]|$)")


def _active_content() -> InvalidInput:
    return _refuse(
        _("PDF files with scripts, launch actions or embedded files are not accepted."),
        "attachment_active_content",
    )


def _check_pdf(raw: bytes) -> None:
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    if PDF_RAW_FORBIDDEN.search(raw):
        raise _active_content()
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise _refuse(
                _("Password-protected PDF files are not accepted. Remove the password and attach it again."),
                "attachment_encrypted",
            )
        if len(reader.pages) == 0:
            raise _damaged()
        _check_pdf_object(reader.trailer)
        # Every object in the file, reachable or not: a lenient viewer that
        # rebuilds a broken cross-reference table may find objects pypdf skips.
        numbers = {(idnum, generation) for generation, table in reader.xref.items() for idnum in table}
        numbers |= {(idnum, 0) for idnum in reader.xref_objStm}
        if len(numbers) > MAX_PDF_OBJECTS:
            raise _refuse(_("The PDF file is too complex to check."), "attachment_damaged")
        for idnum, generation in numbers:
            _check_pdf_object(IndirectObject(idnum, generation, reader).get_object())
    except InvalidInput:
        raise
    except Exception:
        # pypdf raises many kinds of errors on broken files, RecursionError included.
        raise _damaged() from None


def _check_pdf_object(obj) -> None:
    """Look through one object and the direct objects nested in it.

    Indirect references are not followed: each indirect object is checked on
    its own by the caller, which keeps this linear and free of cycles.
    """
    from pypdf.generic import ArrayObject, DictionaryObject

    pending = [obj]
    while pending:
        current = pending.pop()
        if isinstance(current, DictionaryObject):  # streams are dictionaries too
            if PDF_FORBIDDEN_KEYS.intersection(current.keys()):
                raise _active_content()
            action, kind = _resolved(current.get("/S")), _resolved(current.get("/Type"))
            if action in PDF_FORBIDDEN_ACTIONS or kind in PDF_FORBIDDEN_TYPES:
                raise _active_content()
            pending.extend(current.values())
        elif isinstance(current, ArrayObject):
            pending.extend(current)


def _resolved(value):
    return value.get_object() if hasattr(value, "get_object") else value


# --- DOCX ------------------------------------------------------------------

DOCX_MAIN_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Relationship types that make Word fetch and run something from outside the file.
DOCX_EXTERNAL_RELATIONSHIP = re.compile(
    rb"""\bType\s*=\s*["'][^"']*/(?:attachedTemplate|oleObject|subDocument|frame)["']""", re.IGNORECASE
)
DOCX_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)


def _macros() -> InvalidInput:
    return _refuse(
        _(
            "Word documents with macros or embedded programs are not accepted. Save it as a plain DOCX or PDF."
        ),
        "attachment_active_content",
    )


def _check_docx(raw: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            entries = archive.infolist()
            _check_zip_entries(entries)
            names = {entry.filename for entry in entries}
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise _not_accepted()
            content_types = _read_part(archive, "[Content_Types].xml")
            for entry in entries:
                if entry.filename.lower().endswith(".rels"):
                    _check_relationships(_read_part(archive, entry.filename))
    except InvalidInput:
        raise
    except Exception:
        # BadZipFile, CRC errors, truncated data, bad compression...
        raise _damaged() from None
    lowered = content_types.lower()
    if b"macroenabled" in lowered or b"vbaproject" in lowered or b"activex" in lowered:
        raise _macros()
    if DOCX_MAIN_CONTENT_TYPE.encode() not in content_types:
        # A template, an Excel or PowerPoint file with a word/ folder added, ...
        raise _not_accepted()


def _check_zip_entries(entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > MAX_DOCX_ENTRIES:
        raise _damaged()
    seen = set()
    total = 0
    for entry in entries:
        name = entry.filename
        parts = re.split(r"[/\\]", name)
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in parts or "\x00" in name:
            raise _damaged()
        if name.lower() in seen:
            # Two entries with one name: different programs would read different ones.
            raise _damaged()
        seen.add(name.lower())
        if entry.flag_bits & 0x1:
            raise _refuse(
                _("Password-protected documents are not accepted. Remove the password and attach it again."),
                "attachment_encrypted",
            )
        lowered = name.lower()
        if (
            lowered.endswith(("vbaproject.bin", "vbadata.xml"))
            or lowered.startswith("word/activex/")
            or (lowered.startswith("word/embeddings/") and lowered.endswith(".bin"))
        ):
            raise _macros()
        total += entry.file_size
        ratio_suspicious = (
            entry.file_size > DOCX_RATIO_CHECK_FROM_BYTES
            and entry.file_size > MAX_DOCX_COMPRESSION_RATIO * max(entry.compress_size, 1)
        )
        if total > MAX_DOCX_UNCOMPRESSED_BYTES or ratio_suspicious:
            raise _refuse(_("The document unpacks to too much data to process."), "attachment_size")


def _read_part(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as part:
        # Reading to the end makes zipfile check the CRC; sizes were capped above.
        data = part.read(MAX_DOCX_METADATA_PART_BYTES + 1)
        if len(data) > MAX_DOCX_METADATA_PART_BYTES:
            raise _damaged()
        return data


def _check_relationships(rels: bytes) -> None:
    # A regular expression, not an XML parser: no entity expansion to exploit.
    for relationship in DOCX_RELATIONSHIP.findall(rels):
        if b'targetmode="external"' in relationship.lower() and DOCX_EXTERNAL_RELATIONSHIP.search(
            relationship
        ):
            raise _macros()


# --- names -----------------------------------------------------------------


def safe_display_name(name: str, content_type: str) -> str:
    """The uploader's file name, made harmless for display and downloads.

    Keeps the base name only (both kinds of slash), drops control and
    direction-override characters (used to disguise "exe" as "pdf"), leading
    dots and spaces, and makes the suffix match the detected type. Storage
    paths never use it.
    """
    extension = EXTENSIONS[content_type]
    base = re.split(r"[/\\]", unicodedata.normalize("NFC", name or ""))[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn"))
    base = base.strip().lstrip(". ").strip()
    if not base:
        base = "attachment"
    stem, dot, suffix = base.rpartition(".")
    if not (dot and stem and suffix.lower() in NAME_SUFFIXES[content_type]):
        stem, suffix = base, extension
    stem = stem[: SAFE_NAME_LENGTH - len(suffix) - 1].rstrip(". ") or "attachment"
    return f"{stem}.{suffix}"
