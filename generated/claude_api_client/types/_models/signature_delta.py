# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class SignatureDelta(APIModel):
    """The signature of a thinking block."""

    signature: str
    """Signature of the thinking block, sent once at its end."""
    type: Literal["signature_delta"]
    """Always `signature_delta`."""
