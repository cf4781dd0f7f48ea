"""The toolsets' rules without a server: upload path confinement (symlinks, `..`, sibling
prefixes, missing roots), the shipped file policy, construction errors, member gating, the
confirm gate, closing, caps on page-supplied text, and lazy loading."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import pytest

from _support.interpreters import run_python
from claude_api_client.tools import (
    ConfirmDeclinedError,
    ConfirmFailedError,
    DisabledMemberError,
    ToolError,
    ToolsetClosedError,
    ToolsetConfigError,
    ToolsetContractError,
    UnavailableMemberError,
    UnknownMemberError,
)
from claude_api_client.tools.browser import (
    BetaAbstractBrowserToolset20260801,
    BetaBrowserState,
    BetaConfirmContext,
    BetaDialogDismissed,
    BetaLocalFilePolicy,
    BetaToolsetCallContext,
    BetaURLContext,
    UploadRefusedError,
    beta_check_upload_path,
)
from claude_api_client.tools.computer import (
    BetaAbstractComputerToolset20260801,
    BetaAsyncAbstractComputerToolset20260801,
    BetaComputerConfirmContext,
)
from claude_api_client.types.beta import (
    BetaBrowserFileUploadInput,
    BetaBrowserLeftClickInput,
    BetaComputerKeyInput,
    BetaComputerLeftClickInput,
    BetaToolUseBlock,
)


def use(name: str, input: dict[str, Any], family: str = "browser") -> BetaToolUseBlock:
    return BetaToolUseBlock(id="tu_1", type="tool_use", name=name, input=input, toolset_name=family)


# -- upload paths ---------------------------------------------------------------------------------


@pytest.fixture
def roots(tmp_path: Path) -> tuple[Path, Path]:
    root = tmp_path / "uploads"
    root.mkdir()
    (root / "ok.txt").write_text("ok")
    outside = tmp_path / "uploads-private"  # shares the root's prefix, not its directory
    outside.mkdir()
    (outside / "secret.txt").write_text("secret")
    return root, outside


def test_a_path_under_the_root_is_admitted_resolved(roots: tuple[Path, Path]) -> None:
    root, _ = roots
    assert beta_check_upload_path(root / "ok.txt", [root]) == os.path.realpath(root / "ok.txt")


def test_paths_outside_the_roots_are_refused(roots: tuple[Path, Path]) -> None:
    root, outside = roots
    for path in (
        outside / "secret.txt",
        root / ".." / "uploads-private" / "secret.txt",
        "",
        "a\x00b",
        "/etc/passwd",
    ):
        with pytest.raises(UploadRefusedError):
            beta_check_upload_path(path, [root])
    with pytest.raises(UploadRefusedError, match="too long"):
        beta_check_upload_path(str(root / ("a/" * 3000)), [root])
    with pytest.raises(UploadRefusedError, match="no configured upload roots"):
        beta_check_upload_path(root / "ok.txt", [])


def test_a_symlink_out_of_the_root_is_refused(roots: tuple[Path, Path]) -> None:
    root, outside = roots
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "dir").symlink_to(outside)
    for path in (root / "link.txt", root / "dir" / "secret.txt"):
        with pytest.raises(UploadRefusedError, match="outside"):
            beta_check_upload_path(path, [root])


def test_a_symlinked_root_is_compared_resolved(roots: tuple[Path, Path], tmp_path: Path) -> None:
    root, _ = roots
    alias = tmp_path / "alias"
    alias.symlink_to(root)
    assert beta_check_upload_path(alias / "ok.txt", [alias]) == os.path.realpath(root / "ok.txt")


def test_a_missing_root_grants_nothing_unless_lenient(tmp_path: Path) -> None:
    missing = tmp_path / "later"
    with pytest.raises(UploadRefusedError):
        beta_check_upload_path(missing / "f.txt", [missing])
    assert beta_check_upload_path(missing / "f.txt", [missing], strict_roots=False).endswith(
        "f.txt"
    )


def test_a_single_root_string_is_a_configuration_error(roots: tuple[Path, Path]) -> None:
    root, _ = roots
    with pytest.raises(ToolsetConfigError):
        beta_check_upload_path(root / "ok.txt", str(root))  # type: ignore[arg-type]
    with pytest.raises(ToolsetConfigError):
        BetaLocalFilePolicy(upload_roots=str(root))  # type: ignore[arg-type]


def test_the_local_file_policy(roots: tuple[Path, Path], tmp_path: Path) -> None:
    root, outside = roots
    with pytest.raises(ToolsetConfigError, match="outside every upload root"):
        BetaLocalFilePolicy(upload_roots=[root], download_dir=root / "downloads")
    downloads = tmp_path / "downloads"
    policy = BetaLocalFilePolicy(
        upload_roots=[root],
        upload_document_ids=["file_1"],
        download_dir=downloads,
        expose_download_paths=True,
    )
    context = BetaURLContext()
    assert policy.resolve_upload_paths(context, [str(root / "ok.txt")]) == [
        os.path.realpath(root / "ok.txt")
    ]
    assert policy.resolve_upload_documents(context, ["file_1"]) == ["file_1"]
    with pytest.raises(UploadRefusedError, match="allowlist"):
        policy.resolve_upload_documents(context, ["file_2"])
    assert policy.is_path_visible(str(downloads / "report.pdf")) is True
    assert policy.is_path_visible(str(downloads / ".." / "uploads" / "ok.txt")) is False
    assert policy.is_path_visible(str(outside / "secret.txt")) is False
    assert (
        BetaLocalFilePolicy(download_dir=downloads).is_path_visible(str(downloads / "r.pdf"))
        is False
    )


# -- a browser driver -----------------------------------------------------------------------------


class Browser(BetaAbstractBrowserToolset20260801):
    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.clicks = 0
        self.changes: list[Any] = []

    def _browser_state(self, context: BetaToolsetCallContext) -> BetaBrowserState:
        changes, self.changes = self.changes, []
        return BetaBrowserState(
            tabs=[
                {
                    "tab_id": "t1",
                    "title": "T" * 10_000,
                    "url": "https://a.example/" + "p" * 10_000,
                    "active": True,
                }
            ],
            state_changes=changes,
        )

    def left_click(
        self, context: BetaToolsetCallContext, input: BetaBrowserLeftClickInput
    ) -> str | None:
        self.clicks += 1
        return "x" * 10_000

    def file_upload(
        self, context: BetaToolsetCallContext, input: BetaBrowserFileUploadInput
    ) -> str | None:
        return None


def test_construction_errors() -> None:
    Browser()  # file_upload is implemented but off by default: no confirm needed ...
    with pytest.raises(ToolsetConfigError, match="requires a confirm callable"):
        Browser(configs={"file_upload": {"enabled": True}})  # ... switched on, it needs one
    with pytest.raises(ToolsetConfigError, match="does not implement"):
        Browser(configs={"zoom": {"enabled": True}})
    with pytest.raises(ToolsetConfigError, match="tool_configs"):
        Browser(tool_configs={"configs": {}})  # type: ignore[typeddict-unknown-key]

    class Mixed(BetaAbstractComputerToolset20260801):
        async def left_click(self, context: Any, input: Any) -> None:  # type: ignore[override]
            return None

    with pytest.raises(ToolsetContractError, match=r"async def|subclass BetaAsync"):
        Mixed()

    class Blocking(BetaAsyncAbstractComputerToolset20260801):
        def left_click(self, context: Any, input: Any) -> None:  # type: ignore[override]
            return None

    with pytest.raises(ToolsetContractError, match="sync on the asynchronous"):
        Blocking()
    with pytest.raises(ToolsetContractError, match="confirm is async"):

        async def confirm(context: Any) -> bool:
            return True

        BetaAbstractComputerToolset20260801(confirm=confirm)  # type: ignore[arg-type]


def test_members_are_gated() -> None:
    browser = Browser(configs={"left_click": {"enabled": False}})
    assert browser.configs is not None and browser.configs["left_click"] == {"enabled": False}
    for name, error in (
        ("left_click", DisabledMemberError),
        ("zoom", UnavailableMemberError),
        ("__init__", UnknownMemberError),
        ("_browser_state", UnknownMemberError),
    ):
        with pytest.raises(ToolError) as raised:
            browser.call(BetaToolsetCallContext(), name, {"target": {"type": "ref", "ref": "r"}})
        assert isinstance(raised.value.__cause__, error), name
    assert browser.clicks == 0
    # a member call of another family is never routed here
    with pytest.raises(ToolsetContractError):
        browser.tool_result(use("left_click", {}, family="computer"))


def test_the_confirm_gate() -> None:
    shown: list[BetaConfirmContext] = []

    def confirm(context: BetaConfirmContext) -> bool:
        shown.append(context)
        return context.member == "left_click"

    browser = Browser(confirm=confirm)
    click = use("left_click", {"target": {"type": "ref", "ref": "r"}})
    assert "is_error" not in browser.tool_result(click)
    assert shown[0].tab_id is None  # no report collected yet
    assert "is_error" not in browser.tool_result(click)
    assert shown[1].tab_id == "t1" and len(shown[1].tab_url or "") <= 4096

    def broken(context: BetaConfirmContext) -> bool:
        raise RuntimeError("prompt crashed at /home/user/secret")

    failing = Browser(confirm=broken)
    result = failing.tool_result(click)
    assert result.get("is_error") and "could not be obtained" in str(result["content"])
    assert "secret" not in str(result["content"]) and failing.clicks == 0

    def key_confirm(context: BetaComputerConfirmContext) -> bool:
        return False

    class Desk(BetaAbstractComputerToolset20260801):
        def key(self, context: Any, input: BetaComputerKeyInput) -> str | None:
            raise AssertionError("declined calls never run")

    with pytest.raises(ToolError) as raised:
        Desk(confirm=key_confirm).call(BetaToolsetCallContext(), "key", {"text": "a"})
    assert isinstance(raised.value.__cause__, ConfirmDeclinedError)
    assert not isinstance(raised.value.__cause__, ConfirmFailedError)


def test_page_supplied_text_is_capped() -> None:
    browser = Browser()
    browser.changes = [BetaDialogDismissed(kind="confirm", message="m" * 5000)] * 5
    result = browser.tool_result(use("left_click", {"target": {"type": "ref", "ref": "r"}}))
    content: list[Any] = result["content"]  # type: ignore[assignment]
    ack, line, *dialogs, state = content
    assert ack == {"type": "text", "text": "Clicked."}
    assert len(line["text"]) == 4096
    assert len(dialogs) == 4 and dialogs[-1]["text"] == "2 more dialogs were dismissed."
    assert all(len(d["text"]) < 300 for d in dialogs)
    tab = state["tabs"][0]
    assert len(tab["url"]) == 4096 and tab["url"].startswith("\u2026") and len(tab["title"]) == 4096


def test_pending_state_changes_are_capped() -> None:
    browser = Browser()
    for i in range(300):  # failed calls hold their changes for the next block
        browser.changes = [
            {"type": "download_started", "download_id": f"d{i}", "url": "https://a.example/f"}
        ]
        browser.tool_result(use("zoom", {}))
    result = browser.tool_result(use("left_click", {"target": {"type": "ref", "ref": "r"}}))
    state = result["content"][-1]  # type: ignore[index]
    assert len(state["state_changes"]) == 200  # type: ignore[index]


def test_a_closed_toolset_refuses_calls() -> None:
    with Browser() as browser:
        pass
    with pytest.raises(ToolsetClosedError):
        browser.tool_result(use("left_click", {"target": {"type": "ref", "ref": "r"}}))

    async def main() -> None:
        class Desk(BetaAsyncAbstractComputerToolset20260801):
            async def left_click(
                self, context: Any, input: BetaComputerLeftClickInput
            ) -> str | None:
                return None

        async with Desk() as desk:
            result = await desk.tool_result(
                use("left_click", {"coordinate": [1, 2]}, family="computer")
            )
            assert result["content"] == [{"type": "text", "text": "Clicked."}]
        with pytest.raises(ToolsetClosedError):
            await desk.call(BetaToolsetCallContext(), "left_click", {"coordinate": [1, 2]})

    asyncio.run(main())


def test_importing_the_package_loads_no_toolset_code() -> None:
    code = (
        "import sys, claude_api_client, claude_api_client.tools, claude_api_client.lib.tools\n"
        "assert not [m for m in sys.modules if '_toolsets' in m], 'loaded early'\n"
        "from claude_api_client.tools import BetaAbstractBrowserToolset20260801\n"
        "assert 'claude_api_client.lib.tools._toolsets._browser' in sys.modules\n"
    )
    run_python("-c", code)
