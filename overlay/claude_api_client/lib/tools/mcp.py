"""Use what an MCP server offers with the Claude API: its tools in the tool runner, its prompts
as messages, its resources as content blocks or files to upload.

Needs the `mcp` package (`pip install "claude-api-client[mcp]"`); this module is the only one that
imports it. Both releases of the `mcp` SDK are read: 1.x names fields in camelCase
(`tool.inputSchema`), 2.x in snake_case (`tool.input_schema`).

    from claude_api_client.lib.tools.mcp import async_mcp_tool

    listed = await session.list_tools()
    runner = client.beta.messages.tool_runner(
        model="claude-sonnet-4-5", max_tokens=1024,
        tools=[async_mcp_tool(tool, session) for tool in listed.tools],
        messages=[{"role": "user", "content": "..."}],
    )
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast
from urllib.parse import urlparse

from .._extras import require

require("mcp.types", library="mcp", extra="mcp")  # else MissingDependencyError naming the extra

import mcp.types as _mcp  # noqa: E402

from ._functions import (  # noqa: E402
    BetaAsyncFunctionTool,
    BetaFunctionTool,
    BetaFunctionToolResultType,
    ToolError,
    beta_async_tool,
    beta_tool,
)

if TYPE_CHECKING:
    from mcp.client.session import ClientSession
    from mcp.types import ContentBlock, PromptMessage, ReadResourceResult, Tool

    from ...types.beta import BetaCacheControlEphemeralParam
    from ...types.beta.beta_tool_result_block_param import Content as BetaContent

__all__ = [
    "UnsupportedMCPValueError",
    "async_mcp_tool",
    "mcp_content",
    "mcp_message",
    "mcp_resource_to_content",
    "mcp_resource_to_file",
    "mcp_tool",
]

AllowedCaller = Literal[
    "direct", "code_execution_20250825", "code_execution_20260120", "code_execution_20260521"
]

# The image types the Claude API reads; other images (and audio) have no content block.
_IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})

# Field names of `mcp` 2.x and, where they differ, of 1.x.
_CAMEL_CASE = {
    "input_schema": "inputSchema",
    "mime_type": "mimeType",
    "is_error": "isError",
    "structured_content": "structuredContent",
}


class UnsupportedMCPValueError(ValueError):
    """An MCP value the Claude API has no place for: audio, a resource link, an image type or a
    resource MIME type it does not read, or an image or PDF resource given as text."""


def _field(value: Any, name: str) -> Any:
    """`value.<name>` under the 2.x spelling, else the 1.x one."""
    try:
        return getattr(value, name)
    except AttributeError:
        return getattr(value, _CAMEL_CASE[name])


def _readable_resource(mime_type: str | None) -> bool:
    """Whether a resource of this type becomes a content block (no type is read as text)."""
    return (
        mime_type is None
        or mime_type.startswith("text/")
        or mime_type == "application/pdf"
        or mime_type in _IMAGE_TYPES
    )


def _block(
    block: dict[str, Any], cache_control: BetaCacheControlEphemeralParam | None
) -> BetaContent:
    """`block` (a text, image or document block), with `cache_control` when given."""
    if cache_control is not None:
        block["cache_control"] = cache_control
    return cast("BetaContent", block)


def mcp_content(
    content: ContentBlock,
    *,
    cache_control: BetaCacheControlEphemeralParam | None = None,
) -> BetaContent:
    """The Claude content block of one MCP content block (from a tool result or a prompt).

    Text becomes a `text` block, an image (JPEG, PNG, GIF, WebP) an `image` block with base64
    data, an embedded resource what `mcp_resource_to_content` makes of it. `cache_control` is
    set on the block when given.

    Raises:
        UnsupportedMCPValueError: for audio, resource links, other image types, and embedded
            resources the API cannot read.
    """
    if isinstance(content, _mcp.TextContent):
        return _block({"type": "text", "text": content.text}, cache_control)
    if isinstance(content, _mcp.ImageContent):
        mime_type = _field(content, "mime_type")
        if mime_type not in _IMAGE_TYPES:
            raise UnsupportedMCPValueError(
                f"MCP image of type {mime_type!r}: the Claude API reads {sorted(_IMAGE_TYPES)}"
            )
        source = {"type": "base64", "media_type": mime_type, "data": content.data}
        return _block({"type": "image", "source": source}, cache_control)
    if isinstance(content, _mcp.EmbeddedResource):
        return _resource_block(content.resource, cache_control)
    kind = getattr(content, "type", None) or type(content).__name__
    raise UnsupportedMCPValueError(f"MCP content of type {kind!r} has no Claude content block")


def _resource_block(
    resource: Any, cache_control: BetaCacheControlEphemeralParam | None
) -> BetaContent:
    """One resource's contents as an image, PDF document or plain-text document block."""
    mime_type: str | None = _field(resource, "mime_type")
    blob = resource.blob if isinstance(resource, _mcp.BlobResourceContents) else None
    if mime_type in _IMAGE_TYPES or mime_type == "application/pdf":
        if blob is None:
            raise UnsupportedMCPValueError(
                f"MCP resource {resource.uri} of type {mime_type} is text; "
                "an image or a PDF must come as a blob"
            )
        if mime_type == "application/pdf":
            source = {"type": "base64", "media_type": "application/pdf", "data": blob}
            return _block({"type": "document", "source": source}, cache_control)
        source = {"type": "base64", "media_type": mime_type, "data": blob}
        return _block({"type": "image", "source": source}, cache_control)
    if mime_type is None or mime_type.startswith("text/"):
        if isinstance(resource, _mcp.TextResourceContents):
            text = resource.text
        else:
            text = _decoded_text(resource.blob, resource.uri)
        source = {"type": "text", "media_type": "text/plain", "data": text}
        return _block({"type": "document", "source": source}, cache_control)
    raise UnsupportedMCPValueError(
        f"MCP resource {resource.uri} is of type {mime_type!r}, which the Claude API does not "
        "read (text/*, application/pdf and JPEG, PNG, GIF or WebP images are read)"
    )


