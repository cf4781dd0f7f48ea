# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class WorkPollParams(TypedDict, total=False):
    """The parameters of `client.beta.environments.work.poll(...)`, as one dict (`client.beta.environments.work.poll(**params)`)."""

    block_ms: int | None
    reclaim_older_than_ms: int | None
    workspace_id: str
    anthropic_worker_id: str
    authorization: str
    betas: Sequence[AnthropicBetaParam]
