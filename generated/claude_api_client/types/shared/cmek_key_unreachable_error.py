# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.cmek_key_unreachable_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import CMEKKeyUnreachableError as CMEKKeyUnreachableError

__all__ = [
    "CMEKKeyUnreachableError",
]
