"""The output data model, schema ``newsclean/1``.

Every value is a frozen dataclass. ``to_dict()`` gives the JSON shape described in
``DESIGN.md``; ``Document.from_dict()`` reads it back. Text that is derived from other
fields (``Post.text``, ``Document.text``) is computed, never stored twice.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

# Views of a document (Markdown, plain text, the audit page) are written above the model, in
# render.py and audit.py. The package registers them here when it is imported (__init__.py), so
# the model imports none of them and dependencies point one way.
_VIEWS: dict[str, Callable[..., str]] = {}


def register_view(name: str, view: Callable[..., str]) -> None:
    """Make ``view`` the renderer the model's methods call for ``name``."""
    _VIEWS[name] = view


def _view(name: str) -> Callable[..., str]:
    view = _VIEWS.get(name)
    if view is None:
        raise RuntimeError(f"no {name!r} view registered: import newsclean, not newsclean.model alone")
    return view


SCHEMA = "newsclean/1"

BLOCK_TYPES = ("paragraph", "heading", "list", "quote", "embed")
MEDIA_TYPES = ("image", "video", "audio", "embed")


@dataclass(frozen=True)
class Block:
    """One piece of a post's body: a paragraph, a sub-heading, a list, a quote or an embed.

    An ``embed`` (tweet, video player, ...) carries no body text: its ``url`` says what it
    was, so that embedded posts are noted without being dumped into the text.
    """

    type: str
    text: str = ""
    items: tuple[str, ...] = ()
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"type": self.type, "text": self.text}
        if self.items:
            d["items"] = list(self.items)
        if self.url:
            d["url"] = self.url
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Block":
        return cls(type=d["type"], text=d.get("text") or "", items=tuple(d.get("items") or ()),
                   url=d.get("url"))


@dataclass(frozen=True)
class Byline:
    """Who wrote a post: a name and, when the page prints one, a role ("Business reporter")."""

    name: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Byline":
        return cls(name=d["name"], role=d.get("role"))


@dataclass(frozen=True)
class Media:
    """An image, video or audio item of a post: its caption, its credit (without "Copyright:" or
    "Photograph:"), and the image's alt text and address when the page has them."""

    type: str = "image"
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    src: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "caption": self.caption, "credit": self.credit,
                "alt": self.alt, "src": self.src}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Media":
        return cls(type=d.get("type") or "image", caption=d.get("caption"), credit=d.get("credit"),
                   alt=d.get("alt"), src=d.get("src"))


@dataclass(frozen=True)
class Removal:
    """A piece of input that cleaning took out, and the name of the rule that did it."""

    rule: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Removal":
        return cls(rule=d["rule"], text=d["text"])


@dataclass(frozen=True)
class Post:
    """One update of a live blog (or the whole body of an article)."""

    headline: str | None = None
    label: str | None = None
    published: str | None = None
    id: str | None = None
    bylines: tuple[Byline, ...] = ()
    media: tuple[Media, ...] = ()
    blocks: tuple[Block, ...] = ()

    @functools.cached_property
    def text(self) -> str:
        """The body as plain text: blocks joined by blank lines (embeds leave no text)."""
        return "\n\n".join(t for t in map(_block_plain, self.blocks) if t)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "headline": self.headline,
            "label": self.label,
            "published": self.published,
            "bylines": [b.to_dict() for b in self.bylines],
            "media": [m.to_dict() for m in self.media],
            "blocks": [b.to_dict() for b in self.blocks],
            "text": self.text,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Post":
        return cls(
            id=d.get("id"), headline=d.get("headline"), label=d.get("label"),
            published=d.get("published"),
            bylines=tuple(Byline.from_dict(b) for b in d.get("bylines") or ()),
            media=tuple(Media.from_dict(m) for m in d.get("media") or ()),
            blocks=tuple(Block.from_dict(b) for b in d.get("blocks") or ()),
        )

    def _repr_markdown_(self) -> str:
        return _view("post_markdown")(self)


@dataclass(frozen=True)
class Document:
    """A parsed page: a live blog (many posts) or an article (exactly one post)."""

    kind: str = "liveblog"
    url: str | None = None
    site: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    updated: str | None = None
    editors: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    timezone: str | None = None
    summary: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    removed: tuple[Removal, ...] = ()
    warnings: tuple[str, ...] = ()
    schema: str = field(default=SCHEMA)

    @property
    def text(self) -> str:
        """Every post's body, in page order, separated by blank lines."""
        return "\n\n".join(p.text for p in self.posts if p.text)

    def to_dict(self) -> dict[str, Any]:
        """The document as plain data in schema ``newsclean/1`` (what ``to_json`` writes)."""
        return {
            "schema": self.schema,
            "kind": self.kind,
            "url": self.url,
            "site": self.site,
            "title": self.title,
            "language": self.language,
            "published": self.published,
            "updated": self.updated,
            "editors": list(self.editors),
            "authors": list(self.authors),
            "timezone": self.timezone,
            "summary": list(self.summary),
            "posts": [p.to_dict() for p in self.posts],
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> "Document":
        """Read back what ``to_dict`` wrote; ``ValueError`` for another schema version.

        >>> doc = Document(title="t", posts=(Post(headline="h"),))
        >>> Document.from_dict(doc.to_dict()) == doc
        True
        """
        schema = d.get("schema", SCHEMA)
        if schema != SCHEMA:
            raise ValueError(f"unsupported schema {schema!r}; this version reads {SCHEMA!r}")
        return cls(
            kind=d.get("kind") or "liveblog", url=d.get("url"), site=d.get("site"),
            title=d.get("title"), language=d.get("language"), published=d.get("published"),
            updated=d.get("updated"), editors=tuple(d.get("editors") or ()),
            authors=tuple(d.get("authors") or ()), timezone=d.get("timezone"),
            summary=tuple(d.get("summary") or ()),
            posts=tuple(Post.from_dict(p) for p in d.get("posts") or ()),
            removed=tuple(Removal.from_dict(r) for r in d.get("removed") or ()),
            warnings=tuple(d.get("warnings") or ()),
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict`` as JSON text (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """A readable Markdown rendering: the title, then a section per post."""
        return _view("markdown")(self)

    def to_text(self) -> str:
        """Plain text: the title, then each post's time, label and headline above its body."""
        return _view("text")(self)

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def _repr_html_(self) -> str:
        """The notebook view: the compact form of the audit page."""
        return _view("audit")(self, compact=True)

    def __repr__(self) -> str:
        title = (self.title or "")[:60]
        return (f"<Document kind={self.kind!r} site={self.site!r} title={title!r} "
                f"posts={len(self.posts)} removed={len(self.removed)}>")


def _block_plain(b: Block) -> str:
    if b.items:
        return "\n".join(b.items)
    return b.text
