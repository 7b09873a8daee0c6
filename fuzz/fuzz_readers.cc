// Feeds arbitrary bytes to the whole-file readers (text; HTML with its declared charset
// decoded; gzip-compressed text, HTML and JSONL), normalizes what they read and checks that the
// articles and the manifest write out as valid UTF-8 and JSON.
//
// Input: one mode byte, a file stem up to the first newline (any bytes: file names need not be
// UTF-8), then the file's bytes.
//   't' text   'h' HTML   (read from memory by ReadWholeFileBytes, under the given stem)
//   'g' .txt.gz   'G' .html.gz   'j' .jsonl.gz   (the bytes, gzip data, are written to a
//        scratch file, fuzz-<pid>.<ext>, in $TMPDIR or /dev/shm, and read with ReadInputs)
//   anything else: text
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "corpus/reader.h"
#include "corpus/utf8.h"
#include "fuzz/fuzz_check.h"
#include "normalizers/normalize.h"
#include "pipeline/writers.h"

namespace {

std::string ScratchDir() {
  if (const char* t = std::getenv("TMPDIR"); t != nullptr && *t != '\0') return t;
  if (access("/dev/shm", W_OK) == 0) return "/dev/shm";
  return "/tmp";
}

// Writes `bytes` to a scratch file with extension `ext`; returns its path.
std::string WriteScratch(const char* ext, std::string_view bytes) {
  static const std::string base = ScratchDir() + "/fuzz-" + std::to_string(getpid());
  std::string path = base + ext;
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) std::abort();
  if (std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size()) std::abort();
  std::fclose(f);
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace copydesk;
  static auto norm = [] {
    normalizers::NormalizeOptions o;
    o.keep_source_map = true;
    return normalizers::Normalizer::Create(o).value().release();
  }();
  if (size == 0) return 0;
  const char mode = static_cast<char>(data[0]);
  std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  size_t nl = rest.find('\n');
  std::string stem(rest.substr(0, nl == std::string_view::npos ? 0 : nl));
  std::string body(nl == std::string_view::npos ? rest : rest.substr(nl + 1));

  pipeline::RunResult r;
  std::vector<std::string> inputs;
  const char* ext = nullptr;
  switch (mode) {
    case 'g': ext = ".txt.gz"; break;
    case 'G': ext = ".html.gz"; break;
    case 'j': ext = ".jsonl.gz"; break;
    default: break;
  }
  if (ext != nullptr) {
    std::string path = WriteScratch(ext, body);
    inputs.push_back(path);
    r.read = corpus::ReadInputs(inputs, {});
    std::remove(path.c_str());
  } else {
    std::string file = stem + (mode == 'h' ? ".html" : ".txt");
    inputs.push_back(file);
    corpus::ReadWholeFileBytes(file, std::move(body), {}, &r.read);
    if (r.read.records_read != 1) __builtin_trap();
  }
  if (r.read.records_read != r.read.articles.size() + r.read.rejected.size()) __builtin_trap();
  for (const auto& a : r.read.articles)
    if (!corpus::IsValidUtf8(a.raw)) __builtin_trap();
  r.docs = norm->NormalizeAll(std::move(r.read.articles), 1);
  r.read.articles.clear();
  fuzz::CheckJsonl("articles.jsonl", pipeline::ArticlesJsonl(r));
  fuzz::CheckJson("manifest.json", pipeline::ManifestJson(r, inputs, {}, "fuzz"));
  return 0;
}
