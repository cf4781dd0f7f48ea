# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsOrderParam: TypeAlias = Literal["asc", "desc"]
"""
Sort order of an analytics listing.
"""
