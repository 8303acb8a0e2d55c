//! The mouse: a click on an option answers with it, a click on a row of a list (home screen,
//! overview, review) opens it, the wheel scrolls the lists, the help and the report. Drawing
//! records where each clickable thing went ([`HitMap`]); this module maps a mouse event to the
//! [`Action`] the same thing asks for from the keyboard, so `update` never sees a coordinate.

use std::cell::RefCell;

use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};

use super::app::{Action, App, Editor, Overlay};

/// What is under the pointer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The n-th option of the question (or part of an allocation).
    Option(usize),
    /// The n-th entry of a list: a step in the overview or the review, an item on the home
    /// screen.
    Row(usize),
}

impl Target {
    fn index(self) -> usize {
        match self {
            Target::Option(n) | Target::Row(n) => n,
        }
    }
}

/// Where the clickable things of the last drawing are. Drawing fills it (the view is otherwise
/// a pure function of the state); the event loop reads it for the next click.
#[derive(Debug, Default)]
pub struct HitMap {
    areas: RefCell<Vec<(Rect, Target)>>,
}

impl HitMap {
    /// Forgets the previous drawing.
    pub fn clear(&self) {
        self.areas.borrow_mut().clear();
    }

    /// Records that `area` shows `target`.
    pub fn add(&self, area: Rect, target: Target) {
        if area.width > 0 && area.height > 0 {
            self.areas.borrow_mut().push((area, target));
        }
    }

    /// What was drawn at column `x`, row `y`.
    pub fn at(&self, x: u16, y: u16) -> Option<Target> {
        self.areas
            .borrow()
            .iter()
            .rev()
            .find(|(r, _)| r.contains(Position { x, y }))
            .map(|(_, t)| *t)
    }
}

/// Whether the wheel scrolls something in the state of `app`: a list, the help, the report,
/// the completion screen or the home screen; not a question (a wheel would change an answer's
/// highlight by accident) nor a dialog being typed in.
fn scrolls(app: &App) -> bool {
    match &app.runner {
        Some(r) => {
            r.report.is_some()
                || matches!(
                    r.overlay,
                    Some(Overlay::Overview { .. } | Overlay::Review { .. } | Overlay::Help { .. })
                )
                || (r.overlay.is_none() && matches!(r.editor, Editor::Complete { .. }))
        }
        None => app
            .home
            .as_ref()
            .is_some_and(|h| h.form.is_none() && h.builder.is_none()),
    }
}

/// The action of mouse `event`, given what was drawn where.
pub fn action(app: &App, event: MouseEvent, hits: &HitMap) -> Option<Action> {
    match event.kind {
        MouseEventKind::Down(MouseButton::Left) => hits
            .at(event.column, event.row)
            .map(|t| Action::Choose(t.index())),
        MouseEventKind::ScrollUp if scrolls(app) => Some(Action::Up),
        MouseEventKind::ScrollDown if scrolls(app) => Some(Action::Down),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_thing_drawn_at_a_place_is_what_a_click_hits() {
        let hits = HitMap::default();
        hits.add(Rect::new(0, 5, 80, 1), Target::Option(2));
        hits.add(Rect::new(10, 5, 20, 1), Target::Row(7));
        assert_eq!(hits.at(3, 5), Some(Target::Option(2)));
        assert_eq!(hits.at(12, 5), Some(Target::Row(7)));
        assert_eq!(hits.at(3, 6), None);
        hits.clear();
        assert_eq!(hits.at(3, 5), None);
    }
}
