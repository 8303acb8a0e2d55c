## The home screen, its new-assessment form, and the Kano study builder.

tui-home-title = cxassess · customer-experience assessment
tui-home-start = Start an assessment
tui-home-resume = Continue a session
tui-home-results = Completed results
tui-home-none = none yet
tui-questions = { $n ->
    [one] { $n } question
   *[other] { $n } questions
}
tui-progress = { $answered }/{ $total } answers
tui-unreadable = unreadable: { $path }
tui-data-dir = Sessions are kept in { $dir }
tui-open-failed = Could not open it: { $error }
tui-form-title = New assessment: { $title }
tui-form-name = Your name or code
tui-form-role = Role
tui-form-other = other:
tui-form-org = Organisation assessed (optional)
tui-form-period = Period, e.g. 2026-Q4:
tui-form-date = Date, YYYY-MM-DD:
tui-form-bad-date = Write the date as YYYY-MM-DD, e.g. 2026-11-20, or leave it empty
tui-form-need-name = Type a name or a code first (a code such as R17 keeps answers anonymous)
tui-home-custom = Your instruments
tui-home-new-kano = + New Kano study…
tui-home-new-kano-right = type your features
tui-home-new-kano-hint = Type a title and your features: the questions are written for you in English and Chinese, and the study is saved as an instrument file in { $dir }.
tui-home-custom-unreadable = unreadable

tui-study-title = cxassess · New Kano study
tui-study-count = { $n ->
    [one] 1 feature
   *[other] { $n } features
}
tui-study-title-label = Study title (English | 中文, or one name for both)
tui-study-title-placeholder = e.g. Online service features | 线上服务功能
tui-study-features-label = Features ({ $n } of at most { $max }): English | 中文, or one name
tui-study-feature-placeholder = type a feature, Enter adds it
tui-study-no-features = no features yet
tui-study-importance = Ask importance (1–9)
tui-study-yes = yes
tui-study-no = no
tui-study-table = Evaluation table
tui-study-table-standard = standard
tui-study-table-pouliot = Pouliot
tui-study-preview = Preview · { $name }
tui-study-preview-empty = Preview: type a feature to see its two questions
tui-study-importance-scale = { $question } (1–9)
tui-study-file = Ctrl-S saves it as { $path }
tui-study-discard-title = Discard this study?
tui-study-discard-prompt = What you typed is not saved. y discards it; n goes back to editing.
tui-study-saved = { $n ->
    [one] ✔ Saved “{ $title }”: 1 feature, checked and ready to answer.
   *[other] ✔ Saved “{ $title }”: { $n } features, checked and ready to answer.
}
tui-study-saved-file = File
tui-study-saved-commands = Check it and answer it from a shell
tui-study-saved-listed = It is listed on the home screen under “Your instruments”.
tui-study-saved-edit = Edit the file to change any wording or add help texts, then check it with validate; `cxassess template kano` shows a complete example. Once answers are collected, raise `version` when you change a question.
tui-study-duplicate = “{ $name }” is already in the list
tui-study-save-failed = Not saved: { $error }
tui-study-no-title = The study has no title: type one, e.g. "Online service features | 线上服务功能"
tui-study-no-feature = The study has no features: add at least one feature name
tui-study-too-many = { $count } features are too many: a study has at most { $max }; split it into two studies
tui-study-empty-feature = Feature { $position } has no name: type a name or remove it
tui-study-title-too-long = The title is longer than { $max } characters: shorten it (details belong in a help text)
tui-study-feature-too-long = Feature { $position } is longer than { $max } characters: shorten it (details belong in a help text)
tui-home-more = Enter shows it all
