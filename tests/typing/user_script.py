"""A program written the way users of the official package write theirs, for the type checkers.

`scripts/test` runs mypy --strict and pyright on it and expects no error. `tests/typing/run.py`
also runs both checkers on the same program with the import switched to the official package,
to compare the counts. It is type-checked, never executed (it would need the API).
"""

from __future__ import annotations

import asyncio
from typing import Any

from mcp import ClientSession
from mcp.types import PromptMessage, ReadResourceResult, TextContent

from claude_api_client import (
    Anthropic,
    AnthropicAWS,
    AnthropicFoundry,
    AsyncAnthropic,
    BadRequestError,
    BaseModel,
    CMEKKeyDisabledError,
    RequestOptions,
    Stream,
)
from claude_api_client.lib.sessions import AccumulatedEvent, accumulate_managed_agents_event
from claude_api_client.lib.tools.mcp import (
    UnsupportedMCPValueError,
    async_mcp_tool,
    mcp_content,
    mcp_message,
    mcp_resource_to_content,
    mcp_resource_to_file,
    mcp_tool,
)
from claude_api_client.pagination import SyncPage
from claude_api_client.types import (
    BetaAPIError,
    ContentBlock,
    Message,
    MessageParam,
    ModelInfo,
    ModelListParams,
    RawMessageStreamEvent,
    TextBlock,
    ToolParam,
    ToolResultBlockParam,
    Usage,
)
from claude_api_client.types.beta import (
    BetaBrowserNavigateToolUseBlock,
    BetaBrowserToolUseBlock,
    BetaComputerLeftClickToolUseBlock,
    BetaManagedAgentsWebFetchToolConfigParams,
    BetaManagedAgentsWebFetchURLSourcesParams,
    BetaMessage,
    BetaTextBlock,
    BetaToolsetToolUseBlock,
    BetaToolUseBlock,
    BetaUsage,
    FileListParams,
)
from claude_api_client.types.beta import ModelListParams as BetaModelListParams
from claude_api_client.types.beta.memory_stores import MemoryRetrieveParams
from claude_api_client.types.beta.message_create_params import (
    MessageCreateParamsNonStreaming as BetaMessageCreateParams,
)
from claude_api_client.types.beta.messages import BatchCreateParams as BetaBatchCreateParams
from claude_api_client.types.beta.sessions import (
    BetaManagedAgentsAgentMessageEvent,
    BetaManagedAgentsAgentToolUseEvent,
    BetaManagedAgentsSessionStatusIdleEvent,
)
from claude_api_client.types.message_create_params import (
    MessageCreateParamsNonStreaming,
    MessageCreateParamsStreaming,
)
from claude_api_client.types.messages import BatchCreateParams

MODEL = "claude-sonnet-4-5"

