# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.analytics_artifact_activity_page`: the official path of these types."""

from __future__ import annotations

from ._models.analytics_artifact_activity_page import (
    AnalyticsArtifactActivityPage as AnalyticsArtifactActivityPage,
)

__all__ = [
    "AnalyticsArtifactActivityPage",
]
