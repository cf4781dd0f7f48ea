# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_self_hosted_config_params`: the official path of these types."""

from __future__ import annotations

from .._params.self_hosted_config_params import SelfHostedConfigParams as BetaSelfHostedConfigParams

__all__ = [
    "BetaSelfHostedConfigParams",
]
