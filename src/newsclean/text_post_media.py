"""Text front, stage 3 (media): the media lines of a post, as the line readers marked them
(`Line.media_kind`), become its `Media` items; their prefixes and stubs are recorded as removed."""
from __future__ import annotations

import regex

from .model import Media
from .text_lines import ELLIPSIS_CREDIT, PAREN_CREDIT, PHOTOGRAPH_CREDIT, Line, State

# the BBC's screen-reader labels, as a scraper saves them
_IMAGE_CAPTION = regex.compile(r"^(?P<shown>.*?)\s*(?P<prefix>Image caption:\s?)(?P<caption>.*)$")
_VIDEO = regex.compile(r"^(?P<content>Video content)?(?:(?P<prefix>Video caption:\s?)(?P<caption>.*))?$")
_WORDCHAR = regex.compile(r"\w")


def _credit_value(s: str) -> str | None:
    s = s.strip().rstrip(")").strip()
    return s if _WORDCHAR.search(s) else None


def take_media(content: list[Line], k: int, media: list[Media], st: State) -> int:
    """Consume the media line(s) at k into ``media``; return how many lines were used."""
    ln = content[k]
    t = ln.text
    kind = ln.media_kind
    if kind == "built-caption":
        if k + 1 < len(content) and content[k + 1].media_kind == "built":
            return take_media(content, k + 1, media, st) + 1
        media.append(Media("image", caption=t))
        return 1
    if kind == "built":
        # a credit `text_media` read: the finished item, and the label it printed ("Foto:")
        if ln.media_prefix:
            st.remove("media.credit-prefix", ln.media_prefix)
        media.append(ln.media or Media("image"))
        return 1
    if kind == "credit":
        # "[alt ]Copyright: credit", read at the first prefix
        alt, prefix, rest = t.partition("Copyright:")
        assert prefix
        st.remove("media.credit-prefix", prefix)
        value = _credit_value(rest)
        media.append(Media("image", credit=value, alt=alt.rstrip() or None))
        if rest.strip() and value is None:
            st.remove("media.empty-credit", rest.strip())
        return 1
    if kind == "caption":
        m = _IMAGE_CAPTION.match(t)
        assert m is not None
        if m["shown"]:  # "Caption Image caption: Caption": the visible caption, then its screen-reader copy
            st.remove("media.caption-duplicate", m["shown"])
        st.remove("media.caption-prefix", m["prefix"].strip())
        caption = m["caption"].strip() or None
        if media and media[-1].caption is None and media[-1].type == "image":
            media[-1] = Media(media[-1].type, caption, media[-1].credit, media[-1].alt)
        else:
            media.append(Media("image", caption=caption))
        return 1
    if kind == "video":
        m = _VIDEO.match(t)
        if m and (m["content"] or m["prefix"]):
            if m["content"] and m["prefix"]:
                st.remove("media.video-stub", t[: m.end("prefix")].strip())
            elif m["content"]:
                st.remove("media.video-stub", m["content"])
            else:
                st.remove("media.caption-prefix", m["prefix"].strip())
            media.append(Media("video", caption=(m["caption"] or "").strip() or None))
        else:
            media.append(Media("video", caption=t))
        return 1
    if kind == "pipe-caption":
        if k + 1 < len(content) and content[k + 1].media_kind == "pipe-credit":
            media.append(Media("image", caption=t, credit=_credit_value(content[k + 1].text)))
            return 2
        media.append(Media("image", caption=t))
        return 1
    if kind == "pipe-credit":
        media.append(Media("image", credit=_credit_value(t)))
        return 1
    if kind == "ellipsis-credit":
        m = ELLIPSIS_CREDIT.match(t)
        assert m is not None
        st.remove("media.credit-prefix", m["prefix"])
        media.append(Media("image", caption=m["caption"].strip() or None, credit=_credit_value(m["credit"])))
        return 1
    if kind == "photo":
        m = PHOTOGRAPH_CREDIT.match(t)
        assert m is not None
        st.remove("media.credit-prefix", m["prefix"].strip())
        media.append(Media("image", caption=m["caption"].strip() or None, credit=_credit_value(m["credit"])))
        return 1
    if kind == "paren-credit":
        m = PAREN_CREDIT.match(t)
        assert m is not None
        st.remove("media.credit-parens", "()")
        media.append(Media("image", credit=_credit_value(m["credit"])))
        return 1
    if kind == "video-duration":
        st.remove("media.video-duration", t)
        if k + 1 < len(content) and content[k + 1].media_kind == "video-title":
            media.append(Media("video", caption=content[k + 1].text))
            return 2
        return 1
    if kind in ("split-credit-head", "split-credit", "split-credit-tail"):
        parts = []
        n = 0
        while k + n < len(content) and content[k + n].media_kind.startswith("split-credit"):
            parts.append(content[k + n])
            n += 1
            if parts[-1].media_kind == "split-credit-tail":
                break
        caption = None
        credit = None
        for p in parts:
            if p.media_kind == "split-credit-head":
                caption = p.text.rstrip("(").strip() or None
                st.remove("media.credit-prefix", "(")
            elif p.media_kind == "split-credit":
                st.remove("media.credit-prefix", p.text)
            else:
                credit = _credit_value(p.text)
                st.remove("media.credit-prefix", ")")
        media.append(Media("image", caption=caption, credit=credit))
        return max(n, 1)
    media.append(Media("video", caption=t))
    return 1
