"""A client used before ``os.fork()`` never shares its pooled connections with the child.

Both processes then call the same local server at the same time; every answer must be the
answer to the process's own request (``events.create`` echoes the client-chosen event id).
Run in a subprocess, so that pytest's own threads are not forked.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import os, sys, uuid
    from honeyhive import HoneyHive
    from honeyhive.local import LocalServer

    def run(client, label):
        wrong = 0
        for i in range(40):
            eid = str(uuid.uuid4())
            got = client.events.create({"event_type": "tool", "event_name": f"{label}{i}",
                                        "inputs": {}, "event_id": eid})
            wrong += got.event_id != eid
        return wrong

    with LocalServer() as server:
        client = HoneyHive(api_key=server.api_key, base_url=server.url,
                           rate_limit_calls=1000, rate_limit_window=1.0)
        run(client, "before")  # a pooled keep-alive connection exists now
        assert client._pools.sync, "the parent has a pool"
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            fresh = not client._pools.sync and "low_level" not in client.__dict__
            wrong = run(client, "child")
            os.write(write, f"{int(fresh)} {wrong}".encode())
            os._exit(0)
        os.close(write)
        wrong_parent = run(client, "parent")
        _, status = os.waitpid(pid, 0)
        fresh, wrong_child = os.read(read, 100).decode().split()
        print(f"child_status={status} fresh={fresh} wrong_child={wrong_child} "
              f"wrong_parent={wrong_parent}")
    """
)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX only")
def test_a_forked_child_opens_its_own_connections_and_gets_its_own_answers() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "child_status=0 fresh=1 wrong_child=0 wrong_parent=0" in done.stdout, (
        done.stdout + done.stderr[-3000:]
    )
