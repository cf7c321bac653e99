//! Policy structure (SPEC 2): the heading, cited titles, document numbers,
//! effective dates, the outline, responsibility brackets, targets,
//! frameworks, bylines, the issuer and the recipients of a document; and
//! (SPEC 2.1) its form and level, the documents it cites and its clause
//! table with candidate policy instruments ([`Clause`], [`Instruments`],
//! [`Parser`] for a cue table of one's own).
//!
//! ```
//! use shuzi::{policy, Config};
//! let text = "某市人民政府关于加快发展的实施意见\n某政发〔2024〕18号\n各区人民政府：\n一、总体要求\n（一）发展目标。到2027年，企业数量达到37家。（责任单位：市科技局、市财政局）\n";
//! let p = policy::parse(text, &Config::default());
//! assert_eq!(&text[p.heading.unwrap().range()], "某市人民政府关于加快发展的实施意见");
//! assert_eq!(p.doc_numbers[0].year, 2024);
//! assert_eq!(&text[p.recipients[0].range()], "各区人民政府");
//! assert_eq!(p.outline[0].children.len(), 1);
//! assert_eq!(p.responsible[0].units.len(), 2);
//! ```
//!
//! Every finder makes one forward pass (or a bounded look around each hit),
//! so the whole parse is linear in the text; no input makes it panic.
//!
//! Repeated content — a web page saved with part of the document twice —
//! is skipped: a block of three or more lines each identical to an earlier
//! line is not looked at (see [`Policy::skipped`]).
//!
//! Numbers and dates (target amounts, effective and issuer dates) are the
//! entities of [`crate::Extractor`], found once over the whole text.

mod byline;
mod clause;
pub(crate) mod doc_number;
mod effective;
mod form;
mod framework;
mod heading;
mod instrument;
pub(crate) mod level;
mod outline;
pub(crate) use form::issues_document;
pub(crate) use outline::opening_marker;
mod parser;
#[cfg(feature = "serde")]
mod record;
mod reference;
mod repeat;
pub(crate) mod responsible;
mod signature;
mod target;
pub(crate) use target::qualified_list;
pub(crate) mod text;
mod title;

pub use byline::Byline;
pub use clause::Clause;
pub use doc_number::DocNumber;
pub use effective::Effective;
pub use framework::Framework;
pub use heading::joined;
pub use instrument::{Category, Instrument, Instruments};
pub use level::Level;
pub use outline::OutlineItem;
pub use parser::Parser;
#[cfg(feature = "serde")]
pub use record::{ClauseTable, PolicyRecord};
pub use reference::{Reference, Relation};
pub use responsible::Responsible;
pub use signature::Issuer;
pub use target::Target;
pub use title::Title;

use crate::config::Config;
use crate::entity::{Entity, Span};
use crate::extract::Extractor;
use crate::KindSet;

/// The policy structure of one document.
///
/// ```
/// let p = shuzi::policy::parse("", &shuzi::Config::default());
/// assert!(p.heading.is_none() && p.titles.is_empty() && p.issuer.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Policy {
    /// The document's own title (its lines, when wrapped; see [`joined`]),
    /// or a news headline.
    pub heading: Option<Span>,
    /// Documents cited in 《》, at their first mention.
    pub titles: Vec<Title>,
    /// Document numbers (发文字号).
    pub doc_numbers: Vec<DocNumber>,
    /// 起施行 phrases.
    pub effective: Vec<Effective>,
    /// The outline tree.
    pub outline: Vec<OutlineItem>,
    /// 责任单位 brackets.
    pub responsible: Vec<Responsible>,
    /// Goals with a deadline year and a figure.
    pub targets: Vec<Target>,
    /// Quoted scheme labels with a numeral.
    pub frameworks: Vec<Framework>,
    /// News bylines.
    pub bylines: Vec<Byline>,
    /// The signature block.
    pub issuer: Option<Issuer>,
    /// The 主送 line(s), without the final colon.
    pub recipients: Vec<Span>,
    /// Repeated blocks that were skipped (not part of the JSON).
    pub skipped: Vec<Span>,
    /// The 文种 the heading ends with (SPEC 2.1): `实施意见`, `通知`, `条例` …
    pub form: Option<&'static str>,
    /// For a 印发/转发 notice, the form of the document it issues.
    pub attachment_form: Option<&'static str>,
    /// The issuer's administrative level.
    pub level: Option<Level>,
    /// Other documents cited by 《》 title or 发文字号.
    pub references: Vec<Reference>,
    /// The clause table: one per outline leaf (per 条 in laws).
    pub clauses: Vec<Clause>,
}

