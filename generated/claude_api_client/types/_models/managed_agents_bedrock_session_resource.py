# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_bedrock_memory_store_resource import (
        ManagedAgentsBedrockMemoryStoreResource,
    )
    from .managed_agents_s3_mount_resource import ManagedAgentsS3MountResource
    from .managed_agents_s3_object_resource import ManagedAgentsS3ObjectResource
    from .managed_agents_sandbox_path_resource import ManagedAgentsSandboxPathResource
    from .unknown_managed_agents_bedrock_session_resource import (
        UnknownManagedAgentsBedrockSessionResource,
    )


if TYPE_CHECKING:
    ManagedAgentsBedrockSessionResource = TypeAliasType(
        "ManagedAgentsBedrockSessionResource",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBedrockMemoryStoreResource,
                        ManagedAgentsS3MountResource,
                        ManagedAgentsS3ObjectResource,
                        ManagedAgentsSandboxPathResource,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBedrockSessionResource,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            ["memory_store", "s3_mount", "s3_object", "sandbox_path"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBedrockSessionResource = lazy_union(
        "ManagedAgentsBedrockSessionResource",
        "type",
        {
            "memory_store": ".managed_agents_bedrock_memory_store_resource:ManagedAgentsBedrockMemoryStoreResource",
            "s3_mount": ".managed_agents_s3_mount_resource:ManagedAgentsS3MountResource",
            "s3_object": ".managed_agents_s3_object_resource:ManagedAgentsS3ObjectResource",
            "sandbox_path": ".managed_agents_sandbox_path_resource:ManagedAgentsSandboxPathResource",
        },
        ".unknown_managed_agents_bedrock_session_resource:UnknownManagedAgentsBedrockSessionResource",
        __package__,
    )
