"""What `x-sdk-helpers` adds to an operation's methods (see openapi/extensions.md).

The helper code itself lives in `claude_api_client.lib._mixins`, which only the layer-3 half of a
namespace (`resources/<module>.py`, `templates/client/resource_helpers.py.jinja`) imports; this
only shapes the signatures that template renders, so that every helper method has the operation's
own typed parameters and nothing is written twice.
"""

from __future__ import annotations

from typing import Any

# The output format a helper method accepts; generic where the method returns the parsed type.
FORMAT_HINT = "type[Any] | Mapping[str, object] | None"
PARSE_FORMAT_HINT = "type[ResponseFormatT] | Mapping[str, object] | None"
RUNNER_TOOLS_HINT = "Iterable[{runnable} | {toolset} | {definition}]"
RUNNER_THREAD_HINT = "Literal[False] | None"
# Request fields `tool_runner()` doesn't take: it sets `tools` and `output_format` itself, and
# `compaction` would compact again on every turn (the runner has compact_before_next_turn()).
RUNNER_NOT_TAKEN = ("tools", "output_format", "compaction")


def _with_format(optional: list[dict[str, Any]], hint: str) -> list[dict[str, Any]]:
    """`optional` with `output_format` taking `hint` (added when the surface lacks the field)."""
    out = [a for a in optional if a["py_name"] != "output_format"]
    return [*out, {"py_name": "output_format", "hint": hint, "name": "output_format"}]


def helper_view(
    spec: dict[str, Any] | None, view: dict[str, Any], beta: bool, method: str
) -> dict[str, Any]:
    """The template's view of an operation's `x-sdk-helpers` in one surface (GA or beta)."""
    if not spec:
        return {"mixin": None, "output_format": False, "parse": False, "tool_runner": False}
    stem = spec["mixin"]
    names = {
        "sync": ("Beta" if beta else "") + stem,
        "async_": "Async" + ("Beta" if beta else "") + stem,
    }
    wire = any(a["py_name"] == "output_format" for a in view["args"])
    optional = view["keyword_optional"]
    helpers: dict[str, Any] = {
        "mixin": names,
        "output_format": bool(spec.get("output-format")),
        "wire_format": wire,
        "format_optional": _with_format(optional, FORMAT_HINT),
        "parse": bool(spec.get("parse")),
        "parse_optional": _with_format(optional, PARSE_FORMAT_HINT),
        "tool_runner": bool(spec.get("tool-runner")) and beta,
    }
    if helpers["tool_runner"]:
        tools = next((a for a in view["args"] if a["py_name"] == "tools"), None)
        definition = (
            tools["hint"].removeprefix("Sequence[").removesuffix("]") if tools else "object"
        )
        runner_optional = [
            # The runner sets `thread` itself; `thread=False` runs it without a message thread.
            {**a, "hint": RUNNER_THREAD_HINT} if a["py_name"] == "thread" else a
            for a in optional
            if a["py_name"] not in RUNNER_NOT_TAKEN
        ]
        for kind, runnable, toolset in (
            ("sync", "BetaRunnableTool", "BetaRunnableToolset"),
            ("async", "BetaAsyncRunnableTool", "BetaAsyncRunnableToolset"),
        ):
            hint = RUNNER_TOOLS_HINT.format(
                runnable=runnable, toolset=toolset, definition=definition
            )
            helpers[f"runner_required_{kind}"] = [
                *view["keyword_required"],
                {"py_name": "tools", "hint": hint},
            ]
        helpers["runner_optional"] = [
            *runner_optional,
            {"py_name": "max_iterations", "hint": "int"},
            {"py_name": "run_tools_eagerly", "hint": "bool"},
            {"py_name": "output_format", "hint": PARSE_FORMAT_HINT},
        ]
        skip = (*RUNNER_NOT_TAKEN, view["stream_param"])
        helpers["runner_params"] = [a["py_name"] for a in view["args"] if a["py_name"] not in skip]
    return helpers
