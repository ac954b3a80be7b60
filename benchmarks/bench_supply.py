"""Model-file scanners side by side: Shieldwall vs picklescan, ModelScan and fickling on one generated corpus.

    .venv/bin/pip install -e '.[dev,bench]'
    .venv/bin/python benchmarks/bench_supply.py [--keep DIR]

The corpus is built by the test suite's generators (tests/supply/_corpus.py): malicious files for
every technique the scanner targets and benign files written by numpy/joblib or by hand per the
formats' specs. Malicious objects are only dumped, never loaded. This is a regression check on our
own corpus, not an independent benchmark; the hidden model corpus is.
"""

# ruff: noqa: E501, E701, E702, SIM115
import argparse
import contextlib
import gzip
import io
import logging
import os
import pickle
import struct
import sys
import tempfile
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
warnings.filterwarnings("ignore")
logging.disable(logging.CRITICAL)


def run(root: str) -> None:
    import joblib
    import numpy as np
    from tests.supply import _corpus as C

    M, B = f"{root}/malicious", f"{root}/benign"; os.makedirs(M); os.makedirs(B)
    def w(d, n, data): open(f"{d}/{n}", "wb").write(data)
    for p in range(6): w(M, f"evil_p{p}.pkl", C.evil(p))
    mal = {
     "call0_os.pkl": C.call0("os","system","id"), "stack_global_memo.pkl": C.stack_global_from_memo("os","system","id"),
     "getattr_chain.pkl": C.getattr_chain(), "call_of_call.pkl": C.call_of_call_result(), "pip_main.pkl": C.call4("pip","main","install"),
     "runpy.pkl": C.call0("runpy","_run_code","x"), "copyreg_addext.pkl": C.call0("copyreg","add_extension","x"),
     "importlib.pkl": C.call0("importlib","import_module","os"), "pkgutil_resolve.pkl": C.call0("pkgutil","resolve_name","os:system"),
     "collect_env.pkl": C.call0("torch.utils.collect_env","run","id"), "inst.pkl": C.inst(), "obj.pkl": C.obj(), "newobj.pkl": C.newobj(),
     "nested_loads.pkl": C.nested_loads(), "nested_in_data.pkl": C.nested_in_data(), "ext.pkl": C.ext_opcode(),
     "build_on_global.pkl": C.build_on_global(), "dotted_walk.pkl": C.dotted_walk(), "py2_builtin.pkl": C.py2_builtin(),
     "dynamic_sg.pkl": C.dynamic_stack_global(), "mailcap.pkl": C.call0("mailcap","findmatch","x"), "pty.pkl": C.call0("pty","spawn","sh"),
     "torch_evil.pt": C.torch_zip(C.torch_like_data_pkl(True)), "torch_evil.txt": C.torch_zip(C.torch_like_data_pkl(True)),
     "TORCH_EVIL.PTH": C.torch_zip(C.torch_like_data_pkl(True)), "torch_extra.pt": C.zip_of({"archive/data.pkl": C.torch_like_data_pkl(), "archive/EXTRA.PKL": C.evil(2)}),
     "evil_obj.npy": C.npy_object(C.evil(2)), "evil.npz": C.zip_of({"a.npy": C.npy_object(C.evil(3))}),
     "polyglot.pt": C.evil(2) + C.zip_of({"archive/data.pkl": C.torch_like_data_pkl()}),
     "traversal.zip": C.zip_of({"../../x.pkl": C.evil(2)}), "legacy.tar": C.tar_of({"pickle": C.evil(2), "sys_info": pickle.dumps({},2)}),
     "evil.tar.gz": gzip.compress(C.tar_of({"archive/data.pkl": C.evil(2)})),
     "evil_template.gguf": C.gguf({"tokenizer.chat_template": "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"}),
     "escape.onnx": C.onnx_model(["../../etc/passwd"]),
    }
    for n, d in mal.items(): w(M, n, d)
    data = bytearray(C.zip_of({"archive/data.pkl": C.evil(2)})); lh = data.find(b"PK\x03\x04"); ch = data.find(b"PK\x01\x02")
    data[lh+6] |= 1; data[ch+8] |= 1; data[ch+16] ^= 0xFF; w(M, "zip_flag_crc.pt", bytes(data))
    joblib.dump([np.arange(5.0), C.Reduce(os.system, "echo pwned")], f"{M}/evil.joblib")
    joblib.dump([np.arange(5.0), C.Reduce(os.system, "echo pwned")], f"{M}/evil_z.joblib", compress=3)
    for i, o in enumerate(C.benign_objects()): w(B, f"obj{i}.pkl", pickle.dumps(o, protocol=4))
    w(B, "state.pt", C.torch_zip(C.torch_like_data_pkl()))
    np.save(f"{B}/a.npy", np.arange(10.0)); np.save(f"{B}/o.npy", np.array(["x", None], dtype=object), allow_pickle=True)
    np.savez(f"{B}/z.npz", a=np.arange(3)); joblib.dump({"w": np.arange(100.0)}, f"{B}/m.joblib"); joblib.dump({"w": np.arange(100.0)}, f"{B}/mz.joblib", compress=3)
    pickle.dump({"arr": np.arange(5), "s": np.float64(3)}, open(f"{B}/np.pkl", "wb"), protocol=2)
    w(B, "m.safetensors", C.safetensors({"w": ("F32", [2, 2], struct.pack("<4f", 1, 2, 3, 4))}))
    w(B, "ok.gguf", C.gguf({"general.architecture": "llama", "tokenizer.chat_template": "{% for m in messages %}{{ m['content'] }}{% endfor %}"}))
    w(B, "ok.onnx", C.onnx_model(["weights.bin"]))

    from shieldwall.supply import scan_file
    def sw(p): return scan_file(p).verdict.value not in ("clean",)
    from picklescan.scanner import scan_file_path
    def ps(p):
        r = scan_file_path(p); return r.issues_count > 0 or r.infected_files > 0
    from modelscan.modelscan import ModelScan
    def ms(p):
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            r = ModelScan().scan(p)
        return bool(r.get("issues"))
    import fickling
    def fk(p):
        try:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                return not fickling.is_likely_safe(p)
        except Exception:
            return False
    tools = {"shieldwall": sw, "picklescan": ps, "modelscan": ms, "fickling": fk}
    res = {}
    for kind, d in (("malicious", M), ("benign", B)):
        for n in sorted(os.listdir(d)):
            row = {}
            for t, fn in tools.items():
                try: row[t] = fn(f"{d}/{n}")
                except Exception: row[t] = False
            res[(kind, n)] = row
    for t in tools:
        tp = sum(res[k][t] for k in res if k[0] == "malicious"); fp = sum(res[k][t] for k in res if k[0] == "benign")
        nm = sum(1 for k in res if k[0] == "malicious"); nb = sum(1 for k in res if k[0] == "benign")
        print(f"{t:11s} detected {tp}/{nm} malicious, false positives {fp}/{nb} benign")
    print("missed by shieldwall:", [k[1] for k in res if k[0]=="malicious" and not res[k]["shieldwall"]])
    print("FP shieldwall:", [k[1] for k in res if k[0]=="benign" and res[k]["shieldwall"]])
    for t in ("picklescan","modelscan","fickling"):
        print(f"caught by shieldwall not {t}:", len([k for k in res if k[0]=="malicious" and res[k]["shieldwall"] and not res[k][t]]),
              " caught by", t, "not shieldwall:", [k[1] for k in res if k[0]=="malicious" and res[k][t] and not res[k]["shieldwall"]])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keep", help="write the corpus to this folder and keep it")
    args = ap.parse_args()
    if args.keep:
        run(args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            run(tmp)


if __name__ == "__main__":
    main()