/// Reads the policy structure of `text`. The reference date of `config`
/// resolves relative dates (今年7月1日); its kinds do not matter here.
///
/// ```
/// let text = "本报讯（记者 李杰）河北通过了《某某决定》（以下简称《决定》），自今年7月1日起施行。";
/// let config = shuzi::Config::default().with_ref_date(Some(shuzi::RefDate::parse("2025-06-01").unwrap()));
/// let p = shuzi::policy::parse(text, &config);
/// assert_eq!(p.titles[0].name, "某某决定");
/// assert_eq!(p.effective[0].document.as_deref(), Some("某某决定"));
/// assert_eq!(p.bylines.len(), 1);
/// ```
pub fn parse(text: &str, config: &Config) -> Policy {
    parse_with(text, config, Instruments::builtin())
}

/// [`parse`] with the instrument cues of `instruments` ([`Parser`]).
pub(crate) fn parse_with(text: &str, config: &Config, instruments: &Instruments) -> Policy {
    let (masked, skipped) = repeat::mask(text);
    let text: &str = &masked;
    let extractor = Extractor::new(config.clone().with_kinds(KindSet::all()));
    let entities = extractor.extract(text);

    let (titles, mentions) = title::find(text);
    let doc_numbers = doc_number::find(text);
    let (heading, recipients) = heading::find(text, &doc_numbers);
    let flat = outline::headings(text);
    let mut responsible = responsible::find(text);
    let positions: Vec<usize> = responsible.iter().map(|r| r.span.start).collect();
    for (r, path) in responsible
        .iter_mut()
        .zip(outline::paths_at(&flat, &positions))
    {
        r.path = path;
    }
    let outline = outline::tree(&flat);
    let mut targets = target::find(text, &entities);
    // A bracket that assigns work names units, not goals: a figure inside
    // it (`（…十五运会广东赛区执委会牵头负责）`) is no target.
    targets.retain(|t| {
        !responsible
            .iter()
            .any(|r| r.span.start <= t.amount.span.start && t.amount.span.end <= r.span.end)
    });
    let frameworks = framework::find(text);
    let bylines = byline::find(text);
    let notice = heading.is_some_and(|h| heading::issues(&text[h.range()]));
    // A document with a heading and recipients is sent to bodies: its date
    // alone signs it (a repost that lost the signing body).
    let addressed = heading.is_some() && !recipients.is_empty();
    let issuer = signature::find_addressed(text, &entities, notice, addressed, heading);
    // A year the document was signed in is past: `至2015年底，我国网民数达到
    // 6.88亿` in a plan signed in 2016 reports a result, not a target.
    if let Some(signed) = issuer
        .as_ref()
        .and_then(|i| i.date.as_ref())
        .and_then(Entity::date)
        .and_then(|d| d.year)
    {
        targets.retain(|t| t.deadline >= signed);
    }
    let mut effective = effective::find(text, &entities, &titles, &mentions);
    // In the 办法 a notice issues, 本办法 is that 办法 (SPEC 2, `effective`);
    // a notice known by its heading, or by 印发/转发 (or an order's 公布)
    // in the text it signs (a copy that starts at the recipients).
    let issues = |signed: usize| notice || heading::issues_or_publishes(&text[..signed]);
    if let Some(signed) = issuer
        .as_ref()
        .map(|i| i.span.end)
        .filter(|&signed| issues(signed))
    {
        if effective.iter().any(|e| e.span.start > signed) {
            let attached = heading::attachment_title(text, signed);
            // A phrase there naming the notice's own kind, not the attached
            // document's (`本《通知》自印发之日起施行` under a notice issuing
            // 若干措施), is the notice's.
            let kind = |name: &str| title::doc_type(name).0;
            // A copy stored from its recipients on is a notice (通知).
            let own_kind = match heading {
                Some(h) => kind(&heading::joined(&text[h.range()])),
                None => form::notice_form(),
            };
            let notice_own = |start: usize| {
                effective::self_reference(text, start).is_some_and(|w| {
                    own_kind.is_some_and(|k| {
                        w.ends_with(k) && attached.as_deref().and_then(kind) != Some(k)
                    })
                })
            };
            for e in effective.iter_mut().filter(|e| {
                e.span.start > signed && e.document.is_none() && !notice_own(e.span.start)
            }) {
                e.document.clone_from(&attached);
            }
            // The document the signed text publishes, its inner title in
            // 〈〉 or <> as a name nested in 《》 is written (`《…修改<某办法>
            // 的决定》…现予发布`), is named as its own title line under the
            // signature writes it (`…修改《某办法》的决定`).
            if let Some(attached) = attached.as_deref() {
                for e in effective.iter_mut().filter(|e| e.span.start < signed) {
                    if e.document
                        .as_deref()
                        .is_some_and(|d| d != attached && title::same_but_nested_marks(d, attached))
                    {
                        e.document = Some(attached.to_owned());
                    }
                }
            }
        }
    }
    let analysis = analyse(
        text,
        &Found {
            heading,
            titles: &titles,
            mentions: &mentions,
            doc_numbers: &doc_numbers,
            outline: &outline,
            responsible: &responsible,
            targets: &targets,
            issuer: issuer.as_ref(),
            recipients: &recipients,
            skipped: &skipped,
        },
        instruments,
    );
    Policy {
        heading,
        titles,
        doc_numbers,
        effective,
        outline,
        responsible,
        targets,
        frameworks,
        bylines,
        issuer,
        recipients,
        skipped,
        form: analysis.form,
        attachment_form: analysis.attachment_form,
        level: analysis.level,
        references: analysis.references,
        clauses: analysis.clauses,
    }
}

