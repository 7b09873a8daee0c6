"""blind55's key helpers: the shared ones of ../../keykit.py."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from keykit import *  # noqa: E402,F401,F403
