"""The README's snippets run as written: its Python (in-process) and its shell commands."""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from honeyhive import HoneyHive

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
SNIPPETS = re.findall(r"```python\n(.*?)```", README, re.S)
BASH_BLOCKS = re.findall(r"```bash\n(.*?)```", README, re.S)

# ------------------------------------------------------------------------------ Python


def _snippet(marker: str) -> str:
    [found] = [s for s in SNIPPETS if marker in s]
    return found


#: What picks each Python snippet out; every snippet must be run by one of the tests below.
USAGE, LOW_LEVEL, FAULTS = 'HoneyHive(api_key="hh_...")', "client.low_level", "srv.faults.script"
LOGGER = "client.events.logger("
OPTIONS, OWN_CLIENT, PAGES = "with_raw_response", "corporate-ca.pem", "iter_runs_async"


def test_every_python_snippet_is_run_by_a_test() -> None:
    assert len(SNIPPETS) >= 7
    markers = (USAGE, LOW_LEVEL, FAULTS, LOGGER, OPTIONS, OWN_CLIENT, PAGES)
    assert all(sum(marker in s for marker in markers) == 1 for s in SNIPPETS)


def test_logger_snippet_stores_the_event_and_prints_what_its_comment_says(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _snippet(LOGGER)
    monkeypatch.chdir(tmp_path)  # the snippet's spool directory is relative
    client = HoneyHive(test_mode=True)
    namespace: dict[str, Any] = {"client": client}
    exec(compile(code, "README.md", "exec"), namespace)
    expected = re.search(r"print\(.*\)\s+#\s*(.+)", code)
    assert expected is not None
    assert capsys.readouterr().out.split() == expected.group(1).split()
    assert client.events.get(namespace["event_id"]).event.event_name == "chat"


def test_usage_snippet_stores_what_it_says(capsys: pytest.CaptureFixture[str]) -> None:
    usage = _snippet(USAGE)
    # The only change: the in-process server instead of api.honeyhive.ai.
    code = usage.replace(USAGE, "HoneyHive(test_mode=True)")
    assert code != usage
    exec(compile(code, "README.md", "exec"), {})
    # iter() over "my-project": the session's root event and the model event.
    assert sorted(capsys.readouterr().out.split()) == ["chat", "openai_completion"]


def test_options_snippet_runs_and_prints_the_raw_answer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = _snippet(OPTIONS)
    test_code = code.replace('HoneyHive(api_key="hh_...", ', "HoneyHive(test_mode=True, ")
    assert test_code != code
    namespace: dict[str, Any] = {}
    exec(compile(test_code, "README.md", "exec"), namespace)
    assert capsys.readouterr().out.split()[0] == "200"
    assert namespace["tools"] == []
    assert namespace["slow"].timeout == 600


def test_paging_snippet_reads_every_page(capsys: pytest.CaptureFixture[str]) -> None:
    client = HoneyHive(test_mode=True)
    client.events.create_batch(
        [{"event_type": "model", "event_name": f"m{i}", "inputs": {}} for i in range(1200)]
    )
    exec(compile(_snippet(PAGES), "README.md", "exec"), {"client": client})
    out = capsys.readouterr().out.split()
    assert sorted(out[:-1]) == sorted(f"m{i}" for i in range(1200))
    assert out[-1] == "[]"  # no experiment runs in this fresh server


def test_own_client_snippet_builds_with_real_certificates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trustme

    ca = trustme.CA()
    ca.cert_pem.write_to_path(str(tmp_path / "corporate-ca.pem"))
    issued = ca.issue_cert("client.example")
    issued.cert_chain_pems[0].write_to_path(str(tmp_path / "client.pem"))
    issued.private_key_pem.write_to_path(str(tmp_path / "client.key"))
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(compile(_snippet(OWN_CLIENT), "README.md", "exec"), namespace)
    client = namespace["client"]
    assert client._pools.http_client is not None
    assert client._pools.async_http_client is not None


def test_low_level_snippet_runs_through_the_clients_generated_client() -> None:
    low = _snippet(LOW_LEVEL)
    client = HoneyHive(test_mode=True)
    client.events.create({"event_type": "tool", "inputs": {}, "duration": 5})
    namespace: dict[str, Any] = {"client": client}
    exec(compile(low, "README.md", "exec"), namespace)
    assert [bucket.value for bucket in namespace["chart"].events] == [5.0]


def test_fault_snippet_prints_what_its_comment_says(capsys: pytest.CaptureFixture[str]) -> None:
    code = _snippet(FAULTS)
    exec(compile(code, "README.md", "exec"), {})
    # The comment at the end of the print line is the expected output.
    expected = re.search(r"print\(.*\)\s+#\s*(.+)", code)
    assert expected is not None
    assert capsys.readouterr().out.split() == expected.group(1).split()


# ------------------------------------------------------------------------------ shell

#: Commands of ```bash blocks this test does not run, and why. Each must still be in the README.
NOT_RUN = {
    'python3 -m venv .venv && .venv/bin/pip install -q -e ".[local]" && '
    ".venv/bin/python examples/quickstart_local.py": (
        ".ci/run makes the venv and installs (a superset of) it; "
        "tests/test_reference_examples.py runs the quickstart"
    ),
    'python3 -m venv .venv && .venv/bin/pip install -q -e ".[dev]" && '
    ".venv/bin/python -m pytest -q": "is what .ci/run does",
    "bash .ci/run": "is CI itself",
    "scripts/under-load": "runs CI itself three times (about half an hour)",
    ".venv/bin/python -m pytest -q": "is the suite this test belongs to",
    ".venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy": (
        ".ci/run runs each as a step of its own"
    ),
    ".venv/bin/python scripts/generate": (
        "rewrites generated/; tests/test_regeneration.py runs it in a temporary copy"
    ),
    ".venv/bin/python scripts/generate --check": ".ci/run runs it as a step of its own",
    "pip uninstall -y honeyhive honeyhive-client": "is for the reader's own environment",
    'pip install "/path/to/this/checkout[local]"': "is for the reader's own environment",
}
SERVE = ".venv/bin/honeyhive-local serve"
README_PORT = "8787"


def _commands(block: str) -> list[str]:
    """The block's commands: continuation lines joined, trailing comments dropped."""
    lines = block.replace("\\\n", " ").splitlines()
    commands = (re.sub(r"\s+#\s.*$", "", line).strip() for line in lines)
    return [re.sub(r"\s+", " ", c) for c in commands if c and not c.startswith("#")]


COMMANDS = [c for block in BASH_BLOCKS for c in _commands(block)]


def test_each_command_left_out_is_still_in_the_readme() -> None:
    assert sorted(set(NOT_RUN) - set(COMMANDS)) == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A directory that looks like the checkout after the two set-up commands.

    Its entries link to the real ones (``.venv`` included), so commands find what they
    name, and a file a command creates at the top lands here, not in the checkout.
    """
    for entry in ROOT.iterdir():
        if entry.name != ".git":
            (tmp_path / entry.name).symlink_to(entry)
    return tmp_path


@pytest.fixture
def server() -> Iterator[dict[str, subprocess.Popen[str]]]:
    """Holds the ``honeyhive-local serve`` a snippet starts, stopped at the end in any case."""
    holder: dict[str, subprocess.Popen[str]] = {}
    yield holder
    proc = holder.get("proc")
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.communicate()


def _start_server(command: str, cwd: Path, env: dict[str, str], port: int) -> Any:
    # As written, on a free port instead of 8787, so a server already running there (or
    # another run of this test) cannot answer in its place.
    proc = subprocess.Popen(
        [*shlex.split(command), "--port", str(port)],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            _, err = proc.communicate()
            raise AssertionError(f"{command!r} exited {proc.returncode}: {err}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc
        except OSError:
            time.sleep(0.1)
    raise AssertionError(f"{command!r} did not listen on port {port} within 60 s")


def test_every_shell_command_of_the_readme_runs_as_written(
    checkout: Path, server: dict[str, subprocess.Popen[str]]
) -> None:
    port = _free_port()
    # The reader's shell has no HoneyHive settings of ours (HH_LOCAL_API_KEYS would change
    # the server's keys).
    env = {k: v for k, v in os.environ.items() if not k.startswith("HH_")}
    ran: list[str] = []
    for block in BASH_BLOCKS:
        script = []
        for command in _commands(block):
            if command in NOT_RUN:
                continue
            if command.startswith(SERVE):
                assert not server, "the README starts the server twice"
                server["proc"] = _start_server(command, checkout, env, port)
                ran.append(command)
                continue
            script.append(command.replace(f":{README_PORT}", f":{port}"))
        if not script:
            continue
        assert server or not any(f":{port}" in c for c in script), (
            f"{script[0]!r} needs the server, which no earlier snippet starts"
        )
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", "\n".join(script)],
            cwd=checkout,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, f"{script}\nstdout: {result.stdout}\nstderr: {result.stderr}"
        ran += script
    assert ran[0] == f"{SERVE} --admin" and len(ran) >= 7, ran
    proc = server["proc"]
    proc.send_signal(signal.SIGINT)  # Ctrl-C, as the README says
    _, log = proc.communicate(timeout=15)
    assert proc.returncode == 0, log
    # curl exits 0 whatever the status: the server's log says what it answered. The only
    # errors allowed are the ones the README scripts through /_admin/faults.
    answered = [int(s) for s in re.findall(r"^\S+ \S+ [A-Z]+ \S+ (\d{3}) ", log, re.M)]
    scripted = {int(s) for s in re.findall(r'"status": (\d{3})', "\n".join(BASH_BLOCKS))}
    assert len(answered) == sum(c.count("curl ") for c in ran), log
    assert {s for s in answered if s >= 400} <= scripted, log
    assert scripted <= set(answered), "a scripted fault never fired"


# ------------------------------------------------------------------------------ prose


def test_the_readme_says_what_the_project_is_before_any_command() -> None:
    before = README[: README.index("```")]
    assert "drop-in replacement" in before and "official SDK" in before
    assert BASH_BLOCKS[0].strip() in NOT_RUN and BASH_BLOCKS[1].strip() in NOT_RUN


def test_later_commands_name_the_venvs_programs() -> None:
    # After the two set-up commands a bare `python`/`honeyhive-local`/`pip` would run
    # outside the venv (or not at all); only the reader's own environment may use pip.
    bare = [
        c
        for c in COMMANDS[2:]
        if re.match(r"(python3?|pip|honeyhive-local|pytest|ruff|mypy)\b", c) and c not in NOT_RUN
    ]
    assert bare == []
