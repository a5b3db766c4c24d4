"""The elements a live page loses before its posts are walked (`DROP_TAGS`), never silently.

Code, styles, frames, icons and form controls are no post's text, so the whole tree loses them
at once. Most show nothing to a reader (a script, an ``<svg>`` icon, an ``<iframe>``'s fallback),
but controls and forms do: a "Share" or "Load more" button, a sort menu, a sign-up form with its
lines. Where one sits inside a post container, its shown text is recorded before it goes:

* ``html.form``: a ``<form>``, with everything in it (its buttons are not recorded again);
* ``html.form-control``: a ``<button>``, ``<select>`` or ``<textarea>`` outside a form, and a
  submit, reset or button ``<input>``'s label (its ``value``).

A share bar of links rather than buttons goes too (``chrome.share``): an element inside a post
container whose children are only links, buttons or spans, two or more, and whose shown text
splits into share pieces of the page's rules ("Compartir en X Compartir en WhatsApp Copiar
enlace", `newsclean.text_chrome.is_share_row`); a sentence naming a network is none.

One record per element, outermost only, and one per distinct text on the page: a "Share" button
repeated in every post is one record, not hundreds. Text that only screen readers or script-less
browsers get (an icon's ``<title>``, ``<noscript>``) is not shown, so not recorded. Controls
outside the post containers (the site's menus and search) are page chrome no post ever held.
"""
from __future__ import annotations

import copy

from lxml import etree
from lxml import html as lxml_html

from . import shapes
from .html_roles import DROP_TAGS, Ctx, shown_text

FORM_RULE = "html.form"
CONTROL_RULE = "html.form-control"
# dropped tags a reader sees the text of; the others hold code, styles, icons or fallbacks
_SHOWN = ("form", "button", "select", "textarea", "input")
# inside a shown control: text no reader sees on the page
_UNSHOWN = ("script", "style", "noscript", "template", "svg", "canvas", "object", "iframe")
_DROPPED = frozenset(DROP_TAGS)
_LABELLED_INPUTS = frozenset(("submit", "reset", "button"))


def drop_unread_elements(tree: lxml_html.HtmlElement, containers, ctx: Ctx) -> None:
    """Record the shown text of the controls and forms inside ``containers`` (see the module
    docstring), then drop every `DROP_TAGS` element from ``tree``."""
    seen: set[tuple[str, str]] = set()
    _drop_share_bars(containers, ctx, seen)
    for root in containers:
        for el in root.iter(*_SHOWN):
            if el is root or _inside_dropped(el, root):
                continue  # (a button inside a form: the form's record holds its text)
            text = shown_control_text(el)
            if not text:
                continue
            rule = FORM_RULE if el.tag == "form" else CONTROL_RULE
            if (rule, text) not in seen:
                seen.add((rule, text))
                ctx.remove(rule, text)
    etree.strip_elements(tree, *DROP_TAGS, with_tail=False)


SHARE_RULE = "chrome.share"
_BAR_CHILDREN = frozenset(("a", "button", "span"))


def _drop_share_bars(containers, ctx: Ctx, seen: set[tuple[str, str]]) -> None:
    """Drop the share bars of links inside ``containers`` (see the module docstring)."""
    from .text_chrome import is_share_row

    bars = []
    for root in containers:
        for el in root.iter("div", "p", "ul", "nav", "footer", "section"):
            if el is root or len(el) < 2 or (el.text or "").strip() \
                    or any(c.tag not in _BAR_CHILDREN or (c.tail or "").strip(" \t\n|·•") for c in el):
                continue
            text = shown_text(el)
            if is_share_row(text, ctx.rules):
                bars.append((el, text))
    for el, text in bars:
        if (SHARE_RULE, text) not in seen:
            seen.add((SHARE_RULE, text))
            ctx.remove(SHARE_RULE, text)
        parent = el.getparent()
        if parent is not None:
            el.drop_tree()


def shown_control_text(el: lxml_html.HtmlElement) -> str:
    """The text a control or form shows a reader: an ``<input>``'s label when it is a button
    ("Subscribe"), else its text as shown (inline runs joined as a browser joins them, blocks
    apart), without the parts no reader sees (icons, scripts)."""
    if el.tag == "input":
        return shapes.clean(el.get("value") or "") if (el.get("type") or "").strip().lower() in _LABELLED_INPUTS else ""
    if next(el.iter(*_UNSHOWN), None) is not None:
        el = copy.deepcopy(el)  # (the page's own element stays whole: it is dropped right after)
        etree.strip_elements(el, *_UNSHOWN, with_tail=False)
    return shown_text(el)


def _inside_dropped(el: lxml_html.HtmlElement, root: lxml_html.HtmlElement) -> bool:
    """Whether ``el`` sits inside another dropped element below ``root`` (a form, a noscript)."""
    for a in el.iterancestors():
        if a is root:
            return False
        if a.tag in _DROPPED:
            return True
    return False
