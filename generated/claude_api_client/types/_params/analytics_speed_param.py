# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsSpeedParam: TypeAlias = Literal["fast", "standard"]
"""
Output speeds a request can ask for.
"""
