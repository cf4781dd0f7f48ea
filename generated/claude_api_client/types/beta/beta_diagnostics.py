# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_diagnostics`: the official path of these types."""

from __future__ import annotations

from .._models.diagnostics import Diagnostics as BetaDiagnostics

__all__ = [
    "BetaDiagnostics",
]
