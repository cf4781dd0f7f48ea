# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_mcp_server_url_definition import (
        ManagedAgentsMCPServerURLDefinition,
    )
    from .unknown_managed_agents_mcp_server import UnknownManagedAgentsMCPServer


if TYPE_CHECKING:
    ManagedAgentsMCPServer = TypeAliasType(
        "ManagedAgentsMCPServer",
        Annotated[
            Union[
                Annotated[
                    Union[ManagedAgentsMCPServerURLDefinition,],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsMCPServer,
                    AfterValidator(unknown_tag("type", ["url"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsMCPServer = lazy_union(
        "ManagedAgentsMCPServer",
        "type",
        {
            "url": ".managed_agents_mcp_server_url_definition:ManagedAgentsMCPServerURLDefinition",
        },
        ".unknown_managed_agents_mcp_server:UnknownManagedAgentsMCPServer",
        __package__,
    )
