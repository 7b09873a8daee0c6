#!/usr/bin/python3
"""The HTML report in a real browser.

    python3 tests/report/report_browser_test.py build/copydesk

Runs copydesk on the sample corpus plus a hostile article (tests/report/fixtures/hostile.jsonl:
markup and script in its title, source, url and text, one figure changed, no credit), renders
report.html in headless Chromium (`--dump-dom`) and asserts on the DOM: the cluster count, the
order (uncredited first), the search filter (`#q=`), the opened cluster's side-by-side with the
changed figure highlighted, the "No credit" flag, and that none of the hostile markup became
elements or ran. Then the same for a hand-written OUTDIR in the newer clusters.json shape
(tests/report/fixtures/new_schema). Exits 77 (ctest: skipped) when Chromium is not installed;
`scripts/deps.sh --test` installs it.
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
HERE = os.path.dirname(os.path.abspath(__file__))
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent, self.children = tag, dict(attrs), parent, []

    def classes(self):
        return set((self.attrs.get("class") or "").split())

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def walk(self):
        for c in self.children:
            if isinstance(c, Node):
                yield c
                yield from c.walk()

    def find_all(self, tag=None, cls=(), **attrs):
        cls = {cls} if isinstance(cls, str) else set(cls)
        return [n for n in self.walk()
                if (tag is None or n.tag == tag) and cls <= n.classes()
                and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())]

    def find(self, *args, **kwargs):
        found = self.find_all(*args, **kwargs)
        assert found, "no element %r %r in <%s class=%r>" % (args, kwargs, self.tag, self.attrs.get("class"))
        return found[0]


class TreeBuilder(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = self.cur = Node("#document", {}, None)

    def handle_starttag(self, tag, attrs):
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_endtag(self, tag):
        n = self.cur
        while n is not None and n.tag != tag:
            n = n.parent
        if n is not None and n.parent is not None:
            self.cur = n.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def parse(dom):
    b = TreeBuilder()
    b.feed(dom)
    return b.root


def dump(chromium, url):
    profile = tempfile.mkdtemp(prefix="copydesk_chromium_")
    try:
        r = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000",
             "--dump-dom", url],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    assert r.returncode == 0 and r.stdout, "chromium failed (%d): %s" % (r.returncode, r.stderr[-2000:])
    return r.stdout.decode("utf-8")


def check_not_pwned(doc, raw):
    title = doc.find("title").text()
    assert title == "copydesk report", "the page title changed to %r: a script ran" % title
    body = doc.find("body")
    assert "data-pwned" not in body.attrs, "an injected handler ran: %r" % body.attrs
    assert not doc.find_all("img"), "an <img> element exists: markup from an article became DOM"
    for a in doc.find_all("a"):
        assert (a.attrs.get("href") or "").startswith("http"), "a link to %r" % a.attrs.get("href")
    # Only the page's own script element is left (the data blocks are read and removed).
    assert len(doc.find_all("script")) == 1, raw.count("<script")


def main():
    copydesk = os.path.abspath(sys.argv[1])
    chromium = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")
                     if shutil.which(n)), None)
    if chromium is None:
        print("chromium is not installed; `scripts/deps.sh --test` installs it. Skipping.")
        return SKIP
    work = tempfile.mkdtemp(prefix="copydesk_report_browser_")
    try:
        run_checks(copydesk, chromium, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("report_browser_test: all checks passed")
    return 0


def run_checks(copydesk, chromium, work):
    inputs, out = os.path.join(work, "in"), os.path.join(work, "out")
    shutil.copytree("corpus/samples", inputs)
    shutil.copy(os.path.join(HERE, "fixtures", "hostile.jsonl"), inputs)
    r = subprocess.run([copydesk, "run", inputs, "--out", out, "--html"], stderr=subprocess.PIPE)
    assert r.returncode == 0, r.stderr.decode()
    clusters = json.load(open(os.path.join(out, "clusters.json")))["clusters"]
    multi = [c for c in clusters if len(c["members"]) > 1]
    ferry = next(c for c in clusters if c["canonical"] == "ferry-wire")
    url = "file://" + os.path.join(out, "report.html")

    # The list as it opens: every cluster counted, the stories with copies listed, uncredited
    # first, none opened (a cluster's side-by-side is drawn only when it is opened).
    raw = dump(chromium, url)
    doc = parse(raw)
    check_not_pwned(doc, raw)
    run = doc.find(id="run")
    assert int(run.attrs["data-clusters"]) == len(clusters), run.attrs
    assert int(run.attrs["data-with-copies"]) == len(multi), run.attrs
    items = doc.find_all("li", "cluster")
    assert len(items) == len(multi) >= 2, (len(items), len(multi))
    unc = [int(li.attrs["data-uncredited"]) for li in items]
    assert unc == sorted(unc, reverse=True) and unc[0] >= 1, unc
    assert not doc.find_all("div", "sbs") and not doc.find_all("li", "open")
    assert int(doc.find(id="shown").attrs["data-matches"]) == len(multi)

    # Searching for the hostile copy's story, opened from the address.
    raw = dump(chromium, url + "#q=nordvik&open=" + ferry["id"])
    doc = parse(raw)
    check_not_pwned(doc, raw)
    assert doc.find(id="q").attrs.get("value") in (None, "nordvik")
    items = doc.find_all("li", "cluster")
    assert [li.attrs["data-id"] for li in items] == [ferry["id"]], [li.attrs["data-id"] for li in items]
    assert doc.find(id="shown").attrs["data-matches"] == "1"
    li = items[0]
    assert "open" in li.classes() and "has-unc" in li.classes()
    copy = li.find("section", ("card", "copy", "uncredited"), data_id="ferry-hostile")
    assert copy.find("span", "flag").text() == "No credit"
    assert copy.find("h3").text() == "<script>document.title='PWNED'</script>Ferry boom"
    assert "<b>Harbour</b> Gazette" in copy.find("div", "meta").text()
    edited = copy.find("div", ("row", "edited"))
    assert edited.find("del").find("b", "fig").text() == "12%"
    assert edited.find("ins").find("b", "fig").text() == "17%"
    assert copy.find("tr", "fig-change").find("b", "fig").text() == "17%"
    added = [r.text() for r in copy.find_all("div", ("row", "added"))]
    assert any("<img src=x onerror=" in t for t in added), added
    kinds = [r.attrs["class"] for r in copy.find_all("div", "row")]
    assert kinds == ["row edited", "row kept", "row kept", "row cut", "row added", "row added",
                     "row kept"], kinds

    # A copy without a source is named by its web address's host beside the canonical's source.
    plain = li.find("section", "copy", data_id="ferry-nosource")
    assert plain is not None, [x.attrs.get("data-id") for x in li.find_all("section")]
    head = plain.find("div", "sbs-head").text()
    assert "Canonical \u00b7 wire-feed" in head and "This copy \u00b7 harbour-news.example" in head, head

    # An OUTDIR in the newer clusters.json shape: kept pairs, cut and added as indices, moved,
    # kept_share, changed_figures with claim ids.
    new = os.path.join(work, "new")
    shutil.copytree(os.path.join(HERE, "fixtures", "new_schema"), new)
    r = subprocess.run([copydesk, "report", new], stderr=subprocess.PIPE)
    assert r.returncode == 0, r.stderr.decode()
    raw = dump(chromium, "file://" + os.path.join(new, "report.html") + "#open=k1")
    doc = parse(raw)
    copy = doc.find("section", ("card", "copy", "uncredited"), data_id="port-copy")
    kinds = [r.attrs["class"] for r in copy.find_all("div", "row")]
    assert kinds == ["row kept moved", "row edited", "row kept", "row cut", "row added",
                     "row kept"], kinds
    fig = copy.find("tr", "fig-change")
    assert fig.find("td", "was").text() == "1.8 million" and fig.find("b", "fig").text() == "1.9 million"
    assert "78%" in copy.find("div", "stats").text()
    assert copy.find("span", "flag").text() == "No credit"
    # The single article is counted but not listed until asked for.
    assert doc.find(id="run").attrs["data-clusters"] == "2"
    assert len(doc.find_all("li", "cluster")) == 1

    # A copy that split one paragraph in two and merged two into one: a row per pair, the
    # shared side shown once, nothing drawn as cut or moved; a data string with a direction
    # override isolated; a staff credit line named as such; #open on a single article (not
    # listed until asked for) and on an unknown id.
    sm = os.path.join(work, "split_merge")
    os.makedirs(sm)
    canon_paras = ["Ferries carried 2.1 million people in 2025. Most of them crossed to the islands in summer.",
                   "The ferry company will buy two electric boats.",
                   "Fares rise by 4% in March.",
                   "Unions approved the timetable.",
                   "Ferry traffic has grown every year since 2020."]
    copy_paras = ["Ferries carried 2.1 million people in 2025.", "Most of them crossed to the islands in summer.",
                  "The ferry company will buy two electric boats.",
                  "Fares rise by 4% in March. Unions approved the timetable.",
                  "Ferry traffic has grown every year since 2020."]
    # A copy that merged two paragraphs and edited the second: its changed words are shown in
    # the merged paragraph beside the first part.
    merged_paras = canon_paras[:2] + ["Fares rise by 4% in March. Unions approved the new timetable.", canon_paras[4]]
    arts = [{"id": "ferry-a", "title": "Ferry record", "source": "\u202eSPREUTER", "published": "2026-03-01",
             "paragraphs": canon_paras, "text": "\n\n".join(canon_paras)},
            {"id": "ferry-b", "title": "Ferries busier", "source": "Island Post", "paragraphs": copy_paras,
             "text": "\n\n".join(copy_paras)},
            {"id": "alone", "title": "Library hours", "paragraphs": ["Open late."], "text": "Open late."},
            {"id": "ferry-a2", "title": "Ferry record", "source": "Wire", "paragraphs": canon_paras,
             "text": "\n\n".join(canon_paras)},
            {"id": "ferry-c", "title": "Ferries", "source": "Coast Daily", "paragraphs": merged_paras,
             "text": "\n\n".join(merged_paras)}]
    with open(os.path.join(sm, "articles.jsonl"), "w") as f:
        for a in arts:
            f.write(json.dumps(a) + "\n")
    staff = {"agency": "unnamed", "evidence": "Reporting by Ann Lee; Editing by Bo Park"}
    cl = {"clusters": [
        {"id": "s1", "canonical": "ferry-a", "canonical_reason": "earliest-published", "size": 2, "members": [
            {"id": "ferry-a", "role": "canonical", "credit": staff, "uncredited": False},
            {"id": "ferry-b", "role": "copy", "credit": {"agency": None, "evidence": None}, "uncredited": True,
             "kept_share": 1, "added_words": 0,
             "paragraphs": {"kept": [[0, 0], [0, 1], [1, 2], [2, 3], [3, 3], [4, 4]], "edited": [],
                            "cut": [], "added": [], "moved": []}}]},
        {"id": "s2", "canonical": "alone", "canonical_reason": "only", "size": 1, "members": [
            {"id": "alone", "role": "canonical", "credit": {"agency": None, "evidence": None}, "uncredited": False}]},
        {"id": "s3", "canonical": "ferry-a2", "canonical_reason": "earliest-published", "size": 2, "members": [
            {"id": "ferry-a2", "role": "canonical", "credit": {"agency": "Reuters", "evidence": "(Reuters)"},
             "uncredited": False},
            {"id": "ferry-c", "role": "copy", "credit": {"agency": "Reuters", "evidence": "Reuters"}, "uncredited": False,
             "photo_credit": [{"agency": "AP", "evidence": "Photo: AP"}], "kept_share": 0.95, "added_words": 1,
             "paragraphs": {"kept": [[0, 0], [1, 1], [2, 2], [4, 3]],
                            "edited": [{"canonical": 3, "copy": 2, "similarity": 0.9,
                                        "diff": [["=", "Unions approved the"], ["+", "new"], ["=", "timetable."]]}],
                            "cut": [], "added": [], "moved": []}}]}]}
    json.dump(cl, open(os.path.join(sm, "clusters.json"), "w"))
    r = subprocess.run([copydesk, "report", sm], stderr=subprocess.PIPE)
    assert r.returncode == 0, r.stderr.decode()
    raw = dump(chromium, "file://" + os.path.join(sm, "report.html") + "#open=s1,s2,nosuch")
    doc = parse(raw)
    check_not_pwned(doc, raw)
    copy = doc.find("section", ("card", "copy", "uncredited"), data_id="ferry-b")
    rows = copy.find_all("div", "row")
    assert [r.attrs["class"] for r in rows] == ["row kept"] * 6, [r.attrs["class"] for r in rows]
    assert [r.find("div", "tag").text() for r in rows] == ["kept", "kept \u00b7 split", "kept", "kept",
                                                          "kept \u00b7 merged", "kept"]
    assert "part" in rows[1].find("div", "canon").classes() and "part" in rows[4].find("div", "copy").classes()
    assert copy.find("div", "counts").text() == "6 kept", copy.find("div", "counts").text()
    assert "staff credit line" in copy.find("p", "credit").text(), copy.find("p", "credit").text()
    canon = doc.find("section", ("card", "canon"))
    assert "Credits a staff line (no agency named)" in canon.find("p", "credit").text()
    source = canon.find("div", "meta").find("bdi")
    assert source is not None and source.attrs.get("dir") == "auto" and source.text() == "\u202eSPREUTER"
    opened = [li.attrs["data-id"] for li in doc.find_all("li", "cluster") if "open" in li.classes()]
    assert opened == ["s1", "s2"], opened
    assert doc.find(id="singles").attrs.get("checked") is not None or "s2" in opened
    assert any("No cluster \u201cnosuch\u201d" in li.text() for li in doc.find_all("li", "empty-list"))
    # Kept rows open from the keyboard too.
    assert all(r.attrs.get("tabindex") == "0" and r.attrs.get("role") == "button" for r in rows), rows[0].attrs

    raw = dump(chromium, "file://" + os.path.join(sm, "report.html") + "#open=s3,s3")
    assert len([li for li in parse(raw).find_all("li", "cluster") if li.attrs.get("data-id") == "s3"]) == 1
    doc = parse(raw)
    copy = doc.find("section", ("card", "copy", "credited"), data_id="ferry-c")
    rows = copy.find_all("div", "row")
    assert [r.find("div", "tag").text() for r in rows] == ["kept", "kept", "kept", "edited \u00b7 merged", "kept"], \
        [r.find("div", "tag").text() for r in rows]
    joined = rows[2].find("div", "copy")
    assert "joined" in joined.classes() and joined.find("ins").text() == "new", joined.text()
    assert joined.text().startswith("Fares rise by 4% in March.") and "full" in rows[2].classes(), joined.text()
    assert "part" in rows[3].find("div", "copy").classes()
    assert "Photo: AP" in copy.find("p", "credit").text(), copy.find("p", "credit").text()


if __name__ == "__main__":
    sys.exit(main())
