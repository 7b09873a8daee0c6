// The report page: report.html.in with report.css and report.js inlined, generated at build time
// by embed_page.cmake (see CMakeLists.txt). Placeholders @REPORT_NONCE@, @REPORT_INDEX@ and
// @REPORT_DETAILS@ are filled by RenderReport.
#pragma once

#include <string_view>

namespace copydesk::report::internal {

extern const std::string_view kPageTemplate;

}  // namespace copydesk::report::internal
