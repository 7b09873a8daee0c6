#include "report/report.h"

#include "corpus/output_dir.h"

#include <simdjson.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using copydesk::report::EscapeForScript;
using copydesk::report::ReportOptions;
using copydesk::report::RenderReport;
using copydesk::report::WriteReport;

namespace {

const char kHostile[] = "</script><script>alert(1)</script><!-- \xE2\x80\xA8 & <img src=x onerror=alert(2)>";

// A fresh directory under the temp dir holding `files` (name -> content).
fs::path MakeOutdir(const std::string& name, const std::vector<std::pair<std::string, std::string>>& files) {
  fs::path d = fs::temp_directory_path() / ("copydesk_report_" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  for (const auto& [file, content] : files) std::ofstream(d / file, std::ios::binary) << content;
  return d;
}

std::string Json(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

std::string Articles() {
  return "{\"id\":\"a\",\"title\":" + Json(kHostile) + ",\"source\":\"wire\",\"paragraphs\":[\"One 5% line.\"," +
         Json(kHostile) + "]}\n" +
         "{\"id\":\"b\",\"title\":\"Copy\",\"source\":\"site\",\"paragraphs\":[\"One 6% line.\"]}\n";
}

std::string Clusters() {
  return R"({"clusters":[{"id":"c1","canonical":"a","size":2,"members":[)"
         R"({"id":"a","role":"canonical","credit":{"agency":"AP","evidence":"AP"},"uncredited":false},)"
         R"({"id":"b","role":"copy","credit":{"agency":null,"evidence":null},"uncredited":true,)"
         R"("paragraphs":{"kept":[],"edited":[{"canonical":0,"copy":0,"similarity":0.8,"diff":[["=","One"],["-","5%"],["+","6%"],["=","line."]]}],"cut":[1],"added":[]},)"
         R"("changed_figures":[{"canonical_claim":"x","copy_claim":"y","canonical_value":5,"copy_value":6}]}]}]})";
}

// Returns the text of the element <script ... id="`id`">, or "" when absent.
std::string ScriptText(const std::string& page, const std::string& id) {
  size_t at = page.find("id=\"" + id + "\">");
  if (at == std::string::npos) return "";
  size_t begin = page.find('>', at) + 1;
  return page.substr(begin, page.find("</script>", begin) - begin);
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("escaped JSON cannot end a script element and parses back to the same text", "[report]") {
  const std::string json = "{\"t\":" + Json(kHostile) + "}";
  const std::string escaped = EscapeForScript(json);
  CHECK(escaped.find('<') == std::string::npos);
  CHECK(escaped.find('>') == std::string::npos);
  CHECK(escaped.find('&') == std::string::npos);
  CHECK(escaped.find("\xE2\x80\xA8") == std::string::npos);
  CHECK(escaped.find("\\u003c/script\\u003e") != std::string::npos);
  CHECK(escaped.find("\\u2028") != std::string::npos);
  simdjson::dom::parser parser;
  std::string_view t;
  REQUIRE(!parser.parse(escaped)["t"].get_string().get(t));
  CHECK(t == kHostile);
}

TEST_CASE("escaping leaves other text, and other non-ASCII characters, as they are", "[report]") {
  CHECK(EscapeForScript("{\"a\":\"caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\xA6\"}") == "{\"a\":\"caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\xA6\"}");
  CHECK(EscapeForScript("\"\xE2\x80\xA9\"") == "\"\\u2029\"");
  CHECK(EscapeForScript("\"\xE2\x80") == "\"\xE2\x80");  // a cut-off sequence is copied, not read past
}

TEST_CASE("a hostile article cannot close the page's data blocks", "[report]") {
  fs::path d = MakeOutdir("hostile", {{"articles.jsonl", Articles()}, {"clusters.json", Clusters()}});
  auto page = RenderReport(d.string(), ReportOptions{});
  REQUIRE(page.ok());
  const std::string& html = page.value();
  // Three script elements (index, details, the page's script), so exactly three closing tags.
  CHECK(Count(html, "<script") == 3);
  CHECK(Count(html, "</script") == 3);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<!--") == std::string::npos);
  // The data block parses back to the hostile title, untouched.
  std::string index = ScriptText(html, "cd-index");
  REQUIRE(!index.empty());
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  REQUIRE(!parser.parse(index).get(doc));
  std::string_view title;
  REQUIRE(!doc["clusters"].at(0)["members"].at(0).at(1).get_string().get(title));
  CHECK(title == kHostile);
  uint64_t changed = 0, uncredited = 0;
  CHECK(!doc["clusters"].at(0)["changed"].get_uint64().get(changed));
  CHECK(!doc["clusters"].at(0)["uncredited"].get_uint64().get(uncredited));
  CHECK(changed == 1);
  CHECK(uncredited == 1);
  // Only the page's own script may run, by nonce; nothing may load from the network.
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(html.find("script-src 'nonce-") != std::string::npos);
}

TEST_CASE("the report is the same bytes for the same outputs, and is written atomically", "[report]") {
  fs::path d = MakeOutdir("same", {{"articles.jsonl", Articles()}, {"clusters.json", Clusters()}});
  auto a = RenderReport(d.string(), ReportOptions{});
  auto b = RenderReport(d.string(), ReportOptions{});
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a.value() == b.value());
  REQUIRE(WriteReport(d.string(), ReportOptions{}).ok());
  std::ifstream in(d / "report.html", std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  CHECK(ss.str() == a.value());
  for (const auto& e : fs::directory_iterator(d)) CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("the report waits for no run: a run holding the set's lock makes it fail at once", "[report]") {
  fs::path d = MakeOutdir("locked", {{"articles.jsonl", Articles()}, {"clusters.json", Clusters()}});
  {
    copydesk::corpus::OutputDir run;
    REQUIRE(run.Lock(d.string()).ok());
    copydesk::Status s = WriteReport(d.string(), ReportOptions{});
    REQUIRE_FALSE(s.ok());
    CHECK(s.message().find("another copydesk run") != std::string::npos);
    CHECK_FALSE(fs::exists(d / "report.html"));
  }
  CHECK(WriteReport(d.string(), ReportOptions{}).ok());  // the lock is released with the run
}

TEST_CASE("a missing or invalid output names the file and the line", "[report]") {
  auto message = [](const fs::path& d) {
    auto r = RenderReport(d.string(), ReportOptions{});
    REQUIRE(!r.ok());
    return r.status().message();
  };
  SECTION("not a directory") {
    CHECK_THAT(message("/nonexistent/copydesk/out"), Catch::Contains("not a directory"));
  }
  SECTION("no articles.jsonl") {
    fs::path d = MakeOutdir("no_articles", {{"clusters.json", Clusters()}});
    CHECK_THAT(message(d), Catch::Contains("articles.jsonl: missing") && Catch::Contains("copydesk run"));
  }
  SECTION("no clusters.json") {
    fs::path d = MakeOutdir("no_clusters", {{"articles.jsonl", Articles()}});
    CHECK_THAT(message(d), Catch::Contains("clusters.json: missing"));
  }
  SECTION("a broken line of articles.jsonl") {
    fs::path d = MakeOutdir("bad_line", {{"articles.jsonl", Articles() + "{\"id\":\"c\",\n"}, {"clusters.json", Clusters()}});
    CHECK_THAT(message(d), Catch::Contains("articles.jsonl:3: invalid JSON"));
  }
  SECTION("an article without id") {
    fs::path d = MakeOutdir("no_id", {{"articles.jsonl", "{\"title\":\"x\"}\n"}, {"clusters.json", Clusters()}});
    CHECK_THAT(message(d), Catch::Contains("articles.jsonl:1: the record has no \"id\""));
  }
  SECTION("clusters.json that is not JSON") {
    fs::path d = MakeOutdir("bad_clusters", {{"articles.jsonl", Articles()}, {"clusters.json", "{\"clusters\":["}});
    CHECK_THAT(message(d), Catch::Contains("clusters.json: invalid JSON"));
  }
  SECTION("clusters.json without clusters") {
    fs::path d = MakeOutdir("no_array", {{"articles.jsonl", Articles()}, {"clusters.json", "{\"groups\":[]}"}});
    CHECK_THAT(message(d), Catch::Contains("no \"clusters\" array"));
  }
  SECTION("a member that is not in articles.jsonl") {
    fs::path d = MakeOutdir("stranger", {{"articles.jsonl", Articles()},
        {"clusters.json", R"({"clusters":[{"id":"c1","canonical":"a","members":[{"id":"a"},{"id":"zz"}]}]})"}});
    CHECK_THAT(message(d), Catch::Contains("cluster 1 (c1): member \"zz\" is not in articles.jsonl"));
  }
  SECTION("a broken line of claims.jsonl, which is optional but must be valid when present") {
    fs::path d = MakeOutdir("bad_claims", {{"articles.jsonl", Articles()}, {"clusters.json", Clusters()},
        {"claims.jsonl", "{\"article_id\":\"a\",\"claim_id\":\"x\"}\n\n[1,2]\n"}});
    CHECK_THAT(message(d), Catch::Contains("claims.jsonl:3: not a JSON object"));
  }
}

TEST_CASE("the report of the new fixture reads both clusters.json shapes' fields", "[report]") {
  auto page = RenderReport("tests/report/fixtures/new_schema", ReportOptions{});
  REQUIRE(page.ok());
  std::string details = ScriptText(page.value(), "cd-details");
  // One line per cluster; the copy's claims travel with it for the changed-figures table.
  CHECK(Count(details, "\n") == 2);
  CHECK(details.find("\"cc1\"") != std::string::npos);
  CHECK(details.find("\"kept\":[[1,0]") != std::string::npos);
}