/// What the SPEC 2 finders found, read by the SPEC 2.1 analysis.
struct Found<'a> {
    heading: Option<Span>,
    titles: &'a [Title],
    mentions: &'a [title::Mention],
    doc_numbers: &'a [DocNumber],
    outline: &'a [OutlineItem],
    responsible: &'a [Responsible],
    targets: &'a [Target],
    issuer: Option<&'a Issuer>,
    recipients: &'a [Span],
    skipped: &'a [Span],
}

/// The SPEC 2.1 keys of a document.
struct Analysis {
    form: Option<&'static str>,
    attachment_form: Option<&'static str>,
    level: Option<Level>,
    references: Vec<Reference>,
    clauses: Vec<Clause>,
}

/// The profile (form, level), references and clause table from what the
/// SPEC 2 finders found.
fn analyse(text: &str, f: &Found<'_>, instruments: &Instruments) -> Analysis {
    let own_title = f.heading.map(|h| heading::joined(&text[h.range()]));
    let mut references = reference::find(
        text,
        f.titles,
        f.mentions,
        f.doc_numbers,
        own_title.as_deref(),
        // A government document, not a news report: signed, addressed, or
        // headed by a title ending in a document type (`…若干措施`), where
        // 公布 and 制定了 are the document's own act only (`现公布《某名录》`
        // issues, `某厅公布《某名录》` cites; 印发 is read by the word).
        f.issuer.is_some()
            || !f.recipients.is_empty()
            || f.heading
                .is_some_and(|h| form::form_of(&form::heading_line(text, h)).is_some()),
    );
    // A 《》 name on the lines between the heading and its recipients is
    // the page's furniture (`相关链接:` / `《…》政策解释`), no citation.
    if let (Some(h), Some(r)) = (f.heading, f.recipients.first()) {
        references.retain(|x| !(h.end <= x.span.start && x.span.start < r.start));
    }
    // What the signed text itself issues: a 《》 title it 印发s (an order's
    // 公布), else, when it says 印发/转发, the attachment's title after the
    // signature.
    let issued: Option<String> = f
        .issuer
        .and_then(|i| {
            let signed = i.span.start;
            references
                .iter()
                .find(|r| r.relation == Relation::Issues && r.span.end <= signed)
                .and_then(|r| r.title.clone())
                .or_else(|| {
                    heading::issues(&text[..signed])
                        .then(|| heading::attachment_title(text, i.span.end))
                        .flatten()
                })
        })
        .or_else(|| {
            // Unsigned, stored from its recipients on: the 《》 title that
            // the first line under the recipients 印发s.
            let after = f.heading.is_none().then(|| f.recipients.last()).flatten()?;
            references
                .iter()
                .find(|r| {
                    r.relation == Relation::Issues
                        && r.span.start >= after.end
                        && !text[after.end..r.span.start]
                            .trim_start_matches(|c: char| !c.is_alphanumeric())
                            .contains('\n')
                })
                .and_then(|r| r.title.clone())
        });
    let (form, attachment_form) = form::find(text, f.heading, f.titles, issued.as_deref());
    // Only the document's own 发文字号 says who issued it, not a cited one.
    let own: Vec<DocNumber> = f
        .doc_numbers
        .iter()
        .zip(reference::own_numbers(text, f.doc_numbers))
        .filter_map(|(d, own)| own.then_some(*d))
        .collect();
    let level = level::find(
        text,
        f.issuer.map_or(&[][..], |i| &i.names[..]),
        f.heading,
        form,
        &own,
        f.recipients,
    );
    Analysis {
        form,
        attachment_form,
        level,
        references,
        clauses: clauses(text, f, instruments),
    }
}

