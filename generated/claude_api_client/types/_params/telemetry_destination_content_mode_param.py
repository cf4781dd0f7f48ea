# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypeAlias

TelemetryDestinationContentModeParam: TypeAlias = Literal["metadata_only", "content"]
"""
What exported spans hold: metadata only, or message content too.
"""
