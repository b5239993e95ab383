# Vectors for screenshots of the explorer on DevMap (written to /tmp, never into the repository):
#  grewe.tsv   : Grewe et al. static features per (benchmark, dataset): log1p of comp, rational, mem, localmem,
#                coalesced, atomic, transfer, wgsize (AMD CSV)
#  opcodes.tsv : counts of LLVM instruction opcodes in each row's NCC IR file (a regex over the text), log1p
import csv, math, re, sys, collections
root = sys.argv[1]
out = sys.argv[2]
rows = list(csv.DictReader(open(f"{root}/cgo17-amd.csv")))
with open(f"{out}/grewe.tsv", "w") as f:
    cols = ["comp", "rational", "mem", "localmem", "coalesced", "atomic", "transfer", "wgsize"]
    f.write("id\t" + "\t".join(cols) + "\n")
    for r in rows:
        f.write(f"{r['benchmark']}/{r['dataset']}\t" + "\t".join(f"{math.log1p(float(r[c])):.6f}" for c in cols) + "\n")
files = list(csv.DictReader(open(f"{root}/ncc_ir_file_map.csv")))
op = re.compile(r"^\s*(?:%[-\w.$]+\s*=\s*)?(\w+)\b", re.M)
known = "ret br switch indirectbr invoke resume unreachable fneg add fadd sub fsub mul fmul udiv sdiv fdiv urem srem frem shl lshr ashr and or xor extractelement insertelement shufflevector extractvalue insertvalue alloca load store fence cmpxchg atomicrmw getelementptr trunc zext sext fptrunc fpext fptoui fptosi uitofp sitofp ptrtoint inttoptr bitcast addrspacecast icmp fcmp phi select call va_arg landingpad".split()
index = {o: i for i, o in enumerate(known)}
with open(f"{out}/opcodes.tsv", "w") as f:
    f.write("id\t" + "\t".join(known) + "\n")
    for r in files:
        text = open(f"{root}/kernels_ir/{r['ncc_ir_file']}").read()
        body = "\n".join(l for l in text.splitlines() if l.startswith(" "))
        counts = collections.Counter(m for m in op.findall(body) if m in index)
        f.write(f"{r['benchmark']}/{r['dataset']}\t" + "\t".join(f"{math.log1p(counts[o]):.6f}" for o in known) + "\n")
