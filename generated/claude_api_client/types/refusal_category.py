# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.refusal_category`: the official path of these types."""

from __future__ import annotations

from ._models.refusal_category import RefusalCategory as RefusalCategory

__all__ = [
    "RefusalCategory",
]
