#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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
}

#include <simdjson.h>

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
  fs::remove(o / "clusters.json");
  CHECK(Run("report " + o.string()) == 2);
  CHECK(Slurp("/tmp/copydesk_cli_err.txt").find("clusters.json: missing") != std::string::npos);
  CHECK(Run("report") == 2);
}
