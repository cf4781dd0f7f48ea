# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class Base64PDFSource(APIModel):
    """A PDF given inline as base64 data (used in requests and echoed in responses)."""

    data: str
    media_type: Literal["application/pdf"]
    type: Literal["base64"]
