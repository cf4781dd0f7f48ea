# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_bash_tool_config import ManagedAgentsBashToolConfig
    from .managed_agents_edit_tool_config import ManagedAgentsEditToolConfig
    from .managed_agents_glob_tool_config import ManagedAgentsGlobToolConfig
    from .managed_agents_grep_tool_config import ManagedAgentsGrepToolConfig
    from .managed_agents_read_tool_config import ManagedAgentsReadToolConfig
    from .managed_agents_web_fetch_tool_config import ManagedAgentsWebFetchToolConfig
    from .managed_agents_web_search_tool_config import ManagedAgentsWebSearchToolConfig
    from .managed_agents_write_tool_config import ManagedAgentsWriteToolConfig
    from .unknown_managed_agents_agent_tool_config_union import (
        UnknownManagedAgentsAgentToolConfigUnion,
    )


if TYPE_CHECKING:
    ManagedAgentsAgentToolConfigUnion = TypeAliasType(
        "ManagedAgentsAgentToolConfigUnion",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsBashToolConfig,
                        ManagedAgentsEditToolConfig,
                        ManagedAgentsReadToolConfig,
                        ManagedAgentsWriteToolConfig,
                        ManagedAgentsGlobToolConfig,
                        ManagedAgentsGrepToolConfig,
                        ManagedAgentsWebFetchToolConfig,
                        ManagedAgentsWebSearchToolConfig,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsAgentToolConfigUnion,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "bash",
                                "edit",
                                "glob",
                                "grep",
                                "read",
                                "web_fetch",
                                "web_search",
                                "write",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsAgentToolConfigUnion = lazy_union(
        "ManagedAgentsAgentToolConfigUnion",
        "type",
        {
            "bash": ".managed_agents_bash_tool_config:ManagedAgentsBashToolConfig",
            "edit": ".managed_agents_edit_tool_config:ManagedAgentsEditToolConfig",
            "read": ".managed_agents_read_tool_config:ManagedAgentsReadToolConfig",
            "write": ".managed_agents_write_tool_config:ManagedAgentsWriteToolConfig",
            "glob": ".managed_agents_glob_tool_config:ManagedAgentsGlobToolConfig",
            "grep": ".managed_agents_grep_tool_config:ManagedAgentsGrepToolConfig",
            "web_fetch": ".managed_agents_web_fetch_tool_config:ManagedAgentsWebFetchToolConfig",
            "web_search": ".managed_agents_web_search_tool_config:ManagedAgentsWebSearchToolConfig",
        },
        ".unknown_managed_agents_agent_tool_config_union:UnknownManagedAgentsAgentToolConfigUnion",
        __package__,
    )
