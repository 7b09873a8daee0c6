"""blind53's key helpers: the shared ones of ../../keykit.py, with this set's unit tables."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import keykit  # noqa: E402
from keykit import *  # noqa: E402,F401,F403

# (The set's own tables, as its key was built with: keykit's functions read these.)
UNITS = {"%": "percent", "pp": "percentage point", "bp": "basis point", "$": "USD", "£": "GBP",
         "A$": "AUD", "C$": "CAD", "S$": "SGD", "€": "EUR", "¥": "JPY", "CHF": "CHF", "Rs": "INR",
         "NZ$": "NZD", "#": "count", "C": "degree Celsius", "F": "degree Fahrenheit",
         "kg": "kilogram", "lb": "pound", "km": "kilometer"}
UNIT_ALTS = {"degree Celsius": ["degree", "celsius", "C"], "degree Fahrenheit": ["degree", "fahrenheit", "F"],
             "kilogram": ["kg", "kilo"], "pound": ["lb"], "kilometer": ["km", "kilometre"],
             "millimeter": ["mm", "millimetre"], "metre": ["meter", "m"], "centimetre": ["centimeter", "cm"],
             "tonne": ["metric ton", "ton"]}
keykit.UNITS = UNITS
keykit.UNIT_ALTS = UNIT_ALTS
