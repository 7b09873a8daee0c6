#!/usr/bin/env bash
# `mpirun -n R copydesk dedup` writes the same bytes as one process, for R = 1, 2, 3: on 2,000
# generated articles (bench/gen_corpus.py, fixed seed) given outlets, dates and site lines (so
# that the site-line statistics cross ranks and batches), plus a few bad and duplicate records;
# as one JSONL file read in byte ranges (large and tiny ranges, so that lines straddle range ends
# and batches span rounds), as several files (one empty, one with a byte order mark, CRLF lines,
# blank lines and records without ids), with exchanges cut into tiny rounds, and through the
# replicated reader; as a directory of text, HTML, JSONL, gzipped JSONL and HTML, WARC and
# .warc.gz files (whole files per rank, WARC files in byte ranges cut at record starts, payloads
# holding "WARC/1.0" lines) with a cut gzip file, a damaged WARC file, duplicate ids of files and
# records; with rank 0's share of the ranges small or equal, with ranks that read nothing, and
# with rank 0 making the candidates alone.
#   tests/distributed/mpi_dedup_test.sh COPYDESK_BINARY     (exit 77 = skipped: no mpirun)
set -euo pipefail
bin=$1
src=$(cd "$(dirname "$0")/../.." && pwd)
command -v mpirun >/dev/null || { echo "mpirun is absent: skipped"; exit 77; }
python=/usr/bin/python3
[ -x "$python" ] || python=python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" "$src/bench/gen_corpus.py" --stories 400 --copies 3 --singles 800 --seed 11 \
  --out "$work/gen.jsonl" --labels "$work/labels.jsonl"
"$python" - "$work/gen.jsonl" "$work/feed.jsonl" <<'PY'
import json, sys
outlets = ["daily-a", "herald-b", "courier-c", "post-d", "wire-e"]
with open(sys.argv[1]) as f, open(sys.argv[2], "w") as out:
    for n, line in enumerate(f):
        d = json.loads(line)
        o = outlets[n * 7 % len(outlets)]
        d["source"] = o
        d["published"] = "2025-03-%02dT%02d:00:00Z" % (1 + n % 28, n % 24)
        # A site line every article of the outlet carries (cut as site boilerplate once seen
        # in enough of the outlet's articles), and one some carry.
        d["text"] = d["text"] + "\n\nFollow " + o + " for more news."
        if n % 3 == 0:
            d["text"] = "Read more from " + o + "\n\n" + d["text"]
        out.write(json.dumps(d) + "\n")
        if n == 100:
            out.write('{"id": "broken", "text": \n')           # rejected: not JSON
        if n == 200:
            out.write(json.dumps({"id": d["id"], "text": "again"}) + "\n")  # duplicate id
PY
# The same records as several files: part 1 with a byte order mark, CRLF line ends and blank
# lines, part 2 records without ids (ids from the file and line), an empty file, and part 3
# repeating an id of part 1.
mkdir -p "$work/parts"
"$python" - "$work/feed.jsonl" "$work/parts" <<'PY'
import json, sys
lines = open(sys.argv[1]).read().splitlines()
d = sys.argv[2]
third = len(lines) // 3
with open(d + "/p1.jsonl", "w", newline="") as f:
    f.write("\ufeff")
    for n, l in enumerate(lines[:third]):
        f.write(l + "\r\n")
        if n % 50 == 0:
            f.write("\n")
with open(d + "/p2.jsonl", "w") as f:
    for l in lines[third:2 * third]:
        try:
            rec = json.loads(l)
            rec.pop("id", None)
            f.write(json.dumps(rec) + "\n")
        except ValueError:
            f.write(l + "\n")
open(d + "/p2b.jsonl", "w").close()
with open(d + "/p3.jsonl", "w") as f:
    f.write(lines[5] + "\n")
    for l in lines[2 * third:]:
        f.write(l + "\n")
