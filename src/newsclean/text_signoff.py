"""Text front, stage 2b: names that sign posts off.

Many live pages print the author's name alone on the line after a post's text (VnExpress's
bold author line, Ynet's author div, Reuters' "Reporting by ..."), with no lead-in tying it to
the post. One such line proves nothing (a post may end on a band's or a player's name), but
the same shape closing post after post is the page's template: there the line is the post's
byline, not body text.

A closing name is a short line that reads as a person's name: two to four capitalised words
("Phạm Chiểu"), or two to four words of a script without case ("אלישע בן קימון"), maybe
with a role after a comma or a dash ("Steve Holland, Washington"), or opened by a lead word of
the packs ("Reporting by Steve Holland"). A sentence, a quote or a line holding digits is none.
"""
from __future__ import annotations

import functools

import regex

from . import shapes
from .meta_words import ROLE_WORDS
from .model import Byline
from .rules.packs import packs
from .text_bylines import lead_byline, name_job_title, name_list, opens_byline
from .text_lines import Line, State

__all__ = ["closing_signoff", "keep_signoff", "mark_signoffs", "signoff_shape"]

# two to four words of letters without case (Hebrew, Arabic, Thai, ...) and the marks names use
_CASELESS_NAME = regex.compile(r"^[\p{Lo}\p{M}'’׳״\-]{2,15}(?: [\p{Lo}\p{M}'’׳״\-]{1,15}){1,3}$")
_CASED = regex.compile(r"[\p{Lu}\p{Ll}]")
# a role or a place after the name: "Name, Washington", "Name – correspondent"
_ROLE_SEP = regex.compile(r"\s?,\s|\s[–—-]\s|\s\|\s")
_QUOTES = "\"'“”„«»‘’‹›「」『』"
_MIN_POSTS = 3
REPEATED = "chrome.repeated"  # (the rule `text_chrome` gives interface lines the page repeats)


def signoff_shape(text: str) -> tuple[str, list[Byline], bool] | None:
    """``(lead word as printed, bylines, caseless)`` when ``text`` is shaped like a name that
    signs a post off, else None. ``caseless``: the name is in a script without case, a weaker
    sign (no capitals tell a name from two ordinary words)."""
    if not text or len(text) > 80 or shapes.ends_sentence(text) or text[0] in _QUOTES or text[-1] in _QUOTES:
        return None
    if any(ch.isdigit() for ch in text) or shapes.is_list_item(text):
        return None
    if opens_byline(text) and (led := lead_byline(text)) is not None:
        return led[0], led[1], False
    parts = _ROLE_SEP.split(text, maxsplit=1)
    name = parts[0].strip()
    role = parts[1].strip() if len(parts) > 1 else None
    if role is not None and (not role or len(role.split()) > 5 or shapes.ends_sentence(role) or ":" in role):
        return None
    if role is not None and _dateline(role):
        role = None  # "Marianna Holanda, São Paulo": where the post was written, not a role
    if _CASELESS_NAME.match(name) and not _CASED.search(name):
        return "", [_with_role(name, role)], True
    if role is None and (titled := name_job_title(name)) is not None:
        return "", [titled], False  # "Ingrid Haugen journalist": a name, then a job title of the packs
    if not 2 <= len(name.split()) <= 4:
        return None
    if shapes.is_name(name) and all(w[:1].isupper() for w in name.split()):
        return "", [_with_role(name, role)], False
    if role is None and (names := name_list(name)) and len(names) >= 2:
        return "", [Byline(n) for n in names], False  # "Anna Weber und Jan Schulz"
    return None


def _with_role(name: str, role: str | None) -> Byline:
    """The byline of a sign-off line: where no separator set a role apart, a job title of the
    packs closing the name is its role ("김미나 기자", "Aoife Brennan Political Correspondent":
    `shapes.name_and_role`)."""
    if role is None and (split := shapes.name_and_role(name)) is not None and shapes.is_job_title(split[1]):
        return Byline(*split)
    return Byline(name, role)


