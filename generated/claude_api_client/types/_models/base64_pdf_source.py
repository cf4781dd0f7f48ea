# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class Base64PDFSource(APIModel):
    """A PDF given inline as base64 data (used in requests and echoed in responses)."""

    data: str
    """Base64-encoded file content."""
    media_type: Literal["application/pdf"]
    """MIME type of the data."""
    type: Literal["base64"]
    """Always `base64`."""
