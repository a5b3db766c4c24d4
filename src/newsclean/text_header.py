"""Text front: the header above the first post gives the page's title, date, editors, zone
and summary."""
from __future__ import annotations

import functools
import unicodedata

import regex

from . import page_zone, shapes, times
from .live_phrases import title_says_live
from .rules import PUBLISHED_STAMP_RULE, RuleSet
from .rules.packs import byline_words, known, language_rules, packs
from .text_bylines import name_comma_role
from .text_lines import Line, State
from .text_post import lead_byline, name_and_role, name_list

# (and the full stops of scripts with one of their own: Armenian "։", Devanagari "।", Urdu "۔",
# Ethiopic "።", before the next sentence's first letter or its opening quote)
_SENTENCE_BREAK = regex.compile(r"[.?!]['\"’”]? \p{Lu}|[։।۔።]['\"’”»]? [«\"„“]?\p{L}")


def editors_line(text: str, rules: RuleSet) -> tuple[str, list[str]] | None:
    """``(lead-in as printed, names)`` for a line naming the page's editors: a lead-in of the
    phrase packs (``edited_by``: "Edited by", "Bearbeitet von", "Redactie:") and then names
    only ("Jack Burgess", "Anna Weber und Jan Schulz"). A sentence that merely opens with the
    words ("Edited by hand, the footage ...") is not one."""
    if len(text) > 160:
        return None
    found = rules.edited_by(text)
    if found is None:
        return None
    names = name_list(found[1])
    return (found[0], names) if names else None


def times_note(text: str, language: str | None = None) -> str | None:
    """The zone a short header line states for the page's clocks ("All times stated are UK",
    "Alle Zeiten in MEZ"), as an IANA name; the wordings are `page_zone`'s data per language."""
    return page_zone.zone_in(text, language) if len(text) <= NOTE_MAX else None


NOTE_MAX = 160


def read_header(header: list[Line], st: State, language: str | None = None, rules: RuleSet | None = None,
                below: str = "", url: str | None = None, live: bool = False) -> dict:
    """The page's metadata from the lines above its first post. ``rules``: the page's rules
    (by default, the phrase packs for ``language``); ``below``: the first post's first line (a
    title may stand right over the first post's stamp); ``url``: the page's address (its slug
    names the title, `title_evidence`); ``live``: the page is a live blog (`live_title`)."""
    if rules is None:
        rules = language_rules(known(language))
    meta: dict = {"title": None, "date": None, "offset": None, "editors": [], "timezone": None, "summary": []}
    for ln in header:
        if meta["date"] is None:
            meta["date"] = times.parse_date(ln.text, lang=language)
            if meta["date"] is not None:
                zm = times.ZONE.search(ln.text)
                if zm:
                    meta["offset"] = times.zone_offset(zm)
    content = [ln for ln in header if not ln.removed]
    following = _following_texts(content)
    if content and below and times.parse_time_line(below) is not None:
        following[len(content) - 1] = below  # (only a stamp: a post's headline would read as a standfirst)
    scores = [_title_score(ln.text, following[k], following[k + 1], rules) for k, ln in enumerate(content)]
    at = {id(ln): j for j, ln in enumerate(header)}
    scores = title_evidence(header, [at[id(ln)] for ln in content], scores, url)
    if live:
        scores = live_title(content, scores)
    best = max(((score, -k, ln) for k, (score, ln) in enumerate(zip(scores, content))),
               key=lambda x: (x[0], x[1]), default=None)
    if best is not None and best[0] > 0:
        meta["title"] = best[2].text
        best[2].rule = "meta.title"
    above = True  # (still above the title line; an article's title opens its post, under the header)
    for ln in header:
        if ln.removed:
            continue
        edited = editors_line(ln.text, rules)
        if edited is not None:
            meta["editors"] = edited[1]
            st.remove("meta.edited-by", edited[0])
            continue
        zone = times_note(ln.text, language)
        if zone is not None:
            meta["timezone"] = zone
            if not _SENTENCE_BREAK.search(ln.text):  # the note is the whole line (not a standfirst's)
                st.remove("meta.timezone-note", ln.text)
                continue
        if ln is not None and ln.rule == "meta.title":
            above = False
            continue
        if above and consent_notice(ln.text):  # (a cookie banner over the title: no summary)
            ln.rule = CONSENT_RULE
            st.remove(ln.rule, ln.text)
            continue
        body = shapes.strip_list_mark(ln.text)
        if (shapes.is_prose(ln.text) or (shapes.is_list_item(ln.text) and len(shapes.words(body)) >= 6)):
            meta["summary"].append(body)
            if body != ln.text:
                st.remove("page.list-mark", ln.text[: len(ln.text) - len(body)].strip())
            continue
        st.remove("page.header", ln.text)
    if meta["title"] is None:
        cands = _fallback_titles(content, following)
        if cands:
            meta["title"] = max(cands, key=len)
            st.removed[:] = [r for r in st.removed if not (r.rule == "page.header" and r.text == meta["title"])]
    return meta


