# Run at every build (cmake -P): writes OUT, a C++ file returning the source tree's commit
# (git describe, "-dirty" with uncommitted changes, "unknown" outside a git checkout), and
# touches it only when that changes, so an unchanged tree rebuilds nothing.
execute_process(COMMAND git describe --always --dirty --abbrev=12
                WORKING_DIRECTORY "${SRC}" OUTPUT_VARIABLE commit RESULT_VARIABLE rc
                OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
if(NOT rc EQUAL 0 OR commit STREQUAL "")
  set(commit unknown)
endif()
set(text "// Generated at build time by cmake/PivqBuildInfo.cmake; do not edit.
#include \"engine/service/build_info.h\"

const char* pivq::service::gitCommit()
{
    return \"${commit}\";
}
")
set(old "")
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUT}" "${text}")
endif()
