# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .managed_agents_memory_store_resource_param import (
    ManagedAgentsMemoryStoreResourceParam,
)
from .managed_agents_s3_mount_resource_params import ManagedAgentsS3MountResourceParams
from .managed_agents_s3_object_resource_params import (
    ManagedAgentsS3ObjectResourceParams,
)
from .managed_agents_sandbox_path_resource_params import (
    ManagedAgentsSandboxPathResourceParams,
)

ManagedAgentsBedrockSessionResourceParams: TypeAlias = (
    ManagedAgentsMemoryStoreResourceParam
    | ManagedAgentsS3MountResourceParams
    | ManagedAgentsS3ObjectResourceParams
    | ManagedAgentsSandboxPathResourceParams
)
"""
Bedrock: one resource a session starts with, told apart by `type`.
"""