/// The clause table with the cues of `instruments`.
fn clauses(text: &str, f: &Found<'_>, instruments: &Instruments) -> Vec<Clause> {
    let responsible: Vec<Span> = f.responsible.iter().map(|r| r.span).collect();
    let targets: Vec<Span> = f.targets.iter().map(|t| t.span).collect();
    let mut no_cues: Vec<Span> = f.mentions.iter().map(|m| m.span).collect();
    no_cues.extend_from_slice(&responsible);
    no_cues.extend_from_slice(f.skipped);
    let around = clause::Around {
        responsible: &responsible,
        targets: &targets,
        body_end: f.issuer.map(|i| i.span.start),
        no_cues,
    };
    clause::find(text, f.outline, &around, instruments)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_traits<T: std::fmt::Debug + Clone + Send + Sync>() {}

    #[test]
    fn an_order_publishing_a_decision_names_it_as_its_title_line_writes_it() {
        // gov_mohurd_zhaobiao_2018: both phrases belong to the published 决定.
        let text = "《某部关于修改<某某管理办法>的决定》已经某部常务会议审议通过，现予发布，自发布之日起施行。\n某部部长 某某\n2018年9月28日\n某部关于修改《某某管理办法》的决定\n一、删去第三条。\n本决定自发布之日起施行。\n";
        let p = parse(text, &Config::default());
        let docs: Vec<Option<&str>> = p.effective.iter().map(|e| e.document.as_deref()).collect();
        assert_eq!(docs, [Some("某部关于修改《某某管理办法》的决定"); 2]);
        assert!(p.heading.is_none());
    }

    #[test]
    fn public_types_are_send_sync() {
        assert_traits::<Policy>();
        assert_traits::<Title>();
        assert_traits::<DocNumber>();
        assert_traits::<Effective>();
        assert_traits::<OutlineItem>();
        assert_traits::<Responsible>();
        assert_traits::<Target>();
        assert_traits::<Framework>();
        assert_traits::<Byline>();
        assert_traits::<Issuer>();
        assert_traits::<Clause>();
        assert_traits::<Reference>();
        assert_traits::<Instrument>();
        assert_traits::<Instruments>();
        assert_traits::<Parser>();
        assert_traits::<Level>();
        assert_traits::<Relation>();
        assert_traits::<Category>();
        #[cfg(feature = "serde")]
        assert_traits::<PolicyRecord<'static>>();
    }

    #[test]
    fn a_headed_document_without_signature_issues_only_its_own_issue() {
        // A 若干措施 stored without signature or recipients: `抓紧印发《…》`
        // in its body is its own coming act and issues (the corpus reads the
        // verb, ANNOTATION.md slice 9 decision 11), and so does another
        // body's 印发 there (slice 10, 党中央、国务院印发《…》), while another
        // body's 公布 cites; a news headline (no document type at its end)
        // still reports an issue.
        let relations = |text: &str| -> Vec<&'static str> {
            parse(text, &Config::default())
                .references
                .iter()
                .map(|r| r.relation.as_str())
                .collect()
        };
        let measures = "某县关于促进消费的若干措施\n一、扩大消费\n（一）支持汽车消费。抓紧印发《某县汽车消费补贴实施细则》，对购车给予补贴。\n";
        assert_eq!(relations(measures), ["issues"]);
        let other = "某县关于促进消费的若干措施\n一、扩大消费\n（一）支持汽车消费。县商务局印发《某县汽车消费补贴实施细则》，对购车给予补贴。\n";
        assert_eq!(relations(other), ["issues"]);
        let published = "某县关于促进消费的若干措施\n一、扩大消费\n（一）支持汽车消费。县商务局公布《某县汽车消费补贴实施细则》，对购车给予补贴。\n";
        assert_eq!(relations(published), ["cites"]);
        let news =
            "某县出台新政促消费\n近日，某县印发《某县汽车消费补贴实施细则》，对购车给予补贴。\n";
        assert_eq!(relations(news), ["issues"]);
    }

    #[test]
    fn links_between_the_heading_and_the_recipients_are_no_references() {
        // A crawled page's links (`相关阅读：` / `《…》图文解读`) stand between
        // the heading and the recipients; a 《》 name in the body still cites.
        let text = "某市某某局关于调整某某补贴政策的通知\n相关阅读：\n《关于调整某某补贴政策的通知》图文解读\n\n各镇人民政府，市级有关部门：\n根据《某省某某补贴办法》，现通知如下。\n";
        let p = parse(text, &Config::default());
        let titles: Vec<_> = p.references.iter().map(|r| r.title.as_deref()).collect();
        assert_eq!(titles, [Some("某省某某补贴办法")]);
        let recipients: Vec<_> = p.recipients.iter().map(|r| &text[r.range()]).collect();
        assert_eq!(recipients, ["各镇人民政府，市级有关部门"]);
    }

    #[test]
    fn a_signed_notice_that_says_it_made_the_measures_issues_them() {
        // ANNOTATION b5-b decision 1: `制定了《X》，请认真抓好贯彻落实` in a
        // signed notice issues X, which follows the signature.
        let text = "各区人民政府，市政府各部门：\n为稳定经济，按照《某省若干措施》（省十条）精神，制定了《某市助企纾困若干措施》，请认真抓好贯彻落实。\n\n某市人民政府办公室\n2030年12月13日\n\n某市助企纾困若干措施\n\n一、减免房租。\n本措施自印发之日起执行，有效期至2031年12月31日。\n";
        let p = parse(text, &Config::default());
        let relations: Vec<_> = p.references.iter().map(|r| r.relation.as_str()).collect();
        assert_eq!(relations, ["basis", "issues"]);
        assert_eq!(p.form, Some("通知"));
        assert_eq!(p.attachment_form, Some("若干措施"));
        assert_eq!(p.effective.len(), 1);
        assert_eq!(
            p.effective[0].document.as_deref(),
            Some("某市助企纾困若干措施")
        );
    }

    #[test]
    fn repeated_blocks_are_reported_and_not_counted() {
        let doc = "某市人民政府关于加快发展的实施意见\n某政办字〔2024〕18号\n各区人民政府：\n一、总体要求\n（一）发展目标。到2027年，企业数量达到37家。（责任单位：市科技局）\n某市人民政府办公室\n2024年5月31日\n";
        let text = format!("{doc}来源:网\n{doc}");
        let p = parse(&text, &Config::default());
        assert_eq!(p.skipped.len(), 1);
        assert!(p.skipped[0].start > doc.len());
        assert_eq!(
            (p.doc_numbers.len(), p.outline.len(), p.responsible.len()),
            (1, 1, 1)
        );
        assert_eq!(p.targets.len(), 1);
        // The issuer is the first copy's, not the last in the file.
        assert!(p.issuer.unwrap().span.end < doc.len());
    }
}
