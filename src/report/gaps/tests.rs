//! The gaps document: drivers, weak statements with their actions, and the words in each format.

use super::*;
