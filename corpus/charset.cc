#include "corpus/charset.h"

#include <re2/re2.h>
#include <algorithm>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "corpus/utf8.h"

namespace copydesk::corpus {

std::string DeclaredCharset(std::string_view html) {
  static const RE2* re = new RE2(R"((?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))");
  std::string_view head = html.substr(0, 4096);
  std::string cs;
  // Every match opens with "<meta" (ASCII letters only fold to ASCII), so the leftmost match is
  // the anchored match at the first "<meta" that has one: trying those alone spares the
  // unanchored search its states for every open <meta> at once (3% of a page's time).
  bool found = false;
  for (size_t at = head.find('<'); at != std::string_view::npos && !found; at = head.find('<', at + 1)) {
    if (at + 5 > head.size()) break;
    bool meta = true;
    for (size_t k = 0; k < 4 && meta; ++k) meta = (static_cast<unsigned char>(head[at + 1 + k]) | 0x20) == "meta"[k];
    if (!meta) continue;
    re2::StringPiece rest(head.data() + at, head.size() - at);
    found = RE2::Consume(&rest, *re, &cs);
  }
  if (!found) return "";
  for (char& c : cs) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // A <meta> read as ASCII cannot be in a UTF-16 or UTF-32 document: such a declaration is wrong
  // (HTML's encoding sniffing reads it as UTF-8; only a byte order mark selects UTF-16), and the
  // page is read as one that declares none (UTF-8, or what its bytes say).
  if (cs.starts_with("utf-16") || cs.starts_with("utf16") || cs.starts_with("utf-32") || cs.starts_with("utf32") ||
      cs.starts_with("ucs-2") || cs.starts_with("ucs2") || cs.starts_with("ucs-4") || cs == "unicode")
    return "";
  return cs;
}

namespace {

// Converts `data` (bytes in `charset`, from `skip` on) to UTF-8 with ICU. Returns an error naming
// the charset when ICU does not know it or cannot convert (`data` untouched).
Status ConvertToUtf8(const std::string& charset, std::string* data, size_t skip = 0) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err)) return DataError("charset \"" + charset + "\" is not known to ICU; read as UTF-8");
  // Each input byte (or UTF-16 unit) becomes at most 3 UTF-8 bytes.
  std::string out((data->size() - skip) * 3 + 16, '\0');
  UErrorCode err2 = U_ZERO_ERROR;
  int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, conv, out.data(), static_cast<int32_t>(out.size()),
                                 data->data() + skip, static_cast<int32_t>(data->size() - skip), &err2);
  ucnv_close(conv);
  if (U_FAILURE(err2)) return DataError("cannot convert from charset \"" + charset + "\": " + u_errorName(err2));
  out.resize(static_cast<size_t>(n));
  data->swap(out);
  return Status::Ok();
}

}  // namespace

std::string DecodeByteOrderMark(std::string* data) {
  if (data->size() >= 3 && data->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    data->erase(0, 3);
    return "";
  }
  if (data->size() < 2 || data->size() > (1u << 29)) return "";
  const unsigned char b0 = static_cast<unsigned char>((*data)[0]);
  const unsigned char b1 = static_cast<unsigned char>((*data)[1]);
  const char* name = b0 == 0xFF && b1 == 0xFE ? "UTF-16LE" : b0 == 0xFE && b1 == 0xFF ? "UTF-16BE" : nullptr;
  if (name == nullptr || !ConvertToUtf8(name, data, 2).ok()) return "";
  return name;
}

namespace {

// Returns true when most non-ASCII sequences of `s` are valid UTF-8: a UTF-8 text with a few
// damaged bytes, to be repaired, not re-decoded (which would garble its good characters).
bool MostlyUtf8(std::string_view s) {
  size_t valid = 0, invalid = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t need = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 && c <= 0xDF ? 1 : 0;
    bool ok = need > 0 && i + need < s.size() + 0;
    for (size_t k = 1; ok && k <= need; ++k)
      ok = i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok) {
      ++valid;
      i += need + 1;
    } else {
      ++invalid;
      ++i;
    }
  }
  return valid > 0 && valid >= invalid;
}

}  // namespace

std::string DecodeDetectedCharset(std::string* data, int min_confidence) {
  if (IsValidUtf8(*data) || data->size() > (1u << 29) || MostlyUtf8(*data)) return "";
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return "";
  // The first 64 KiB decide: enough for the detector's statistics, bounded cost.
  ucsdet_setText(det, data->data(), static_cast<int32_t>(std::min<size_t>(data->size(), 1 << 16)), &err);
  ucsdet_enableInputFilter(det, true);  // ignore markup when judging
  const UCharsetMatch* m = ucsdet_detect(det, &err);
  std::string name;
  int32_t confidence = 0;
  if (U_SUCCESS(err) && m != nullptr) {
    const char* n = ucsdet_getName(m, &err);
    confidence = ucsdet_getConfidence(m, &err);
    if (U_SUCCESS(err) && n != nullptr) name = n;
  }
  ucsdet_close(det);
  if (name.empty() || name == "UTF-8" || confidence < min_confidence) return "";
  if (!ConvertToUtf8(name, data).ok()) return "";
  std::string lower = name;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower + " (confidence " + std::to_string(confidence) + "%)";
}

std::string WebCharset(std::string_view label) {
  std::string cs(label);
  for (char& c : cs) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // The labels the WHATWG Encoding Standard reads as a superset (as every browser does): pages
  // that declare Latin-1 or GB2312 are written in windows-1252 or GBK, with their euro signs,
  // curly quotes and extra ideographs.
  struct Map {
    std::string_view to;
    std::initializer_list<std::string_view> labels;
  };
  static const Map kMaps[] = {
      {"windows-1252", {"ansi_x3.4-1968", "ascii", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
                        "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii",
                        "x-cp1252", "cp1252"}},
      {"windows-1254", {"csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
                        "iso_8859-9:1989", "l5", "latin5", "x-cp1254", "cp1254"}},
      {"windows-874", {"dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620"}},
      {"gbk", {"chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "iso-ir-58", "x-gbk"}},
      {"windows-949", {"cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                       "ks_c_5601-1989", "ksc5601", "ksc_5601"}},
      {"windows-31j", {"csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "x-sjis"}},
  };
  for (const Map& m : kMaps)
    for (std::string_view l : m.labels)
      if (cs == l) return std::string(m.to);
  return cs;
}

Status DecodeCharset(std::string_view charset, std::string* data) {
  std::string cs = WebCharset(charset);
  if (cs.empty() || cs == "utf-8" || cs == "utf8" || IsValidUtf8(*data) || data->size() > (1u << 29))
    return Status::Ok();
  return ConvertToUtf8(cs, data);
}

Status DecodeDeclaredCharset(std::string* html) {
  Status s = DecodeCharset(DeclaredCharset(*html), html);
  return s.ok() ? s : DataError("declared " + s.message());
}

}  // namespace copydesk::corpus
