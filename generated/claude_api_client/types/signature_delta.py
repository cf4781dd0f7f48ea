# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.signature_delta`: the official path of these types."""

from __future__ import annotations

from ._models.signature_delta import SignatureDelta as SignatureDelta

__all__ = [
    "SignatureDelta",
]
