"""The README's helper examples run as written against the simulator."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[2] / "README.md"
SECTIONS = ("Structured outputs", "Tools and the tool runner", "The memory tool", "Message threads")


def _example(section: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"### {section}\n")
    block = re.search(r"```python\n(.*?)```", text[start:], re.S)
    assert block is not None, section
    return block.group(1)


@pytest.mark.parametrize("section", SECTIONS)
def test_readme_example_runs(section: str, capsys: pytest.CaptureFixture[str]) -> None:
    exec(compile(_example(section), f"README.md ({section})", "exec"), {"__name__": "readme"})
    out = capsys.readouterr().out
    if section == "Structured outputs":
        assert "city='echo' temperature=1.0" in out
    elif section == "Tools and the tool runner":
        assert out.splitlines() == [
            "tool_use ['text', 'tool_use', 'tool_use']",
            "end_turn ['text']",
        ]
    elif section == "Message threads":
        assert out.splitlines() == ["echo: And again True", "echo: Go on", "6 6"]
    else:
        assert "leaves /memories" in out


def test_the_typed_helpers_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    import runpy

    runpy.run_path(str(README.parent / "examples" / "helpers.py"), run_name="__main__")
    assert capsys.readouterr().out.splitlines() == [
        "parsed: 1.0",
        "turn: tool_use",
        "turn: end_turn",
        "thread: echo 4",
        "async: echo: noon Sunny in echo",
    ]
