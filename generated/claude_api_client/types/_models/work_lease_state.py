# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .work_lease_state_state import WorkLeaseStateState


class WorkLeaseState(APIModel):
    """A work item's lease as the server has it, sent back when a heartbeat is refused."""

    last_heartbeat: str | None = None
    """The stored heartbeat (RFC 3339); null when there has been none."""
    lease_extended: bool
    """Always false, as a refused heartbeat extends nothing."""
    state: WorkLeaseStateState
    """Lifecycle state of the work item."""
    ttl_seconds: int
    """Lease length, in seconds."""
