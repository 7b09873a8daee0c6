// Hostile and damaged inputs, and outputs that must stay whole (issue: reliability).
#include <catch2/catch.hpp>
#include <simdjson.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <csignal>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <atomic>
#include <mutex>
#include <set>

#include "corpus/atomic_file.h"
#include "corpus/gzip.h"
#include "corpus/json_writer.h"
#include "corpus/output_dir.h"
#include "corpus/parallel.h"
#include "corpus/reader.h"
#include "corpus/utf8.h"

using namespace copydesk::corpus;
namespace fs = std::filesystem;

namespace {
fs::path TempDir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("copydesk_rel_" + name);
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}
void Write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}
std::string Gzip(const std::string& data) {
  uLongf n = compressBound(data.size()) + 64;
  std::string out(n, '\0');
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // gzip wrapper
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}
bool ValidJson(const std::string& s) {
  simdjson::dom::parser p;
  simdjson::dom::element e;
  return p.parse(s).get(e) == simdjson::SUCCESS;
}
bool Has(const std::vector<Rejection>& v, const std::string& where, const std::string& what) {
  for (const auto& x : v)
    if (x.origin.ToString().find(where) != std::string::npos && x.reason.find(what) != std::string::npos) return true;
  return false;
}
bool Skipped(const ReadReport& r, const std::string& name, const std::string& why) {
  for (const auto& s : r.skipped)
    if (s.path.find(name) != std::string::npos && s.reason.find(why) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("the JSON writer always writes valid UTF-8", "[corpus][reliability]") {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("bad\xFFkey");
  w.String(std::string("cut \xD0", 5));  // a Cyrillic letter cut in half
  w.EndObject();
  CHECK(IsValidUtf8(out));
  CHECK(ValidJson(out));
  CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("a UTF-8 prefix never ends inside a character", "[corpus][reliability]") {
  const std::string s = "ab\xD0\x9F\xE2\x82\xAC\xF0\x9F\x98\x80";  // a b П € 😀
  for (size_t n = 0; n <= s.size() + 2; ++n) {
    size_t k = Utf8PrefixLength(s, n);
    CHECK(k <= n);
    CHECK(IsValidUtf8(std::string_view(s).substr(0, k)));
  }
  CHECK(Utf8PrefixLength(s, 3) == 2);
  CHECK(Utf8PrefixLength(s, 4) == 4);
}

TEST_CASE("carried-through JSONL fields are re-serialized, never copied", "[corpus][reliability]") {
  fs::path d = TempDir("extra");
  Write(d / "feed.jsonl",
        "{\"id\":\"a\",\"text\":\"One.\",\"meta\":{\"k\":[1,-2.5e3,\"\\u00e9\",true,null],\"n\":12345678901234567890}}\n"
        "{\"id\":\"b\",\"text\":\"Two.\",\"meta\":{\"k\":[1,2,}}\n"
        "{\"id\":\"c\",\"text\":\"Three.\",\"meta\":[01]}\n"
        "{\"id\":\"d\",\"text\":\"Four.\"} trailing\n");
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 1);
  REQUIRE(r.articles[0].extra.size() == 1);
  CHECK(r.articles[0].extra[0].second == "{\"k\":[1,-2.5e3,\"\xC3\xA9\",true,null],\"n\":12345678901234567890}");
  CHECK(Has(r.rejected, "feed.jsonl:2", "malformed JSON"));
  CHECK(Has(r.rejected, "feed.jsonl:3", "malformed JSON"));
  CHECK(Has(r.rejected, "feed.jsonl:4", "malformed JSON"));
  // Numbers no double or 64-bit integer holds keep their digits, as strings every parser reads.
  Write(d / "feed.jsonl", "{\"id\":\"e\",\"text\":\"Five.\",\"big\":[1e999,1234567890123456789012345678901234567890]}\n");
  ReadReport big = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(big.articles.size() == 1);
  CHECK(big.articles[0].extra[0].second == "[\"1e999\",\"1234567890123456789012345678901234567890\"]");
}

TEST_CASE("byte order marks: UTF-16 files are decoded, a UTF-8 mark on JSONL is accepted", "[corpus][reliability]") {
  fs::path d = TempDir("bom");
  std::string u16 = "\xFF\xFE";
  for (char c : std::string("Prices rose 5% in May.")) u16 += std::string{c, '\0'};
  Write(d / "le.txt", u16);
  Write(d / "feed.jsonl", "\xEF\xBB\xBF{\"id\":\"j\",\"text\":\"Marked.\"}\n");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 2);
  CHECK(r.rejected.empty());
  CHECK(r.articles[0].id == "j");
  CHECK(r.articles[1].raw == "Prices rose 5% in May.");
  CHECK(Has(r.warnings, "le.txt", "UTF-16LE"));
}

TEST_CASE("a gzip file cut short is an error naming it, after its whole records", "[corpus][reliability]") {
  fs::path d = TempDir("gzcut");
  std::string lines = "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n";
  std::string gz = Gzip(lines);
  Write(d / "cut.jsonl.gz", gz.substr(0, gz.size() - 8));  // every line, no trailer
  Write(d / "cut.txt.gz", gz.substr(0, gz.size() - 8));
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 2);  // both lines of the JSONL file were whole
  CHECK(Has(r.rejected, "cut.jsonl.gz", "unexpected end of file"));
  CHECK(Has(r.rejected, "cut.txt.gz", "truncated gzip"));
}

