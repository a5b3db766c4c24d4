import gzip
import io

import pytest

import newsclean
from newsclean.decode import decode, sniff_format

PAGE = "Live: storm\n\n10:02\n\nRoads closed\n\nThe coast road is shut until noon today, police said."


@pytest.mark.parametrize("bad, reason", [
    (b"", "empty"),
    ("   \n\n ", "empty"),
    (bytes(range(256)) * 4, "binary"),
    (b"\xff\xfe" + b"\x00\xd8" * 3, "byte-order mark"),
])
def test_unusable_input_raises_parse_error_naming_the_problem(bad, reason):
    with pytest.raises(newsclean.ParseError, match=reason):
        newsclean.parse(bad)


def test_size_limit_is_enforced_with_a_clear_message():
    with pytest.raises(newsclean.ParseError, match="too large"):
        newsclean.parse("x" * 2000, max_bytes=1000)


def test_sources_of_every_kind_give_the_same_document(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, encoding="utf-8")
    docs = [newsclean.parse(PAGE), newsclean.parse(PAGE.encode()), newsclean.parse(path),
            newsclean.parse(io.BytesIO(PAGE.encode())), newsclean.parse(gzip.compress(PAGE.encode()))]
    assert all(d == docs[0] for d in docs)
    assert docs[0].posts[0].headline == "Roads closed"


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "latin-1"])
def test_encodings_are_detected(encoding):
    html = "<html><head><meta charset='%s'></head><body><p>Café – “quoted”</p></body></html>"
    if encoding == "utf-16":
        data = (html % "utf-16").encode("utf-16")
    else:
        data = (html % encoding).encode("cp1252")
    assert "Café" in decode(data)


def test_undeclared_cp1252_is_detected():
    data = ("Le café était fermé à cause de la grève; les élèves ont protesté devant l’école. " * 5).encode("cp1252")
    assert "café" in decode(data)


def test_sniffing():
    assert sniff_format("<!doctype html><html><body>x</body></html>") == "html"
    css = "<style>" + ".a { color: red; }\n" * 400 + "</style>"
    assert sniff_format(css + "<div><p>Body</p></div>") == "html"  # page tags after a long style block
    warnings = "<br />\n<b>Deprecated</b>: something on line <b>520</b><br />\n" * 5
    assert sniff_format(warnings + "<span>text</span>") == "html"  # tags throughout
    assert sniff_format("Just a line of text\nand another") == "text"


def test_unknown_format_and_site_are_usage_errors():
    with pytest.raises(newsclean.ParseError, match="format"):
        newsclean.parse(PAGE, format="pdf")
    with pytest.raises(newsclean.ParseError, match="site profile"):
        newsclean.parse(PAGE, site="nosuchsite")
