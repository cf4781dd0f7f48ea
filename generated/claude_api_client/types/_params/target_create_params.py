# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Sequence

from typing_extensions import Required, TypedDict

from .anthropic_beta_param import AnthropicBetaParam
from .claude_tag_bundle_target_create_param import ClaudeTagBundleTargetCreateParam


class TargetCreateParams(TypedDict, total=False):
    """The parameters of `client.beta.organization.claude_tag.bundles.targets.create(...)`, as one dict (`client.beta.organization.claude_tag.bundles.targets.create(**params)`)."""

    target: Required[ClaudeTagBundleTargetCreateParam]
    workspace_id: str
    betas: Sequence[AnthropicBetaParam]
