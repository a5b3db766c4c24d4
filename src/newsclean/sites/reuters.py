"""Reuters articles."""
from ..rules import LineRule, RuleSet
from . import SiteProfile

PROFILE = SiteProfile(
    name="reuters",
    description="Reuters articles: standards and licensing footers",
    domains=("reuters.com",),
    markers=(r"Thomson Reuters Trust Principles",),
    rules=RuleSet(lines=(
        LineRule("reuters.standards", "the standards footer", r"our standards: the thomson reuters trust principles\.?"),
        LineRule("reuters.licensing", "the licensing link", r"purchase licensing rights,?(?: opens new tab)?"),
    )),
)
