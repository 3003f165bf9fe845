# Finds QScintilla built for Qt 6 (no CMake package ships with it). Defines the imported
# target QScintilla::QScintilla. Debian/Ubuntu install libqscintilla2_qt6.so and the headers in
# <qt6 include dir>/Qsci; Fedora, Arch and Homebrew use similar names, searched below too.
# Hints: QSCINTILLA_ROOT (a prefix), or QScintilla_INCLUDE_DIR / QScintilla_LIBRARY directly.

set(_qsci_include_hints "")
set(_qsci_lib_hints "")
if(TARGET Qt6::Core)
  get_target_property(_qsci_qt_includes Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
  foreach(_dir IN LISTS _qsci_qt_includes)
    get_filename_component(_parent "${_dir}" DIRECTORY) # .../qt6/QtCore -> .../qt6
    list(APPEND _qsci_include_hints "${_parent}")
  endforeach()
  get_target_property(_qsci_qt_lib Qt6::Core LOCATION)
  if(_qsci_qt_lib)
    get_filename_component(_qsci_lib_dir "${_qsci_qt_lib}" DIRECTORY)
    list(APPEND _qsci_lib_hints "${_qsci_lib_dir}")
  endif()
endif()

find_path(QScintilla_INCLUDE_DIR
  NAMES Qsci/qsciscintilla.h
  HINTS ${QSCINTILLA_ROOT} ${_qsci_include_hints}
  PATH_SUFFIXES include include/qt6 qt6 include/x86_64-linux-gnu/qt6 include/aarch64-linux-gnu/qt6)
find_library(QScintilla_LIBRARY
  NAMES qscintilla2_qt6 qscintilla2-qt6 qscintilla2
  HINTS ${QSCINTILLA_ROOT} ${_qsci_lib_hints}
  PATH_SUFFIXES lib lib64)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QScintilla
  REQUIRED_VARS QScintilla_LIBRARY QScintilla_INCLUDE_DIR
  REASON_FAILURE_MESSAGE "install libqscintilla2-qt6-dev (Debian/Ubuntu, see scripts/deps.sh), qscintilla-qt6-devel (Fedora), qscintilla-qt6 (Arch) or set QSCINTILLA_ROOT")

if(QScintilla_FOUND AND NOT TARGET QScintilla::QScintilla)
  add_library(QScintilla::QScintilla UNKNOWN IMPORTED)
  set_target_properties(QScintilla::QScintilla PROPERTIES
    IMPORTED_LOCATION "${QScintilla_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QScintilla_INCLUDE_DIR}"
    INTERFACE_COMPILE_DEFINITIONS "QSCINTILLA_DLL"
    INTERFACE_LINK_LIBRARIES "Qt6::Widgets")
endif()
mark_as_advanced(QScintilla_INCLUDE_DIR QScintilla_LIBRARY)
