# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class Base64PDFSourceParam(TypedDict):
    """
    A PDF given inline as base64 data (used in requests and echoed in responses).
    """

    data: str
    """
    Base64-encoded file content.
    """
    media_type: Literal["application/pdf"]
    """
    MIME type of the data.
    """
    type: Literal["base64"]
    """
    Always `base64`.
    """
