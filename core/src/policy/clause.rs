//! The clause table (SPEC 2.1 `clauses`): one row per leaf of the outline,
//! or per 条 in a law, in text order. A clause runs from its heading through
//! the text before the next heading (the last one to the signature block or
//! the end), without trailing whitespace; it lists the 责任单位 brackets and
//! targets that start inside it and its candidate policy instruments.

use super::instrument::{lists_papers, Instrument, Instruments};
use super::outline::OutlineItem;
use super::text::is_space;
use crate::chars::{ARTICLE_MARK, ORDINAL_PREFIX};
use crate::entity::Span;

/// One clause of a document: an outline leaf (or a law's 条) with its text.
///
/// ```
/// let text = "二、重点任务\n（一）强化资金保障。设立专项资金。（责任单位：市财政局）\n（二）优化服务。建设公共服务平台。\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let c = &p.clauses[0];
/// assert_eq!(c.id(text), "二、/（一）");
/// assert_eq!(c.path(text), ["重点任务", "强化资金保障"]);
/// assert_eq!(&text[c.span.range()], "（一）强化资金保障。设立专项资金。（责任单位：市财政局）");
/// assert_eq!(c.responsible, [0]);
/// assert_eq!(&*c.instruments[0].tool, "资金投入");
/// assert_eq!(p.clauses[1].id(text), "二、/（二）");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Clause {
    /// From the heading's marker to the end of the clause's text.
    pub span: Span,
    /// The markers of the headings from the top down to this one.
    pub markers: Vec<Span>,
    /// The titles of the same headings.
    pub titles: Vec<Span>,
    /// Indices into [`super::Policy::responsible`] of the brackets inside.
    pub responsible: Vec<usize>,
    /// Indices into [`super::Policy::targets`] of the targets inside.
    pub targets: Vec<usize>,
    /// Candidate policy instruments, in the order of their cues.
    pub instruments: Vec<Instrument>,
}

impl Clause {
    /// The markers joined with `/` (`二、/（三）/2.`).
    ///
    /// ```
    /// let text = "第一章 总则\n第一条 为了促进发展，制定本条例。\n";
    /// let p = shuzi::policy::parse(text, &shuzi::Config::default());
    /// assert_eq!(p.clauses[0].id(text), "第一章/第一条");
    /// ```
    pub fn id(&self, text: &str) -> String {
        let parts: Vec<&str> = self
            .markers
            .iter()
            .map(|m| text.get(m.range()).unwrap_or(""))
            .collect();
        parts.join("/")
    }

    /// The heading titles from the top down.
    ///
    /// ```
    /// let text = "一、总体要求\n（一）指导思想。坚持发展。\n";
    /// let p = shuzi::policy::parse(text, &shuzi::Config::default());
    /// assert_eq!(p.clauses[0].path(text), ["总体要求", "指导思想"]);
    /// ```
    pub fn path<'t>(&self, text: &'t str) -> Vec<&'t str> {
        self.titles
            .iter()
            .map(|t| text.get(t.range()).unwrap_or(""))
            .collect()
    }
}

fn is_article(text: &str, item: &OutlineItem) -> bool {
    let m = &text[item.marker.range()];
    m.starts_with(ORDINAL_PREFIX) && m.ends_with(ARTICLE_MARK)
}

/// The clauses' heading spans and paths, before their ends are known.
struct Leaf {
    start: usize,
    /// The start of the last heading of its subtree.
    last: usize,
    markers: Vec<Span>,
    titles: Vec<Span>,
    /// The leaf is a law's article: its title is its first sentence, no
    /// heading.
    article: bool,
}

fn walk(
    text: &str,
    items: &[OutlineItem],
    path: &mut Vec<(Span, Span)>,
    starts: &mut Vec<usize>,
    leaves: &mut Vec<Leaf>,
) -> usize {
    let mut last = 0;
    for item in items {
        starts.push(item.span.start);
        path.push((item.marker, item.title));
        let article = is_article(text, item);
        // An article is one clause: the items under it are its text.
        let below = if article {
            walk(text, &item.children, path, starts, &mut Vec::new())
        } else {
            walk(text, &item.children, path, starts, leaves)
        };
        let sub_last = below.max(item.span.start);
        if item.children.is_empty() || article {
            leaves.push(Leaf {
                start: item.span.start,
                last: sub_last,
                markers: path.iter().map(|p| p.0).collect(),
                titles: path.iter().map(|p| p.1).collect(),
                article,
            });
        }
        path.pop();
        last = last.max(sub_last);
    }
    last
}

