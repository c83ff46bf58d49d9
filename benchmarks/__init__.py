"""Benchmarks of the HoneyHive client against raw httpx, run side by side in one process.

``python -m benchmarks`` (or ``scripts/bench``) starts a loopback sink server in its own
process, runs every case against our client and its baseline, and prints a table of
medians with each target; ``--quick`` shrinks the sizes so CI can check the suite runs.
"""
