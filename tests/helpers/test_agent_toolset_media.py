"""The agent toolset's `read` of images and PDFs: base64 `image` / `document` blocks, their own
caps (tightened by an explicit `max_file_bytes`), no `view_range`; the same blocks and refusals
as the official package's `read` where its venv is present."""

from __future__ import annotations

import asyncio
import base64
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from _support.interpreters import run_python
from _support.official import needs_official, official_interpreter, run_official
from claude_api_client.lib.tools import ToolError
from claude_api_client.lib.tools import agent_toolset as toolset
from claude_api_client.lib.tools.agent_toolset import AgentToolContext, beta_read_tool

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
PDF = b"%PDF-1.4\n" + b"0" * 3000 + b"\n%%EOF\n"


def _files(root: Path) -> None:
    (root / "pic.PNG").write_bytes(PNG)
    (root / "photo.jpeg").write_bytes(PNG)
    (root / "doc.pdf").write_bytes(PDF)
    (root / "notes.txt").write_text("text\n")


def _read(ctx: AgentToolContext, **args: Any) -> Any:
    return asyncio.run(beta_read_tool(ctx).call(args))


def test_images_and_pdfs_are_content_blocks(tmp_path: Path) -> None:
    _files(tmp_path)
    ctx = AgentToolContext(tmp_path)
    assert _read(ctx, file_path="pic.PNG") == [
        {
            "type": "image",
            "source": {
                "type": "base64",
                "media_type": "image/png",
                "data": base64.b64encode(PNG).decode(),
            },
        }
    ]
    assert _read(ctx, file_path="photo.jpeg")[0]["source"]["media_type"] == "image/jpeg"
    document = _read(ctx, file_path="doc.pdf")[0]
    assert document["type"] == "document"
    assert base64.b64decode(document["source"]["data"]) == PDF
    assert _read(ctx, file_path="notes.txt") == "text\n"
    with pytest.raises(ToolError, match="view_range"):
        _read(ctx, file_path="pic.PNG", view_range=[1, 2])


def test_the_media_caps(tmp_path: Path) -> None:
    _files(tmp_path)
    # 1,000 base64 characters hold 750 bytes: the 1,032-byte image is refused.
    with pytest.raises(ToolError, match="750-byte limit"):
        _read(AgentToolContext(tmp_path, max_image_base64_bytes=1000), file_path="pic.PNG")
    assert _read(AgentToolContext(tmp_path, max_image_base64_bytes=None), file_path="pic.PNG")
    with pytest.raises(ToolError, match="1000-byte limit"):
        _read(AgentToolContext(tmp_path, max_pdf_bytes=1000), file_path="doc.pdf")
    # An explicit max_file_bytes binds them too; the text default (110,000 bytes) does not.
    with pytest.raises(ToolError, match="500-byte limit"):
        _read(AgentToolContext(tmp_path, max_file_bytes=500), file_path="pic.PNG")
    big = tmp_path / "big.png"
    big.write_bytes(b"\0" * 200_000)
    assert _read(AgentToolContext(tmp_path), file_path="big.png")[0]["type"] == "image"
    assert toolset.DEFAULT_MAX_IMAGE_BASE64_BYTES == toolset.READ_IMAGE_MAX_BASE64_BYTES
    assert toolset.DEFAULT_MAX_PDF_BYTES == toolset.READ_PDF_MAX_BYTES == 20 * 1024 * 1024
    with pytest.raises(ValueError, match="max_pdf_bytes"):
        AgentToolContext(tmp_path, max_pdf_bytes=0)


_RUN = """
import asyncio, json, sys, importlib
module = importlib.import_module(sys.argv[1] + ".lib.tools.agent_toolset")
cases = json.loads(sys.argv[3])
out = []
for options, args in cases:
    tool = module.beta_read_tool(module.AgentToolContext(sys.argv[2], **options))
    try:
        out.append(asyncio.run(tool.call(args)))
    except Exception as error:
        out.append(["error", type(error).__name__])
print(json.dumps(out))
"""
CASES = [
    [{}, {"file_path": "pic.PNG"}],
    [{}, {"file_path": "photo.jpeg"}],
    [{}, {"file_path": "doc.pdf"}],
    [{}, {"file_path": "pic.PNG", "view_range": [1, 2]}],
    [{"max_image_base64_bytes": 1000}, {"file_path": "pic.PNG"}],
    [{"max_image_base64_bytes": 1500}, {"file_path": "pic.PNG"}],
    [{"max_pdf_bytes": 1000}, {"file_path": "doc.pdf"}],
    [{"max_file_bytes": 500}, {"file_path": "doc.pdf"}],
]


@needs_official
def test_the_same_blocks_and_refusals_as_the_officials(tmp_path: Path) -> None:
    _files(tmp_path)

    def outcomes(python: str, package: str) -> Any:
        done = run_python("-c", _RUN, package, str(tmp_path), json.dumps(CASES), python=python)
        return json.loads(done.stdout)

    ours = outcomes(sys.executable, "claude_api_client")
    assert ours == outcomes(official_interpreter(), "anthropic")
    assert ours[3] == ours[4] == ["error", "ToolError"]


@needs_official
def test_the_context_takes_the_official_fields_in_the_official_order(tmp_path: Path) -> None:
    import dataclasses

    code = (
        "import dataclasses, json\n"
        "from anthropic.lib.tools.agent_toolset import AgentToolContext\n"
        "print(json.dumps([f.name for f in dataclasses.fields(AgentToolContext) if f.init]))\n"
    )
    done = run_official("-c", code)
    ours = [f.name for f in dataclasses.fields(AgentToolContext) if f.init]
    assert ours == json.loads(done.stdout)
    with pytest.raises(TypeError, match="unrestricted_paths"):
        AgentToolContext(tmp_path, unrestricted_paths=False)
