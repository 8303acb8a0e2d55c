//! Unit tests of `words`.

use super::*;

#[test]
fn roles_and_parts_the_catalog_does_not_know_show_as_written() {
    assert_eq!(role(Lang::Zh, "manager"), "\u{7ba1}\u{7406}\u{8005}");
    assert_eq!(role(Lang::Zh, "auditor"), "auditor");
    assert_eq!(pair_part(Lang::En, "other"), "other");
    assert_eq!(
        audience(Lang::En, &["manager".into(), "consultant".into()]),
        "answered by manager, consultant"
    );
}

#[test]
fn allocation_distance_says_left_exact_or_over() {
    assert_eq!(
        allocation_left(Lang::En, 90.0, 100.0),
        "10 points left to reach 100"
    );
    assert_eq!(
        allocation_left(Lang::En, 100.0, 100.0),
        "Adds up to 100: press Enter to confirm"
    );
    assert_eq!(
        allocation_left(Lang::En, 105.0, 100.0),
        "5 points over 100: take some away"
    );
}
