#!/usr/bin/env bash
# WARC files written by a real WARC writer: serves pages on 127.0.0.1 with Python's http.server,
# crawls them with `wget --warc-file`, and reads the WARC with copydesk; then damaged variants.
#   tests/cli/warc_test.sh COPYDESK_BINARY        (exit 77 = skipped: no wget)
set -euo pipefail
bin=$1
command -v wget >/dev/null || { echo "wget is absent: skipped"; exit 77; }
work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
site="$work/site"
mkdir -p "$site/world" "$site/ru"
cat > "$site/index.html" <<'HTML'
<html><head><title>Front page</title></head><body><a href="world/grain.html">grain</a>
<a href="ru/grain.html">ru</a> <a href="logo.png">logo</a> <a href="gone.html">gone</a></body></html>
HTML
cat > "$site/world/grain.html" <<'HTML'
<html><head><title>Grain prices rise</title>
<meta property="article:published_time" content="2025-03-02T08:00:00Z"></head>
<body><article><h1>Grain prices rise</h1><p>Wheat prices rose 5% in February, the ministry said
on Monday, as exports to Asia picked up after a slow winter.</p><p>Farmers expect a larger
harvest this year, the ministry added in its monthly report on the sector.</p></article></body></html>
HTML
# A page in windows-1251 that declares it only in the HTTP header... http.server cannot; in <meta>.
printf '<html><head><meta charset="windows-1251"><title>R</title></head><body><article><p>%s</p></article></body></html>' \
  "$(printf '\xdd\xea\xf1\xef\xee\xf0\xf2 \xe7\xe5\xf0\xed\xe0 \xe2\xfb\xf0\xee\xf1 \xed\xe0 5%% \xe2 \xf4\xe5\xe2\xf0\xe0\xeb\xe5.')" \
  > "$site/ru/grain.html"
printf '\x89PNG\r\n\x1a\n not really' > "$site/logo.png"
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$site" && exec /usr/bin/python3 -m http.server "$port" --bind 127.0.0.1 >/dev/null 2>&1) &
server=$!
for _ in $(seq 50); do /usr/bin/python3 -c "import socket; socket.create_connection(('127.0.0.1',$port)).close()" 2>/dev/null && break; sleep 0.1; done
(cd "$work" && env -u http_proxy -u https_proxy wget -q -r -l 2 --no-proxy --warc-file="$work/crawl" \
  "http://127.0.0.1:$port/index.html" || true)
test -s "$work/crawl.warc.gz"

check() {  # check OUTDIR: the two stories with urls and dates, the skips counted
  /usr/bin/python3 - "$1" "$port" <<'PY'
import json, sys
d, port = sys.argv[1], sys.argv[2]
arts = {a["url"]: a for a in map(json.loads, open(d + "/articles.jsonl", encoding="utf-8"))}
m = json.load(open(d + "/manifest.json"))
base = "http://127.0.0.1:%s/" % port
g = arts[base + "world/grain.html"]
assert g["id"].startswith("urn:uuid:"), g["id"]
assert g["published"] == "2025-03-02T08:00:00Z", g["published"]  # the page's own date
assert "Wheat prices rose 5% in February" in g["text"], g["text"]
r = arts[base + "ru/grain.html"]
assert "\u042d\u043a\u0441\u043f\u043e\u0440\u0442" in r["text"], r["text"]  # decoded from windows-1251
assert r["published"].startswith("20"), r["published"]  # WARC-Date as the fallback
sk = m["skipped_records"]
assert sk.get("request record", 0) >= 4, sk
assert sk.get("HTTP status 404", 0) >= 1, sk      # robots.txt, gone.html
assert any(k.startswith("not HTML") for k in sk), sk  # the PNG
assert not any(a["url"].endswith("logo.png") for a in arts.values())
print("ok:", len(arts), "articles;", sk)
PY
}
"$bin" run "$work/crawl.warc.gz" --out "$work/o1" 2>/dev/null
check "$work/o1"
# Whole-file gzip and plain WARC read the same.
zcat "$work/crawl.warc.gz" > "$work/plain.warc"
"$bin" run "$work/plain.warc" --out "$work/o2" 2>/dev/null
check "$work/o2"
gzip -c "$work/plain.warc" > "$work/whole.warc.gz"
"$bin" run "$work/whole.warc.gz" --out "$work/o3" 2>/dev/null
check "$work/o3"
# Damaged: a Content-Length made wrong in the first response; the reader resynchronizes.
/usr/bin/python3 - "$work/plain.warc" "$work/damaged.warc" <<'PY'
import sys, re
data = open(sys.argv[1], "rb").read()
i = data.index(b"WARC-Type: response")
j = data.index(b"Content-Length: ", i)
k = data.index(b"\r\n", j)
open(sys.argv[2], "wb").write(data[:j] + b"Content-Length: 99999999999" + data[k:])
PY
rc=0
"$bin" run "$work/damaged.warc" --out "$work/o4" 2>"$work/err" || rc=$?
[ "$rc" -eq 1 ] || { echo "damaged: rc=$rc"; cat "$work/err"; exit 1; }
grep -q "damaged.warc: damaged WARC record at byte [0-9]*" "$work/err" || grep -q "damaged.warc.*byte" "$work/err" || { cat "$work/err"; exit 1; }
n=$(wc -l < "$work/o4/articles.jsonl")
[ "$n" -ge 2 ] || { echo "damaged: only $n articles after resync"; exit 1; }
# Cut short: the gzip stream ends inside a record.
size=$(stat -c %s "$work/whole.warc.gz")
head -c $((size * 2 / 3)) "$work/whole.warc.gz" > "$work/cut.warc.gz"
rc=0
"$bin" run "$work/cut.warc.gz" --out "$work/o5" 2>"$work/err" || rc=$?
[ "$rc" -ge 1 ] || { echo "cut: rc=$rc"; exit 1; }
grep -q "cut.warc.gz" "$work/err" || { cat "$work/err"; exit 1; }
echo "warc test passed"
