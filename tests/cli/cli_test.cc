#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

#include <simdjson.h>

namespace fs = std::filesystem;

namespace {
int Run(const std::string& args) {
  int rc = std::system((std::string(COPYDESK_BINARY) + " " + args + " 2>/tmp/copydesk_cli_err.txt").c_str());
  return WEXITSTATUS(rc);
}
std::string Slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
}  // namespace

TEST_CASE("run writes four outputs and accounts for every record", "[cli]") {
  fs::path d = fs::temp_directory_path() / "copydesk_cli_in";
  fs::remove_all(d);
  fs::create_directories(d);
  std::ofstream(d / "feed.jsonl") << "{\"id\":\"ok\",\"text\":\"Exports rose 5% in 2024.\"}\n{\"id\":\"bad\"\n";
  std::ofstream(d / "empty.txt") << "";
  fs::path out = fs::temp_directory_path() / "copydesk_cli_out";
  fs::remove_all(out);
  CHECK(Run("run " + d.string() + " --out " + out.string()) == 1);
  for (auto f : {"articles.jsonl", "clusters.json", "claims.jsonl", "claims_merged.jsonl", "manifest.json"})
    CHECK(fs::exists(out / f));
  std::string manifest = Slurp(out / "manifest.json");
  CHECK(manifest.find("\"rejected\":2") != std::string::npos);
  CHECK(manifest.find("feed.jsonl\",\"line\":2") != std::string::npos);
  std::string err = Slurp("/tmp/copydesk_cli_err.txt");
  CHECK(err.find("feed.jsonl:2: malformed JSON") != std::string::npos);
}

TEST_CASE("usage errors and no input exit 2", "[cli]") {
  CHECK(Run("frobnicate") == 2);
  CHECK(Run("dedup /nonexistent/x") == 2);
  CHECK(Run("--version") == 0);
}

TEST_CASE("the sample corpus clusters as labeled", "[cli]") {
  std::string out = Slurp("corpus/labels/clusters.jsonl");
  REQUIRE(!out.empty());
  fs::path o = fs::temp_directory_path() / "copydesk_cli_samples";
  CHECK(Run("run corpus/samples --out " + o.string()) == 0);
  std::string clusters = Slurp(o / "clusters.json");
  // The three machine-tool copies share a cluster whose canonical is the wire copy.
  CHECK(clusters.find("\"canonical\":\"wire_machine_tools\",\"canonical_reason\":\"wire-dateline\",\"size\":3") != std::string::npos);
}

TEST_CASE("the seeds cluster as expected (skipped without ../shared)", "[cli]") {
  if (!fs::exists("../shared/seeds")) {
    WARN("../shared/seeds is absent; skipping");
    return;
  }
  fs::path o = fs::temp_directory_path() / "copydesk_cli_seeds";
  CHECK(Run("run ../shared/seeds --out " + o.string()) == 0);
  std::string clusters = Slurp(o / "clusters.json");
  CHECK(clusters.find("\"size\":3") != std::string::npos);
  CHECK(clusters.find("\"clusters\":[") != std::string::npos);
  // One story with its truncated copy; two articles alone. The truncated copy names no agency;
  // the web copy's credit is its trailing "Reuters with additional editing" line.
  simdjson::dom::parser parser;
  std::vector<std::string> groups;
  for (simdjson::dom::element c : parser.load((o / "clusters.json").string())["clusters"].get_array()) {
    std::vector<std::string> ids;
    for (simdjson::dom::element m : c["members"].get_array()) {
      std::string id = std::string(std::string_view(m["id"]));
      ids.push_back(id.substr(0, 3));
      if (id.starts_with("002")) CHECK(bool(m["uncredited"]));
      if (id.starts_with("000")) {
        CHECK(std::string_view(m["credit"]["evidence"]).starts_with("Reuters with additional editing"));
        CHECK(std::string_view(m["credit"]["where"]) == "text");
      }
    }
    std::sort(ids.begin(), ids.end());
    std::string g;
    for (const auto& id : ids) g += id + ",";
    groups.push_back(g);
  }
  std::sort(groups.begin(), groups.end());
  CHECK(groups == std::vector<std::string>{"000,001,002,", "003,", "004,"});
}

