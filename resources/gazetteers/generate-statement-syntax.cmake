# SPDX-FileCopyrightText: 2026 The Lectern authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the statement syntax definition and the alias table from Debian's iso-codes and the
# curated lists in this folder. Run at build time (cmake -P) with:
#   -DISO_3166_JSON=/usr/share/iso-codes/json/iso_3166-1.json
#   -DGAZETTEER_DIR=<this folder> -DSYNTAX_TEMPLATE=<lectern-statement.xml.in>
#   -DSYNTAX_OUT=<lectern-statement.xml> -DENTITIES_OUT=<entities.tsv>
#
# Regular expressions are written in bracket arguments ([=[ ... ]=]) so that they reach
# KSyntaxHighlighting (PCRE2 through QRegularExpression) unchanged.

cmake_minimum_required(VERSION 3.25)

foreach(var ISO_3166_JSON ISO_3166_2_JSON ZONE_TAB GAZETTEER_DIR SYNTAX_TEMPLATE SYNTAX_OUT ENTITIES_OUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "generate-statement-syntax.cmake: ${var} is not set")
    endif()
endforeach()

# --- helpers -------------------------------------------------------------------------------

# A name as a regular expression: metacharacters escaped, any run of spaces as \s+, both
# apostrophes accepted.
function(name_to_regex name out)
    string(REGEX REPLACE [=[([.^$|?*+(){}])]=] [=[\\\1]=] re "${name}")
    string(REPLACE " " [=[\s+]=] re "${re}")
    string(REPLACE "’" "'" re "${re}")
    string(REPLACE "'" [=[['’]]=] re "${re}")
    set(${out} "${re}" PARENT_SCOPE)
endfunction()

# Alternatives (regular expressions, in the order they are to be tried) as one alternation
# factored by common prefixes: "United\s+(?:States(?:\s+of\s+America)?|Kingdom)" rather than
# three branches. PCRE2 tries the branches of an alternation one after the other at each
# candidate position, so a list of hundreds of names cost hundreds of comparisons at every
# capital letter; the tree costs a few. A prefix is cut at tokens (\s+, ['’], an escaped
# character, a printable ASCII character); a branch that goes on with another character is kept
# whole. Sibling tokens cannot match the same text, so only one branch can go on at a time, and a
# longer continuation is tried before a shorter one (a name that ends inside the tree makes its
# group optional): with the input longest first, the tree matches what the flat alternation
# matched.
function(prefix_tree alternatives out)
    set(heads "")
    set(ends FALSE)
    set(whole "")
    foreach(alternative IN LISTS alternatives)
        if(alternative STREQUAL "")
            set(ends TRUE)
        elseif(alternative MATCHES [=[^(\\s\+|\['’\]|\\.|[ -~])]=])
            set(head "${CMAKE_MATCH_1}")
            string(LENGTH "${head}" head_length)
            string(SUBSTRING "${alternative}" ${head_length} -1 rest)
            list(FIND heads "${head}" i)
            if(i LESS 0)
                list(LENGTH heads i)
                list(APPEND heads "${head}")
                set(rests_${i} "")
            endif()
            # Quoted, so that an empty rest (a name that ends here) stays in the list.
            set(rests_${i} "${rests_${i}};${rest}")
        else()
            list(APPEND whole "${alternative}")
        endif()
    endforeach()
    set(branches "")
    set(i 0)
    foreach(head IN LISTS heads)
        string(SUBSTRING "${rests_${i}}" 1 -1 rests) # drop the leading separator
        if(rests STREQUAL "")
            list(APPEND branches "${head}")
        else()
            prefix_tree("${rests}" subtree)
            list(APPEND branches "${head}${subtree}")
        endif()
        math(EXPR i "${i} + 1")
    endforeach()
    list(APPEND branches ${whole})
    list(LENGTH branches count)
    list(JOIN branches "|" joined)
    if(ends)
        set(joined "(?:${joined})?")
    elseif(count GREATER 1)
        set(joined "(?:${joined})")
    endif()
    set(${out} "${joined}" PARENT_SCOPE)
endfunction()

# One alternation of names, longest first, that matches only whole words.
function(alternation names out)
    set(keyed "")
    foreach(name IN LISTS names)
        if(name STREQUAL "")
            continue()
        endif()
        string(LENGTH "${name}" len)
        math(EXPR key "1000 - ${len}")
        name_to_regex("${name}" re)
        list(APPEND keyed "${key}:${re}")
    endforeach()
    list(REMOVE_DUPLICATES keyed)
    list(SORT keyed)
    list(TRANSFORM keyed REPLACE "^[0-9]+:" "")
    prefix_tree("${keyed}" tree)
    set(${out} "(?:${tree})(?![\\p{L}\\p{N}])" PARENT_SCOPE)
endfunction()

# A word list of this folder (one entry a line, # comments) as regular expressions, in the
# file's order: each entry as name_to_regex() gives it, with <number> standing for a run of
# digits ("Resolution <number>").
function(read_word_list file out)
    file(STRINGS "${GAZETTEER_DIR}/${file}" lines ENCODING UTF-8)
    list(FILTER lines EXCLUDE REGEX "^#|^$")
    set(expressions "")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        name_to_regex("${line}" re)
        string(REPLACE "<number>" [=[\d+]=] re "${re}")
        list(APPEND expressions "${re}")
    endforeach()
    set(${out} "${expressions}" PARENT_SCOPE)
endfunction()

function(xml_escape text out)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    string(REPLACE "\"" "&quot;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Reads KEY<TAB>Canonical<TAB>alias|alias lines into <prefix>_KEYS, <prefix>_CANONICAL_<i>,
# <prefix>_ALIASES_<i> (a CMake list).
function(read_tsv file prefix)
    file(STRINGS "${file}" lines ENCODING UTF-8)
    set(keys "")
    set(i 0)
    foreach(line IN LISTS lines)
        if(line MATCHES "^#" OR line STREQUAL "")
            continue()
        endif()
        if(NOT line MATCHES "^([^\t]*)\t([^\t]*)\t?([^\t]*)$")
            message(FATAL_ERROR "${file}: malformed line: ${line}")
        endif()
        list(APPEND keys "${CMAKE_MATCH_1}")
        set(${prefix}_CANONICAL_${i} "${CMAKE_MATCH_2}" PARENT_SCOPE)
        string(REPLACE "|" ";" aliases "${CMAKE_MATCH_3}")
        set(${prefix}_ALIASES_${i} "${aliases}" PARENT_SCOPE)
        math(EXPR i "${i} + 1")
    endforeach()
    set(${prefix}_KEYS "${keys}" PARENT_SCOPE)
endfunction()

# A rule tried only where a look-ahead in Entities found that it or a rule next to it matches:
# anchored where the highlighter is (\G). When it does not match there, the empty match after
# that place tells the highlighter to try it again further on; a failed search would rule it out
# for the rest of the line.
function(anchor_at_offset var)
    set(${var} "\\G(?:${${var}})|(?<=\\G[\\s\\S])" PARENT_SCOPE)
endfunction()

# Fills the look-aheads <DURATION_START>, <TITLE_START> and <OFFICE_START> of a rule with the
# characters the rule starts with: ALL of them, the NOT_LOWER_CASE ones for the searches of
# Entities, or only the LOWER_CASE letters that LowerCaseStart tries (see there).
function(starting_with version var)
    foreach(start DURATION TITLE OFFICE)
        if(version STREQUAL "LOWER_CASE")
            set(class "${${start}_LOWER}")
        elseif(version STREQUAL "ALL")
            string(REPLACE "<LOWER>" "${${start}_LOWER}" class "${${start}_START}")
        else()
            string(REPLACE "<LOWER>" "" class "${${start}_START}")
        endif()
        string(REPLACE "<${start}_START>" "(?=[${class}])" ${var} "${${var}}")
    endforeach()
    set(${var} "${${var}}" PARENT_SCOPE)
endfunction()

set(tsv_lines "")
macro(add_entity type canonical aliases)
    set(_names "${canonical}" ${aliases})
    list(REMOVE_DUPLICATES _names)
    list(REMOVE_ITEM _names "")
    list(JOIN _names "|" _joined)
    list(APPEND tsv_lines "${type}\t${canonical}\t${_joined}")
    list(APPEND ${type}_names ${_names})
endmacro()

# --- places: iso-codes + curated -----------------------------------------------------------

read_tsv("${GAZETTEER_DIR}/places.tsv" PLACES)
file(READ "${ISO_3166_JSON}" iso_json)
string(JSON country_count LENGTH "${iso_json}" "3166-1")
math(EXPR last "${country_count} - 1")
set(place_names "")
foreach(i RANGE ${last})
    string(JSON country GET "${iso_json}" "3166-1" ${i})
    string(JSON code GET "${country}" "alpha_2")
    string(JSON name GET "${country}" "name")
    string(JSON official ERROR_VARIABLE no_official GET "${country}" "official_name")
    string(JSON common ERROR_VARIABLE no_common GET "${country}" "common_name")
    set(names "")
    foreach(candidate IN ITEMS "${common}" "${name}" "${official}")
        if(NOT candidate STREQUAL "" AND NOT candidate MATCHES "[,(]" AND NOT candidate MATCHES "-NOTFOUND$")
            list(APPEND names "${candidate}")
        endif()
    endforeach()
    # "Korea, Republic of" reads in running text as "Republic of Korea".
    if(name MATCHES "^([^,]+), ([^,]+ (of|of the))$")
        list(APPEND names "${CMAKE_MATCH_2} ${CMAKE_MATCH_1}")
    elseif(names STREQUAL "")
        list(APPEND names "${name}")
    endif()
    list(FIND PLACES_KEYS "${code}" curated)
    set(canonical "")
    if(curated GREATER_EQUAL 0)
        set(canonical "${PLACES_CANONICAL_${curated}}")
        list(APPEND names ${PLACES_ALIASES_${curated}})
    endif()
    if(canonical STREQUAL "")
        list(GET names 0 canonical)
    endif()
    add_entity(place "${canonical}" "${names}")
    # A marker line: this place is a country ("the country" may refer to it).
    list(APPEND tsv_lines "country\t${canonical}\t")
endforeach()
list(LENGTH PLACES_KEYS n)
math(EXPR n "${n} - 1")
foreach(i RANGE ${n})
    list(GET PLACES_KEYS ${i} key)
    if(key STREQUAL "-")
        add_entity(place "${PLACES_CANONICAL_${i}}" "${PLACES_ALIASES_${i}}")
    endif()
endforeach()

# The first-level subdivisions news names most (states, provinces and territories) from
# iso-codes' ISO 3166-2, and the cities that give the time zones their names (tzdata's
# zone1970.tab, "America/Los_Angeles" -> "Los Angeles").
set(SUBDIVISION_COUNTRIES "US|CA|AU|IN|MX|BR|NG|ZA|PK")
set(SUBDIVISION_TYPES "State|Province|Territory|Union territory|District")
file(STRINGS "${ISO_3166_2_JSON}" subdivision_lines ENCODING UTF-8 REGEX [=["(code|name|type)":]=])
file(STRINGS "${GAZETTEER_DIR}/not-places.txt" not_places ENCODING UTF-8)
list(FILTER not_places EXCLUDE REGEX "^#|^$")
set(code "")
set(name "")
foreach(line IN LISTS subdivision_lines)
    if(line MATCHES [=["code": "([A-Z][A-Z])-]=])
        set(code "${CMAKE_MATCH_1}")
        set(name "")
    elseif(line MATCHES [=["name": "([^"]+)"]=])
        set(name "${CMAKE_MATCH_1}")
    elseif(line MATCHES [=["type": "([^"]+)"]=])
        set(type "${CMAKE_MATCH_1}")
        if(code MATCHES "^(${SUBDIVISION_COUNTRIES})$" AND type MATCHES "^(${SUBDIVISION_TYPES})$"
           AND NOT name MATCHES "[],[*]" AND NOT name IN_LIST not_places)
            add_entity(place "${name}" "")
        endif()
    endif()
endforeach()
file(STRINGS "${ZONE_TAB}" zone_lines ENCODING UTF-8 REGEX "^[A-Z]")
foreach(line IN LISTS zone_lines)
    # Continents' cities only: not Antarctic stations or the county seats that name the zones
    # of Indiana, Kentucky and North Dakota.
    if(NOT line MATCHES "\t(Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)/([A-Za-z_/-]+)")
        continue()
    endif()
    set(zone "${CMAKE_MATCH_2}")
    if(NOT zone MATCHES "^(Indiana|Kentucky|North_Dakota)/")
        string(REGEX REPLACE ".*/" "" city "${zone}")
        string(REPLACE "_" " " city "${city}")
        if(NOT city IN_LIST not_places)
            add_entity(place "${city}" "")
        endif()
    endif()
endforeach()

foreach(kind organization agreement event)
    read_tsv("${GAZETTEER_DIR}/${kind}s.tsv" LIST)
    list(LENGTH LIST_KEYS n)
    math(EXPR n "${n} - 1")
    foreach(i RANGE ${n})
        add_entity(${kind} "${LIST_CANONICAL_${i}}" "${LIST_ALIASES_${i}}")
    endforeach()
endforeach()

# --- patterns -----------------------------------------------------------------------------

# A capitalised word of a name: "Korea", "U.S.", "Indo-Pacific", "U.S.-Republic", "G7", "Leaders’".
# A full stop belongs to a word only in initials ("U.S.", "D.C.") and a few abbreviations ("St.",
# "Inc."); after any other word it ends the sentence, and the name with it: "... said Surgeon
# General Dr. Vivek Murthy.| Office of ..." was one organisation ending at "Office".
# Atomic: what follows a word in the patterns below is a space, or a look-ahead that the whole
# word always satisfies, so giving back its last letters never led to a match; it only cost a
# backtracking step per letter each time a pattern failed.
set(W [=[(?>(?:\p{Lu}(?:\.\p{Lu})+\.?|(?:St|Inc|Ltd|Corp|Co|Jr|Dr|Mr|Mrs|Ms|Mt|Ft)\.|\p{Lu}[\p{L}\p{N}’'&]*)(?:-(?:(?:\p{Lu}\.)+|[\p{L}\p{N}][\p{L}\p{N}’'&]*))*)]=])
# Words of a name joined by spaces and at most one connector: "Science and Technology".
set(SEQ [=[<W>(?:\s+(?:(?:of|and|for|on|the|in|de|du|des|&)\s+)?<W>)*]=])
# Words that start a sentence or a phrase, not a name.
read_word_list(not-a-name-words.txt NOT_A_NAME_WORDS)
prefix_tree("${NOT_A_NAME_WORDS}" not_a_name_tree)
set(NOT_A_NAME "(?!(?:${not_a_name_tree})\\s)")
# Where a name starts: a capital letter that is not inside a word. PCRE2 makes no table of
# first characters for a pattern that starts with a Unicode property such as \p{Lu}, so it
# attempted a match at every character of the line; the look-ahead gives it one (the capitals
# below U+0100, and every character above, which its table cannot tell apart). The look-behind
# drops capitals inside a word ("DPRK"), where the highlighter never tries a rule anyway: the
# last rule of Entities skips whole words.
set(WORD_START [=[(?<![\p{L}\p{N}])]=]) # no letter or digit before
set(NAME_START [=[(?=[A-Z\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{10FFFF}])(?<![\p{L}\p{N}])]=])

# The keywords that end (or, for the heads, start) the names the patterns below find.
foreach(list agreement-keywords event-keywords organization-keywords organization-heads)
    read_word_list(${list}.txt words)
    string(TOUPPER "${list}" var)
    string(REPLACE "-" "_" var "${var}")
    list(JOIN words "|" ${var})
endforeach()
read_word_list(organization-pattern-keywords.txt words)
list(JOIN words "|" words)
string(APPEND ORGANIZATION_KEYWORDS "|${words}")

# Titles of office (titles.txt) and the words that open them (title-openers.txt): the title
# rules below, and where an organisation's name ends before an officer's title.
file(STRINGS "${GAZETTEER_DIR}/titles.txt" title_lines ENCODING UTF-8)
list(FILTER title_lines EXCLUDE REGEX "^#|^$")
foreach(title IN LISTS title_lines)
    if(NOT title MATCHES "^[A-Z]")
        message(FATAL_ERROR "titles.txt: \"${title}\" does not start with a capital A-Z, as TITLE assumes")
    endif()
endforeach()
alternation("${title_lines}" TITLES)
string(REGEX REPLACE [=[\(\?!\[\\p\{L\}\\p\{N\}\]\)$]=] "" TITLES "${TITLES}")
read_word_list(title-openers.txt TITLE_OPENERS)
list(JOIN TITLE_OPENERS "|" openers)
set(AGREEMENT_PATTERN [=[<NAME_START><NOT_A_NAME><SEQ>\s+(?:<KW>)(?:\s+(?:for|on|of|to|between)\s+(?:the\s+)?<W>(?:\s+(?:and\s+)?<W>)*|\s+of\s+[12]\d{3})?(?![\p{L}\p{N}])]=])
set(EVENT_PATTERN [=[<NAME_START><NOT_A_NAME><SEQ>\s+(?:<KW>)(?:\s+(?:I{1,3}|IV|V))?(?![\p{L}\p{N}])]=])
set(MONTHS "January|February|March|April|May|June|July|August|September|October|November|December")
set(DAY_NAMES "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# The name after an organisation's head ("Department of| Energy"): words as in SEQ, but it
# ends where an officer's title follows it without a connector, before a name, "for" or "and": "U.S.
# Department of Energy| Under Secretary for Science ... Dr. Darío Gil", "Department of Justice|
# Attorney General Merrick Garland". Nor does a date join it ("Court of Cassation| on July 8").
# A title right after "of (the)" belongs to the name ("Office
# of the Attorney General", "Office of the Vice President").
set(ORG_TAIL [=[<W>(?:\s+(?:(?:of|and|for|on|the|in|de|du|des|&)\s+(?!(?:<MONTHS>|<DAYS>)(?![\p{L}]))<W>|(?!(?:(?:<OPENERS>)\s+)?(?:<TITLES>)\s+(?:for\s|and\s|\p{Lu}\p{Ll}|Dr\.|Mr\.|Ms\.|Mrs\.))<W>))*]=])
string(REPLACE "<TITLES>" "${TITLES}" ORG_TAIL "${ORG_TAIL}")
string(REPLACE "<OPENERS>" "${openers}" ORG_TAIL "${ORG_TAIL}")
string(REPLACE "<MONTHS>" "${MONTHS}" ORG_TAIL "${ORG_TAIL}")
string(REPLACE "<DAYS>" "${DAY_NAMES}" ORG_TAIL "${ORG_TAIL}")
# An organisation: capitalised words and a keyword ("Biden Administration", "U.S. Department"),
# with the name after the keyword when it is a head ("U.S. Department of Energy"), or a head and
# its name ("Ministry of Foreign Affairs").
set(ORGANIZATION_PATTERN [=[<NAME_START><NOT_A_NAME>(?:<SEQ>\s+(?:<KW>)(?:(?<=<HEADS_BEHIND>)\s+of\s+(?:the\s+)?<ORG_TAIL>)?|(?:<HEADS>)\s+of\s+(?:the\s+)?<ORG_TAIL>)(?![\p{L}\p{N}])]=])
# Where one of the three patterns above matches: their union, with the words of the name read
# once. The tails after a keyword start with a space, so "a keyword and no letter after it" is
# where any of them matches. The highlighter looks ahead with it (ENTITY_NAME, below) and only
# there tries the three patterns, anchored; searching each line for each pattern cost three
# times this search. Only whether it matches counts, not how much, so its keywords can be one
# prefix tree: the search tries them after each word of every run of capitalised words.
set(KEYWORD_NAME [=[<NAME_START><NOT_A_NAME>(?:<SEQ>\s+<KEYWORDS>|(?:<HEADS>)\s+of\s+(?:the\s+)?<ORG_TAIL>)(?![\p{L}\p{N}])]=])
string(REPLACE "|" ";" keywords "${AGREEMENT_KEYWORDS}|${EVENT_KEYWORDS}|${ORGANIZATION_KEYWORDS}")
list(REMOVE_DUPLICATES keywords)
prefix_tree("${keywords}" keyword_tree)
string(REPLACE "<KEYWORDS>" "${keyword_tree}" KEYWORD_NAME "${KEYWORD_NAME}")
foreach(kind AGREEMENT EVENT ORGANIZATION)
    string(REPLACE "<KW>" "${${kind}_KEYWORDS}" ${kind}_PATTERN "${${kind}_PATTERN}")
endforeach()
foreach(rule AGREEMENT_PATTERN EVENT_PATTERN ORGANIZATION_PATTERN KEYWORD_NAME)
    string(REPLACE "<ORG_TAIL>" "${ORG_TAIL}" ${rule} "${${rule}}")
    string(REPLACE "<HEADS>" "${ORGANIZATION_HEADS}" ${rule} "${${rule}}")
    string(REPLACE "<HEADS_BEHIND>" "${ORGANIZATION_HEADS}" ${rule} "${${rule}}")
    string(REPLACE "<NAME_START>" "${NAME_START}" ${rule} "${${rule}}")
    string(REPLACE "<NOT_A_NAME>" "${NOT_A_NAME}" ${rule} "${${rule}}")
    string(REPLACE "<SEQ>" "${SEQ}" ${rule} "${${rule}}")
    string(REPLACE "<W>" "${W}" ${rule} "${${rule}}")
endforeach()
foreach(rule AGREEMENT_PATTERN EVENT_PATTERN ORGANIZATION_PATTERN)
    anchor_at_offset(${rule})
endforeach()

# Dates, as four alternatives that each begin with a distinctive character so that the regular
# expression engine can skip ahead quickly (one rule with a leading look-behind was the slowest
# of the definition): "Monday, May 19, 2023", "May 19, 2023" / "October", "19 May 2023" /
# "2023-05-19", and a year after a preposition ("in 1992", "since 2018", "By 2030") or after a year and a dash ("2000 - 2050"). They are one rule
# (DATE): the highlighter tried four rules in turn, so one alternation matches the same text and
# costs one search of each line instead of four. \d is a Unicode property for KSyntaxHighlighting's
# expressions, which leaves PCRE2 without a table of first characters, so a look-ahead names them.
# A weekday alone names no date ("Friday, July 21, 2017" is a date from "July"), and a date in
# tokenized text has a space before its comma ("July 21 , 2017").
set(MONTH_DATE [=[(?:(?:<MONTHS_NO_MAY>)(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:\s*,?\s+\d{4})?|May(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*,?\s+\d{4})?|\s+\d{4}))]=])
set(DATE_MONTH [=[<MONTH_DATE>(?![\p{L}\p{N}])]=])
set(DATE_NUMERIC [=[(?=[0-9\x{100}-\x{10FFFF}])\d(?:\d?\s+(?:<MONTHS>)(?:\s+\d{4})?|\d{3}-\d{2}-\d{2})(?![\p{L}\p{N}])]=])
set(DATE_YEAR [=[[12](?<=\bin [12]|\bIn [12]|\bsince [12]|\bSince [12]|\bby [12]|\buntil [12]|\bof [12]|\bfrom [12]|\bto [12]|\bbefore [12]|\bafter [12]|\bearly [12]|\blate [12]|\bmid-[12]|\bthe [12]|\bThe [12]|\bBy [12]|\bFrom [12]|\bUntil [12]|\bBefore [12]|\bAfter [12]|\bduring [12]|\bDuring [12]|\bthrough [12]|\bbetween [12]|\bBetween [12]|\d{4}-[12]|\d{4}–[12]|\d{4} - [12]|\d{4} – [12])(?:(?<=1)[89]|(?<=2)0)\d{2}s?(?![\p{L}\p{N}])]=])
string(REPLACE "|May|" "|" MONTHS_NO_MAY "${MONTHS}")
foreach(rule DATE_MONTH DATE_NUMERIC DATE_YEAR)
    string(REPLACE "<MONTH_DATE>" "${MONTH_DATE}" ${rule} "${${rule}}")
    string(REPLACE "<MONTHS_NO_MAY>" "${MONTHS_NO_MAY}" ${rule} "${${rule}}")
    string(REPLACE "<MONTHS>" "${MONTHS}" ${rule} "${${rule}}")
    string(REPLACE "<DAYS>" "${DAY_NAMES}" ${rule} "${${rule}}")
endforeach()
# A span of time with its number: "15 years", "the past 30 days", "8-10 years", "a 20-minute".
# Its lower-case openers are in LOWER_CASE_STARTS; DURATION_START names the characters it can start
# with, DURATION_LOWER those that are lower-case letters (see LowerCaseStart below).
set(DURATION_OPENERS past next last first coming)
set(DURATION_LOWER t)
foreach(opener IN LISTS DURATION_OPENERS)
    string(SUBSTRING "${opener}" 0 1 letter)
    string(APPEND DURATION_LOWER "${letter}")
endforeach()
set(DURATION_START [=[0-9T<LOWER>\x{100}-\x{10FFFF}]=])
set(DATE_DURATION [=[<DURATION_START>(?:(?:[Tt]he\s+)?(?:past|next|last|first|coming)\s+)?\d[\d,.]*(?:\s*[-–]\s*\d[\d,.]*)?(?:\s*-\s*|\s+)(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)(?![\p{L}\p{N}])]=])
# One rule for all dates, the spans of time last: an alternation tries its branches in order at
# each place, as the highlighter tries its rules, and one search of each line costs half of two.
# A date starts a word: the look-behind rejects at once the candidates inside words (the first
# characters of a span of time include t, p, n, l, f and c), where the highlighter never tries
# a rule (see NAME_START).
set(DATE "(?<![\\p{L}\\p{N}])(?:${DATE_MONTH}|${DATE_NUMERIC}|${DATE_YEAR}|${DATE_DURATION})")
# At a lower-case letter only a span of time can start ("the past 30 days").
set(DATE_AT_LOWER_CASE "(?<![\\p{L}\\p{N}])(?:${DATE_DURATION})")

# Titles of office, optionally after a nationality ("South Korean Foreign Minister") and
# followed by a capitalised name. An honorific between them is part of the title phrase, so that
# the name is the person ("Surgeon General Dr.| Vivek Murthy"). The nationality is the whole run of lower-case letters, then a
# look-behind for its ending, rather than "\p{Ll}+(?:an|ese|...)", which backtracked through
# the word to try each ending at each capital letter of the text. As with NAME_START, the
# look-ahead names the characters a title can start with (the openers, a capital).
set(TITLE_LOWER "") # the first letters of the lower-case openers ("former", "then-")
foreach(opener IN LISTS TITLE_OPENERS)
    if(opener MATCHES "^([a-z])")
        string(APPEND TITLE_LOWER "${CMAKE_MATCH_1}")
    endif()
endforeach()
set(TITLE_START [=[A-Z<LOWER>\x{C0}-\x{D6}\x{D8}-\x{DE}\x{100}-\x{10FFFF}]=])
set(TITLE [=[<TITLE_START>(?<![\p{L}\p{N}])(?:(?:<OPENERS>)\s+)?(?:(?:(?:South|North|East|West)\s+)?\p{Lu}\p{Ll}*+(?<=\p{Ll}an|\p{Ll}ese|\p{Ll}ish|\p{Ll}i|\p{Ll}ch)\s+|U\.S\.\s+|UN\s+|U\.N\.\s+|EU\s+)?<TITLES>(?:\s+(?:Dr|Mr|Mrs|Ms|Prof)\.)?(?=\s+\p{Lu}(?:\p{Ll}|\p{Lu}+(?![\p{L}\p{N}])))]=])
string(REPLACE "<TITLES>" "${TITLES}" TITLE "${TITLE}")
string(REPLACE "<OPENERS>" "${openers}" TITLE "${TITLE}")
# A person named by office alone: "the President", "The Home Secretary", "the Prime Minister of
# Japan", "Madam Speaker" (not "the President Biden", which the title rule reads, nor "the
# General Assembly"). "the" is in LOWER_CASE_STARTS.
set(OFFICE_START [=[T<LOWER>M]=])
set(OFFICE_LOWER t)
set(OFFICE_HOLDER [=[<OFFICE_START>(?<![\p{L}\p{N}])(?:[Tt]he|Madam|Madame|Mr\.?)\s+<TITLES>(?![\p{L}\p{N}])(?!\s+\p{Lu}\p{Ll})(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*(?![\p{L}\p{N}]))?]=])
string(REPLACE "<TITLES>" "${TITLES}" OFFICE_HOLDER "${OFFICE_HOLDER}")
# Where an office holder or a title starts: one search of each line for the two rules (the
# title's covers the office holder's first characters), which are then tried there, anchored.
set(OFFICE_OR_TITLE "(?:${OFFICE_HOLDER})|(?:${TITLE})")
set(OFFICE_HOLDER_SEARCHED "${OFFICE_HOLDER}")
set(TITLE_SEARCHED "${TITLE}")
starting_with(NOT_LOWER_CASE OFFICE_HOLDER_SEARCHED)
starting_with(NOT_LOWER_CASE TITLE_SEARCHED)
starting_with(ALL OFFICE_HOLDER)
starting_with(ALL TITLE)
anchor_at_offset(OFFICE_HOLDER)
anchor_at_offset(TITLE)

# A personal name: one to four capitalised words ("Park Jin", "Antony J. Blinken",
# "Jean-Yves Le Drian" is three words with a hyphen), not running into a weekday or a month, and
# not starting with a word of a title that is no surname: "UN Secretary| General’s" is no person
# General, nor "General| Counsel" Counsel (royal and religious titles are surnames too: "Dr. King").
# A word of a name ("McCormick", "Cherfilus-McCormick"), or the name in capitals that the
# Congressional Record and other transcripts print after a title ("Senator WARNOCK", "Mr.
# HICKENLOOPER").
set(NAME_WORD [=[(?:\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{L}\p{Ll}+(?:\p{Lu}\p{Ll}+)?)*|\p{Lu}{2,}(?:-\p{Lu}+)*(?![\p{L}\p{N}]))]=])
set(PERSON_NAME [=[(?!(?:General|Counsel|Assistant|Secretary|Secretary-General|Minister|Director|Deputy|Vice|Chief|Extraordinary|Plenipotentiary|Affairs|Service|Fellow|Adviser|Advisor|Spokesperson|Commissioner|Representative|Envoy|Ambassador|Chairman|Chairwoman|Chairperson|President|Officer)(?![\p{L}]))<NW>(?:\s+(?:\p{Lu}\.\s+)?(?!(?:<MONTHS>|<DAYS>|The|And|In|On|At)(?![\p{L}]))(?:Le\s+|La\s+|de\s+|van\s+|von\s+|bin\s+|al-)?<NW>){0,3}(?![\p{L}\p{N}])]=])
# Nor running into a word no personal name has ("King Hamad| Award for Peaceful Coexistence",
# "former Major| League Baseball player": not-person-words.txt).
read_word_list(not-person-words.txt NOT_PERSON_WORDS)
list(JOIN NOT_PERSON_WORDS "|" NOT_PERSON_WORDS)
string(REPLACE "|The|And|In|On|At)" "|The|And|In|On|At|<NOT_PERSON>)" PERSON_NAME "${PERSON_NAME}")
string(REPLACE "|President|Officer)" "|President|Officer|<NOT_PERSON>)" PERSON_NAME "${PERSON_NAME}")
string(REPLACE "<NOT_PERSON>" "${NOT_PERSON_WORDS}" PERSON_NAME "${PERSON_NAME}")
string(REPLACE "<NW>" "${NAME_WORD}" PERSON_NAME "${PERSON_NAME}")
string(REPLACE "<MONTHS>" "${MONTHS}" PERSON_NAME "${PERSON_NAME}")
string(REPLACE "<DAYS>" "${DAY_NAMES}" PERSON_NAME "${PERSON_NAME}")

# Any other capitalised name: words with a capital (initials, hyphens, "O'Brien", not a
# possessive "'s" or a sentence's full stop), joined by spaces or the particles of names. An
# honorific keeps its full stop, so that the name goes on after it ("National Institutes of
# Health Director Dr. Jay Bhattacharya").
set(NAME_TOKEN [=[(?:(?:Dr|Mr|Mrs|Ms|Prof)\.(?=\s+\p{Lu})|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}(?:[\p{L}\p{N}&]|['’](?=\p{L})(?!s(?![\p{L}])))*(?:-[\p{L}\p{N}]+)*)]=])
read_word_list(name-particles.txt NAME_PARTICLES)
list(JOIN NAME_PARTICLES "|" NAME_PARTICLES)
set(PROPER_NAME [=[<NAME_START><NOT_A_NAME><NT>(?:\s+(?:(?:of\s+the|of|for|on|<PARTICLES>)\s+)?(?!(?:<MONTHS>|<DAYS>)(?![\p{L}]))<NT>)*(?![\p{L}\p{N}])]=])
# PROPER_NAME_SEARCHED: the names that start with other than A-Z (see CapitalStart below).
string(REPLACE "(?=[A-Z" "(?=[" NAME_START_NOT_A_TO_Z "${NAME_START}")
if(NAME_START_NOT_A_TO_Z STREQUAL NAME_START)
    message(FATAL_ERROR "generate-statement-syntax.cmake: NAME_START does not start with (?=[A-Z")
endif()
string(REPLACE "<NAME_START>" "${NAME_START_NOT_A_TO_Z}" PROPER_NAME_SEARCHED "${PROPER_NAME}")
string(REPLACE "<NAME_START>" "${NAME_START}" PROPER_NAME "${PROPER_NAME}")
foreach(rule PROPER_NAME PROPER_NAME_SEARCHED)
    string(REPLACE "<NOT_A_NAME>" "${NOT_A_NAME}" ${rule} "${${rule}}")
    string(REPLACE "<NT>" "${NAME_TOKEN}" ${rule} "${${rule}}")
    string(REPLACE "<PARTICLES>" "${NAME_PARTICLES}" ${rule} "${${rule}}")
    string(REPLACE "<MONTHS>" "${MONTHS}" ${rule} "${${rule}}")
    string(REPLACE "<DAYS>" "${DAY_NAMES}" ${rule} "${${rule}}")
endforeach()

alternation("${place_names}" PLACE_NAMES)
alternation("${organization_names}" ORGANIZATION_NAMES)
alternation("${agreement_names}" AGREEMENT_NAMES)
alternation("${event_names}" EVENT_NAMES)
# The same without the names that start with a lower-case letter ("the State of Palestine",
# "al-Qaeda"), for the searches of Entities (see LowerCaseStart below).
# LowerCaseStart tries those alone ((?!) where there are none).
foreach(kind place organization agreement event)
    string(TOUPPER "${kind}" var)
    set(names ${${kind}_names})
    list(FILTER names EXCLUDE REGEX "^[a-z]")
    alternation("${names}" ${var}_NAMES_SEARCHED)
    set(names ${${kind}_names})
    list(FILTER names INCLUDE REGEX "^[a-z]")
    if(names STREQUAL "")
        set(${var}_NAMES_AT_LOWER_CASE "(?!)")
    else()
        alternation("${names}" ${var}_NAMES_AT_LOWER_CASE)
    endif()
endforeach()
# A known name starts a word: the look-behind rejects at once the capitals inside a word
# ("UNESCO", "DPRK", "McCain"), where the highlighter never tries a rule (see NAME_START).
foreach(names AGREEMENT_NAMES EVENT_NAMES ORGANIZATION_NAMES PLACE_NAMES AGREEMENT_NAMES_SEARCHED EVENT_NAMES_SEARCHED
              ORGANIZATION_NAMES_SEARCHED PLACE_NAMES_SEARCHED AGREEMENT_NAMES_AT_LOWER_CASE EVENT_NAMES_AT_LOWER_CASE
              ORGANIZATION_NAMES_AT_LOWER_CASE PLACE_NAMES_AT_LOWER_CASE)
    string(PREPEND ${names} [=[(?<![\p{L}\p{N}])]=])
endforeach()
# The agreements, events and organisations the gazetteers know are few in a text, and their
# rules follow the keyword patterns in Entities: one search of each line for any of the six
# (ENTITY_NAME), and the six tried, anchored and in their order, where it matches. The places
# are many; trying the six rules before each would cost more than the search saves (measured).
set(ENTITY_NAME "(?:${KEYWORD_NAME})|(?:${AGREEMENT_NAMES})|(?:${EVENT_NAMES})|(?:${ORGANIZATION_NAMES})")
set(ENTITY_NAME_SEARCHED "(?:${KEYWORD_NAME})|(?:${AGREEMENT_NAMES_SEARCHED})|(?:${EVENT_NAMES_SEARCHED})|(?:${ORGANIZATION_NAMES_SEARCHED})")
# The keyword patterns start with a capital.
set(ENTITY_NAME_AT_LOWER_CASE "(?:${AGREEMENT_NAMES_AT_LOWER_CASE})|(?:${EVENT_NAMES_AT_LOWER_CASE})|(?:${ORGANIZATION_NAMES_AT_LOWER_CASE})")
foreach(names AGREEMENT_NAMES EVENT_NAMES ORGANIZATION_NAMES)
    anchor_at_offset(${names})
endforeach()

# The last rule of Entities skips a run of lower-case words in one step, so it must stop before
# a word where some rule can start. The rules that can start with a lower-case letter are a few
# names ("the State of Palestine", "al-Qaeda"), a title after its opener ("former President"),
# an office holder ("the President") and a span of time ("the past 30 days", "last 20 years").
# Each entry says as much of its rule as tells it apart from running text, so that the skip
# goes on over "the" before a word that starts no title ("the United States") and over "there"
# or "lasting": every stop costs a step of the highlighter.
set(lower_case_starts "")
foreach(name IN LISTS place_names organization_names agreement_names event_names title_lines)
    if(name MATCHES "^[a-z]")
        name_to_regex("${name}" re)
        list(APPEND lower_case_starts "${re}")
    endif()
endforeach()
foreach(opener IN LISTS TITLE_OPENERS)
    if(opener MATCHES "^[a-z]")
        name_to_regex("${opener}" re)
        list(APPEND lower_case_starts "${re}\\s")
    endif()
endforeach()
foreach(opener IN LISTS DURATION_OPENERS)
    list(APPEND lower_case_starts "${opener}\\s+\\d" "the\\s+${opener}\\s+\\d")
endforeach()
list(REMOVE_DUPLICATES lower_case_starts)
prefix_tree("${lower_case_starts}" LOWER_CASE_STARTS)
string(APPEND LOWER_CASE_STARTS "|the\\s+${TITLES}") # an office holder, not "the" before any capital

# The last rule of Entities (see there): the rest of the word at hand, then spaces, punctuation,
# lower-case words other than LOWER_CASE_STARTS and apostrophes between a letter and a lower-case
# one ("country’s", "Biden’s"), up to the next place where some rule can start. No rule starts
# with this punctuation; the quote marks, which the contexts of quotes start and end with, are not
# in it, and an apostrophe is skipped only where the nested quotes' rules cannot match (a letter
# before it, a letter after it). Each character where it stopped cost the highlighter a failed
# search and a step, "?" and "’s" most: a tenth of its matches.
set(SKIP_PUNCTUATION [=[,.;:()\-–—/?!*$\[\]#%<>&+_|\\=~`•]=])
set(SKIP_APOSTROPHE [=[(?<=[\p{L}\p{N}])['’](?=[a-z])]=])
set(SKIP [=[(?:[\p{L}\p{N}]+|<APOSTROPHE>|(?=[\s<PUNCTUATION>]))\s*(?:(?:(?!(?:<LOWER_CASE_STARTS>))[a-z][\p{L}\p{N}]*|[<PUNCTUATION>]|<APOSTROPHE>)\s*)*]=])
string(REPLACE "<APOSTROPHE>" "${SKIP_APOSTROPHE}" SKIP "${SKIP}")
string(REPLACE "<PUNCTUATION>" "${SKIP_PUNCTUATION}" SKIP "${SKIP}")
string(REPLACE "<LOWER_CASE_STARTS>" "${LOWER_CASE_STARTS}" SKIP "${SKIP}")

# Where the highlighter stands on one of the letters these rules start with (LOWER_CASE_LETTERS),
# LowerCaseStart tries DATE, ENTITY_NAME, PLACE_NAMES and OFFICE_OR_TITLE there, anchored; the
# searches of Entities (the *_SEARCHED rules) leave out the starts with these letters. A search
# tries its rule at each character that can start it, and t, p, n, l, f, c and a are a fifth of
# the text: with them, the searches for dates and for titles took four times as long. The skip
# rule stops before every lower-case word a rule can start with, so LowerCaseStart is entered
# about as often as such a word occurs (once in 500 characters).
set(LOWER_CASE_LETTERS t) # "the" of an office holder
foreach(start IN LISTS lower_case_starts)
    string(SUBSTRING "${start}" 0 1 letter)
    string(FIND "${LOWER_CASE_LETTERS}" "${letter}" known)
    if(known LESS 0)
        string(APPEND LOWER_CASE_LETTERS "${letter}")
    endif()
endforeach()
string(REGEX REPLACE "." "\\0;" left_out "${DURATION_LOWER}${TITLE_LOWER}${OFFICE_LOWER}")
foreach(letter IN LISTS left_out)
    string(FIND "${LOWER_CASE_LETTERS}" "${letter}" known)
    if(known LESS 0)
        message(FATAL_ERROR "generate-statement-syntax.cmake: a rule starts with \"${letter}\", which LOWER_CASE_STARTS lacks")
    endif()
endforeach()
set(DATE_SEARCHED "${DATE}")
set(OFFICE_OR_TITLE_SEARCHED "${OFFICE_OR_TITLE}")
set(OFFICE_OR_TITLE_AT_LOWER_CASE "${OFFICE_OR_TITLE}")
foreach(rule DATE_SEARCHED OFFICE_OR_TITLE_SEARCHED)
    starting_with(NOT_LOWER_CASE ${rule})
endforeach()
foreach(rule DATE_AT_LOWER_CASE OFFICE_OR_TITLE_AT_LOWER_CASE)
    starting_with(LOWER_CASE ${rule})
endforeach()
foreach(rule DATE_AT_LOWER_CASE ENTITY_NAME_AT_LOWER_CASE PLACE_NAMES_AT_LOWER_CASE OFFICE_OR_TITLE_AT_LOWER_CASE)
    anchor_at_offset(${rule})
endforeach()

# The search of Entities: one for the dates, the names built from a keyword or of the gazetteers,
# the places, the office holders and titles, and the capitalised names that start with other than
# A-Z (NAMED_SEARCHED, then the five tried in the Named context, anchored and in their order;
# CapitalStart tries the names that start with A-Z). Measured with callgrind over the corpus: the
# union of the first four saved 1.5% of the recogniser's instructions, the capitalised names tried
# at a capital 3%, and these in the union 1%. Each rule of the union starts with the same
# look-behind (after the look-ahead for its first characters, if any), which the search then
# evaluates once for all of them at each place (2% more).
set(named "")
foreach(rule DATE_SEARCHED KEYWORD_NAME AGREEMENT_NAMES_SEARCHED EVENT_NAMES_SEARCHED ORGANIZATION_NAMES_SEARCHED
             PLACE_NAMES_SEARCHED OFFICE_HOLDER_SEARCHED TITLE_SEARCHED PROPER_NAME_SEARCHED)
    set(rule_text "${${rule}}")
    string(FIND "${rule_text}" "${WORD_START}" at)
    string(SUBSTRING "${rule_text}" 0 ${at} before)
    if(at LESS 0 OR NOT (at EQUAL 0 OR before MATCHES [=[^\(\?=\[[^]]*\]\)$]=]))
        message(FATAL_ERROR "generate-statement-syntax.cmake: ${rule} does not start with ${WORD_START}")
    endif()
    string(LENGTH "${WORD_START}" length)
    math(EXPR after "${at} + ${length}")
    string(SUBSTRING "${rule_text}" ${after} -1 rest)
    if(named STREQUAL "")
        set(named "(?:${before}${rest})")
    else()
        string(APPEND named "|(?:${before}${rest})") # not a CMake list: the rules may hold a ";"
    endif()
endforeach()
set(NAMED_SEARCHED "${WORD_START}(?:${named})")
foreach(rule DATE ENTITY_NAME PLACE_NAMES OFFICE_OR_TITLE PROPER_NAME)
    set(${rule}_AT_NAMED "${${rule}_SEARCHED}")
    anchor_at_offset(${rule}_AT_NAMED)
endforeach()
# The capitals A-Z that no date starts with (see Named): a date starts with a month, a digit, or
# "The" of a span of time ("The past 30 days"), or another character than A-Z.
set(date_capitals T)
string(REPLACE "|" ";" months "${MONTHS}")
foreach(month IN LISTS months)
    string(SUBSTRING "${month}" 0 1 letter)
    list(APPEND date_capitals "${letter}")
endforeach()
if(NOT DURATION_START STREQUAL [=[0-9T<LOWER>\x{100}-\x{10FFFF}]=])
    message(FATAL_ERROR "generate-statement-syntax.cmake: a span of time starts with other characters; see NOT_DATE_CAPITALS")
endif()
set(NOT_DATE_CAPITALS "")
foreach(letter A B C D E F G H I J K L M N O P Q R S T U V W X Y Z)
    if(NOT letter IN_LIST date_capitals)
        string(APPEND NOT_DATE_CAPITALS "${letter}")
    endif()
endforeach()
set(PROPER_NAME_AT_CAPITAL "${PROPER_NAME}")
anchor_at_offset(PROPER_NAME_AT_CAPITAL)

# --- output --------------------------------------------------------------------------------

file(READ "${SYNTAX_TEMPLATE}" syntax)
foreach(placeholder NAMED_SEARCHED NOT_DATE_CAPITALS DATE_AT_NAMED ENTITY_NAME_AT_NAMED PLACE_NAMES_AT_NAMED OFFICE_OR_TITLE_AT_NAMED
                    AGREEMENT_PATTERN EVENT_PATTERN ORGANIZATION_PATTERN AGREEMENT_NAMES EVENT_NAMES ORGANIZATION_NAMES
                    OFFICE_HOLDER TITLE PERSON_NAME PROPER_NAME_AT_NAMED PROPER_NAME_AT_CAPITAL SKIP
                    LOWER_CASE_LETTERS DATE_AT_LOWER_CASE ENTITY_NAME_AT_LOWER_CASE PLACE_NAMES_AT_LOWER_CASE
                    OFFICE_OR_TITLE_AT_LOWER_CASE)
    xml_escape("${${placeholder}}" escaped)
    string(REPLACE "@${placeholder}@" "${escaped}" syntax "${syntax}")
endforeach()
if(syntax MATCHES "@[A-Z_]+@")
    message(FATAL_ERROR "generate-statement-syntax.cmake: unfilled placeholder ${CMAKE_MATCH_0}")
endif()
file(CONFIGURE OUTPUT "${SYNTAX_OUT}" CONTENT "${syntax}" @ONLY)

list(JOIN tsv_lines "\n" tsv)
file(CONFIGURE OUTPUT "${ENTITIES_OUT}" CONTENT "# type\tcanonical\tnames (generated; see resources/gazetteers)\n${tsv}\n" @ONLY)
