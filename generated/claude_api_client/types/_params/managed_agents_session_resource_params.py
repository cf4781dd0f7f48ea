# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_file_resource_params import ManagedAgentsFileResourceParams
from .managed_agents_git_hub_repository_resource_params import (
    ManagedAgentsGitHubRepositoryResourceParams,
)
from .managed_agents_memory_store_resource_param import (
    ManagedAgentsMemoryStoreResourceParam,
)

ManagedAgentsSessionResourceParams: TypeAlias = (
    ManagedAgentsGitHubRepositoryResourceParams
    | ManagedAgentsFileResourceParams
    | ManagedAgentsMemoryStoreResourceParam
)
"""
One of the session resource params shapes, told apart by `type`.
"""
