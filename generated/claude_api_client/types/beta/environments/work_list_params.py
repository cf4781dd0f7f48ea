# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.work_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.work_list_params import WorkListParams as WorkListParams

__all__ = [
    "WorkListParams",
]
