//! The key help: one table per focus, `(key, what it does)`, from which the help bar at the
//! bottom of every screen is drawn (as in ratatui's demo2), and the help overlay's tables. A key
//! is written as it is on the keyboard (`Enter`, `←/→`) or, when it is a word, as a catalog key
//! (`tui-keycap-…`); what it does is always a catalog key. Nothing here draws.

use crate::lang::Lang;
use crate::lang::catalog::message;

/// A key help table: (key, catalog key of what it does).
pub type KeyTable = &'static [(&'static str, &'static str)];

/// Choosing a point. The bar leaves entries out from the end when they do not fit, so the keys
/// every respondent needs come first and evidence and confidence (a consultant's) last.
pub const QUESTION: KeyTable = &[
    ("1–9", "tui-key-answer"),
    ("←/→", "tui-key-prev-next"),
    ("↑/↓", "tui-key-highlight"),
    ("Enter", "tui-key-confirm"),
    ("n", "tui-key-na"),
    ("e", "tui-key-note"),
    ("g", "tui-key-go-to"),
    ("r", "tui-key-review"),
    ("v", "tui-key-evidence"),
    ("c", "tui-key-confidence"),
    ("?", "tui-key-help"),
    ("q", "tui-key-save-quit"),
];

/// The allocation editor.
pub const ALLOCATION: KeyTable = &[
    ("↑/↓", "tui-key-part"),
    ("0–9", "tui-key-type-points"),
    ("Backspace", "tui-key-delete"),
    ("Enter", "tui-key-confirm"),
    ("←/→", "tui-key-prev-next"),
    ("n", "tui-key-na"),
    ("e", "tui-key-note"),
    ("g", "tui-key-go-to"),
    ("v", "tui-key-evidence"),
    ("c", "tui-key-confidence"),
    ("?", "tui-key-help"),
    ("q", "tui-key-save-quit"),
];

/// Typing a text answer.
pub const TEXT_TYPING: KeyTable = &[
    ("Enter", "tui-key-save-next"),
    ("Esc", "tui-key-stop-typing"),
    ("←/→", "tui-key-cursor"),
    ("Backspace", "tui-key-delete"),
    ("Ctrl-C", "tui-key-save-quit"),
];

/// A text answer not being typed.
pub const TEXT_IDLE: KeyTable = &[
    ("Enter", "tui-key-type"),
    ("←/→", "tui-key-prev-next"),
    ("n", "tui-key-na"),
    ("e", "tui-key-note"),
    ("g", "tui-key-go-to"),
    ("r", "tui-key-review"),
    ("v", "tui-key-evidence"),
    ("c", "tui-key-confidence"),
    ("?", "tui-key-help"),
    ("q", "tui-key-save-quit"),
];

/// The N/A reason prompt.
pub const NA: KeyTable = &[("Enter", "tui-key-save"), ("Esc", "tui-key-cancel")];

/// The note editor.
pub const NOTE: KeyTable = &[
    ("Ctrl-S", "tui-key-save"),
    ("Enter", "tui-key-new-line"),
    ("Ctrl-U", "tui-key-clear"),
    ("Ctrl-E", "tui-key-editor"),
    ("tui-keycap-arrows", "tui-key-move"),
    ("Esc", "tui-key-close"),
];

/// The note editor asking whether to save the changes.
pub const NOTE_CONFIRM: KeyTable = &[
    ("y/Enter", "tui-key-save"),
    ("n", "tui-key-drop-changes"),
    ("Esc", "tui-key-keep-editing"),
];

/// The evidence overlay's list.
pub const EVIDENCE_LIST: KeyTable = &[
    ("↑/↓", "tui-key-move"),
    ("a/Enter", "tui-key-add"),
    ("d", "tui-key-remove"),
    ("Esc", "tui-key-close"),
];

