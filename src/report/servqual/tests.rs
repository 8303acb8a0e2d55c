//! The SERVQUAL document: what it says in each format.

use super::*;
