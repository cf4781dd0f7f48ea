"""Offline end to end: release to a local index, install from it, call the local simulator.

Runs in a temporary clone of the repository (the working tree's uncommitted changes committed
there), so the real tree, its tags and its dist/ are untouched. Nothing leaves 127.0.0.1: the
dependencies come from a wheelhouse rebuilt from this environment's installed distributions and
are served by the same local index.
"""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from importlib import metadata
from pathlib import Path

from _release import artifacts

from ._index import PackageIndex
from ._wheelhouse import build_wheelhouse
from .conftest import git

VERSION_ARG, VERSION = "0.0.1-rc.1", "0.0.1rc1"

CALL = """
import sys, claude_api_client
from claude_api_client.testing import local_api
assert claude_api_client.__file__.startswith(sys.prefix), claude_api_client.__file__
assert claude_api_client.__version__ == sys.argv[1], claude_api_client.__version__
with local_api() as api:
    client = api.client()
    message = client.messages.create(
        model="claude-sonnet-4-5", max_tokens=64,
        messages=[{"role": "user", "content": "Hello from the wheel"}],
    )
    assert message.role == "assistant" and message.content, message
    print("OK", message.id, message.content[0].type)
"""


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "TWINE_", "VIRTUAL_ENV", "PYTHONPATH"))
    }
    return {
        **env,
        "PIP_CONFIG_FILE": os.devnull,
        "PIP_NO_INPUT": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "NO_PROXY": "127.0.0.1",
        **extra,
    }


def test_release_install_and_call(repo_clone: Path, tmp_path: Path) -> None:
    requires = metadata.distribution("claude-api-client").requires or []
    with PackageIndex(tmp_path / "index") as index:
        for wheel in build_wheelhouse(list(requires), tmp_path / "wheelhouse"):
            index.add(wheel)

        env = clean_env(
            TWINE_USERNAME="__token__",
            TWINE_PASSWORD="pypi-local-test-token",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        )
        cmd = [
            sys.executable,
            str(repo_clone / "scripts" / "release"),
            "--repository-url",
            index.url,
            "--version",
            VERSION_ARG,
            "--date",
            "2026-01-01",
        ]
        result = subprocess.run(cmd, cwd=repo_clone, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
        assert "byte-identical" in result.stdout

        # The release committed the bump, tagged it, and published the three artifacts.
        assert git(repo_clone, "log", "-1", "--format=%s") == f"Release {VERSION}"
        assert git(repo_clone, "rev-parse", f"v{VERSION}^{{commit}}") == git(
            repo_clone, "rev-parse", "HEAD"
        )
        assert git(repo_clone, "status", "--porcelain") == ""
        changelog = (repo_clone / "CHANGELOG.md").read_text(encoding="utf-8")
        assert f"## [{VERSION}] - 2026-01-01" in changelog and "## [Unreleased]" in changelog
        dist = repo_clone / "dist"
        wheel = dist / f"claude_api_client-{VERSION}-py3-none-any.whl"
        sdist = dist / f"claude_api_client-{VERSION}.tar.gz"
        document = dist / f"claude-api-client-{VERSION}-openapi.json"
        assert wheel.is_file() and sdist.is_file() and document.is_file()
        assert sorted(u["filename"] for u in index.uploads) == sorted([wheel.name, sdist.name])
        assert all(u["authorization"] == "yes" and u["version"] == VERSION for u in index.uploads)

        # Rerunning resumes the same release: nothing new committed, the upload is skipped.
        again = subprocess.run(cmd, cwd=repo_clone, env=env, capture_output=True, text=True)
        assert again.returncode == 0, again.stdout[-4000:] + again.stderr[-4000:]
        assert "resuming" in again.stdout
        assert git(repo_clone, "log", "-1", "--format=%s") == f"Release {VERSION}"
        assert len(index.uploads) == 2

        # The wheel holds the package only, with complete metadata and the bundled document.
        assert artifacts.check_wheel(wheel, VERSION) == []
        assert artifacts.check_sdist(sdist) == []
        with zipfile.ZipFile(wheel) as z:
            names = z.namelist()
            assert z.read("claude_api_client/openapi.json") == document.read_bytes()
        assert "claude_api_client/py.typed" in names
        assert not [
            n
            for n in names
            if n.startswith(("tests/", "openapi/")) or ".yaml" in n or "cassette" in n
        ]
        _, headers, _ = artifacts.wheel_metadata(wheel)
        assert headers["Requires-Python"] == [">=3.10"]
        assert headers["License-Expression"] == ["MIT"]
        assert "Typing :: Typed" in headers["Classifier"]
        assert {u.split(",")[0] for u in headers["Project-URL"]} >= {
            "Homepage",
            "Source",
            "Changelog",
        }

        # A fresh venv installs it, and its dependencies, from the local index alone.
        env_dir = tmp_path / "venv"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = env_dir / "bin" / "python"
        install = subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "--no-cache-dir",
                "--quiet",
                "--index-url",
                f"{index.url}simple/",
                f"claude-api-client=={VERSION}",
            ],
            env=clean_env(),
            capture_output=True,
            text=True,
        )
        assert install.returncode == 0, install.stdout + install.stderr
        call = subprocess.run(
            [str(python), "-c", CALL, VERSION],
            env=clean_env(),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert call.returncode == 0, call.stdout + call.stderr
        assert call.stdout.startswith("OK msg_"), call.stdout