TEST_CASE("gzip members are read in turn; bytes between them that are no member are an error naming where, and the next member is read", "[corpus][reliability]") {
  fs::path d = TempDir("gzmembers");
  auto line = [](const std::string& id) { return Gzip("{\"id\":\"" + id + "\",\"text\":\"One.\"}\n"); };
  const std::string a = line("a1"), b = line("a2");
  std::string damaged = line("c2");
  damaged[0] = '\0';  // the second member's magic overwritten
  Write(d / "a.jsonl.gz", a + b);
  Write(d / "b.jsonl.gz", line("b1") + line("b2") + std::string(512, '\0'));  // a tool's padding at the end
  Write(d / "c.jsonl.gz", line("c1") + damaged + line("c3"));
  Write(d / "d.txt.gz", "Not gzipped at all.");  // read as it is, as zlib reads it
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  std::vector<std::string> ids;
  for (const auto& x : r.articles) ids.push_back(x.id);
  CHECK(ids == std::vector<std::string>{"a1", "a2", "b1", "b2", "c1", "c3", "d"});
  const size_t c3_at = line("c1").size() + damaged.size();
  CHECK(Has(r.rejected, "c.jsonl.gz", "bytes at offset " + std::to_string(line("c1").size()) +
                                            " of the gzip file are no gzip member"));
  CHECK(Has(r.rejected, "c.jsonl.gz", "resumes at the next gzip member, at byte " + std::to_string(c3_at)));
  CHECK(Has(r.rejected, "c.jsonl.gz", "damaged gzip data after line 1 "));
  // A whole document (text, HTML) with a hole is no document: an error, nothing read.
  copydesk::Result<std::string> whole = ReadFileBytes((d / "c.jsonl.gz").string(), 1 << 20);
  REQUIRE_FALSE(whole.ok());
  CHECK(whole.status().message().find("no gzip member") != std::string::npos);
}

namespace {
// A WARC response record of a small HTML page.
std::string WarcResponse(const std::string& id) {
  const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Story " + id +
                            " of the harbour and its new quay, opened by the council on Monday.</p></body></html>";
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <" + id + ">\r\nWARC-Target-URI: http://a/" + id +
         "\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + std::to_string(block.size()) +
         "\r\n\r\n" + block + "\r\n\r\n";
}
std::vector<std::string> Ids(const ReadReport& r) {
  std::vector<std::string> ids;
  for (const auto& a : r.articles) ids.push_back(a.id);
  return ids;
}
}  // namespace

