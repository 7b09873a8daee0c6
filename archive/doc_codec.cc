#include "archive/doc_codec.h"

#include <xxhash.h>
#include <zlib.h>

#include <cstdint>

namespace copydesk::archive {

namespace {

void PutVarint(uint64_t v, std::string* out) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string_view s, std::string* out) {
  PutVarint(s.size(), out);
  out->append(s);
}

// Reads the fields EncodeDoc wrote; any overrun sets `bad`.
struct Cursor {
  std::string_view in;
  bool bad = false;
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in.empty()) break;
      const auto b = static_cast<unsigned char>(in.front());
      in.remove_prefix(1);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    bad = true;
    return 0;
  }
  std::string String() {
    const uint64_t n = Varint();
    if (bad || n > in.size()) {
      bad = true;
      return {};
    }
    std::string s(in.substr(0, n));
    in.remove_prefix(n);
    return s;
  }
};

}  // namespace

std::string EncodeDoc(const normalizers::NormalizedArticle& doc, int zlib_level, uint64_t* content_hash) {
  const corpus::Article& a = doc.article;
  std::string raw;
  raw.reserve(doc.text.size() + 512);
  raw.push_back(static_cast<char>(kDocFormat));
  for (const std::string* s : {&a.id, &a.source, &a.url, &a.title, &a.published, &a.crawled,
                               &a.byline, &a.dateline, &a.credit, &a.origin.file})
    PutString(*s, &raw);
  PutVarint(static_cast<uint64_t>(a.format), &raw);
  PutVarint(a.origin.line, &raw);
  PutVarint(a.origin.offset, &raw);
  PutVarint(a.origin.length, &raw);
  PutVarint(a.repaired_bytes, &raw);
  PutVarint(doc.was_wrapped ? 1 : 0, &raw);
  PutVarint(a.extra.size(), &raw);
  for (const auto& [k, v] : a.extra) {
    PutString(k, &raw);
    PutString(v, &raw);
  }
  PutVarint(a.paragraphs.size(), &raw);
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    PutVarint(i < doc.kinds.size() ? static_cast<uint64_t>(doc.kinds[i]) : 0, &raw);
    PutString(a.paragraphs[i], &raw);
  }
  PutVarint(doc.removed.size(), &raw);
  for (const auto& r : doc.removed) {
    PutString(r.text, &raw);
    PutString(r.reason, &raw);
  }
  if (content_hash != nullptr) *content_hash = XXH3_64bits(raw.data(), raw.size());
  // Compressed: the raw size (to size the output buffer), then the zlib stream.
  std::string out;
  PutVarint(raw.size(), &out);
  const size_t head = out.size();
  // One deflate state per thread, reset between articles: compress2 would allocate and clear
  // ~256 KB of state per call, a third of the cost of compressing a 4 KB article.
  struct Deflater {
    z_stream z{};
    int level = -1;
    ~Deflater() {
      if (level >= 0) deflateEnd(&z);
    }
  };
  thread_local Deflater d;
  if (d.level != zlib_level) {
    if (d.level >= 0) deflateEnd(&d.z);
    d.z = z_stream{};
    deflateInit(&d.z, zlib_level);
    d.level = zlib_level;
  } else {
    deflateReset(&d.z);
  }
  const uLong bound = deflateBound(&d.z, raw.size());
  out.resize(head + bound);
  d.z.next_in = reinterpret_cast<Bytef*>(raw.data());
  d.z.avail_in = static_cast<uInt>(raw.size());
  d.z.next_out = reinterpret_cast<Bytef*>(out.data() + head);
  d.z.avail_out = static_cast<uInt>(bound);
  deflate(&d.z, Z_FINISH);
  out.resize(head + d.z.total_out);
  return out;
}

Result<normalizers::NormalizedArticle> DecodeDoc(std::string_view blob,
                                                 const normalizers::UnicodeNormalizer& unicode) {
  Cursor head{blob};
  const uint64_t raw_size = head.Varint();
  if (head.bad || raw_size > (uint64_t{1} << 32))
    return DataError("archived article: damaged header");
  std::string raw(raw_size, '\0');
  uLongf len = raw_size;
  if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &len,
                 reinterpret_cast<const Bytef*>(head.in.data()), head.in.size()) != Z_OK ||
      len != raw_size)
    return DataError("archived article: damaged compressed data");
  if (raw.empty() || static_cast<unsigned char>(raw[0]) != kDocFormat)
    return DataError("archived article: unknown format " +
                     std::to_string(raw.empty() ? 0 : static_cast<unsigned char>(raw[0])) +
                     " (written by a newer copydesk?)");
  Cursor c{std::string_view(raw).substr(1)};
  normalizers::NormalizedArticle doc;
  corpus::Article& a = doc.article;
  for (std::string* s : {&a.id, &a.source, &a.url, &a.title, &a.published, &a.crawled, &a.byline,
                         &a.dateline, &a.credit, &a.origin.file})
    *s = c.String();
  a.format = static_cast<corpus::Format>(c.Varint() % 3);
  a.origin.line = c.Varint();
  a.origin.offset = c.Varint();
  a.origin.length = c.Varint();
  a.repaired_bytes = c.Varint();
  doc.was_wrapped = c.Varint() != 0;
  const uint64_t extra = c.Varint();
  for (uint64_t i = 0; i < extra && !c.bad; ++i) {
    std::string k = c.String();
    a.extra.emplace_back(std::move(k), c.String());
  }
  const uint64_t paragraphs = c.Varint();
  for (uint64_t i = 0; i < paragraphs && !c.bad; ++i) {
    doc.kinds.push_back(static_cast<normalizers::BlockKind>(c.Varint() % 3));
    a.paragraphs.push_back(c.String());
  }
  const uint64_t removed = c.Varint();
  for (uint64_t i = 0; i < removed && !c.bad; ++i) {
    std::string t = c.String();
    doc.removed.push_back({std::move(t), c.String()});
  }
  if (c.bad) return DataError("archived article: truncated record");
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    if (i > 0) {
      doc.text += "\n\n";
      doc.folded += "\n\n";
    }
    doc.text += a.paragraphs[i];
    doc.folded += unicode.Fold(a.paragraphs[i]);
  }
  return doc;
}

}  // namespace copydesk::archive
