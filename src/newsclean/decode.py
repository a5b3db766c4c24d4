"""Turn whatever the caller gives into text, and say whether it is markup or plain text.

Order of evidence for bytes: a byte-order mark, then a charset declared in the markup
(``<meta charset>`` or ``http-equiv``), then strict UTF-8, then detection by
charset-normalizer (a well-kept detector that beats anything we would write here).
"""
from __future__ import annotations

import codecs
import os
import re
import zlib
from typing import IO, Union

from .errors import ParseError

Source = Union[str, bytes, bytearray, "os.PathLike[str]", IO[bytes]]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|div|p|article|section|script|span|a|h[1-6])\b", re.I)


def read_source(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str | bytes:
    """Read a path or a binary file object; pass str and bytes through. Enforces the size limit."""
    if isinstance(source, str):
        if len(source) > max_bytes:
            raise ParseError(f"input too large: {len(source)} characters (limit {max_bytes})")
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, os.PathLike):
        path = os.fspath(source)
        try:
            size = os.path.getsize(path)
            if size > max_bytes:
                raise ParseError(f"input too large: {path} is {size} bytes (limit {max_bytes})")
            with open(path, "rb") as fh:
                data = fh.read()
        except OSError as e:
            raise ParseError(f"cannot read {path}: {e.strerror or e}") from e
    elif hasattr(source, "read"):
        data = source.read(max_bytes + 1)
        if isinstance(data, str):
            return data if len(data) <= max_bytes else _too_large(len(data), max_bytes)
    else:
        raise ParseError(f"unsupported source type {type(source).__name__}: give str, bytes, a path or a binary file")
    if len(data) > max_bytes:
        _too_large(len(data), max_bytes)
    return data


def _too_large(n: int, limit: int) -> str:
    raise ParseError(f"input too large: more than {limit} bytes (got {n}); raise max_bytes to allow it")


def _gunzip(data: bytes, max_bytes: int) -> bytes:
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as e:
        raise ParseError(f"input looks gzip-compressed but cannot be decompressed: {e}") from e
    if len(out) > max_bytes:
        raise ParseError(f"input too large once decompressed: more than {max_bytes} bytes")
    return out


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decode bytes to str, or raise ParseError naming what is wrong."""
    return _decode(data, max_bytes)[0]


def _decode(data: bytes, max_bytes: int) -> tuple[str, bytes | None]:
    """``decode``, and the bytes it read as strict UTF-8 (None when another codec read them):
    their safety for the tree is then checked on the bytes, without encoding the text again."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, max_bytes)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), None
            except UnicodeDecodeError as e:
                raise ParseError(f"input starts with a {enc} byte-order mark but does not decode: {e.reason}") from e
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16, None
    if _looks_binary(data):
        raise ParseError("input is binary, not text or HTML (it holds NUL or control bytes)")
    m = _META_CHARSET.search(data[:4096])
    if m:
        enc = m.group(1).decode("ascii", "replace").lower()
        try:
            codecs.lookup(enc)
        except LookupError:
            enc = ""
        if enc and enc not in ("utf-16", "utf-32"):
            try:
                return data.decode(enc), data if codecs.lookup(enc).name == "utf-8" else None
            except UnicodeDecodeError:
                pass  # the declaration lied; fall through to detection
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise ParseError("input cannot be decoded: no text encoding fits its bytes")
    try:
        return data.decode(best.encoding), None
    except (UnicodeDecodeError, LookupError):
        return data.decode(best.encoding, errors="replace"), None


def _looks_binary(data: bytes) -> bool:
    """More than 5% NUL or control bytes: no text encoding we read looks like that. (A stray
    NUL in a page is tolerated and dropped later.)"""
    sample = data[:8192]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text with no byte-order mark shows NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > 0.4 * half and (odd if enc == "utf-16-be" else even) < 0.05 * half:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


_ANY_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>]{0,300})?/?>")


def sniff_format(text: str) -> str:
    """'html' when the text looks like markup (a page-level tag, or tags throughout), else 'text'."""
    head = text[:65536]
    if _MARKUP.search(head):
        return "html"
    tags = len(_ANY_TAG.findall(head[:16384]))
    return "html" if tags >= 10 else "text"


# Characters the HTML standard calls parse errors in the input stream and that lxml (an XML tree
# underneath) refuses to hold: C0 controls other than tab, LF and CR (FF and VT are whitespace to
# a reader; the rest are invisible), lone surrogates, and the noncharacters U+FFFE and U+FFFF.
# (Other noncharacters and C1 controls are legal XML characters and pass through.)
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f]+")
_BREAK = re.compile("[\x0b\x0c]")
_DAMAGED = re.compile("[\ud800-\udfff\ufffe\uffff]")
_UNSAFE_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0e, 0x20))


