//! The registry of instrument kinds: one line per kind, read by every place that dispatches on
//! the kind (the [`crate::instrument::Kind`] enum, the scoring enums [`crate::score::Scored`]
//! and [`crate::score::Accumulator`], and the report's sections and headline figures).
//!
//! A line is `Variant module "id" ScoreType;`: the kind's id in files and JSON, its score module
//! `crate::score::<module>` (an `Accumulator` with `new(&Instrument, &ScoreOptions)`,
//! `add(&Response)` and `finish() -> ScoreType`, and `ScoreType: KindScore`), and its report
//! section module `crate::report::<module>` (`document`, `json`, `policies`, `summary`,
//! `figures`). Adding a kind is its questionnaire, those two modules and one line here: the
//! compiler names anything missing. See `docs/architecture.md`, "Adding an instrument kind".

/// Calls the macro `$then` with the registry: `$(#[doc] Variant module "id" ScoreType;)*`.
macro_rules! for_each_kind {
    ($then:ident) => {
        $then! {
            /// The ten-experience pyramid (DOMAIN.md §1).
            Pyramid pyramid "pyramid" PyramidScore;
            /// CX maturity rubrics (§2).
            Maturity maturity "maturity" MaturityScore;
            /// Kano feature pairs (§3).
            Kano kano "kano" KanoScore;
            /// SERVQUAL expectations/perceptions (§4.2).
            Servqual servqual "servqual" ServqualScore;
            /// Management and staff side of the five-gap model (§4.3).
            Gaps gaps "gaps" GapsScore;
            /// NPS, CSAT and CES (§5).
            Pulse pulse "pulse" PulseScore;
            /// Any other questionnaire: reported as means per group.
            Generic generic "generic" GenericScore;
        }
    };
}

pub(crate) use for_each_kind;

#[cfg(test)]
mod tests {
    use crate::instrument::Kind;

    #[test]
    fn every_kind_is_read_and_written_by_its_registry_id() {
        assert_eq!(Kind::ALL.len(), 7);
        for kind in Kind::ALL {
            let written = serde_yaml::to_string(&kind).expect("serialises");
            assert_eq!(written.trim(), kind.id());
            let read: Kind = serde_yaml::from_str(kind.id()).expect("parses");
            assert_eq!(read, kind);
            assert_eq!(Kind::from_id(kind.id()), Some(kind));
        }
        assert_eq!(Kind::from_id("loyalty"), None);
    }
}
