# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.error_event`: the official path of these types."""

from __future__ import annotations

from ._models.error_event import ErrorEvent as ErrorEvent

__all__ = [
    "ErrorEvent",
]