/// Typing the reference of new evidence.
pub const EVIDENCE_REFERENCE: KeyTable = &[
    ("Enter", "tui-key-evidence-kind"),
    ("←/→", "tui-key-cursor"),
    ("Esc", "tui-key-back"),
];

/// Choosing whether new evidence supports or contradicts the answer.
pub const EVIDENCE_KIND: KeyTable = &[
    ("s", "evidence-supports"),
    ("c", "evidence-contradicts"),
    ("←/→", "tui-key-change"),
    ("Enter", "tui-key-save"),
    ("Esc", "tui-key-back"),
];

/// Asking before deleting a piece of evidence.
pub const EVIDENCE_DELETE: KeyTable =
    &[("y/Enter", "tui-key-delete"), ("n/Esc", "tui-key-keep-it")];

/// The confidence chooser.
pub const CONFIDENCE: KeyTable = &[
    ("1/2/3", "tui-key-levels"),
    ("0", "tui-key-clear"),
    ("↑/↓", "tui-key-highlight"),
    ("Enter", "tui-key-confirm"),
    ("Esc", "tui-key-cancel"),
];

/// Overview and review.
pub const LIST: KeyTable = &[
    ("↑/↓", "tui-key-move"),
    ("0–9", "tui-key-number"),
    ("Enter", "tui-key-go-there"),
    ("PgUp/PgDn", "tui-key-page"),
    ("Esc", "tui-key-close"),
];

/// The report view.
pub const REPORT: KeyTable = &[
    ("↑/↓", "tui-key-scroll"),
    ("PgUp/PgDn", "tui-key-page"),
    ("Home/End", "tui-key-top-bottom"),
    ("o", "tui-key-html"),
    ("Esc", "tui-key-close"),
];

/// The help overlay.
pub const HELP: KeyTable = &[("↑/↓", "tui-key-scroll"), ("Esc/?", "tui-key-close")];

/// The completion screen.
pub const COMPLETE: KeyTable = &[
    ("Enter/v", "tui-key-report"),
    ("o", "tui-key-html"),
    ("g", "tui-key-go-to"),
    ("r", "tui-key-review"),
    ("←", "tui-key-back"),
    ("↑/↓", "tui-key-scroll"),
    ("q", "tui-key-leave"),
];

/// The home screen.
pub const HOME: KeyTable = &[
    ("↑/↓", "tui-key-choose"),
    ("Enter", "tui-key-open"),
    ("n", "tui-key-new-kano"),
    ("q", "tui-key-quit"),
];

/// The interview home screen (inside an engagement).
pub const INTERVIEW: KeyTable = &[
    ("↑/↓", "tui-key-interviewee"),
    ("←/→", "tui-key-instrument"),
    ("Enter", "tui-key-start-resume"),
    ("a", "tui-key-add-interviewee"),
    ("q", "tui-key-quit"),
];

/// The add-an-interviewee form.
pub const MEMBER_FORM: KeyTable = &[
    ("Tab/↑/↓", "tui-key-switch-field"),
    ("←/→", "tui-key-choose"),
    ("tui-keycap-space", "tui-key-tick"),
    ("Enter", "tui-key-add"),
    ("Esc", "tui-key-cancel"),
];

/// The new-session form.
pub const FORM: KeyTable = &[
    ("Tab/↑/↓", "tui-key-switch-field"),
    ("←/→", "tui-key-role"),
    ("Enter", "tui-key-start"),
    ("Esc", "tui-key-cancel"),
];

/// The study builder, on the title.
pub const STUDY_TITLE: KeyTable = &[
    ("Enter/Tab", "tui-key-to-features"),
    ("Ctrl-S", "tui-key-save"),
    ("Esc", "tui-key-back"),
];

/// The study builder, on the feature list.
pub const STUDY_FEATURES: KeyTable = &[
    ("Enter", "tui-key-add"),
    ("↑/↓", "tui-key-select"),
    ("Backspace", "tui-key-edit"),
    ("Del/Ctrl-D", "tui-key-remove"),
    ("Tab", "tui-key-next-field"),
    ("Ctrl-S", "tui-key-save"),
    ("Esc", "tui-key-back"),
];

