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
