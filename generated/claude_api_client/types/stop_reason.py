# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.stop_reason`: the official path of these types."""

from __future__ import annotations

from ._models.stop_reason import StopReason as StopReason

__all__ = [
    "StopReason",
]
