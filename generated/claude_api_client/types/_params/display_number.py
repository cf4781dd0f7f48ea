# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

DisplayNumber: TypeAlias = int
"""
X11 display number, for environments with several displays.
"""
