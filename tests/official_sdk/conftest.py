"""The files here are a script and its runner used by other tests, not test modules."""

collect_ignore = ["drive_api_client.py", "harness.py"]