CONSENT_RULE = "chrome.cookies"


def _fallback_titles(content: list[Line], following: list[str]) -> list[str]:
    """Title-shaped lines of four words or more that are no date or byline row ("Name 30. nóv.
    2024"); without one, a line of three words right over a standfirst ("Kosningavaktin:
    Samfylkingin stærst" / "Fylgst með talningu atkvæða í beinni. ...")."""
    def plain(t: str) -> bool:
        return shapes.is_headline_shaped(t) and times.parse_date(t) is None and not _byline_shaped(t)
    cands = [ln.text for ln in content if len(shapes.words(ln.text)) >= 4 and plain(ln.text)]
    if cands:
        return cands
    return [ln.text for k, ln in enumerate(content) if len(shapes.words(ln.text)) == 3 and plain(ln.text)
            and shapes.is_prose(following[k]) and not shapes.is_headline_shaped(following[k], max_words=22)]


def consent_notice(text: str) -> bool:
    """Whether a line holds a consent phrase of the packs of two words or more ("koristi
    kolačiće", "wir verwenden cookies"), in any language: a cookie banner's sentence ("Blic
    koristi kolačiće kako bi vam pružio bolje iskustvo."). Asked of the few lines above a
    page's title only (a pack's cookie word need not be "cookie")."""
    if len(text) > 400:
        return False
    low = " ".join(text.casefold().split())
    return any(p in low for p in _consent_phrases())


@functools.cache
def _consent_phrases() -> tuple[str, ...]:
    return tuple(sorted({" ".join(p.casefold().split()) for pack in packs().values() for p in pack.consent if " " in p.strip()}))


def _following_texts(content: list[Line]) -> list[str]:
    """For each content[k], the line after it past copies of it (a breadcrumb repeating the
    headline), "" at the end; one more "" so that k + 1 can be asked too. One pass from the end:
    a header of many equal lines (markup read as text) must not cost their count squared."""
    n = len(content)
    after = [n] * (n + 2)
    for k in range(n - 2, -1, -1):
        after[k] = after[k + 1] if content[k + 1].text == content[k].text else k + 1
    return [content[j].text if j < n else "" for j in after]


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _dateline(text: str) -> bool:
    """'za 4 juli 2026 • 02:44 • Name': a short line with a year and a clock, in any language
    (by shape: it needs no month name)."""
    return len(text) < 80 and bool(_YEAR.search(text)) and times.CLOCK.search(text) is not None


def _standfirst_breaks(text: str) -> bool:
    """Sentences in a line make it a standfirst, unless the line stops without a full stop and
    its first part is short and ends in a full stop (a question is a standfirst's): "DIRECT. JO
    2024 : Title", "Powódź na Dolnym Śląsku. Fala ...
    Relacja na żywo" are a kicker and a title."""
    m = _SENTENCE_BREAK.search(text)
    if m is None:
        return False
    return text[-1] in ".!" or text[m.start()] != "." or len(text[: m.start()].split()) > 16


def _byline_shaped(text: str) -> bool:
    """A name line ("Michał Kolanko, Grzegorz Łaszcz") or a byline ("By political reporters
    Jake Evans and Tom Crowley"): never the title."""
    if len(text) > 120:
        return False
    if shapes.is_name(text) or name_list(text):
        return True
    if lead_byline(text) is not None:
        return True
    first, _, rest = text.partition(" ")
    # (a sentence is no byline, though it open with a lead word and name a party: "Le
    # Rassemblement national arrive en tête ..., devant le Nouveau Front populaire.")
    return first.casefold() in _by_words() and _TWO_NAMES.search(rest) is not None and not shapes.is_prose(text)


