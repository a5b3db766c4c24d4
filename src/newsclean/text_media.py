"""Text front: picture credits printed as text, in any language: which lines are a figure.

A scraped figure is its caption and its credit, on one line or two; a player's control label
("BEKIJK", "WATCH") and the video title under it. `mark_credits` marks those lines, reading
each line's shape with `newsclean.text_credits` (labels, credit shapes) and
`newsclean.media_lines` (tails, glued credits, slash chains).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from . import shapes
from .media_lines import (
    label_after_sentence,
    split_glued,
    split_slash_chain,
    split_suffix_label,
    split_tail,
)
from .media_labels import is_agency
from .meta_words import AGENCIES
from .model import Media
from .rules.packs import player_words, source_words
from .rules.phrases import norm
from .text_credits import (
    _CLOSERS,
    _SLASHED,
    _TAIL_MARK,
    _bracketed,
    _caption_shaped,
    _colon_leads,
    _function_word,
    _is_stamp,
    is_video_label,
    label_after,
    label_words,
    names_credit,
    split_agency_tail,
    split_copyright,
    split_labelled,
    split_shaped,
    split_slash_labelled,
    split_suffixed,
    video_words,
)

if TYPE_CHECKING:
    from .text_lines import Line


def _caption_above(lines: list[Line], i: int) -> bool:
    """Whether the line above line i reads as its caption: a short kept line, not a post's
    headline (a line under a stamp), not a stamp or media itself."""
    prev = lines[i - 1]
    return prev.rule is None and not prev.media_kind and prev.mark is None and not prev.minute \
        and lines[i - 2].mark is None and _caption_shaped(prev.text) and len(prev.text.split()) <= 25


def mark_credits(lines: list[Line]) -> None:
    """Mark the credit lines of ``lines`` (kept, not yet media): kind "built", with the finished
    `Media` on the line; a caption line above a label line is kind "built-caption"."""
    words, sources = label_words(), source_words()
    for i, ln in enumerate(lines):
        if ln.rule is not None and i + 1 < len(lines) and (_player_label(ln.text) or (
                _player_placeholder(ln) and not lines[i + 1].prose)):
            _video_title_under(ln, lines[i + 1], below=lines[i + 2] if i + 2 < len(lines) else None)
            # (under a placeholder, a sentence is the post's text)
        if ln.rule is not None or ln.media_kind or ln.mark is not None:
            continue
        t = ln.text
        if len(t) <= 40 and not ln.title and _player_controls(t):
            # "Play video", "Video abspielen" over the video's title: the player's controls
            ln.media_kind = "video-duration"  # (removed with the post, as a player's running time is)
            if i + 1 < len(lines) and not lines[i + 1].prose:
                _video_title_under(ln, lines[i + 1], keep_label=True, below=lines[i + 2] if i + 2 < len(lines) else None)
            continue
        labelled = split_labelled(t) if _may_label(t, words) or (": " in t and (_may_source(t, sources) or _may_source(
            t, _colon_leads()))) else None
        if labelled is None and not ln.title and len(t) <= 300 and (": " in t or "\u055d " in t) \
                and (i == 0 or lines[i - 1].mark is None):
            labelled = split_labelled(t, unknown=True)  # "… தொண்டர்கள் படம்: PTI": a label no pack knows
        if labelled is not None:
            caption, label, credit = labelled
            if not caption and i > 1 and _caption_above(lines, i):
                lines[i - 1].media_kind = "built-caption"
                caption = lines[i - 1].text
            elif not caption and i > 1 and (prev := lines[i - 1]).media_kind == "built" and prev.media is not None \
                    and prev.media.caption and not prev.media_prefix and ln.para - prev.para <= 1 \
                    and prev.text.endswith(")") and lines[i - 2].mark is None and _caption_shaped(prev.text) \
                    and len(prev.text.split()) <= 25:
                # "Caption (File)" over "Photo Credit: PTI": the brackets were the caption's,
                # the labelled line is the credit
                prev.media_kind, prev.media = "built-caption", None
                caption = prev.text
            ln.media_kind = "built"
            ln.media = Media("video" if is_video_label(label) else "image", caption=caption or None, credit=credit)
            ln.media_prefix = label
            continue
        if ("／" in t or "/" in t) and not ln.title and (slashed := split_slash_labelled(t)) is not None:
            # "… 一片雪白 圖／讀者提供": a label of the packs and a slash before the credit
            ln.media_kind = "built"
            ln.media = Media("image", caption=slashed[0], credit=slashed[2])
            ln.media_prefix = slashed[1]
            continue
        if t[-1] == "." and "/" in t and (with_suffix := split_suffix_label(t)) is not None:
            ln.media_kind = "built"
            ln.media = Media("image", caption=with_suffix[0], credit=with_suffix[1])
            ln.media_prefix = with_suffix[2]
            continue
        if t[-1] not in _CLOSERS and (_TAIL_MARK.search(t) is not None or label_after_sentence(t)) \
                and (last := split_tail(t)) is not None:
            # "Caption. — White Star", "Caption. Autor/allikas: Name /ERR", "Caption — فوٹو: جیو نیوز"
            ln.media_kind = "built"
            ln.media = Media("image", caption=last[0], credit=last[2])
            ln.media_prefix = last[1]
            continue
        if (" - " in t or " – " in t) and not ln.title and t[-1] not in _CLOSERS and (dashed := _dash_photographer(t)) \
                and i + 1 < len(lines) and lines[i + 1].content and lines[i + 1].prose:
            # "Caption in São Paulo - Name Surname/Outlet": a photographer and the outlet after a dash
            ln.media_kind = "built"
            ln.media = Media("image", caption=dashed[0], credit=dashed[1])
            ln.media_prefix = dashed[2]
            continue
        if ("=" in t or "＝" in t or t[-1] not in _CLOSERS) and not ln.title and (glued := split_glued(t)) is not None \
                and (i == 0 or (lines[i - 1].mark is None and not _is_stamp(lines[i - 1].text))):
            # "代表＝撮影・田中祐也", "… 있다. 한겨레 김혜윤 기자": a credit no label introduces
            # (never a post's title, the line under its stamp: "与党が過半数割れの見通し＝開票速報")
            ln.media_kind = "built"
            ln.media = Media("image", caption=glued[0], credit=glued[2])
            ln.media_prefix = glued[1]
            continue
        if "/" in t and t[-1] not in _CLOSERS and (chained := split_slash_chain(t)) is not None:
            # "Caption in Washington APA/AFP/Angela Weiss": an agency's chain glued on by a space
            ln.media_kind = "built"
            ln.media = Media("image", caption=chained[0], credit=chained[1])
            continue
        if " / " in t and t[-1] not in _CLOSERS and t.count("/") == t.count(" / ") \
                and (chained := split_slash_chain(t.replace(" / ", "/"))) is not None:
            # "Caption in Budapest Name Surname / Outlet": the chain printed with spaced slashes
            ln.media_kind = "built"
            ln.media = Media("image", caption=chained[0], credit=chained[1].replace("/", " / "))
            continue
        if i > 0 and not ln.title and t[-1] not in _CLOSERS and (named := _caption_then_name(t)) is not None \
                and _over_text_under_rows(lines, i):
            # "L'embassament de Sau, aquest dijous. Name Surname": the top picture's caption and
            # its photographer, between the article's rows and its text
            ln.media_kind = "built"
            ln.media = Media("image", caption=named[0], credit=named[1])
            continue
        if not ln.title and t[-1].isupper() and (pair := _gallery_pair(lines, i)) is not None:
            # "Caption one ДСНС" / "Caption two ДСНС": two caption lines in a row closed by the
            # same agency in capitals, a gallery's pictures (a headline ends on its acronym alone)
            ln.media_kind = "built"
            ln.media = Media("image", caption=pair[0], credit=pair[1])
            continue
        if i > 1 and not ln.title and t[-1] not in _CLOSERS and lines[i - 1].mark is None and lines[i - 1].rule is None \
                and (tail := _known_agency_tail(t)) is not None and _picture_slot(lines, i):
            # "Voters queue outside a polling station Reuters", "… في الدوحة رويترز": a known agency
            # closing a caption in a picture's place (under a post's title, or under another
            # figure, over the post's text)
            ln.media_kind = "built"
            ln.media = Media("image", caption=tail[0], credit=tail[1])
            continue
        if len(t) <= 60 and "/" in t and _SLASHED.match(t) and i > 1 and _caption_above(lines, i):
            # "LM Otero/AP" alone, under its caption
            prev = lines[i - 1]
            prev.media_kind = "built-caption"
            ln.media_kind = "built"
            ln.media = Media("image", caption=prev.text, credit=t)
            continue
        if " © " in t and (shaped := split_copyright(t)) is not None:
            ln.media_kind = "built"
            ln.media = Media("image", caption=shaped[0], credit=shaped[1])
            ln.media_prefix = "©"
            continue
        if t[-1] == "）" and (suffixed := split_suffixed(t)) is not None:
            ln.media_kind = "built"
            ln.media = Media("image", caption=suffixed[0], credit=suffixed[1])
            continue
        if (")" in t or "]" in t or "/" in t) and i > 0 and lines[i - 1].mark is None:
            shaped = split_shaped(t)
            if shaped is not None:
                ln.media_kind = "built"
                ln.media = Media("image", caption=shaped[0], credit=shaped[1])
                inner = (_bracketed(t) or (0, ""))[1].strip()
                if inner != shaped[1] and inner.endswith(shaped[1]):
                    ln.media_prefix = inner[: len(inner) - len(shaped[1])].strip()  # "(Foto: ...)": its label
                elif (after := label_after(shaped[1])) is not None:
                    ln.media = Media("image", caption=shaped[0], credit=after[0])
                    ln.media_prefix = after[1]  # "[연합뉴스 자료사진]": the label after the agency
                continue
        if t[-1].isupper() and i > 1 and lines[i - 1].mark is None and lines[i - 1].rule is None \
                and not shapes.is_list_item(t) and (tail := split_agency_tail(t)) is not None \
                and (shapes.is_prose(lines[i - 1].text) or (tail[1].casefold() in AGENCIES and _headline_over_text(lines, i))):
            # a caption under the post's text, its agency last: "Koning ... bezoek ANP"
            ln.media_kind = "built"
            ln.media = Media("image", caption=tail[0], credit=tail[1])
            continue



def _headline_over_text(lines: list[Line], i: int) -> bool:
    """Whether line i stands between a post's headline (a headline-shaped line right under its
    stamp) and the post's text (prose right under line i): a picture's slot."""
    head, below = lines[i - 1], lines[i + 1] if i + 1 < len(lines) else None
    return (lines[i - 2].mark is not None or _is_stamp(lines[i - 2].text)) and head.content and not shapes.is_name(head.text) and shapes.is_headline_shaped(head.text, max_words=20) \
        and below is not None and below.content and below.prose


def _known_agency_tail(text: str) -> tuple[str, str] | None:
    """``(caption, agency)`` for a caption line closed by a known agency's name in any case or
    script (`media_labels.is_agency`: "Reuters", "AFP", "رويترز"), after a caption of four words
    or more that holds no sentence end, colon or comma-led clause; else None."""
    if len(text) > 300 or text[-1] in _CLOSERS:
        return None
    caption, _, last = text.rpartition(" ")
    if not caption or not is_agency(last) or not _caption_shaped(caption) or shapes._count(caption, 5) < 4 \
            or caption[-1] in ".!?:;,–—-/|" or any(ch in caption for ch in ".!?:;…") or is_agency(caption.rsplit(" ", 1)[-1]):
        return None
    return caption, last


# a caption of one sentence, then a name of two or three capitalised words closing the line
_CAPTION_NAME = regex.compile(r"^(?P<caption>\p{Lu}[^.!?]{8,160}[.])\s(?P<name>\p{Lu}[\p{L}\p{M}'’\-]+(?:\s\p{Lu}[\p{L}\p{M}'’\-]+){1,2})$")


def _caption_then_name(text: str) -> tuple[str, str] | None:
    """``(caption, name)`` for "Caption of one short sentence. Name Surname": a sentence of at most
    fifteen words, then a person's name alone (no agency, no place: `shapes.is_name`)."""
    m = _CAPTION_NAME.match(text) if len(text) <= 200 else None
    if m is None or shapes._count(m["caption"], 16) > 15 or not shapes.is_name(m["name"]) or is_agency(m["name"]):
        return None
    return m["caption"], m["name"]


