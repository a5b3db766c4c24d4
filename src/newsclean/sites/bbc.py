"""BBC News live pages."""
from ..rules import LineRule, RuleSet
from . import SiteProfile

PROFILE = SiteProfile(
    name="bbc",
    description="BBC News live pages (lx-stream posts) and articles",
    domains=("bbc.co.uk", "bbc.com"),
    markers=(r"Got a TV Licence\?", r"lx-stream-post", r"\bbbc\.co\.uk/news\b"),
    timezone="Europe/London",
    rules=RuleSet(lines=(
        LineRule("bbc.licence-banner", "the TV licence banner",
                 r"got a tv licence\?|you need one to watch live tv on any channel or device.{0,80}"
                 r"|i have a tv licence\. watch now\..{0,60}"),
        LineRule("bbc.sign-in-prompt", "the sign-in prompt", r"why sign in to the bbc\?|i'll do it later|and we'll keep you signed in\."),
        LineRule("bbc.share-tools", "BBC post share tools", r"(?:view more share options|share this post|copy this link)"),
    )),
)
