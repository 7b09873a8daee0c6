// Doc codec: a normalized article as the archive stores it — one compressed byte string
// (Zstandard; zlib in archives written before, still read) — and back.
//
//   std::string blob = archive::EncodeDoc(doc, /*level=*/1);
//   Result<normalizers::NormalizedArticle> back = archive::DecodeDoc(blob, unicode);
//   // back.value().text == doc.text, .folded == doc.folded, .normalized == doc.normalized, ...
//
// What is kept: every field of corpus::Article but `raw` (the input is not needed past
// normalization), the paragraphs and their kinds, the removals, was_wrapped. `text` is the
// paragraphs joined by a blank line and `folded` the Unicode step's Fold of each paragraph
// joined the same way, as the Normalizer builds them, so both are rebuilt, not stored; so are
// `normalized` and `normalized_to_text` (the Unicode step's form of each paragraph that keeps
// its page's characters, which claims and reports read). `source_map` is not kept. Layout
// (before compression): the byte kDocFormat, then each field as a LEB128 length (or value) and
// its bytes, in the order EncodeDoc writes them.
#pragma once

#include <string>
#include <string_view>

#include "corpus/status.h"
#include "normalizers/normalize.h"
#include "normalizers/unicode.h"

namespace copydesk::archive {

inline constexpr unsigned char kDocFormat = 1;

// Returns `doc` serialized and compressed with Zstandard at `level` (1 fast .. 19 small); sets
// `content_hash` (when given) to XXH3-64 of the serialized bytes (what "changed" compares).
std::string EncodeDoc(const normalizers::NormalizedArticle& doc, int level,
                      uint64_t* content_hash = nullptr);

// Returns the article `blob` holds, `text` and `folded` rebuilt; a data error when the blob
// is damaged or of an unknown format.
Result<normalizers::NormalizedArticle> DecodeDoc(std::string_view blob,
                                                 const normalizers::UnicodeNormalizer& unicode);

}  // namespace copydesk::archive
