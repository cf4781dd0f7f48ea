# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.messages.batch_create_params`: the official path of these types."""

from __future__ import annotations

from .._params.batch_create_params import BatchCreateParams as BatchCreateParams
from .._params.batch_request_param import BatchRequestParam as Request

__all__ = [
    "BatchCreateParams",
    "Request",
]
