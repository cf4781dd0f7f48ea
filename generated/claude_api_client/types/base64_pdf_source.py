# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.base64_pdf_source`: the official path of these types."""

from __future__ import annotations

from ._models.base64_pdf_source import Base64PDFSource as Base64PDFSource

__all__ = [
    "Base64PDFSource",
]
