# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_s3_mount_skill_param import ManagedAgentsS3MountSkillParam
from .managed_agents_sandbox_path_skill_param import ManagedAgentsSandboxPathSkillParam

ManagedAgentsSandboxSkillParam: TypeAlias = (
    ManagedAgentsSandboxPathSkillParam | ManagedAgentsS3MountSkillParam
)
"""
Bedrock: a skill the sandbox provides, told apart by `type`.
"""
