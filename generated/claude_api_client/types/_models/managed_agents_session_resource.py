# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_file_resource import ManagedAgentsFileResource
from .managed_agents_git_hub_repository_resource import (
    ManagedAgentsGitHubRepositoryResource,
)
from .managed_agents_memory_store_resource import ManagedAgentsMemoryStoreResource
from .unknown_managed_agents_session_resource import UnknownManagedAgentsSessionResource

ManagedAgentsSessionResource = TypeAliasType(
    "ManagedAgentsSessionResource",
    Annotated[
        Union[
            Annotated[
                Union[
                    ManagedAgentsGitHubRepositoryResource,
                    ManagedAgentsFileResource,
                    ManagedAgentsMemoryStoreResource,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownManagedAgentsSessionResource,
                AfterValidator(unknown_tag("type", ["file", "github_repository", "memory_store"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