def _over_text_under_rows(lines: list[Line], i: int) -> bool:
    """Whether line i stands between the page's rows (a share row removed as chrome, a dated or
    stamped line) and prose: the top picture's place in an article, not a paragraph's."""
    below = next((ln for ln in lines[i + 1:] if ln.content), None)
    above = lines[i - 1]
    return below is not None and below.prose and (above.rule is not None or above.mark is not None
                                                  or _is_stamp(above.text))


def _gallery_pair(lines: list[Line], i: int) -> tuple[str, str] | None:
    """``(caption, agency)`` when line i and a caption line next to it (above, already marked, or
    below, in the next paragraph) both close on the same agency's short name in capitals
    (`split_agency_tail`), neither is prose, and the pair stands over prose or another figure."""
    tail = split_agency_tail(lines[i].text)
    if tail is None or lines[i].prose:
        return None
    prev = lines[i - 1] if i > 0 else None
    if prev is not None and prev.media_kind == "built" and prev.media is not None and prev.media.credit == tail[1]:
        return tail
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    if nxt is None or not nxt.content or nxt.prose or nxt.mark is not None:
        return None
    other = split_agency_tail(nxt.text)
    after = lines[i + 2] if i + 2 < len(lines) else None
    if other is None or other[1] != tail[1] or after is None or not after.content \
            or not (after.prose or after.media_kind is not None):
        return None
    return tail