PY
# Under AddressSanitizer: Open MPI keeps what MPI_Init allocates until exit, so leaks are checked
# by the single-process runs only.
mpi_asan="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
flags=(--allow-run-as-root --oversubscribe --mca btl_vader_single_copy_mechanism none)
fail=0
# copydesk's messages (rejections, warnings), without the summary line's timings or mpirun's own.
messages() { grep '^copydesk: ' "$1" | grep -v 'cluster(s); sketches' || true; }
inputs=("$work/feed.jsonl")
envs=()  # environment of the mpirun runs (-x NAME=VALUE)
check() {  # name, then copydesk dedup arguments
  local name=$1
  shift
  local rc=0
  "$bin" dedup "${inputs[@]}" -q -j1 -o "$work/$name.single.json" "$@" 2>"$work/$name.single.err" || rc=$?
  for n in 1 2 3; do
    local rc_n=0
    ASAN_OPTIONS=$mpi_asan mpirun "${flags[@]}" "${envs[@]}" -n "$n" "$bin" dedup "${inputs[@]}" -q -j1 \
      -o "$work/$name.$n.json" "$@" 2>"$work/$name.$n.err" || rc_n=$?
    if [ "$rc_n" != "$rc" ]; then
      echo "FAIL $name -n $n: exit $rc_n, single process $rc"; cat "$work/$name.$n.err"; fail=1
    elif ! cmp -s "$work/$name.single.json" "$work/$name.$n.json"; then
      echo "FAIL $name -n $n: clusters.json differs from the single process's"; fail=1
    elif ! diff <(messages "$work/$name.single.err") <(messages "$work/$name.$n.err"); then
      echo "FAIL $name -n $n: rejections or warnings differ"; fail=1
    else
      echo "ok $name -n $n ($(wc -c <"$work/$name.$n.json") bytes, exit $rc_n)"
    fi
  done
}
check reports                      # paragraph reports made on the rank that owns the cluster
check no-reports --no-reports
check batches --batch-bytes 200000   # site lines judged batch by batch, across ranks
# Byte ranges of 10 kB (~2 records; a round holds 4 a rank, split by the ranks' measured speeds):
# lines straddle range ends, batches span many rounds; every exchange cut into rounds of 4 kB
# (the chunking that carries exchanges past 2 GiB).
envs=(-x COPYDESK_MPI_CHUNK_BYTES=10000 -x COPYDESK_MPI_MESSAGE_BYTES=4096)
check tiny-ranges --batch-bytes 300000
check tiny-ranges-no-reports --batch-bytes 300000 --no-reports
# Fixed shares instead of measured ones: rank 0's at its smallest (most rounds it reads nothing)
# and equal (the bytes each rank reads change, the output does not).
envs=(-x COPYDESK_MPI_CHUNK_BYTES=10000 -x COPYDESK_MPI_ROOT_SHARE=0.05)
check root-share-small --batch-bytes 300000 --no-reports
envs=(-x COPYDESK_MPI_ROOT_SHARE=1)
check root-share-equal
# Rank 0 makes the candidates itself from every signature and set (the shuffle's alternative).
envs=(-x COPYDESK_MPI_CLUSTER_ON_ROOT=1)
check cluster-on-root
check cluster-on-root-no-reports --no-reports
envs=()
inputs=("$work/parts/p1.jsonl" "$work/parts/p2.jsonl" "$work/parts/p2b.jsonl" "$work/parts/p3.jsonl")
check files
check files-no-reports --no-reports --batch-bytes 250000
inputs=("$work/parts")  # a directory of JSONL files: byte ranges
check directory --no-reports
envs=(-x COPYDESK_MPI_REPLICATED_READ=1)  # every rank reads every record, keeps its share
check replicated --no-reports
envs=()
# A directory of every input kind (text in subdirectories, HTML, gzipped HTML, JSONL, gzipped
# JSONL, WARC, one gzip member per WARC record), plus a damaged WARC file: read as whole files
# (grouped) and WARC byte ranges. Bad input: a gzipped JSONL file cut short, an empty text file,
# a page cut short, a WARC record whose Content-Length is wrong (reading resumes at the next
# "WARC/1." line, one inside a payload), a WARC file cut short; duplicate ids (a JSONL id
# rejected, a file's and WARC records' kept as "id#2"), a WARC record without id or URI (its id
# from the record number, which byte ranges must count), skipped records and files.
"$python" - "$work/feed.jsonl" "$work/mixed" <<'PY'
import gzip, json, os, sys
src, out = sys.argv[1], sys.argv[2]
recs = []
for l in open(src):
    try:
        recs.append(json.loads(l))
    except ValueError:
        pass
