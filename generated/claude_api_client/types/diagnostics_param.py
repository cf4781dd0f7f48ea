# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.diagnostics_param`: the official path of these types."""

from __future__ import annotations

from ._params.diagnostics_param import DiagnosticsParam as DiagnosticsParam

__all__ = [
    "DiagnosticsParam",
]