def _picture_slot(lines: list[Line], i: int) -> bool:
    """Whether line i stands where a post's picture does: under its title (a headline-shaped line
    under its stamp) or under another figure's line, over the post's text, a figure or another
    caption closed by an agency."""
    prev, below = lines[i - 1], lines[i + 1] if i + 1 < len(lines) else None
    if below is None or not below.content or not (below.prose or below.media_kind is not None
                                                  or _known_agency_tail(below.text) is not None):
        return False  # (a second caption of the same shape may stand between it and the text)
    if prev.media_kind == "built" and prev.media is not None:
        return True
    stamp = lines[i - 2]  # (a stamp printed as a list item too: "* 11:20")
    return (stamp.mark is not None or _is_stamp(shapes.strip_list_mark(stamp.text))) and prev.content \
        and not shapes.is_name(prev.text) and shapes.is_headline_shaped(prev.text, max_words=20)


VIDEO_TITLE_MAX_WORDS = 25
# a sentence's end inside a line, before the next sentence's capital: a paragraph, not a title
_TWO_SENTENCES = regex.compile(r"\p{L}{2}[.!?…]\s+\p{Lu}")


def _player_label(text: str) -> bool:
    """A player's control label alone on a line, in capitals as players print it: one player
    word of the packs ("BEKIJK", "WATCH", "VIDEO"), no function word ("LA")."""
    return 3 <= len(text) <= 12 and text.isupper() and text.isalpha() \
        and text.casefold() in player_words() and not _function_word(text)


