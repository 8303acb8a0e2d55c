//! The Kano evaluation table: one answer pair → one category. Rows are the functional answer
//! ("if it HAS the feature"), columns the dysfunctional answer ("if it does NOT have it"). The
//! orientation matters: read the other way round, every A, O and M becomes R.

use serde::Serialize;

use crate::instrument::KanoTable;
use crate::response::KanoWord;

/// A Kano category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Category {
    /// A: delights when present, no harm when absent.
    #[serde(rename = "A")]
    Attractive,
    /// O: the more the better; present satisfies, absent dissatisfies.
    #[serde(rename = "O")]
    OneDimensional,
    /// M: taken for granted; absent dissatisfies, present earns nothing.
    #[serde(rename = "M")]
    MustBe,
    /// I: nobody cares either way.
    #[serde(rename = "I")]
    Indifferent,
    /// R: customers would rather not have it.
    #[serde(rename = "R")]
    Reverse,
    /// Q: contradictory answers (liked both present and absent, or disliked both).
    #[serde(rename = "Q")]
    Questionable,
}

use Category::{
    Attractive as A, Indifferent as I, MustBe as M, OneDimensional as O, Questionable as Q,
    Reverse as R,
};

impl Category {
    /// All six, in the order counts are written (A O M I R Q).
    pub const ALL: [Category; 6] = [A, O, M, I, R, Q];

    /// The exact-tie order of DOMAIN.md §3 (*policy*): M > O > A > I > R > Q.
    pub const TIE_ORDER: [Category; 6] = [M, O, A, I, R, Q];

    /// The categories whose shares enter the category strength (Q is left out).
    pub const STRENGTH: [Category; 5] = [O, A, M, I, R];

    /// The position in [`Category::ALL`].
    pub fn index(self) -> usize {
        match self {
            A => 0,
            O => 1,
            M => 2,
            I => 3,
            R => 4,
            Q => 5,
        }
    }

    /// The position in the tie order (0 wins).
    pub fn tie_rank(self) -> usize {
        match self {
            M => 0,
            O => 1,
            A => 2,
            I => 3,
            R => 4,
            Q => 5,
        }
    }

    /// The one-letter code.
    pub fn letter(self) -> &'static str {
        match self {
            A => "A",
            O => "O",
            M => "M",
            I => "I",
            R => "R",
            Q => "Q",
        }
    }
}

/// The standard table (Berger et al. 1993; Matzler & Hinterhuber 1998), rows = functional
/// answer, columns = dysfunctional answer, both in code order Like, Must-be, Neutral,
/// Live-with, Dislike.
const STANDARD: [[Category; 5]; 5] = [
    // dysfunctional: Like Must Neutral Live Dislike
    [Q, A, A, A, O], // functional Like
    [R, I, I, I, M], // functional Must-be
    [R, I, I, I, M], // functional Neutral
    [R, I, I, I, M], // functional Live-with
    [R, R, R, R, Q], // functional Dislike
];

fn row(w: KanoWord) -> usize {
    match w {
        KanoWord::Like => 0,
        KanoWord::MustBe => 1,
        KanoWord::Neutral => 2,
        KanoWord::LiveWith => 3,
        KanoWord::Dislike => 4,
    }
}

/// The category of one answer pair. `functional` answers "if it HAS the feature",
/// `dysfunctional` answers "if it does NOT have it". The Pouliot variant makes (Must-be,
/// Must-be) and (Live-with, Live-with) questionable: expecting a feature both present and
/// absent, or tolerating both, contradicts itself.
pub fn classify(table: KanoTable, functional: KanoWord, dysfunctional: KanoWord) -> Category {
    if table == KanoTable::Pouliot
        && functional == dysfunctional
        && matches!(functional, KanoWord::MustBe | KanoWord::LiveWith)
    {
        return Q;
    }
    STANDARD[row(functional)][row(dysfunctional)]
}

/// The table's id as written in instrument files.
pub fn table_id(table: KanoTable) -> &'static str {
    match table {
        KanoTable::Standard => "standard",
        KanoTable::Pouliot => "pouliot",
    }
}
