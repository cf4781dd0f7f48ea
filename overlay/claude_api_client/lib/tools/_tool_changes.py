"""What `add_tools()` / `remove_tools()` of a tool runner send: the `inline-tools-2026-09-15`
beta tells the model about tools that come and go in `tool_addition` / `tool_removal` blocks of
a `system` message, so the `tools` parameter (and the prompt cache behind it) stays as it was."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._toolsets._contract import TOOLSET_TYPES
from ._toolsets._errors import ToolsetContractError, ToolsetsFixedError
from ._toolsets._text import quoted_name

__all__ = [
    "addition_block",
    "available_names",
    "check_addable",
    "check_removable",
    "declared_names",
    "removal_block",
    "removed_name",
    "system_turn",
    "tool_family",
]

_DATE_SUFFIX = re.compile(r"_\d{8}$")


def tool_family(definition: Mapping[str, Any]) -> str:
    """The toolset family a definition belongs to for the API: its `type` without a trailing
    date and `_toolset` (`browser_toolset_20260801` → `browser`; no type → `custom`)."""
    kind = definition.get("type") or "custom"
    return _DATE_SUFFIX.sub("", str(kind)).removesuffix("_toolset")


def declared_names(definitions: Any) -> set[str]:
    """What the definitions of a `tools` parameter declare: tool names, and the family of a
    toolset entry (which has no name). A name that a new `tools` no longer declares stops
    running (`set_messages_params()`)."""
    declared: set[str] = set()
    for definition in definitions or ():
        if isinstance(definition, Mapping):
            declared.add(str(definition.get("name") or tool_family(definition)))
    return declared


def check_addable(tools: tuple[Any, ...], families: Mapping[str, Any]) -> None:
    """Refuse, before anything is added, a tool that would change the runner's toolsets."""
    for tool in tools:
        if isinstance(tool, TOOLSET_TYPES):
            raise ToolsetsFixedError("add", tool.toolset_name)
        if isinstance(tool, Mapping) and tool_family(tool) in families:
            # The API would read it as a replacement of that toolset.
            raise ToolsetsFixedError("replace", tool_family(tool))
        name = tool.get("name") if isinstance(tool, Mapping) else tool.name
        if isinstance(name, str) and name in families:
            raise ToolsetContractError(
                f"add_tools() can't add a tool named '{quoted_name(name)}': the runner's "
                f"{quoted_name(name)} toolset has that name; give the tool another name"
            )


def check_removable(tools: tuple[Any, ...], families: Mapping[str, Any]) -> None:
    """Refuse, before anything is removed, a toolset or the name of one."""
    for tool in tools:
        if isinstance(tool, TOOLSET_TYPES):
            raise ToolsetsFixedError("remove", tool.toolset_name)
        if removed_name(tool) in families:
            raise ToolsetsFixedError("remove", removed_name(tool))


def removed_name(tool: Any) -> str:
    return tool if isinstance(tool, str) else str(tool.name)


def addition_block(definition: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "type": "tool_addition",
        "tool": {"type": "tool_definition", "definition": dict(definition)},
    }


def removal_block(name: str) -> dict[str, Any]:
    return {"type": "tool_removal", "tool": {"type": "tool_reference", "name": name}}


def system_turn(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """The message that carries the changes, appended before the next request."""
    return {"role": "system", "content": blocks}


def available_names(messages: Any, names: Any) -> set[str]:
    """Which of the runnable tool `names` the model still has after the tool changes in the
    history `messages`, in order: the `tool_removal` / `tool_addition` blocks of `system`
    messages, and the `tool_changes` of the `compaction` blocks that stand in for the system
    messages they summarized. A removal is only a hint to the model, which may still call the
    tool: the call then gets the not-found result, as the official runner sends."""
    available = set(names)
    for message in messages:
        content = message.get("content") if isinstance(message, Mapping) else None
        if not isinstance(content, list):
            continue
        for block in content:
            block = _as_dict(block)
            if message.get("role") == "system":
                _fold(block, available)
            elif message.get("role") == "assistant" and block.get("type") == "compaction":
                for change in block.get("tool_changes") or ():
                    _fold(_as_dict(change), available)
    return available


def _as_dict(block: Any) -> Mapping[str, Any]:
    if isinstance(block, Mapping):
        return block
    to_dict = getattr(block, "to_dict", None)
    return to_dict() if callable(to_dict) else {}


def _fold(block: Mapping[str, Any], available: set[str]) -> None:
    """Apply one tool change; an MCP reference or an unknown kind changes nothing here."""
    kind = block.get("type")
    if kind not in ("tool_removal", "tool_addition"):
        return
    tool = _as_dict(block.get("tool"))
    if tool.get("type") == "tool_reference":
        name = tool.get("name")
    elif tool.get("type") == "tool_definition":
        name = _as_dict(tool.get("definition")).get("name")
    else:
        return
    if isinstance(name, str):
        (available.discard if kind == "tool_removal" else available.add)(name)
