"""Reach plc titles (Mirror, Express, regional Live sites)."""
from ..rules import LineRule, RuleSet
from . import SiteProfile

PROFILE = SiteProfile(
    name="reach",
    description="Reach plc live blogs (Mirror, Express, ...): live-event-entry posts",
    domains=("mirror.co.uk", "express.co.uk", "manchestereveningnews.co.uk", "liverpoolecho.co.uk",
             "walesonline.co.uk", "birminghammail.co.uk", "dailyrecord.co.uk", "dailystar.co.uk"),
    markers=(r"reachplc\.com", r"live-event-entry"),
    timezone="Europe/London",
    rules=RuleSet(lines=(
        LineRule("reach.follow-along", "the feed's lead-in", r"follow along with the latest updates below\.?"),
    )),
)
