"""Site profiles: small declarative tables layered on the generic rules.

A profile never replaces the generic path; it adds rules (and hints) for one publisher.
It is chosen by the caller (``site="bbc"``), by the page's URL, or by markers in the page.
``site="generic"`` turns profiles off.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import regex

from ..rules import RuleSet


@dataclass(frozen=True)
class SiteProfile:
    name: str
    description: str
    domains: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()          # regexes; any one found in the page's first 200k chars picks the profile
    rules: RuleSet = field(default_factory=RuleSet)
    timezone: str | None = None            # the zone the site prints times in, when it does not say


def _load() -> dict[str, SiteProfile]:
    from . import bbc, guardian, independent, reach, reuters

    return {p.name: p for p in (bbc.PROFILE, guardian.PROFILE, independent.PROFILE, reach.PROFILE, reuters.PROFILE)}


PROFILES: dict[str, SiteProfile] = _load()


_RULES: dict[tuple[str | None, str | None], RuleSet] = {}


def rules_for(profile: SiteProfile | None, language: str | None = None) -> RuleSet:
    """The rules for a page: the generic rules, then the phrase pack of the page's ``language``
    (a base ISO 639-1 code from `newsclean.language.page_language`; None when unknown, which
    means English plus the high-precision phrases of every other pack), then the profile's.

    Built once per (profile, language) pair; the matchers inside are compiled on first use."""
    from ..rules.packs import known

    language = known(language)
    key = (profile.name if profile else None, language)
    rules = _RULES.get(key)
    if rules is None:
        from ..rules.generic import GENERIC
        from ..rules.packs import language_rules
        rules = GENERIC + language_rules(language)
        rules = _RULES[key] = rules + profile.rules if profile else rules
    return rules


def choose(site: str | None, url: str | None, text: str) -> SiteProfile | None:
    """The profile to use: the one named, else by URL, else by page markers, else None."""
    if site == "generic":
        return None
    if site:
        try:
            return PROFILES[site]
        except KeyError:
            from ..errors import ParseError
            raise ParseError(f"unknown site profile {site!r}; known: {', '.join(sorted(PROFILES))} or 'generic'") from None
    if url:
        host = (urlsplit(url).hostname or "").lower()
        for p in PROFILES.values():
            if any(host == d or host.endswith("." + d) for d in p.domains):
                return p
    head = text[:200_000]
    for p in PROFILES.values():
        if any(m.search(head) for m in _markers(p)):
            return p
    return None


_MARKERS: dict[str, list["regex.Pattern[str]"]] = {}


def _markers(p: SiteProfile) -> list["regex.Pattern[str]"]:
    """The profile's markers, compiled once. Kept apart: one alternation of them would lose
    the fast literal search each gets alone."""
    patterns = _MARKERS.get(p.name)
    if patterns is None:
        patterns = _MARKERS[p.name] = [regex.compile(m) for m in p.markers]
    return patterns
