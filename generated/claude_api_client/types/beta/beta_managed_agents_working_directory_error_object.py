# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.beta_managed_agents_working_directory_error_object`: the official path of these types."""

from __future__ import annotations

from .._models.managed_agents_working_directory_error_object import (
    ManagedAgentsWorkingDirectoryErrorObject as BetaManagedAgentsWorkingDirectoryErrorObject,
)

__all__ = [
    "BetaManagedAgentsWorkingDirectoryErrorObject",
]
