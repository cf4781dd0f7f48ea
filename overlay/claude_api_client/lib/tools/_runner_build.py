"""What a tool runner is built from: the arguments of `client.beta.messages.tool_runner()`, or
of the runner classes' own constructors (as in the official package: either a message thread,
or the request parameters with the tools and the client).

Both end in the internal arguments of `_RunnerState._setup`: the function that sends one turn
(`create`: a message thread's, or `client.beta.messages.parse` / `stream`), the parameters of
the first request, the tools, `max_iterations`, the output format and `run_tools_eagerly`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..._core._types import NotGiven

__all__ = ["from_constructor", "from_params", "refuse_thread_param"]


def refuse_thread_param(thread: object) -> None:
    """Refuse a `thread` other than False among a runner's request parameters."""
    if thread is not None and thread is not False and not isinstance(thread, NotGiven):
        raise TypeError(
            f"thread: the tool runner sets `thread` on each request itself, got {thread!r}; "
            "pass thread=False to tool_runner() to run without a message thread"
        )


def from_params(
    messages: Any,
    kind: str,
    params: Mapping[str, Any],
    tools: Iterable[Any],
    max_iterations: int | None,
    run_tools_eagerly: bool,
) -> dict[str, Any]:
    """The runner `kind` of `tool_runner(**params, tools=tools, ...)` on `messages` (a
    `client.beta.messages` resource): over a new message thread unless `params` has
    `thread=False` or the client has no message threads."""
    params = dict(params)
    output_format = params.pop("output_format", None)
    if isinstance(output_format, NotGiven):
        output_format = None
    thread = params.pop("thread", None)
    refuse_thread_param(thread)
    if thread is not False and getattr(messages._client, "_supports_message_threads", True):
        # As the official runner: the server holds the conversation, each turn sends only what
        # is new (see lib/threads).
        from ..threads._thread import thread_runner_arguments

        return thread_runner_arguments(
            messages._client, kind, params, tools, max_iterations, output_format, run_tools_eagerly
        )
    return {
        "create": getattr(messages, "stream" if "Streaming" in kind else "parse"),
        "params": params,
        "tools": tools,
        "max_iterations": max_iterations,
        "output_format": output_format,
        "run_tools_eagerly": run_tools_eagerly,
    }


def from_constructor(kind: str, given: Mapping[str, Any]) -> tuple[dict[str, Any], list[Any]]:
    """The arguments of a runner class's constructor turned into the internal ones, with the
    runnable tools that run without being sent (see below).

    `thread`: the loop runs over that thread, with its tools. `params`, `tools` and `client`:
    over the thread `client.beta.messages.tool_runner()` would make of `params`, whose `tools`
    are the definitions sent; a runnable tool of `tools` runs in place of the definition of its
    name there, and one not named there runs without being sent. `options` are the request
    options (`extra_headers` …) of every request. `given`: the constructor's keyword arguments.
    """
    thread, params, tools, client = (given.get(k) for k in ("thread", "params", "tools", "client"))
    options: Mapping[str, Any] = given["options"]
    max_iterations: int | None = given.get("max_iterations")
    run_tools_eagerly: bool = given.get("run_tools_eagerly", False)
    if thread is not None and params is None and tools is None and client is None:
        streaming = "Streaming" in kind
        arguments = thread._runner_arguments(
            max_iterations, options, run_tools_eagerly=run_tools_eagerly
        )
        create = thread._runner_stream if streaming else thread._runner_parse
        return {"create": create, **arguments}, []
    if thread is None and params is not None and tools is not None and client is not None:
        runnable = {getattr(tool, "name", None): tool for tool in tools}
        sent: list[Any] = []
        for definition in params.get("tools") or ():
            name = getattr(definition, "name", None) or (
                definition.get("name") if isinstance(definition, Mapping) else None
            )
            sent.append(runnable.pop(name, definition) if name is not None else definition)
        request = {**{k: v for k, v in params.items() if k != "tools"}, **options}
        arguments = from_params(
            client.beta.messages, kind, request, sent, max_iterations, run_tools_eagerly
        )
        return arguments, list(runnable.values())
    named = [
        f"`{name}`"
        for name in ("thread", "params", "tools", "client")
        if given.get(name) is not None
    ]
    raise TypeError(
        "a tool runner is built from either `thread`, or `params`, `tools` and `client` "
        f"together; got {', '.join(named) or 'none of them'}"
    )
