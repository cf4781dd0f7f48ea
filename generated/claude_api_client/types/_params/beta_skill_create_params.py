# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence
from typing import TypedDict

from typing_extensions import NotRequired

from .anthropic_beta_param import AnthropicBetaParam


class BetaSkillCreateParams(TypedDict):
    """
    Multipart form that creates a skill from the files of its first version.
    """

    files: Sequence[bytes]
    """
    The skill's files, all under one top-level directory that holds a SKILL.md at its root.
    """
    display_name: NotRequired[str | None]
    """
    Label for people (at most 255 characters); defaults to the `name` in SKILL.md.
    """
    display_title: NotRequired[str | None]
    """
    Label for people, as the beta calls it; never shown to the model.
    """
    betas: NotRequired[Sequence[AnthropicBetaParam]]
    """
    Beta features to enable for this call, sent as the `anthropic-beta` header.
    """
    workspace_id: NotRequired[str]
    """
    The Workspace the request acts in (`wrkspc_…`); needed only by credentials that can act in more than one Workspace, and must match a Workspace-bound credential's own.
    """
