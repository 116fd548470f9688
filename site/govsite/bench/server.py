"""Running the site as production runs it: production settings, gunicorn, whitenoise.

Every step that touches the benchmark database (migrate, collectstatic, building the
content) runs in a child process with exactly the environment gunicorn gets, so the
parent process never connects to the user's own database.
"""

import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time

from django.conf import settings

#: Environment variable settings/base.py reads STATIC_ROOT from.
STATIC_ROOT_ENV = "DJANGO_STATIC_ROOT"

#: Set for the child process that prepares the benchmark database.
PREPARE_ENV = "GOVSITE_BENCH_PREPARE"

#: Seconds a public page is kept in the page cache; 0 turns the cache off.
PAGE_CACHE_ENV = "PAGE_CACHE_SECONDS"
#: How long the "cached" server keeps a page (the production default).
PAGE_CACHE_SECONDS = 300

#: Variables of the caller's environment that must not leak into the benchmark.
_DROPPED = ("DATABASE_URL", "CACHE_URL", "REDIS_URL", PAGE_CACHE_ENV)


class ServerError(RuntimeError):
    pass


def production_environment(database_url, static_root, *, page_cache_seconds=0):
    """The environment of a production deployment on loopback, plain HTTP; the page
    cache off unless `page_cache_seconds` is given."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") and key not in _DROPPED
    }
    env.update(
        DJANGO_SETTINGS_MODULE="govsite.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(64),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=database_url,
        PYTHONUNBUFFERED="1",
    )
    env[PAGE_CACHE_ENV] = str(page_cache_seconds)
    env[STATIC_ROOT_ENV] = str(static_root)
    return env


def run_prepares(jobs, write):
    """Run `manage.py bench --prepare OUTPUT ARGS…` for every (label, env, output,
    args) job at once, one child process each; their output goes to `write`, each
    line prefixed with its label and the minutes elapsed. Raises ServerError if any
    of them fails."""
    children = []
    codes = []
    lock = threading.Lock()
    started = time.monotonic()

    def relay(label, stream):
        for line in stream:
            minutes, seconds = divmod(int(time.monotonic() - started), 60)
            with lock:
                write(f"  [{label} {minutes}:{seconds:02d}] {line.rstrip()}")

    try:
        for label, env, output, args in jobs:
            command = [
                sys.executable, "manage.py", "bench", "--prepare", str(output), *args
            ]  # fmt: skip
            process = subprocess.Popen(  # noqa: S603 - fixed arguments
                command,
                cwd=settings.BASE_DIR,
                env={**env, PREPARE_ENV: "1", "PYTHONIOENCODING": "utf-8"},
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                encoding="utf-8",
                errors="replace",
            )
            relay_thread = threading.Thread(
                target=relay, args=(label, process.stdout), daemon=True
            )
            relay_thread.start()
            children.append((label, process, relay_thread))
        # Until all are done, or one failed: then the others are stopped below.
        while True:
            codes = [process.poll() for _label, process, _thread in children]
            if None not in codes or any(code not in (None, 0) for code in codes):
                break
            time.sleep(0.5)
    finally:
        for _label, process, _thread in children:
            _stop(process)
    for _label, _process, relay_thread in children:
        relay_thread.join(timeout=10)  # the rest of the output
    # Those that failed by themselves; the others were stopped because of them.
    failed = [
        label for (label, _p, _t), code in zip(children, codes, strict=True) if code
    ]
    if failed:
        raise ServerError(
            f"Preparing the benchmark site failed on {', '.join(failed)} "
            "(see the output above)."
        )


def _stop(process):
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def hashed_static_url(static_root, name):
    """The URL of static file `name` under its hashed name, from the manifest
    collectstatic wrote into `static_root`."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    try:
        return settings.STATIC_URL + manifest["paths"][name]
    except KeyError:
        raise ServerError(f"{name} is not among the collected static files.") from None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GunicornServer:
    """gunicorn serving govsite.wsgi on 127.0.0.1, in its own process group."""

    def __init__(self, env, log_path, *, workers=2, start_timeout=60):
        self.env = env
        self.log_path = log_path
        self.workers = workers
        self.start_timeout = start_timeout
        self.port = free_port()
        self.process = None

    @property
    def base_url(self):
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        command = [
            sys.executable,
            "-m",
            "gunicorn",
            "--pythonpath",
            "site",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(self.workers),
            "govsite.wsgi",
        ]
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(  # noqa: S603 - fixed arguments
                command,
                cwd=settings.BASE_DIR,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, killed as one
            )
        try:
            self._wait_until_answering()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=grace)
                return
            except subprocess.TimeoutExpired:
                continue

    def log_tail(self, lines=40):
        try:
            text = self.log_path.read_text(errors="replace")
        except FileNotFoundError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def _wait_until_answering(self):
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ServerError(
                    f"gunicorn exited with code {self.process.returncode}:\n"
                    + self.log_tail()
                )
            connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
            try:
                connection.request("GET", "/")
                connection.getresponse().read()
                return
            except (OSError, http.client.HTTPException):
                time.sleep(0.2)
            finally:
                connection.close()
        raise ServerError(
            f"gunicorn did not answer within {self.start_timeout} s:\n"
            + self.log_tail()
        )
