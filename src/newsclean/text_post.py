"""Text front, stage 3: one post's lines become its label, headline, bylines, media and blocks."""
from __future__ import annotations

import datetime as dt

import regex

from . import dates, shapes, text_times
from .meta_words import AGENCIES
from .model import Block, Byline, Media, Post
from .text_bylines import (
    GLUED_SIGNATURE,
    POSSESSIVE,
    caseless_name_role,
    cjk_name_slash_role,
    closing_line_names,
    closing_name,
    closing_names,
    keep_closing_byline,
    lead_byline,
    name_and_place,
    name_and_role,
    name_and_outlet,
    name_comma_role,
    name_list,
    name_sep_role,
    opens_byline,
    role_below,
    role_then_name,
    signature_names,
    stamp_byline,
)
from .text_lines import Line, State
from .text_post_media import take_media
from .text_signoff import signoff_shape

__all__ = ["build_post", "closing_name", "dash_signature", "keep_closing_byline", "keep_dash_signature", "lead_byline",
           "name_and_role", "name_list", "signature_names"]  # (the byline readers live in text_bylines; these names stay importable here)

_DASHES = "–—"
_CLOCK_ONLY = regex.compile(r"[012]?\d[:.h][0-5]\d(?:\s?h)?")
_QUOTE_ENDS = "\"'”’»›」』"