WEATHER: ToolParam = {
    "name": "get_weather",
    "description": "The weather in a city.",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def describe(block: ContentBlock) -> str:
    # Narrowing by the tag, as the API reference shows it.
    if block.type == "text":
        return block.text
    if block.type == "tool_use":
        return f"{block.name}({block.input})"
    if block.type == "thinking":
        return block.thinking
    return block.type


def delta_text(event: RawMessageStreamEvent) -> str:
    match event.type:
        case "message_start":
            return event.message.id
        case "content_block_start":
            return event.content_block.type
        case "content_block_delta":
            if event.delta.type == "text_delta":
                return event.delta.text
            if event.delta.type == "input_json_delta":
                return event.delta.partial_json
            return ""
        case "message_delta":
            return str(event.usage.output_tokens)
        case _:
            return ""


def first_text(message: Message) -> str:
    block = message.content[0]
    if isinstance(block, TextBlock):
        return block.text
    return ""


def tool_loop(client: Anthropic) -> Message:
    messages: list[MessageParam] = [{"role": "user", "content": "Weather in Paris?"}]
    message = client.messages.create(
        model=MODEL, max_tokens=1024, messages=messages, tools=[WEATHER]
    )
    while message.stop_reason == "tool_use":
        # The response's blocks go back as the assistant turn.
        messages.append({"role": "assistant", "content": message.content})
        results: list[ToolResultBlockParam] = []
        for block in message.content:
            if block.type == "tool_use":
                results.append({"type": "tool_result", "tool_use_id": block.id, "content": "sunny"})
        messages.append({"role": "user", "content": results})
        message = client.messages.create(
            model=MODEL, max_tokens=1024, messages=messages, tools=[WEATHER]
        )
    return message


def stream_events(client: Anthropic) -> str:
    pieces: list[str] = []
    with client.messages.stream(
        model=MODEL, max_tokens=1024, messages=[{"role": "user", "content": "Hello"}]
    ) as stream:
        for event in stream:
            if event.type == "text":
                pieces.append(event.text)
                print(event.snapshot)
            elif event.type == "thinking":
                print(event.thinking, event.snapshot)
            elif event.type == "input_json":
                print(event.partial_json, event.snapshot)
            elif event.type == "citation":
                print(event.citation, len(event.snapshot))
            elif event.type == "content_block_stop":
                print(event.index, event.content_block.type)
            elif event.type == "message_stop":
                print(event.message.usage.output_tokens)
        final = stream.get_final_message()
    return "".join(pieces) + first_text(final)


def stream_text(client: Anthropic) -> str:
    with client.messages.stream(
        model=MODEL, max_tokens=1024, messages=[{"role": "user", "content": "Hello"}]
    ) as stream:
        return "".join(stream.text_stream) + (stream.workspace_id or "")


def platform_arguments() -> list[str | None]:
    aws = AnthropicAWS(
        auth_token="token",
        aws_region="us-east-1",
        workspace_id="wrkspc_1",
        skip_auth=True,
        webhook_key="whsec_1",
        _strict_response_validation=True,
    )
    foundry = AnthropicFoundry(resource="r", api_key="k", webhook_key="whsec_2")
    first_party = Anthropic(api_key="k", _strict_response_validation=False)
    return [aws.webhook_key, foundry.copy(webhook_key="whsec_3").webhook_key, first_party.api_key]


async def stream_async(client: AsyncAnthropic) -> str:
    pieces: list[str] = []
    async with client.messages.stream(
        model=MODEL, max_tokens=1024, messages=[{"role": "user", "content": "Hello"}]
    ) as stream:
        async for event in stream:
            if event.type == "text":
                pieces.append(event.text)
        message = await stream.get_final_message()
    return "".join(pieces) + message.id


def raw_stream(client: Anthropic) -> int:
    count = 0
    for event in client.messages.create(
        model=MODEL, max_tokens=1024, messages=[{"role": "user", "content": "Hi"}], stream=True
    ):
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            count += len(event.delta.text)
    return count


def beta_text(client: Anthropic) -> str:
    message = client.beta.messages.create(
        model=MODEL,
        max_tokens=1024,
        messages=[{"role": "user", "content": "Hello"}],
        betas=["context-management-2025-06-27"],
    )
    return "".join(block.text for block in message.content if block.type == "text")


def usage_and_pages(client: Anthropic) -> int:
    total = client.messages.count_tokens(
        model=MODEL, messages=[{"role": "user", "content": "Hi"}]
    ).input_tokens
    for model in client.models.list():
        total += len(model.id)
    message = tool_loop(client)
    total += message.usage.input_tokens + message.usage.output_tokens
    for block in message.content:
        if block.type == "tool_use":
            city = block.input.get("city") if isinstance(block.input, dict) else None
            total += len(str(city))
        elif block.type == "text" and block.citations:
            total += len(block.citations)
    return total


def batch_results(client: Anthropic, batch_id: str) -> list[str]:
    texts: list[str] = []
    for item in client.messages.batches.results(batch_id):
        if item.result.type == "succeeded":
            for block in item.result.message.content:
                if block.type == "text":
                    texts.append(block.text)
        elif item.result.type == "errored":
            texts.append(item.custom_id)
    return texts


def stop_reason_of(message: Message) -> str:
    match message.stop_reason:
        case "end_turn" | "stop_sequence":
            return "done"
        case "max_tokens":
            return "truncated"
        case None:
            return "unknown"
        case _:
            return message.stop_reason


def test_double() -> Message:
    # A model built by hand, as tests do: nullable fields may be left out.
    return Message(
        id="msg_1",
        type="message",
        role="assistant",
        model=MODEL,
        content=[TextBlock(type="text", text="Hi")],
        stop_reason="end_turn",
        usage=Usage(input_tokens=1, output_tokens=2),
    )


def beta_double() -> BetaMessage:
    return BetaMessage(
        id="msg_2",
        type="message",
        role="assistant",
        model=MODEL,
        content=[BetaTextBlock(type="text", text="Hi")],
        stop_reason=None,
        stop_sequence=None,
        usage=BetaUsage(input_tokens=1, output_tokens=2),
    )


def thread_turns(client: Anthropic) -> int:
    # A message thread: the create() fields it holds are typed keywords of thread() and send().
    thread = client.beta.messages.thread(model=MODEL, max_tokens=256, system="Answer briefly.")
    thread.send({"role": "user", "content": "Hi"})
    reply = thread.send({"role": "user", "content": "And?"}, max_tokens=128)
    return len(reply.content)


def refused_key(client: Anthropic) -> int:
    # An error-code class is a class of its own to the checkers (an Any would return Any here).
    try:
        client.models.list()
    except CMEKKeyDisabledError as error:
        status_class: type[BadRequestError] = type(error)
        print(status_class.__name__)
        return error.status_code
    return 0


def with_middleware() -> tuple[Message, Message]:
    # Client-level middleware: a function, a Middleware subclass, then a per-call addition.
    from claude_api_client import (
        APIRequest,
        APIResponse,
        AsyncAPIResponse,
        AsyncCallNext,
        CallNext,
        Middleware,
    )

    def add_trace(request: APIRequest, call_next: CallNext) -> APIResponse[object]:
        response = call_next(request.copy(headers={**request.headers, "x-trace-id": "t-1"}))
        print(response.status_code, request.retries_taken)
        return response

    class Timing(Middleware):
        async def handle_async(
            self, request: APIRequest, call_next: AsyncCallNext
        ) -> AsyncAPIResponse[object]:
            return await call_next(request)

    client = Anthropic(middleware=[add_trace])
    message = client.with_middleware(add_trace).messages.create(
        model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "Hi"}]
    )
    async_client = AsyncAnthropic(middleware=[Timing()])
    other = asyncio.run(
        async_client.messages.create(
            model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "Hi"}]
        )
    )
    return message, other


