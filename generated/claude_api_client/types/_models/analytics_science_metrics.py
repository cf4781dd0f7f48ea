# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsScienceMetrics(APIModel):
    """Activity in Claude for science."""

    delegation_count: int
    """Number of delegations."""
    distinct_session_count: int | None = None
    """Number of distinct sessions."""
    message_count: int
    """Number of messages."""
    remote_compute_job_count: int
    """Number of remote compute jobs."""
    skills_used_count: int
    """Number of skills used."""
