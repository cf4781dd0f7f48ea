# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.shared.cmek_key_disabled_error`: the official path of these types."""

from __future__ import annotations

from ..._error_classes import CMEKKeyDisabledError as CMEKKeyDisabledError

__all__ = [
    "CMEKKeyDisabledError",
]
