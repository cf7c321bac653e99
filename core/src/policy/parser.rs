//! [`Parser`]: a policy parser with a configuration and an instrument cue
//! table of one's own.

use super::instrument::Instruments;
use super::Policy;
use crate::config::Config;
use crate::error::Error;

/// Parses policy documents with a [`Config`] and an instrument cue table;
/// [`super::parse`] is the same with the built-in table.
///
/// Research groups code instruments with their own codebooks: give the
/// table as text (`cue<TAB>category<TAB>tool` per line) or as
/// [`Instruments`].
///
/// ```
/// use shuzi::policy::Parser;
/// let text = "一、措施\n（一）发放数字消费券，支持企业上云。\n";
/// let parser = Parser::new(shuzi::Config::default())
///     .with_instrument_table("数字消费券\tdemand\t消费激励\n上云\tsupply\t技术支持\n")
///     .unwrap();
/// let p = parser.parse(text);
/// let cues: Vec<_> = p.clauses[0].instruments.iter().map(|i| &text[i.cue.range()]).collect();
/// assert_eq!(cues, ["数字消费券", "上云"]);
/// // The built-in table reads the same clause differently.
/// let builtin = shuzi::policy::parse(text, &shuzi::Config::default());
/// assert_ne!(builtin.clauses[0].instruments, p.clauses[0].instruments);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Parser {
    config: Config,
    instruments: Option<Instruments>,
}

impl Parser {
    /// A parser with `config` and the built-in cue table.
    ///
    /// ```
    /// let p = shuzi::policy::Parser::new(shuzi::Config::default()).parse("");
    /// assert!(p.clauses.is_empty());
    /// ```
    pub fn new(config: Config) -> Parser {
        Parser {
            config,
            instruments: None,
        }
    }

    /// The same parser with the cue table `instruments`.
    ///
    /// ```
    /// use shuzi::policy::{Instruments, Parser};
    /// let table = Instruments::from_tsv("上云\tsupply\t技术支持\n").unwrap();
    /// let p = Parser::default().with_instruments(table).parse("一、措施\n（一）推动上云。\n");
    /// assert_eq!(&*p.clauses[0].instruments[0].tool, "技术支持");
    /// ```
    pub fn with_instruments(mut self, instruments: Instruments) -> Parser {
        self.instruments = Some(instruments);
        self
    }

    /// The same parser with the cue table read from `table` (TSV text);
    /// an error names the bad line.
    ///
    /// ```
    /// let e = shuzi::policy::Parser::default().with_instrument_table("上云\tcloud\t技术支持").unwrap_err();
    /// assert_eq!(e.to_string(), "instrument table line 1: unknown instrument category \"cloud\"");
    /// ```
    pub fn with_instrument_table(self, table: &str) -> Result<Parser, Error> {
        Ok(self.with_instruments(Instruments::from_tsv(table)?))
    }

    /// The cue table in use.
    ///
    /// ```
    /// let p = shuzi::policy::Parser::default();
    /// assert_eq!(p.instruments(), shuzi::policy::Instruments::builtin());
    /// ```
    pub fn instruments(&self) -> &Instruments {
        self.instruments
            .as_ref()
            .unwrap_or_else(|| Instruments::builtin())
    }

    /// The configuration in use.
    ///
    /// ```
    /// assert_eq!(shuzi::policy::Parser::default().config(), &shuzi::Config::default());
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The policy structure of `text`.
    ///
    /// ```
    /// let p = shuzi::policy::Parser::default().parse("关于加快发展的指导意见\n");
    /// assert_eq!(p.form, Some("指导意见"));
    /// ```
    pub fn parse(&self, text: &str) -> Policy {
        super::parse_with(text, &self.config, self.instruments())
    }
}
