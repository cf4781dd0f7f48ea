# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.beta_analytics_artifact_activity`: the official path of these types."""

from __future__ import annotations

from ..._models.analytics_artifact_activity import (
    AnalyticsArtifactActivity as BetaAnalyticsArtifactActivity,
)

__all__ = [
    "BetaAnalyticsArtifactActivity",
]