_TWO_NAMES = regex.compile(r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+")


@functools.cache
def _by_words() -> frozenset[str]:
    return frozenset(w.rstrip(":") for w in byline_words())


# a bracketed tag before a headline ("[속보] ...", "【速報】...", "[LIVE] ..."): the title's kicker
_KICKER_TAG = regex.compile(r"^[\[【〔][^\]】〕]{1,12}[\]】〕]\s?(?=\S)")


def _title_score(text: str, following: str, after: str = "", rules: RuleSet | None = None) -> int:
    """How much a header line looks like the page's headline: a headline-shaped line of four
    words or more, longer the better, and best when a standfirst, key points or a date follow.
    ``rules``: the page's rules, for its editors' lead-ins (an editors line is no title)."""
    n = shapes._count(text, 22)  # (words; in a script written without spaces, characters per word)
    if n < 4 or not shapes.is_headline_shaped(_KICKER_TAG.sub("", text, count=1) or text, max_words=22) or ("|" in text and not _kicker_bar(text)) or _standfirst_breaks(text) \
            or (rules is not None and editors_line(text, rules) is not None) or times_note(text) is not None \
            or (times.parse_date(text) is not None and not _dated_title(text)) or _byline_shaped(text) \
            or _unspaced_menu(text):
        return 0  # longer lines, or ones holding two sentences, are standfirsts; a dated line is a dateline
    if following and _byline_shaped(following):
        following, after = after, ""  # (the title, its byline, then the date or the standfirst)
    body = shapes.strip_list_mark(following)
    # (a title-shaped line over a standfirst is the title, and this line its kicker)
    kicker = shapes.is_headline_shaped(following, max_words=22) and shapes.is_prose(after) \
        and not shapes.is_headline_shaped(after, max_words=22)
    # (a headline naming a date is no dateline: the line above it is a kicker or a nav row)
    followed = (len(following) < 60 and times.parse_date(following) is not None and not _dated_title(following)) \
        or _dateline(following) \
        or (shapes.is_prose(following) and not kicker) \
        or (shapes.is_list_item(following) and len(shapes.words(body)) >= 5)
    return min(n, 6) + (10 if followed else 0)


# a section's name in Han or kana: a word of one to four characters, two joined by a middle dot
# at most ("天気・災害"); (Thai and its neighbours space a headline's phrases: left out)
_UNSPACED_ITEM = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}ー]{1,4}(?:[・·][\p{Han}\p{Hiragana}\p{Katakana}ー]{1,4})?$")
MENU_ITEMS = 4


def _unspaced_menu(text: str) -> bool:
    """A row of section names in Han or kana ("社会 政治 経済 国際 天気・災害"): four short words
    or more, each set apart by a space. These scripts space a headline's clauses, not its words
    ("宮城県で震度5強 津波の心配なし": two parts)."""
    if text.isascii():
        return False
    items = text.split()
    return len(items) >= MENU_ITEMS and all(_UNSPACED_ITEM.match(w) for w in items)


def _kicker_bar(text: str) -> bool:
    """'Directo | Eleccións galegas 18F: o PP revalida ...': a kicker of a word or two, one bar,
    then a headline of four words or more (a bar elsewhere parts a title from the site's name,
    or a menu's items)."""
    kicker, bar, rest = text.partition("|")
    return bar == "|" and "|" not in rest and 1 <= len(kicker.split()) <= 2 and len(rest.split()) >= 4 \
        and not any(ch.isdigit() for ch in kicker)


def _dated_title(text: str) -> bool:
    """A headline that opens with the date it names ("31 Mart 2024 yerel seçim sonuçları: Canlı
    anlatım"), not a dateline: no clock, no byline word ("Business News Submitted By: News Desk
    March 24, 2020" is one), and six words or more without a figure (a month name among them)."""
    words = text.split()
    return any(c.isdigit() for c in words[0]) and times.CLOCK.search(text) is None \
        and sum(1 for w in words if not any(c.isdigit() for c in w)) >= 6 \
        and not any(w.casefold().rstrip(":") in _by_words() for w in words)