TEST_CASE("a corrupt gzip member of a .warc.gz loses its record only: reading goes on at the next member", "[corpus][reliability]") {
  fs::path d = TempDir("warcgz");
  std::string m[4];
  for (int i = 0; i < 4; ++i) m[i] = Gzip(WarcResponse("r" + std::to_string(i)));
  // The second member's check fails (its data inflates whole, its CRC-32 is wrong): its record
  // may be wrong, so it is not taken.
  std::string crc = m[1];
  crc[crc.size() - 8] ^= 1;
  Write(d / "crc.warc.gz", m[0] + crc + m[2] + m[3]);
  // The second member's header overwritten: no member there, the next one found.
  std::string magic = m[1];
  magic[0] = 'x';
  Write(d / "magic.warc.gz", m[0] + magic + m[2] + m[3]);
  // The first member's deflate data garbled; the last member's too (nothing follows it).
  std::string first = m[0], last = m[3];
  for (size_t i = 12; i < 24; ++i) first[i] = '\xff';
  for (size_t i = 12; i < 24; ++i) last[i] = '\xff';
  Write(d / "ends.warc.gz", first + m[1] + m[2] + last);
  // A chance "1f 8b 08 00" inside a member's garbled data is no member: the trial inflate
  // refuses it and the real next member is found.
  std::string decoy = m[1];
  const std::string fake("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xff\xff\xff\xff", 14);
  for (size_t i = 12; i < 20; ++i) decoy[i] = '\xff';  // the damage, then the decoy after it
  decoy.replace(30, fake.size(), fake);
  Write(d / "decoy.warc.gz", m[0] + decoy + m[2] + m[3]);

  // The second member's trailer cut off: inflating it runs on into the third member's header
  // and fails there; the third is found again from the second's start.
  Write(d / "trailer.warc.gz", m[0] + m[1].substr(0, m[1].size() - 8) + m[2] + m[3]);
  // Bytes before the first member (the file's start cut, or a header put before it).
  Write(d / "start.warc.gz", std::string("\x8b\x08garbage", 9) + m[0] + m[1] + m[2] + m[3]);

  // A plain WARC named .warc.gz whose record holds a gzipped HTTP body: read as it is (the body
  // is no member of the file).
  {
    const std::string body = Gzip("<html><body><p>Story z of the harbour and its new quay, opened on Monday.</p></body></html>");
    const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + body;
    Write(d / "plain.warc.gz", WarcResponse("p0") +
                                   "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <z>\r\nWARC-Target-URI: http://a/z\r\n"
                                   "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                                   std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n" + WarcResponse("p1"));
    ReadReport plain_r = ReadInputs({(d / "plain.warc.gz").string()}, ReadOptions{});
    CHECK(Ids(plain_r) == std::vector<std::string>{"p0", "z", "p1"});
    CHECK(plain_r.rejected.empty());
  }

  ReadReport trailer_r = ReadInputs({(d / "trailer.warc.gz").string()}, ReadOptions{});
  CHECK(Ids(trailer_r) == std::vector<std::string>{"r0", "r2", "r3"});
  CHECK(Has(trailer_r.rejected, "trailer.warc.gz", "in the gzip member at byte " + std::to_string(m[0].size())));
  ReadReport start_r = ReadInputs({(d / "start.warc.gz").string()}, ReadOptions{});
  CHECK(Ids(start_r) == std::vector<std::string>{"r0", "r1", "r2", "r3"});
  CHECK(Has(start_r.rejected, "start.warc.gz", "the first 9 bytes of the gzip file are no gzip member"));

  ReadReport crc_r = ReadInputs({(d / "crc.warc.gz").string()}, ReadOptions{});
  CHECK(Ids(crc_r) == std::vector<std::string>{"r0", "r2", "r3"});
  REQUIRE(crc_r.rejected.size() == 1);
  CHECK(Has(crc_r.rejected, "crc.warc.gz", "incorrect data check"));
  CHECK(Has(crc_r.rejected, "crc.warc.gz", "the next gzip member, at byte " + std::to_string(m[0].size() + m[1].size())));

  ReadReport magic_r = ReadInputs({(d / "magic.warc.gz").string()}, ReadOptions{});
  CHECK(Ids(magic_r) == std::vector<std::string>{"r0", "r2", "r3"});
  CHECK(magic_r.rejected.size() == 1);
  CHECK(Has(magic_r.rejected, "magic.warc.gz", "bytes at offset " + std::to_string(m[0].size()) + " of the gzip file are no gzip member"));

  ReadReport ends_r = ReadInputs({(d / "ends.warc.gz").string()}, ReadOptions{});
  CHECK(Ids(ends_r) == std::vector<std::string>{"r1", "r2"});
  CHECK(Has(ends_r.rejected, "ends.warc.gz", "reading resumes at the next gzip member"));
  CHECK(Has(ends_r.rejected, "ends.warc.gz", "corrupt or truncated gzip data"));

  ReadReport decoy_r = ReadInputs({(d / "decoy.warc.gz").string()}, ReadOptions{});
  CHECK(Ids(decoy_r) == std::vector<std::string>{"r0", "r2", "r3"});
  REQUIRE(decoy_r.rejected.size() == 1);
  const std::string& why = decoy_r.rejected[0].reason;
  CHECK(why.find("resumes at") == why.rfind("resumes at"));  // one hole, not two (the decoy's)
  CHECK(Has(decoy_r.rejected, "decoy.warc.gz", "the next gzip member, at byte " + std::to_string(m[0].size() + m[1].size())));
}

TEST_CASE("a corrupt gzip member of a .jsonl.gz is one rejected line: the members after it are read", "[corpus][reliability]") {
  fs::path d = TempDir("jsonlgz");
  auto lines = [](int from, int to) {
    std::string s;
    for (int i = from; i < to; ++i) s += "{\"id\":\"l" + std::to_string(i) + "\",\"text\":\"Line " + std::to_string(i) + ".\"}\n";
    return s;
  };
  std::string bad = Gzip(lines(3, 6));
  for (size_t i = 12; i < 20; ++i) bad[i] = '\xff';
  Write(d / "f.jsonl.gz", Gzip(lines(0, 3)) + bad + Gzip(lines(6, 9)));
  ReadReport r = ReadInputs({(d / "f.jsonl.gz").string()}, ReadOptions{});
  std::vector<std::string> ids = Ids(r);
  // Lines 3-5 are lost; the lines after the hole are read, numbered from it.
  CHECK(ids == std::vector<std::string>{"l0", "l1", "l2", "l6", "l7", "l8"});
  REQUIRE(r.rejected.size() == 1);
  CHECK(r.rejected[0].origin.line == 4);
  CHECK(r.rejected[0].reason.find("lost to damaged gzip data") != std::string::npos);
  // A member per line, the third's check failing after its line was read: no line is counted
  // for the damage, so the lines after keep their numbers.
  std::string per_line;
  for (int i = 0; i < 6; ++i) {
    std::string m = Gzip(lines(i, i + 1));
    if (i == 2) m[m.size() - 8] ^= 1;
    per_line += m;
  }
  Write(d / "crc.jsonl.gz", per_line);
  ReadReport crc = ReadInputs({(d / "crc.jsonl.gz").string()}, ReadOptions{});
  REQUIRE(crc.articles.size() == 6);
  CHECK(crc.articles[3].origin.line == 4);
  REQUIRE(crc.rejected.size() == 1);
  CHECK(crc.rejected[0].origin.line == 0);
  CHECK(crc.rejected[0].reason.find("damaged gzip data after line 3") != std::string::npos);
  // One member, damaged: nothing follows to read on from; an error, the lines before it read.
  std::string one = Gzip(lines(0, 40));
  for (size_t i = one.size() / 2; i < one.size() / 2 + 8; ++i) one[i] = '\xff';
  Write(d / "one.jsonl.gz", one);
  ReadReport o = ReadInputs({(d / "one.jsonl.gz").string()}, ReadOptions{});
  CHECK(o.articles.size() < 40);
  REQUIRE(o.rejected.size() == 1);
  CHECK(o.rejected[0].reason.find("corrupt or truncated gzip data") != std::string::npos);
  CHECK(o.rejected[0].reason.find("resumes at") == std::string::npos);
}

