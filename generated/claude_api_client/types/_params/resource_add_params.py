# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam


class ResourceAddParams(TypedDict, total=False):
    """The parameters of `client.beta.sessions.resources.add(...)`, as one dict (`client.beta.sessions.resources.add(**params)`)."""

    type: Required[Literal["file"]]
    file_id: Required[str]
    mount_path: str | None
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