def title_evidence(seq: list[Line], cands: list[int], scores: list[int], url: str | None = None) -> list[int]:
    """The title scores of the candidate lines ``seq[cands[k]]`` (``scores[k]``, from
    `_title_score`) raised by what a title has that its deck or a caption lacks:

    - a title stands over its deck, and the deck over the byline or date row: of two
      title-shaped lines one under the other right above that row, the upper one is the title
      when it is longer than a kicker and no row of section names (those head titles too, and
      then the line over the row is the title); a caption or the lead under the row does not
      outrank it;
    - the page's address spells its title (the slug): a line holding most of the slug's words
      is the title, whatever stands near it (a caption over the lead, a deck).
    Each raises a line above every other candidate; a line no title shape scored stays out."""
    # (a byline of the shapes `_title_score` does not know, "Jan Kopřiva , ČTK", is no title)
    scores = [0 if s > 0 and _late_byline(seq[i].text) else s for s, i in zip(scores, cands)]
    out = list(scores)
    head = next((i for k, i in enumerate(cands) if scores[k] > 0), None)
    row = _first_row(seq, head) if head is not None else None
    last = next((k for k, i in enumerate(cands) if i < row == _past_removed(seq, i)), None) if row is not None else None
    if last is not None and scores[last] > 0:
        first = last  # the run of title-shaped lines, one under the other, that ends on the row
        barred = False  # (a line of the site's bar over the run: the run is a block all the same)
        while first > 0 and scores[first - 1] > 0 and _next_kept(seq, cands[first - 1]) == cands[first]:
            if _chrome_between(seq, cands[first - 1], cands[first]):
                barred = True
                break
            first -= 1
        # (the upper line when it is long enough to head a deck, else the line over the row; a
        # lone line over a row is no block: a menu item may read as a name)
        top = next((k for k in range(first, last) if _deck_heads(seq[cands[k]].text)),
                   last if first < last or barred else None)
        if top is not None:
            out[top] = max(10 + min(shapes._count(seq[cands[top]].text, 6), 6), max(out[first:]) + 1)
    elif last is not None and last > 0 and scores[last - 1] > 0 and _next_kept(seq, cands[last - 1]) == cands[last] \
            and shapes.is_prose(seq[cands[last]].text) and _deck_heads(seq[cands[last - 1]].text):
        # the title, its standfirst (prose, no title's shape), then the byline or date row: the
        # title outranks a caption or the lead under the row
        out[last - 1] = max(out) + 1
    slug = slug_words(url)
    if slug:
        hits = [len(slug & _word_set(seq[i].text)) if scores[k] > 0 else 0 for k, i in enumerate(cands)]
        top = max(hits, default=0)
        if top >= 3 and top * 2 >= len(slug) and sum(1 for h in hits if h == top) == 1:
            k = hits.index(top)
            out[k] = max(out[k], max(out) + 1)
    return out


def live_title(content: list[Line], scores: list[int]) -> list[int]:
    """On a live page, the one title-shaped header line whose kicker or tail calls the page live,
    in any phrase pack's language ("Live: Lëtzebuerg - Bulgarien 0:1", "ШУУД: УИХ-ын сонгууль
    2024", `_live_kicker`), is its title, above a scoreboard, a menu or a share row that scored
    higher. Two such lines settle nothing."""
    says = [k for k, ln in enumerate(content) if scores[k] > 0 and _live_kicker(ln.text)]
    if len(says) != 1:
        return scores
    out = list(scores)
    out[says[0]] = max(out) + 1
    return out


_SEGMENT_BREAK = regex.compile(r"\s*[:|–—]\s*|\.\s+|\s+-\s+")


def _live_kicker(text: str) -> bool:
    """Whether a line's first or last part, set off by a colon, bar, dash or full stop and at most
    three words long, calls the page live ("Live: ...", "लाइभ : ...", "... - සජීවී යාවත්කාලීන"); a
    menu row ending on its live page's name ("Politique Monde Sports Le direct") does not."""
    parts = [p for p in _SEGMENT_BREAK.split(text) if p.strip()]
    return len(parts) > 1 and any(len(p.split()) <= 3 and title_says_live(p) for p in (parts[0], parts[-1]))


def _chrome_between(seq: list[Line], i: int, j: int) -> bool:
    """Whether a line removed as navigation (a login link, a menu) stands between lines
    i and j: the upper line belongs to the site's bar, not to the title block."""
    return any(seq[m].rule == NAVIGATION_RULE for m in range(i + 1, j))


def _next_kept(seq: list[Line], j: int) -> int | None:
    """The next line after ``seq[j]`` that is neither removed nor media, or None."""
    return next((i for i in range(j + 1, len(seq)) if seq[i].content), None)


def _deck_heads(text: str) -> bool:
    """Whether a title-shaped line can be the title over a deck: six words or more (a kicker
    has a few), and no row of capitalised section names ("Home News Sport U.S. Showbiz")."""
    if shapes._count(text, 6) < 6:
        return False
    if _MENU_PUNCT.search(text) is not None:
        return True
    words = shapes.words(text)
    cased = [w for w in words if w[0].isupper() or w[0].islower()]
    if len(cased) < len(words) and all(w[0].isupper() for w in cased):
        # (a script without case: words between spaces are menu items, and so are capitalised
        # ones among them: "کوردستان عێراق جیهان English Kurmancî", a language switch)
        return len(words) < 3
    return not all(w[0].isupper() for w in words)


