# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsSandboxPathResourceParams(TypedDict):
    """
    Bedrock: a path of the session's sandbox named as a resource.
    """

    type: Literal["sandbox_path"]
    """
    Always `sandbox_path`.
    """
    path: str
    """
    The absolute path in the sandbox.
    """
    description: NotRequired[str | None]
    """
    What the path holds, for the agent; null for none.
    """
    instructions: NotRequired[str | None]
    """
    How the agent should use the path; null for none.
    """
    is_output: NotRequired[bool | None]
    """
    Whether the session's results go here; null for no.
    """
