# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsSandboxPathSkillParam(TypedDict):
    """
    Bedrock: a skill already present at a path of the sandbox.
    """

    path: str
    """
    Path of the skill in the sandbox.
    """
    type: Literal["sandbox_path"]
    """
    Always `sandbox_path`.
    """
