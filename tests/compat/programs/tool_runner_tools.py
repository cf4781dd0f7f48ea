"""A new `tools` list given to `set_messages_params()` of a running tool runner: which tools then
run, what the calls of the others get, and what a message thread makes of the change, on the
four runners.

The simulator's echo model calls the offered tools that the last user turn names, and calls again
any tool a result's text names. The toolset cases run against a small scripted server of their
own, which answers with the tool calls the case needs.
"""

import asyncio
import inspect
import json
import threading
import warnings
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import anthropic
from _observe import show
from anthropic import beta_async_tool, beta_tool
from anthropic.tools.browser import (
    BetaAbstractBrowserToolset20260801,
    BetaBrowserNavigateResult,
    BetaBrowserState,
)

warnings.simplefilter("ignore")  # the not-found warnings; the results say the same
MODEL = "claude-sonnet-4-5"
ASK = [{"role": "user", "content": "get_weather"}]
ran = []
sent = []


def record(request):
    """One line per Messages request: the thread field, the tool names, the results sent."""
    if not request.url.path.endswith("/v1/messages"):
        return
    body = json.loads(request.content or b"{}")
    last = body["messages"][-1]
    blocks = last["content"] if isinstance(last["content"], list) else []
    sent.append(
        {
            "thread": (body.get("thread") or {}).get("type"),
            "tools": [t.get("name") or t.get("type") for t in body["tools"]]
            if "tools" in body
            else None,
            "results": [
                [b.get("content"), b.get("is_error", False)]
                for b in blocks
                if b.get("type") == "tool_result"
            ],
        }
    )


async def record_async(request):
    await request.aread()
    record(request)


def get_weather(city: str) -> str:
    """Weather of a city."""
    ran.append("get_weather")
    return "sunny; now get_time"


def get_time(timezone: str) -> str:
    """Time in a timezone."""
    ran.append("get_time")
    return "noon"


def other_weather(city: str) -> str:
    """Weather of a city, from elsewhere."""
    ran.append("other get_weather")
    return "rainy"


def as_async(function):
    async def call(**arguments):
        return function(**arguments)

    call.__doc__ = function.__doc__
    call.__signature__ = inspect.signature(function)
    call.__annotations__ = dict(function.__annotations__)
    return call


FUNCTIONS = {"get_weather": get_weather, "get_time": get_time, "other": other_weather}
SYNC = {
    key: beta_tool(f, name=f.__name__.replace("other_", "get_")) for key, f in FUNCTIONS.items()
}
ASYNC = {
    key: beta_async_tool(as_async(f), name=f.__name__.replace("other_", "get_"))
    for key, f in FUNCTIONS.items()
}

# name: (the tools the runner starts with, the new `tools` from the current params and the tools)
CASES = {
    "withdraw": (
        ["get_weather", "get_time"],
        lambda p, t: [d for d in p["tools"] if d["name"] != "get_weather"],
    ),
    "withdraw_later": (
        ["get_weather", "get_time"],
        lambda p, t: [d for d in p["tools"] if d["name"] != "get_time"],
    ),
    "add": (["get_weather"], lambda p, t: [*p["tools"], t["get_time"]]),
    "replace": (["get_weather", "get_time"], lambda p, t: [t["other"], t["get_time"]]),
    "leave_out": (["get_weather", "get_time"], None),
    "give_back": (["get_weather", "get_time"], lambda p, t: list(p["tools"])),
}


# Tool changes the caller writes into the history: `system` messages of `tool_removal` /
# `tool_addition` blocks (beta `inline-tools-2026-09-15`), appended by the new params.
REMOVAL = {
    "role": "system",
    "content": [
        {"type": "tool_removal", "tool": {"type": "tool_reference", "name": "get_weather"}}
    ],
}
ADDITION = {
    "role": "system",
    "content": [
        {
            "type": "tool_addition",
            "tool": {"type": "tool_definition", "definition": SYNC["get_weather"].to_dict()},
        }
    ],
}
HISTORY = {"history_removal": [REMOVAL], "history_removal_addition": [REMOVAL, ADDITION]}
for name in HISTORY:
    CASES[name] = (["get_weather", "get_time"], None)


def change_of(case, tools):
    if case in HISTORY:
        return lambda p: {**p, "messages": [*p["messages"], *HISTORY[case]]}
    new_tools = CASES[case][1]
    if new_tools is None:
        return lambda p: {k: v for k, v in p.items() if k != "tools"}
    return lambda p: {**p, "tools": new_tools(p, tools)}


def runner_options(case, tools, stream, thread):
    options = {"stream": stream, "max_iterations": 4}
    if not thread:
        options["thread"] = False
    return dict(
        model=MODEL,
        max_tokens=256,
        messages=ASK,
        tools=[tools[name] for name in CASES[case][0]],
        **options,
    )


def run_sync(case, stream, thread, when):
    http = anthropic.DefaultHttpxClient(event_hooks={"request": [record]})
    client = anthropic.Anthropic(http_client=http, max_retries=0)
    runner = client.beta.messages.tool_runner(**runner_options(case, SYNC, stream, thread))
    if when == "before":
        runner.set_messages_params(change_of(case, SYNC))
    for index, _ in enumerate(runner):
        if index == 0 and when == "body":
            runner.set_messages_params(change_of(case, SYNC))


