# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsOfficeProductMetrics(APIModel):
    """Activity in one Office add-in."""

    connectors_used_count: int
    """Number of connectors used."""
    distinct_connectors_used_count: int | None = None
    """Number of distinct connectors used."""
    distinct_session_count: int | None = None
    """Number of distinct sessions."""
    distinct_skills_used_count: int | None = None
    """Number of distinct skills used."""
    message_count: int
    """Number of messages."""
    skills_used_count: int
    """Number of skills used."""
