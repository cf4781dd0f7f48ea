# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.beta_session_work_data`: the official path of these types."""

from __future__ import annotations

from ..._models.session_work_data import SessionWorkData as BetaSessionWorkData

__all__ = [
    "BetaSessionWorkData",
]