def build_post(chunk: list[Line], st: State, page_date: dt.date | None, page_offset: int | None,
                page_zone: str | None = None, *, names_first: bool = False, stamp_closes: bool = False,
                outlets: frozenset[str] = frozenset(), brands: frozenset[str] = frozenset()) -> Post:
    """The post in ``chunk``. ``names_first``: the page's posts open with their author's name;
    ``stamp_closes``: they end with their author's stamp row ("Name 12:41 AM"), the post's time;
    ``outlets``: the words the page names its outlet with, case-folded (`text_byline_page.page_outlets`)."""
    label = headline = published = None
    label_is_minute = False
    bylines: list[Byline] = []
    media: list[Media] = []
    blocks: list[Block] = []
    list_items: list[str] = []

    def flush_list() -> None:
        if list_items:
            blocks.append(Block("list", "\n".join(list_items), tuple(list_items)))
            list_items.clear()

    content = []
    has_embed = False  # a post whose body was an embedded tweet keeps its title as its headline
    for ln in chunk:
        if ln.rule is None:
            content.append(ln)
        elif ln.rule == "embed.social":
            has_embed = True
    # the post's text lines (not stamps or media); the last is where a closing signature
    # ("— Name") may stand
    text_at = [j for j, c in enumerate(content) if not c.media_kind and c.mark is None and not c.minute]
    last_text = text_at[-1] if text_at else -1
    # from here on only page furniture follows a line: a closing byline may stand there
    closing_from = _closing_from(content, text_at)
    # a card (a goal, a substitution: "Name" / "Team" / "2 - 1") is short lines, no prose: all body
    # (three words at most, counted in scripts written without spaces too: a Thai sentence has few)
    in_header = not (len(text_at) >= 2 and all(shapes._count(content[j].text, 3) <= 3 and not shapes.is_prose(content[j].text)
                                                for j in text_at))
    k = 0
    while k < len(content):
        ln = content[k]
        t = ln.text
        nxt = content[k + 1] if k + 1 < len(content) else None
        if ln.minute:
            # a match minute labels the post; of two in a row (a bare separator, then the
            # event's own) the nearer one is the label
            if label is not None and label_is_minute:
                st.remove("post.minute-separator", label)
            label, label_is_minute = ln.minute, True
            k += 1
            continue
        if ln.mark is not None and ln.head:
            # "7:12 am: Headline": the clock is the post's time, the rest its headline
            if published is None or in_header:
                published = ln.mark.iso(page_date, page_offset, page_zone)
            st.remove("post.timestamp", t[: len(t) - len(ln.head)].strip())
            if label is None and headline is None and _label_over_title(ln.head, content, k):
                label = ln.head  # "23:52 hrs Top story" / "Vote count begins" / text: a label, then the title
            elif headline is None and shapes.is_headline_shaped(ln.head, max_words=24):
                headline = ln.head
            else:
                blocks.append(Block("paragraph", ln.head))
            k += 1
            continue
        if ln.mark is not None and (in_header or not ln.mark.lead):
            # a time stamp: the post's time, maybe with an author or a label glued on
            if (ln.mark.has_clock or ln.mark.epoch is not None) and (published is None or in_header):
                # the stamp nearest the post wins
                published = ln.mark.iso(page_date, page_offset, page_zone)
            if ln.stamp_label:  # "Analysis 10:02 p.m. EST": the label, then the stamp
                if label is None:
                    label = ln.stamp_label
                st.remove("post.timestamp", _without(t[len(ln.stamp_label):].lstrip(), ln.mark.rest))
            else:
                st.remove("post.timestamp", _without(t, ln.mark.rest))
            if ln.mark.lead and (shapes.is_name(ln.mark.lead) or text_times.caseless_author(ln.mark)) \
                    and ln.mark.lead not in {b.name for b in bylines}:
                bylines.append(Byline(ln.mark.lead))  # "Dana Whitfield 9:42 pm" opening the post
            if ln.mark.tail:
                if shapes.is_label(ln.mark.tail) and label is None:
                    label = ln.mark.tail
                elif (tail_by := stamp_byline(ln.mark.rest)) is not None:  # "kl. 01:20 Name fréttamaður"
                    if tail_by[0]:
                        st.remove("post.byline-lead", tail_by[0])
                    bylines.extend(b for b in tail_by[1] if b.name not in {x.name for x in bylines})
                elif shapes.is_name(ln.mark.tail):
                    bylines.append(Byline(ln.mark.tail))
                elif label is None and headline is None and not blocks and k <= len(bylines) and _label_over_title(ln.mark.rest, content, k):
                    label = ln.mark.rest  # "23:52 hrs Top story" over the post's title and text
                elif headline is None and _clock_then_title(ln, k, text_at):
                    headline = ln.mark.rest  # "* 23:48 Voting begins" over the post's text
                elif _second_stamp(ln.mark.rest):
                    st.remove("post.updated-stamp", ln.mark.rest)  # "... 23:30 Actualitzada el 13/05/2024 00:15"
                else:
                    blocks.append(Block("paragraph", ln.mark.rest))
            k += 1
            continue
        if ln.mark is not None and ln.mark.lead:
            # "Author 14 August 2023 10:01" closing a post: its byline (and, where every post
            # closes so, its time)
            if stamp_closes and published is None and ln.mark.has_clock:
                published = ln.mark.iso(page_date, page_offset, page_zone)
            if ln.mark.lead not in {b.name for b in bylines}:
                bylines.append(Byline(ln.mark.lead))
            st.remove("post.timestamp", t.replace(ln.mark.lead, "", 1).strip())
            k += 1
            continue
        if ln.media_kind:
            k += take_media(content, k, media, st)
            continue
        if brands and not blocks and (own := _own_credit(t, brands)) is not None \
                and (len(text_at) == 1 or (headline is not None and nxt is not None and nxt.prose)):
            # "Our correspondent reports from Dhaka Al Jazeera": a caption credited to the site's
            # own name, a post's only line or between its title and its text: its figure
            media.append(Media("image", caption=own[0], credit=own[1]))
            k += 1
            continue
        if ln.byline and (off := signoff_shape(t)) is not None \
                and (off[2] or len(off[1]) > 1 or off[1][0].name != t):  # a name closing the post
            if off[0]:
                st.remove("post.byline-lead", off[0])
            bylines.extend(b for b in off[1] if b.name not in {x.name for x in bylines})
            k += 1
            continue
        if ln.byline:  # "Ladislao J. Moñino Berlín" glued above the next post's stamp
            closer = name_and_place(t)
            if not t.startswith(closer.name):
                st.remove("post.byline-lead", t.split(" ", 1)[0])
            if closer.name not in {b.name for b in bylines}:
                bylines.append(closer)
            k += 1
            continue
        # a byline line heads the post's text or closes it (in between, it signs a teaser)
        if opens_byline(t) and (in_header or k >= closing_from) and (led := lead_byline(t)) is not None:
            st.remove("post.byline-lead", led[0])
            bylines.extend(b for b in led[1] if b.name not in {x.name for x in bylines})
            k += 1
            continue
        if in_header:
            if label_is_minute and label and headline is None and not blocks and _label_over_title(t, content, k):
                # a badge under the match minute, over the headline ("88'" / "GOL" / title): the label
                st.remove("post.minute-mark", label)
                label, label_is_minute = t, False
                k += 1
                continue
            if label is None and headline is None and (split := _capital_label_head(t)) is not None \
                    and _leads_to_body(content, k):
                label, headline = split  # "SON DAKİKA Merkez Bankası faizi indirdi": the chip, then the title
                k += 1
                continue
            if label is None and headline is None and (shapes.is_label(t) or ln.label) and nxt is not None:
                label = shapes.tag_word(t).rstrip(":")
                k += 1
                continue
            if ln.title and headline is None:
                headline = t
                k += 1
                continue
            if names_first and headline is None and not bylines and nxt is not None:
                if (split := name_and_role(t)) is not None:  # "Jussi Mankkinen toimittaja"
                    bylines.append(Byline(*split))
                    k += 1
                    continue
                if shapes.is_name(t):
                    role = nxt.text if role_below(t, nxt) else None  # "Name" / "Political Correspondent"
                    bylines.append(Byline(t, role))
                    k += 2 if role else 1
                    continue
            if headline is None and not bylines and nxt is not None and shapes.role_led_cjk_name(t):
                bylines.append(Byline(t))  # "記者王小明" over the title: the byline as printed
                k += 1
                continue
            if nxt is not None and (named := name_comma_role(t) or caseless_name_role(t) or name_sep_role(t)
                                    or cjk_name_slash_role(t)) is not None:  # "Name, Political Editor", "Name · role"
                bylines.append(named)
                k += 1
                continue
            if headline is not None and not bylines and nxt is not None and (named := role_then_name(t)) is not None:
                bylines.append(named)  # "Chief correspondent Name Surname" under the post's title
                k += 1
                continue
            if nxt is not None and nxt.prose and (outlet := name_and_outlet(t)) is not None \
                    and (outlet[1].casefold() in outlets or outlet[1].casefold() in AGENCIES):
                bylines.append(outlet[0])  # "Name , Yle" over the post's text: the outlet is no role
                st.remove("post.byline-outlet", outlet[1])
                k += 1
                continue
            if shapes.is_name(t) and not shapes.is_prose(t) and nxt is not None and not _possessive(t) \
                    and (headline is not None or not _leads_to_body(content, k)
                         or shapes.is_role(nxt.text, t) or nxt.text.startswith(t.split()[0])
                         or (shapes.is_headline_shaped(nxt.text, max_words=20) and _leads_to_body(content, k + 1))
                         # a two- or three-word name straight above the text (Title Case headlines run longer;
                         # under a stamp that printed its author, "Martín Ruiz 20:14", the line is the headline)
                         or (len(t.split()) <= 3 and shapes.is_prose(nxt.text) and not _stamp_signed(content, k)
                             and not any(c.byline for c in content[k + 1:]))):  # (a post signed off below: a title)
                if (split := name_and_role(t)) is not None:  # "Ola Bakken Vaktsjef": the role is on the line
                    bylines.append(Byline(*split))
                    k += 1
                    continue
                role = None
                # the line under the name is its role when it names a job (then a title may follow
                # it); a capitalised line of no job word over the text is the post's title
                if nxt.content and shapes.is_role(nxt.text, t) and not shapes.is_prose(nxt.text) \
                        and (shapes.is_job_title(nxt.text)
                             or _next_is_body_or_media(content, k + 1) and (headline is not None or nxt.text[:1].islower())):
                    role = nxt.text
                    k += 1
                bylines.append(Byline(t, role))
                k += 1
                continue
            if headline is None and _numbered_headline(t, nxt) and _leads_to_body(content, k):
                headline = t  # "1. Just askin'": a numbered headline, not a one-item list
                k += 1
                continue
            if headline is None and (shapes.is_headline_shaped(t, max_words=20) or _unit_closed_title(t, nxt)) \
                    and (_leads_to_body(content, k) or (has_embed and nxt is None)) \
                    and not any(t.startswith(b.name) for b in bylines):
                headline = t
                k += 1
                continue
        in_header = False
        if k == last_text and blocks and blocks[-1].text[-1:] not in _QUOTE_ENDS + "“" \
                and (outlet := name_and_outlet(t, capitals=True)) is not None:
            # "Name, BR" closing the post's text (not under a quote: "Name, SPD" says who spoke)
            if outlet[0].name not in {b.name for b in bylines}:
                bylines.append(outlet[0])
            st.remove("post.byline-outlet", outlet[1])
            k += 1
            continue
        if blocks and k >= closing_from and (signed := closing_name(t)) is not None:
            if signed.name not in {b.name for b in bylines}:
                bylines.append(signed)
            k += 1
            continue
        if blocks and k > closing_from and k == last_text and not ln.prose \
                and (signed := name_comma_role(t) or name_sep_role(t)) is not None:
            # "Name Surname, parlamentní zpravodajka" closing the post, over its share row
            if signed.name not in {b.name for b in bylines}:
                bylines.append(signed)
            k += 1
            continue
        if blocks and k > closing_from and k + 1 == last_text and nxt is not None and not ln.prose \
                and shapes.is_name(t) and role_below(t, nxt):
            # "Name Surname" / "reporter" closing the post: the name and its job title
            if t not in {b.name for b in bylines}:
                bylines.append(Byline(t, nxt.text))
            k += 2
            continue
        if k == last_text and (names := closing_line_names(t)):  # "— Name", "– Name/Outlet.com", "（佐藤健太）"
            bylines.extend(Byline(n) for n in names if n not in {b.name for b in bylines})
            k += 1
            continue
        if k == last_text and (signed_off := dash_signature(t, content[k - 1].text if k else "")) is not None:
            names, source = signed_off  # "– Dwight de Leon/Rappler.com"
            bylines.extend(Byline(n) for n in names if n not in {b.name for b in bylines})
            st.remove("post.byline-lead", t[0])
            if source:
                st.remove("post.signature-source", source)
            k += 1
            continue
        if k == last_text and "—" in t[-120:] and (m := GLUED_SIGNATURE.search(t)) and (names := closing_names(m["names"])):
            bylines.extend(Byline(n) for n in names if n not in {b.name for b in bylines})
            t = t[: m.start()].rstrip()
        if shapes.is_list_item(t):
            item = shapes.strip_list_mark(t)
            st.remove("post.list-mark", t[: len(t) - len(item)].strip())
            list_items.append(item)
        else:
            flush_list()
            blocks.append(Block("paragraph", t))
        k += 1
    flush_list()
    return Post(headline=headline, label=label, published=published, bylines=tuple(bylines),
                media=tuple(media), blocks=tuple(blocks))


