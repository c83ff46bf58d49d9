"""The README's Python snippets run as written (against the in-process local server)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from honeyhive import HoneyHive

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
SNIPPETS = re.findall(r"```python\n(.*?)```", README, re.S)


def test_the_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 2


def test_usage_snippet_stores_what_it_says(capsys: pytest.CaptureFixture[str]) -> None:
    [usage] = [s for s in SNIPPETS if "from honeyhive import HoneyHive" in s]
    # The only change: the in-process server instead of api.honeyhive.ai.
    code = usage.replace('HoneyHive(api_key="hh_...")', "HoneyHive(test_mode=True)")
    assert code != usage
    exec(compile(code, "README.md", "exec"), {})
    # iter() over "my-project": the session's root event and the model event.
    assert sorted(capsys.readouterr().out.split()) == ["chat", "openai_completion"]


def test_low_level_snippet_runs_through_the_clients_generated_client() -> None:
    [low] = [s for s in SNIPPETS if "client.low_level" in s]
    client = HoneyHive(test_mode=True)
    client.events.create({"event_type": "tool", "inputs": {}, "duration": 5})
    namespace: dict[str, Any] = {"client": client}
    exec(compile(low, "README.md", "exec"), namespace)
    assert [bucket.value for bucket in namespace["chart"].events] == [5.0]
