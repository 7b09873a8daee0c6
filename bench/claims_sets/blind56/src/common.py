"""blind56's key helpers: the shared ones of ../../keykit.py."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from keykit import *  # noqa: E402,F401,F403


def on(pub, name):
    """The publication date, checked against the weekday the story's wording assumes."""
    assert weekday(pub) == name, (pub, weekday(pub), name)
    return pub


def ytd(pub):
    """Year to date: January through the publication month (alt: to the publication day)."""
    return (pub[:4] + "-01", pub[:7])


def CR(surface, n, kind, direction, subject, period, source, ctx=None, **kw):
    """Rupees in crore: the full value, the written number in value_alt ("Rs 1,204 crore" = 1.204e10, alt 1204)."""
    kw.setdefault("value_alt", [n])
    return F(surface, round(n * 1e7, 2), "Rs", kind, direction, subject, period, source, ctx=ctx, **kw)


def LAKH(surface, n, unit, kind, direction, subject, period, source, ctx=None, **kw):
    """A count in lakh: the full value, the written number in value_alt ("45 lakh" = 4,500,000, alt 45)."""
    kw.setdefault("value_alt", [n])
    return F(surface, round(n * 1e5, 2), unit, kind, direction, subject, period, source, ctx=ctx, **kw)
