"""Generic cleaning rules: page furniture that news sites share, whoever publishes them.

These are the interface strings of news pages (share tools, "Read more" promos, update
stamps, video-player messages), not the words of any one page.
"""
from __future__ import annotations

from . import LineRule, PairRule, RuleSet, SpanRule

# Social networks and share tools by the names their buttons print. A scraper that drops the
# space between buttons runs them together ("FacebookXWhatsApp"): the text front reads such a
# token as a row of these names (`text_lines`).
SHARE_NETWORKS: tuple[str, ...] = (
    "Facebook", "Twitter", "X", "WhatsApp", "Whatsapp", "Telegram", "LinkedIn", "Linkedin", "Pinterest",
    "Reddit", "Messenger", "Flipboard", "Viber", "VK", "Threads", "Bluesky", "Mastodon", "Tumblr", "Xing",
    "LINE", "Line", "Instagram", "YouTube", "TikTok", "Pocket", "Email", "E-mail", "E-Mail", "Mail", "SMS",
)

GENERIC = RuleSet(
    lines=(
        LineRule("chrome.share", "share and copy-link tools",
                 r"(?:[+o*] )?(?:share(?: this(?: post| page| article| story)?| on \w{1,20})?|(?:share )?view more share options"
                 r"|copy (?:this )?link|link copied|read more about these links\.?|article share tools|view more on (?:twitter|x|facebook|instagram|youtube|tiktok)|facebook|twitter|x|whatsapp"
                 r"|e-?mail|linkedin|reddit|pinterest|messenger|flipboard|print|comments?)"),
        LineRule("chrome.more-links", "promos: read-more and load-more links",
                 r"(?:read more|see more|show more|load (?:more|new)(?: updates| posts| stories)?|find out more"
                 r"|view more updates|read all our coverage|explore more|(?:related|read more|see also|more): .{1,200})"),
        LineRule("chrome.related-heading", "headings of related-story and most-read lists (the feed ends there)",
                 r"(?:more on this story|more about this story|similar news|related(?: stories| articles| news| content| topics| links| coverage)?"
                 r"|this week's most popular news|most (?:read|viewed|popular|commented|shared)|more videos|more stories"
                 r"|top stories|trending(?: now)?(?: in \w{1,20})?|you may also like|recommended(?: for you)?"
                 r"|read next|what to read next|latest (?:news|videos|stories))"),
        LineRule("chrome.navigation", "navigation, sign-in and skip links",
                 r"(?:skip to (?:main )?(?:content|navigation|key events|footer)){1,4}|back to top|go to top|sign in(?: or register)?|log ?in|register|sign in or register"
                 r"|subscribe(?: now)?|search|menu|home|print subscriptions|search jobs|international edition"
                 r"|show key events only|please turn on javascript to use this feature|live reporting|live updates?"
                 r"|advertisement|sponsored(?: content)?|paid for by:?|about this content|get the app|download (?:the )?[\w ]{1,20} app"
                 r"|follow us(?: on [\w ]{1,20})?|quick links|top searches:?|show latest update|key events|key event alerts.{0,40}|get match alerts.{0,40}"
                 r"|thank you for registering|please refresh the page .{0,200}"),
        LineRule("chrome.updated-stamp", "'Updated at ...' stamps under a post",
                 r"(?:[*•] )?(?:last )?updated(?: at| on)?:? .{1,60}"),
        LineRule("chrome.published-stamp", "'Published: ...' stamps (the page date is read before removal)",
                 r"(?:first )?published:? .{4,80}"),
        LineRule("chrome.tags", "tag list headings", r"(?:[*•] )?(?:tags|topics):?"),
        LineRule("chrome.bookmarks", "bookmark prompts",
                 r"(?:article )?bookmark(?:ed)?|find your bookmarks .{0,100}|don['’]?t show me this message again"),
        LineRule("chrome.comment-count", "comment counters", r"\d[\d,.]{0,8}k? comments?"),
        LineRule("chrome.newsletter", "newsletter and sign-up prompts",
                 r"(?:sign up|subscribe)\b.{0,100}\bnewsletters?\b.{0,100}|newsletter sign ?-?up.{0,60}|get our [\w ]{1,30} newsletter.{0,60}"),
        LineRule("chrome.cookies", "cookie and consent notices",
                 r".{0,200}\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b.{0,300}",
                 keywords=("cookie",)),
        LineRule("chrome.lone-mark", "bullets and list numbers left alone on a line", r"[*+•o▪✕×-]|\d{1,2}\.|\(|\)|close"),
        LineRule("chrome.video-player", "video player messages",
                 r"video (?:loading|unavailable)|click to play(?: tap to play)?|tap to play|play now|play video\.? duration: [\d:]{3,8}"
                 r"|play video .{1,200}|video(?: \d{1,3} (?:hours?|minutes?|seconds?)){1,3}.{0,60}"
                 r"|the video will auto-?play soon.{0,20}|watch in full:? .{0,160}"),
        LineRule("chrome.copyright", "copyright lines: '© 2024 Name', 'Copyright 2024 Name', '© Copyright Name',"
                 " after capitalised footer links or none ('Terms & Conditions © 2024 Sky UK'); words of a"
                 " language ('All rights reserved', 'Riproduzione riservata') are the packs' rights phrases; an owner"
                 " in a script without capitals (Georgian, Arabic, Devanagari) opens with any of its letters",
                 r"(?:(?:(?-i:\p{Lu})[\w'’.-]{0,20}|&|\|)\s){0,12}"
                 r"(?:(?:©|(?-i:Copyright|COPYRIGHT))\s?(?:©\s?)?\d{4}(?:\s?[-–]\s?\d{4})?\s?,?\s?"
                 r"|©\s?(?-i:Copyright|COPYRIGHT)\s?(?:\d{4}\s)?|(?-i:Copyright|COPYRIGHT)\s?©\s?(?:\d{4}\s)?)"
                 r"(?:(?-i:\p{Lu})|\p{Lo}|\p{Georgian}|\d|[\w-]{1,40}\.(?-i:[a-z]{2,}))[^\n]{0,240}",
                 keywords=("©", "copyright")),
        LineRule("chrome.contact-prompt", "reader contact prompts",
                 r"(?:got a story|get in touch)\b.{0,160}|.{0,160}\b(?:get in touch|send (?:us )?an email|email us) (?:at|to) \S+@\S+.{0,60}",
                 keywords=("got a story", "get in touch", "email")),
    ),
    spans=(
        SpanRule("link-marker.external", "', external' marks that follow off-site links in scraped BBC-style text",
                 r",\s?external(?=[\s.,;:!?)\]]|$)", keyword="external"),
    ),
    pairs=(
        PairRule("scraper.figure-credit", "a scraper's figure stub: 'NAME - Figure N' then 'Photo SOURCE'",
                 r".{1,120} - Figure \d{1,4}", r"Photo .{1,80}", keyword=" - Figure "),
    ),
)
