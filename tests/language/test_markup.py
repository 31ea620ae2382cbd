from murojaat.language.markup import strip_html


def test_strip_html_keeps_the_words_and_line_breaks():
    html = '<p style="x">Yo‘l&nbsp;buzilgan&nbsp;</p><p>Tom &amp; Jerry<br>ikki</p><script>alert(1)</script>'
    assert strip_html(html) == "Yo‘l buzilgan\nTom & Jerry\nikki"
    assert strip_html("5 &lt; 6") == "5 < 6"
    assert strip_html("") == ""
