# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_output_config_param`: the official path of these types."""

from __future__ import annotations

from .._params.output_config_param import OutputConfigParam as BetaOutputConfigParam

__all__ = [
    "BetaOutputConfigParam",
]