def _player_placeholder(line: Line) -> bool:
    """A blocked player's placeholder line, removed by an embed rule of the packs, that names the
    video with a player word ("Afspil video", "Play video"; not a pack's function word: "Ver esta
    publicação no Instagram" is a social post's): the player stood there."""
    return line.rule is not None and "embed-placeholder" in line.rule and len(line.text) <= 40 \
        and any(norm(w) in video_words() for w in line.text.split())


# a video's title closed by its credit's label and the credit ("… mål her Video: TV 2 Sport")
_TITLE_CREDIT = regex.compile(r"^(?P<caption>\S.{2,200}?)\s(?P<label>\p{Lu}\p{L}{1,11}\s?:)\s(?P<credit>\S.{1,60})$")
# a channel's number inside its name: "TV 2 Sport", "Channel 4 News"
_CHANNEL_NUMBER = regex.compile(r"(?<=\S)\s\d{1,3}(?=\s|$)")


def _title_and_credit(text: str) -> tuple[str, str, str] | None:
    """``(title, label, credit)`` for a video's title under its player closed by a pack's label
    and names ("Video: TV 2 Sport"): under a player, the title's last word may be any word."""
    m = _TITLE_CREDIT.match(text)
    if m is None or norm(m["label"].rstrip(" :")) not in label_words():
        return None
    credit = m["credit"].strip()
    if not (names_credit(credit) or names_credit(_CHANNEL_NUMBER.sub("", credit))):
        return None
    return m["caption"].strip(), m["label"].strip(), credit