def _decoded_text(blob: str, uri: object) -> str:
    try:
        return base64.b64decode(blob).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise UnsupportedMCPValueError(
            f"MCP resource {uri} is a text type but its blob is not base64 UTF-8 text: {exc}"
        ) from exc


def mcp_message(
    message: PromptMessage,
    *,
    cache_control: BetaCacheControlEphemeralParam | None = None,
) -> dict[str, Any]:
    """A message for `messages=` from an MCP prompt message (`get_prompt(...).messages`): its
    role, and its content converted by `mcp_content` as the message's one block.

    Raises:
        UnsupportedMCPValueError: when the content has no Claude content block.
    """
    return {
        "role": message.role,
        "content": [mcp_content(message.content, cache_control=cache_control)],
    }


def mcp_resource_to_content(
    result: ReadResourceResult,
    *,
    cache_control: BetaCacheControlEphemeralParam | None = None,
) -> BetaContent:
    """A content block from a `read_resource` result: the first of its contents the API can
    read (text/* and untyped as a plain-text document, PDF as a PDF document, JPEG, PNG, GIF
    and WebP as an image).

    Raises:
        UnsupportedMCPValueError: when the result is empty or none of its contents is readable.
    """
    if not result.contents:
        raise UnsupportedMCPValueError("the MCP resource result has no contents")
    for resource in result.contents:
        if _readable_resource(_field(resource, "mime_type")):
            return _resource_block(resource, cache_control)
    found = [m for m in (_field(r, "mime_type") for r in result.contents) if m is not None]
    raise UnsupportedMCPValueError(
        f"no MCP resource contents of a type the Claude API reads (found: {', '.join(found)})"
    )


def mcp_resource_to_file(
    result: ReadResourceResult,
) -> tuple[str | None, bytes, str | None]:
    """The first contents of a `read_resource` result as a file for `files.upload(file=...)`:
    `(name, data, mime_type)`, the name being the last segment of the resource URI's path
    (None when the path has none).

    Raises:
        UnsupportedMCPValueError: when the result is empty.
    """
    if not result.contents:
        raise UnsupportedMCPValueError("the MCP resource result has no contents")
    resource = result.contents[0]
    path = urlparse(str(resource.uri)).path
    name = path.rsplit("/", 1)[-1] or None
    if isinstance(resource, _mcp.BlobResourceContents):
        data = base64.b64decode(resource.blob)
    else:
        data = resource.text.encode("utf-8")
    return name, data, _field(resource, "mime_type")


def _tool_result(result: object) -> BetaFunctionToolResultType:
    """What the runner sends back for an MCP tool call's result."""
    if not isinstance(result, _mcp.CallToolResult):
        # mcp 2.x: a server may ask for more input instead, which a tool runner cannot give.
        raise ToolError(f"the MCP server answered with {type(result).__name__}, not a tool result")
    if _field(result, "is_error"):
        raise ToolError([mcp_content(item) for item in result.content])
    structured = _field(result, "structured_content")
    if not result.content and structured is not None:
        return json.dumps(structured)
    return [mcp_content(item) for item in result.content]


def _options(
    tool: Tool,
    cache_control: BetaCacheControlEphemeralParam | None,
    defer_loading: bool | None,
    allowed_callers: Sequence[AllowedCaller] | None,
    eager_input_streaming: bool | None,
    input_examples: Iterable[Mapping[str, object]] | None,
    strict: bool | None,
) -> dict[str, Any]:
    return {
        "name": tool.name,
        "description": tool.description or "",
        "input_schema": dict(_field(tool, "input_schema")),
        "cache_control": cache_control,
        "defer_loading": defer_loading,
        "allowed_callers": allowed_callers,
        "eager_input_streaming": eager_input_streaming,
        "input_examples": input_examples,
        "strict": strict,
    }


