from __future__ import annotations

import ast
import pathlib
import subprocess
import sys

CORE = pathlib.Path(__file__).resolve().parents[2] / "overlay" / "claude_api_client" / "_core"
MINE = [
    "_types.py",
    "_options.py",
    "_exceptions.py",
    "_ratelimit.py",
    "_retry.py",
    "_base_client.py",
    "_response.py",
    "_casts.py",
    "_pagination.py",
    "_constants.py",
]


def test_exceptions_and_types_import_without_httpx() -> None:
    code = (
        "import sys; import claude_api_client._core._exceptions, claude_api_client._core._types, "
        "claude_api_client._core._options; "
        "assert 'httpx' not in sys.modules, 'httpx imported'; "
        "assert 'pydantic' not in sys.modules, 'pydantic imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_core_modules_import_nothing_from_upper_layers() -> None:
    forbidden = ("types", "resources", "_client", "lib", "testing")
    for name in MINE:
        tree = ast.parse((CORE / name).read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                module = node.module or ""
                if node.level >= 2:  # from .. import x / from ..types import y
                    head = module.split(".")[0] if module else ""
                    assert head not in forbidden and not (
                        not module and any(a.name in forbidden for a in node.names)
                    ), (name, module)
                assert not module.startswith(tuple(f"claude_api_client.{f}" for f in forbidden))
