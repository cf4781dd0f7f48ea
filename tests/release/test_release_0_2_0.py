"""The API-change release, rehearsed: 0.1.0 → 0.2.0 with `scripts/release --dry-run` to a local
index, in a temporary clone (the real tree and its tags are untouched).

0.1.0 is the commit before the API changes were absorbed (the parent of the commit that added the
`anthropic-workspace-id` parameter); the clone tags it `v0.1.0` as the last release.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from ._index import PackageIndex
from .conftest import git

WORKSPACE_PARAMETER = "openapi/components/parameters/AnthropicWorkspaceId.yaml"


def release_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TWINE_", "PIP_"))}
    return {
        **env,
        "NO_PROXY": "127.0.0.1",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }


def test_release_0_2_0_dry_run(repo_clone: Path, tmp_path: Path) -> None:
    added = git(repo_clone, "log", "--diff-filter=A", "--format=%H", "--", WORKSPACE_PARAMETER)
    base = git(repo_clone, "rev-parse", added.splitlines()[-1] + "^")
    git(repo_clone, "tag", "-a", "v0.1.0", "-m", "Release 0.1.0", base)
    head = git(repo_clone, "rev-parse", "HEAD")

    with PackageIndex(tmp_path / "index") as index:
        result = subprocess.run(
            [
                sys.executable,
                str(repo_clone / "scripts" / "release"),
                "--dry-run",
                "--repository-url",
                index.url,
                "--date",
                "2026-12-03",
            ],
            cwd=repo_clone,
            env=release_env(),
            capture_output=True,
            text=True,
        )
        out = result.stdout
        assert result.returncode == 0, out[-4000:] + result.stderr[-4000:]
        assert index.uploads == []  # a dry run uploads nothing

    # The proposal follows the pre-1.0 policy: a breaking change (the user_profile_id rename)
    # makes a minor release.
    assert "last release: v0.1.0" in out
    assert re.search(r"    [1-9]\d* breaking, \d+ non-breaking changes", out)
    assert "proposed: 0.2.0" in out and "    release: 0.2.0" in out
    # The CHANGELOG entry: our notes, then what the API diff says.
    assert "      | ## [0.2.0] - 2026-12-03" in out
    assert "`workspace_id=` on every method" in out
    assert (
        "! [request] messages_create header anthropic-user-profile-id: "
        "SDK argument renamed anthropic_user_profile_id → user_profile_id"
    ) in out
    assert re.search(r"API: \d+ changes since 0\.1\.0, \d+ of them breaking\.", out)
    assert "byte-identical" in out
    assert f"dry run: not uploading to {index.url}" in out

    dist = repo_clone / "dist"
    for name in (
        "claude_api_client-0.2.0-py3-none-any.whl",
        "claude_api_client-0.2.0.tar.gz",
        "claude-api-client-0.2.0-openapi.json",
    ):
        assert (dist / name).is_file(), name
    # The clone is as it was: no commit, no tag, no edit.
    assert git(repo_clone, "rev-parse", "HEAD") == head
    assert git(repo_clone, "tag", "--list", "v0.2.0") == ""
    assert git(repo_clone, "status", "--porcelain") == ""