TEST_CASE("sizes are checked while reading and decompressing", "[corpus][reliability]") {
  fs::path d = TempDir("bomb");
  Write(d / "bomb.txt.gz", Gzip(std::string(8 << 20, 'a')));  // 8 MiB from a few KiB
  {
    std::ofstream sparse(d / "sparse.txt");
  }
  fs::resize_file(d / "sparse.txt", 1ull << 40);  // 1 TiB, no blocks
  ReadOptions o;
  o.max_record_bytes = 1 << 20;
  ReadReport r = ReadInputs({d.string()}, o);
  CHECK(r.articles.empty());
  CHECK(Has(r.rejected, "bomb.txt.gz", "too large: more than 1048576 bytes after decompression"));
  CHECK(Has(r.rejected, "sparse.txt", "too large"));
  copydesk::Result<std::string> direct = ReadFileBytes((d / "bomb.txt.gz").string(), 1 << 20);
  CHECK_FALSE(direct.ok());
}

TEST_CASE("a file or a pipe is read whole, up to the limit", "[corpus][reliability]") {
  fs::path d = TempDir("whole");
  std::string text;
  for (int i = 0; text.size() < 300000; ++i) text += "line " + std::to_string(i) + "\n";
  Write(d / "big.txt", text);
  copydesk::Result<std::string> file = ReadFileBytes((d / "big.txt").string(), 1 << 20);
  REQUIRE(file.ok());
  CHECK(file.value() == text);
  CHECK(ReadFileBytes((d / "big.txt").string(), text.size()).ok());  // exactly the limit
  CHECK_FALSE(ReadFileBytes((d / "big.txt").string(), text.size() - 1).ok());
  Write(d / "empty.txt", "");
  REQUIRE(ReadFileBytes((d / "empty.txt").string(), 10).ok());
  CHECK(ReadFileBytes((d / "empty.txt").string(), 10).value().empty());

  // A pipe has no size: its buffer grows, and the limit still holds. (Read by its /dev/fd name
  // while this process holds the write end, so the reader never sees a pipe without a writer.)
  ::signal(SIGPIPE, SIG_IGN);  // the writer of a refused pipe sees EPIPE
  for (size_t limit : {size_t{1} << 20, text.size() - 1}) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    std::thread writer([&] {
      for (size_t at = 0; at < text.size();) {
        const ssize_t n = ::write(fds[1], text.data() + at, text.size() - at);
        if (n <= 0) break;
        at += static_cast<size_t>(n);
      }
      ::close(fds[1]);
    });
    copydesk::Result<std::string> piped = ReadFileBytes("/dev/fd/" + std::to_string(fds[0]), limit);
    ::close(fds[0]);  // no reader left: a writer still writing stops
    writer.join();
    if (limit >= text.size()) {
      REQUIRE(piped.ok());
      CHECK(piped.value() == text);
    } else {
      CHECK_FALSE(piped.ok());
    }
  }
}

TEST_CASE("devices, pipes without writers and endless binary streams end with an error", "[corpus][reliability]") {
  ReadReport r = ReadInputs({"/dev/zero"}, ReadOptions{});
  CHECK(r.articles.empty());
  CHECK(Has(r.rejected, "/dev/zero", "character device"));

  fs::path d = TempDir("fifo");
  fs::path fifo = d / "feed.txt";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  ReadReport f = ReadInputs({fifo.string()}, ReadOptions{});  // must not block
  CHECK(f.articles.empty());
  CHECK(Has(f.rejected, "feed.txt", "empty"));

  std::istringstream zeros(std::string(20 << 20, '\0'));
  ReadOptions o;
  o.max_record_bytes = 1 << 20;
  ReadReport z = ReadInputs({"-"}, o, &zeros);  // sniffed as one text: refused by size
  CHECK(z.articles.empty());
  CHECK(Has(z.rejected, "<stdin>", "too large"));
  std::istringstream zeros2(std::string(20 << 20, '\0'));
  o.stdin_format = "jsonl";
  ReadReport zj = ReadInputs({"-"}, o, &zeros2);
  CHECK(zj.articles.empty());
  CHECK(Has(zj.rejected, "<stdin>", "binary data"));
}

