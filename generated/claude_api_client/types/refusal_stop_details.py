# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.refusal_stop_details`: the official path of these types."""

from __future__ import annotations

from ._models.refusal_stop_details import RefusalStopDetails as RefusalStopDetails

__all__ = [
    "RefusalStopDetails",
]
