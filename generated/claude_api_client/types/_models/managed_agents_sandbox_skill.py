# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_s3_mount_skill import ManagedAgentsS3MountSkill
    from .managed_agents_sandbox_path_skill import ManagedAgentsSandboxPathSkill
    from .unknown_managed_agents_sandbox_skill import UnknownManagedAgentsSandboxSkill


if TYPE_CHECKING:
    ManagedAgentsSandboxSkill = TypeAliasType(
        "ManagedAgentsSandboxSkill",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsSandboxPathSkill,
                        ManagedAgentsS3MountSkill,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSandboxSkill,
                    AfterValidator(unknown_tag("type", ["s3_mount", "sandbox_path"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSandboxSkill = lazy_union(
        "ManagedAgentsSandboxSkill",
        "type",
        {
            "sandbox_path": ".managed_agents_sandbox_path_skill:ManagedAgentsSandboxPathSkill",
            "s3_mount": ".managed_agents_s3_mount_skill:ManagedAgentsS3MountSkill",
        },
        ".unknown_managed_agents_sandbox_skill:UnknownManagedAgentsSandboxSkill",
        __package__,
    )