def _own_credit(text: str, brands: frozenset[str]) -> tuple[str, str] | None:
    """``(caption, site)`` for a caption line closed by the site's name as its header prints it
    (`text_byline_page.page_brands`), after a caption of four words or more with no sentence end."""
    if len(text) > 300 or text[-1] in ".!?:;,\"'”’)»":
        return None
    words = text.split()
    for n in (1, 2, 3):
        if len(words) - n < 4:
            break
        tail = " ".join(words[-n:])
        if tail.casefold() in brands:
            caption = " ".join(words[:-n])
            if shapes.ends_sentence(caption) or any(ch in caption for ch in ".!?:;") or shapes.is_prose(caption):
                return None
            return caption, tail
    return None


def dash_signature(text: str, above: str = "") -> tuple[list[str], str] | None:
    """``([name], source)`` when ``text`` signs a post off after a dash: "– Dwight de Leon",
    "— Ana Ruiz/Agency.com" (the desk's outlet after a slash, one word, is the source, not a
    name), under a sentence of the post (``above``). A dashed line under another dashed line is
    a list's last item, not a signature."""
    if text[:1] not in _DASHES or text[1:2] != " " or above[:1] in _DASHES:
        return None
    body, source = text[2:].strip(), ""
    if "/" in body:
        body, _, source = body.rpartition("/")
        if not source or " " in source.strip() or "/" in body:
            return None
        body, source = body.strip(), "/" + source
    # one person (a lone word may be anything; "Name on Other" attributes a quote), under a
    # sentence of the post's text (under a quote the dash credits the quote's speaker)
    if not shapes.is_name(body) or not shapes.ends_sentence(above) or above.rstrip()[-1:] in _QUOTE_ENDS:
        return None
    return [body], source


