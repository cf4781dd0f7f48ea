"""scripts/generate refuses a document that does not validate, and says why."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_generate(openapi_root: Path, output: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "generate"),
            "--openapi",
            str(openapi_root),
            "--output",
            str(output),
        ],
        capture_output=True,
        text=True,
    )


def test_an_invalid_document_is_refused_with_the_validators_message(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    usage = tmp_path / "openapi" / "components" / "schemas" / "messages" / "Usage.yaml"
    usage.write_text(usage.read_text().replace("type: object", "type: objekt", 1))
    result = run_generate(tmp_path / "openapi" / "openapi.yaml", tmp_path / "out")
    assert result.returncode != 0
    assert "does not validate" in result.stderr
    assert "objekt" in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_dangling_reference_is_refused_naming_the_file(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "openapi", tmp_path / "openapi")
    (tmp_path / "openapi" / "components" / "schemas" / "messages" / "TextBlock.yaml").unlink()
    result = run_generate(tmp_path / "openapi" / "openapi.yaml", tmp_path / "out")
    assert result.returncode != 0
    assert "TextBlock.yaml" in result.stderr
