# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class WorkHeartbeatParams(TypedDict, total=False):
    """The parameters of `client.beta.environments.work.heartbeat(...)`, as one dict (`client.beta.environments.work.heartbeat(**params)`)."""

    environment_id: Required[str]
    desired_ttl_seconds: int | None
    expected_last_heartbeat: str | None
    workspace_id: str
    authorization: str
    betas: Sequence[AnthropicBetaParam]