recs = recs[:900]
os.makedirs(out + "/site/2025", exist_ok=True)
os.makedirs(out + "/pages", exist_ok=True)
def html(r, close=True):
    paras = "".join("<p>%s</p>\n" % p for p in r["text"].split("\n\n"))
    page = "<html><head><title>%s</title></head><body>\n%s" % (r.get("title", ""), paras)
    return page + ("</body></html>\n" if close else "")
# Text files (one in a subdirectory sharing its id with an HTML page: kept as "id#2").
for i, r in enumerate(recs[:120]):
    d = out + ("/site/2025" if i % 3 == 0 else "/site")
    with open("%s/t%03d.txt" % (d, i), "w") as f:
        f.write(r["text"])
with open(out + "/site/t001.html", "w") as f:
    f.write(html(recs[1]))
open(out + "/site/blank.txt", "w").write("  \n\n")        # rejected: empty
open(out + "/README.md", "w").write("not an input\n")      # skipped
# HTML pages, one cut short (a warning), one gzipped.
for i, r in enumerate(recs[120:200]):
    with open("%s/pages/p%03d.html" % (out, i), "w") as f:
        f.write(html(r, close=(i != 7)))
with gzip.open(out + "/pages/zz.html.gz", "wt") as f:
    f.write(html(recs[200]))
# JSONL, plain and gzipped; one gzipped part repeats an id of the plain one (rejected), and
# one gzipped file is cut short (its lines before the cut are read, then an error).
with open(out + "/feed-a.jsonl", "w") as f:
    for r in recs[201:300]:
        f.write(json.dumps(r) + "\n")
with gzip.open(out + "/feed-b.jsonl.gz", "wt") as f:
    f.write(json.dumps(recs[210]) + "\n")
    for r in recs[300:400]:
        f.write(json.dumps(r) + "\n")
