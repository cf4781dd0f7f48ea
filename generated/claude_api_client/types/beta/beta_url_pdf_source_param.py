# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_url_pdf_source_param`: the official path of these types."""

from __future__ import annotations

from .._params.urlpdf_source_param import URLPDFSourceParam as BetaURLPDFSourceParam

__all__ = [
    "BetaURLPDFSourceParam",
]
