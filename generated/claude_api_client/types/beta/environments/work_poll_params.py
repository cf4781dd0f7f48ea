# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.work_poll_params`: the official path of these types."""

from __future__ import annotations

from ..._params.work_poll_params import WorkPollParams as WorkPollParams

__all__ = [
    "WorkPollParams",
]
