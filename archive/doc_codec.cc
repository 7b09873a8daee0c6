#include "archive/doc_codec.h"

#include <xxhash.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdint>

#include "archive/varint.h"

namespace copydesk::archive {

namespace {

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

std::string EncodeDoc(const normalizers::NormalizedArticle& doc, int level, uint64_t* content_hash) {
  const corpus::Article& a = doc.article;
  std::string raw;
  raw.reserve(doc.text.size() + 512);
  raw.push_back(static_cast<char>(kDocFormat));
  for (const std::string* s : {&a.id, &a.source, &a.url, &a.title, &a.published, &a.crawled,
                               &a.byline, &a.dateline, &a.credit})
    PutString(*s, &raw);
  // Where the article was read (file, line, offset, length) is kept but is no part of the content
  // hash: the same article read from another file or line is unchanged (session 30; before, a
  // rolling feed's re-add "replaced" it and reset an undated article's time).
  const size_t origin_begin = raw.size();
  PutString(a.origin.file, &raw);
  PutVarint(static_cast<uint64_t>(a.format), &raw);
  const size_t format_end = raw.size();
  PutVarint(a.origin.line, &raw);
  PutVarint(a.origin.offset, &raw);
  PutVarint(a.origin.length, &raw);
  const size_t origin_end = raw.size();
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
  if (content_hash != nullptr) {
    struct HashState {  // one per thread, freed with it
      XXH3_state_t* s = XXH3_createState();
      ~HashState() { XXH3_freeState(s); }
    };
    thread_local HashState state;
    XXH3_64bits_reset(state.s);
    XXH3_64bits_update(state.s, raw.data(), origin_begin);
    XXH3_64bits_update(state.s, raw.data() + format_end - 1, 1);  // the format (one byte: text, html, jsonl)
    XXH3_64bits_update(state.s, raw.data() + origin_end, raw.size() - origin_end);
    *content_hash = XXH3_64bits_digest(state.s);
  }
  // Compressed: the raw size (to size the output buffer), then one Zstandard frame.
  // One compression context per thread, reused: creating one per article would allocate
  // and clear its tables every time.
  struct Compressor {
    ZSTD_CCtx* c = ZSTD_createCCtx();
    ~Compressor() { ZSTD_freeCCtx(c); }
  };
  thread_local Compressor z;
  std::string out;
  PutVarint(raw.size(), &out);
  const size_t head = out.size();
  out.resize(head + ZSTD_compressBound(raw.size()));
  const size_t n = ZSTD_compressCCtx(z.c, out.data() + head, out.size() - head, raw.data(), raw.size(), level);
  // With a buffer of ZSTD_compressBound bytes compression cannot fail (levels out of range
  // are clamped by zstd).
  out.resize(head + (ZSTD_isError(n) ? 0 : n));
  return out;
}

Result<normalizers::NormalizedArticle> DecodeDoc(std::string_view blob,
                                                 const normalizers::UnicodeNormalizer& unicode) {
  Cursor head{blob};
  const uint64_t raw_size = head.Varint();
  if (head.bad || raw_size > (uint64_t{1} << 32))
    return DataError("archived article: damaged header");
  const std::string_view body = head.in;
  const bool zstd = body.size() >= 4 && static_cast<unsigned char>(body[0]) == 0x28 &&
                    static_cast<unsigned char>(body[1]) == 0xB5 && static_cast<unsigned char>(body[2]) == 0x2F &&
                    static_cast<unsigned char>(body[3]) == 0xFD;
  // The size in the header must be the data's before anything is allocated for it: a Zstandard
  // frame states its own (ours always do), and deflate makes at most 1032 bytes of one.
  if (zstd ? ZSTD_getFrameContentSize(body.data(), body.size()) != raw_size
           : raw_size > uint64_t{body.size()} * 1032 + 64)
    return DataError("archived article: damaged header (its size does not match its data)");
  std::string raw(raw_size, '\0');
  if (zstd) {
    // A Zstandard frame (its magic number, little-endian).
    const size_t n = ZSTD_decompress(raw.data(), raw.size(), body.data(), body.size());
    if (ZSTD_isError(n) || n != raw_size) return DataError("archived article: damaged compressed data");
  } else {
    // A zlib stream: articles archived before the switch to Zstandard stay readable.
    uLongf len = raw_size;
    if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &len, reinterpret_cast<const Bytef*>(body.data()),
                   body.size()) != Z_OK ||
        len != raw_size)
      return DataError("archived article: damaged compressed data");
  }
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
  // A paragraph may keep its input's characters (curly quotes, fullwidth letters, a minus
  // sign): its normalized form, which comparisons and claims read, is rebuilt, and so are its
  // comparison form and, when any paragraph differs from its normalized form, `normalized` and
  // its map into `text`, as the Normalizer builds them (one run per change of shift).
  std::vector<std::string> forms(a.paragraphs.size());
  std::vector<std::vector<uint32_t>> offsets(a.paragraphs.size());
  bool page_characters = false;
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    forms[i] = unicode.Normalize(a.paragraphs[i], &offsets[i]);
    page_characters = page_characters || forms[i] != a.paragraphs[i];
  }
  auto map = [&](uint32_t n, uint32_t t) { doc.MapNormalized(n, t); };
  for (size_t i = 0; i < a.paragraphs.size(); ++i) {
    if (i > 0) {
      doc.text += "\n\n";
      doc.folded += "\n\n";
      if (page_characters) {
        doc.normalized += "\n\n";
        map(static_cast<uint32_t>(doc.normalized.size() - 2), static_cast<uint32_t>(doc.text.size() - 2));
      }
    }
    const auto base = static_cast<uint32_t>(doc.text.size());
    doc.text += a.paragraphs[i];
    if (page_characters) {
      const auto n0 = static_cast<uint32_t>(doc.normalized.size());
      doc.normalized += forms[i];
      if (forms[i] == a.paragraphs[i] || offsets[i].size() != forms[i].size()) {
        if (!forms[i].empty()) map(n0, base);
      } else {
        for (size_t k = 0; k < forms[i].size(); ++k) map(n0 + static_cast<uint32_t>(k), base + offsets[i][k]);
      }
    }
    doc.folded += unicode.Fold(forms[i]);
  }
  return doc;
}

}  // namespace copydesk::archive
