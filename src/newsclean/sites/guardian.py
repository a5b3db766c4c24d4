"""The Guardian live blogs (web and app templates)."""
from ..rules import LineRule, RuleSet
from . import SiteProfile

PROFILE = SiteProfile(
    name="guardian",
    description="The Guardian live blogs: block-* posts, key events, 'Updated at' stamps",
    domains=("theguardian.com", "guardian.co.uk"),
    markers=(r"theguardian\.com", r"The Guardian - Back to home"),
    timezone="Europe/London",
    rules=RuleSet(lines=(
        LineRule("guardian.reuse", "the reuse-this-content link", r"reuse this content"),
        LineRule("guardian.home-link", "the masthead link", r"the guardian - back to home.{0,40}"),
    )),
)
