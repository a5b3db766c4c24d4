"""Markdown and plain-text renderings of a Document."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .model import Block, Document, Post


def _block_markdown(b: "Block") -> str:
    if b.type == "list":
        return "\n".join(f"- {item}" for item in b.items) or b.text
    if b.type == "quote":
        return "\n".join(f"> {line}" for line in b.text.splitlines())
    if b.type == "heading":
        return f"### {b.text}"
    if b.type == "embed":
        return f"[embed]({b.url})" if b.url else "[embed]"
    if b.text.startswith(_MARKUP_STARTS):
        return "\\" + b.text  # so that reading the Markdown back gives a paragraph again
    return b.text


_MARKUP_STARTS = ("#", "- ", ">", "*", "By ", "[", "\\")


def post_markdown(post: "Post", *, level: int = 2) -> str:
    out: list[str] = []
    head = post.headline or "(no headline)"
    out.append(f"{'#' * level} {head}")
    meta = [x for x in (post.published, post.label) if x]
    if meta:
        out.append("*" + " · ".join(meta) + "*")
    for b in post.bylines:
        out.append(f"By {b.name}" + (f", {b.role}" if b.role else ""))
    for m in post.media:
        desc = " ".join(x for x in (m.caption, f"({m.credit})" if m.credit else None) if x)
        out.append(f"[{m.type}] {desc}".rstrip())
    out.extend(_block_markdown(b) for b in post.blocks)
    return "\n\n".join(out)


def document_markdown(doc: "Document") -> str:
    out: list[str] = [f"# {doc.title or '(untitled)'}"]
    meta = []
    if doc.published:
        meta.append(f"Published {doc.published}")
    if doc.editors:
        meta.append("Edited by " + ", ".join(doc.editors))
    if doc.authors:
        meta.append("By " + ", ".join(doc.authors))
    if doc.timezone:
        meta.append(f"Times: {doc.timezone}")
    if meta:
        out.append("*" + " · ".join(meta) + "*")
    if doc.summary:
        out.append("\n".join(f"- {s}" for s in doc.summary))
    out.extend(post_markdown(p) for p in doc.posts)
    return "\n\n".join(out) + "\n"


def document_text(doc: "Document") -> str:
    out: list[str] = []
    if doc.title:
        out.append(doc.title)
    for p in doc.posts:
        head = [x for x in (p.published, p.label, p.headline) if x]
        if head:
            out.append(" | ".join(head))
        if p.text:
            out.append(p.text)
    return "\n\n".join(out) + "\n"
