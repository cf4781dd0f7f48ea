# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .memory_tool20250818_create_command import MemoryTool20250818CreateCommand
    from .memory_tool20250818_delete_command import MemoryTool20250818DeleteCommand
    from .memory_tool20250818_insert_command import MemoryTool20250818InsertCommand
    from .memory_tool20250818_rename_command import MemoryTool20250818RenameCommand
    from .memory_tool20250818_str_replace_command import MemoryTool20250818StrReplaceCommand
    from .memory_tool20250818_view_command import MemoryTool20250818ViewCommand
    from .unknown_memory_tool20250818_command import UnknownMemoryTool20250818Command


if TYPE_CHECKING:
    MemoryTool20250818Command = TypeAliasType(
        "MemoryTool20250818Command",
        Annotated[
            Union[
                Annotated[
                    Union[
                        MemoryTool20250818ViewCommand,
                        MemoryTool20250818CreateCommand,
                        MemoryTool20250818StrReplaceCommand,
                        MemoryTool20250818InsertCommand,
                        MemoryTool20250818DeleteCommand,
                        MemoryTool20250818RenameCommand,
                    ],
                    Field(discriminator="command"),
                ],
                Annotated[
                    UnknownMemoryTool20250818Command,
                    AfterValidator(
                        unknown_tag(
                            "command",
                            [
                                "create",
                                "delete",
                                "insert",
                                "rename",
                                "str_replace",
                                "view",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    MemoryTool20250818Command = lazy_union(
        "MemoryTool20250818Command",
        "command",
        {
            "view": ".memory_tool20250818_view_command:MemoryTool20250818ViewCommand",
            "create": ".memory_tool20250818_create_command:MemoryTool20250818CreateCommand",
            "str_replace": ".memory_tool20250818_str_replace_command:MemoryTool20250818StrReplaceCommand",
            "insert": ".memory_tool20250818_insert_command:MemoryTool20250818InsertCommand",
            "delete": ".memory_tool20250818_delete_command:MemoryTool20250818DeleteCommand",
            "rename": ".memory_tool20250818_rename_command:MemoryTool20250818RenameCommand",
        },
        ".unknown_memory_tool20250818_command:UnknownMemoryTool20250818Command",
        __package__,
    )
