//! What is being typed when a session is ended by Ctrl-C or a termination signal (SIGTERM,
//! SIGHUP: a closed window, a logout, a shutdown). The respondent did not confirm it, but did
//! write it, and a signal gives no chance to: it is kept with the answers, as confirming would
//! have kept it, rather than lost.

use super::{Editor, Overlay, Runner};

impl Runner {
    /// Applies the text being typed to the session, as confirming it would: a digit waiting for
    /// a second one (answered alone), the note being edited (saved as `Ctrl-S` saves it), a
    /// reason for "not applicable" being typed (the step is then answered N/A with it; with
    /// nothing typed yet it is not answered), a text answer being typed (kept when not empty).
    /// Marks the sitting changed when anything was applied, so that ending it writes the file.
    pub(super) fn keep_typed(&mut self) {
        if self.pending.is_some() {
            self.changed |= self.commit_pending(false) == super::Effect::Save;
        }
        let i = self.cursor;
        match self.overlay.take() {
            Some(Overlay::Note(editor)) => {
                self.changed |= self.session.set_note(editor.step, editor.input.text());
            }
            Some(Overlay::NaReason(input)) if !input.text().trim().is_empty() => {
                let reason = Some(input.text().to_string());
                self.changed |= self.session.answer_na(i, reason).is_ok();
            }
            other => self.overlay = other,
        }
        if let Editor::Text {
            input,
            typing: true,
        } = &self.editor
        {
            let text = input.text().to_string();
            if !text.trim().is_empty() {
                self.changed |= self.session.answer_text(i, &text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use crate::instrument::Instrument;
    use crate::lang::Lang;
    use crate::response::Answer;
    use crate::tui::app::{Action, App, Effect, update};
    use crate::tui::session::{Respondent, Session};

    fn app(id: &str) -> App {
        let session = Session::new(
            Instrument::load(id).unwrap(),
            PathBuf::from("/nonexistent/r.yaml"),
            &Respondent::default(),
            "2026-01-01T00:00:00Z".into(),
        );
        App::runner(session, Lang::En)
    }

    fn type_in(a: &mut App, text: &str) {
        for c in text.chars() {
            update(a, Action::Insert(c));
        }
    }

    #[test]
    fn a_note_being_edited_is_kept_when_a_signal_ends_the_session() {
        let mut a = app("pyramid");
        update(&mut a, Action::EditNote);
        type_in(&mut a, "desk was closed");
        assert_eq!(update(&mut a, Action::Interrupt), Effect::Interrupted);
        let r = a.runner.as_ref().unwrap();
        assert_eq!(r.session.note(0), Some("desk was closed"));
        assert!(r.changed, "the sitting is written");
    }

    #[test]
    fn a_reason_being_typed_answers_not_applicable_with_it() {
        let mut a = app("pyramid");
        update(&mut a, Action::NotApplicable);
        type_in(&mut a, "no desk");
        update(&mut a, Action::Interrupt);
        let r = a.runner.as_ref().unwrap();
        assert_eq!(r.session.na_reason(0), Some("no desk"));
        assert!(r.changed);

        // With nothing typed, pressing `n` alone did not answer the question.
        let mut a = app("pyramid");
        update(&mut a, Action::NotApplicable);
        update(&mut a, Action::Interrupt);
        let r = a.runner.as_ref().unwrap();
        assert!(!r.session.is_answered(0));
        assert!(!r.changed);
    }

    #[test]
    fn a_text_answer_being_typed_is_kept() {
        let mut a = app("pulse");
        update(&mut a, Action::Digit(9));
        type_in(&mut a, "fast");
        update(&mut a, Action::Interrupt);
        let r = a.runner.as_ref().unwrap();
        assert_eq!(
            r.session.response().answers.get("nps_reason"),
            Some(&Answer::Text("fast".into()))
        );
    }
}
