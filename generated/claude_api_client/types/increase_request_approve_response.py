# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.increase_request_approve_response`: the official path of these types."""

from __future__ import annotations

from ._models.increase_request_approve_response import (
    IncreaseRequestApproveResponse as IncreaseRequestApproveResponse,
)

__all__ = [
    "IncreaseRequestApproveResponse",
]
