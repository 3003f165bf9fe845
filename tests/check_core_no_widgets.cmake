# Fails when a file under CORE_DIR includes a QtWidgets header or a CMake file there links Qt Widgets.
# Run: cmake -DCORE_DIR=... [-DWIDGETS_INCLUDE_DIR=...] [-DOTHER_INCLUDE_DIRS=a|b] -P check_core_no_widgets.cmake
# WIDGETS_INCLUDE_DIR (the installed QtWidgets headers) makes the check complete; the built-in list
# below covers the common classes when it is not given.
cmake_minimum_required(VERSION 3.22)

if(NOT CORE_DIR OR NOT IS_DIRECTORY "${CORE_DIR}")
  message(FATAL_ERROR "check_core_no_widgets: CORE_DIR '${CORE_DIR}' is not a folder")
endif()

set(widget_headers
  QtWidgets QWidget QMainWindow QDialog QApplication QMessageBox QLineEdit QTextEdit QPlainTextEdit
  QLabel QPushButton QToolButton QCheckBox QRadioButton QComboBox QSpinBox QDoubleSpinBox QSlider
  QListView QTreeView QTableView QListWidget QTreeWidget QTableWidget QHeaderView QTabWidget
  QTabBar QStackedWidget QSplitter QScrollArea QFrame QGroupBox QDockWidget QToolBar QMenu QMenuBar
  QStatusBar QFileDialog QColorDialog QFontDialog QInputDialog QProgressDialog QWizard QLayout
  QBoxLayout QVBoxLayout QHBoxLayout QGridLayout QFormLayout QStyle QStyleOption QStyledItemDelegate
  QItemDelegate QAbstractItemView QCompleter QSystemTrayIcon QUndoView QGraphicsView QGraphicsScene
  QSizePolicy QToolTip QWhatsThis QDialogButtonBox QKeySequenceEdit qwidget.h qmainwindow.h
  qdialog.h qapplication.h qmessagebox.h qlineedit.h)

# Every header in the installed QtWidgets folder, minus the few compatibility names that also
# exist in QtCore/QtGui (qaction.h, qundostack.h, ...).
if(WIDGETS_INCLUDE_DIR AND IS_DIRECTORY "${WIDGETS_INCLUDE_DIR}")
  file(GLOB installed RELATIVE "${WIDGETS_INCLUDE_DIR}" "${WIDGETS_INCLUDE_DIR}/*")
  string(REPLACE "|" ";" other_dirs "${OTHER_INCLUDE_DIRS}")
  foreach(name IN LISTS installed)
    set(shared FALSE)
    foreach(dir IN LISTS other_dirs)
      if(EXISTS "${dir}/${name}")
        set(shared TRUE)
      endif()
    endforeach()
    if(NOT shared)
      list(APPEND widget_headers "${name}")
    endif()
  endforeach()
  list(REMOVE_DUPLICATES widget_headers)
endif()

file(GLOB_RECURSE files LIST_DIRECTORIES false "${CORE_DIR}/*")
set(violations "")
set(include_regex "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"]")
foreach(file IN LISTS files)
  file(STRINGS "${file}" includes REGEX "${include_regex}")
  foreach(line IN LISTS includes)
    string(REGEX MATCH "${include_regex}" _ "${line}")
    set(header "${CMAKE_MATCH_1}")
    get_filename_component(name "${header}" NAME)
    set(bad FALSE)
    if(header MATCHES "^QtWidgets(/|$)")
      set(bad TRUE)
    elseif(NOT header MATCHES "/" AND name IN_LIST widget_headers)
      set(bad TRUE)
    endif()
    if(bad)
      file(RELATIVE_PATH rel "${CORE_DIR}" "${file}")
      list(APPEND violations "  ${rel}: #include ${header}")
    endif()
  endforeach()
  # The library itself must not link Qt Widgets either.
  get_filename_component(base "${file}" NAME)
  if(base STREQUAL "CMakeLists.txt" OR base MATCHES "\\.cmake$")
    file(STRINGS "${file}" links REGEX "^[^#]*Qt6?::Widgets")
    foreach(line IN LISTS links)
      file(RELATIVE_PATH rel "${CORE_DIR}" "${file}")
      list(APPEND violations "  ${rel}: links Qt Widgets: ${line}")
    endforeach()
  endif()
endforeach()

list(LENGTH files count)
if(violations)
  string(REPLACE ";" "\n" text "${violations}")
  message(FATAL_ERROR "core/ must not use QtWidgets (see DESIGN.md, Layers):\n${text}")
endif()
message(STATUS "core_has_no_widgets: ${count} files checked, no QtWidgets use")
