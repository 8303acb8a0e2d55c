//! The five-gap document and drawing.

use super::*;
