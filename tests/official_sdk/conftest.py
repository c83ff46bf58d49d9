"""The files here are scripts and their runner used by other tests, not test modules."""

collect_ignore = ["drive_api_client.py", "drive_tracer.py", "harness.py"]