def with_open_telemetry(client: Anthropic) -> Message:
    # OpenTelemetry spans of every call, their trace context on the requests, one conversation.
    from claude_api_client import (
        OpenTelemetryClientOption,
        OpenTelemetryOptions,
        OpenTelemetryTraces,
        ResolvedOpenTelemetryOptions,
        ResolvedOpenTelemetryTraces,
    )

    traces: OpenTelemetryTraces = {"content_mode": "content", "max_content_bytes": 10_000}
    option: OpenTelemetryOptions = {"propagation": False, "traces": traces}
    off: OpenTelemetryClientOption = False
    resolved: ResolvedOpenTelemetryOptions = Anthropic(open_telemetry=option).open_telemetry
    spans: ResolvedOpenTelemetryTraces = resolved["traces"]
    print(spans["content_mode"], resolved["propagation"], Anthropic(open_telemetry=off))
    conversation = client.with_options(open_telemetry={**resolved, "conversation_id": "conv-1"})
    return conversation.messages.create(
        model=MODEL, max_tokens=64, messages=[{"role": "user", "content": "Hi"}]
    )


def toolset_action(block: BetaToolsetToolUseBlock) -> str:
    # A browser or computer toolset member is its own class, with a typed `input`.
    match block:
        case BetaBrowserNavigateToolUseBlock():
            return f"go to {block.input.url} in {block.input.tab_id or 'the active tab'}"
        case BetaComputerLeftClickToolUseBlock():
            return f"click at {block.input.coordinate}"
        case BetaToolUseBlock():
            return f"{block.toolset_name}.{block.name}({block.input})"
        case _:
            return f"{block.toolset_name}.{block.name}"


def browser_target(block: BetaBrowserToolUseBlock) -> str:
    # Within one toolset, the member `name` narrows the block.
    if block.name == "navigate":
        return block.input.url
    if block.name == "left_click":
        return str(block.input.target.type)
    return block.name


class Weather(BaseModel):
    city: str


