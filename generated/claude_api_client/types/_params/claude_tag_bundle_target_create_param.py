# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .claude_tag_slack_channel_bundle_target_create_param import (
    ClaudeTagSlackChannelBundleTargetCreateParam,
)
from .claude_tag_slack_workspace_bundle_target_create_param import (
    ClaudeTagSlackWorkspaceBundleTargetCreateParam,
)

ClaudeTagBundleTargetCreateParam: TypeAlias = (
    ClaudeTagSlackChannelBundleTargetCreateParam | ClaudeTagSlackWorkspaceBundleTargetCreateParam
)
"""
Where to attach a bundle (the whole request body).
"""
