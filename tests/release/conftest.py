"""Fixtures for the release tooling tests: scripts/ on sys.path, a temporary clone of the repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
if str(SCRIPTS) not in sys.path:
    sys.path.insert(0, str(SCRIPTS))

GIT_ENV = {
    "GIT_AUTHOR_NAME": "release test",
    "GIT_AUTHOR_EMAIL": "release-test@example.invalid",
    "GIT_COMMITTER_NAME": "release test",
    "GIT_COMMITTER_EMAIL": "release-test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def clone_worktree(dest: Path) -> Path:
    """Clone the repository and commit the working tree's uncommitted changes in the clone."""
    git(ROOT, "rev-parse", "HEAD")
    subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(dest)], check=True)
    files = git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    wanted = {f for f in files if f and (ROOT / f).is_file()}
    for rel in wanted:
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, target)
    for rel in git(dest, "ls-files", "-z").split("\0"):
        if rel and rel not in wanted:
            (dest / rel).unlink(missing_ok=True)
    git(dest, "add", "-A")
    if git(dest, "status", "--porcelain"):
        git(dest, "commit", "--quiet", "--no-verify", "-m", "Snapshot of the working tree")
    for tag in git(dest, "tag", "--list", "v*").splitlines():
        git(dest, "tag", "-d", tag)  # the test releases start from "no release yet"
    return dest


@pytest.fixture(scope="module")
def repo_clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield clone_worktree(tmp_path_factory.mktemp("clone") / "repo")
