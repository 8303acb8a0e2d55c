//! JSON written exactly as `serde_json`'s pretty printer writes it (two spaces a level), with
//! each line break and its indentation written in one piece rather than a level at a time: a
//! diff's JSON has hundreds of thousands of lines.

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// The pretty printer's format, lines written whole.
#[derive(Debug, Default)]
pub(super) struct Pretty {
    level: usize,
    has_value: bool,
    /// `,\n` followed by spaces: a line's start is a slice of it.
    line: Vec<u8>,
}

impl Pretty {
    /// A line break (after a comma when not `first`) and the indentation of the current level.
    fn new_line<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        let end = 2 + 2 * self.level;
        if self.line.len() < end {
            self.line.clear();
            self.line.extend_from_slice(b",\n");
            self.line.resize(end.max(64), b' ');
        }
        writer.write_all(&self.line[usize::from(first)..end])
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.new_line(writer, true)?;
        }
        writer.write_all(bracket)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.new_line(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `v` in the pretty printer's format.
pub(super) fn to_writer<W: Write, T: ?Sized + serde::Serialize>(
    writer: W,
    v: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(writer, Pretty::default());
    v.serialize(&mut ser)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_output_is_the_pretty_printers_byte_for_byte() {
        let deep = (0..40).fold(serde_json::json!("leaf"), |v, i| {
            if i % 2 == 0 {
                serde_json::json!([v, i, []])
            } else {
                serde_json::json!({"k": v, "e": {}, "n": null, "s": "a \"q\" \n"})
            }
        });
        for v in [
            serde_json::json!({}),
            serde_json::json!([]),
            serde_json::json!([1, [2, [3, {}]], {"a": [], "b": {"c": 1.5}}]),
            serde_json::json!({"answers": [{"carried": false, "new": "{functional: like}", "old": null}]}),
            deep,
        ] {
            let mut ours = Vec::new();
            to_writer(&mut ours, &v).unwrap();
            assert_eq!(
                String::from_utf8(ours).unwrap(),
                serde_json::to_string_pretty(&v).unwrap()
            );
        }
    }
}
