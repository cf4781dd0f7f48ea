# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.anthropic_beta_param`: the official path of these types."""

from __future__ import annotations

from ._params.anthropic_beta_param import AnthropicBetaParam as AnthropicBetaParam

__all__ = [
    "AnthropicBetaParam",
]
