#!/usr/bin/env python3
"""Runs the Python client's tests against a real Summit server started from the built jar.

    python3 clients/python/run_tests.py [--jar app/target/summit.jar]

Starts `java -jar summit.jar serve` on a free port with a scratch data folder, runs the tests in
tests/ with SUMMIT_SERVER set to its address, always stops the server, and prints a line such
as "7 passed, 0 failed". Exits non-zero if a test failed or none ran.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def start_server(jar, data):
    """The server process and its "HOST:PORT", read from the line it prints once it listens."""
    process = subprocess.Popen(["java", "-jar", jar, "serve", "--host", "127.0.0.1", "--port", "0", "--data", data],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    found = {}
    ready = threading.Event()

    def read():
        for line in process.stdout:
            match = re.search(r"listening on (\S+):(\d+)", line)
            if match and not ready.is_set():
                found["address"] = "%s:%s" % (match.group(1), match.group(2))
                ready.set()
        ready.set()  # the server stopped (or never started)

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(120) or "address" not in found:
        process.kill()
        raise SystemExit("the Summit server did not start from %s" % jar)
    return process, found["address"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", default=os.path.join(ROOT, "app", "target", "summit.jar"))
    args = parser.parse_args()
    if not os.path.isfile(args.jar):
        print("No server jar at %s: build it first (./mvnw -B -DskipTests package)." % args.jar)
        return 2
    data = tempfile.mkdtemp(prefix="summit-python-")
    process, address = start_server(args.jar, data)
    try:
        os.environ["SUMMIT_SERVER"] = address
        os.environ["SUMMIT_JAR"] = os.path.abspath(args.jar)  # for the headless tests, which run matches
        sys.path.insert(0, HERE)
        suite = unittest.defaultTestLoader.discover(os.path.join(HERE, "tests"), top_level_dir=HERE)
        result = unittest.TextTestRunner(verbosity=2).run(suite)
    finally:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(data, ignore_errors=True)
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("Python client: %d passed, %d failed, %d skipped" % (passed, failed, len(result.skipped)))
    return 0 if failed == 0 and result.testsRun > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
