"""A tracking page's address as an inline SVG QR code, for the pages a
citizen keeps or prints (filing's receipt, the slip a registrar prints)."""

import segno


def qr_svg(url: str, title: str) -> str:
    return segno.make(url, error="m").svg_inline(
        scale=4, border=2, svgclass="qr", lineclass="qr__line", omitsize=True, title=title,
    )
