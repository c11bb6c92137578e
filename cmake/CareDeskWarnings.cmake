# Warnings and sanitizers shared by every CareDesk target.
add_library(caredesk_warnings INTERFACE)
target_compile_options(caredesk_warnings INTERFACE
    -Wall -Wextra -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
# -Wnull-dereference is left out: at -O2 it fires inside Qt headers (QPointer).
if(CAREDESK_WERROR)
    target_compile_options(caredesk_warnings INTERFACE -Werror)
endif()

if(CAREDESK_SANITIZE)
    string(REPLACE ";" "," _caredesk_san "${CAREDESK_SANITIZE}")
    add_compile_options(-fsanitize=${_caredesk_san} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${_caredesk_san})
endif()

# The engine must stay free of Gui and Widgets: fail the configure step if a
# target in engine/ links either of them (directly).
function(caredesk_forbid_gui target)
    get_target_property(_libs ${target} LINK_LIBRARIES)
    foreach(_lib IN LISTS _libs)
        if(_lib MATCHES "Qt6?::(Gui|Widgets)")
            message(FATAL_ERROR "${target} links ${_lib}: the engine must not use Qt Gui or Widgets")
        endif()
    endforeach()
endfunction()