TEST_CASE("a JSONL line over the limit with NUL bytes in it is skipped; the lines after it are read", "[corpus][reliability]") {
  fs::path d = TempDir("nul_line");
  std::string bad = "{\"id\":\"x\",\"text\":\"" + std::string(100000, 'a') + std::string(3, '\0') + std::string(200000, 'b') + "\"}";
  Write(d / "feed.jsonl", "{\"id\":\"g1\",\"text\":\"One.\"}\n" + bad + "\n{\"id\":\"g2\",\"text\":\"Two.\"}\n");
  ReadOptions o;
  o.max_record_bytes = 1000;
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, o);
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[1].id == "g2");
  CHECK(Has(r.rejected, "feed.jsonl:2", "too large: line of"));
}

TEST_CASE("a lone surrogate escape in JSONL costs a U+FFFD, not the record", "[corpus][reliability]") {
  fs::path d = TempDir("surrogates");
  Write(d / "feed.jsonl",
        "{\"id\":\"s1\",\"text\":\"Lone \\ud800 surrogate, a pair \\ud83d\\ude00, a low one \\uDC00.\"}\n"
        "{\"id\":\"s2\",\"text\":\"A backslash and ud800: \\\\ud800; cut at the end \\ud83d\"}\n");
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].raw == "Lone \xEF\xBF\xBD surrogate, a pair \xF0\x9F\x98\x80, a low one \xEF\xBF\xBD.");
  CHECK(r.articles[0].repaired_bytes == 2);
  CHECK(r.articles[1].raw == "A backslash and ud800: \\ud800; cut at the end \xEF\xBF\xBD");
  CHECK(r.rejected.empty());
}

TEST_CASE("a WARC response's body sent as raw deflate for Content-Encoding: deflate is decoded", "[corpus][reliability]") {
  fs::path d = TempDir("raw_deflate");
  const std::string html = "<html><body><p>Wheat prices rose 5% in February, the ministry said.</p></body></html>";
  std::string raw(html.size() + 64, '\0');
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);  // no header: raw deflate
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(html.data()));
  z.avail_in = static_cast<uInt>(html.size());
  z.next_out = reinterpret_cast<Bytef*>(raw.data());
  z.avail_out = static_cast<uInt>(raw.size());
  deflate(&z, Z_FINISH);
  raw.resize(z.total_out);
  deflateEnd(&z);
  const std::string block = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n\r\n" + raw;
  Write(d / "raw.warc", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <r1>\r\nWARC-Target-URI: http://a/1\r\n"
                         "Content-Type: application/http; msgtype=response\r\nContent-Length: " +
                             std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n");
  ReadReport r = ReadInputs({(d / "raw.warc").string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].raw == html);
}

TEST_CASE("a malformed number in a mapped JSONL field rejects the line, as in any other field", "[corpus][reliability]") {
  fs::path d = TempDir("bad_numbers");
  Write(d / "feed.jsonl", "{\"id\": 12abc, \"text\":\"One.\"}\n{\"id\": 12, \"text\":\"Two.\"}\n"
                          "{\"id\":\"c\",\"text\":\"Three.\",\"published\": 2025-08-28}\n");
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].id == "12");
  CHECK(Has(r.rejected, "feed.jsonl:1", "malformed JSON"));
  CHECK(Has(r.rejected, "feed.jsonl:3", "malformed JSON"));
}

TEST_CASE("a hidden file and a file of another format in a directory are skipped, each with its reason", "[corpus][reliability]") {
  fs::path d = TempDir("skipped_reasons");
  Write(d / ".draft.txt", "Prices rose 5% in May.");
  Write(d / "notes.md", "Prices rose 5% in May.");
  Write(d / "story.txt", "Prices rose 5% in May.");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 1);
  CHECK(Skipped(r, ".draft.txt", "a hidden file"));
  CHECK(Skipped(r, "notes.md", "not an input format (.txt .text .html .htm .jsonl .ndjson .warc, optionally .gz)"));
}

TEST_CASE("a file named twice, or named and inside a directory named, is read once", "[corpus][reliability]") {
  fs::path d = TempDir("named_twice");
  fs::create_directories(d / "feeds");
  Write(d / "feeds" / "wire.jsonl", "{\"id\":\"a\",\"text\":\"Prices rose 5% in May.\"}\n"
                                    "{\"id\":\"b\",\"text\":\"Rents fell 2% in June.\"}\n");
  const std::string file = (d / "feeds" / "wire.jsonl").string();
  ReadReport r = ReadInputs({(d / "feeds").string(), (d / "feeds" / ".." / "feeds" / "wire.jsonl").string(), file},
                            ReadOptions{});
  CHECK(r.articles.size() == 2);
  CHECK(r.rejected.empty());
  CHECK(r.warnings.empty());
  CHECK(r.input_files == 1);
  CHECK(Skipped(r, "wire.jsonl", "the same file as " + file + ": read once"));
  CHECK(Skipped(r, "wire.jsonl", "named twice: read once"));
  // Standard input named twice: read once (the second had been an empty file, a rejection).
  std::istringstream in("{\"id\":\"s\",\"text\":\"Prices rose 5% in May.\"}\n");
  r = ReadInputs({"-", file, "-"}, ReadOptions{}, &in);
  CHECK(r.articles.size() == 3);
  CHECK(r.rejected.empty());
  CHECK(r.input_files == 2);
  CHECK(Skipped(r, "<stdin>", "named twice: read once"));
}