TEST_CASE("every labeled claim of the samples is found with value, unit, direction, period", "[cli]") {
  fs::path out = fs::temp_directory_path() / "copydesk_cli_sample_claims.jsonl";
  REQUIRE(Run("claims corpus/samples --out " + out.string()) == 0);
  simdjson::dom::parser parser;
  std::vector<std::string> claims;
  {
    std::ifstream in(out);
    for (std::string line; std::getline(in, line);) claims.push_back(line);
  }
  std::ifstream labels("corpus/labels/claims.jsonl");
  size_t checked = 0;
  for (std::string line; std::getline(labels, line);) {
    simdjson::dom::element e = parser.parse(line);
    std::string article = std::string(std::string_view(e["article_id"]));
    double value = double(e["value"]);
    std::string unit = std::string(std::string_view(e["unit"]));
    std::string direction = e["direction"].is_null() ? "" : std::string(std::string_view(e["direction"]));
    std::string start = e["period_start"].is_null() ? "" : std::string(std::string_view(e["period_start"]));
    std::string end = e["period_end"].is_null() ? "" : std::string(std::string_view(e["period_end"]));
    bool found = false;
    simdjson::dom::parser p2;
    for (const auto& c : claims) {
      simdjson::dom::element x = p2.parse(c);
      if (std::string_view(x["article_id"]) != article) continue;
      auto q = x["quantity"];
      if (std::abs(double(q["value"]) - value) > 1e-4 * std::max(1.0, std::abs(value))) continue;
      if (q["unit"].is_null() || std::string_view(q["unit"]) != unit) continue;
      std::string dir = x["direction"].is_null() ? "" : std::string(std::string_view(x["direction"]));
      if (dir != direction) continue;
      if (!start.empty()) {
        if (x["period"].is_null()) continue;
        auto per = x["period"];
        if (per["start"].is_null() || std::string_view(per["start"]) != start) continue;
        if (per["end"].is_null() || std::string_view(per["end"]) != end) continue;
      }
      found = true;
      break;
    }
    INFO(line);
    CHECK(found);
    ++checked;
  }
  CHECK(checked >= 17);
}

TEST_CASE("a full disk or stdout is an error naming the output, never exit 0", "[cli][reliability]") {
  if (!fs::exists("/dev/full")) {
    WARN("/dev/full is absent; skipping");
    return;
  }
  for (const char* cmd : {"dedup", "normalize", "claims"}) {
    CHECK(Run(std::string(cmd) + " corpus/samples > /dev/full") == 2);
    CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("standard output: write failed: No space left on device") !=
          std::string::npos);
  }
}

TEST_CASE("dedup and claims -o - write to standard output, not to a file named -", "[cli]") {
  const fs::path d = fs::temp_directory_path() / "copydesk_cli_dash_out";
  fs::remove_all(d);
  fs::create_directories(d);
  const std::string out = (d / "stdout.json").string();
  for (const char* cmd : {"dedup", "claims"}) {
    CHECK(Run("--version >/dev/null && cd " + d.string() + " && " + COPYDESK_BINARY + " " + cmd + " " +
              fs::absolute("corpus/samples").string() + " -q -o - > " + out) == 0);
    CHECK_FALSE(fs::exists(d / "-"));
    CHECK(fs::file_size(out) > 100);
  }
  CHECK(Slurp(out).front() == '{');  // claims' JSON lines
}

TEST_CASE("dedup's summary line gives each stage's seconds with three decimals", "[cli]") {
  const fs::path d = fs::temp_directory_path() / "copydesk_cli_summary";
  fs::remove_all(d);
  fs::create_directories(d);
  REQUIRE(Run("dedup corpus/samples -o " + (d / "clusters.json").string()) == 0);
  std::istringstream err(Slurp("/tmp/copydesk_cli_err.txt"));
  std::string line, summary;
  while (std::getline(err, line))
    if (line.find("cluster(s); sketches") != std::string::npos) summary = line;
  INFO(summary);
  REQUIRE(!summary.empty());
  CHECK(summary.find("e-") == std::string::npos);  // no "6.6867e-05 s"
  const std::regex stage(R"(; sketches \d+ MiB;( [a-z+ ()-]+ \d+\.\d{3} s)+$)");
  CHECK(std::regex_search(summary, stage));
}

