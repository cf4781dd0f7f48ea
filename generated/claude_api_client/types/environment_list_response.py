# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.environment_list_response`: the official path of these types."""

from __future__ import annotations

from ._models.environment_list_response import EnvironmentListResponse as EnvironmentListResponse

__all__ = [
    "EnvironmentListResponse",
]
