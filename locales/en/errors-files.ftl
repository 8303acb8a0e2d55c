# Why a file or folder could not be read or written (error.rs). Shown after the file's name and a
# colon, e.g. "answers.yaml: No such file or directory (os error 2)". $code is the system's error
# number.

# yes: the system's own description of the error is shown as it is (it is in English), and the
# err-io-… messages below are not used; a translation says no and translates them.
err-io-system-words = yes

err-io-not-found = No such file or directory (os error { $code })
err-io-permission-denied = Permission denied (os error { $code })
err-io-already-exists = File exists (os error { $code })
err-io-storage-full = No space left on device (os error { $code })
err-io-is-a-directory = Is a directory (os error { $code })
err-io-not-a-directory = Not a directory (os error { $code })
err-io-read-only = Read-only file system (os error { $code })
err-io-directory-not-empty = Directory not empty (os error { $code })
err-io-busy = Device or resource busy (os error { $code })
err-io-crosses-devices = Invalid cross-device link (os error { $code })

## Reading a YAML file (yaml.rs, yaml/bounds.rs). $what is the kind of file, one of the
## err-file-kind-… messages below, with its article.

err-file-kind-instrument = an instrument file
err-file-kind-results = a results file
err-file-kind-answers = an answers file
err-file-kind-engagement = an engagement file
err-file-kind-instrument-or-results = an instrument or results file
# $size and $limit are in bytes.
err-file-too-big = the file is { $size } bytes; { $what } is at most { $limit } bytes
err-file-too-big-fix = check that this is the right file
err-file-not-regular = this is not a regular file, so it is not read as { $what }
err-file-not-regular-fix = give the path of the file itself
err-file-not-utf8 = the file is not UTF-8 text
err-file-not-utf8-fix = save it as UTF-8
err-yaml-too-deep = the document nests more than { $depth } levels deep here
err-yaml-too-deep-fix = cxassess files nest a few levels deep: check that this is the right file, and close the brackets that were opened
# Fixes for the errors of the YAML reader, whose own message (English) is shown before them.
err-yaml-unknown-field-fix = remove the field or correct its spelling (the message lists the fields allowed here)
err-yaml-missing-field-fix = add the missing field
err-yaml-aliases-fix = remove the YAML aliases (*name) that expand the document; write the values out
err-yaml-invalid-type-fix = give a value of the type the message names
err-yaml-duplicate-fix = keep only one entry for the key
# $described_in names a document and its section, e.g. "docs/instrument-format.md".
err-yaml-syntax-fix = check the YAML syntax around this place; { $what } is described in { $described_in }
err-yaml-alias-unknown = an alias (*name) names no anchor (&name) before it
err-yaml-alias-unknown-fix = write the value out
err-yaml-aliases = repetition limit exceeded: the YAML aliases (*name) expand the document past what a results file holds
err-yaml-ends-early = the document ends where a value was expected
err-yaml-ends-early-fix = check the YAML syntax around this place

## The data folder, saving and locking results files (response/folders.rs, save.rs, atomic.rs,
## store.rs, store/index.rs, lock.rs).

err-files-no-home = no home folder was found for the data folder; set CXASSESS_DATA_DIR to a folder
# $held and $held_version: the instrument the file holds results for; $id and $version: the one given.
err-files-other-results = { $path } holds results for { $held } v{ $held_version }, not { $id } v{ $version }: choose another --out
err-files-link-loop = too many levels of symbolic links
err-files-instrument-names = { $dir } holds a thousand files named after '{ $id }': move some away, or choose another title
err-files-session-names = { $dir } holds ten thousand sessions named '{ $base }': move some away
# Why a file of the data folder is listed as unreadable. $reason is the system's.
err-files-no-details = its details could not be read: { $reason }
err-files-symlink = it is a symbolic link; links in the data folder are not followed
err-files-not-regular = it is not a regular file
# Who holds a results file. $task is session (a respondent answering it) or write (a process
# saving it); $named is yes when $respondent is given; $since is a UTC time.
err-lock-holder = { $task ->
    [session] being answered in another cxassess session
   *[other] being written by another cxassess process
} (process { $pid } on { $host }{ $named ->
    [yes] , respondent '{ $respondent }'
   *[other] {""}
}, since { $since })
# $holder is err-lock-holder.
err-lock-session = the file is { $holder }
err-lock-session-fix = let that session finish (or quit it with q), then try again; or choose another --out
err-lock-writer = the file is { $holder } and stayed locked for { $seconds } s
err-lock-unknown = the file is in use by another cxassess process and stayed locked for { $seconds } s
err-lock-wait-fix = try again when that process has finished

## The YAML reader's usual messages (yaml/serde_words.rs); its other messages are shown as it
## writes them (in English). $field and the names listed are field names, already in backticks
## where shown so.

# $path is where in the document, e.g. sections[0].questions[1].text.
err-yaml-at-path = { $path }: { $what }
err-yaml-missing-field = missing field `{ $field }`
err-yaml-duplicate-field = duplicate field `{ $field }`
err-yaml-unknown-field-none = unknown field `{ $field }`, there are no fields
# $fields lists the fields allowed, each in backticks.
err-yaml-unknown-field-one-of = unknown field `{ $field }`, expected one of { $fields }
err-yaml-unknown-field-either = unknown field `{ $field }`, expected `{ $first }` or `{ $second }`
err-yaml-unknown-field-only = unknown field `{ $field }`, expected `{ $expected }`