def _is_safe(text: str) -> bool:
    """``_UNSAFE.search(text) is None``, about twice as fast: in UTF-8 a C0 control is its own
    byte, U+FFFE/U+FFFF are EF BF BE/BF, and a lone surrogate does not encode at all."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return len(data.translate(None, _UNSAFE_BYTES)) == len(data) and b"\xef\xbf\xbe" not in data \
        and b"\xef\xbf\xbf" not in data


def _bytes_safe(data: bytes) -> bool:
    """``_is_safe(data.decode("utf-8"))`` for bytes that strict UTF-8 decodes (so they hold no
    lone surrogate), read on the bytes themselves: each unsafe byte is looked for on its own (a
    ``memchr`` in C: a quarter of the instructions of deleting them all with ``translate``), and
    U+FFFE/U+FFFF only where EF BF (which opens U+FFC0 to U+FFFF alone) is there at all."""
    if any(b in data for b in _UNSAFE_BYTES):
        return False
    return b"\xef\xbf" not in data or (b"\xef\xbf\xbe" not in data and b"\xef\xbf\xbf" not in data)


def sanitize(text: str) -> str:
    r"""Make decoded text safe for the tree, once, for HTML and plain text alike. Invisible C0
    controls (NUL included) are dropped, as a browser shows nothing for them; FF and VT become a
    space (whitespace to HTML; in plain text a page break on its own line leaves a blank line,
    and one inside a line still separates its words); lone surrogates and U+FFFE/U+FFFF become
    U+FFFD, so damaged text stays marked rather than vanishing. A clean page costs one scan.

    >>> sanitize("a\x00b\x0cc\ud800")
    'ab c\ufffd'
    """
    if _is_safe(text):
        return text
    text = _INVISIBLE.sub("", text)
    text = _BREAK.sub(" ", text)
    return _DAMAGED.sub("\ufffd", text)


_NUMERIC_REF = re.compile(r"&#(?:[xX]0*([0-9a-fA-F]{1,8})|0*([0-9]{1,10}));?")
# a reference `_safe_reference` may change (a C0 control, U+FFFE or U+FFFF), or a few more: most
# pages hold many references (&#8217;) and none of these, and then none is looked at one by one
_UNSAFE_REF = re.compile(r"&#(?:[xX]0*(?:[0-9a-fA-F]|1[0-9a-fA-F]|[fF][fF][fF][eEfF])(?![0-9a-fA-F])"
                         r"|0*(?:[0-9]|[12][0-9]|3[01]|6553[45])(?![0-9]))")


def _safe_reference(m: re.Match) -> str:
    code = int(m.group(1), 16) if m.group(1) is not None else int(m.group(2))
    if code in (0x0B, 0x0C):
        return " "
    if code < 0x20 and code not in (0x09, 0x0A, 0x0D) or code in (0xFFFE, 0xFFFF):
        return "" if code < 0x20 else "\ufffd"
    return m.group(0)  # surrogates and out-of-range numbers: the parser itself makes them U+FFFD


def sanitize_references(markup: str) -> str:
    r"""`sanitize` for what the HTML parser would make of numeric character references
    (``&#1;``, ``&#x0C;``, ``&#xFFFE;``): HTML only, since in plain text they are literal text.

    >>> sanitize_references("a&#1;b&#x0c;c&#65534;d&#233;")
    'ab c\ufffdd&#233;'
    """
    if "&#" not in markup or _UNSAFE_REF.search(markup) is None:
        return markup
    return _NUMERIC_REF.sub(_safe_reference, markup)


def to_text(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The source decoded and sanitized; ParseError when nothing is left."""
    return text_and_bytes(source, max_bytes=max_bytes)[0]


def text_and_bytes(source: Source, *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bytes | None]:
    """``to_text``, and the bytes it was read from when the text is exactly their strict UTF-8
    reading (else None): the HTML parser takes those as they are, without the text being
    encoded to UTF-8 again."""
    raw = read_source(source, max_bytes=max_bytes)
    if isinstance(raw, bytes):
        text, utf8 = _decode(raw, max_bytes)
        if utf8 is None or not _bytes_safe(utf8):
            text, utf8 = sanitize(text), None
    else:
        text, utf8 = sanitize(raw), None
    if not text.strip():
        raise ParseError("input is empty (no text after decoding)")
    return text, utf8


__all__ = ["Source", "to_text", "text_and_bytes", "sanitize", "sanitize_references", "sniff_format", "decode", "read_source", "DEFAULT_MAX_BYTES"]