/// True when a clause's title `t` (its text up to the first full stop) is
/// the first sentence of a paragraph rather than a heading: the paragraph
/// goes on after it on its line, and the title holds a colon, a sentence
/// that leads into what it lists or computes (`1.公共建筑的…应根据…面积核算：
/// 可再生能源综合利用量=…。具有…`, `2.主攻方向：着力…。重点实施…`). Its cues
/// are the paragraph's like any other; they state no heading's aim.
fn opens_paragraph(text: &str, t: Span) -> bool {
    let title = &text[t.range()];
    let rest = &text[t.end..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let goes_on = line
        .chars()
        .any(|c| !is_space(c) && !crate::policy::text::is_sentence_end(c));
    goes_on && title.contains(['\u{ff1a}', ':'])
}

/// Sorted, merged spans.
fn merged(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_unstable_by_key(|s| s.start);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(l) if s.start <= l.end => l.end = l.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// The inputs of [`find`] besides the text and the outline.
pub(crate) struct Around<'a> {
    /// 责任单位 bracket spans.
    pub responsible: &'a [Span],
    /// Target spans.
    pub targets: &'a [Span],
    /// Where the document's body ends (the signature block), if known.
    pub body_end: Option<usize>,
    /// Spans whose words are not cues (《》 names, 责任单位 brackets, skipped blocks).
    pub no_cues: Vec<Span>,
}

/// Every clause of the outline, in text order.
pub(crate) fn find(
    text: &str,
    outline: &[OutlineItem],
    around: &Around<'_>,
    instruments: &Instruments,
) -> Vec<Clause> {
    let (mut starts, mut leaves) = (Vec::new(), Vec::new());
    walk(text, outline, &mut Vec::new(), &mut starts, &mut leaves);
    starts.sort_unstable();
    leaves.sort_by_key(|l| l.start);
    let skip = merged(around.no_cues.clone());
    // The document's subject, stated above its first point.
    let subject = outline.first().map_or_else(Default::default, |o| {
        instruments.subject(text, Span::new(0, o.span.start))
    });
    // In its articles, the subject matter its title names (a law's title
    // is its first line, above the first point).
    let in_articles = outline.first().map_or_else(Default::default, |o| {
        let head = text[..o.span.start].trim_start_matches(is_space);
        let start = o.span.start - head.len();
        let line = head.find('\n').map_or(head.len(), |i| i);
        instruments.in_articles(text, Span::new(start, start + line), &subject)
    });
    let by_start = |spans: &[Span]| {
        let mut v: Vec<(usize, usize)> = spans
            .iter()
            .enumerate()
            .map(|(i, s)| (s.start, i))
            .collect();
        v.sort_unstable();
        v
    };
    let (responsible, targets) = (by_start(around.responsible), by_start(around.targets));
    let in_range = |sorted: &[(usize, usize)], s: usize, e: usize| -> Vec<usize> {
        let from = sorted.partition_point(|x| x.0 < s);
        let mut v: Vec<usize> = sorted[from..]
            .iter()
            .take_while(|x| x.0 < e)
            .map(|x| x.1)
            .collect();
        v.sort_unstable();
        v
    };
    leaves
        .into_iter()
        .map(|l| {
            let next = starts.partition_point(|&s| s <= l.last);
            let mut end = starts.get(next).copied().unwrap_or(text.len());
            if let Some(b) = around.body_end.filter(|&b| b > l.start && b < end) {
                end = b;
            }
            let mut body = text[l.start..end].trim_end_matches(is_space);
            // The `##` of a Markdown heading on the next heading's line
            // (`## 第二章 …`) is no part of this clause.
            let hashes = body.trim_end_matches('#');
            if hashes.len() < body.len() && hashes.ends_with('\n') {
                body = hashes.trim_end_matches(is_space);
            }
            let span = Span::new(l.start, l.start + body.len());
            Clause {
                span,
                responsible: in_range(&responsible, span.start, span.end),
                targets: in_range(&targets, span.start, span.end),
                instruments: if l.titles[..l.titles.len().saturating_sub(1)]
                    .iter()
                    .any(|t| lists_papers(&text[t.range()]))
                {
                    Vec::new()
                } else {
                    // An article's first sentence states no heading's aim:
                    // only the chapters above it weigh as headings.
                    // Nor does a title that is a paragraph's first sentence.
                    let heads = if l.article
                        || l.titles.last().is_some_and(|&t| opens_paragraph(text, t))
                    {
                        &l.titles[..l.titles.len().saturating_sub(1)]
                    } else {
                        &l.titles[..]
                    };
                    // An article's subject matter is no measure, except
                    // in the aim of a purpose article.
                    let subject = match l.markers.last() {
                        Some(m)
                            if l.article
                                && !super::instrument::states_purpose(text, span, m.end) =>
                        {
                            &in_articles
                        }
                        _ => &subject,
                    };
                    let found = instruments.find_in_clause(text, span, heads, &skip, subject);
                    // An article is coded by what its first sentence says:
                    // none about the text itself, a rule where no cue is.
                    // Any item opening with the text's own name is about it.
                    match l.markers.last() {
                        Some(m) if l.article => instruments.code_article(text, span, m.end, found),
                        Some(m) if super::instrument::opens_about_the_text(text, span, m.end) => {
                            Vec::new()
                        }
                        _ => found,
                    }
                },
                markers: l.markers,
                titles: l.titles,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::config::Config;

    fn ids(text: &str) -> Vec<String> {
        let p = crate::policy::parse(text, &Config::default());
        p.clauses.iter().map(|c| c.id(text)).collect()
    }

    fn coded(text: &str) -> Vec<(String, Vec<String>)> {
        let p = crate::policy::parse(text, &Config::default());
        p.clauses
            .iter()
            .map(|c| {
                let tools = c
                    .instruments
                    .iter()
                    .map(|i| format!("{}/{}", i.category.as_str(), i.tool))
                    .collect();
                (c.id(text), tools)
            })
            .collect()
    }

    #[test]
    fn a_supply_cue_of_the_title_is_the_subject_matter_of_its_articles() {
        let articles = "第一条 为保障灵活就业人员的基本生活，完善养老保险制度，制定本办法。\n第二条 县社会保险经办机构为灵活就业人员办理养老保险。\n第三条 本办法自公布之日起施行。\n";
        // Titled by the insurance: its articles lay down rules on it.
        let titled = format!("某县灵活就业人员养老保险办法\n\n{articles}");
        assert_eq!(
            coded(&titled),
            [
                ("第一条".to_string(), vec!["supply/公共服务".to_string()]),
                (
                    "第二条".to_string(),
                    vec!["environment/法规管制".to_string()]
                ),
                ("第三条".to_string(), vec![]),
            ]
        );
        // Titled otherwise, the insurance named in an article is read.
        let other = format!("某县就业服务办法\n\n{articles}");
        assert_eq!(coded(&other)[1].1, ["supply/公共服务"]);
        // Not in points of a notice: only articles govern a subject matter.
        let notice = "某县灵活就业人员养老保险工作方案\n\n一、为灵活就业人员办理养老保险。\n二、加强宣传。\n";
        assert_eq!(coded(notice)[0].1, ["supply/公共服务"]);
    }

    #[test]
    fn a_supply_cue_of_the_title_is_read_where_an_article_pays_it_out() {
        let text = "某市技能提升补贴办法\n\n第一条 为规范技能提升补贴管理，制定本办法。\n第二条 职工取得证书的，按每人1000元给予技能提升补贴。\n第三条 补贴资金按季度拨付。\n第四条 人力资源社会保障部门按月公示补贴名单。\n第五条 本办法自公布之日起施行。\n";
        let supply = || vec!["supply/资金投入".to_string()];
        let got = coded(text);
        // Given (给予…补贴) and its money (补贴资金): the measure is paid.
        assert_eq!(got[1], ("第二条".to_string(), supply()));
        assert_eq!(got[2], ("第三条".to_string(), supply()));
        // A list of those paid is the scheme's procedure, a rule.
        assert_eq!(
            got[3],
            (
                "第四条".to_string(),
                vec!["environment/法规管制".to_string()]
            )
        );
    }

    #[test]
    fn leaves_of_a_nested_outline() {
        let text = "一、总体要求\n（一）指导思想。坚持。\n（二）发展目标。到2027年，企业达到37家。\n二、重点任务\n（一）增强能力\n1.建设载体。强化。\n2.促进突破。\n（二）提升水平。\n三、保障措施\n加强组织领导。\n";
        assert_eq!(
            ids(text),
            [
                "一、/（一）",
                "一、/（二）",
                "二、/（一）/1.",
                "二、/（一）/2.",
                "二、/（二）",
                "三、"
            ]
        );
        let p = crate::policy::parse(text, &Config::default());
        assert_eq!(p.clauses[1].targets, [0]);
        assert_eq!(
            &text[p.clauses[5].span.range()],
            "三、保障措施\n加强组织领导。"
        );
    }

    #[test]
    fn a_law_has_one_clause_per_article() {
        let text = "第一章 总则\n第一条 为了促进发展，制定本条例。\n第二条 本条例适用于本省。\n第二章 措施\n第三条 县级以上人民政府应当：\n（一）设立专项资金；\n（二）落实税收优惠。\n\n河北省人大常委会\n2025年3月28日\n";
        assert_eq!(
            ids(text),
            ["第一章/第一条", "第一章/第二条", "第二章/第三条"]
        );
        let p = crate::policy::parse(text, &Config::default());
        let last = &p.clauses[2];
        assert!(text[last.span.range()].ends_with("（二）落实税收优惠。"));
        // The government's 应当 is its duty, not a rule; the article's first
        // sentence is no heading, so the one mention of 专项资金 is kept.
        let tools: Vec<&str> = last.instruments.iter().map(|i| &*i.tool).collect();
        assert_eq!(tools, ["资金投入", "税收优惠"]);
    }

    #[test]
    fn an_article_whose_marker_stands_alone_is_a_clause() {
        let text = "某某管理办法\n\n第一条\n\n为做好管理工作，制定本办法。\n\n第二条\n\n其他费用：1.甲费。\n\n6.财务成本，指利息等。\n";
        assert_eq!(ids(text), ["第一条", "第二条"]);
        let p = crate::policy::parse(text, &Config::default());
        assert_eq!(
            &text[p.clauses[1].span.range()],
            "第二条\n\n其他费用：1.甲费。\n\n6.财务成本，指利息等。"
        );
    }

    #[test]
    fn a_law_kept_as_markdown() {
        let text = "# 某某条例\n\n## 第一章 总则\n\n第一条 为了促进发展，制定本条例。\n\n## 第二章 附则\n\n第二条 本条例自公布之日起施行。\n";
        assert_eq!(ids(text), ["第一章/第一条", "第二章/第二条"]);
        let p = crate::policy::parse(text, &Config::default());
        assert!(text[p.clauses[0].span.range()].ends_with("制定本条例。"));
    }

    /// Each clause's instruments of `p`, read from `text`, as (tool, cue
    /// text) pairs.
    fn tools_and_cues<'a>(
        p: &'a crate::policy::Policy,
        text: &'a str,
    ) -> Vec<Vec<(&'a str, &'a str)>> {
        p.clauses
            .iter()
            .map(|c| {
                c.instruments
                    .iter()
                    .map(|i| (&*i.tool, &text[i.cue.range()]))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn an_article_is_coded_by_what_its_first_sentence_says() {
        let text = "第一章 总则\n第一条 为了规范园区厂房租赁行为，制定本办法。\n第二条 本办法所称园区，是指经市政府批准设立的区域。\n第三条 (报表)  园区内企业按季度报送统计报表。\n第四条 园区企业的贷款贴息按照国家有关规定执行。\n第五条 园区厂房租赁遵循公开、公平的原则。\n第六条 本办法自2026年1月1日起施行。原有专项资金继续使用。\n第七条 入驻企业按规定享受贷款贴息。\n第八条 国家鼓励企业在园区内开设职工食堂。\n";
        let p = crate::policy::parse(text, &Config::default());
        let found = tools_and_cues(&p, text);
        assert_eq!(
            found,
            [
                // The purpose article states regulation as its aim.
                vec![("法规管制", "规范园区厂房租赁行为")],
                // A definition adds none.
                vec![],
                // A rule with no cue word: its first sentence, the label skipped.
                vec![("法规管制", "园区内企业按季度报送统计报表")],
                // A referral, principles and the date of effect deploy no
                // measure, whatever cue they hold.
                vec![],
                vec![],
                vec![],
                // An article with a cue is coded by its cue.
                vec![("金融支持", "贷款")],
                // The state's encouragement promotes, it lays down no rule.
                vec![],
            ]
        );
        // A verb of encouragement opening the first sentence, the text's
        // own voice, promotes too: no rule.
        let text = "第一条 为了规范园区管理，制定本办法。\n第二条 提倡园区企业开展职工读书活动；鼓励企业设立阅览室。\n第三条 园区企业按月报送用工台账。\n";
        let p = crate::policy::parse(text, &Config::default());
        let cues = tools_and_cues(&p, text);
        assert!(cues[1].is_empty());
        assert_eq!(cues[2], [("法规管制", "园区企业按月报送用工台账")]);
        // A point of a plan with no cue word gets none: it is no article.
        let p = crate::policy::parse(
            "一、工作安排\n（一）园区内企业按季度报送统计报表。\n",
            &Config::default(),
        );
        assert!(p.clauses[0].instruments.is_empty());
        // Liability other laws already set (…，从其规定) is a referral too.
        let p = crate::policy::parse(
            "第一条 为了规范园区管理，制定本办法。\n第二条 违反本办法的行为，其他法律已有处罚规定的，从其规定。\n",
            &Config::default(),
        );
        assert!(p.clauses[1].instruments.is_empty());
        // A sentence ending in 执行 that names nothing it follows lays down
        // its own rule: the cue 管理制度 codes it; one that names what it
        // follows (参照…执行) is a referral.
        let text = "第一条 为了规范园区管理，制定本办法。\n第二条 园区企业应当建立防汛管理制度并组织执行。\n第三条 园区企业的防汛参照本市有关规定执行。\n";
        let p = crate::policy::parse(text, &Config::default());
        let cues = tools_and_cues(&p, text);
        assert_eq!(cues[1], [("法规管制", "管理制度")]);
        assert!(cues[2].is_empty());
        // A referral followed by the article's own measures is a rule
        // among them: the cues of the whole article are read.
        let text = "第一条 为了规范园区管理，制定本办法。\n第二条 园区企业职工的公积金贷款额度按省里的规定执行。首次在园区购房的职工，给予每户3000元补贴。\n";
        let p = crate::policy::parse(text, &Config::default());
        let cues = tools_and_cues(&p, text);
        assert_eq!(cues[1], [("金融支持", "公积金"), ("消费激励", "补贴")]);
        // 规定 and a verb of one or two characters ending the first
        // sentence refer to rules elsewhere too (按照国家规定计息); a longer
        // ending after 规定 is the article's own rule.
        let text = "第一条 为了规范园区管理，制定本办法。\n第二条 园区企业缴存的保证金按照国家规定计息。\n第三条 园区企业按照本办法规定按月报送用工台账。\n";
        let p = crate::policy::parse(text, &Config::default());
        let cues = tools_and_cues(&p, text);
        assert!(cues[1].is_empty());
        assert_eq!(cues[2].len(), 1);
        // An aim to administer (为了加强…管理) is an aim to regulate; a
        // law the article rests on (《…管理条例》) states no aim.
        let text = "第一条 为了加强园区厂房管理，制定本办法。\n第二条 为了促进园区发展，根据《某某园区管理条例》，制定本办法。\n";
        let p = crate::policy::parse(text, &Config::default());
        let cue = |k: usize| -> Vec<(&str, &str)> {
            p.clauses[k]
                .instruments
                .iter()
                .map(|i| (&*i.tool, &text[i.cue.range()]))
                .collect()
        };
        assert_eq!(cue(0), [("法规管制", "管理")]);
        assert!(cue(1).is_empty());
        // An aim to protect (加强…保护) is one too.
        let text = "第一条 为鼓励湿地修复，加强湿地保护，制定本办法。\n";
        let p = crate::policy::parse(text, &Config::default());
        let cues = tools_and_cues(&p, text);
        assert_eq!(cues[0], [("法规管制", "保护")]);
    }

    #[test]
    fn an_item_opening_with_the_texts_own_name_is_about_the_text() {
        let text = "一、支持购房\n1、对购房者给予补贴。\n2、本措施除“购房即入学”措施以外，其他措施自发布之日起执行。\n";
        let p = crate::policy::parse(text, &Config::default());
        let counts: Vec<usize> = p.clauses.iter().map(|c| c.instruments.len()).collect();
        assert_eq!(counts, [1, 0]);
    }

    #[test]
    fn a_category_stated_in_a_heading_outranks_one_mention() {
        let tools = |text: &str| -> Vec<Vec<String>> {
            let p = crate::policy::parse(text, &Config::default());
            p.clauses
                .iter()
                .map(|c| c.instruments.iter().map(|i| i.tool.to_string()).collect())
                .collect()
        };
        // 金融 is stated in the heading and cued in the clause: the one
        // mention of 培训 is left out, the two of 补贴 are kept.
        let text = "一、加大金融支持\n（一）扩大信贷投放。发放贷款，开展培训。\n（二）扩大信贷投放。发放贷款，给予补贴，补贴到户。\n";
        assert_eq!(
            tools(text),
            [vec!["金融支持"], vec!["金融支持", "资金投入"]]
        );
        // With no category stated in a heading, every cue counts.
        let text = "一、工作措施\n（一）扩大投放。发放贷款，开展培训。\n";
        assert_eq!(tools(text), [vec!["金融支持", "人才培养"]]);
    }

    #[test]
    fn a_title_leading_into_a_formula_weighs_as_no_heading() {
        // The title of 1. runs to its first full stop and holds a colon: a
        // sentence of the paragraph, whose 用地 is no heading's aim, so the
        // rule cued once later in the paragraph (不得) stays.
        let text = "四、建设要求\n\n（一）新建公共建筑\n\n1.综合利用量应根据建设用地内的总建筑面积核算：综合利用量=系数×总建筑面积。容积率大于4.0的公共建筑，综合利用量不得低于核算量的60%。\n\n2.屋顶安装光伏的面积比例不得低于30%。\n";
        assert_eq!(
            coded(text),
            [
                (
                    "四、/（一）/1.".to_string(),
                    vec![
                        "supply/基础设施".to_string(),
                        "environment/法规管制".to_string()
                    ]
                ),
                (
                    "四、/（一）/2.".to_string(),
                    vec!["environment/法规管制".to_string()]
                ),
            ]
        );
        // The headings above such a title still weigh: the training
        // mentioned once beside the credit is left out.
        let text = "一、加大金融支持。\n\n（一）信贷支持：扩大贷款。银行扩大贷款投放，开展培训。\n";
        assert_eq!(
            coded(text),
            [(
                "一、/（一）".to_string(),
                vec!["environment/金融支持".to_string()]
            )]
        );
    }

    #[test]
    fn no_instrument_under_a_list_of_papers() {
        let text = "一、支持措施\n（一）给予贷款贴息。\n二、申请材料\n（一）已网签备案的《买卖合同》；\n（二）住房公积金缴存证明。\n";
        let p = crate::policy::parse(text, &Config::default());
        let counts: Vec<usize> = p.clauses.iter().map(|c| c.instruments.len()).collect();
        assert_eq!(counts, [1, 0, 0]);
    }

    #[test]
    fn no_outline_no_clauses() {
        assert!(ids("本报讯 今年以来，全市新增专项资金5亿元。").is_empty());
    }
}
