# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.output_config_param`: the official path of these types."""

from __future__ import annotations

from ._params.output_config_param import OutputConfigParam as OutputConfigParam

__all__ = [
    "OutputConfigParam",
]
