# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_self_hosted_config`: the official path of these types."""

from __future__ import annotations

from .._models.self_hosted_config import SelfHostedConfig as BetaSelfHostedConfig

__all__ = [
    "BetaSelfHostedConfig",
]