def _player_controls(text: str) -> bool:
    """A player's control line in any case: two or three words, each a player word of the packs,
    one of them a video word ("Play video", "Watch video", "Regarder la vidéo"); one word alone
    ("Video") may be a post's label chip."""
    words = text.casefold().split()
    return 2 <= len(words) <= 3 and all(w in player_words() for w in words) \
        and any(norm(w) in video_words() for w in words)


def _video_title_under(label: Line, title: Line, keep_label: bool = False, below: Line | None = None) -> None:
    """Mark the line right under a player's control label (removed as chrome), in its paragraph,
    as the video's title when it reads as one: a kept line of at most 25 words that is no stamp,
    no list item, not two sentences ("BEKIJK" / "Duizenden mensen feesten voor The Barn"; a
    quote and its speaker is one: '"Ik heb die beelden …", geeft Anne-Sophie Ooghe toe').
    Under a player's controls ("Afspil video"), a video credit's line under the title ("Video: DR",
    ``below``) closes the player: the title is its caption, in the next paragraph too (a
    scraper prints each of the player's parts as a block of its own)."""
    t = title.text
    credit = _video_credit_line(title, below)
    if title.rule is not None or title.media_kind or title.mark is not None or title.minute \
            or (title.para != label.para and (credit is None or title.para - label.para > 1)) \
            or shapes.is_list_item(t) \
            or shapes._count(t, VIDEO_TITLE_MAX_WORDS) > VIDEO_TITLE_MAX_WORDS \
            or _TWO_SENTENCES.search(t) is not None:
        # no title under the label: the player is there all the same, a video without caption
        # (the label's removal was recorded when its rule took it; the line now carries the video)
        if not keep_label:
            label.rule, label.media_kind, label.media = None, "built", Media("video")
        return
    if credit is not None and below is not None:
        title.media_kind = "built-caption"
        below.media_kind = "built"
        below.media = Media("video", caption=t, credit=credit[1])
        below.media_prefix = credit[0]
        return
    title.media_kind = "built"
    if (split := _title_and_credit(t)) is not None:
        title.media = Media("video", caption=split[0], credit=split[2])
        title.media_prefix = split[1]
        return
    title.media = Media("video", caption=t)


