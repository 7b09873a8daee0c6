"""Damages a .warc.gz of 30 members (one record each) at random, 300 times, and checks that
copydesk reads every record whose member is intact, exits 0 or 1, and never hangs.

    /usr/bin/python3 bench/gz_damage_stress.py [build/copydesk] [--seed 5]
"""
import gzip, random, subprocess, json, os, sys, tempfile
args = [a for a in sys.argv[1:]]
seed = 5
if "--seed" in args:
    i = args.index("--seed"); seed = int(args[i + 1]); del args[i:i + 2]
binary = os.path.abspath(args[0] if args else "build/copydesk")
os.chdir(tempfile.mkdtemp(prefix="gz_damage_"))
random.seed(seed)
def rec(i):
    body = f"<html><body><article><h1>Story {i}</h1>" + "".join(f"<p>Paragraph {j} of story {i}: the council approved {j*i+7} new homes on the river site {random.random()}.</p>" for j in range(6)) + "</article></body></html>"
    http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body).encode()
    return (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:r{i}>\r\nWARC-Target-URI: http://e.com/{i}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode() + http + b"\r\n\r\n"
mem = [gzip.compress(rec(i)) for i in range(30)]
bad = 0
for t in range(300):
    ms = list(mem)
    kinds = []
    for _ in range(random.randint(1, 3)):
        k = random.randrange(len(ms)); m = bytearray(ms[k])
        op = random.randrange(4)
        if op == 0: m[random.randrange(len(m))] ^= 1 << random.randrange(8)
        elif op == 1:
            p = random.randrange(len(m)); m[p:p+random.randint(1,40)] = os.urandom(random.randint(0,40))
        elif op == 2: m = m[:random.randrange(1, len(m))]
        else: m = bytearray(os.urandom(random.randint(1, 60))) + m
        ms[k] = bytes(m); kinds.append(k)
    open("st.warc.gz", "wb").write(b"".join(ms))
    try:
        r = subprocess.run([binary, "normalize", "st.warc.gz", "-q"], capture_output=True, timeout=20)
    except subprocess.TimeoutExpired:
        print("TIMEOUT", t); bad += 1; continue
    if r.returncode not in (0, 1):
        print("rc", r.returncode, t, r.stderr[-300:]); bad += 1; continue
    ids = [json.loads(l)["id"] for l in r.stdout.splitlines()]
    good = {f"urn:r{i}" for i in range(30) if i not in kinds}
    missing = good - set(ids)
    if missing:
        print("lost intact records", t, sorted(missing)[:5], kinds); bad += 1; os.rename("st.warc.gz", f"fail{t}.warc.gz")
        print("  kept as", os.path.abspath(f"fail{t}.warc.gz"))
print("runs with an intact record lost, a crash or a hang:", bad, "of 300")
sys.exit(1 if bad else 0)