def official_spellings(client: Anthropic) -> str:
    # Names the package spells differently inside, a raw response read as the caller's own
    # model, and `to_dict`'s options.
    raw = client.messages.with_raw_response.create(
        model="claude-sonnet-4-5", max_tokens=16, messages=[{"role": "user", "content": "Hi"}]
    )
    weather: Weather = raw.parse(to=Weather)
    options: RequestOptions = {"max_retries": 1, "timeout": 5.0}
    error: BetaAPIError | None = None
    data = test_double().to_dict(mode="json", exclude_none=True)
    with client.beta.files.with_streaming_response.download("file_1") as download:
        download.stream_to_file("out.bin")
    return f"{weather.city} {options} {error} {raw.workspace_id} {raw.http_version} {data}"


def managed_agents_changes(
    idle: BetaManagedAgentsSessionStatusIdleEvent, tool_use: BetaManagedAgentsAgentToolUseEvent
) -> BetaManagedAgentsWebFetchToolConfigParams:
    # A refusal's details, the auto policy's judgement, and web fetch URL sources in both forms.
    category = None
    if idle.stop_reason.type == "refusal" and idle.stop_details is not None:
        category = idle.stop_details.category
    reason = ""
    if tool_use.evaluation is not None and tool_use.evaluation.type == "auto":
        judgement = tool_use.evaluation.evaluated_permission
        reason = judgement.reason_code if judgement.type == "deny" else judgement.type
    sources: BetaManagedAgentsWebFetchURLSourcesParams = {
        "client_tool_results": "none",
        "server_tool_results": {
            "type": "only",
            "tools": [{"type": "tool_reference", "name": "web_search"}],
        },
        "user_input": {"type": "all"},
    }
    print(category, reason)
    return {"name": "web_fetch", "url_sources": sources, "permission_policy": {"type": "auto"}}


def whole_request_params(client: Anthropic, tool_use: BetaManagedAgentsAgentToolUseEvent) -> str:
    # A method's keyword arguments as one dict: header and non-positional path parameters too.
    listing: FileListParams = {
        "limit": 10,
        "workspace_id": "wrkspc_1",
        "betas": ["files-api-2025-04-14"],
    }
    files = client.beta.files.list(**listing)
    reading: MemoryRetrieveParams = {"memory_store_id": "memstore_1", "workspace_id": "wrkspc_1"}
    memory = client.beta.memory_stores.memories.retrieve("mem_1", **reading)
    asked = ""
    if tool_use.evaluation is not None and tool_use.evaluation.type == "auto":
        judgement = tool_use.evaluation.evaluated_permission
        if judgement.type == "ask":
            asked = judgement.reason_code
    return f"{len(files.data)} {memory.id} {asked}"


def ga_and_beta_params(client: Anthropic) -> str:
    # The GA forms hold what the GA methods take (no `betas`); the beta forms, under
    # `types.beta`, hold `betas` and the beta-only fields too.
    listing: ModelListParams = {"limit": 3}
    models = client.models.list(**listing)
    beta_listing: BetaModelListParams = {"limit": 3, "betas": ["files-api-2025-04-14"]}
    beta_models = client.beta.models.list(**beta_listing)
    whole: MessageCreateParamsNonStreaming = {
        "model": MODEL,
        "max_tokens": 10,
        "messages": [{"role": "user", "content": "hi"}],
    }
    reply = client.messages.create(**whole)
    streamed: MessageCreateParamsStreaming = {**whole, "stream": True}
    events: Stream[RawMessageStreamEvent] = client.messages.create(**streamed)
    beta_whole: BetaMessageCreateParams = {
        "model": MODEL,
        "max_tokens": 10,
        "messages": [{"role": "user", "content": "hi"}],
        "context_management": {"edits": [{"type": "clear_tool_uses_20250919"}]},
        "betas": ["context-management-2025-06-27"],
    }
    beta_reply = client.beta.messages.create(**beta_whole)
    batch: BatchCreateParams = {"requests": [{"custom_id": "a", "params": whole}]}
    created = client.messages.batches.create(**batch)
    beta_batch: BetaBatchCreateParams = {
        "requests": [{"custom_id": "a", "params": beta_whole}],
        "betas": ["message-batches-2024-09-24"],
    }
    beta_created = client.beta.messages.batches.create(**beta_batch)
    events.close()
    return f"{len(models.data)} {len(beta_models.data)} {reply.id} {beta_reply.id} {created.id} {beta_created.id}"


