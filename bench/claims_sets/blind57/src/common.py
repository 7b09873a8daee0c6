"""blind57's key helpers: the shared ones of ../../keykit.py."""
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


def FY(y1, m1, y2, m2):
    """A fiscal or marketing year as a month span (MM with a name that reads better in the stories)."""
    return MM(y1, m1, y2, m2)


def month_ago(day):
    """The same day a month earlier (for "a month earlier" quotes of a daily price)."""
    x = d(day)
    y, m = (x.year, x.month - 1) if x.month > 1 else (x.year - 1, 12)
    return iso(x.replace(year=y, month=m))