def keep_dash_signature(chunk: list[Line], footer: list[Line]) -> tuple[list[Line], list[Line]]:
    """The last post's "– Name/Outlet.com" sign-off, cut off with the page's footer, given back
    (`dash_signature`: under a sentence of the post's text)."""
    at = next((j for j, ln in enumerate(footer) if ln.rule is None), None)
    last = next((ln for ln in reversed(chunk) if ln.content), None)
    if at is None or last is None or dash_signature(footer[at].text, last.text) is None:
        return chunk, footer
    return chunk + footer[: at + 1], footer[at + 1:]


def _second_stamp(rest: str) -> bool:
    """The words after a stamp are a second stamp ("Updated 13/05/2024 00:15", in any language):
    one to three words without digits, a date, and at most a clock after it."""
    hits = dates.find_dates(rest, None)
    if not hits:
        return False
    lead, after = rest[: hits[0].start].strip(), rest[hits[0].end:].strip(" ,|–-")
    return 1 <= len(lead.split()) <= 3 and not any(ch.isdigit() for ch in lead) and not shapes.ends_sentence(lead) \
        and (not after or _CLOCK_ONLY.fullmatch(after) is not None)


def _closing_from(content: list[Line], text_at: list[int]) -> int:
    """The first text line k after which no sentence of text follows in the post, but only
    short lines or a copyright notice (the page's footer, left on its last post)."""
    k = len(content)
    for j in reversed(text_at):
        k = j
        if content[j].prose and "©" not in content[j].text:
            break
    return k