TEST_CASE("JSON lines in UTF-16 are refused once, with the reason, in a file and on stdin", "[corpus][reliability]") {
  fs::path d = TempDir("utf16_jsonl");
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("{\"id\":\"a\",\"text\":\"Prices rose 5% in May.\"}\n{\"id\":\"b\",\"text\":\"x\"}\n")) {
    utf16 += c;
    utf16 += '\0';
  }
  Write(d / "feed.jsonl", utf16);
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  CHECK(r.articles.empty());
  REQUIRE(r.rejected.size() == 1);
  CHECK(Has(r.rejected, "feed.jsonl", "UTF-16 text (UTF-16LE byte order mark): JSON lines must be UTF-8"));
  // Without a byte order mark, in either byte order: once, not a NUL-byte rejection per line.
  Write(d / "le.jsonl", utf16.substr(2));
  std::string be;
  for (size_t i = 2; i + 1 < utf16.size(); i += 2) {
    be += utf16[i + 1];
    be += utf16[i];
  }
  Write(d / "be.jsonl", be);
  r = ReadInputs({(d / "le.jsonl").string(), (d / "be.jsonl").string()}, ReadOptions{});
  CHECK(r.articles.empty());
  REQUIRE(r.rejected.size() == 2);
  CHECK(Has(r.rejected, "le.jsonl", "UTF-16 text (UTF-16LE, no byte order mark: NUL bytes beside ASCII)"));
  CHECK(Has(r.rejected, "be.jsonl", "UTF-16 text (UTF-16BE, no byte order mark: NUL bytes beside ASCII)"));
  for (const std::string& text : {utf16.substr(2), be}) {
    std::istringstream in(text);
    r = ReadInputs({"-"}, ReadOptions{}, &in);
    CHECK(r.articles.empty());
    CHECK(Has(r.rejected, "<stdin>", "no byte order mark: NUL bytes beside ASCII"));
  }
  for (const std::string& text : {utf16, std::string("\xFF\xFE\n\0", 4) + utf16.substr(2)}) {
    std::istringstream in(text);  // (with a blank line first: still JSON lines)
    r = ReadInputs({"-"}, ReadOptions{}, &in);
    CHECK(r.articles.empty());
    REQUIRE(r.rejected.size() == 1);
    CHECK(Has(r.rejected, "<stdin>", "JSON lines must be UTF-8"));
  }
}

TEST_CASE("a file of garbage lines stops after max_bad_lines in a row", "[corpus][reliability]") {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += "not json " + std::to_string(i) + "\n";
  std::istringstream in("{\"id\":\"a\",\"text\":\"Good.\"}\n" + junk);
  ReadOptions o;
  o.max_bad_lines = 100;
  ReadReport r = ReadInputs({"-"}, o, &in);
  CHECK(r.articles.size() == 1);
  CHECK(r.rejected.size() == 101);  // 100 lines, then one that says reading stopped
  CHECK(Has(r.rejected, "<stdin>", "stopped reading this file"));
}

TEST_CASE("a directory walk reports links it does not follow", "[corpus][reliability]") {
  fs::path outside = TempDir("walk_outside");
  Write(outside / "secret.txt", "Outside the tree.");
  fs::path d = TempDir("walk");
  Write(d / "a.txt", "Inside the tree.");
  fs::create_symlink(d / "a.txt", d / "alias.txt");          // inside: read
  fs::create_symlink(outside / "secret.txt", d / "out.txt");  // out of the tree
  fs::create_symlink(d / "missing.txt", d / "dangling.txt");
  fs::create_symlink(d / "loop2.txt", d / "loop1.txt");
  fs::create_symlink(d / "loop1.txt", d / "loop2.txt");
  fs::create_directories(d / "sub");
  fs::create_directory_symlink(d, d / "sub" / "up");  // a directory loop
  fs::create_symlink("/dev/null", d / "dev.txt");
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  std::vector<std::string> ids;
  for (const auto& a : r.articles) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"a"});
  CHECK(Skipped(r, "alias.txt", "the same file as " + (d / "a.txt").string()));  // a link inside the tree
  CHECK(Skipped(r, "out.txt", "out of the input tree"));
  CHECK(Skipped(r, "dangling.txt", "dangling"));
  CHECK(Skipped(r, "loop1.txt", "loop"));
  CHECK(Skipped(r, "up", "already read"));
  CHECK(Skipped(r, "dev.txt", "out of the input tree"));
  ReadOptions follow;
  follow.follow_links = true;
  ReadReport f = ReadInputs({d.string()}, follow);
  CHECK(f.articles.size() == 2);  // a, out
  CHECK(Skipped(f, "dev.txt", "character device"));
}

TEST_CASE("warnings name a truncated page and an unknown extension", "[corpus][reliability]") {
  fs::path d = TempDir("warn");
  Write(d / "cut.html", "<html><head><title>T</title></head><body><p>Prices rose 5% in");
  Write(d / "notes.md", "Prices rose 5% in May.");
  ReadReport r = ReadInputs({(d / "cut.html").string(), (d / "notes.md").string()}, ReadOptions{});
  CHECK(r.articles.size() == 2);
  CHECK(Has(r.warnings, "cut.html", "truncated"));
  CHECK(Has(r.warnings, "notes.md", "unknown extension \".md\""));
}

