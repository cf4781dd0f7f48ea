# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.environment_delete_response`: the official path of these types."""

from __future__ import annotations

from ._models.environment_delete_response import (
    EnvironmentDeleteResponse as EnvironmentDeleteResponse,
)

__all__ = [
    "EnvironmentDeleteResponse",
]
