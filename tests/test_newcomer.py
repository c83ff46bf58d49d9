"""A newcomer's mistakes get messages that name what they set and how to fix it (issue 13)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

import httpx
import pytest
from _sockets import closed_port_url

import honeyhive
from honeyhive import (
    HoneyHive,
    HoneyHiveConnectionError,
    HoneyHiveTimeoutError,
    MissingApiKeyError,
)
from honeyhive.errors import error_from_transport
from honeyhive.local import LocalServer
from honeyhive.local.faults import Fault

ROOT = Path(__file__).resolve().parent.parent
FIX = "fix or unset the variable"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test sets the HoneyHive variables it is about, and only those."""
    for name in list(os.environ):
        if name.startswith("HH_"):
            monkeypatch.delenv(name)


# ------------------------------------------------------------------ settings from the environment


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HH_API_URL", "garbage"),
        ("HH_API_URL", "http://"),
        ("HH_API_URL", "ftp://api.honeyhive.ai"),
        ("HH_CP_API_URL", "http://"),
        ("HH_TIMEOUT", "soon"),
        ("HH_TIMEOUT", "-1"),
        ("HH_TIMEOUT", "nan"),
        ("HH_API_TIMEOUT", "0"),
        ("HH_MAX_RETRIES", "many"),
        ("HH_MAX_RETRIES", "-1"),
        ("HH_TEST_MODE", "maybe"),
        ("HH_VERBOSE", "loud"),
    ],
)
def test_a_bad_variable_is_named_with_its_value_and_the_fix(
    monkeypatch: pytest.MonkeyPatch, name: str, value: str
) -> None:
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError) as caught:
        HoneyHive(api_key="hh_x")
    message = str(caught.value)
    assert message.startswith(f"{name}={value!r} must be ")
    assert message.endswith(FIX)


def test_an_empty_host_in_hh_api_url_does_not_blame_cp_base_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HH_API_URL", "http://")
    with pytest.raises(ValueError, match="HH_API_URL='http://'") as caught:
        HoneyHive()
    assert "cp_base_url" not in str(caught.value) and "HH_CP_API_URL" not in str(caught.value)


def test_a_url_variable_is_read_as_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    # A value pasted into a .env file often carries a newline.
    monkeypatch.setenv("HH_API_URL", " http://data.example:1/\n")
    client = HoneyHive()
    assert client.base_url == client.cp_base_url == "http://data.example:1"


@pytest.mark.parametrize(
    ("kwargs", "shown"),
    [
        ({"base_url": "garbage"}, "base_url='garbage'"),
        ({"server_url": "http://"}, "server_url='http://'"),
        ({"cp_base_url": "http://"}, "cp_base_url='http://'"),
    ],
)
def test_a_bad_url_argument_is_named_with_its_value(kwargs: dict[str, str], shown: str) -> None:
    with pytest.raises(ValueError) as caught:
        HoneyHive(**kwargs)
    assert str(caught.value).startswith(f"{shown} must be an http(s) URL with a host, such as ")
    assert FIX not in str(caught.value)  # no variable was involved


def test_a_typed_key_variable_of_the_wrong_kind_is_named_but_never_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HH_INGESTION_API_KEY", "hh_fgdp_secret")
    with pytest.raises(ValueError) as caught:
        HoneyHive(api_key="hh_x")
    message = str(caught.value)
    assert message.startswith("HH_INGESTION_API_KEY is not a HoneyHive ingestion api key")
    assert "'hh_ingst_'" in message and message.endswith(FIX)
    assert "secret" not in message


# ------------------------------------------------------------------ a missing key


def test_a_missing_key_says_how_to_set_it_and_that_nothing_was_sent() -> None:
    # A closed port: had anything been sent, this would be a connection error.
    client = HoneyHive(base_url=closed_port_url())
    with pytest.raises(MissingApiKeyError) as caught:
        client.projects.list()
    message = str(caught.value)
    assert not message.startswith("401") and "Unauthorized" not in message
    assert "api_key=" in message and "HH_API_KEY" in message
    assert message.endswith("(nothing was sent)")
    assert caught.value.status_code is None


# ------------------------------------------------------------------ timeouts and attempts


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_timeout_says_the_limit_and_the_number_of_attempts(mode: str) -> None:
    with LocalServer() as server:
        assert server.faults is not None
        server.faults.script("POST /events", [Fault.delay(2.0)], repeat=True)
        async with HoneyHive(
            api_key=server.api_key,
            base_url=server.url,
            timeout=0.2,
            retry_config={"max_retries": 1, "initial_backoff": 0.01},
        ) as client:
            with pytest.raises(HoneyHiveTimeoutError) as caught:
                event = {"event_type": "tool", "inputs": {}}
                if mode == "sync":
                    client.events.create(event)
                else:
                    await client.events.create_async(event)
    message = str(caught.value)
    assert message.startswith("Request timed out after 2 attempts (ReadTimeout: ")
    assert "no response within the 0.2 s read timeout" in message
    assert "timeout= or HH_TIMEOUT" in message


def test_a_connection_failure_says_the_number_of_attempts() -> None:
    client = HoneyHive(
        api_key="hh_x",
        base_url=closed_port_url(),
        retry_config={"max_retries": 2, "initial_backoff": 0.01},
    )
    with pytest.raises(HoneyHiveConnectionError) as caught:
        client.projects.list()
    assert str(caught.value).startswith("Connection failed after 3 attempts (ConnectError)")


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (httpx.ConnectTimeout, "no connection within the 5 s connect timeout"),
        (httpx.WriteTimeout, "request not sent within the 30 s write timeout"),
        (httpx.PoolTimeout, "no free connection within the 30 s pool timeout"),
    ],
)
def test_each_kind_of_timeout_names_its_own_limit(
    error: type[httpx.TimeoutException], said: str
) -> None:
    request = httpx.Request(
        "GET",
        "https://api.honeyhive.ai/v1/projects",
        extensions={"timeout": {"connect": 5.0, "read": 30.0, "write": 30.0, "pool": 30.0}},
    )
    message = str(error_from_transport(error("timed out", request=request)))
    assert said in message