TEST_CASE("a run refuses an output directory that holds other files, and one held by another run",
          "[cli][reliability]") {
  fs::path d = fs::temp_directory_path() / "copydesk_cli_foreign";
  fs::remove_all(d);
  fs::create_directories(d / "out");
  std::ofstream(d / "out" / "thesis.tex") << "mine";
  CHECK(Run("run corpus/samples --out " + (d / "out").string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("thesis.tex") != std::string::npos);
  CHECK(fs::exists(d / "out" / "thesis.tex"));
  if (std::system("command -v flock >/dev/null 2>&1") == 0) {
    fs::path o = d / "busy";
    // flock holds the run's lock file while the second run starts: it must fail at once.
    CHECK(Run("--version && flock " + (d / ".busy.lock").string() + " " + COPYDESK_BINARY +
              " run corpus/samples --out " + o.string() + " 2>/tmp/copydesk_cli_busy.txt; exit $?") == 2);
    CHECK(Slurp("/tmp/copydesk_cli_busy.txt").find("another copydesk run is writing") != std::string::npos);
  }
}

TEST_CASE("hostile input gives valid outputs and names what it refused", "[cli][reliability]") {
  fs::path d = fs::temp_directory_path() / "copydesk_cli_hostile";
  fs::remove_all(d);
  fs::create_directories(d / "in");
  std::ofstream(d / "in" / "feed.jsonl", std::ios::binary)
      << "{\"id\":\"a\",\"text\":\"Exports rose 5% in 2024.\",\"x\":{\"k\":[1,2]}}\n"
      << "{\"id\":\"b\",\"text\":\"Imports fell 3% in 2023.\",\"x\":{\"k\":[1,2,}}\n";
  std::string ru;
  for (int i = 0; i < 300; ++i) ru += "Экспорт вырос на 5% ";
  std::ofstream(d / "in" / "ru.txt") << ru;
  std::ofstream(d / "in" / std::string("caf\xE9.txt")) << "Prices rose 4% in May.";
  CHECK(Run("run " + (d / "in").string() + " --out " + (d / "out").string()) == 1);
  for (auto f : {"articles.jsonl", "claims.jsonl", "claims_merged.jsonl"}) {
    std::ifstream in(d / "out" / f);
    for (std::string line; std::getline(in, line);) {
      CHECK(line.front() == '{');
      CHECK(line.find('\xE9') == std::string::npos);  // the file name, repaired
    }
  }
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("feed.jsonl:2: malformed JSON") != std::string::npos);
}

TEST_CASE("run --html writes report.html; report on a directory without outputs exits 2 naming the file", "[cli]") {
  fs::path o = fs::temp_directory_path() / "copydesk_cli_html";
  fs::remove_all(o);
  CHECK(Run("run corpus/samples --out " + o.string() + " --html") == 0);
  std::string page = Slurp(o / "report.html");
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("wire_machine_tools") != std::string::npos);
  fs::remove(o / "report.html");
  CHECK(Run("report " + o.string()) == 0);
  CHECK(Slurp(o / "report.html") == page);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("report.html") != std::string::npos);
  CHECK(Run("report -q " + o.string()) == 0);  // as every subcommand takes -q: nothing said
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").empty());
  CHECK(Slurp(o / "report.html") == page);
  fs::remove(o / "clusters.json");
  CHECK(Run("report " + o.string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("clusters.json: missing") != std::string::npos);
  CHECK(Run("report") == 2);
}

#include "corpus/json_writer.h"

