"""Cloud SDKs load only when a client needs them (checked in fresh interpreters)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLOUD = ("botocore", "boto3", "google.auth", "google.oauth2", "requests", "cryptography")


def _modules_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def _cloud(modules: set[str]) -> set[str]:
    return {m for m in modules if m.split(".")[0] in {c.split(".")[0] for c in CLOUD}}


@pytest.mark.parametrize(
    "code",
    [
        "import claude_api_client",
        "import claude_api_client; claude_api_client.Anthropic(api_key='k')",
        "from claude_api_client import AnthropicBedrock, AnthropicVertex, AnthropicFoundry",
        # Explicit keys are signed by our own SigV4 signer: no botocore on the hot path.
        "from claude_api_client import AnthropicBedrock\n"
        "AnthropicBedrock(aws_access_key='a', aws_secret_key='b', aws_region='us-east-1')",
        "from claude_api_client import AnthropicVertex\n"
        "AnthropicVertex(region='us-east5', project_id='p', access_token='t')",
    ],
)
def test_no_cloud_sdk_is_imported(code: str) -> None:
    assert _cloud(_modules_after(code)) == set()


def test_the_check_sees_a_cloud_sdk() -> None:
    pytest.importorskip("botocore")
    assert "botocore" in _cloud(_modules_after("import botocore.session"))
