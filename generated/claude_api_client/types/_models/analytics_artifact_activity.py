# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsArtifactActivity(APIModel):
    """Artifacts created over the period, for one kind of artifact."""

    artifact_type: str
    """Kind of artifact."""
    artifacts_created_count: int
    """Number of artifacts created."""
    distinct_user_count: int
    """Number of different users."""
    is_shared: bool
    """Whether the row counts shared artifacts."""
    published_artifacts_created_count: int
    """Number of published artifacts created."""
    product: str | None = None
    """The product the row is for (`chat`, `claude_code`, `cowork` …), when grouped by product."""
    rbac_group_id: str | None = None
    """ID of the group the row is for, when grouped by group."""
    rbac_group_name: str | None = None
    """Name of the group the row is for, when grouped by group."""
    user_id: str | None = None
    """ID of the user the row is for, when grouped by user."""
