# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_work_lease_state`: the official path of these types."""

from __future__ import annotations

from .._models.work_lease_state import WorkLeaseState as BetaWorkLeaseState

__all__ = [
    "BetaWorkLeaseState",
]