NAVIGATION_RULE = "chrome.navigation"  # (the rule the packs give a menu or login link)
_MENU_PUNCT = regex.compile(r"[\d,:;!?\"'«»„“”‘’()–—/]")


def _first_row(seq: list[Line], start: int) -> int | None:
    """Where the first byline or date row after ``seq[start]`` stands (a stamp or published
    line, a byline, a short dated line): the title block ends there, captions and the lead
    come below. (Above the first title-shaped line, a brand in capitals reads as a name.) Only
    `BLOCK_LINES` lines are looked at: a title block is a few lines, a header may be the page."""
    return next((j for j in range(start + 1, min(start + BLOCK_LINES, len(seq)))
                 if (_is_row(seq[j]) or name_over_row(seq, j)) and not _section_over_title(seq, j)), None)


def name_over_row(seq: list[Line], j: int) -> bool:
    """A name in a script without case on a line of its own right over a date row ("רונית לוי" /
    "22.11.26 | 12:14"): the byline that opens the row. (No capital tells such a name from two
    ordinary words: only its place under the title block and over the date says so.)"""
    ln = seq[j]
    if not ln.content or ln.mark is not None or not shapes.is_caseless_name(ln.text, most=3):
        return False
    r = _past_removed(seq, j)
    return r < len(seq) and _is_row(seq[r])


def _section_over_title(seq: list[Line], j: int) -> bool:
    """A name-shaped line ("British Columbia") with a title-shaped line of six words or more
    right under it (no row between them): a section's name over the title, not a byline (a
    byline stands under its title)."""
    ln = seq[j]
    if ln.mark is not None or ln.rule is not None or not ln.content or not shapes.is_name(ln.text):
        return False
    k = _past_removed(seq, j)
    return k < len(seq) and seq[k].content and not _is_row(seq[k]) \
        and shapes.is_headline_shaped(seq[k].text, max_words=22) and _deck_heads(seq[k].text)


BLOCK_LINES = 30


def _is_row(ln: Line) -> bool:
    return ln.mark is not None or ln.rule in (PUBLISHED_STAMP_RULE, DATELINE_RULE) \
        or (ln.content and _row_text(ln.text))


def _past_removed(seq: list[Line], j: int) -> int:
    """The first line after ``seq[j]`` that is a row or kept: what a reader sees next."""
    return next((i for i in range(j + 1, len(seq)) if seq[i].content or _is_row(seq[i])), len(seq))


def _row_text(text: str) -> bool:
    """A byline ("By Name", "Name, Political Editor", "Emma Sjöberg reporter", "Jan Kopřiva ,
    ČTK": a name and its agency in capitals) or a dated line."""
    return len(text) <= 160 and (_byline_shaped(text) or _dateline(text)
                                 or (len(text) < 60 and times.parse_date(text) is not None and not _dated_title(text))
                                 or _late_byline(text))


def _late_byline(text: str) -> bool:
    split = name_and_role(text)
    if split is not None and shapes.is_label(split[0].split()[0]) and not shapes.is_job_title(split[1]):
        split = None  # "LIVE Statsministeren udskriver valg": a live chip before a title, no name
    return split is not None or name_comma_role(text) is not None or _name_and_agency(text)


def _name_and_agency(text: str) -> bool:
    name, comma, agency = text.replace(" ,", ",").partition(", ")
    return bool(comma) and shapes.is_name(name.strip()) and _AGENCY_CAPS.fullmatch(agency.strip()) is not None


_AGENCY_CAPS = regex.compile(r"\p{Lu}{2,8}")


_SLUG_SPLIT = regex.compile(r"[^\p{L}\p{N}]+")
_SLUG_EXT = regex.compile(r"\.[a-z]{2,5}$")


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a page address's slug (the path segment of most words: "/sociedad/como-fue-
    la-marcha-nid23042024/" gives como, fue, marcha), folded to lower-case ASCII letters; only
    words of three letters or more and numbers of four figures (a year; ids are no words)."""
    if not url:
        return frozenset()
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1].partition("/")[2]
    best: frozenset[str] = frozenset()
    for seg in path.split("/"):
        if seg.count("-") + seg.count("_") < 2:
            continue
        found = _word_set(_SLUG_EXT.sub("", seg))
        if len(found) > len(best):
            best = found
    return best


def _word_set(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return frozenset(w for w in _SLUG_SPLIT.split(folded)
                     if (len(w) >= 3 and w.isalpha()) or (w.isdigit() and len(w) == 4))


DATELINE_RULE = "meta.dateline"
DECK_RULE = "meta.summary"  # (kept: the deck is the page's summary)
