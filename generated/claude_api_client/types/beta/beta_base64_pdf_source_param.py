# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_base64_pdf_source_param`: the official path of these types."""

from __future__ import annotations

from .._params.base64_pdf_source_param import Base64PDFSourceParam as BetaBase64PDFSourceParam

__all__ = [
    "BetaBase64PDFSourceParam",
]
