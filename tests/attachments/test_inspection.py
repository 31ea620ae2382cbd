"""What inspect_upload lets through, what it refuses, and what it changes."""

import io

import pytest
from PIL import Image

from murojaat.attachments.inspection import inspect_upload, safe_display_name
from murojaat.core.errors import InvalidInput
from tests.attachments import files

LIMIT = 5 * 1024 * 1024


def refused(name: str, data, *, max_bytes: int = LIMIT) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        inspect_upload(name, data, max_bytes=max_bytes)
    error = caught.value
    assert error.fields["file"] == error.message, "the form shows the reason next to the file field"
    return error


# --- photos ----------------------------------------------------------------


def test_it_strips_gps_and_all_other_metadata_from_a_jpeg():
    original = files.jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(files.GPS_IFD), "the fixture carries a location"

    result = inspect_upload("IMG_0001.JPG", original, max_bytes=LIMIT)

    assert (result.content_type, result.extension) == ("image/jpeg", "jpg")
    cleaned = Image.open(io.BytesIO(result.data))
    assert cleaned.format == "JPEG"
    exif = cleaned.getexif()
    assert files.GPS_IFD not in exif and not exif.get_ifd(files.GPS_IFD)
    assert len(exif) == 0, "no EXIF at all: no camera, no time, no orientation left to apply twice"
    assert b"Exif\x00\x00" not in result.data
    assert b"xmpmeta" not in result.data and b"41.3N" not in result.data
    assert b"taken at home" not in result.data
    assert result.data != original and result.size == len(result.data)


def test_it_turns_a_sideways_photo_upright_before_dropping_the_orientation_tag():
    result = inspect_upload("photo.jpg", files.jpeg_with_gps(size=(64, 48)), max_bytes=LIMIT)

    assert Image.open(io.BytesIO(result.data)).size == (48, 64)


def test_it_re_encodes_a_png_without_its_text_and_exif_chunks():
    original = files.png(with_metadata=True)
    assert b"Dilnoza" in original

    result = inspect_upload("screenshot.png", original, max_bytes=LIMIT)

    assert (result.content_type, result.extension) == ("image/png", "png")
    cleaned = Image.open(io.BytesIO(result.data))
    assert cleaned.size == (32, 32) and cleaned.mode == "RGBA"
    assert b"Dilnoza" not in result.data and b"eXIf" not in result.data and b"tEXt" not in result.data
    assert not cleaned.getexif()


def test_it_keeps_the_colour_profile_so_colours_stay_true():
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (10, 200, 10)).save(out, "JPEG", icc_profile=profile, exif=files.gps_exif())

    result = inspect_upload("p3.jpg", out.getvalue(), max_bytes=LIMIT)

    assert Image.open(io.BytesIO(result.data)).info.get("icc_profile") == profile


def test_the_same_photo_cleans_to_the_same_bytes_so_repeats_can_be_recognised():
    first = inspect_upload("a.jpg", files.jpeg_with_gps(), max_bytes=LIMIT)
    second = inspect_upload("b.jpg", files.jpeg_with_gps(), max_bytes=LIMIT)

    assert first.sha256 == second.sha256


@pytest.mark.parametrize("width, height", [(8_000, 8_000), (20_000, 20_000), (100_000, 100_000)])
def test_it_refuses_an_image_whose_header_claims_too_many_pixels(width, height):
    # 64 MP is under Pillow's own limit (ours is 40 MP); 400 MP and more trip Pillow's error too.
    error = refused("bomb.png", files.png_claiming(width, height))

    assert error.code == "attachment_size"


def test_it_refuses_an_animated_png():
    frames = [Image.new("RGB", (20, 20), colour) for colour in ("red", "green", "blue")]
    out = io.BytesIO()
    frames[0].save(out, "PNG", save_all=True, append_images=frames[1:])

    assert refused("animation.png", out.getvalue()).code == "attachment_type"


def test_it_refuses_a_truncated_photo_as_damaged():
    error = refused("cut.jpg", files.jpeg_with_gps()[:300])

    assert error.code == "attachment_damaged"


# --- PDF -------------------------------------------------------------------


def test_it_accepts_a_plain_pdf_and_keeps_its_bytes():
    original = files.pdf()

    result = inspect_upload("ariza.pdf", original, max_bytes=LIMIT)

    assert (result.content_type, result.extension) == ("application/pdf", "pdf")
    assert result.data == original


def test_it_refuses_a_pdf_with_javascript():
    error = refused("ariza.pdf", files.pdf(javascript="app.alert('hi')"))

    assert error.code == "attachment_active_content"


def test_it_refuses_javascript_even_when_its_name_is_hex_escaped():
    # "/J#61vaScript" is "/JavaScript" to a PDF reader; only a parser sees it.
    original = files.pdf(javascript="app.alert('hi')")
    disguised = original.replace(b"/JavaScript", b"/J#61vaScript").replace(b"/JS ", b"/J#53 ")
    assert b"/JavaScript" not in disguised

    error = refused("ariza.pdf", disguised)

    assert error.code == "attachment_active_content"


