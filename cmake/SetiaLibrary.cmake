# setia_library(NAME FOLDERS folder... SOURCES file...)
#
# Makes the static library setia_NAME (alias Setia::NAME) from SOURCES, given relative to the
# calling folder, whose code lives in FOLDERS of it. Its headers are included as
# "folder/Header.h" through an include root of its own — a folder in the build tree holding
# one link per folder — so only a target that links the library can include its headers: a
# ui/ file that includes a store's header, or a service header that includes a widget, does
# not build. The link decides what may depend on what; the compiler checks it.
function(setia_library name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "FOLDERS;SOURCES")
    set(target setia_${name})
    add_library(${target} STATIC ${arg_SOURCES})
    add_library(Setia::${name} ALIAS ${target})
    set(root ${PROJECT_BINARY_DIR}/include/${target})
    file(MAKE_DIRECTORY ${root})
    foreach(folder IN LISTS arg_FOLDERS)
        file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR}/${folder} ${root}/${folder} SYMBOLIC)
    endforeach()
    target_include_directories(${target} PUBLIC ${root})
endfunction()