def _dateline(tail: str) -> bool:
    """A place after the name ("Brasília", "New York", "de Brasília", "in Kyiv"): capitalised
    words, maybe after one short preposition, and no job word of the role list."""
    words = tail.split()
    if len(words) > 1 and words[0].islower() and len(words[0]) <= 3:
        words = words[1:]
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) \
        and not any(w.casefold() in ROLE_WORDS for w in words) and not any(w.isupper() and len(w) > 1 for w in words)


def _last_text(lines: list[Line], start: int, end: int) -> int | None:
    """The post's last line of text in ``lines[start:end]`` (not a stamp, media or a removed
    line; a line removed as repeated interface counts when it is shaped like a name), when a line
    of body text stands above it in the post; else None."""
    # (the last such line first, then a line of prose above it: most posts open with one)
    last = next((j for j in range(end - 1, start, -1) if _text_line(lines[j])), None)
    if last is None or not any(lines[j].prose and _text_line(lines[j]) for j in range(start + 1, last)):
        return None
    return last


def _text_line(ln: Line) -> bool:
    return (ln.content or _repeated_name(ln)) and ln.mark is None and not ln.minute


def _repeated_name(ln: Line) -> bool:
    return ln.rule == REPEATED and signoff_shape(ln.text) is not None


def mark_signoffs(lines: list[Line], starts: list[int], st: State) -> frozenset[str] | None:
    """Mark (``Line.byline``) the name that closes each post where the page's posts close with
    one: the shape in three posts or more, and in half of them at least (two in three where the
    names are in a script without case, and then one name must sign twice or most posts must
    close so). A name the page repeats so often that it was taken for interface (an author of
    many posts) is given back, where other names stand in the same place. The last post is left
    to `keep_signoff` (its end is where the footer starts). Returns None where the page does not
    sign its posts off, else the names given back."""
    if len(starts) < _MIN_POSTS + 1 or _name_above(lines, starts[0]):
        return None  # (names above every post's stamp, the first's too, head the posts below them)
    found: list[tuple[int, bool, str]] = []
    for k in range(len(starts) - 1):
        j = _last_text(lines, starts[k], starts[k + 1])
        if j is None or lines[j].byline:
            continue
        shape = signoff_shape(lines[j].text)
        if shape is not None:
            found.append((j, shape[2], lines[j].text))
    n = len(starts) - 1
    if len(found) < _MIN_POSTS or len(found) * 2 < n:
        return _same_name_twice(lines, found, st)
    caseless = [f for f in found if f[1]]
    if caseless:
        texts = [f[2] for f in caseless]
        repeated = len(set(texts)) < len(texts)
        if len(found) * 3 < n * 2 or not (repeated or len(found) * 4 >= n * 3):
            found = [f for f in found if not f[1]]
            if len(found) < _MIN_POSTS or len(found) * 2 < n:
                return None
    if len({f[2] for f in found}) < 2:
        # one line in every post: an author of them all, or the page's interface; a repeated
        # line stays removed, and so does one that holds an interface word of the packs under
        # posts that open with their authors' names ("Aoife Brennan Political Correspondent" /
        # "9:42 PM" / ... / "Share Like")
        if _interface_word(found[0][2]) and _opened_by_names(lines, starts, found[0][2]):
            for ln in lines[starts[0]:]:  # the page's interface, the last post's line too
                if ln.text == found[0][2] and ln.rule is None:
                    ln.rule = REPEATED
                    st.remove(REPEATED, ln.text)
            return None
        found = [f for f in found if lines[f[0]].rule is None]
        if len(found) < _MIN_POSTS or len(found) * 2 < n:
            return None
    for j, _, text in found:
        if lines[j].rule == REPEATED:
            lines[j].rule = None
            _unremove(st, REPEATED, text)
        lines[j].byline = True
    return frozenset(text for j, _, text in found if lines[j].rule is None)


