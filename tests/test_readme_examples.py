"""Every ```python block of the README runs, as written, against the local simulator.

Each block runs in a fresh interpreter with ANTHROPIC_BASE_URL / ANTHROPIC_API_KEY pointing at a
simulator this test starts, so `Anthropic()` in a block needs no change. A block that continues an
earlier one (uses its `client` or `message`) gets a small prelude defining just those names. A
block that cannot run here says so in an HTML comment right above it, which readers do not see:

    <!-- readme-test: skip (needs a real API key) -->
    <!-- readme-test: files (report.pdf, my_skill/SKILL.md) -->
    <!-- readme-test: prints (401 authentication_error) -->
    <!-- readme-test: needs (mcp) -->

`prints` checks that the output holds the text (an error example must really raise); `skip` needs
its reason (pytest reports it, so skips stay visible and few); `files` names files the
block reads, which the test creates (small, valid of their kind) in the block's working folder;
`needs` names the optional packages (extras) the block imports: it runs wherever they are
installed (the development setup has them all) and is skipped elsewhere.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from claude_api_client.testing import local_api

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(
    r"(?:<!-- readme-test: (?P<directive>[^>]*?) -->\n)?```python\n(?P<code>.*?)```", re.S
)

# Every block may use the client classes unimported; names a continuing block may use without
# defining them are defined only when it does not.
PRELUDE = {
    "client": "client = Anthropic()\n",
    "message": (
        "message = client.messages.create(model='claude-sonnet-4-5', max_tokens=64, "
        "messages=[{'role': 'user', 'content': 'Hello'}])\n"
    ),
}


@dataclass
class Block:
    line: int
    code: str
    skip: str | None
    files: tuple[str, ...] = ()
    prints: str | None = None
    needs: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return f"README.md:{self.line}"


def blocks() -> list[Block]:
    text = README.read_text(encoding="utf-8")
    found = []
    for match in BLOCK.finditer(text):
        directive = match.group("directive")
        skip, files, prints, needs = None, (), None, ()
        if directive is not None:
            parsed = re.fullmatch(r"(skip|files|prints|needs) \((.+)\)", directive.strip())
            assert parsed, f"unknown README directive {directive!r}"
            kind, value = parsed.groups()
            if kind == "skip":
                skip = value
            elif kind == "prints":
                prints = value
            elif kind == "needs":
                needs = tuple(name.strip() for name in value.split(","))
            else:
                files = tuple(name.strip() for name in value.split(","))
        line = text.count("\n", 0, match.start("code")) + 1
        found.append(Block(line, match.group("code"), skip, files, prints, needs))
    return found


def with_prelude(code: str) -> str:
    prelude = "from claude_api_client import Anthropic, AsyncAnthropic  # noqa: F401\n"
    for name, definition in PRELUDE.items():
        uses = re.search(rf"\b{name}\b", code)
        defines = re.search(
            rf"^\s*(?:async with .* as |with .* as )?{name}\s*=|as {name}\b", code, re.M
        )
        if uses and not defines:
            if (
                name == "message"
                and PRELUDE["client"] not in prelude
                and not re.search(r"\bclient\s*=", code)
            ):
                prelude += PRELUDE["client"]
            prelude += definition
    return prelude + code


def make_sample(path: Path) -> None:
    """A small file of the kind its name says, for a block that reads one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.name == "SKILL.md":
        path.write_text("---\nname: my-skill\ndescription: An example skill.\n---\n\nSay hi.\n")
    elif path.suffix == ".pdf":
        path.write_bytes(
            b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        )
    else:
        path.write_bytes(b"sample\n")


@pytest.fixture(scope="module")
def simulator_env() -> dict[str, str]:
    with local_api() as api:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ANTHROPIC_")}
        env.update(ANTHROPIC_BASE_URL=api.base_url, ANTHROPIC_API_KEY=api.api_key)
        yield env


ALL = blocks()


def test_the_readme_has_python_examples() -> None:
    assert len(ALL) >= 10


@pytest.mark.parametrize("block", ALL, ids=[b.id for b in ALL])
def test_readme_block_runs(block: Block, simulator_env: dict[str, str], tmp_path: Path) -> None:
    if block.skip:
        pytest.skip(block.skip)
    missing = [name for name in block.needs if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (not installed here)")
    for name in block.files:
        make_sample(tmp_path / name)
    script = tmp_path / "example.py"
    script.write_text(with_prelude(block.code), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=simulator_env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, (
        f"{block.id} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    )
    if block.prints is not None:
        assert block.prints in result.stdout, f"{block.id} did not print {block.prints!r}"