# ------------------------------------------------------------------ test mode


def test_the_repr_of_a_test_mode_client_shows_no_url_it_does_not_use(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HH_API_URL", "https://api.example")
    shown = [repr(HoneyHive(test_mode=True))]
    monkeypatch.setenv("HH_TEST_MODE", "true")
    shown.append(repr(HoneyHive()))
    for text in shown:
        assert "in-process honeyhive.local" in text and "test_mode=True" in text
        assert "https://" not in text
    assert "https://api.example" in repr(HoneyHive(test_mode=False))


# ------------------------------------------------------------------ a missing `local` extra


def _run_without(
    modules: str, args: list[str], tmp_path: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run ``args`` in a Python where ``modules`` (comma-separated) are not installed.

    A ``sitecustomize`` on PYTHONPATH puts a finder first on ``sys.meta_path`` that answers
    every import of those packages as pip would leave it without the extra.
    """
    (tmp_path / "sitecustomize.py").write_text(
        textwrap.dedent(
            f"""
            import sys

            class Uninstalled:
                def find_spec(self, name, path=None, target=None):
                    if name.partition(".")[0] in {modules.split(",")!r}:
                        raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
                    return None

            sys.meta_path.insert(0, Uninstalled())
            """
        )
    )
    pythonpath = os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")])
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": pythonpath, **env},
    )


def _names_the_extra_and_the_command(message: str, missing: str) -> None:
    assert "'local' extra" in message and f"missing: {missing}" in message
    assert "pip install 'honeyhive-client[local]'" in message
    assert "pip install -e '.[local]'" in message


@pytest.mark.parametrize("how", ["argument", "variable"])
def test_test_mode_without_the_extra_says_how_to_install_it(tmp_path: Path, how: str) -> None:
    code = (
        "from honeyhive import HoneyHive\n"
        f"HoneyHive({'test_mode=True' if how == 'argument' else ''}).projects.list()\n"
    )
    env = {"HH_TEST_MODE": "true"} if how == "variable" else {}
    result = _run_without("yaml", [sys.executable, "-c", code], tmp_path, **env)
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("honeyhive.errors.HoneyHiveError: test_mode (")
    assert "HH_TEST_MODE" in last and "test_mode=True" in last
    _names_the_extra_and_the_command(last, "pyyaml")
    assert "ModuleNotFoundError" not in result.stderr


def test_honeyhive_local_serve_without_the_extra_says_how_to_install_it(tmp_path: Path) -> None:
    command = str(Path(sys.executable).with_name("honeyhive-local"))
    result = _run_without("uvicorn", [command, "serve", "--port", "0"], tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("honeyhive-local: honeyhive-local serve needs the")
    _names_the_extra_and_the_command(result.stderr, "uvicorn")
    assert "Traceback" not in result.stderr


def test_importing_the_local_server_without_the_extra_says_how_to_install_it(
    tmp_path: Path,
) -> None:
    code = "from honeyhive.local import LocalServer"
    result = _run_without("starlette,openapi_core", [sys.executable, "-c", code], tmp_path)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("ModuleNotFoundError: honeyhive.local.LocalServer needs the")
    _names_the_extra_and_the_command(last, "openapi-core, starlette")


def test_the_in_process_server_runs_without_the_http_server_packages(tmp_path: Path) -> None:
    code = "from honeyhive import HoneyHive\nprint(HoneyHive(test_mode=True).projects.list())"
    result = _run_without("uvicorn,starlette", [sys.executable, "-c", code], tmp_path)
    assert (result.returncode, result.stdout.strip()) == (0, "[]"), result.stderr


# ------------------------------------------------------------------ the official SDK alongside


def test_import_warns_when_the_official_sdk_is_installed_alongside(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    (site / "honeyhive-1.7.0.dist-info").mkdir(parents=True)
    (site / "honeyhive_other-2.0.dist-info").mkdir()  # another project: not the official SDK
    pythonpath = os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", "import honeyhive, honeyhive.api"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": pythonpath},
    )
    assert result.returncode == 0
    assert result.stderr.count("RuntimeWarning") == 1
    assert f"honeyhive 1.7.0 in {site}" in result.stderr
    assert "honeyhive-client" in result.stderr and "drop-in replacement" in result.stderr
    assert "pip uninstall -y honeyhive honeyhive-client && pip install honeyhive-client" in (
        result.stderr
    )
    assert "honeyhive_other" not in result.stderr


def test_import_is_silent_without_the_official_sdk() -> None:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", "import honeyhive"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, "")


# ------------------------------------------------------------------ imports and packaging


def test_fault_is_importable_from_honeyhive_local() -> None:
    from honeyhive.local import Fault as Shortcut

    assert Shortcut is Fault
    assert "Fault" in dir(honeyhive.local)


def test_the_package_metadata_names_its_licence_urls_and_classifiers() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    licence = (ROOT / "LICENSE").read_text()
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert licence.startswith("MIT License") and "the honeyhive-client authors" in licence
    assert project["urls"] and project["classifiers"] and project["keywords"]
    assert "Typing :: Typed" in project["classifiers"] and (ROOT / "honeyhive/py.typed").exists()
