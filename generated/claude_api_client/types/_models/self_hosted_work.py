# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .self_hosted_work_state import SelfHostedWorkState
from .session_work_data import SessionWorkData


class SelfHostedWork(APIModel):
    """One unit of work in a self-hosted environment's queue (today: run a session)."""

    acknowledged_at: str | None = None
    """When a worker acknowledged it (RFC 3339), or null."""
    created_at: str
    """When the self hosted work was created (RFC 3339)."""
    data: SessionWorkData
    """The items of this page."""
    environment_id: str
    """ID of the environment."""
    id: str
    """ID of the self hosted work."""
    latest_heartbeat_at: str | None = None
    """When the worker last sent a heartbeat (RFC 3339), or null."""
    metadata: dict[str, str]
    """Your own key-value labels on the self hosted work."""
    secret: str | None = None
    """Credential handed to the worker; only set when polling."""
    started_at: str | None = None
    """When work on it started (RFC 3339), or null."""
    state: SelfHostedWorkState
    """Lifecycle state."""
    stop_requested_at: str | None = None
    """When a stop was asked for (RFC 3339), or null."""
    stopped_at: str | None = None
    """When it stopped (RFC 3339), or null."""
    type: Literal["work"]
    """Always `work`."""
