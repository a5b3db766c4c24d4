"""The Independent live blogs."""
from ..rules import LineRule, RuleSet
from . import SiteProfile

PROFILE = SiteProfile(
    name="independent",
    description="The Independent live blogs (post-* entries)",
    domains=("independent.co.uk",),
    markers=(r"independent\.co\.uk",),
    timezone="Europe/London",
    rules=RuleSet(lines=(
        LineRule("independent.live-updated", "the 'Live updated' epoch stamp", r"live updated \d{10}"),
    )),
)
