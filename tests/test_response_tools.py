"""Tool definitions as responses report them (a compaction block's `tool_changes`), and the models
the document exports though no response carries them (`x-export`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pydantic
import pytest

from _support.scripts import scripts_module
from claude_api_client.types import ToolChangeToolDefinition
from claude_api_client.types.beta import (
    BetaMemoryTool20250818Command,
    BetaMemoryTool20250818StrReplaceCommand,
    BetaResponseTool,
    BetaToolBash20250124,
    BetaWebSearchTool20250305,
)
from claude_api_client.types.beta.beta_mcp_toolset import BetaMCPToolset


def _definition(tool: dict[str, Any]) -> Any:
    block = ToolChangeToolDefinition.model_validate({"type": "tool_definition", "definition": tool})
    assert block.to_dict()["definition"] == tool  # lossless, whichever member took it
    return block.definition


@pytest.mark.parametrize(
    ("tool", "expected"),
    [
        # a custom tool usually leaves its optional `type` out
        ({"name": "get_weather", "input_schema": {"type": "object"}}, BetaResponseTool),
        ({"type": "custom", "name": "f", "input_schema": {"type": "object"}}, BetaResponseTool),
        ({"type": "bash_20250124", "name": "bash"}, BetaToolBash20250124),
        (
            {
                "type": "web_search_20250305",
                "name": "web_search",
                "user_location": {"type": "approximate", "city": "Paris"},
                "cache_control": {"type": "ephemeral", "ttl": "5m"},
            },
            BetaWebSearchTool20250305,
        ),
        ({"type": "mcp_toolset", "mcp_server_name": "docs"}, BetaMCPToolset),
    ],
)
def test_a_reported_tool_definition_is_its_model(tool: dict[str, Any], expected: type) -> None:
    assert type(_definition(tool)) is expected


@pytest.mark.parametrize(
    "tool",
    [
        {"type": "tool_search_tool_bm25", "name": "tool_search"},  # the undated tag
        {"type": "calculator_20990101", "name": "calc", "precision": 12},  # a tool from the future
    ],
)
def test_other_tool_definitions_are_kept_whole(tool: dict[str, Any]) -> None:
    definition = _definition(tool)
    assert type(definition).__name__ == "UnknownVersionedToolUnion"
    assert definition.type == tool["type"]


def test_memory_commands_are_told_apart_by_command() -> None:
    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(BetaMemoryTool20250818Command)
    command = adapter.validate_python(
        {"command": "str_replace", "path": "/memories/a.md", "old_str": "x", "new_str": "y"}
    )
    assert isinstance(command, BetaMemoryTool20250818StrReplaceCommand)
    later = adapter.validate_python({"command": "archive", "path": "/memories/a.md"})
    assert type(later).__name__.startswith("Unknown") and later.command == "archive"


def test_exported_schemas_are_response_roots() -> None:
    graph = scripts_module("_generator.schema_graph")
    doc = {
        "paths": {},
        "components": {"schemas": {"Loose": {"type": "object", "x-export": True}, "Other": {}}},
    }
    assert graph.request_and_response_roots(doc) == (set(), {"Loose"})


def test_the_bundle_keeps_what_an_unreferenced_schema_reaches(tmp_path: Path) -> None:
    bundle = scripts_module("_openapi.bundle").bundle
    schemas = tmp_path / "components" / "schemas" / "x"
    schemas.mkdir(parents=True)
    (tmp_path / "openapi.yaml").write_text("openapi: 3.1.0\npaths: {}\n", encoding="utf-8")
    # `A` sorts first and reaches `B`: `B` must not be lost for having been reached already
    (schemas / "A.yaml").write_text("oneOf:\n- $ref: B.yaml\n", encoding="utf-8")
    (schemas / "B.yaml").write_text("type: object\n", encoding="utf-8")
    doc = bundle(tmp_path / "openapi.yaml")
    assert set(doc["components"]["schemas"]) == {"A", "B"}


def test_a_browser_click_target_is_a_point_or_an_element() -> None:
    from claude_api_client.types.beta import (
        BetaBrowserClickTarget,
        BetaBrowserCoordinateTarget,
        BetaBrowserRefTarget,
    )

    adapter: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(BetaBrowserClickTarget)
    point = adapter.validate_python({"type": "coordinate", "x": 10, "y": 20})
    assert isinstance(point, BetaBrowserCoordinateTarget) and (point.x, point.y) == (10, 20)
    assert isinstance(
        adapter.validate_python({"type": "ref", "ref": "ref_7"}), BetaBrowserRefTarget
    )
