# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.environments.beta_self_hosted_work`: the official path of these types."""

from __future__ import annotations

from ..._models.self_hosted_work import SelfHostedWork as BetaSelfHostedWork

__all__ = [
    "BetaSelfHostedWork",
]
