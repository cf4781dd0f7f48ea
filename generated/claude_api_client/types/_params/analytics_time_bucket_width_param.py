# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsTimeBucketWidthParam: TypeAlias = Literal["1d", "1h", "1m"]
"""
Widths of a report's time buckets.
"""
