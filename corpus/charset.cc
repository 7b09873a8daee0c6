#include "corpus/charset.h"

#include <re2/re2.h>
#include <unicode/ucnv.h>

#include "corpus/utf8.h"

namespace copydesk::corpus {

std::string DeclaredCharset(std::string_view html) {
  static const RE2* re = new RE2(R"((?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+))");
  std::string_view head = html.substr(0, 4096);
  std::string cs;
  if (!RE2::PartialMatch(re2::StringPiece(head.data(), head.size()), *re, &cs)) return "";
  for (char& c : cs) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return cs;
}

std::string DecodeByteOrderMark(std::string* data) {
  if (data->size() >= 3 && data->compare(0, 3, "\xEF\xBB\xBF") == 0) {
    data->erase(0, 3);
    return "";
  }
  if (data->size() < 2 || data->size() > (1u << 29)) return "";
  const unsigned char b0 = static_cast<unsigned char>((*data)[0]);
  const unsigned char b1 = static_cast<unsigned char>((*data)[1]);
  const char* name = b0 == 0xFF && b1 == 0xFE ? "UTF-16LE" : b0 == 0xFE && b1 == 0xFF ? "UTF-16BE" : nullptr;
  if (name == nullptr) return "";
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(name, &err);
  if (U_FAILURE(err)) return "";
  // Each UTF-16 unit becomes at most 3 UTF-8 bytes.
  std::string out((data->size() - 2) / 2 * 3 + 16, '\0');
  UErrorCode err2 = U_ZERO_ERROR;
  int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, conv, out.data(), static_cast<int32_t>(out.size()),
                                 data->data() + 2, static_cast<int32_t>(data->size() - 2), &err2);
  ucnv_close(conv);
  if (U_FAILURE(err2)) return "";
  out.resize(static_cast<size_t>(n));
  data->swap(out);
  return name;
}

Status DecodeDeclaredCharset(std::string* html) {
  std::string cs = DeclaredCharset(*html);
  if (cs.empty() || cs == "utf-8" || cs == "utf8" || IsValidUtf8(*html)) return Status::Ok();
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(cs.c_str(), &err);
  if (U_FAILURE(err)) {
    return DataError("declared charset \"" + cs + "\" is not known to ICU; read as UTF-8");
  }
  std::string out(html->size() * 3 + 16, '\0');
  UErrorCode err2 = U_ZERO_ERROR;
  int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, conv, out.data(), static_cast<int32_t>(out.size()),
                                 html->data(), static_cast<int32_t>(html->size()), &err2);
  ucnv_close(conv);
  if (U_FAILURE(err2)) {
    return DataError("cannot convert from charset \"" + cs + "\": " + u_errorName(err2));
  }
  out.resize(static_cast<size_t>(n));
  html->swap(out);
  return Status::Ok();
}

}  // namespace copydesk::corpus