/// The study builder, on a setting.
pub const STUDY_SETTING: KeyTable = &[
    ("tui-keycap-space-arrows", "tui-key-change"),
    ("Tab/↑/↓", "tui-key-field"),
    ("Ctrl-S", "tui-key-save"),
    ("Esc", "tui-key-back"),
];

/// The study builder's discard question.
pub const STUDY_DISCARD: KeyTable = &[("y", "tui-key-discard"), ("n/Esc", "tui-key-keep-editing")];

/// The study builder's confirmation after saving.
pub const STUDY_SAVED: KeyTable = &[("Enter", "tui-key-answer-now"), ("Esc", "tui-key-home")];

/// The help overlay: every key, under headings (catalog keys).
pub const HELP_TABLES: &[(&str, KeyTable)] = &[
    (
        "tui-help-answering",
        &[
            ("1–9", "tui-help-digit"),
            ("↑/↓  k/j", "tui-help-highlight"),
            ("Enter", "tui-help-enter"),
            ("←/→  h/l", "tui-help-prev-next"),
            ("PgUp/PgDn", "tui-help-page"),
            ("n", "tui-help-na"),
            ("e", "tui-help-note"),
            ("v", "tui-help-evidence"),
            ("c", "tui-help-confidence"),
            ("g", "tui-help-go-to"),
            ("r", "tui-help-review"),
            ("?", "tui-help-help"),
            ("q", "tui-help-quit"),
            ("Ctrl-C", "tui-help-ctrl-c"),
        ],
    ),
    (
        "tui-help-allocation",
        &[
            ("↑/↓", "tui-help-allocation-part"),
            ("0–9  Backspace", "tui-help-allocation-type"),
            ("Enter", "tui-help-allocation-confirm"),
        ],
    ),
    (
        "tui-help-text",
        &[
            ("tui-keycap-letters", "tui-help-text-letters"),
            ("Enter", "tui-help-text-enter"),
            ("Ctrl-S", "tui-help-text-save"),
            ("Esc", "tui-help-text-esc"),
            ("Ctrl-U", "tui-help-text-clear"),
            ("Ctrl-E", "tui-help-text-editor"),
            ("←/→  Home/End", "tui-help-text-cursor"),
        ],
    ),
    (
        "tui-help-evidence-title",
        &[
            ("a/Enter", "tui-help-evidence-add"),
            ("s/c  ←/→", "tui-help-evidence-kind"),
            ("d", "tui-help-evidence-delete"),
            ("1/2/3  0", "tui-help-confidence-levels"),
        ],
    ),
    (
        "tui-help-lists",
        &[
            ("↑/↓  PgUp/PgDn", "tui-help-lists-move"),
            ("0–9", "tui-help-lists-number"),
            ("Enter", "tui-help-lists-go"),
            ("Esc  q", "tui-help-lists-close"),
        ],
    ),
    (
        "tui-help-complete",
        &[
            ("Enter  v", "tui-help-complete-report"),
            ("o", "tui-help-complete-html"),
        ],
    ),
];

/// The help overlay's lines after the tables (catalog keys).
pub const HELP_NOTES: &[&str] = &[
    "tui-help-kano",
    "tui-help-mouse",
    "tui-help-saved",
    "tui-help-exit",
];

/// A key as shown: a catalog word for `tui-keycap-…`, else as written.
pub fn cap(lang: Lang, key: &str) -> String {
    if key.starts_with("tui-keycap-") {
        message(lang, key, None)
    } else {
        key.to_string()
    }
}

/// The entries of `table` in `lang`: (key, what it does).
pub fn entries(lang: Lang, table: KeyTable) -> Vec<(String, String)> {
    table
        .iter()
        .map(|(k, d)| (cap(lang, k), message(lang, d, None)))
        .collect()
}
