"""Reading back newsclean's own Markdown (``Document.to_markdown()``), so that a rendered
document parses to the same posts: a round trip for people who store or edit the Markdown.

The shape is the renderer's: ``# title``, then per post ``## headline`` (or ``## (no headline)``),
an optional ``*time · label*`` line, ``By name, role`` lines, ``[image] caption (credit)`` lines,
and the blocks (``- `` list items, ``> `` quotes, ``### `` sub-headings, ``[embed](url)``, and
paragraphs, with a backslash before any paragraph that would otherwise read as markup).
"""
from __future__ import annotations

import regex

from .model import Block, Byline, Document, Media, Post

NO_HEADLINE = "(no headline)"
_MEDIA = regex.compile(r"^\[(image|video|audio|embed)\](?: (?P<desc>.*))?$")
_EMBED = regex.compile(r"^\[embed\](?:\((?P<url>[^()\s]*)\))?$")
_TIME_LIKE = regex.compile(r"^\d")


def looks_like_newsclean_markdown(text: str) -> bool:
    """A first line ``# ...`` and at least one ``## `` post heading."""
    first = text.lstrip().split("\n", 1)[0]
    return first.startswith("# ") and "\n## " in text


def parse_markdown(text: str, *, url: str | None = None) -> Document:
    groups = [g.strip("\n") for g in text.replace("\r\n", "\n").split("\n\n")]
    groups = [g for g in groups if g.strip()]
    title = None
    posts: list[Post] = []
    current: dict | None = None
    summary: list[str] = []
    for g in groups:
        if title is None and g.startswith("# "):
            title = g[2:].strip()
            title = None if title == "(untitled)" else title
            continue
        if g.startswith("## "):
            if current is not None:
                posts.append(_post(current))
            head = g[3:].strip()
            current = {"headline": None if head == NO_HEADLINE else head, "meta": None, "bylines": [],
                       "media": [], "blocks": []}
            continue
        if current is None:
            if g.startswith("- "):
                summary.extend(line[2:] for line in g.split("\n"))
            continue  # the document's own metadata line
        in_header = not current["blocks"]
        if in_header and current["meta"] is None and not current["bylines"] and not current["media"] \
                and g.startswith("*") and g.endswith("*") and len(g) > 2 and "\n" not in g:
            current["meta"] = g[1:-1]
        elif in_header and g.startswith("By ") and "\n" not in g:
            name, _, role = g[3:].partition(", ")
            current["bylines"].append(Byline(name, role or None))
        elif in_header and _MEDIA.match(g) and not g.startswith("[embed]"):
            current["media"].append(_media(g))
        else:
            current["blocks"].append(_block(g))
    if current is not None:
        posts.append(_post(current))
    return Document(kind="liveblog" if len(posts) != 1 else "article", url=url, title=title,
                    summary=tuple(summary), posts=tuple(posts))


def _post(p: dict) -> Post:
    published = label = None
    if p["meta"]:
        parts = p["meta"].split(" · ")
        if _TIME_LIKE.match(parts[0]):
            published = parts.pop(0)
        label = parts[0] if parts else None
    return Post(headline=p["headline"], label=label, published=published, bylines=tuple(p["bylines"]),
                media=tuple(p["media"]), blocks=tuple(p["blocks"]))


def _media(line: str) -> Media:
    m = _MEDIA.match(line)
    assert m is not None
    desc = (m["desc"] or "").strip()
    credit = None
    if desc.endswith(")") and "(" in desc:
        cut = desc.rfind(" (") if " (" in desc else desc.rfind("(")
        credit, desc = desc[cut:].strip()[1:-1], desc[:cut].strip()
    return Media(m[1], caption=desc or None, credit=credit or None)


def _block(g: str) -> Block:
    lines = g.split("\n")
    if all(line.startswith("- ") for line in lines):
        items = tuple(line[2:] for line in lines)
        return Block("list", "\n".join(items), items)
    if all(line.startswith("> ") or line == ">" for line in lines):
        return Block("quote", "\n".join(line[2:] for line in lines))
    if g.startswith("### "):
        return Block("heading", g[4:])
    m = _EMBED.match(g)
    if m:
        return Block("embed", "", url=m["url"] or None)
    if g.startswith("\\"):
        g = g[1:]
    return Block("paragraph", g)