def test_it_refuses_a_pdf_carrying_an_embedded_file():
    error = refused("invoice.pdf", files.pdf(attachment=files.EXE))

    assert error.code == "attachment_active_content"


def test_it_refuses_an_encrypted_pdf():
    error = refused("secret.pdf", files.pdf(encrypt_with="parol"))

    assert error.code == "attachment_encrypted"


def test_it_refuses_a_file_that_only_starts_like_a_pdf():
    error = refused("ariza.pdf", b"%PDF-1.7\nthis is not really a PDF\n%%EOF\n")

    assert error.code == "attachment_damaged"


# --- DOCX ------------------------------------------------------------------


def test_it_accepts_a_plain_docx():
    original = files.docx()

    result = inspect_upload("ariza.docx", original, max_bytes=LIMIT)

    assert result.content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert result.extension == "docx" and result.data == original


@pytest.mark.parametrize(
    "document",
    [
        pytest.param(
            lambda: files.docx(extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}), id="vba-project"
        ),
        pytest.param(lambda: files.docx(main=files.DOCM_MAIN), id="macro-enabled-type"),
        pytest.param(
            lambda: files.docx(extra={"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0"}), id="ole"
        ),
        pytest.param(
            lambda: files.docx(extra={"word/_rels/settings.xml.rels": files.REMOTE_TEMPLATE_RELS}),
            id="remote-template",
        ),
    ],
)
def test_it_refuses_a_docx_with_macros_or_embedded_programs(document):
    error = refused("ariza.docx", document())

    assert error.code == "attachment_active_content"


def test_it_refuses_a_zip_bomb_dressed_as_a_docx():
    bomb = files.docx(extra={"word/media/image1.png": b"\x00" * (20 * 1024 * 1024)})
    assert len(bomb) < 100 * 1024

    error = refused("ariza.docx", bomb)

    assert error.code == "attachment_size"


def test_it_refuses_a_docx_with_a_path_leaving_the_archive():
    error = refused("ariza.docx", files.docx(extra={"../../etc/cron.d/evil": "* * * * * root sh"}))

    assert error.code == "attachment_damaged"


@pytest.mark.parametrize(
    "archive",
    [
        pytest.param(
            lambda: files.docx(main="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            id="not-a-word-document",
        ),
        pytest.param(lambda: _zip({"readme.txt": "hello"}), id="plain-zip"),
    ],
)
def test_it_refuses_other_zip_files(archive):
    error = refused("ariza.docx", archive())

    assert error.code == "attachment_type"


def _zip(entries: dict) -> bytes:
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return out.getvalue()


# --- everything else -------------------------------------------------------


@pytest.mark.parametrize(
    "name, data",
    [
        ("drawing.svg", files.SVG_WITH_SCRIPT),
        ("ariza.pdf", files.SVG_WITH_SCRIPT),
        ("ariza.pdf", files.HTML),
        ("ariza.pdf", files.EXE),
        ("photo.jpg", b"just some text pretending to be a photo"),
        ("photo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
    ],
)
def test_it_refuses_types_it_does_not_accept_whatever_their_name(name, data):
    error = refused(name, data)

    assert error.code == "attachment_type"
    assert "PDF, JPEG, PNG or DOCX" in str(error.message)


def test_it_refuses_an_empty_file():
    assert refused("empty.pdf", b"").code == "attachment_empty"


def test_it_refuses_a_file_over_the_size_limit():
    error = refused("big.pdf", files.pdf(), max_bytes=100)

    assert error.code == "attachment_size"


def test_it_refuses_an_oversized_upload_by_its_declared_size_without_reading_it():
    class HugeUpload(io.BytesIO):
        size = 10 * LIMIT

        def read(self, *args):
            raise AssertionError("must not be read")

    assert refused("big.pdf", HugeUpload()).code == "attachment_size"


def test_it_reads_file_like_uploads():
    result = inspect_upload("ariza.pdf", io.BytesIO(files.pdf()), max_bytes=LIMIT)

    assert result.content_type == "application/pdf"


def test_the_stored_extension_comes_from_the_content_not_the_name():
    result = inspect_upload("scan.pdf", files.png(), max_bytes=LIMIT)

    assert (result.content_type, result.extension) == ("image/png", "png")
    assert result.safe_name == "scan.pdf.png"


# --- names -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd", "passwd.png"),
        ("C:\\Users\\Dilnoza\\Desktop\\photo.png", "photo.png"),
        (".htaccess", "htaccess.png"),
        ("rasm\u202egnp.exe", "rasmgnp.exe.png"),
        ("bad\x00name\n.png", "badname.png"),
        ("", "attachment.png"),
        ("....", "attachment.png"),
        ("Yo‘l chuqurlari.PNG", "Yo‘l chuqurlari.PNG"),
    ],
)
def test_it_makes_the_display_name_harmless(name, expected):
    assert safe_display_name(name, "image/png") == expected


def test_it_shortens_long_names_but_keeps_the_extension():
    name = safe_display_name("x" * 300 + ".pdf", "application/pdf")

    assert len(name) == 100 and name.endswith("x.pdf")
