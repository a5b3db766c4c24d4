"""The controls and forms a live page loses before its posts are walked are recorded as removals
(`html.form-control`, `html.form`), once per distinct text; the near misses: a link styled as a
button stays the post's text, controls outside the posts and icon-only buttons record nothing."""
from lxml import html as lxml_html

import newsclean
from newsclean.html_drops import drop_unread_elements, shown_control_text
from newsclean.html_roles import Ctx
from newsclean.rules import RuleSet

ICON = '<svg viewBox="0 0 24 24"><title>Share icon</title><path d="M0 0h24v24H0z"/></svg>'

PAGE = """<html><head><title>Flood live: river peaks overnight</title></head><body>
<header><button class="menu">Menu</button><form action="/search"><input name="q"><button>Search</button></form></header>
<h1>Flood live: river peaks overnight</h1>
<div class="feed">
 <article class="entry" id="p3"><time datetime="2024-09-15T10:40">10:40</time><h2>Bridge closed to traffic</h2>
  <p>The old bridge was closed this morning after water reached the deck, police said.</p>
  <p>Drivers should use the ring road, where <a role="button" href="/map">the diversion map</a> shows the detour.</p>
  <div class="tools"><button class="share">{icon}<span>Share</span></button><button>Copy link</button><button>{icon}</button></div></article>
 <article class="entry" id="p2"><time datetime="2024-09-15T10:10">10:10</time><h2>Shelters open</h2>
  <p>Three schools have opened as shelters for families who had to leave their homes overnight.</p>
  <select name="town"><option>Choose your town</option><option>Opava</option></select>
  <div class="tools"><button class="share">{icon}<span>Share</span></button><button>Copy link</button></div></article>
 <article class="entry" id="p1"><time datetime="2024-09-15T09:55">09:55</time>
  <p>Good morning and welcome to our live coverage of the floods as the river reaches its peak.</p>
  <form class="signup"><label>Get flood alerts by email</label><input type="email"><button>Sign up</button>
   <input type="submit" value="Subscribe"></form>
  <div class="tools"><button class="share">{icon}<span>Share</span></button><button>Copy link</button></div></article>
</div></body></html>""".format(icon=ICON)


def _removed(doc, rule):
    return [r.text for r in doc.removed if r.rule == rule]


def test_controls_in_posts_are_recorded_once_per_text():
    doc = newsclean.parse(PAGE, site="generic")
    assert doc.kind == "liveblog" and [p.id for p in doc.posts] == ["p3", "p2", "p1"]
    controls = _removed(doc, "html.form-control")
    # three "Share" and three "Copy link" buttons: one record each; the icon's <title> is not shown
    assert sorted(controls) == ["Choose your town Opava", "Copy link", "Share"]
    assert not any("icon" in t for t in controls)


def test_a_form_is_one_record_holding_its_controls():
    doc = newsclean.parse(PAGE, site="generic")
    assert _removed(doc, "html.form") == ["Get flood alerts by email Sign up"]
    assert "Sign up" not in _removed(doc, "html.form-control")
    assert "Subscribe" not in _removed(doc, "html.form-control")  # inside the form: the form's record


def test_near_miss_a_link_styled_as_a_button_stays_in_the_post():
    doc = newsclean.parse(PAGE, site="generic")
    assert "where the diversion map shows the detour" in doc.posts[0].text
    assert not any("diversion" in r.text for r in doc.removed)


def test_near_miss_controls_outside_the_posts_record_nothing():
    doc = newsclean.parse(PAGE, site="generic")
    texts = [r.text for r in doc.removed]
    assert "Menu" not in texts and "Search" not in texts


def test_the_controls_text_never_reaches_a_post():
    doc = newsclean.parse(PAGE, site="generic")
    assert not any(w in doc.text for w in ("Copy link", "Choose your town", "flood alerts", "Share"))


def test_shown_text_of_inputs_and_buttons():
    el = lxml_html.fragment_fromstring('<input type="submit" value=" Send  now ">')
    assert shown_control_text(el) == "Send now"
    assert shown_control_text(lxml_html.fragment_fromstring('<input type="text" value="typed">')) == ""
    # spans side by side are shown apart, as a browser shows them: "Gonzalo Montiel" "in"
    el = lxml_html.fragment_fromstring('<button><span>Gonzalo Montiel</span><span>in</span></button>')
    assert shown_control_text(el) == "Gonzalo Montiel in"


def test_every_dropped_tag_leaves_the_tree_and_the_page_element_stays_whole_until_then():
    root = lxml_html.fromstring('<div><div class="post"><p>Text</p><button>' + ICON + 'Like</button>'
                                '<script>x()</script><noscript><button>Enable</button></noscript></div></div>')
    post = root[0]
    ctx = Ctx(RuleSet())
    drop_unread_elements(root, [post], ctx)
    assert [(r.rule, r.text) for r in ctx.removed] == [("html.form-control", "Like")]  # not "Enable": no-script only
    assert [e.tag for e in root.iter()] == ["div", "div", "p"]
