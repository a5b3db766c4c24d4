"""Post times kept only in a page's script state: the JSON a client-side app ships with its HTML
(``<script type="application/json">``, Next.js ``__NEXT_DATA__``, ``window.__preloadedData = {...}``,
Apollo's normalised cache, ``window.__INITIAL_STATE__``, ...).

Many live pages show no time in a post's markup and write none as schema.org data, yet the
app's state holds every post with its id, headline and publication instant. This module reads
that state, bounded (script size, node count, no recursion) and without ever raising, collects
the objects shaped like posts (a headline-like text and/or ids, and a timestamp found by its
key's name and its value's shape), and gives a time to a post that has none only when one
record matches it without doubt: by an id the post's container carries, or by its headline
(equal after whitespace, quote and case normalisation). A record whose instant lies far from
the page's own dates (a related article, an archive teaser) is never used.

Offsets are never invented: an epoch is UTC, an ISO value keeps its own offset (or none).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import json
import math
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

import regex

from .model import Post

MAX_SCRIPT_CHARS = 5_000_000   # a larger script is not read
MIN_SCRIPT_CHARS = 200         # a smaller one holds no feed of posts
MAX_NODES = 400_000            # JSON values visited per page, over all scripts
MAX_RECORDS = 20_000           # post-shaped records kept per page
NEAR_PAGE = dt.timedelta(days=7)   # a record's instant this far from the page's dates is another story's
MIN_ID_CHARS = 4               # shorter ids ("1", "12") are counters, not names

# ``window.__X__ =``, ``var x =``, ``self.App.state =``, ``window["x"] =``: an assignment whose
# right-hand side is an object or array literal (cut there and read as JSON).
_ASSIGNMENT = regex.compile(
    r"""^\s*(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$]{0,80}(?:(?:\.[A-Za-z_$][\w$]{0,80})|\[\s*["'][^"'\]]{1,80}["']\s*\]){0,6}"""
    r"""\s*=\s*(?=[{\[])""")
_JSON_START = regex.compile(r"^\s*[{\[]")
# Object keys are told apart by the words they contain (any case, any join: ``firstPublished``,
# ``published_at``, ``createdAt``, ``dateTime``, ``timestamp``); plain substring tests keep it fast.
_TIME_WORDS = ("publish", "creat", "posted", "date", "time", "stamp")
# ... words of a key naming another instant than the first publication
_OTHER_TIME_WORDS = ("modif", "updat", "edit", "expir", "revis", "last", "end", "until", "start", "schedul",
                     "embargo", "birth", "event", "kick", "ttl", "zone", "format", "read", "duration", "elapsed",
                     "unpublish")
_TEXT_WORDS = ("headline", "title", "heading")
# ... words of a key (or a data attribute) naming something else than the post itself
_OTHER_THINGS = ("author", "user", "section", "image", "photo", "media", "video", "categor", "tag", "topic",
                 "parent", "series", "channel", "account", "site", "page", "collection", "event", "thread", "team",
                 "player", "person", "venue", "league", "track", "analytic", "session", "request", "build",
                 "advert", "campaign")
_ID_KEYS = ("id", "_id", "uuid", "guid", "key")
_ID_ENDS = ("Id", "ID", "_id", "-id", "Uuid", "_uuid", "Guid")
_URL_KEYS = ("url", "uri", "href", "link", "permalink", "canonical", "shareurl", "share_url", "weburl", "web_url")
MAX_KEY_CHARS = 60   # longer keys are cache or query keys, never a field name
_ISO = regex.compile(r"^\d{4}-[01]\d-[0-3]\d[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:[.,]\d{1,9})?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?$")
_EPOCH_DIGITS = regex.compile(r"^1\d{9}(?:\d{3})?$")
_TAGS = regex.compile(r"<[^<>]{0,500}>")
_QUOTE_MAP = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
                            "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"'})
_SPACES = regex.compile(r"\s+")
_ID_PREFIX = regex.compile(r"^[A-Za-z]{1,24}[-_:]")


@dataclasses.dataclass(frozen=True)
class Record:
    """One post-shaped object of a script's state: its time, headline texts and ids."""

    published: str           # normalised ISO 8601 (an offset only when the data gave one)
    instant: dt.datetime     # for range checks (a value without offset is read as UTC here)
    texts: frozenset[str]    # normalised headline candidates
    ids: frozenset[str]


# -- finding and reading the scripts -----------------------------------------------------------------

def json_start(text: str | None) -> int | None:
    """Where a script's JSON value starts: at its first character for a plain JSON script, after
    the ``=`` of an ``X = {...}`` assignment. None for scripts of another shape (code, JSON-LD,
    too small or too big)."""
    if not text or len(text) < MIN_SCRIPT_CHARS or len(text) > MAX_SCRIPT_CHARS:
        return None
    head = text[:300]
    if "@context" in head:
        return None  # JSON-LD: structured.read has it
    m = _JSON_START.match(head)
    if m is not None:
        return m.end() - 1
    m = _ASSIGNMENT.match(head)
    return m.end() if m is not None else None


def load_state(text: str | None) -> Any:
    """A script's JSON value (object or array), or None: not JSON-shaped, out of bounds, or
    not parseable. Code after the literal (``...; window.y = 2``) is ignored."""
    start = json_start(text)
    if text is None or start is None:
        return None
    try:
        value, _end = json.JSONDecoder().raw_decode(text, start)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, (dict, list)) else None


def _names_a_time(text: str) -> bool:
    """A cheap test before parsing: some key of the script names a time."""
    try:
        return bool(_TIME_KEY_IN_TEXT.search(text, timeout=2))
    except TimeoutError:
        return False


_TIME_KEY_IN_TEXT = regex.compile(r'(?:ublish|reat|osted|ate|ime|tamp)[A-Za-z_$@-]{0,40}"\s*:')


# -- values --------------------------------------------------------------------------------------------

def time_of(value: Any) -> tuple[str, dt.datetime] | None:
    """An ISO 8601 date-time string or an epoch (seconds or milliseconds, number or digits) as
    (normalised ISO text, instant). Epochs are UTC; an ISO value keeps its offset, or stays
    without one (its instant is then read as UTC only for range checks)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            return None
        digits = str(int(value))
        if not _EPOCH_DIGITS.match(digits):
            return None
        secs = value / 1000 if len(digits) == 13 else value
        when = dt.datetime.fromtimestamp(int(secs), dt.timezone.utc)
        return when.isoformat(timespec="seconds"), when
    if not isinstance(value, str) or len(value) > 40:
        return None
    v = value.strip()
    if _EPOCH_DIGITS.match(v):
        return time_of(int(v))
    if not _ISO.match(v):
        return None
    try:
        when = dt.datetime.fromisoformat(v.replace("Z", "+00:00").replace(",", ".").replace(" ", "T", 1))
    except ValueError:
        return None
    when = when.replace(microsecond=0)
    text = when.isoformat(timespec="seconds")
    return text, when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc)


def norm_text(s: str) -> str:
    """Text compared as a headline: entities and tags out, quotes unified, spaces collapsed, casefolded."""
    s = _TAGS.sub("", html.unescape(s)) if ("<" in s or "&" in s) else s
    s = unicodedata.normalize("NFKC", s).translate(_QUOTE_MAP)
    return _SPACES.sub(" ", s).strip().casefold()


def _headline_like(s: str) -> bool:
    return 12 <= len(s) <= 400 and len(s.split()) >= 3


def _has(low: str, words: tuple[str, ...]) -> bool:
    return any(w in low for w in words)


def _time_rank(key: str) -> int | None:
    """How well a key names a first publication (lower is better); None: not a publication time."""
    k = key.casefold()
    if not _has(k, _TIME_WORDS) or _has(k, _OTHER_TIME_WORDS):
        return None
    if "publish" in k:
        return 0 if ("first" in k or "original" in k or "initial" in k) else 1
    if "creat" in k or "posted" in k:
        return 2
    return 3


# -- walking the state ----------------------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def key_kind(key: str) -> tuple[int | None, bool, bool, bool]:
    """What an object key can hold: (publication-time rank, headline text, post id, url)."""
    if len(key) > MAX_KEY_CHARS:
        return None, False, False, False
    low = key.casefold()
    other = _has(low, _OTHER_THINGS)
    return (_time_rank(key), _has(low, _TEXT_WORDS) and not other,
            (low in _ID_KEYS or key.endswith(_ID_ENDS)) and not other,
            low in _URL_KEYS or (key.endswith(("Url", "_url")) and not other))


class _Walk:
    """One iterative pass over parsed state values; records are built once all are seen (so that
    references into a cache later in the data resolve)."""

    def __init__(self) -> None:
        self.nodes = 0
        self.stores: list[dict] = []   # big objects keyed by ids (an Apollo cache), to resolve references
        self.timed: list[dict] = []    # objects with a publication-time key
        self.records: list[Record] = []
        # keys seen so far, and those of them that can name a publication time (set operations
        # keep the per-object test in C)
        self.seen_keys: set = set()
        self.timed_keys: set = set()

    def _learn(self, keys: Iterable[Any]) -> None:
        for k in keys:
            self.seen_keys.add(k)
            if isinstance(k, str) and len(k) <= MAX_KEY_CHARS and key_kind(k)[0] is not None:
                self.timed_keys.add(k)

    def run(self, root: Any) -> None:
        stack = [root]
        timed_keys, seen_keys = self.timed_keys, self.seen_keys
        containers = (dict, list)
        while stack and self.nodes < MAX_NODES:
            node = stack.pop()
            self.nodes += 1
            if type(node) is dict:
                if len(node) >= 20:
                    self.stores.append(node)
                new = node.keys() - seen_keys
                if new:
                    self._learn(new)
                if not timed_keys.isdisjoint(node) and len(self.timed) < MAX_RECORDS:
                    self.timed.append(node)
                stack.extend([v for v in node.values() if type(v) in containers])
            else:
                stack.extend([v for v in node if type(v) in containers])

    def finish(self) -> None:
        self.stores.sort(key=len, reverse=True)
        del self.stores[20:]
        for obj in self.timed:
            rec = self._record(obj)
            if rec is not None:
                self.records.append(rec)

    def _resolve(self, v: Any) -> Any:
        """An Apollo reference (``{"type": "id", "id": K}`` or ``{"__ref": K}``) followed into the cache."""
        if isinstance(v, dict) and len(v) <= 5:
            key = v.get("__ref") if "__ref" in v else (v.get("id") if v.get("type") == "id" else None)
            if isinstance(key, str):
                for store in self.stores:
                    hit = store.get(key)
                    if isinstance(hit, dict):
                        return hit
        return v

    def _texts(self, v: Any) -> set[str]:
        v = self._resolve(v)
        if isinstance(v, str):
            vals = [v]
        elif isinstance(v, dict):
            vals = [x for x in list(v.values())[:12] if isinstance(x, str)]
        else:
            return set()
        out = set()
        for s in vals:
            if len(s) <= 2000:
                n = norm_text(s)
                if _headline_like(n):
                    out.add(n)
        return out

    def _record(self, obj: dict) -> Record | None:
        best: tuple[int, str, dt.datetime] | None = None
        texts: set[str] = set()
        ids: set[str] = set()
        for k, v in list(obj.items())[:200]:
            if not isinstance(k, str):
                continue
            rank, is_text, is_id, is_url = key_kind(k)
            if rank is not None and (best is None or rank < best[0]):
                t = time_of(v)
                if t is not None:
                    best = (rank, t[0], t[1])
                    continue
            if is_text:
                texts |= self._texts(v)
            elif is_id:
                if isinstance(v, (str, int)) and not isinstance(v, bool):
                    s = str(v).strip()
                    if MIN_ID_CHARS <= len(s) <= 200:
                        ids.add(s)
            elif is_url and isinstance(v, str) and "#" in v:
                frag = v.rsplit("#", 1)[1].strip()
                if MIN_ID_CHARS <= len(frag) <= 200:
                    ids.add(frag)
        if best is None or not (texts or ids):
            return None
        return Record(best[1], best[2], frozenset(texts), frozenset(ids))


def read_records(scripts: Iterable[str | None], needles: Sequence[str] | None = None) -> list[Record]:
    """The post-shaped records of a page's script state (bounded; never raises). With
    ``needles``, only scripts holding one of them verbatim are parsed."""
    walk = _Walk()
    for text in scripts:
        if walk.nodes >= MAX_NODES:
            break
        if text is None or json_start(text) is None or not _names_a_time(text):
            continue
        if needles is not None and not _holds_any(text, needles):
            continue
        value = load_state(text)
        if value is not None:
            walk.run(value)
    walk.finish()
    return walk.records


def _holds_any(text: str, needles: Sequence[str]) -> bool:
    if any(n in text for n in needles):
        return True
    low = text.casefold()
    return any(n.casefold() in low for n in needles)


# -- matching records to posts ------------------------------------------------------------------------

def container_ids(el: Any) -> set[str]:
    """The ids a post container carries on itself: ``id`` and ``data-*id`` attributes (not ids of
    something else: an author, a section, an image ...)."""
    out: set[str] = set()
    try:
        items = el.attrib.items()
    except AttributeError:
        return out
    for k, v in items:
        if not isinstance(k, str) or not v:
            continue
        k = k.casefold()
        if k == "id" or (k.startswith("data-") and k.endswith("id") and not _has(k[5:], _OTHER_THINGS)):
            out.add(v.strip())
    return out


def _id_keys(ids: Iterable[str]) -> set[str]:
    """An id and, when it has one, the id without a word prefix ("post-123" also as "123")."""
    out = set()
    for i in ids:
        if len(i) >= MIN_ID_CHARS:
            out.add(i)
            bare = _ID_PREFIX.sub("", i)
            if bare != i and len(bare) >= MIN_ID_CHARS:
                out.add(bare)
    return out


def _page_window(posts: Sequence[Post], page_date: dt.date | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The span of the page's own dates (its date and its posts' known times), widened by ``NEAR_PAGE``."""
    known = []
    for p in posts:
        t = time_of(p.published) if p.published else None
        if t is not None:
            known.append(t[1])
    if page_date is not None:
        known.append(dt.datetime(page_date.year, page_date.month, page_date.day, 12, tzinfo=dt.timezone.utc))
    if not known:
        return None
    return min(known) - NEAR_PAGE, max(known) + NEAR_PAGE


def fill_post_times(scripts: Sequence[str | None] | None, posts: list[Post], containers: Sequence[Any] = (),
                    page_date: dt.date | None = None) -> list[Post]:
    """Posts without a time given the time of the one script-state record that matches them (by
    a container id or by headline). ``containers`` are the posts' elements, used for their ids
    when they line up with ``posts`` (same count, or the same ``post.id``). Never raises."""
    if not scripts or not any(p.published is None for p in posts):
        return posts
    try:
        return _fill(scripts, posts, containers, page_date)
    except Exception:  # noqa: BLE001 - evidence only: a surprise in a page's script data changes nothing
        return posts


def _fill(scripts, posts: list[Post], containers, page_date) -> list[Post]:
    post_ids = _post_container_ids(posts, containers)
    wants: list[set[tuple[str, str]]] = []
    needles: list[str] | None = []
    for p, ids in zip(posts, post_ids):
        keys: set[tuple[str, str]] = set()
        if p.published is None:
            if p.headline:
                h = norm_text(p.headline)
                if _headline_like(h):
                    keys.add(("h", h))
            keys |= {("i", i) for i in _id_keys(ids | ({p.id} if p.id else set()))}
            if keys and needles is not None:
                strings = _needles(p.headline, [k[1] for k in keys if k[0] == "i"])
                needles = needles + strings if strings else None
        wants.append(keys)
    if not any(wants):
        return posts
    records = read_records(scripts, needles)
    if not records:
        return posts
    window = _page_window(posts, page_date)
    if window is not None:
        records = [r for r in records if window[0] <= r.instant <= window[1]]
    # key -> the distinct times records give it
    by_key: dict[tuple[str, str], set[str]] = {}
    for r in records:
        for t in r.texts:
            by_key.setdefault(("h", t), set()).add(r.published)
        for i in r.ids:
            by_key.setdefault(("i", i), set()).add(r.published)
    wants = [{k for k in keys if k in by_key} for keys in wants]
    # a key that two posts share names neither
    uses: dict[tuple[str, str], int] = {}
    for keys in wants:
        for k in keys:
            uses[k] = uses.get(k, 0) + 1
    out = []
    for p, keys in zip(posts, wants):
        found: set[str] = set().union(*(by_key[k] for k in keys if uses[k] == 1)) if keys else set()
        if len(found) == 1 and not any(uses[k] > 1 for k in keys):
            p = dataclasses.replace(p, published=found.pop())
        out.append(p)
    return out


_ASCII_WORDS = regex.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+){2,}")
_ASCII_ID = regex.compile(r"[A-Za-z0-9_.:-]+")


def _needles(headline: str | None, ids: list[str]) -> list[str]:
    """Strings a script holding this post's record must contain verbatim (JSON escapes aside):
    its ASCII ids and the longest run of three or more ASCII words of its headline. Empty when
    the post offers none (then every script is read)."""
    out = [i for i in ids if _ASCII_ID.fullmatch(i)]
    if headline:
        runs = _ASCII_WORDS.findall(_SPACES.sub(" ", headline)[:400])
        if runs:
            out.append(max(runs, key=len))
    return out


def _post_container_ids(posts: list[Post], containers: Sequence[Any]) -> list[set[str]]:
    """Each post's container ids, when the containers can be lined up with the posts."""
    if containers and len(containers) == len(posts):
        return [container_ids(c) for c in containers]
    by_own_id: dict[str, set[str]] = {}
    for c in containers:
        ids = container_ids(c)
        for i in ids:
            by_own_id[i] = set() if i in by_own_id else ids
    return [set(by_own_id.get(p.id, set())) if p.id else set() for p in posts]
