# OpenCV without its CMake package: Debian ships OpenCVConfig.cmake only in the
# libopencv-dev meta package, which pulls in every module (VTK, contrib, ...). We need four
# modules, so prefer the package when present and otherwise define the same imported
# targets from the per-module -dev packages.
find_package(OpenCV QUIET COMPONENTS ${PIVQ_OPENCV_MODULES})
if(OpenCV_FOUND)
  return()
endif()
find_path(PIVQ_OPENCV_INCLUDE opencv2/core.hpp PATH_SUFFIXES opencv4 REQUIRED)
foreach(mod IN LISTS PIVQ_OPENCV_MODULES)
  find_library(PIVQ_OPENCV_${mod} opencv_${mod} REQUIRED)
  add_library(opencv_${mod} SHARED IMPORTED)
  set_target_properties(opencv_${mod} PROPERTIES
    IMPORTED_LOCATION "${PIVQ_OPENCV_${mod}}"
    INTERFACE_INCLUDE_DIRECTORIES "${PIVQ_OPENCV_INCLUDE}")
endforeach()
message(STATUS "OpenCV modules: ${PIVQ_OPENCV_MODULES} (${PIVQ_OPENCV_INCLUDE})")