def custom_requests(client: Anthropic) -> str:
    # Endpoints without a method: a list paged by the client, a request's own redirect choice.
    page = client.get_api_list("/v1/models", model=ModelInfo, page=SyncPage[ModelInfo])
    ids = [model.id for model in page]
    options: RequestOptions = {"follow_redirects": False, "idempotency_key": "k"}
    found = client.get("/v1/models/m", cast_to=ModelInfo, options=options)
    platform: dict[str, str] = client.platform_headers()
    return f"{ids} {found.id} {platform['X-Stainless-OS']}"


def agent_preview(client: Anthropic, session_id: str) -> str:
    # Previews of an agent's message folded as they stream; the finished message is exact.
    snapshot: AccumulatedEvent | None = None
    with client.beta.sessions.events.stream(session_id, event_deltas=["agent.message"]) as stream:
        for event in stream:
            snapshot = accumulate_managed_agents_event(snapshot, event)
            if event.type == "agent.message":
                final: BetaManagedAgentsAgentMessageEvent = accumulate_managed_agents_event(
                    snapshot, event
                )
                return "".join(b.text for b in final.content if b.type == "text")
    # a thread's stream folds the same way
    with client.beta.sessions.threads.events.stream("sthr_1", session_id=session_id) as events:
        for thread_event in events:
            snapshot = accumulate_managed_agents_event(snapshot, thread_event)
    return "" if snapshot is None else str(snapshot.processed_at)


async def with_mcp(client: AsyncAnthropic, session: ClientSession, read: ReadResourceResult) -> str:
    # An MCP server's tools in the runner, its prompts and resources as params.
    listed = await session.list_tools()
    tools = [
        async_mcp_tool(tool, session, cache_control={"type": "ephemeral"}) for tool in listed.tools
    ]
    blocking = [mcp_tool(tool, session, allowed_callers=["direct"]) for tool in listed.tools]
    final = await client.beta.messages.tool_runner(
        model=MODEL, max_tokens=64, tools=tools, messages=[{"role": "user", "content": "Hi"}]
    ).until_done()
    prompt = PromptMessage(role="user", content=TextContent(type="text", text="Hi"))
    message: dict[str, Any] = mcp_message(prompt)
    try:
        block = mcp_resource_to_content(read)
    except UnsupportedMCPValueError:
        block = mcp_content(TextContent(type="text", text="unreadable"))
    name, data, mime_type = mcp_resource_to_file(read)
    return f"{final.id} {len(blocking)} {message['role']} {block['type']} {name} {len(data)} {mime_type}"


def main() -> None:
    client = Anthropic()
    print(describe(test_double().content[0]), delta_text, tool_loop(client).id)
    print(stream_events(client), stream_text(client), raw_stream(client), beta_text(client))
    print(beta_double().content, asyncio.run(stream_async(AsyncAnthropic())))
    print(
        usage_and_pages(client), batch_results(client, "msgbatch_1"), stop_reason_of(test_double())
    )
    print(thread_turns(client), refused_key(client), with_middleware())
    print(with_open_telemetry(client).id)
    print(toolset_action, browser_target, official_spellings(client), custom_requests(client))
    print(agent_preview(client, "sesn_1"), with_mcp)
    print(managed_agents_changes, whole_request_params, ga_and_beta_params)


# -- browser and computer toolsets (a driver written against the official import paths) ----------

from claude_api_client.lib.tools import BetaRunnableToolset  # noqa: E402
from claude_api_client.tools import ToolError, ToolsetUsageError  # noqa: E402
from claude_api_client.tools.browser import (  # noqa: E402
    BetaAbstractBrowserToolset20260801,
    BetaAsyncAbstractBrowserToolset20260801,
    BetaBrowserNavigateResult,
    BetaBrowserState,
    BetaConfirmContext,
    BetaLocalFilePolicy,
    BetaScreenshotResult,
    BetaToolsetCallContext,
    BetaURLContext,
)
from claude_api_client.tools.computer import (  # noqa: E402
    BetaAbstractComputerToolset20260801,
    BetaComputerCursorPositionResult,
)
from claude_api_client.types.beta import (  # noqa: E402
    BetaBrowserLeftClickInput,
    BetaBrowserNavigateInput,
    BetaBrowserScreenshotInput,
    BetaComputerCursorPositionInput,
)


