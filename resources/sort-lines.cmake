# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes the lines of IN to OUT sorted by their bytes (cmake -P -DIN=... -DOUT=...): the English
# word list, so that the recogniser finds it sorted when it first reads it instead of sorting it
# (a tenth of a second, in the first analysis of every run). Lines may not hold ";" or brackets,
# which CMake's lists treat apart; the list has none, and the reader sorts what it finds unsorted.

cmake_minimum_required(VERSION 3.25)

file(READ "${IN}" text)
string(REGEX REPLACE "\n+$" "" text "${text}")
string(REPLACE "\n" ";" lines "${text}")
list(SORT lines COMPARE STRING CASE SENSITIVE)
list(JOIN lines "\n" text)
file(WRITE "${OUT}" "${text}\n")