TEST_CASE("a worker's exception reaches the caller with the record it was on", "[corpus][reliability]") {
  std::vector<std::string> ids(1000);
  for (size_t i = 0; i < ids.size(); ++i) ids[i] = "rec" + std::to_string(i);
  for (size_t threads : {1, 2, 4}) {
    bool caught = false;
    try {
      ParallelFor(ids.size(), threads, [&](size_t i, size_t) {
        SetCurrentRecord(ids[i]);
        if (i == 617) throw std::bad_alloc();
      });
    } catch (const WorkerFailure& f) {
      caught = true;
      CHECK(f.record == "rec617");
      CHECK_THROWS_AS(std::rethrow_exception(f.error), std::bad_alloc);
    }
    CHECK(caught);
  }
}

TEST_CASE("temporary files never follow a planted link, and stale ones are removed", "[corpus][reliability]") {
  fs::path d = TempDir("atomic");
  Write(d / "victim.txt", "keep me");
  // A killed run's leftovers (a PID that cannot run) and a planted link at such a name.
  Write(d / "out.json.tmp.999999999.abc", "stale");
  fs::create_symlink(d / "victim.txt", d / "out.json.tmp.999999998.def");
  REQUIRE(WriteFileAtomically((d / "out.json").string(), "{}\n").ok());
  CHECK(Slurp(d / "out.json") == "{}\n");
  CHECK(Slurp(d / "victim.txt") == "keep me");
  CHECK_FALSE(fs::exists(fs::symlink_status(d / "out.json.tmp.999999999.abc")));
  CHECK_FALSE(fs::exists(fs::symlink_status(d / "out.json.tmp.999999998.def")));
  CHECK(WriteAll(-1, "x", "nowhere").message().find("nowhere: write failed") == 0);
  if (fs::exists("/dev/full")) {
    int fd = ::open("/dev/full", O_WRONLY);
    REQUIRE(fd >= 0);
    copydesk::Status s = WriteAll(fd, std::string(1 << 16, 'x'), "standard output");
    ::close(fd);
    CHECK(s.message().find("No space left on device") != std::string::npos);
  }
}

TEST_CASE("an output set appears whole, under a lock, and replaces the previous one", "[corpus][reliability]") {
  fs::path root = TempDir("outdir");
  const std::string out = (root / "o").string();
  {
    OutputDir set;
    REQUIRE(set.Begin(out, {"a.json", "b.json"}).ok());
    OutputDir second;  // a concurrent run into the same directory fails at once
    copydesk::Status busy = second.Begin(out, {"a.json", "b.json"});
    CHECK(busy.message().find("another copydesk run is writing") != std::string::npos);
    REQUIRE(set.Write("a.json", "1").ok());
    REQUIRE(set.Write("b.json", "1").ok());
    CHECK_FALSE(fs::exists(out));  // nothing shows before the commit
    REQUIRE(set.Commit().ok());
  }
  CHECK(Slurp(root / "o" / "a.json") == "1");
  {
    OutputDir killed;  // a run that dies before its commit leaves the old set whole
    REQUIRE(killed.Begin(out, {"a.json", "b.json"}).ok());
    REQUIRE(killed.Write("a.json", "2").ok());
  }
  CHECK(Slurp(root / "o" / "a.json") == "1");
  fs::create_directories(root / ".o.tmp.12345.deadbeef");  // left by a killed run
  {
    OutputDir set;
    REQUIRE(set.Begin(out, {"a.json", "b.json"}).ok());
    CHECK_FALSE(fs::exists(root / ".o.tmp.12345.deadbeef"));
    REQUIRE(set.Write("a.json", "3").ok());
    REQUIRE(set.Commit().ok());
  }
  CHECK(Slurp(root / "o" / "a.json") == "3");
  CHECK_FALSE(fs::exists(root / "o" / "b.json"));  // the set is replaced as a whole
  Write(root / "o" / "notes.txt", "mine");
  OutputDir refused;
  CHECK(refused.Begin(out, {"a.json", "b.json"}).message().find("notes.txt") != std::string::npos);
}

TEST_CASE("an undeclared legacy encoding is detected and named in a warning", "[corpus]") {
  fs::path d = TempDir("detect");
  // "Экспорт топлива снизился на 20% в первом полугодии" in windows-1251, three times.
  const std::string cp1251 =
      "\xdd\xea\xf1\xef\xee\xf0\xf2 \xf2\xee\xef\xeb\xe8\xe2\xe0 \xf1\xed\xe8\xe7\xe8\xeb\xf1\xff \xed\xe0 20% "
      "\xe2 \xef\xe5\xf0\xe2\xee\xec \xef\xee\xeb\xf3\xe3\xee\xe4\xe8\xe8. ";
  Write(d / "ru.txt", cp1251 + cp1251 + cp1251);
  ReadReport r = ReadInputs({d.string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].raw.find("\xD0\xAD\xD0\xBA\xD1\x81\xD0\xBF\xD0\xBE\xD1\x80\xD1\x82") == 0);  // Экспорт
  CHECK(r.articles[0].repaired_bytes == 0);
  CHECK(Has(r.warnings, "ru.txt", "windows-1251"));
}

