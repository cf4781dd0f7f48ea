# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.increase_request_deny_params`: the official path of these types."""

from __future__ import annotations

from ._params.increase_request_deny_params import (
    IncreaseRequestDenyParams as IncreaseRequestDenyParams,
)

__all__ = [
    "IncreaseRequestDenyParams",
]