# a video's credit on a line of its own: "Video: DR", "Video : Yle Uutiset"
_VIDEO_CREDIT = regex.compile(r"^(?P<label>\p{L}{3,12}\s?:)\s(?P<credit>\S.{0,60})$")


def _video_credit_line(title: Line, below: Line | None) -> tuple[str, str] | None:
    """``(label as printed, credit)`` when ``below``, the line under a video's title (in its
    paragraph or the next), is a video credit of its own: a player word of the packs as its
    label ("Video:", "Wideo:") and names as the credit; else None."""
    if below is None or below.rule is not None or below.media_kind or below.mark is not None \
            or below.para - title.para > 1:
        return None
    m = _VIDEO_CREDIT.match(below.text)
    if m is None or not is_video_label(m["label"]):
        return None
    credit = m["credit"].strip()
    if not (names_credit(credit) or names_credit(_CHANNEL_NUMBER.sub("", credit))):
        return None
    return m["label"].strip(), credit


CAPTION_MIN_WORDS = 4


def _dash_photographer(text: str) -> tuple[str, str, str] | None:
    """``(caption, credit, dash)`` for a caption closed by a spaced dash and its photographer's
    name and outlet around a slash ("Apoiadores na avenida Paulista - Ana Souza/Folhapress"): a
    caption of four words or more, one sentence at most, and a credit whose part before the slash
    is a person's name (a dash before an outlet alone may close a headline: "… - Reuters/Ipsos")."""
    for dash in (" - ", " – "):
        caption, sep, credit = text.rpartition(dash)
        if not sep:
            continue
        credit = credit.strip()
        if _SLASHED.match(credit) is None or not shapes.is_name(credit.split("/", 1)[0].strip()):
            return None
        words = caption.split()
        if not _caption_shaped(caption) or len(words) < CAPTION_MIN_WORDS \
                or any(shapes.ends_sentence(w) for w in words[:-1] if len(w) > 3):
            return None
        return caption.strip(), credit, sep.strip()
    return None


def _may_label(text: str, words: frozenset[str]) -> bool:
    """Whether `split_labelled` may find a label in a line of the text front (whose only
    whitespace is the space): a word of ``words`` (case-folded), standing at the line's start or
    after a space, right before a colon (or a space and a colon) and a space, or, two to five
    letters long, before '. '. A cheap test on a few places in the line, not the scan."""
    at = text.find(":", 1)
    while at > 0:
        end = at - 1 if text[at - 1] == " " else at
        if text[end - 1: end] == "." and end - 1 > 0:
            end -= 1  # "Φωτ.: Name": an abbreviated label keeps its dot before the colon
        if _word_before(text, end, 12, words) and text[at + 1: at + 2] == " ":
            return True
        at = text.find(":", at + 1)
    at = text.find(". ", 1)
    while at > 0:
        # (two to five letters before the dot, after a space or the line's start: "Fot.", "Nuotr.")
        if any(at == k or (at > k and text[at - k - 1] == " ") for k in (2, 3, 4, 5)) \
                and _word_before(text, at, 5, words):
            return True
        at = text.find(". ", at + 1)
    return False


def _may_source(text: str, sources: frozenset[str]) -> bool:
    """Whether a source word of ``sources`` stands right before a colon and a space in ``text``
    (`_source_labelled`'s only place: straight after the caption)."""
    at = text.find(": ", 1)
    while at > 0:
        if _word_before(text, at, 12, sources):
            return True
        at = text.find(": ", at + 1)
    return False


def _word_before(text: str, end: int, longest: int, words: frozenset[str]) -> bool:
    """Whether the letters ending at ``end`` (2 to ``longest`` of them, after the line's start or a
    space) are one of ``words``, case-folded."""
    j = end
    while j > 0 and end - j <= longest and text[j - 1].isalpha():
        j -= 1
    return 2 <= end - j <= longest and (j == 0 or text[j - 1] == " ") and text[j:end].casefold() in words
