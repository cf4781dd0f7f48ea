"""Build the sdist and wheel reproducibly and check what they hold."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

PACKAGE = "claude_api_client"
DOCUMENT = f"{PACKAGE}/openapi.json"
# What only the repository holds; none of it belongs in the wheel.
NOT_IN_WHEEL = (
    "tests/",
    "openapi/",
    "cassettes",
    "templates/",
    "scripts/",
    "__pycache__",
    ".pyc",
    ".yaml",
    ".yml",
)


class BuildError(Exception):
    pass


def build(source: Path, outdir: Path, epoch: int) -> tuple[Path, Path]:
    """`python -m build` (sdist, then the wheel from the sdist) with SOURCE_DATE_EPOCH set.

    Offline when the build backend is installed (`--no-isolation`); otherwise pip fetches it.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "build", "--outdir", str(outdir)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.append("--no-isolation")
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(epoch), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run([*cmd, str(source)], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BuildError(f"{' '.join(cmd)} failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")
    sdists = sorted(outdir.glob("*.tar.gz"))
    wheels = sorted(outdir.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise BuildError(f"expected one sdist and one wheel in {outdir}, found {sdists + wheels}")
    return sdists[0], wheels[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wheel_metadata(wheel: Path) -> tuple[list[str], dict[str, list[str]], str]:
    """(file names, METADATA headers as name → values, METADATA body)."""
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        msg = HeaderParser().parsestr(z.read(meta_name).decode("utf-8"))
    headers: dict[str, list[str]] = {}
    for key, value in msg.items():
        headers.setdefault(key, []).append(value)
    payload = msg.get_payload()
    return names, headers, payload if isinstance(payload, str) else ""


def check_wheel(wheel: Path, version: str) -> list[str]:
    """Problems with the wheel's contents and metadata (empty when it is fit to publish)."""
    problems: list[str] = []
    names, headers, body = wheel_metadata(wheel)
    dist_info = f"{PACKAGE}-{version}.dist-info/"
    for name in names:
        if not (name.startswith(f"{PACKAGE}/") or name.startswith(dist_info)):
            problems.append(f"wheel holds {name}, outside the package")
        elif any(bad in name for bad in NOT_IN_WHEEL):
            problems.append(f"wheel holds {name}, which belongs to the repository only")
    json_docs = [n for n in names if n.endswith(".json") and "openapi" in n]
    if json_docs != [DOCUMENT]:
        problems.append(f"wheel should hold exactly one document, {DOCUMENT}; found {json_docs}")
    for needed in (
        f"{PACKAGE}/__init__.py",
        f"{PACKAGE}/py.typed",
        f"{PACKAGE}/testing/__init__.py",
    ):
        if needed not in names:
            problems.append(f"wheel lacks {needed}")
    expected = {
        "Name": "claude-api-client",
        "Version": version,
        "Requires-Python": ">=3.10",
    }
    for key, value in expected.items():
        if headers.get(key) != [value]:
            problems.append(f"METADATA {key} is {headers.get(key)}, expected {value!r}")
    if not (headers.get("License-Expression") or headers.get("License")):
        problems.append("METADATA has no license")
    classifiers = headers.get("Classifier", [])
    for needed in ("Typing :: Typed", "Programming Language :: Python :: 3 :: Only"):
        if needed not in classifiers:
            problems.append(f"METADATA lacks the classifier {needed!r}")
    if not any(c.startswith("Development Status ::") for c in classifiers):
        problems.append("METADATA lacks a Development Status classifier")
    urls = {u.split(",", 1)[0].strip() for u in headers.get("Project-URL", [])}
    for needed in ("Homepage", "Source", "Changelog"):
        if needed not in urls:
            problems.append(f"METADATA lacks the project URL {needed}")
    if not headers.get("Summary") or not body.strip():
        problems.append("METADATA lacks a summary or a long description")
    if headers.get("Description-Content-Type") != ["text/markdown"]:
        problems.append("METADATA long description is not text/markdown")
    return problems


def wheel_document(wheel: Path) -> bytes:
    with zipfile.ZipFile(wheel) as z:
        return z.read(DOCUMENT)


def check_sdist(sdist: Path) -> list[str]:
    problems: list[str] = []
    with tarfile.open(sdist) as t:
        names = [m.name.split("/", 1)[1] for m in t.getmembers() if "/" in m.name]
    for needed in (
        "pyproject.toml",
        "PKG-INFO",
        f"generated/{DOCUMENT}",
        "README.md",
        "CHANGELOG.md",
        f"overlay/{PACKAGE}/py.typed",
    ):
        if needed not in names:
            problems.append(f"sdist lacks {needed}")
    for name in names:
        if name.startswith((".venv/", "dist/", ".git/")) or "__pycache__" in name:
            problems.append(f"sdist holds {name}")
    return problems
