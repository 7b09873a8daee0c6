"""blind54's key helpers: the shared ones of ../../keykit.py, with this set's unit tables."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
import keykit  # noqa: E402
from keykit import *  # noqa: E402,F401,F403

# (The set's own tables, as its key was built with: keykit's functions read these.)
UNITS = {"%": "percent", "pp": "percentage point", "bp": "basis point", "$": "USD", "£": "GBP",
         "A$": "AUD", "C$": "CAD", "S$": "SGD", "€": "EUR", "¥": "JPY", "CHF": "CHF", "Rs": "INR",
         "NZ$": "NZD", "#": "count", "C": "degree Celsius", "F": "degree Fahrenheit",
         "kg": "kilogram", "lb": "pound", "km": "kilometer",
         "R": "ZAR", "N": "NGN", "KSh": "KES", "EGP": "EGP", "R$": "BRL", "MX$": "MXN", "ARS": "ARS",
         "NZ$": "NZD", "€": "EUR", "s": "second", "MW": "megawatt", "GW": "gigawatt", "bpd": "barrel per day",
         "yr": "year", "mo": "month", "min": "minute", "m": "metre"}
UNIT_ALTS = {"degree Celsius": ["degree", "celsius", "C"], "degree Fahrenheit": ["degree", "fahrenheit", "F"],
             "kilogram": ["kg", "kilo"], "pound": ["lb"], "kilometer": ["km", "kilometre"],
             "millimeter": ["mm", "millimetre"], "metre": ["meter", "m"], "centimetre": ["centimeter", "cm"],
             "tonne": ["metric ton", "ton"], "second": ["s", "sec"], "megawatt": ["MW"], "gigawatt": ["GW"],
             "barrel per day": ["barrel", "bpd", "barrels a day"], "minute": ["min"], "year": ["yr"],
             "month": ["mo"], "ZAR": ["rand"], "NGN": ["naira"], "KES": ["shilling"], "EGP": ["Egyptian pound"],
             "BRL": ["real", "reais"], "MXN": ["peso"], "ARS": ["peso"], "NZD": ["NZ$"],
             "square metre": ["square meter", "sq m"], "hectare": ["ha"]}
keykit.UNITS = UNITS
keykit.UNIT_ALTS = UNIT_ALTS