class FakeBrowser(BetaAbstractBrowserToolset20260801):
    def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        return BetaBrowserState(tabs=[{"tab_id": "t1", "title": "", "url": "", "active": True}])

    def navigate(
        self, context: BetaToolsetCallContext, input: BetaBrowserNavigateInput
    ) -> BetaBrowserNavigateResult:
        return BetaBrowserNavigateResult(url=input.url, status=200)

    def screenshot(
        self, context: BetaToolsetCallContext, input: BetaBrowserScreenshotInput
    ) -> BetaScreenshotResult:
        return BetaScreenshotResult(data="", media_type="image/png")

    def left_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickInput
    ) -> str | None:
        return None


class FakeDesktop(BetaAbstractComputerToolset20260801):
    def cursor_position(
        self, context: BetaToolsetCallContext, input: BetaComputerCursorPositionInput
    ) -> BetaComputerCursorPositionResult:
        return BetaComputerCursorPositionResult(x=1, y=2)


class FakeAsyncBrowser(BetaAsyncAbstractBrowserToolset20260801):
    async def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        return BetaBrowserState(tabs=[])


def only_example(context: BetaURLContext, url: str) -> None:
    if not url.startswith("https://example.com/"):
        raise ToolError(f"{context.member} may only open example.com")


def ask(context: BetaConfirmContext) -> bool:
    return context.member != "javascript_exec" and context.tab_url is not None


def run_toolsets(client: Anthropic) -> str:
    browser = FakeBrowser(
        url_policy=only_example,
        confirm=ask,
        file_policy=BetaLocalFilePolicy(upload_roots=["/srv/uploads"]),
        configs={"file_upload": {"enabled": False}},
        tool_configs={"cache_control": {"type": "ephemeral"}},
    )
    toolsets: list[BetaRunnableToolset] = [browser, FakeDesktop()]
    try:
        with browser:
            runner = client.beta.messages.tool_runner(
                model="claude-sonnet-4-5",
                max_tokens=1024,
                messages=[{"role": "user", "content": "Open example.com"}],
                tools=[*toolsets],
            )
            final = runner.until_done()
    except ToolsetUsageError as error:
        return str(error)
    return f"{final.stop_reason} {browser.to_dict()['type']}"


async def run_async_toolsets(client: AsyncAnthropic) -> str:
    async with FakeAsyncBrowser() as browser:
        runner = client.beta.messages.tool_runner(
            model="claude-sonnet-4-5",
            max_tokens=1024,
            messages=[{"role": "user", "content": "Look"}],
            tools=[browser],
        )
        final = await runner.until_done()
    return str(final.stop_reason)


# The runner's controls: tools added and removed mid-run, calls held back, closing early.
from claude_api_client import beta_async_tool, beta_tool  # noqa: E402


@beta_tool
def lookup(term: str) -> str:
    """Look a term up."""
    return term


@beta_async_tool
async def async_lookup(term: str) -> str:
    """Look a term up."""
    return term


def steer_runner(client: Anthropic) -> str:
    runner = client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=64,
        tools=[lookup],
        messages=[{"role": "user", "content": "Hi"}],
        stream=True,
        run_tools_eagerly=True,
    )
    runner.add_tools(lookup, {"type": "web_search_20250305", "name": "web_search"})
    runner.remove_tools("web_search", lookup)
    for stream in runner:
        for event in stream:
            if event.type == "content_block_start" and event.content_block.type == "tool_use":
                runner.defer_tool_call(event.content_block)
        held: list[BetaToolUseBlock] = runner.deferred_tool_calls
        if held:
            break
    runner.close()
    lookup.close = None
    return str(runner.deferred_tool_calls)


async def close_async_runner(client: AsyncAnthropic) -> None:
    runner = client.beta.messages.tool_runner(
        model=MODEL,
        max_tokens=64,
        tools=[async_lookup],
        messages=[{"role": "user", "content": "Hi"}],
    )
    runner.add_tools(async_lookup)
    runner.remove_tools(async_lookup)
    await runner.close()
    async_lookup.close = None
