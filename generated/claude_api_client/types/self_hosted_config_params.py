# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.self_hosted_config_params`: the official path of these types."""

from __future__ import annotations

from ._params.self_hosted_config_params import SelfHostedConfigParams as SelfHostedConfigParams

__all__ = [
    "SelfHostedConfigParams",
]
