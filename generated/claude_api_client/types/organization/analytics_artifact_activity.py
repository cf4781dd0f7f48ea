# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics_artifact_activity`: the official path of these types."""

from __future__ import annotations

from .._models.analytics_artifact_activity import (
    AnalyticsArtifactActivity as AnalyticsArtifactActivity,
)

__all__ = [
    "AnalyticsArtifactActivity",
]
