"""Runs the same fake browser and computer drivers on the package named on the command line
(`claude_api_client` or the official `anthropic`) and prints, as JSON, what goes on the wire: the
`tools[]` entries and the `tool_result` block of each scripted member call. The test compares the
two packages' output (tests/helpers/test_toolsets_wire.py).

Usage: python toolset_wire_probe.py PACKAGE UPLOAD_ROOT OUTSIDE_FILE [async]

With `async`, the same drivers run as subclasses of the async classes (each member an `async def`
around the synchronous body), all calls in one event loop.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import sys
from typing import Any


def asynced(cls: type, base: type) -> type:
    """`cls`'s own methods as `async def`s on a subclass of `base`."""

    def wrap(method: Any) -> Any:
        async def member(self: Any, *args: Any) -> Any:
            return method(self, *args)

        return member

    namespace = {
        name: wrap(value) if callable(value) else value
        for name, value in vars(cls).items()
        if not name.startswith("__")
    }
    return type(cls.__name__, (base,), namespace)


def main(package: str, upload_root: str, outside: str, mode: str = "sync") -> dict[str, Any]:
    browser = importlib.import_module(f"{package}.tools.browser")
    computer = importlib.import_module(f"{package}.tools.computer")
    tools = importlib.import_module(f"{package}.tools")
    block = importlib.import_module(f"{package}.types.beta").BetaToolUseBlock

    changes: list[Any] = []
    asked: list[str] = []

    class Browser(browser.BetaAbstractBrowserToolset20260801):  # type: ignore[misc, name-defined]
        tabs: list[dict[str, Any]] = [  # noqa: RUF012 (replaced, never mutated)
            {
                "tab_id": "t1",
                "title": "Start\npage",
                "url": "https://start.example/",
                "active": True,
            }
        ]

        def _browser_state(self, context: Any) -> Any:
            report = browser.BetaBrowserState(
                tabs=[dict(t) for t in self.tabs], state_changes=list(changes)
            )
            changes.clear()
            return report

        def navigate(self, context: Any, input: Any) -> Any:
            if input.url == "boom":
                raise RuntimeError("driver\nexploded")
            return browser.BetaBrowserNavigateResult(url=input.url, title="Title\u202e", status=200)

        def left_click(self, context: Any, input: Any) -> Any:
            return "clicked at\nref"

        def scroll(self, context: Any, input: Any) -> Any:
            return None

        def screenshot(self, context: Any, input: Any) -> Any:
            return browser.BetaScreenshotResult(data="aGVsbG8=", media_type="image/png")

        def get_page_text(self, context: Any, input: Any) -> Any:
            return ""

        def new_tab(self, context: Any, input: Any) -> Any:
            self.tabs = [{**t, "active": False} for t in self.tabs]
            self.tabs.append({"tab_id": "t2", "title": "New", "url": "about:blank", "active": True})
            return self.tabs[-1]

        def list_tabs(self, context: Any, input: Any) -> Any:
            return self.tabs

        def file_upload(self, context: Any, input: Any) -> Any:
            return f"uploaded {len(input.paths or [])}"

        def key(self, context: Any, input: Any) -> Any:
            return None

    def url_policy(context: Any, url: str) -> None:
        if "blocked" in url:
            raise tools.ToolError("blocked.example is not allowed")
        if "crash" in url:
            raise ValueError(f"policy crashed on {url}")

    def confirm(context: Any) -> bool:
        asked.append(context.member)
        return context.member != "key"

    if mode == "async":
        Browser = asynced(Browser, browser.BetaAsyncAbstractBrowserToolset20260801)
    policy = browser.BetaLocalFilePolicy(upload_roots=[upload_root])
    b = Browser(
        configs={"file_upload": {"enabled": True}, "hover": {"enabled": False}},
        confirm=confirm,
        url_policy=url_policy,
        file_policy=policy,
        tool_configs={"cache_control": {"type": "ephemeral"}},
    )

    class Computer(computer.BetaAbstractComputerToolset20260801):  # type: ignore[misc, name-defined]
        def screenshot(self, context: Any, input: Any) -> Any:
            return computer.BetaScreenshotResult(data="aGk=", media_type="image/jpeg")

        def cursor_position(self, context: Any, input: Any) -> Any:
            return computer.BetaComputerCursorPositionResult(x=3, y=4)

        def left_click(self, context: Any, input: Any) -> Any:
            return None

        def scroll(self, context: Any, input: Any) -> Any:
            return "  \n "

        def wait(self, context: Any, input: Any) -> Any:
            raise tools.ToolError("too long")

    if mode == "async":
        Computer = asynced(Computer, computer.BetaAsyncAbstractComputerToolset20260801)
    c = Computer(configs={"wait": {"enabled": True, "defer_loading": True}})

    inside = os.path.join(upload_root, "a.txt")
    browser_calls: list[tuple[str, dict[str, Any], list[Any]]] = [
        (
            "navigate",
            {"url": "https://ok.example/path"},
            [
                {
                    "type": "download_completed",
                    "download_id": "d1",
                    "url": "https://ok.example/f",
                    "path": "/tmp/f",
                }
            ],
        ),
        ("navigate", {"url": "https://blocked.example/"}, []),
        ("navigate", {"url": "https://crash.example/"}, [{"type": "navigation_refused"}]),
        ("navigate", {"url": " BACK "}, []),
        ("navigate", {"url": "boom"}, []),
        (
            "left_click",
            {"target": {"type": "ref", "ref": "ref_1"}},
            [{"type": "dialog_dismissed", "kind": "alert", "message": "hi"}],
        ),
        (
            "scroll",
            {"target": {"type": "ref", "ref": "r"}, "scroll_direction": "down", "scroll_amount": 3},
            [],
        ),
        ("screenshot", {}, []),
        ("get_page_text", {}, []),
        (
            "new_tab",
            {},
            [{"type": "download_started", "download_id": "d2", "url": "https://x.example/big"}],
        ),
        ("list_tabs", {}, [{"type": "navigation_refused"}]),
        ("file_upload", {"target": {"type": "ref", "ref": "f"}, "paths": [inside]}, []),
        ("file_upload", {"target": {"type": "ref", "ref": "f"}, "paths": [outside]}, []),
        (
            "file_upload",
            {
                "target": {"type": "ref", "ref": "f"},
                "paths": [os.path.join(upload_root, "..", "x")],
            },
            [],
        ),
        ("key", {"text": "ctrl+a"}, []),
        ("hover", {"target": {"type": "ref", "ref": "r"}}, []),
        ("zoom", {"region": [0, 0, 1, 1]}, []),
        ("no_such_member", {}, []),
        ("left_click", {"target": 5}, []),
    ]
    out: dict[str, Any] = {
        "params": [b.to_dict(), c.to_dict()],
        "browser": [],
        "computer": [],
        "asked": asked,
    }

    async def answer(toolset: Any, use: Any) -> Any:
        result = toolset.tool_result(use)
        return await result if mode == "async" else result

    async def run_all() -> None:
        for index, (name, given, pending) in enumerate(browser_calls):
            changes.extend(pending)
            use = block(
                id=f"b{index}", type="tool_use", name=name, input=given, toolset_name="browser"
            )
            out["browser"].append(await answer(b, use))
        for index, (name, given_) in enumerate(computer_calls):
            use = block(
                id=f"c{index}", type="tool_use", name=name, input=given_, toolset_name="computer"
            )
            out["computer"].append(await answer(c, use))

    computer_calls: list[tuple[str, dict[str, Any]]] = [
        ("screenshot", {}),
        ("cursor_position", {}),
        ("left_click", {"coordinate": [1, 2]}),
        ("left_click", {"coordinate": [1, 2, 3]}),
        ("scroll", {"coordinate": [1, 2], "scroll_direction": "up", "scroll_amount": 2}),
        ("wait", {"duration": 2.0}),
        ("type", {"text": "hello"}),
        ("zoom", {"region": [0, 0, 10, 10]}),
    ]
    asyncio.run(run_all())
    return out


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:5]), indent=1, sort_keys=True, ensure_ascii=False))
