# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ctest check that CPack builds the Debian package and that it holds the program, the desktop
# entry, the metainfo and the icon, and declares its library dependencies.
# Run with -DBINARY_DIR=<build dir> -DOUT_DIR=<scratch dir>.
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}" WORKING_DIRECTORY "${BINARY_DIR}" RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${output}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb --contents ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "dpkg-deb cannot read ${debs}")
endif()
foreach(expected usr/bin/lectern usr/share/applications/org.lectern.Lectern.desktop
                 usr/share/metainfo/org.lectern.Lectern.metainfo.xml usr/share/icons/hicolor/scalable/apps/org.lectern.Lectern.svg)
    if(NOT contents MATCHES "${expected}")
        message(FATAL_ERROR "${debs} lacks ${expected}:\n${contents}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb --field ${debs} Depends OUTPUT_VARIABLE depends)
foreach(library libkf6syntaxhighlighting libpoppler-qt6 libboost-serialization libqt6widgets)
    if(NOT depends MATCHES "${library}")
        message(FATAL_ERROR "${debs} does not depend on ${library}: ${depends}")
    endif()
endforeach()
message(STATUS "${debs}: ${depends}")
