"""A symbolic pickle machine: walks every opcode of protocols 0–5 and never executes or imports.

It keeps a stack, a memo and the marks as *symbols* (strings, numbers, globals, call results) and
reports what a real unpickler would import and call. Names given to ``STACK_GLOBAL`` are followed
through the memo; a callable or name produced at run time (a call result) is reported as such.
Hostile input — truncated or malformed streams, memo and stack bombs, giant lengths, deep nesting —
becomes a finding, never an exception, and the work is bounded by ``Limits``.
"""

from __future__ import annotations

import codecs
import struct
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from shieldwall.core.types import Category, Finding, Span
from shieldwall.supply.rules import rate_global

SCANNER = "supply"


class Buffer(Protocol):
    """``bytes`` or an ``mmap``: indexable, sliceable, searchable, with a length."""

    def __len__(self) -> int: ...
    def __getitem__(self, key: Any) -> Any: ...
    def find(self, sub: bytes, start: int = ..., end: int = ...) -> int: ...


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on the work done for one pickle stream."""

    max_ops: int = 50_000_000
    max_memo: int = 1_000_000
    max_stack: int = 1_000_000
    max_line: int = 65_536  # text-protocol argument lines
    max_value: int = 1 << 16  # strings larger than this are kept as opaque symbols
    max_retained: int = 64 << 20  # bytes of string values kept in all (beyond: opaque symbols)
    max_objects: int = 2_000_000  # containers and call results created
    max_nested_scan: int = 64 << 20  # byte strings up to this size are checked for nested pickles
    max_depth: int = 3  # nested pickles inside pickles
    max_items: int = 64  # container items remembered per symbol
    torchscript: bool = False  # the stream is a TorchScript archive's data.pkl/constants.pkl (see rules.rate_global)


class _Mark:
    __slots__ = ()


MARK = _Mark()


class _Opaque:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<?>"


OPAQUE = _Opaque()


@dataclass(slots=True)
class Global:
    module: str | None
    name: str | None
    offset: int

    @property
    def qualname(self) -> str:
        return f"{self.module}.{self.name}" if self.module is not None else "<dynamic>"


@dataclass(slots=True)
class Call:
    """The result of calling (REDUCE) or instantiating (NEWOBJ, OBJ, INST) something."""

    func: Any
    args: Any
    offset: int
    state: Any = None


@dataclass(slots=True)
class SymDict:
    items: list[tuple[Any, Any]] = field(default_factory=list)


@dataclass(slots=True)
class PickleReport:
    findings: list[Finding]
    globals: list[str]  # every module.name imported, in order (deduplicated)
    end: int  # offset just after STOP, or where the walk stopped
    complete: bool  # reached STOP
    ops: int
    protocol: int
    calls: int = 0  # REDUCE/OBJ/INST/NEWOBJ seen
    # torch storages named by persistent ids: (key, storage type name, element count, offset of the BINPERSID)
    storages: list[tuple[str, str, int, int]] = field(default_factory=list)


class _Stop(Exception):
    pass


# modules whose allowlisted callables build tensors and arrays, never a dict
_NOT_DICTS = frozenset({"torch._utils", "torch._tensor", "torch.nn.parameter", "numpy.core.multiarray",
                        "numpy._core.multiarray", "numpy.core.numeric", "numpy._core.numeric"})


VALID_OPCODES = frozenset(b"(.012FIJKLMNPQRSTUVXabcdeghijlopqrstu}]G)BC") | frozenset(range(0x80, 0x99))


def _finding(rule: str, score: float, message: str, offset: int, via: tuple[str, ...]) -> Finding:
    return Finding(
        scanner=SCANNER,
        rule=rule,
        category=Category.MALICIOUS_MODEL,
        score=score,
        message=message,
        span=Span(offset, offset + 1),
        via=via,
    )


def looks_like_pickle_start(head: bytes) -> bool:
    """``\\x80`` followed by a protocol number 0–5."""
    return len(head) >= 2 and head[0] == 0x80 and head[1] <= 5


class PickleMachine:
    """Walk one pickle stream in ``data`` from ``start``; offsets in findings are ``base + position``."""

    def __init__(
        self,
        data: Buffer,
        start: int = 0,
        *,
        end: int | None = None,
        base: int = 0,
        limits: Limits | None = None,
        depth: int = 0,
        via: tuple[str, ...] = (),
        on_build: Callable[[PickleMachine, Call], int | None] | None = None,
    ) -> None:
        self.data = data
        self.pos = start
        self.end = len(data) if end is None else min(end, len(data))
        self.base = base
        self.limits = limits or Limits()
        self.depth = depth
        self.via = via
        self.on_build = on_build
        self.stack: list[Any] = []
        self.metastack: list[list[Any]] = []
        self.memo: dict[int, Any] = {}
        self.findings: list[Finding] = []
        self.globals: dict[str, None] = {}
        self.protocol = 0
        self.ops = 0
        self.calls = 0
        self.objects = 0
        self.retained = 0
        self._seen: set[tuple[str, int]] = set()
        self.storages: list[tuple[str, str, int, int]] = []

    # --- reporting ---------------------------------------------------------------------------------
    def report(self, rule: str, score: float, message: str, offset: int) -> None:
        key = (rule + message, offset)
        if key in self._seen or len(self.findings) >= 1000:
            return
        self._seen.add(key)
        self.findings.append(_finding(rule, score, message, self.base + offset, self.via))

    def _malformed(self, message: str, offset: int) -> None:
        self.report("supply.malformed_pickle", 0.5, message, offset)
        raise _Stop

    # --- reading -----------------------------------------------------------------------------------
    def _take(self, n: int, at: int) -> Any:
        if n < 0 or self.pos + n > self.end:
            self.report(
                "supply.truncated", 0.5, f"stream ends inside an argument of {n} bytes (opcode at {self.base + at})", at
            )
            raise _Stop
        b = self.data[self.pos : self.pos + n]
        self.pos += n
        return b

    def _skip(self, n: int, at: int) -> int:
        if n < 0 or self.pos + n > self.end:
            self.report(
                "supply.truncated", 0.5, f"declared length {n} runs past the end of the stream", at
            )
            raise _Stop
        start = self.pos
        self.pos += n
        return start

    def _line(self, at: int) -> bytes:
        stop = self.data.find(b"\n", self.pos, min(self.end, self.pos + self.limits.max_line))
        if stop < 0:
            if self.end - self.pos >= self.limits.max_line:
                self.report("supply.resource_limit", 0.7, f"text argument longer than {self.limits.max_line} bytes", at)
                raise _Stop
            self.report("supply.truncated", 0.5, "stream ends inside a text argument", at)
            raise _Stop
        line = bytes(self.data[self.pos : stop])
        self.pos = stop + 1
        return line

    def _u(self, fmt: str, n: int, at: int) -> int:
        v: int = struct.unpack(fmt, self._take(n, at))[0]
        return v

    # --- stack -------------------------------------------------------------------------------------
    def push(self, v: Any) -> None:
        if len(self.stack) >= self.limits.max_stack:
            self.report("supply.resource_limit", 0.7, f"stack deeper than {self.limits.max_stack}", self.pos)
            raise _Stop
        self.stack.append(v)

    def pop(self, at: int) -> Any:
        if not self.stack:
            self._malformed("stack underflow", at)
        v = self.stack.pop()
        if v is MARK:
            self._malformed("MARK popped as a value", at)
        return v

    def top(self, at: int) -> Any:
        if not self.stack or self.stack[-1] is MARK:
            self._malformed("stack underflow", at)
        return self.stack[-1]

    def pop_mark(self, at: int) -> list[Any]:
        if not self.metastack:
            self._malformed("no MARK on the stack", at)
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _memo_put(self, idx: int, at: int) -> None:
        if idx not in self.memo and len(self.memo) >= self.limits.max_memo:
            self.report("supply.resource_limit", 0.7, f"memo larger than {self.limits.max_memo} entries", at)
            raise _Stop
        self.memo[idx] = self.top(at)

    def _memo_get(self, idx: int, at: int) -> None:
        if idx not in self.memo:
            self._malformed(f"memo key {idx} read before it was written", at)
        self.push(self.memo[idx])

    # --- symbols -----------------------------------------------------------------------------------
    def _global(self, module: Any, name: Any, at: int) -> Global:
        if not isinstance(module, str) or not isinstance(name, str):
            self.report(
                "supply.dynamic_global",
                0.95,
                "STACK_GLOBAL with a module or name computed at load time",
                at,
            )
            return Global(None, None, at)
        qual = f"{module}.{name}"
        self.globals.setdefault(qual, None)
        rating = rate_global(module, name, torchscript=self.limits.torchscript)
        if not rating.allowed:
            self.report(rating.rule, rating.score, f"imports {qual[:200]} ({rating.reason})", at)
        return Global(module, name, at)

    def _call(self, func: Any, args: Any, at: int, how: str) -> Call:
        self.calls += 1
        self._alloc(at)
        if not isinstance(func, Global):
            self.report(
                "supply.dynamic_call",
                0.95,
                f"{how} of a callable obtained at load time (call result, not an imported global)",
                at,
            )
        elif func.module is None:
            pass  # already reported as a dynamic global
        return Call(func, args, at)

    def _bytes_value(self, start: int, n: int, at: int) -> Any:
        """A byte string: check it for a nested pickle, keep it only when small."""
        if self.limits.max_nested_scan >= n >= 4 and looks_like_pickle_start(bytes(self.data[start : start + 2])):
            self._nested(self.data[start : start + n], start, at)
        if n <= self.limits.max_value and self._retain(n):
            return bytes(self.data[start : start + n])
        return OPAQUE

    def _retain(self, n: int) -> bool:
        if self.retained + n > self.limits.max_retained:
            return False
        self.retained += n
        return True

    def _alloc(self, at: int) -> None:
        self.objects += 1
        if self.objects > self.limits.max_objects:
            self.report("supply.resource_limit", 0.7, f"more than {self.limits.max_objects} objects built", at)
            raise _Stop

    def _str_value(self, start: int, n: int, at: int, encoding: str) -> Any:
        if n > self.limits.max_value or not self._retain(n):
            return OPAQUE
        raw = bytes(self.data[start : start + n])
        try:
            s = raw.decode(encoding, "surrogatepass")
        except UnicodeDecodeError:
            self._malformed("invalid UTF-8 in a string argument", at)
        if len(s) >= 4 and s[0] == "\x80" and ord(s[1]) <= 5:  # bytes smuggled as latin-1 text (_codecs.encode)
            try:
                inner = s.encode("latin-1")
            except UnicodeEncodeError:
                inner = b""
            if inner:
                self._nested(inner, start, at)
        return s

    def _nested(self, payload: Any, start: int, at: int) -> None:
        if self.depth >= self.limits.max_depth:
            self.report("supply.resource_limit", 0.7, f"pickles nested deeper than {self.limits.max_depth}", at)
            return
        inner = PickleMachine(
            payload, base=self.base + start, limits=self.limits, depth=self.depth + 1, via=(*self.via, "nested-pickle")
        )
        r = inner.run()
        if r.complete or r.globals:
            self.report("supply.nested_pickle", 0.5, "a byte string holds another pickle", at)
            self.findings.extend(r.findings)
            for g in r.globals:
                self.globals.setdefault(g, None)

    def _small(self, items: list[Any]) -> list[Any]:
        return items[: self.limits.max_items]

    # --- the walk ----------------------------------------------------------------------------------
    def run(self) -> PickleReport:
        complete = False
        try:
            self._loop()
            complete = True
        except _Stop:
            pass
        except RecursionError:  # pragma: no cover - the walk is iterative
            self.report("supply.resource_limit", 0.7, "nesting too deep", self.pos)
        return PickleReport(
            self.findings, list(self.globals), self.pos, complete, self.ops, self.protocol, self.calls, self.storages
        )

    def _loop(self) -> None:  # one branch per opcode, like pickle's own dispatch table
        lim = self.limits
        data = self.data
        end, max_ops, ops = self.end, lim.max_ops, self.ops
        try:
            while True:
                at = self.pos
                if at >= end:
                    self.report("supply.truncated", 0.5, "stream ends without a STOP opcode", max(at - 1, 0))
                    raise _Stop
                ops += 1
                if ops > max_ops:
                    self.report("supply.resource_limit", 0.7, f"more than {lim.max_ops} opcodes", at)
                    raise _Stop
                op = data[at]
                self.pos = at + 1
                if op == 0x4E or op == 0x89 or op == 0x29 or op == 0x88:  # NONE, NEWFALSE, EMPTY_TUPLE, NEWTRUE
                    if len(self.stack) >= lim.max_stack:
                        self.push(None)  # reports the limit
                    self.stack.append(None if op == 0x4E else False if op == 0x89 else () if op == 0x29 else True)
                    continue
                # fast paths for the opcodes that dominate data-heavy pickles; the value of a float is never needed
                if op == 0x47 or op == 0x4B or op == 0x4D or op == 0x4A:  # BINFLOAT, BININT1, BININT2, BININT
                    width = 8 if op == 0x47 else 1 if op == 0x4B else 2 if op == 0x4D else 4
                    if at + 1 + width > end:
                        self._take(width, at)  # reports the truncation
                    stack = self.stack
                    if len(stack) >= lim.max_stack:
                        self.push(None)  # reports the limit
                    if op == 0x4B:
                        stack.append(data[at + 1])
                    elif op == 0x47:
                        stack.append(0.0)
                    else:
                        stack.append(int.from_bytes(data[at + 1 : at + 1 + width], "little", signed=op == 0x4A))
                    self.pos = at + 1 + width
                    continue
                if op == 0x72 or op == 0x71 or op == 0x68 or op == 0x6A:  # (LONG_)BINPUT, (LONG_)BINGET: torch memoizes
                    width = 4 if op == 0x72 or op == 0x6A else 1  # every value of a state dict
                    if at + 1 + width > end:
                        self._take(width, at)  # reports the truncation
                    self.pos = at + 1 + width
                    idx = data[at + 1] if width == 1 else int.from_bytes(data[at + 1 : at + 5], "little")
                    if op == 0x72 or op == 0x71:
                        self._memo_put(idx, at)
                    else:
                        self._memo_get(idx, at)
                    continue
                if op == 0x94:  # MEMOIZE
                    self._memo_put(len(self.memo), at)
                    continue
                # the rest, most frequent in real checkpoints first
                if op == 0x58 or op == 0x8C:  # BINUNICODE, SHORT_BINUNICODE (every key of a state dict)
                    width = 4 if op == 0x58 else 1
                    if at + 1 + width > end:
                        self._take(width, at)  # reports the truncation
                    n = data[at + 1] if width == 1 else int.from_bytes(data[at + 1 : at + 5], "little")
                    self.pos = at + 1 + width
                    start = self._skip(n, at)
                    self.push(self._str_value(start, n, at, "utf-8"))
                elif op == 0x8D:  # BINUNICODE8
                    n = self._u("<Q", 8, at)
                    start = self._skip(n, at)
                    self.push(self._str_value(start, n, at, "utf-8"))
                elif op == 0x51:  # BINPERSID
                    self._persistent(self.pop(at), at)
                    self.push(OPAQUE)

                elif op == 0x74:  # TUPLE
                    self._alloc(at)
                    self.push(tuple(self._small(self.pop_mark(at))))
                elif op == 0x52:  # REDUCE
                    args = self.pop(at)
                    func = self.pop(at)
                    self.push(self._call(func, args, at, "REDUCE"))
                elif op == 0x28:  # MARK
                    self.metastack.append(self.stack)
                    if len(self.metastack) > lim.max_stack:
                        self.report("supply.resource_limit", 0.7, "too many nested MARKs", at)
                        raise _Stop
                    self.stack = []
                elif op == 0x75:  # SETITEMS
                    items = self.pop_mark(at)
                    self._setitems_target(self.top(at), at)
                    self._add(self.top(at), list(zip(items[0::2], items[1::2], strict=False)))
                elif op in (0x85, 0x86, 0x87):  # TUPLE1..3
                    self._alloc(at)
                    k = op - 0x84
                    if len(self.stack) < k or any(x is MARK for x in self.stack[-k:]):
                        self._malformed("stack underflow", at)
                    items = self.stack[-k:]
                    del self.stack[-k:]
                    self.push(tuple(items))
                elif op == 0x7D:  # EMPTY_DICT
                    self._alloc(at)
                    self.push(SymDict())
                elif op == 0x65:  # APPENDS
                    items = self.pop_mark(at)
                    self._add(self.top(at), items)
                elif op == 0x5D:  # EMPTY_LIST
                    self._alloc(at)
                    self.push([])
                elif op == 0x72:  # LONG_BINPUT
                    self._memo_put(self._u("<I", 4, at), at)
                elif op == 0x6A:  # LONG_BINGET
                    self._memo_get(self._u("<I", 4, at), at)
                elif op == 0x63:  # GLOBAL
                    module = self._line(at).decode("utf-8", "replace")
                    name = self._line(at).decode("utf-8", "replace")
                    self.push(self._global(module, name, at))
                elif op == 0x93:  # STACK_GLOBAL
                    name_v = self.pop(at)
                    module_v = self.pop(at)
                    self.push(self._global(module_v, name_v, at))
                elif op == 0x62:  # BUILD
                    state = self.pop(at)
                    obj = self.top(at)
                    if isinstance(obj, Global):
                        self.report(
                            "supply.build_on_global",
                            0.95,
                            f"BUILD sets attributes on the imported object {obj.qualname[:200]}"
                            " (module state overwrite)",
                            at,
                        )
                    elif isinstance(obj, Call):
                        obj.state = state
                        if self.on_build is not None:
                            skip = self.on_build(self, obj)
                            if skip:
                                self._skip(skip, at)
                elif op == 0x81:  # NEWOBJ
                    args = self.pop(at)
                    cls = self.pop(at)
                    self.push(self._call(cls, args, at, "NEWOBJ"))
                elif op == 0x2E:  # STOP
                    if not self.stack:
                        self._malformed("STOP with an empty stack", at)
                    return
                elif op == 0x80:  # PROTO
                    self.protocol = self._take(1, at)[0]
                    if self.protocol > 5:
                        self._malformed(f"unsupported protocol {self.protocol}", at)
                elif op == 0x95:  # FRAME
                    self._take(8, at)
                elif op == 0x4B:  # BININT1
                    self.push(self._take(1, at)[0])
                elif op == 0x4D:  # BININT2
                    self.push(self._u("<H", 2, at))
                elif op == 0x4A:  # BININT
                    self.push(self._u("<i", 4, at))
                elif op == 0x8A:  # LONG1
                    n = self._take(1, at)[0]
                    self.push(int.from_bytes(self._take(n, at), "little", signed=True))
                elif op == 0x8B:  # LONG4
                    n = self._u("<i", 4, at)
                    start = self._skip(n, at)
                    self.push(int.from_bytes(data[start : start + n], "little", signed=True) if n <= 64 else OPAQUE)
                elif op == 0x47:  # BINFLOAT
                    self.push(struct.unpack(">d", self._take(8, at))[0])
                elif op in (0x49, 0x4C, 0x46):  # INT, LONG, FLOAT (text)
                    line = self._line(at).rstrip(b"L")
                    try:
                        v: Any = float(line) if op == 0x46 else int(line)
                    except ValueError:
                        self._malformed("invalid number literal", at)
                    if op == 0x49 and line in (b"00", b"01"):
                        v = line == b"01"
                    self.push(v)
                elif op == 0x53:  # STRING (quoted, text)
                    line = self._line(at)
                    if len(line) < 2 or line[:1] not in (b"'", b'"') or line[-1:] != line[:1]:
                        self._malformed("STRING argument is not quoted", at)
                    try:
                        with warnings.catch_warnings():  # invalid escapes warn on newer Pythons
                            warnings.simplefilter("ignore")
                            raw = codecs.escape_decode(line[1:-1])[0]
                    except (ValueError, DeprecationWarning):
                        self._malformed("invalid escape in STRING", at)
                    self.push(raw.decode("latin-1"))
                elif op == 0x56:  # UNICODE (text)
                    line = self._line(at)
                    try:
                        self.push(line.decode("raw-unicode-escape"))
                    except UnicodeDecodeError:
                        self._malformed("invalid UNICODE argument", at)
                elif op == 0x54:  # BINSTRING
                    n = self._u("<i", 4, at)
                    start = self._skip(n, at)
                    self._push_py2_string(start, n, at)
                elif op == 0x55:  # SHORT_BINSTRING
                    n = self._take(1, at)[0]
                    start = self._skip(n, at)
                    self._push_py2_string(start, n, at)
                elif op in (0x42, 0x43, 0x8E, 0x96):  # BINBYTES, SHORT_BINBYTES, BINBYTES8, BYTEARRAY8
                    n = (
                        self._u("<I", 4, at)
                        if op == 0x42
                        else self._take(1, at)[0]
                        if op == 0x43
                        else self._u("<Q", 8, at)
                    )
                    start = self._skip(n, at)
                    self.push(self._bytes_value(start, n, at))
                elif op in (0x97, 0x98):  # NEXT_BUFFER, READONLY_BUFFER
                    if op == 0x97:
                        self.push(OPAQUE)
                    else:
                        self.top(at)
                elif op == 0x6C:  # LIST
                    self._alloc(at)
                    self.push(self._small(self.pop_mark(at)))
                elif op == 0x64:  # DICT
                    self._alloc(at)
                    items = self.pop_mark(at)
                    self.push(SymDict(list(zip(items[0::2], items[1::2], strict=False))[: lim.max_items]))
                elif op == 0x8F:  # EMPTY_SET
                    self._alloc(at)
                    self.push(set())
                elif op == 0x91:  # FROZENSET
                    self.pop_mark(at)
                    self.push(OPAQUE)
                elif op == 0x61:  # APPEND
                    v = self.pop(at)
                    self._add(self.top(at), [v])
                elif op == 0x73:  # SETITEM
                    v = self.pop(at)
                    k2 = self.pop(at)
                    self._setitems_target(self.top(at), at)
                    self._add(self.top(at), [(k2, v)])
                elif op == 0x90:  # ADDITEMS
                    self.pop_mark(at)
                    self.top(at)
                elif op == 0x30:  # POP
                    if self.stack:
                        self.stack.pop()
                    else:
                        self.pop_mark(at)  # POP of a MARK is legal
                elif op == 0x31:  # POP_MARK
                    self.pop_mark(at)
                elif op == 0x32:  # DUP
                    self.push(self.top(at))
                elif op == 0x70:  # PUT
                    try:
                        idx = int(self._line(at))
                    except ValueError:
                        self._malformed("invalid PUT index", at)
                    self._memo_put(idx, at)
                elif op == 0x71:  # BINPUT
                    self._memo_put(self._take(1, at)[0], at)
                elif op == 0x94:  # MEMOIZE
                    self._memo_put(len(self.memo), at)
                elif op == 0x67:  # GET
                    try:
                        idx = int(self._line(at))
                    except ValueError:
                        self._malformed("invalid GET index", at)
                    self._memo_get(idx, at)
                elif op == 0x68:  # BINGET
                    self._memo_get(self._take(1, at)[0], at)
                elif op in (0x82, 0x83, 0x84):  # EXT1, EXT2, EXT4
                    fmt, width = {0x82: ("<B", 1), 0x83: ("<H", 2), 0x84: ("<i", 4)}[op]
                    code = self._u(fmt, width, at)
                    self.report(
                        "supply.extension_registry",
                        0.7,
                        f"EXT opcode: global {code} resolved through the copyreg extension registry",
                        at,
                    )
                    self.push(Global(None, None, at))
                elif op == 0x69:  # INST
                    module = self._line(at).decode("utf-8", "replace")
                    name = self._line(at).decode("utf-8", "replace")
                    cls = self._global(module, name, at)
                    self.push(self._call(cls, tuple(self._small(self.pop_mark(at))), at, "INST"))
                elif op == 0x6F:  # OBJ
                    items = self.pop_mark(at)
                    if not items:
                        self._malformed("OBJ without a class", at)
                    self.push(self._call(items[0], tuple(self._small(items[1:])), at, "OBJ"))
                elif op == 0x92:  # NEWOBJ_EX
                    self.pop(at)
                    args = self.pop(at)
                    cls = self.pop(at)
                    self.push(self._call(cls, args, at, "NEWOBJ_EX"))
                elif op == 0x50:  # PERSID
                    self._line(at)
                    self.push(OPAQUE)
                else:
                    self.report(
                        "supply.malformed_pickle", 0.5, f"unknown opcode 0x{op:02x}", at
                    )
                    raise _Stop
        finally:
            self.ops = ops

    def _push_py2_string(self, start: int, n: int, at: int) -> None:
        v = self._bytes_value(start, n, at)
        self.push(v.decode("latin-1") if isinstance(v, bytes) else v)

    def _persistent(self, pid: Any, at: int) -> None:
        """Remember the torch storages a state dict names: ``("storage", <type>, key, location, numel)``."""
        if (
            isinstance(pid, tuple) and len(pid) >= 5 and pid[0] == "storage" and isinstance(pid[1], Global)
            and isinstance(pid[2], str) and isinstance(pid[4], int) and len(self.storages) < 1_000_000
        ):
            self.storages.append((pid[2], pid[1].name or "", pid[4], at))

    def _setitems_target(self, target: Any, at: int) -> None:
        """``SETITEM(S)`` on something that is certainly not a dict: pickle never writes that, and torch's
        ``weights_only`` unpickler corrupted memory on it (CVE-2026-24747)."""
        if isinstance(target, (list, tuple, str, bytes, int, float, set)) or target is None or target is OPAQUE or (
            isinstance(target, Call) and isinstance(target.func, Global) and target.func.module in _NOT_DICTS
        ):
            kind = type(target).__name__ if not isinstance(target, Call) else f"{target.func.qualname[:80]} result"
            self.report("supply.type_confusion", 0.9, f"SETITEM on a {kind}, not a dict (loader memory corruption)", at)

    def _add(self, container: Any, items: list[Any]) -> None:
        if isinstance(container, list):
            room = self.limits.max_items - len(container)
            if room > 0:
                container.extend(items[:room])
        elif isinstance(container, SymDict):
            room = self.limits.max_items - len(container.items)
            if room > 0:
                container.items.extend(items[:room])
        elif isinstance(container, Global):
            self.report(
                "supply.build_on_global", 0.95, f"items added to the imported object {container.qualname[:200]}",
                self.pos - 1,
            )


def scan_pickle(
    data: Buffer,
    start: int = 0,
    *,
    end: int | None = None,
    base: int = 0,
    limits: Limits | None = None,
    via: tuple[str, ...] = (),
    on_build: Callable[[PickleMachine, Call], int | None] | None = None,
) -> PickleReport:
    """Walk one pickle stream (no code runs, nothing is imported)."""
    return PickleMachine(data, start, end=end, base=base, limits=limits, via=via, on_build=on_build).run()
