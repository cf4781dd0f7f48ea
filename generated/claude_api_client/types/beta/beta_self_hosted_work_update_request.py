# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_self_hosted_work_update_request`: the official path of these types."""

from __future__ import annotations

from .._params.self_hosted_work_update_request_param import (
    SelfHostedWorkUpdateRequestParam as BetaSelfHostedWorkUpdateRequest,
)

__all__ = [
    "BetaSelfHostedWorkUpdateRequest",
]
