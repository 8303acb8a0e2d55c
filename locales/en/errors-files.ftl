# Why a file or folder could not be read or written (error.rs). Shown after the file's name and a
# colon, e.g. "answers.yaml: No such file or directory (os error 2)". $code is the system's error
# number. English repeats the system's own words; other languages translate them.

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