async def run_async(case, stream, thread, when):
    http = anthropic.DefaultAsyncHttpxClient(event_hooks={"request": [record_async]})
    client = anthropic.AsyncAnthropic(http_client=http, max_retries=0)
    runner = client.beta.messages.tool_runner(**runner_options(case, ASYNC, stream, thread))
    if when == "before":
        runner.set_messages_params(change_of(case, ASYNC))
    index = 0
    async for _ in runner:
        if index == 0 and when == "body":
            runner.set_messages_params(change_of(case, ASYNC))
        index += 1


def run_async_to_end(*arguments):
    asyncio.run(run_async(*arguments))


def observe(label, run, *arguments):
    ran.clear()
    sent.clear()
    try:
        run(*arguments)
        error = None
    except Exception as exc:
        error = [type(exc).__name__, str(exc).split(":")[0]]
    show(label, {"ran": list(ran), "sent": list(sent), "error": error})


for case in CASES:
    for thread in (False, True):
        for when in ("body", "before"):
            for stream in (False, True):
                label = f"{case} thread={thread} {when} stream={stream}"
                arguments = (case, stream, thread, when)
                observe(f"sync {label}", run_sync, *arguments)
                observe(f"async {label}", run_async_to_end, *arguments)


# -- what a message thread keeps of the new tools (`thread.params`) -------------------------------
def thread_tools_after(change):
    client = anthropic.Anthropic(max_retries=0)
    thread = client.beta.messages.thread(
        model=MODEL, max_tokens=256, messages=ASK, tools=[SYNC["get_weather"]]
    )
    runner = thread.tool_runner()
    runner.set_messages_params(change)
    runner.until_done()
    tools = thread.params.get("tools")
    if tools is None:
        return None
    return [[type(t).__name__, getattr(t, "name", None) or t.get("name")] for t in tools]


show("thread tools added", thread_tools_after(change_of("add", SYNC)))
show("thread tools given back", thread_tools_after(change_of("give_back", SYNC)))
show("thread tools left out", thread_tools_after(change_of("leave_out", SYNC)))


# -- toolsets, against a scripted server ---------------------------------------------------------
TAB = {"tab_id": "t1", "title": "Home", "url": "https://home.example/", "active": True}
replies = []
bodies = []


def message(*blocks):
    stop = "tool_use" if any(b["type"] == "tool_use" for b in blocks) else "end_turn"
    return {
        "id": f"msg_{len(bodies)}",
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": list(blocks),
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": 1},
    }


class Scripted(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        bodies.append(json.loads(self.rfile.read(int(self.headers["content-length"]))))
        data = json.dumps(replies.pop(0)).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


server = ThreadingHTTPServer(("127.0.0.1", 0), Scripted)
threading.Thread(target=server.serve_forever, daemon=True).start()
scripted = anthropic.Anthropic(
    base_url=f"http://127.0.0.1:{server.server_port}", api_key="key", max_retries=0
)


def browser(tag):
    class Browser(BetaAbstractBrowserToolset20260801):
        def _browser_state(self, context):
            return BetaBrowserState(tabs=[dict(TAB)])

        def navigate(self, context, input):
            ran.append(f"{tag} navigate")
            return BetaBrowserNavigateResult(url=input.url, title="OK", status=200)

    return Browser()


def call(id, name, input):
    return {"type": "tool_use", "id": id, "name": name, "input": input}


def toolset_case(label, tools, new_tools):
    ran.clear()
    bodies.clear()
    weather = call("u1", "get_weather", {"city": "x"})
    navigate = {**call("u2", "navigate", {"url": "https://a.example/"}), "toolset_name": "browser"}
    replies[:] = [message(weather), message(navigate), message({"type": "text", "text": "done"})]
    runner = scripted.beta.messages.tool_runner(
        model=MODEL, max_tokens=16, tools=tools, messages=ASK, thread=False
    )
    for index, _ in enumerate(runner):
        if index == 0:
            runner.set_messages_params(lambda p: {**p, "tools": new_tools(p)})
    result = bodies[2]["messages"][-1]["content"][0]
    content = result["content"]
    show(
        label,
        {
            "ran": list(ran),
            "tools": [[t.get("name") or t.get("type") for t in b["tools"]] for b in bodies],
            "result": content if isinstance(content, str) else content[0].get("text"),
            "is_error": result.get("is_error", False),
        },
    )


weather = SYNC["get_weather"]
toolset_case(
    "toolset withdrawn", [weather, browser("old")], lambda p: [t for t in p["tools"] if "name" in t]
)
toolset_case("toolset added", [weather], lambda p: [*p["tools"], browser("new")])
toolset_case("toolset replaced", [weather, browser("old")], lambda p: [weather, browser("new")])
toolset_case("toolset given back", [weather, browser("old")], lambda p: list(p["tools"]))
server.shutdown()