TEST_CASE("an output that is a FIFO or a device is written in place, never replaced", "[corpus][reliability]") {
  fs::path d = TempDir("fifo_out");
  const fs::path fifo = d / "out.pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string got;
  std::thread reader([&] {
    std::ifstream in(fifo, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    got = ss.str();
  });
  const copydesk::Status s = copydesk::corpus::WriteFileAtomically(fifo.string(), "claims\n");
  reader.join();
  CHECK(s.ok());
  CHECK(got == "claims\n");
  struct stat st;
  REQUIRE(::stat(fifo.c_str(), &st) == 0);
  CHECK(S_ISFIFO(st.st_mode));  // still the pipe: no file was renamed over it
  // A directory is no file to write.
  CHECK_FALSE(copydesk::corpus::WriteFileAtomically(d.string(), "x").ok());
}

TEST_CASE("ParallelFor's pool runs every index once, on kept threads, nested and concurrent calls too",
          "[corpus][reliability]") {
  // Each index once, worker indices below the thread count, the caller as worker 0 (Catch's
  // assertions are made on this thread only).
  auto run = [](size_t n, size_t threads, std::set<long>* ids) {
    std::vector<std::atomic<int>> hits(n);
    std::atomic<bool> bad_worker{false};
    std::mutex mu;
    const auto caller = std::this_thread::get_id();
    bool caller_is_zero = true;
    ParallelFor(n, threads, [&](size_t i, size_t w) {
      hits[i].fetch_add(1);
      if (w >= threads) bad_worker = true;
      std::lock_guard<std::mutex> lock(mu);
      if (ids != nullptr) ids->insert(::syscall(SYS_gettid));  // (not reused as thread ids are)
      if ((w == 0) != (std::this_thread::get_id() == caller)) caller_is_zero = false;
    });
    bool once = true;
    for (auto& h : hits) once = once && h.load() == 1;
    return once && caller_is_zero && !bad_worker.load();
  };
  // Calls one after another use the same threads (a pool's: no new thread per call).
  std::set<long> seen;
  for (int k = 0; k < 6; ++k) CHECK(run(4000, 3, &seen));
  CHECK(seen.size() <= 3);
  CHECK(run(7, 2, nullptr));
  CHECK(run(0, 4, nullptr));
  // A call inside fn, and calls from two threads at once, start threads of their own.
  std::atomic<size_t> inner{0}, bad{0};
  ParallelFor(8, 2, [&](size_t, size_t) {
    ParallelFor(100, 2, [&](size_t, size_t w) {
      if (w >= 2) bad.fetch_add(1);
      inner.fetch_add(1);
    });
  });
  CHECK(inner.load() == 800);
  CHECK(bad.load() == 0);
  std::atomic<bool> other_ok{true};
  std::thread other([&] {
    for (int k = 0; k < 20; ++k) other_ok = run(3000, 2, nullptr) && other_ok;
  });
  bool ok = true;
  for (int k = 0; k < 20; ++k) ok = run(3000, 2, nullptr) && ok;
  other.join();
  CHECK(ok);
  CHECK(other_ok.load());
  // After a failure the pool serves the next call.
  CHECK_THROWS_AS(ParallelFor(1000, 2, [](size_t i, size_t) {
                    if (i == 10) throw std::runtime_error("x");
                  }),
                  WorkerFailure);
  CHECK(run(1000, 2, nullptr));
  // A child of fork(), whose copy of the pool has no threads, runs its calls on a pool of its own.
  const pid_t child = ::fork();
  if (child == 0) {
    ::alarm(30);  // a call waiting for threads that are not there ends the child
    std::atomic<size_t> sum{0};
    ParallelFor(1000, 2, [&](size_t i, size_t) { sum.fetch_add(i); });
    ParallelFor(1000, 2, [&](size_t i, size_t) { sum.fetch_add(i); });
    ::_exit(sum.load() == 999000 ? 0 : 1);
  }
  REQUIRE(child > 0);
  int status = 0;
  REQUIRE(::waitpid(child, &status, 0) == child);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("a JSONL file that is not UTF-8 is named once, at its first such line", "[corpus][reliability]") {
  fs::path d = TempDir("latin1");
  Write(d / "feed.jsonl", "{\"id\":\"a\",\"text\":\"Plain.\"}\n{\"id\":\"b\",\"text\":\"Caf\xe9 prices.\"}\n"
                          "{\"id\":\"c\",\"text\":\"Na\xefve.\"}\n");
  ReadReport r = ReadInputs({(d / "feed.jsonl").string()}, ReadOptions{});
  REQUIRE(r.articles.size() == 3);
  CHECK(r.repaired_records == 2);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].origin.ToString().find("feed.jsonl:2") != std::string::npos);
  CHECK(r.warnings[0].reason.find("windows-1252") != std::string::npos);
}
