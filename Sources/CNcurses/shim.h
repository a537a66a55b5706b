// Shim for ncursesw: Swift cannot import the C macros and mutable globals of curses.h,
// so each one the backend needs is exposed here as a constant or a small inline function.
#ifndef ZUGONG_CNCURSES_SHIM_H
#define ZUGONG_CNCURSES_SHIM_H

// SwiftPM drops the -D flags pkg-config gives; without this the wide API disappears.
#define NCURSES_WIDECHAR 1
#include <wchar.h>
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <ncursesw/curses.h>

// glibc hides wcwidth unless _XOPEN_SOURCE is set.
extern int wcwidth(wchar_t c);

// Globals (Swift 6 rejects them as not concurrency-safe).
static inline WINDOW *zg_stdscr(void) { return stdscr; }
static inline int zg_lines(void) { return LINES; }
static inline int zg_cols(void) { return COLS; }
static inline int zg_colors(void) { return COLORS; }
static inline int zg_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *zg_stdout(void) { return stdout; }
static inline FILE *zg_stdin(void) { return stdin; }

// The character set of the current LC_CTYPE locale, e.g. "UTF-8" or "ANSI_X3.4-1968".
static inline const char *zg_codeset(void) { return nl_langinfo(CODESET); }

// Attributes.
static inline attr_t zg_a_normal(void) { return A_NORMAL; }
static inline attr_t zg_a_bold(void) { return A_BOLD; }
static inline attr_t zg_a_dim(void) { return A_DIM; }
static inline attr_t zg_a_underline(void) { return A_UNDERLINE; }
static inline attr_t zg_a_reverse(void) { return A_REVERSE; }
static inline attr_t zg_a_italic(void) { return A_ITALIC; }

// Keys and mouse.
static inline int zg_key_f(int n) { return KEY_F(n); }
static inline mmask_t zg_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t zg_report_mouse_position(void) { return REPORT_MOUSE_POSITION; }
static inline mmask_t zg_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t zg_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t zg_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t zg_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t zg_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t zg_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t zg_button5_pressed(void) { return BUTTON5_PRESSED; }

static inline void zg_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }

// Looks a terminal type up in terminfo without starting curses, for `zugong doctor`: 1 when it
// is known, with its colours, colour pairs and whether it reports the mouse (kmous). term.h's
// capability macros stay in this function; nothing else here comes after them.
#include <ncursesw/term.h>
static inline int zg_terminfo(const char *name, int descriptor, int *colors, int *pairs, int *mouse) {
    int error = 0;
    if (setupterm((char *)name, descriptor, &error) != OK) return 0;
    *colors = tigetnum("colors");
    *pairs = tigetnum("pairs");
    char *kmous = tigetstr("kmous");
    *mouse = kmous != NULL && kmous != (char *)-1;
    del_curterm(cur_term);
    return 1;
}

#endif
