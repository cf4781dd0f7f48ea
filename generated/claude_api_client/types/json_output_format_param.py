# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.json_output_format_param`: the official path of these types."""

from __future__ import annotations

from ._params.json_output_format_param import JSONOutputFormatParam as JSONOutputFormatParam

__all__ = [
    "JSONOutputFormatParam",
]