namespace {

// Writes the syndication fixture (a wire story, a web rewrite, a truncated copy, an unrelated
// story) as JSONL with the given `published` values ("" = undated).
fs::path SyndicationJsonl(const std::string& name, const std::vector<std::pair<std::string, std::string>>& dates) {
  fs::path dir = fs::temp_directory_path() / ("copydesk_cli_synd_" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::string out;
  for (const auto& [id, published] : dates) {
    copydesk::corpus::JsonWriter w(&out);
    w.BeginObject();
    w.Key("id"); w.String(id);
    w.Key("text"); w.String(Slurp(fs::path("tests/fixtures/syndication") / (id + ".txt")));
    w.Key("url"); w.String("https://example.org/" + id);
    w.Key("source"); w.String("outlet-" + id);
    if (!published.empty()) { w.Key("published"); w.String(published); }
    w.EndObject();
    out += '\n';
  }
  std::ofstream(dir / "in.jsonl") << out;
  return dir / "in.jsonl";
}

std::string Str(simdjson::dom::element e) { return e.is_null() ? "" : std::string(std::string_view(e)); }

}  // namespace

TEST_CASE("clusters do not change with the dates' formats or which copy is canonical", "[cli]") {
  struct Variant {
    const char* name;
    std::vector<std::pair<std::string, std::string>> dates;
    const char* canonical;
    const char* reason;
  };
  const std::vector<Variant> variants = {
      {"undated", {{"other", ""}, {"short", ""}, {"web", ""}, {"wire", ""}}, "wire", "wire-dateline"},
      // The rewrite four hours before the wire's (undated) dateline day: the wire stays first.
      {"rfc", {{"other", "Fri, 02 May 2025 07:00:00 +0000"}, {"short", "2025-05-02"},
               {"web", "Thu, 01 May 2025 20:00:00 GMT"}, {"wire", ""}}, "wire", "wire-dateline"},
      {"words", {{"other", "May 1, 2025"}, {"short", "2 May 2025"}, {"web", "2025-05-02T06:00:00+02:00"},
                 {"wire", "May 2, 2025"}}, "wire", "wire-dateline"},
      // The rewrite dated three days before: it is canonical, and the truncated copy, which
      // copies only the wire, stays in the cluster.
      {"early", {{"other", ""}, {"short", "1746230400"}, {"web", "April 29, 2025 9:00 AM EDT"}, {"wire", ""}},
       "web", "earliest-published"},
  };
  for (const auto& v : variants) {
    INFO(v.name);
    fs::path in = SyndicationJsonl(v.name, v.dates);
    fs::path out = fs::temp_directory_path() / (std::string("copydesk_cli_synd_out_") + v.name);
    fs::remove_all(out);
    REQUIRE(Run("run " + in.string() + " --out " + out.string()) == 0);
    simdjson::dom::parser parser;
    simdjson::dom::element clusters = parser.load((out / "clusters.json").string());
    std::map<std::string, std::string> cluster_of;
    std::map<std::string, std::vector<std::string>> members;
    std::string story;
    for (simdjson::dom::element c : clusters["clusters"].get_array()) {
      for (simdjson::dom::element m : c["members"].get_array()) {
        std::string id = Str(m["id"]);
        cluster_of[id] = Str(c["id"]);
        members[Str(c["id"])].push_back(id);
        // Members carry the article's url, source, title and published as given.
        CHECK(Str(m["url"]) == "https://example.org/" + id);
        CHECK(Str(m["source"]) == "outlet-" + id);
        for (const auto& [did, published] : v.dates)
          if (did == id) CHECK(Str(m["published"]) == published);
        if (id == "short") CHECK(bool(m["uncredited"]));
        if (id == "web" && std::string(v.canonical) == "wire") {
          CHECK(Str(m["title"]) == "Norway's Salmon Sales to China Slump as Buyers Turn to Chile");
          CHECK(Str(m["credit"]["agency"]) == "Reuters");
          CHECK(Str(m["credit"]["where"]) == "text");
          // What the copy did with the figures: 43 billion crowns became 34 billion (counted: the
          // sentence names no country, so no currency).
          auto changed = m["changed_figures"].get_array();
          REQUIRE(changed.size() == 1);
          CHECK(Str(changed.at(0)["surface_canonical"]) == "43 billion crowns");
          CHECK(Str(changed.at(0)["surface_copy"]) == "34 billion crowns");
        }
      }
      if (Str(c["canonical"]) == v.canonical) {
        story = Str(c["id"]);
        CHECK(Str(c["canonical_reason"]) == v.reason);
      }
    }
    REQUIRE(!story.empty());
    std::sort(members[story].begin(), members[story].end());
    CHECK(members[story] == std::vector<std::string>{"short", "web", "wire"});
    CHECK(members[cluster_of["other"]] == std::vector<std::string>{"other"});
    // articles.jsonl and claims.jsonl carry the cluster id.
    std::ifstream articles(out / "articles.jsonl");
    size_t n = 0;
    for (std::string line; std::getline(articles, line); ++n) {
      simdjson::dom::parser p;
      auto a = p.parse(line);
      CHECK(Str(a["cluster_id"]) == cluster_of[Str(a["id"])]);
    }
    CHECK(n == 4);
    std::ifstream claims(out / "claims.jsonl");
    n = 0;
    for (std::string line; std::getline(claims, line); ++n) {
      simdjson::dom::parser p;
      auto c = p.parse(line);
      CHECK(Str(c["cluster_id"]) == cluster_of[Str(c["article_id"])]);
    }
    CHECK(n > 10);
    // dedup compares no figures: its copies carry no changed_figures (an empty list would say
    // none changed).
    fs::path dedup_out = out / "dedup.json";
    REQUIRE(Run("dedup " + in.string() + " -o " + dedup_out.string()) == 0);
    CHECK(Slurp(dedup_out).find("changed_figures") == std::string::npos);
  }
}

TEST_CASE("normalize streams in input order; claims' spans point into its text", "[cli]") {
  fs::path d = fs::temp_directory_path() / "copydesk_cli_stream";
  fs::remove_all(d);
  fs::create_directories(d);
  {
    std::ofstream f(d / "feed.jsonl");
    // Ids out of order, and a text in its own characters (curly quotes, a no-break space).
    f << "{\"id\":\"zz\",\"text\":\"Exports rose 5% in July, officials said.\"}\n";
    f << "{\"id\":\"aa\",\"text\":\"The port\xE2\x80\x99s volume fell 12\xC2\xA0percent to 3.4 million boxes, "
         "\xE2\x80\x9C" "a record drop\xE2\x80\x9D.\"}\n";
    f << "{\"id\":\"mm\",\"text\":\"Prices were 2.9% higher than a year earlier.\"}\n";
  }
  fs::path articles = d / "articles.jsonl", claims = d / "claims.jsonl";
  REQUIRE(Run("normalize " + (d / "feed.jsonl").string() + " --out " + articles.string()) == 0);
  REQUIRE(Run("claims " + (d / "feed.jsonl").string() + " --out " + claims.string()) == 0);
  simdjson::dom::parser parser;
  std::vector<std::string> ids;
  std::map<std::string, std::string> text;
  std::istringstream a(Slurp(articles));
  for (std::string line; std::getline(a, line);) {
    simdjson::dom::element e = parser.parse(line);
    ids.emplace_back(std::string_view(e["id"]));
    text[ids.back()] = std::string(std::string_view(e["text"]));
  }
  CHECK(ids == std::vector<std::string>{"zz", "aa", "mm"});
  CHECK(text["aa"].find("port\xE2\x80\x99s") != std::string::npos);
  std::istringstream c(Slurp(claims));
  size_t n = 0;
  for (std::string line; std::getline(c, line); ++n) {
    simdjson::dom::element e = parser.parse(line);
    const std::string id{std::string_view(e["article_id"])};
    const uint64_t b = e["span"].at(0), end = e["span"].at(1);
    REQUIRE(end <= text[id].size());
    const std::string surface{std::string_view(e["quantity"]["surface"])};
    // The span holds the figure as written (the surface is its normalized form).
    CHECK(text[id].substr(b, end - b).find(surface.substr(0, 2)) == 0);
  }
  CHECK(n >= 4);
}

TEST_CASE("an output that would replace an input, or a number that is none, is refused; a run with no input keeps the last set", "[cli][reliability]") {
  fs::path d = fs::temp_directory_path() / "copydesk_cli_clash";
  fs::remove_all(d);
  fs::create_directories(d / "in");
  const std::string feed = "{\"id\":\"a\",\"text\":\"Exports rose 5% in 2024, the ministry said on Monday.\"}\n";
  std::ofstream(d / "in" / "feed.jsonl") << feed;
  const std::string in = (d / "in" / "feed.jsonl").string();
  // -o naming an input: refused, the input unchanged.
  for (const char* cmd : {"dedup", "normalize", "claims"}) {
    INFO(cmd);
    CHECK(Run(std::string(cmd) + " " + in + " -o " + in) == 2);
    CHECK(Slurp(in) == feed);
    CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("is an input too") != std::string::npos);
  }
  // Numbers that are none, and a thread count past any machine's.
  CHECK(Run("dedup " + in + " --threshold nan -o " + (d / "x.json").string()) == 2);
  CHECK(Run("dedup " + in + " --containment inf -o " + (d / "x.json").string()) == 2);
  CHECK(Run("dedup " + in + " -j -1 -o " + (d / "x.json").string()) == 2);
  CHECK(Run("dedup " + in + " -j 100000 -o " + (d / "x.json").string()) == 2);
  // run: its set inside the input directory is not read back as input the next time...
  const std::string out = (d / "in" / "out").string();
  REQUIRE(Run("run " + (d / "in").string() + " -o " + out) == 0);
  REQUIRE(Run("run " + (d / "in").string() + " -o " + out) == 0);
  CHECK(Slurp(out + "/manifest.json").find("an output set of copydesk run") != std::string::npos);
  const std::string articles = Slurp(out + "/articles.jsonl");
  CHECK(std::count(articles.begin(), articles.end(), '\n') == 1);
  // ... an input inside its own --out is refused, and no usable input leaves the set as it was.
  CHECK(Run("run " + out + "/articles.jsonl -o " + out) == 2);
  CHECK(Run("run " + (d / "missing.jsonl").string() + " -o " + out) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("nothing written; " + out + " is left as it was") != std::string::npos);
  CHECK(Slurp(out + "/articles.jsonl") == articles);
  CHECK(Run("run " + in + " -o -") == 2);
  // report on a directory that is not there creates nothing.
  CHECK(Run("report " + (d / "typo" / "out").string()) == 2);
  CHECK_FALSE(fs::exists(d / "typo"));
  // An unusable --temp-dir is an error naming it.
  CHECK(Run("dedup " + in + " --temp-dir /proc -o " + (d / "x.json").string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("--temp-dir") != std::string::npos);
}

TEST_CASE("messages name what failed: a negative limit, -o in a missing directory, an archive not there, control characters in a name", "[cli][reliability]") {
  fs::path d = fs::temp_directory_path() / "copydesk_cli_messages";
  fs::remove_all(d);
  fs::create_directories(d);
  const std::string feed = "{\"id\":\"a\",\"text\":\"Exports rose 5% in 2024, the ministry said on Monday.\"}\n";
  std::ofstream(d / "feed.jsonl") << feed;
  const std::string in = (d / "feed.jsonl").string();
  // A negative count is refused (it had been read as a huge unsigned one: the limit off).
  CHECK(Run("dedup " + in + " --max-bad-lines -5 -o " + (d / "x.json").string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("--max-bad-lines") != std::string::npos);
  CHECK_FALSE(fs::exists(d / "x.json"));
  // -o in a directory that is not there: the file as given and why.
  CHECK(Run("claims " + in + " -o " + (d / "nodir" / "x.jsonl").string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("x.jsonl: cannot create: its directory") != std::string::npos);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("does not exist") != std::string::npos);
  CHECK_FALSE(fs::exists(d / "nodir"));
  // check --add needs an archive that exists: a typo makes none.
  CHECK(Run("check " + in + " --db " + (d / "typo.db").string() + " --add --out " + (d / "out").string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("no such archive") != std::string::npos);
  CHECK_FALSE(fs::exists(d / "typo.db"));
  // check writes report.html with --out unless --no-html; the two flags exclude each other.
  const std::string db = (d / "a.db").string();
  REQUIRE(Run("archive add " + in + " --db " + db) == 0);
  CHECK(Run("archive stats --db " + db + " --check > " + (d / "stats.json").string()) == 0);
  CHECK(Slurp(d / "stats.json").find("\"check\":\"ok\",\"articles_read\":1,") != std::string::npos);
  CHECK(Run("check " + in + " --db " + db + " --out " + (d / "c1").string()) == 0);
  CHECK(fs::exists(d / "c1" / "report.html"));
  CHECK(Run("check " + in + " --db " + db + " --no-html --out " + (d / "c2").string()) == 0);
  CHECK(fs::exists(d / "c2" / "clusters.json"));
  CHECK_FALSE(fs::exists(d / "c2" / "report.html"));
  CHECK(Run("check " + in + " --db " + db + " --no-html --html --out " + (d / "c3").string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("excludes --") != std::string::npos);
  CHECK_FALSE(fs::exists(d / "c3"));
  CHECK(Run("check " + in + " --db " + db + " --html=false --out " + (d / "c5").string()) == 2);  // no value taken
  CHECK_FALSE(fs::exists(d / "c5"));
  // A file name with an escape sequence (C0) and a C1 control is shown escaped, on one line.
  fs::create_directories(d / "odd");
  std::ofstream(d / "odd" / "f\x1b[31mz\xc2\x9b.jsonl") << "{\"id\":\"b\"\n";
  CHECK(Run("claims " + (d / "odd").string() + " -o " + (d / "y.jsonl").string()) == 2);
  const std::string err = Slurp("/tmp/copydesk_cli_err.txt");
  CHECK(err.find("f\\x1B[31mz\\u009B.jsonl:1: malformed JSON") != std::string::npos);
  CHECK(err.find('\x1b') == std::string::npos);
  CHECK(err.find("\xc2\x9b") == std::string::npos);
  CHECK(std::count(err.begin(), err.end(), '\n') == 2);  // the rejection and "no usable input"
}