_IN_EVENT_LOOP = (
    "the MCP tool {name!r} is synchronous and was called on the event loop thread, where waiting "
    "for the MCP session would stop the loop: use async_mcp_tool with AsyncAnthropic, or run the "
    "synchronous tool runner in a worker thread (anyio.to_thread.run_sync / asyncio.to_thread)"
)
_NO_EVENT_LOOP = (
    "the MCP tool {name!r} is synchronous and finds no event loop to run the MCP session's call "
    "on: call mcp_tool() inside the event loop that holds the session and run the synchronous "
    "tool runner in a worker thread, or use async_mcp_tool"
)


def _call_from_thread(
    client: ClientSession,
    name: str,
    arguments: dict[str, Any],
    loop: asyncio.AbstractEventLoop | None,
) -> object:
    """Run `client.call_tool` on the session's event loop from this (worker) thread, and wait."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise RuntimeError(_IN_EVENT_LOOP.format(name=name))

    started = False

    async def call() -> object:
        nonlocal started
        started = True
        return await client.call_tool(name, arguments)

    if loop is not None and loop.is_running():
        return asyncio.run_coroutine_threadsafe(call(), loop).result()
    import anyio.from_thread

    try:
        return anyio.from_thread.run(call)  # an anyio worker thread knows its event loop
    except RuntimeError:
        if started:
            raise
        raise RuntimeError(_NO_EVENT_LOOP.format(name=name)) from None


def mcp_tool(
    tool: Tool,
    client: ClientSession,
    *,
    cache_control: BetaCacheControlEphemeralParam | None = None,
    defer_loading: bool | None = None,
    allowed_callers: Sequence[AllowedCaller] | None = None,
    eager_input_streaming: bool | None = None,
    input_examples: Iterable[Mapping[str, object]] | None = None,
    strict: bool | None = None,
) -> BetaFunctionTool[Any]:
    """A synchronous runnable tool for `tool_runner()` that calls an MCP server's tool.

    The definition is the MCP tool's name, description and input schema (plus the options
    given, as in `@beta_tool`). Each call waits for `client.call_tool(...)` on the event loop
    the MCP session runs on, so the synchronous runner must run in a worker thread of that loop
    (`await anyio.to_thread.run_sync(runner.until_done)`); with `AsyncAnthropic`, prefer
    `async_mcp_tool`. The result's content is converted by `mcp_content` (its structured content
    as JSON text when it has no content); an `isError` result is sent as an error result.
    With spans on, each run of the tool has an `anthropic.mcp_tool_use <name>` span.

    Args:
        tool: The MCP tool, one of `(await client.list_tools()).tools`.
        client: The MCP `ClientSession` that calls it.
        cache_control: A prompt-cache breakpoint after this tool's definition.
        defer_loading: Leave the tool out of the first prompt until a tool search finds it.
        allowed_callers: Who may call the tool: the model (`direct`), code execution tools.
        eager_input_streaming: Stream the tool's input as it is written (true), never (false).
        input_examples: Example inputs that show the model how to call the tool.
        strict: Hold the model to the input schema.

    Raises:
        RuntimeError: when called on the event loop thread itself, or with no event loop to
            reach (the runner sends that as an error result).
    """
    name = tool.name
    try:
        loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        loop = None

    def call_mcp(**arguments: Any) -> BetaFunctionToolResultType:
        return _tool_result(_call_from_thread(client, name, arguments, loop))

    options = _options(
        tool, cache_control, defer_loading, allowed_callers, eager_input_streaming,
        input_examples, strict,
    )  # fmt: skip
    made = beta_tool(call_mcp, **options)
    made._origin = "mcp"  # its runs' spans are `anthropic.mcp_tool_use <name>`
    return made


def async_mcp_tool(
    tool: Tool,
    client: ClientSession,
    *,
    cache_control: BetaCacheControlEphemeralParam | None = None,
    defer_loading: bool | None = None,
    allowed_callers: Sequence[AllowedCaller] | None = None,
    eager_input_streaming: bool | None = None,
    input_examples: Iterable[Mapping[str, object]] | None = None,
    strict: bool | None = None,
) -> BetaAsyncFunctionTool[Any]:
    """An async runnable tool for `tool_runner()` on `AsyncAnthropic` that awaits an MCP
    server's tool through `client.call_tool(...)`.

    The arguments, the definition and the result are as in `mcp_tool`; the runner awaits the
    calls of one reply one after another.
    """
    name = tool.name

    async def call_mcp(**arguments: Any) -> BetaFunctionToolResultType:
        return _tool_result(await client.call_tool(name=name, arguments=arguments))

    options = _options(
        tool, cache_control, defer_loading, allowed_callers, eager_input_streaming,
        input_examples, strict,
    )  # fmt: skip
    made = beta_async_tool(call_mcp, **options)
    made._origin = "mcp"
    return made