buf = gzip.compress("".join(json.dumps(r) + "\n" for r in recs[400:430]).encode())
open(out + "/feed-c.jsonl.gz", "wb").write(buf[: len(buf) * 2 // 3])

def warc_record(kind, headers, block):
    if isinstance(block, str):
        block = block.encode()
    h = "WARC/1.0\r\nWARC-Type: %s\r\n" % kind
    for k, v in headers:
        h += "%s: %s\r\n" % (k, v)
    h += "Content-Length: %d\r\n\r\n" % len(block)
    return h.encode() + block + b"\r\n\r\n"

def response(r, n, status=200, ctype="text/html; charset=utf-8", rid=True, uri=True):
    body = html(r)
    if n % 4 == 0:  # payloads that look like WARC records, CRLFs included
        body = body.replace("</body>", "<pre>\r\nWARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12\r\n\r\n</pre></body>")
    http = "HTTP/1.1 %d OK\r\nContent-Type: %s\r\n\r\n%s" % (status, ctype, body)
    headers = []
    if rid:
        headers.append(("WARC-Record-ID", "<urn:uuid:rec-%05d>" % n))
    if uri:
        headers.append(("WARC-Target-URI", "https://example.org/%05d" % n))
    headers += [("WARC-Date", "2025-03-%02dT10:00:00Z" % (1 + n % 28)), ("Content-Type", "application/http; msgtype=response")]
    return warc_record("response", headers, http)

def crawl(rs, start):
    data = [warc_record("warcinfo", [("WARC-Record-ID", "<urn:uuid:info-%d>" % start)], "software: test\r\n")]
    for k, r in enumerate(rs):
        n = start + k
        data.append(warc_record("request", [("WARC-Record-ID", "<urn:uuid:req-%05d>" % n)], "GET / HTTP/1.1\r\n\r\n"))
        if k == 5:
            data.append(response(r, n, status=404))
        elif k == 6:
            data.append(response(r, n, rid=False))           # id: the target URI
        elif k == 7 or k == 20:
            data.append(response(r, n, rid=False, uri=False))  # id: derived from the record number
        elif k == 8:
            data.append(warc_record("resource", [("WARC-Record-ID", "<urn:uuid:res-%05d>" % n),
                                                 ("WARC-Target-URI", "https://example.org/r%05d" % n),
                                                 ("Content-Type", "text/plain")], r["text"]))
        elif k == 9:
            data.append(response(r, 4 + start))              # a WARC-Record-ID seen before: "#2"
        else:
            data.append(response(r, n))
    return data

recs_w = recs[431:560]
data = crawl(recs_w, 1000)
open(out + "/crawl.warc", "wb").write(b"".join(data))
# One gzip member per record.
with open(out + "/crawl2.warc.gz", "wb") as f:
    for rec in crawl(recs[560:620], 2000):
        f.write(gzip.compress(rec))
# A damaged WARC (outside the directory): a record whose Content-Length is wrong in the middle,
# followed by records whose payloads hold "WARC/1.0" lines, and a last record cut short.
bad = crawl(recs[620:700], 3000)
mid = len(bad) // 2
bad[mid] = bad[mid].replace(b"Content-Length: ", b"Content-Length: 1", 1)
open(out + "/../damaged.warc", "wb").write(b"".join(bad)[:-200])
PY
inputs=("$work/mixed" "$work/damaged.warc")
check mixed
check mixed-no-reports --no-reports --batch-bytes 60000
# Ranges of 3 kB (every WARC record a range of its own, every file a chunk) and 20 kB (ranges
# that end mid-record: cut at the next record's start; small files grouped).
envs=(-x COPYDESK_MPI_CHUNK_BYTES=3000)
check mixed-3k --batch-bytes 60000
envs=(-x COPYDESK_MPI_CHUNK_BYTES=20000 -x COPYDESK_MPI_MESSAGE_BYTES=4096)
check mixed-20k --no-reports
inputs=("$work/mixed/crawl.warc")
envs=(-x COPYDESK_MPI_CHUNK_BYTES=7000)
check warc-ranges
envs=(-x COPYDESK_MPI_CHUNK_BYTES=7000 -x COPYDESK_MPI_VERBOSE=1)
mpirun "${flags[@]}" "${envs[@]}" -n 2 "$bin" dedup "$work/mixed/crawl.warc" -q -j1 -o /dev/null 2>"$work/verbose.err" ||
  true
grep -q 'in [0-9]* chunk(s): 0 JSONL range(s), [1-9][0-9]* WARC range(s), 0 of whole files' "$work/verbose.err" ||
  { echo "FAIL: the WARC file was not read in byte ranges"; cat "$work/verbose.err"; fail=1; }
inputs=("$work/damaged.warc")
envs=(-x COPYDESK_MPI_CHUNK_BYTES=5000)
check damaged-warc --no-reports
envs=()
# Fewer files than ranks: two whole files, rank 2 reads nothing.
inputs=("$work/mixed/site/t002.txt" "$work/mixed/pages/p001.html")
check two-files
# One gzipped file, too large a chunk for one rank of 2 or 3: every rank reads every record.
gzip -c "$work/feed.jsonl" > "$work/feed.jsonl.gz"
inputs=("$work/feed.jsonl.gz")
check one-gz --no-reports
mpirun "${flags[@]}" -x COPYDESK_MPI_VERBOSE=1 -n 2 "$bin" dedup "$work/feed.jsonl.gz" -q -j1 --no-reports -o /dev/null \
  2>"$work/verbose-gz.err" || true
grep -q 'every rank reads every record' "$work/verbose-gz.err" ||
  { echo "FAIL: one large gzipped file was not read by every rank"; fail=1; }
for want in 'feed-c.jsonl.gz:[0-9]*: unreadable: .*unexpected end of file' 'feed-b.jsonl.gz:1: duplicate id' \
  'site/blank.txt: empty' 'damaged WARC record at byte [0-9]*: the block does not end' 'block cut short' \
  'warning: .*p007.html: the page looks truncated' 'read as "site/t001#2"' 'read as "urn:uuid:rec-01004#2"'; do
  grep -q "$want" "$work/mixed.single.err" || { echo "FAIL: the single process did not report: $want"; fail=1; }
done
grep -q '"crawl-17"' "$work/mixed.single.json" || { echo "FAIL: no WARC id derived from the record number"; fail=1; }
# Eight scripts with heavy edits, reworded copies and roundups (bench/gen_edits.py): character-gram
# anchors, the anchors' bucket caps, the loose samples (sent with the fields), the wide samples'
# rests (sent with the sets: some copies join by the wide test alone) and the roundup guard, as
# the engine applies them.
"$python" "$src/bench/gen_edits.py" --stories 6 --seed 5 --reworded 0.2 --out "$work/edits.jsonl" \
  --labels "$work/edits_labels.jsonl" >/dev/null
inputs=("$work/edits.jsonl")
check scripts
check scripts-no-reports --no-reports
"$bin" dedup "${inputs[@]}" -q -j1 --reworded-wide 2 -o "$work/scripts.narrow.json" 2>/dev/null || fail=1
"$python" - "$work/scripts.single.json" "$work/scripts.narrow.json" <<'PY' || fail=1
import json, sys
def joined(path):
    return [m["id"] for c in json.load(open(path))["clusters"] if c["size"] > 1
            for m in c["members"] if m["id"].endswith("-reworded")]
wide, narrow = joined(sys.argv[1]), joined(sys.argv[2])
print("reworded copies joined:", len(wide), "(without the wide samples' test:", len(narrow), ")")
sys.exit(0 if wide and len(wide) > len(narrow) else 1)
PY
# The "rejected lines in a row" stop, decided across ranges of 300 bytes (a few lines each).
"$python" - "$work" <<'PY'
import json, sys
d = sys.argv[1]
with open(d + "/bad.jsonl", "w") as f:
    for i in range(30):
        f.write(json.dumps({"id": "g%d" % i, "text": "story %d about the harbour and the council meeting" % (i % 7)}) + "\n")
    for i in range(12):
        f.write("not json %d\n" % i)
    for i in range(30):
        f.write(json.dumps({"id": "h%d" % i, "text": "other %d" % i}) + "\n")
with open(d + "/bad2.jsonl", "w") as f:
    f.write("garbage\n" * 5 + json.dumps({"id": "z", "text": "zzz"}) + "\n")
PY
# Empty shares: two records in one range, so that ranks 1 and 2 read nothing (and a record that
# straddles every range end when the ranges are 30 bytes).
head -n 2 "$work/bad.jsonl" > "$work/two.jsonl"
inputs=("$work/two.jsonl")
check empty-shares
envs=(-x COPYDESK_MPI_CHUNK_BYTES=30)
check straddling-record --no-reports
envs=()
inputs=("$work/bad.jsonl" "$work/bad2.jsonl")
envs=(-x COPYDESK_MPI_CHUNK_BYTES=300)
check bad-lines --max-bad-lines 5
envs=()
grep -q 'bad.jsonl:36: stopped reading this file' "$work/bad-lines.single.err" || { echo "FAIL: no stop"; fail=1; }
# Failures before the work end every rank at once, with the single process's exit code: an
# output that cannot be created or that names an input, a --temp-dir no rank can use, and a
# subcommand other than dedup (refused, not run once per rank).
refused() {  # what, expected message, then the arguments after mpirun -n 2 $bin
  local what=$1 want=$2 rc=0
  shift 2
  ASAN_OPTIONS=$mpi_asan timeout 120 mpirun "${flags[@]}" -n 2 "$bin" "$@" 2>"$work/refused.err" || rc=$?
  if [ "$rc" != 2 ] || ! grep -q -- "$want" "$work/refused.err"; then
    echo "FAIL $what: exit $rc (want 2, and: $want)"; cat "$work/refused.err"; fail=1
  else
    echo "ok $what refused"
  fi
}
refused "an output that cannot be created" "cannot create" dedup "$work/two.jsonl" -q -j1 -o "$work/missing-dir/x.json"
refused "an output that is an input" "is an input too" dedup "$work/two.jsonl" -q -j1 -o "$work/two.jsonl"
refused "an unusable --temp-dir" "--temp-dir: " dedup "$work/two.jsonl" -q -j1 --temp-dir /proc -o "$work/t.json"
refused "run under mpirun" "only dedup runs across MPI ranks" run "$work/two.jsonl" -q --out "$work/run-out"
[ ! -e "$work/run-out" ] || { echo "FAIL: run under mpirun wrote $work/run-out"; fail=1; }
# The outputs are not trivial: clusters with copies, and the site lines were cut.
"$python" - "$work/reports.single.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))["clusters"]
multi = [x for x in c if len(x["members"]) > 1]
assert len(multi) >= 300, len(multi)
assert any(m.get("paragraphs") for x in multi for m in x["members"][1:]), "no paragraph reports"
PY
grep -q 'p2b.jsonl: empty' "$work/files.single.err" || { echo "FAIL: the empty file was not reported"; fail=1; }
grep -q 'p3.jsonl:1: duplicate id' "$work/files.single.err" || { echo "FAIL: no duplicate id across files"; fail=1; }
grep -q '"p2-[0-9]*"' "$work/files.single.json" || { echo "FAIL: no id derived from file and line"; fail=1; }
exit $fail
