## Words of the command line's own output (`list`).

list-questions = questions
list-version = version
list-title = title
list-builtins = Built-in instruments
list-no-sessions = No saved sessions in { $dir }
list-sessions = Saved sessions in { $dir }
list-complete = complete
list-unreadable = unreadable: { $path }: { $error }
