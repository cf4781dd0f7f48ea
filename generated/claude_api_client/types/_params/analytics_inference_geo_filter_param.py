# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

AnalyticsInferenceGeoFilterParam: TypeAlias = Literal["global", "not_available", "us"]
"""
Inference geographies a report can filter by.
"""
