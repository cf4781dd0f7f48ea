"""The portability gate: our bundled document generates with openapi-python-client cleanly.

The vendor's document does not (it loses POST /v1/messages among others); ours must generate
every operation with no warning, so that other generators can use what we publish.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "generated" / "claude_api_client" / "openapi.json"
CONFIG = ROOT / "openapi" / "portability-gate.yaml"


def operation_ids() -> set[str]:
    doc = json.loads(BUNDLED.read_text(encoding="utf-8"))
    return {
        op["operationId"]
        for item in doc["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "put", "patch", "delete"}
    }


def test_openapi_python_client_generates_every_operation_without_warning(tmp_path: Path) -> None:
    tool = Path(sys.executable).with_name("openapi-python-client")
    if not tool.exists():
        pytest.skip("openapi-python-client is not installed (scripts/bootstrap --dev installs it)")
    env = {**os.environ, "PATH": f"{tool.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(
        [
            str(tool),
            "generate",
            "--path",
            str(BUNDLED),
            "--config",
            str(CONFIG),
            "--output-path",
            str(tmp_path / "out"),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    generated = {p.stem for p in (tmp_path / "out" / "api").rglob("*.py") if p.stem != "__init__"}
    assert generated == operation_ids()
    shutil.rmtree(tmp_path / "out")
