#include <catch2/catch.hpp>

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