def _numbered_headline(t: str, nxt: Line | None) -> bool:
    if not t[:1].isdigit() or not shapes.is_list_item(t):
        return False
    rest = shapes.strip_list_mark(t)
    return bool(rest) and shapes.is_headline_shaped(rest, max_words=20) and \
        (nxt is None or not shapes.is_list_item(nxt.text))


def _without(text: str, tail: str) -> str:
    if tail and text.endswith(tail):
        return text[: -len(tail)].strip()
    return text


def _possessive(t: str) -> bool:
    return bool(POSSESSIVE.search(t))


def _capital_label_head(t: str) -> tuple[str, str] | None:
    """``(label, headline)`` for a headline line opened by a label of the packs printed in
    capitals ("SON DAKİKA Merkez Bankası faizi indirdi", "BREAKING Parliament votes today"): one
    to three words in capitals, then a headline of three words or more that opens in sentence
    case (a title wholly in capitals, "BREAKING NEWS TODAY", is no label and title)."""
    if not t[:1].isupper() or len(t) > 200:
        return None
    words = t.split()
    for n in (3, 2, 1):
        if len(words) < n + 3:
            continue
        lead, rest = " ".join(words[:n]), " ".join(words[n:])
        if len(lead) >= 3 and lead.isupper() and lead.replace(" ", "").isalpha() and shapes.is_label(lead) and words[n][:1].isupper() \
                and not words[n].isupper() and shapes.is_headline_shaped(rest, max_words=20):
            return lead, rest
    return None


