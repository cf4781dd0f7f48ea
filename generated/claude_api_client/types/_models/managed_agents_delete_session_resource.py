# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class ManagedAgentsDeleteSessionResource(APIModel):
    """Confirms that a resource was removed from a session."""

    type: Literal["session_resource_deleted"]
    """Always `session_resource_deleted`."""
    id: str
    """ID of the deleted session resource."""
