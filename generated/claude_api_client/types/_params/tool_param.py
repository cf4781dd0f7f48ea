# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from typing_extensions import NotRequired

from .allowed_caller_param import AllowedCallerParam
from .cache_control_ephemeral_param import CacheControlEphemeralParam
from .tool_input_schema_param import ToolInputSchemaParam


class ToolParam(TypedDict):
    """
    A custom tool that the caller implements, described by a JSON Schema.
    """

    type: NotRequired[Literal["custom"]]
    """
    Optional tag; `custom` or absent.
    """
    description: NotRequired[str]
    """
    What the tool does; detailed descriptions help the model.
    """
    name: str
    """
    Name the model calls the tool by.
    """
    input_schema: ToolInputSchemaParam
    """
    JSON Schema of the tool's input.
    """
    cache_control: NotRequired[CacheControlEphemeralParam | None]
    """
    Sets a prompt-cache breakpoint after this item.
    """
    strict: NotRequired[bool]
    """
    Guarantee that tool names and inputs match the tool definition.
    """
    eager_input_streaming: NotRequired[bool | None]
    """
    Stream this tool's input as it is generated (true), never (false), or as the betas decide (null).
    """
    allowed_callers: NotRequired[Sequence[AllowedCallerParam]]
    """
    Who may invoke this tool: the model directly and/or code running in the code execution tool.
    """
    defer_loading: NotRequired[bool]
    """
    Leave the tool out of the initial prompt until a tool search returns a reference to it.
    """
    input_examples: NotRequired[Sequence[Mapping[str, Any]]]
    """
    Sample inputs that show the model how to call the tool.
    """