# a title closed by a number and its unit's abbreviation: "… wyniosła 51,3 proc.", "… up 4 pct."
# (three letters or four: a unit's symbol, "m", "km", takes no dot, so one after it ends a sentence)
_UNIT_CLOSE = regex.compile(r"\d\s\p{Ll}{3,4}\.$")
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?]\s")
UNIT_TITLE_MAX_WORDS = 12


def _unit_closed_title(t: str, nxt: Line | None) -> bool:
    """A headline whose last dot is an abbreviation's, a number's unit ("51,3 proc.", "4 pct."),
    not a sentence's end: short (twelve words at most), one sentence, headline-shaped without the
    dot, and over a longer paragraph of prose (the post's text)."""
    if len(t) > 120 or _UNIT_CLOSE.search(t) is None or _INNER_SENTENCE_END.search(t) is not None:
        return False
    return nxt is not None and nxt.content and nxt.prose and len(nxt.text) > len(t) \
        and shapes.is_headline_shaped(t[:-1], max_words=UNIT_TITLE_MAX_WORDS)


def _leads_to_body(content: list[Line], k: int) -> bool:
    """Whether more of the post (body text or media) follows line k."""
    for ln in content[k + 1:]:
        if ln.mark is not None and not ln.mark.lead:
            return False
        if ln.media_kind:
            continue
        if shapes.is_name(ln.text) or shapes.is_role(ln.text):
            if shapes.is_prose(ln.text):
                return True
            continue
        return True
    return False


def _next_is_body_or_media(content: list[Line], k: int) -> bool:
    if k + 1 >= len(content):
        return False
    nxt = content[k + 1]
    return bool(nxt.media_kind) or shapes.is_prose(nxt.text) or shapes.is_headline_shaped(nxt.text) is False


def _clock_then_title(ln: Line, k: int, text_at: list[int]) -> bool:
    """The post's first line is its clock and a few title words after it ("23:48 Voting begins",
    "* 18:05 최종 투표율 67.0%"), and text follows: the words are the headline. (Of a stamp's
    words, a name or a label is told apart before; one word alone stays text.)"""
    rest = ln.mark.rest if ln.mark is not None else ""
    t = shapes.strip_list_mark(ln.text)
    return k == 0 and bool(text_at) and text_at[0] > 0 and t[:1].isdigit() and len(rest.split()) >= 2 \
        and t.endswith(rest) and shapes.is_headline_shaped(rest, max_words=12) and not shapes.is_prose(rest)


def _label_over_title(words: str, content: list[Line], k: int) -> bool:
    """The words after a post's clock are a label, not its headline: a few words (four at most,
    no digits, no sentence) and right under them a longer headline-shaped line that leads into
    body text (a sentence of prose)."""
    n = len(words.split())
    if n > 4 or shapes.ends_sentence(words) or any(ch.isdigit() for ch in words) or k + 1 >= len(content):
        return False
    nxt = content[k + 1]
    if nxt.mark is not None or nxt.minute or nxt.media_kind or nxt.byline or shapes.is_prose(nxt.text) \
            or shapes.is_list_item(nxt.text) or len(nxt.text.split()) <= n \
            or not shapes.is_headline_shaped(nxt.text, max_words=24):
        return False
    body = next((ln for ln in content[k + 2:] if not ln.media_kind), None)
    return body is not None and body.mark is None and shapes.is_prose(body.text)


def _stamp_signed(content: list[Line], k: int) -> bool:
    """Line k stands right under a stamp that printed its author before the clock ("Martín Ruiz
    20:14"): the post's byline is given."""
    return k > 0 and (m := content[k - 1].mark) is not None and bool(m.lead) \
        and (shapes.is_name(m.lead) or text_times.caseless_author(m))
