# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.cmek_context_unavailable_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import CMEKContextUnavailableError as CMEKContextUnavailableError

__all__ = [
    "CMEKContextUnavailableError",
]
