# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_signature_delta`: the official path of these types."""

from __future__ import annotations

from .._models.signature_delta import SignatureDelta as BetaSignatureDelta

__all__ = [
    "BetaSignatureDelta",
]