def _same_name_twice(lines: list[Line], found: list[tuple[int, bool, str]], st: State) -> frozenset[str] | None:
    """Where too few posts close with a name to call it the page's template: the one name, in
    capitalised words (two or three, no role, no lead word), that closes two posts or more, each
    time right over the post's share row (a removed interface line): the same author signing
    those posts, marked as theirs. A name closing one post, or two different names, proves
    nothing (a post may end on a player's name); None then."""
    texts = [f[2] for f in found if not f[1]]
    twice = {t for t in texts if texts.count(t) >= 2 and 2 <= len(t.split()) <= 3 and shapes.is_name(t)
             and all(w[:1].isupper() for w in t.split())}
    if len(twice) != 1:
        return None
    name = next(iter(twice))
    spots = [j for j, _, t in found if t == name]
    if not all(j + 1 < len(lines) and lines[j + 1].removed and lines[j].rule is None for j in spots):
        return None
    for j in spots:
        lines[j].byline = True
    return frozenset({name})


@functools.cache
def _share_words() -> frozenset[str]:
    """The one-word share buttons of every pack ("share", "partekatu", "teilen", "공유")."""
    return frozenset(w for p in packs().values() for w in p.share if " " not in w)


def _interface_word(text: str) -> bool:
    """Whether a word of ``text`` is a share button of the packs ("Share Like")."""
    return any(w.casefold() in _share_words() for w in text.split())


def _opened_by_names(lines: list[Line], starts: list[int], closing: str) -> bool:
    """Whether most posts open with a name (other than the ``closing`` line's text) among their
    first two lines of text, over or under the stamp: their bylines stand there."""
    hits = 0
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else min(len(lines), s + 8)
        head = [ln for ln in lines[s:end] if ln.content and ln.mark is None and not ln.media_kind][:2]
        hits += any(ln.text != closing and signoff_shape(ln.text) is not None and not shapes.is_prose(ln.text)
                    for ln in head)
    return hits * 2 > len(starts)


def _name_above(lines: list[Line], s: int) -> bool:
    """Whether the line just above the first post's start (past removed lines) is a name."""
    for j in range(s - 1, max(s - 4, -1), -1):
        if lines[j].removed and lines[j].rule != REPEATED:
            continue
        return lines[j].media_kind == "" and lines[j].mark is None and signoff_shape(lines[j].text) is not None
    return False


def _unremove(st: State, rule: str, text: str) -> None:
    for i, r in enumerate(st.removed):
        if r.rule == rule and r.text == text:
            del st.removed[i]
            return


def closing_signoff(chunk: list[Line], st: State, names: frozenset[str]) -> None:
    """On a page that signs its posts off (``names``: what `mark_signoffs` returned), the last
    post's closing name when it is still in the post's lines (a share row closes the post after
    it)."""
    at = [j for j, ln in enumerate(chunk) if (ln.content or (ln.rule == REPEATED and ln.text in names))
          and ln.mark is None and not ln.minute]
    if len(at) >= 2 and any(shapes.is_prose(chunk[j].text) for j in at[:-1]) and not chunk[at[-1]].byline \
            and signoff_shape(chunk[at[-1]].text) is not None:
        _take(chunk[at[-1]], st)


def keep_signoff(chunk: list[Line], footer: list[Line], st: State, names: frozenset[str]) -> tuple[list[Line], list[Line]]:
    """On a page that signs its posts off, the last post's name, cut off with the footer as its
    first kept line, moved back into the post."""
    for j, ln in enumerate(footer[:3]):
        if ln.removed and not (ln.rule == REPEATED and ln.text in names):
            continue
        if ln.media_kind == "" and ln.mark is None and signoff_shape(ln.text) is not None:
            _take(ln, st)
            return chunk + footer[: j + 1], footer[j + 1:]
        break
    return chunk, footer


def _take(ln: Line, st: State) -> None:
    if ln.rule == REPEATED:
        ln.rule = None
        _unremove(st, REPEATED, ln.text)
    ln.byline = True
