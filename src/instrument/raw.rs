//! The instrument file as written, before validation. Field names are those of
//! `docs/instrument-format.md`; unknown fields are refused here so a misspelt key is reported at
//! its line. Values whose shape depends on the question type stay as YAML values until
//! `validate` reads them with the type in mind.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_yaml::Value;

use crate::lang::Text;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawInstrument {
    pub format: String,
    pub id: String,
    pub version: i64,
    pub kind: String,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub audience: Vec<String>,
    #[serde(default)]
    pub settings: RawSettings,
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default)]
    pub scales: BTreeMap<String, RawScale>,
    #[serde(default)]
    pub groups: Vec<RawGroup>,
    pub sections: Vec<RawSection>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSettings {
    pub pass_mark: Option<f64>,
    pub kano_table: Option<String>,
    pub variant: Option<String>,
    #[serde(default)]
    pub levels: Option<Vec<Text>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScale {
    pub min: i64,
    pub max: i64,
    #[serde(default)]
    pub labels: BTreeMap<i64, Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGroup {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub tier: Option<String>,
    #[serde(default)]
    pub maps_to: Option<String>,
    #[serde(default)]
    pub gap: Option<i64>,
    #[serde(default)]
    pub reverse: bool,
    #[serde(default)]
    pub healthy_name: Option<Text>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection {
    pub id: String,
    pub title: Text,
    #[serde(default)]
    pub intro: Option<Text>,
    #[serde(default)]
    pub battery: Option<String>,
    #[serde(default)]
    pub repeat: Option<String>,
    #[serde(default)]
    pub audience: Vec<String>,
    #[serde(default)]
    pub evidence: Option<String>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub text: Option<Text>,
    #[serde(default)]
    pub help: Option<Text>,
    #[serde(default)]
    pub improve: Option<Text>,
    #[serde(default)]
    pub group: Option<String>,
    #[serde(default)]
    pub allow_na: Option<bool>,
    #[serde(default)]
    pub reverse: Option<bool>,
    #[serde(default)]
    pub evidence: Option<String>,
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default)]
    pub scale: Option<Value>,
    #[serde(default)]
    pub levels: Option<Vec<RawLevel>>,
    #[serde(default)]
    pub feature: Option<Text>,
    #[serde(default)]
    pub functional: Option<Text>,
    #[serde(default)]
    pub dysfunctional: Option<Text>,
    #[serde(default)]
    pub importance: Option<bool>,
    #[serde(default)]
    pub parts: Option<Value>,
    #[serde(default)]
    pub texts: Option<BTreeMap<String, Text>>,
    #[serde(default)]
    pub total: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevel {
    pub text: Text,
    pub suggestion: Text,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAllocationPart {
    pub id: String,
    pub label: Text,
}
