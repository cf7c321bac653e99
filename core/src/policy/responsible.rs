//! Responsibility brackets: the bracket after a task that says who does it,
//! in the forms documents use (SPEC 2, `responsible`):
//!
//! - labelled: `（责任单位：A、B）`, `（牵头单位：A；配合单位：B、C）`,
//!   `（牵头单位：A，责任单位：B）`, `〔负责部门：A〕`;
//! - closed by a verb: `（A牵头，B配合）`, `（A、B等负责）`,
//!   `（A、B按职责分工负责）`.
//!
//! The bracket's text is split into groups on ，；, and each group into
//! units on 、 (never inside brackets: `各县(市、区)` is one unit). A label
//! opens a group and gives the role of its units until the next label; a
//! closing verb (and a 等 before it) is stripped and gives its role to the
//! units of its group. Labels and verbs are the rows of
//! `data/policy_responsible.tsv`; in a bracket, a head noun of that table
//! (单位, 部门, 处室, 机构) after a qualifier of one to four Han characters
//! and a colon is a label too (`落实单位：`), leading when its qualifier is a
//! lead word (`主责处室：`). A bracket is taken when it has a label,
//! or when its last group ends with a verb and every unit is short.
//!
//! A line of its own that opens with a label (`责任单位：A、B`, after the
//! item it closes) is read the same way, its span the line.
//!
//! A catch-all unit, made only of collectives that name nobody (`各有关部门`,
//! `各有关部门和单位`), is dropped when other units are named, and a list's
//! closing `等` takes such a collective with it (`A等有关部门和单位负责`);
//! a 各 unit continued by levels after 、 (`各区、县级市`, `各市、州、县人民政府`)
//! is one unit, and so are levels alone before levels with their body
//! (`市州、县市区人民政府`). The units end at a 。 unless the sentence after
//! it is units closed by a verb (`…。市州、县市区人民政府负责落实；以下…`).
//! Places before a place of a level with its body share the body
//! (`广州、深圳市政府`, `济源示范区、航空港区管委会` are one unit each). A
//! weak verb (落实, 组织实施) closes a group only after a manner or an
//! adverb (`依据各自职责分别组织实施`). A group under a label of another
//! kind (`完成时限：`) and a group after the first that is a time limit
//! (`2025年底前完成`, `长期坚持`) hold no units.
//! A label of the table in square brackets stands for the label and its
//! colon (`【责任单位】A、B`): the item runs from it over its units to the
//! line's end or a 。.
//! `lead`: the units of a 牵头 label or verb, or marked `（牵头）`; else, when
//! a note of the document says the first unit listed leads
//! (`列第一位者为牵头单位`), the first unit, or when it says the units before
//! the first comma lead (`逗号前面的为牵头单位`), those units. A note inside
//! a bracket holds for the later brackets only with 下同 after it.

use super::text::{
    is_clause_sep, is_close, is_colon, is_label_colon, is_open, is_space, lines, trim, ENUM_COMMA,
    FULL_STOP,
};
use crate::entity::Span;
use crate::lexicon::{has_char, List, RoleWords};
use std::sync::LazyLock;

/// A responsibility bracket and the outline item it closes.
///
/// ```
/// let text = "二、任务\n(一)能力\n1.建设载体。到2027年完成。(牵头单位:市科技局;责任单位:各县(市、区))\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// let r = &p.responsible[0];
/// assert_eq!(&text[r.span.range()], "(牵头单位:市科技局;责任单位:各县(市、区))");
/// let units: Vec<_> = r.units.iter().map(|u| &text[u.range()]).collect();
/// assert_eq!(units, ["市科技局", "各县(市、区)"]);
/// let lead: Vec<_> = r.lead.iter().map(|u| &text[u.range()]).collect();
/// assert_eq!(lead, ["市科技局"]);
/// let path: Vec<_> = r.path.iter().map(|m| &text[m.range()]).collect();
/// assert_eq!(path, ["二、", "(一)", "1."]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Responsible {
    /// The bracket with its brackets.
    pub span: Span,
    /// The responsible units, as written, in order.
    pub units: Vec<Span>,
    /// The units that lead the work (a subset of `units`).
    pub lead: Vec<Span>,
    /// The markers of the outline item the bracket closes, outermost first.
    pub path: Vec<Span>,
}

string_enum! {
    /// The role of a row of `policy_responsible.tsv` (its header explains each).
    enum Role {
        /// A label whose units share the work.
        Label => "label",
        /// A label whose units lead.
        LeadLabel => "lead_label",
        /// A verb closing a group of units.
        Verb => "verb",
        /// A verb closing a group that leads.
        LeadVerb => "lead_verb",
        /// A verb closing a group only after a manner or an adverb
        /// (按职责分工落实, 分别组织实施).
        WeakVerb => "weak_verb",
        /// A word before a closing verb, stripped with it (分别, 共同).
        Adverb => "adverb",
        /// A word of a time limit: a group opening with it is no unit
        /// (长期坚持, 持续推进).
        TimeWord => "time_word",
        /// A word of a date: a group with a figure and one is a time limit
        /// (2025年底前完成).
        DateWord => "date_word",
        /// A word after a label standing for its colon (责任单位为A).
        Copula => "copula",
        /// A noun of a collective that names nobody (部门, 单位).
        Collective => "collective",
        /// A word before such a noun (各, 有关).
        Vague => "vague",
        /// A word joining two collectives (和, 及).
        Joiner => "joiner",
        /// A word between two units, like 、 (及, 会同).
        Separator => "separator",
        /// A level before a collective (省直有关部门).
        Scope => "scope",
        /// A word after a one-character scope that keeps it a scope (级, 直:
        /// 区级相关部门 as 省级有关部门).
        ScopeTail => "scope_tail",
        /// A group that is a remark, not units (下同).
        Remark => "remark",
        /// A word opening a remark group that ends the units (以下均需…落实).
        RemarkLead => "remark_lead",
        /// A note opening a group whose units the note binds to every point
        /// from here on, so they are units of its own bracket too
        /// (以下均需C、D落实，不再列出).
        AssignNote => "assign_note",
        /// The word that opens a unit of all places of a level (各).
        Each => "each",
        /// A word that makes a unit a clause with an agent (由).
        Agent => "agent",
        /// A word opening the manner of a closing verb (按分工负责).
        Manner => "manner",
        /// A word of duties in such a manner phrase (分工, 职责).
        MannerNoun => "manner_noun",
        /// A word holding an agent word that is not one (自由).
        NotAgent => "not_agent",
        /// A place word saying the first unit leads.
        FirstLead => "first_lead",
        /// The name of a comma saying, with a word of place before after it,
        /// that the units before a bracket's first comma lead (逗号).
        CommaLead => "comma_lead",
        /// A word of place before, after such a name (前面, 之前).
        Before => "before",
        /// A vague word of relevance: with it a collective of a kind names
        /// nobody (相关国有企业; 各金融机构 names them all).
        Relevant => "relevant",
        /// The end of a list before its verb.
        Closer => "closer",
        /// A level of government continuing a 各 unit.
        AdminTail => "admin_tail",
        /// A body of government (see the table's header).
        AdminBody => "admin_body",
        /// A body that governs only zones (管委会): the place before it is a
        /// zone whatever its name ends with (`东北新城管委会`).
        ZoneBody => "zone_body",
        /// The noun a label ends with (单位 in 落实单位：).
        LabelHead => "label_head",
        /// A label's qualifier saying its units lead (牵头, 主责).
        LeadQualifier => "lead_qualifier",
        /// A word opening a bracket after a unit that says what the unit
        /// includes (含, 包括): a remark, not part of the unit's name.
        Inclusion => "inclusion",
    }
    error: crate::ErrorKind::InvalidData, "responsibility role"
}

/// The rows of the table as written.
fn table() -> crate::lexicon::Table<(&'static str, Role)> {
    crate::lexicon::word_roles("policy_responsible.tsv", TABLE)
}

const TABLE: &str = include_str!("../data/policy_responsible.tsv");

/// The rows of the table, longest word first.
static WORDS: LazyLock<RoleWords<Role>> = LazyLock::new(|| RoleWords::new(table().items, true));

fn words(role: Role) -> impl Iterator<Item = &'static str> {
    WORDS.of(role)
}

/// Characters of a bracket's text looked at.
const MAX_CHARS: usize = 400;
/// The longest unit of a bracket without a label.
const MAX_UNIT_CHARS: usize = 30;
/// How far after a 第一位 the 牵头 of a first-unit-leads phrase may be.
const FIRST_LEAD_WINDOW: usize = 12;

/// What a note of the document says leads in a bracket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadNote {
    /// The first unit listed (`列第一位者为牵头单位`).
    First,
    /// The units before the bracket's first comma (`逗号前面的为牵头单位`);
    /// all of them when it has none.
    BeforeComma,
}

/// A note saying which units lead: where it is, up to where it holds, and
/// what it says.
#[derive(Debug, Clone, Copy)]
struct Note {
    at: usize,
    until: usize,
    kind: LeadNote,
}

/// The notes of `text` saying which units of a bracket lead: a place word
/// (`first_lead`: 第一位) or the name of a comma with a word of place before
/// after it (`comma_lead`, `before`: 逗号前面), followed by 牵头 within twelve
/// characters. A note outside brackets holds from there on; one inside a
/// bracket holds for that bracket, and for the later ones only with 下同
/// after it in its bracket (`（…。逗号前面的为牵头单位，下同）`).
fn lead_notes(text: &str) -> Vec<Note> {
    let leads_within = |after: &str| {
        let window: String = after.chars().take(FIRST_LEAD_WINDOW).collect();
        words(Role::LeadVerb).any(|w| window.contains(w))
    };
    let mut out = Vec::new();
    let cues = words(Role::FirstLead)
        .map(|w| (w, LeadNote::First))
        .chain(words(Role::CommaLead).map(|w| (w, LeadNote::BeforeComma)));
    for (cue, kind) in cues {
        for (at, _) in text.match_indices(cue) {
            let mut after = &text[at + cue.len()..];
            if kind == LeadNote::BeforeComma {
                match words(Role::Before).find_map(|w| after.strip_prefix(w)) {
                    Some(r) => after = r,
                    None => continue,
                }
            }
            if leads_within(after) {
                out.push(Note {
                    at,
                    until: note_reach(text, at),
                    kind,
                });
            }
        }
    }
    out.sort_by_key(|n| n.at);
    out
}

/// How far a note at `at` holds: the end of the bracket holding it, unless
/// 下同 follows it there; the text's end for a note outside brackets.
fn note_reach(text: &str, at: usize) -> usize {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut depth = 0usize;
    let mut inside = false;
    for c in text[line_start..at].chars().rev().take(MAX_CHARS) {
        if is_close(c) {
            depth += 1;
        } else if is_open(c) {
            if depth == 0 {
                inside = true;
                break;
            }
            depth -= 1;
        }
    }
    if !inside {
        return text.len();
    }
    let mut depth = 0usize;
    for (n, (i, c)) in text[at..].char_indices().enumerate() {
        if n > MAX_CHARS || c == '\n' {
            break;
        }
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            if depth == 0 {
                let close = at + i;
                let carried = words(Role::Remark).any(|w| text[at..close].contains(w));
                return if carried {
                    text.len()
                } else {
                    close + c.len_utf8()
                };
            }
            depth -= 1;
        }
    }
    text.len()
}

/// The units that lead in the bracket `text[start..end]` (its units read
/// from `body`, where its depth 0 opens) by the latest note holding there.
fn noted_lead(text: &str, notes: &[Note], body: usize, end: usize, units: &[Unit]) -> Vec<Span> {
    let Some(note) = notes.iter().rev().find(|n| n.at < end && end <= n.until) else {
        return Vec::new();
    };
    match note.kind {
        LeadNote::First => units.first().map(|u| u.span).into_iter().collect(),
        LeadNote::BeforeComma => {
            let comma = first_comma(text, body, end).unwrap_or(end);
            units
                .iter()
                .filter(|u| u.span.end <= comma)
                .map(|u| u.span)
                .collect()
        }
    }
}

/// The first comma at bracket depth 0 of `text[start..end]`.
fn first_comma(text: &str, start: usize, end: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text[start..end].char_indices() {
        if is_open(c) {
            depth += 1;
        } else if is_close(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && has_char(List::Comma, c) {
            return Some(start + i);
        }
    }
    None
}

/// A unit of a bracket with its role.
#[derive(Debug, Clone, Copy)]
struct Unit {
    span: Span,
    lead: bool,
}

/// The units of the bracket text `text[start..end]`, and whether it
/// reads as a responsibility bracket.
fn read(text: &str, start: usize, end: usize) -> Option<Vec<Unit>> {
    read_in(text, start, end, false)
}

/// [`read`] of a bracket's text: a bracket that opens with a label of the
/// table (its colon written or not) takes such labels without their colon
/// (`（责任单位甲局，配合单位乙局）`, [`bare_label_at`]).
fn read_bracket(text: &str, start: usize, end: usize) -> Option<Vec<Unit>> {
    let head = text[start..end].trim_start_matches(is_space);
    let bare = table_label_at(head).is_some() || bare_label_at(head).is_some();
    read_in(text, start, end, bare)
}

/// [`read`], labels without their colon taken when `bare`.
fn read_in(text: &str, start: usize, end: usize, bare: bool) -> Option<Vec<Unit>> {
    let label_at = |s: &str| label_at(s).or_else(|| bare.then(|| bare_label_at(s)).flatten());
    // Groups (split on ，；) of units (split on 、), at bracket depth 0.
    // The units end at a 。 (a remark may follow: `…负责。列第一位者为牵头单位`),
    // unless the sentence after it is units closed by a verb (`责任单位：A、B。
    // 市州、县市区人民政府负责落实；以下均由…`): a group more, up to its 。 or ；.
    let end = match text[start..end].find(FULL_STOP) {
        None => end,
        Some(i) => {
            let after = start + i + FULL_STOP.len_utf8();
            let next = text[after..end]
                .find(|c| has_char(List::StopOrSemicolon, c))
                .map_or(end, |j| after + j);
            let (s, e) = trim(text, after, next);
            let sentence = &text[s..e];
            // `（牵头单位：A。配合单位：B）`: a label after the 。 goes on.
            // `。以下均需C、D落实，不再列出`: a note naming units goes on.
            let units = (verb_at_end(sentence).is_some()
                && !sentence.contains(is_colon)
                && !names_an_agent(sentence)
                && sentence.chars().count() <= MAX_UNIT_CHARS)
                || responsibility_label_at(sentence)
                || assign_note_at(sentence).is_some();
            if units {
                next
            } else {
                start + i
            }
        }
    };
    let mut groups: Vec<Vec<(usize, usize)>> = vec![Vec::new()];
    let mut depth = 0usize;
    let mut unit_start = start;
    let mut skip = 0;
    // The group opened by a note binding units to every later point
    // (`以下均需C、D落实`), read without the note's words.
    let mut note_group: Option<usize> = None;
    for (i, c) in text[start..end].char_indices() {
        let at = start + i;
        if at < skip {
            continue;
        }
        if depth == 0 && note_group.is_none() {
            let t = &text[unit_start..end];
            let blank = t.len() - t.trim_start_matches(is_space).len();
            if at == unit_start + blank {
                if let Some(len) = assign_note_at(&text[at..end]) {
                    note_group = Some(groups.len() - 1);
                    unit_start = at + len;
                    skip = unit_start;
                    continue;
                }
            }
        }
        if depth == 0 && is_open(c) {
            if let Some((len, _)) = bracketed_label_at(&text[at..end]) {
                // `【牵头单位】A【配合单位】B`: a bracketed label opens a group.
                if !text[unit_start..at].trim_matches(is_space).is_empty() {
                    groups.last_mut()?.push((unit_start, at));
                    groups.push(Vec::new());
                }
                unit_start = at;
                skip = at + len;
                continue;
            }
        }
        // ASCII angle brackets stand for 〈〉 inside a bracket
        // (`各县<市、区>政府`) when one closes what one opens.
        let angle_open = c == '<' && text[at..end].contains('>');
        let angle_close = c == '>' && depth > 0;
        if is_open(c) || angle_open {
            depth += 1;
        } else if is_close(c) || angle_close {
            depth = depth.saturating_sub(1);
        } else if depth == 0
            && (c == ENUM_COMMA || c == FULL_STOP || has_char(List::CommaOrSemicolon, c))
        {
            groups.last_mut()?.push((unit_start, at));
            if c != ENUM_COMMA {
                groups.push(Vec::new());
            }
            unit_start = at + c.len_utf8();
        } else if depth == 0
            && is_space(c)
            && opens_a_label(text[at..end].trim_start_matches(is_space))
        {
            // `牵头单位：A 配合单位：B`: a label after a space opens a group.
            groups.last_mut()?.push((unit_start, at));
            groups.push(Vec::new());
            unit_start = at + c.len_utf8();
        } else if let Some(w) = (depth == 0)
            .then(|| {
                words(Role::Separator)
                    .find(|w| text[at..end].starts_with(w))
                    .or_else(|| joiner_before_each(&text[unit_start..at], &text[at..end]))
            })
            .flatten()
        {
            // `A、B等和各省级人民政府负责`, `A及各县区政府负责`,
            // `A会同B负责`: the list goes on after the separator.
            groups.last_mut()?.push((unit_start, at));
            unit_start = at + w.len();
            skip = unit_start;
        }
    }
    groups.last_mut()?.push((unit_start, end));
    // In a labelled bracket, a time limit or another label before the first
    // responsibility label is no unit (`（完成时限：2025年底前；责任单位：…）`,
    // `（2025年底前完成，责任单位：…）`); a unit with its verb is
    // (`（市发展改革委牵头，责任单位：市财政局）`).
    let first_label = groups.iter().position(|g| {
        g.first()
            .is_some_and(|&(s, e)| label_at(text[s..e].trim_start_matches(is_space)).is_some())
    });
    if let Some(k) = first_label {
        let remark = |g: &Vec<(usize, usize)>| {
            g.iter()
                .any(|&(s, e)| text[s..e].contains(|c: char| is_colon(c) || c.is_ascii_digit()))
        };
        if groups[..k].iter().all(remark) {
            groups.drain(..k);
        }
    }
    // A remark (`排在第一位的部门为牵头部门，下同`) ends the units; a note
    // binding units to every later point (`以下均需C、D落实，不再列出`) is the
    // last group, its units this bracket's too (those not named before it).
    let mut assign: Option<usize> = None;
    if let Some(k) = groups.iter().enumerate().position(|(k, g)| {
        note_group == Some(k)
            || g.first().is_some_and(|&(s, e)| {
                let t = text[s..e].trim_start_matches(is_space);
                !lead_notes(t).is_empty()
                    || words(Role::Remark).any(|w| t == w)
                    || words(Role::RemarkLead).any(|w| t.starts_with(w))
            })
    }) {
        if note_group == Some(k) {
            groups.truncate(k + 1);
            assign = Some(k);
        } else {
            groups.truncate(k);
        }
    }
    // A group under a label that is not one of responsibility (`适用范围：`,
    // `完成时限：`) holds no units, nor do the groups after it up to the next
    // label of responsibility; after the first group, a group that is a time
    // limit (`（责任单位：A，2025年底前完成）`) holds none either.
    let mut other_label = false;
    let mut first = true;
    groups.retain(|g| {
        let Some(&(s, e)) = g.first() else {
            return true;
        };
        let t = text[s..e].trim_start_matches(is_space);
        if label_at(t).is_some() {
            other_label = false;
            first = false;
            return true;
        }
        if t.contains(is_colon) {
            other_label = true;
        }
        let limit = !first && g.len() == 1 && is_time_limit(&text[s..e]);
        first = false;
        !(other_label || limit)
    });
    if groups.is_empty() {
        return None;
    }

    let mut out = Vec::new();
    let mut labelled = false;
    let mut lead_label = false;
    let mut closed_by_verb = false;
    // Units of unlabelled groups not closed by a verb, before any label: a
    // comma may list them (`（省委金融办，省财政厅牵头负责）`), so they take the
    // role of the verb that closes the next group.
    let mut any_label = false;
    let mut any_verb = false;
    // A group closed by a 牵头 verb: with a headed label after it
    // (`（A牵头，落实单位：B）`) the bracket is one of responsibility, as
    // with a lead label.
    let mut lead_verb = false;
    let mut pending: Vec<usize> = Vec::new();
    let mut assigned = usize::MAX;
    for (g, group) in groups.iter().enumerate() {
        let first_unit = out.len();
        let noted = assign == Some(g);
        if noted {
            // The note's units share the work; none leads.
            assigned = first_unit;
            lead_label = false;
        }
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (k, &(s, e)) in group.iter().enumerate() {
            let (mut s, e) = trim(text, s, e);
            if k == 0 {
                if let Some((len, lead)) = label_at(&text[s..e]) {
                    any_label = true;
                    // A headed label alone (`作者单位：`) makes no bracket
                    // of responsibility: a label of the table or a lead does.
                    labelled |= lead
                        || responsibility_label_at(&text[s..e])
                        || (bare && bare_label_at(&text[s..e]).is_some());
                    lead_label = lead;
                    s += len;
                }
            }
            spans.push((s, e));
        }
        // A verb closing the group's last unit gives its role to the group.
        let mut lead = lead_label;
        closed_by_verb = false;
        if let Some(last) = spans.last_mut() {
            // After a group closed by a verb, a weak verb alone closes one
            // too (`（A牵头，B落实，下同）`).
            if let Some((len, verb_lead)) = verb_at_end_in(&text[last.0..last.1], any_verb || noted)
            {
                last.1 -= len;
                closed_by_verb = true;
                any_verb = true;
                lead_verb |= verb_lead;
                lead |= verb_lead;
            }
        }
        // `（由A牵头实施）`: the agent word opening a bracket whose first
        // group a verb closes is no part of the first unit.
        if g == 0 && closed_by_verb && !any_label {
            if let Some(first) = spans.first_mut() {
                if let Some(w) = words(Role::Agent).find(|w| text[first.0..first.1].starts_with(w))
                {
                    first.0 += w.len();
                }
            }
        }
        // `各区、县级市`: a level after a 各 unit continues it.
        // `各市、州、县人民政府`: the last level may carry the body's name.
        let mut k = 0;
        while k + 1 < spans.len() {
            let (s, e) = spans[k];
            let next = &text[spans[k + 1].0..spans[k + 1].1];
            let this = &text[s..e];
            // `市州、县市区人民政府`: levels alone, then levels and their body.
            let levels_only = levels_then(this).is_some_and(str::is_empty);
            let continues = match levels_then(next) {
                Some(rest) if rest.is_empty() || words(Role::AdminBody).any(|b| b == rest) => {
                    // Only a 各 of levels alone goes on (`各乡镇场、街道`
                    // are two: 场 is no level).
                    // (a 各 unit already continued holds a 、).
                    words(Role::Each).any(|w| {
                        this.strip_prefix(w).is_some_and(|r| {
                            r.contains(ENUM_COMMA) || levels_then(r).is_some_and(str::is_empty)
                        })
                    }) || (levels_only && !rest.is_empty())
                }
                _ => false,
            };
            // `广州、深圳市政府`: a bare place name before a unit that opens
            // with a place and names a body shares that body.
            let shares_body = super::level::is_place_name(this)
                && super::level::opens_with_place(next)
                && super::level::ends_as_body(next);
            if (continues && !ends_with_body(&text[s..e])) || shares_body {
                spans[k] = (s, spans[k + 1].1);
                spans.remove(k + 1);
            } else {
                k += 1;
            }
        }
        // `广州、深圳市政府`, `济源示范区、航空港区管委会`: places before a
        // place with its body share that body; they are one unit. Read from
        // the last, so that a longer list shares it too (`A市、B市、C州人民政府`).
        let mut k = spans.len().saturating_sub(1);
        while k > 0 {
            k -= 1;
            let (s, e) = spans[k];
            let (s2, e2) = spans[k + 1];
            if shares_body(&text[s..e], &text[s2..e2]) {
                spans[k] = (s, e2);
                spans.remove(k + 1);
            }
        }
        for (k, (s, mut e)) in spans.iter().copied().enumerate() {
            // `各区人民政府〈含开发区，下同〉`: what a unit includes is no
            // part of its name.
            if let Some(len) = inclusion_at_end(&text[s..e]) {
                e = s + text[s..e - len].trim_end_matches(is_space).len();
            }
            // `…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`:
            // a note of the lead closing a label line is no part of a unit.
            if let Some(len) = lead_note_at_end(&text[s..e]) {
                e = s + text[s..e - len].trim_end_matches(is_space).len();
            }
            // `市发展改革委（牵头）`: a bracket of a role after a unit gives
            // it that role.
            if let Some((len, role_lead)) = role_bracket_at_end(&text[s..e]) {
                let (s2, e2) = trim(text, s, e - len);
                if s2 < e2 {
                    out.push(Unit {
                        span: Span::new(s2, e2),
                        lead: role_lead || lead,
                    });
                }
                continue;
            }
            // 等 closes the list (A、B等), or a unit with its own verb (A牵头、B负责).
            if let Some((len, verb_lead)) = verb_at_end(&text[s..e]) {
                e -= len;
                let (s2, e2) = trim(text, s, e);
                if s2 < e2 {
                    out.push(Unit {
                        span: Span::new(s2, e2),
                        lead: verb_lead || lead_label,
                    });
                }
                continue;
            }
            if k + 1 == spans.len() {
                e = s + strip_closer(&text[s..e]).len();
            }
            let (s, e) = trim(text, s, e);
            if s < e {
                out.push(Unit {
                    span: Span::new(s, e),
                    lead,
                });
            }
        }
        if any_label {
            pending.clear();
        } else if closed_by_verb {
            for i in pending.drain(..) {
                out[i].lead = lead;
            }
        } else {
            pending.extend(first_unit..out.len());
        }
    }
    // The note's units named before it in the bracket are not repeated.
    let mut k = assigned;
    while k < out.len() {
        let t = &text[out[k].span.range()];
        if out[..k].iter().any(|u| &text[u.span.range()] == t) {
            out.remove(k);
        } else {
            k += 1;
        }
    }
    if out.is_empty() {
        return None;
    }
    labelled |= any_label && lead_verb;
    if !labelled {
        let short = out.iter().all(|u| {
            let t = &text[u.span.range()];
            let n = t.chars().count();
            (2..=MAX_UNIT_CHARS).contains(&n)
                && !t.contains(|c| has_char(List::UnitNameStop, c))
                && !names_an_agent(t)
                && !t.chars().any(|c| c.is_ascii_digit() || is_space(c))
        });
        if !(closed_by_verb && short) {
            return None;
        }
    }
    Some(out)
}

/// A note binding units to every later point at the start of `s`
/// (`以下均需C、D落实`): the byte length of its words before the units.
fn assign_note_at(s: &str) -> Option<usize> {
    words(Role::AssignNote)
        .find(|w| s.starts_with(w))
        .map(str::len)
}

/// A label with its colon at the start of `s`: its byte length and whether
/// it is a 牵头 label. Inside a bracket a label is a row of the table or any
/// `<qualifier><head>：`, a head noun of the table (单位, 部门, 处室, 机构)
/// after a qualifier of one to four Han characters (`落实单位：`,
/// `主责处室：`); it leads when its qualifier is a lead word (牵头, 主责).
/// Such a label opens a group in a bracket that a lead (by a label or a
/// 牵头 verb: `（A牵头，落实单位：B）`) or a label of the table makes one of
/// responsibility (`（作者单位：某局）` is none).
fn label_at(s: &str) -> Option<(usize, bool)> {
    table_label_at(s)
        .or_else(|| headed_label_at(s))
        .or_else(|| bracketed_label_at(s))
}

/// A label of the table in square brackets at the start of `s`, the
/// bracket in place of the colon (`【责任单位】`, `【牵头单位】：`): its byte
/// length and whether it leads.
fn bracketed_label_at(s: &str) -> Option<(usize, bool)> {
    let open = s
        .chars()
        .next()
        .filter(|&c| is_open(c) && crate::chars::halfwidth(c) != '(')?;
    let inner = &s[open.len_utf8()..];
    WORDS.rows().find_map(|&(w, role)| {
        let lead = label_leads(role)?;
        let rest = inner.strip_prefix(w)?.trim_start_matches(is_space);
        let close = rest.chars().next().filter(|&c| is_close(c))?;
        let after = &rest[close.len_utf8()..];
        let after = after.strip_prefix(|c: char| is_colon(c)).unwrap_or(after);
        Some((s.len() - after.len(), lead))
    })
}

/// The most Han characters before a label's head noun.
const MAX_QUALIFIER_CHARS: usize = 4;

/// A label made of a short qualifier and a head noun, with its colon, at
/// the start of `s` (see [`label_at`]).
fn headed_label_at(s: &str) -> Option<(usize, bool)> {
    let mut ends = s.char_indices().skip(1).map(|(i, _)| i).chain([s.len()]);
    for _ in 0..MAX_QUALIFIER_CHARS {
        let end = ends.next()?;
        let qualifier = &s[..end];
        if !qualifier.chars().all(crate::chars::is_han) {
            return None;
        }
        let Some(rest) = words(Role::LabelHead).find_map(|h| s[end..].strip_prefix(h)) else {
            continue;
        };
        let body = rest.trim_start_matches(is_space);
        let Some(colon) = body.chars().next().filter(|c| is_label_colon(*c)) else {
            continue;
        };
        // `牵头责任单位：`: a lead word before a label of the table leads too.
        let name = &s[..s.len() - rest.len()];
        let lead = words(Role::LeadQualifier).any(|w| qualifier.ends_with(w))
            || WORDS.rows().any(|&(w, role)| {
                matches!(role, Role::Label | Role::LeadLabel)
                    && w.chars().count() > 2
                    && name.strip_suffix(w).is_some_and(|before| {
                        words(Role::LeadQualifier).any(|q| before.ends_with(q))
                    })
            });
        return Some((s.len() - body.len() + colon.len_utf8(), lead));
    }
    None
}

/// True when `s` opens with a label of responsibility: a label of the
/// table, or a headed label whose words before the colon end with one
/// (`市级责任单位：`, `县级配合单位：`).
fn responsibility_label_at(s: &str) -> bool {
    if table_label_at(s).is_some() || bracketed_label_at(s).is_some() {
        return true;
    }
    let Some((len, _)) = headed_label_at(s) else {
        return false;
    };
    let name = s[..len]
        .trim_end_matches(is_colon)
        .trim_end_matches(is_space);
    WORDS.rows().any(|&(w, role)| {
        matches!(role, Role::Label | Role::LeadLabel) && w.chars().count() > 2 && name.ends_with(w)
    })
}

/// The most Han characters of a label of another kind after a space
/// (`完成时限：`).
const MAX_OTHER_LABEL_CHARS: usize = 6;

/// True when `s` opens with a label: one of responsibility, or a few Han
/// characters and a colon (`完成时限：`), which after a space opens a group
/// (`（牵头单位：A 配合单位：B）`, `（责任单位：A 完成时限：2025年底）`).
fn opens_a_label(s: &str) -> bool {
    if label_at(s).is_some() {
        return true;
    }
    let name_len = s
        .char_indices()
        .take(MAX_OTHER_LABEL_CHARS + 1)
        .find(|&(_, c)| !crate::chars::is_han(c))
        .map_or(s.len(), |(i, _)| i);
    name_len > 0 && s[name_len..].starts_with(is_colon)
}

/// Whether a label of the table names the lead unit (`牵头单位`), for the
/// two label roles; `None` for every other role.
fn label_leads(role: Role) -> Option<bool> {
    match role {
        Role::Label => Some(false),
        Role::LeadLabel => Some(true),
        _ => None,
    }
}

/// A label of the table of more than two characters at the start of `s`
/// written without its colon, its first unit right after it
/// (`责任单位甲局`): its byte length and whether it leads. Only a bracket
/// that opens with a label of the table takes one ([`read_bracket`]); a
/// verb after the label (`责任单位负责解释`) makes none.
fn bare_label_at(s: &str) -> Option<(usize, bool)> {
    WORDS.rows().find_map(|&(w, role)| {
        let lead = label_leads(role)?;
        let rest = s.strip_prefix(w)?;
        let unit = rest.starts_with(crate::chars::is_han)
            && w.chars().count() > 2
            && !WORDS.rows().any(|&(v, role)| {
                matches!(
                    role,
                    Role::Verb | Role::LeadVerb | Role::WeakVerb | Role::Copula | Role::Joiner
                ) && rest.starts_with(v)
            });
        unit.then_some((w.len(), lead))
    })
}

/// The first characters of the labels of the table: most clauses start
/// with none of them, and are passed over without a look at each word.
static LABEL_FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut firsts: Vec<char> = WORDS
        .rows()
        .filter(|&&(_, role)| label_leads(role).is_some())
        .filter_map(|&(w, _)| w.chars().next())
        .collect();
    firsts.sort_unstable();
    firsts.dedup();
    firsts
});

/// A label of the table with its colon at the start of `s`.
fn table_label_at(s: &str) -> Option<(usize, bool)> {
    let first = s.chars().next()?;
    if !LABEL_FIRSTS.contains(&first) {
        return None;
    }
    WORDS.rows().find_map(|&(w, role)| {
        let lead = label_leads(role)?;
        let rest = s.strip_prefix(w)?;
        let body = rest.trim_start_matches(is_space);
        if let Some(colon) = body.chars().next().filter(|c| is_label_colon(*c)) {
            return Some((s.len() - body.len() + colon.len_utf8(), lead));
        }
        // `责任单位为A、B`: a copula after a label of a few words.
        let copula = words(Role::Copula).find(|c| body.starts_with(c))?;
        (w.chars().count() > 2).then_some((s.len() - body.len() + copula.len(), lead))
    })
}

/// A label of duties with its colon at the start of a line `s`: a few Han
/// characters holding a head noun or a noun of duties of the table
/// (`部门分工：`, `责任分工：`); its byte length. The line is one of
/// responsibility only when what follows reads as a bracket closed by a verb.
fn duty_label_at(s: &str) -> Option<usize> {
    let name_len = s
        .char_indices()
        .take(MAX_OTHER_LABEL_CHARS + 1)
        .find(|&(_, c)| !crate::chars::is_han(c))
        .map(|(i, _)| i)?;
    let name = &s[..name_len];
    let colon = s[name_len..].chars().next().filter(|c| is_colon(*c))?;
    let duty = words(Role::LabelHead)
        .chain(words(Role::MannerNoun))
        .any(|w| name.contains(w));
    duty.then_some(name_len + colon.len_utf8())
}

/// A closing verb (with a 等 before it) at the end of `s`: its byte length
/// and whether it is a 牵头 verb.
fn verb_at_end(s: &str) -> Option<(usize, bool)> {
    verb_at_end_in(s, false)
}

/// [`verb_at_end`], a weak verb alone closing the group when `weak_ok`.
fn verb_at_end_in(s: &str, weak_ok: bool) -> Option<(usize, bool)> {
    WORDS.rows().find_map(|&(w, role)| {
        let (lead, weak) = match role {
            Role::Verb => (false, false),
            Role::LeadVerb => (true, false),
            Role::WeakVerb => (false, true),
            _ => return None,
        };
        let rest = s.strip_suffix(w)?;
        // `A、B分别组织实施`, `A依据各自职责分别组织实施`: adverbs and a
        // manner before the verb go with it; a weak verb needs one of them.
        let bare = rest;
        // `A牵头实施`: a weak verb after a closing verb closes with it, and
        // takes its role.
        let (rest, lead) = match weak.then(|| strong_verb_at_end(rest)).flatten() {
            Some((len, verb_lead)) => (&rest[..rest.len() - len], verb_lead),
            None => (rest, lead),
        };
        let rest = strip_adverbs(rest);
        let rest = strip_manner(rest, w);
        let rest = strip_adverbs(rest);
        if weak && !weak_ok && rest.len() == bare.len() {
            return None;
        }
        let rest = strip_closer(rest);
        (!rest.trim_end_matches(is_space).is_empty()).then_some((s.len() - rest.len(), lead))
    })
}

/// A closing verb that is no weak one (负责, 牵头) at the end of `s`: its
/// byte length and whether it is a 牵头 verb.
fn strong_verb_at_end(s: &str) -> Option<(usize, bool)> {
    WORDS.rows().find_map(|&(w, role)| {
        let lead = match role {
            Role::Verb => false,
            Role::LeadVerb => true,
            _ => return None,
        };
        s.strip_suffix(w)
            .filter(|r| !r.trim_end_matches(is_space).is_empty())
            .map(|_| (w.len(), lead))
    })
}

/// `s` without adverbs at its end (`A、B分别` → `A、B`), keeping at least
/// one character.
fn strip_adverbs(s: &str) -> &str {
    let mut rest = s;
    while let Some(r) = words(Role::Adverb)
        .filter_map(|w| rest.strip_suffix(w))
        .find(|r| !r.is_empty())
    {
        rest = r;
    }
    rest
}

/// True when a group of a labelled bracket is a time limit, no units
/// (`2025年底前完成`, `2025年12月`, `长期坚持`): a figure with a date
/// word, or a time word at its start.
fn is_time_limit(group: &str) -> bool {
    let dated = group.chars().any(crate::chars::is_decimal)
        && words(Role::DateWord).any(|w| group.contains(w));
    dated || words(Role::TimeWord).any(|w| group.starts_with(w))
}

/// The longest manner phrase before a closing verb (`按分工`, `依职责`).
const MAX_MANNER_CHARS: usize = 8;

/// `s` without a manner phrase at its end, a manner word and a few
/// characters after it that name duties (`省发展改革委按分工` →
/// `省发展改革委`, for `按分工负责`, `依职责负责`, `根据职能分工负责`; but
/// `省委依法治省办` is a unit).
fn strip_manner<'a>(s: &'a str, verb: &str) -> &'a str {
    words(Role::Manner)
        .filter_map(|w| {
            let at = s.rfind(w)?;
            let after = &s[at + w.len()..];
            (at > 0
                && after.chars().count() <= MAX_MANNER_CHARS
                && words(Role::MannerNoun)
                    .any(|n| after.contains(n) || (after.is_empty() && verb.contains(n))))
            .then_some(at)
        })
        .min()
        .map_or(s, |at| &s[..at])
}

/// True when `unit` is a clause with an agent (`技工院校内由人力资源社会保障
/// 行政部门负责`), not a unit; 自由 (自由贸易试验区) is no agent word.
fn names_an_agent(unit: &str) -> bool {
    let mut rest = unit.to_string();
    for w in words(Role::NotAgent) {
        rest = rest.replace(w, "");
    }
    words(Role::Agent).any(|w| rest.contains(w))
}

/// `s` after one or more level words at its start (`县市区人民政府` →
/// `人民政府`); `None` when it opens with none.
fn levels_then(s: &str) -> Option<&str> {
    let mut rest = s;
    // The longest level word first (`县级市` before `县`); a bracket of
    // levels after one belongs to it (`县(市)`, `县（市、区）`).
    while let Some(r) = words(Role::AdminTail)
        .filter_map(|w| rest.strip_prefix(w))
        .min_by_key(|r| r.len())
    {
        rest = r;
        if rest.len() < s.len() {
            rest = bracket_of_levels(rest).unwrap_or(rest);
        }
    }
    (rest.len() < s.len()).then_some(rest)
}

/// `s` after a bracket at its start that holds only level words joined
/// by 、 (`(市)人民政府` → `人民政府`); `None` when it opens with none.
fn bracket_of_levels(s: &str) -> Option<&str> {
    let open = s.chars().next().filter(|&c| is_open(c))?;
    let inner = &s[open.len_utf8()..];
    let close = inner.find(is_close)?;
    let levels = &inner[..close];
    let all_levels = !levels.is_empty()
        && levels
            .split(ENUM_COMMA)
            .all(|l| words(Role::AdminTail).any(|w| w == l));
    let after = &inner[close..];
    let close_len = after.chars().next()?.len_utf8();
    all_levels.then(|| &after[close_len..])
}

/// A joiner (和) at the start of `rest` that opens the last unit of a list,
/// a 各 unit (`市政府国资委和各县区政府配合`), or any unit after a 各 unit
/// that names its body (`各省辖市政府和济源示范区管委会`), after a unit `before`: it
/// separates them like 、 (a catch-all before it then goes as any does:
/// `各行业主管部门和各县区政府配合`). Between collectives that both name
/// nobody (`各有关部门和各单位`) it joins them.
fn joiner_before_each(before: &str, rest: &str) -> Option<&'static str> {
    let w = words(Role::Joiner).find(|w| rest.starts_with(w))?;
    let next = &rest[w.len()..];
    let before = before.trim_matches(is_space);
    // The unit after its label (`责任单位：各省辖市政府和…`).
    let before = label_at(before).map_or(before, |(len, _)| before[len..].trim_matches(is_space));
    let unit_end = next
        .find(|c: char| c == ENUM_COMMA || is_clause_sep(c) || is_close(c))
        .unwrap_or(next.len());
    let unit = &next[..unit_end];
    let unit = &unit[..unit.len() - verb_at_end(unit).map_or(0, |(len, _)| len)];
    let both_nobody = (is_collective(before, false) || is_catch_all(before))
        && (is_collective(unit, false) || is_catch_all(unit));
    // `各省辖市政府和济源示范区、航空港区管委会`: a 各 unit that names its body
    // before the joiner is whole; what follows is another unit.
    let each_body = words(Role::Each).any(|e| before.starts_with(e))
        && ends_with_body(before)
        && !is_collective(unit, false)
        && !is_catch_all(unit);
    ((words(Role::Each).any(|e| next.starts_with(e)) || each_body)
        && !before.is_empty()
        && !both_nobody)
        .then_some(w)
}

/// A bracket at the end of `s` that holds only a verb or a label word of
/// the table (`市发展改革委（牵头）`): its byte length and whether it leads.
fn role_bracket_at_end(s: &str) -> Option<(usize, bool)> {
    let s = s.trim_end_matches(is_space);
    let close = s.chars().next_back().filter(|&c| is_close(c))?;
    let body = &s[..s.len() - close.len_utf8()];
    let open = body.rfind(is_open)?;
    let inner = &body[open..];
    let inner = &inner[inner.chars().next()?.len_utf8()..];
    let lead = WORDS.rows().find_map(|&(w, role)| {
        (w == inner).then_some(match role {
            Role::LeadVerb | Role::LeadLabel => Some(true),
            Role::Verb | Role::Label => Some(false),
            _ => None,
        })?
    })?;
    (open > 0).then_some((s.len() - open, lead))
}

/// A bracket at the end of `s` that opens with a word of inclusion
/// (`（含高新区，下同）`): its byte length.
fn inclusion_at_end(s: &str) -> Option<usize> {
    bracket_at_end(s)
        .filter(|(_, inner)| words(Role::Inclusion).any(|w| inner.starts_with(w)))
        .map(|(len, _)| len)
}

/// A bracket at the end of `s` holding a note of the lead
/// (`市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)`): its byte
/// length. The note is the list's, no part of the last unit's name.
fn lead_note_at_end(s: &str) -> Option<usize> {
    bracket_at_end(s)
        .filter(|(_, inner)| !lead_notes(inner).is_empty())
        .map(|(len, _)| len)
}

/// The bracket closing `s`, after other words: its byte length and what it
/// holds.
fn bracket_at_end(s: &str) -> Option<(usize, &str)> {
    let close = s.chars().next_back().filter(|&c| is_close(c))?;
    let body = &s[..s.len() - close.len_utf8()];
    // The bracket's opening at depth 0 from the end.
    let mut depth = 0usize;
    let open = body.char_indices().rev().find_map(|(i, c)| {
        if is_close(c) {
            depth += 1;
        } else if is_open(c) {
            if depth == 0 {
                return Some(i);
            }
            depth -= 1;
        }
        None
    })?;
    let inner = &body[open..];
    let inner = &inner[inner.chars().next()?.len_utf8()..];
    (open > 0).then_some((s.len() - open, inner))
}

/// A unit's name as written out: without the line breaks a page put
/// inside it and the blanks around them (`经开区、东⏎⏎北新城管委会`), and
/// without an aside of inclusion inside a bracket of its name
/// (`各县（市、区，含高新区，下同）人民政府` is `各县（市、区）人民政府`).
pub(crate) fn unit_name(unit: &str) -> std::borrow::Cow<'_, str> {
    let mut name = std::borrow::Cow::Borrowed(unit);
    if name.contains('\n') {
        name =
            std::borrow::Cow::Owned(name.split('\n').map(|l| l.trim_matches(is_space)).collect());
    }
    while let Some((from, to)) = inclusion_aside(&name) {
        let mut owned = name.into_owned();
        owned.replace_range(from..to, "");
        name = std::borrow::Cow::Owned(owned);
    }
    name
}

/// The first aside of inclusion inside a bracket of `name`: from the comma
/// before it (or the bracket's opening, when it opens the bracket) to the
/// bracket's close (or past it). Byte range to drop.
fn inclusion_aside(name: &str) -> Option<(usize, usize)> {
    let mut opens: Vec<usize> = Vec::new();
    let mut cut: Option<usize> = None;
    let mut cut_depth = 0;
    for (i, c) in name.char_indices() {
        if is_open(c) {
            opens.push(i);
            let after = &name[i + c.len_utf8()..];
            if cut.is_none() && i > 0 && words(Role::Inclusion).any(|w| after.starts_with(w)) {
                // `各县（含高新区）人民政府`: the whole bracket goes.
                cut = Some(i);
                cut_depth = opens.len();
            }
        } else if is_close(c) {
            if cut.is_some() && opens.len() == cut_depth {
                let from = cut?;
                let whole = opens.last() == Some(&from);
                return Some((from, if whole { i + c.len_utf8() } else { i }));
            }
            opens.pop();
        } else if cut.is_none() && !opens.is_empty() && has_char(List::Comma, c) {
            let after = &name[i + c.len_utf8()..];
            if words(Role::Inclusion).any(|w| after.starts_with(w)) {
                cut = Some(i);
                cut_depth = opens.len();
            }
        }
    }
    None
}

/// The most Han characters of a place named without its level
/// (`广州` before `深圳市政府`).
const MAX_BARE_PLACE_CHARS: usize = 2;

/// True when the line break at `at` stands inside a word a page broke
/// across lines (`经开区、东⏎⏎北新城管委会`): Han characters right before
/// it and after the blank lines and spaces that follow.
fn inside_a_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches(is_space).chars().next_back();
    let after = text[at..]
        .trim_start_matches(|c: char| c == '\n' || is_space(c))
        .chars()
        .next();
    before.is_some_and(crate::chars::is_han) && after.is_some_and(crate::chars::is_han)
}

/// True when `unit`, a place without a body (`济源示范区`, `广州`), comes
/// before `next`, a place of a level with its body (`航空港区管委会`,
/// `深圳市政府`), that body being theirs together: `广州、深圳市政府` is
/// one unit. `next` is no 各 unit (`高新区、各区县人民政府` are two).
fn shares_body(unit: &str, next: &str) -> bool {
    let unit = unit.trim_matches(is_space);
    let next = next.trim_matches(is_space);
    if ends_with_body(unit) {
        return false;
    }
    if let Some(rest) = words(Role::Each).find_map(|w| next.strip_prefix(w)) {
        // 各市〔州〕、各县〔市、区、特区〕人民政府: all places of one level,
        // then all of another with the body of both.
        return each_level(unit) && ends_with_body(rest);
    }
    let Some(place) = words(Role::AdminBody).find_map(|b| next.strip_suffix(b)) else {
        return false;
    };
    let level_at_end = |p: &str| {
        words(Role::AdminTail).any(|w| {
            p.strip_suffix(w)
                .is_some_and(|name| name.chars().count() >= 2)
        })
    };
    let bare =
        unit.chars().count() == MAX_BARE_PLACE_CHARS && unit.chars().all(crate::chars::is_han);
    // A zone's body (管委会) makes its place a zone, whatever the name ends
    // with (`经开区、东北新城管委会`).
    let zone = words(Role::ZoneBody).any(|b| next.ends_with(b)) && place.chars().count() >= 2;
    (level_at_end(place) || zone) && (level_at_end(unit) || bare)
}

/// True when `unit` names all places of one level and no body: 各, a level
/// (`List` role `admin_tail`) and maybe a bracket of the levels counted
/// with it (`各市〔州〕`, `各县（市、区）`).
fn each_level(unit: &str) -> bool {
    let Some(rest) = words(Role::Each).find_map(|w| unit.strip_prefix(w)) else {
        return false;
    };
    let level = match rest.chars().next_back() {
        Some(c) if super::text::is_close(c) => rest
            .char_indices()
            .find(|&(_, o)| super::text::is_open(o))
            .map_or(rest, |(i, _)| &rest[..i]),
        _ => rest,
    };
    words(Role::AdminTail).any(|w| w == level)
}

/// True when a unit already names its body (`各县区人民政府`): the list
/// of levels it opened is closed.
fn ends_with_body(unit: &str) -> bool {
    words(Role::AdminBody).any(|b| unit.ends_with(b))
}

/// `s` without a list closer at its end: a closer word (`等`) alone or
/// followed by a collective that names nobody (`等有关部门和单位`).
fn strip_closer(s: &str) -> &str {
    for w in words(Role::Closer) {
        for (at, _) in s.rmatch_indices(w) {
            let rest = &s[at + w.len()..];
            if rest.is_empty() || is_collective(rest, false) || is_catch_all(rest) {
                return &s[..at];
            }
        }
    }
    s
}

/// A unit that names nobody in particular (`各有关部门和单位`,
/// `各地区各有关部门`), also under a level (`省直有关部门`, `各级有关部门`).
fn is_catch_all(unit: &str) -> bool {
    let collective_under_body = |rest: &str| {
        is_collective(rest, true)
            || words(Role::AdminBody).any(|b| {
                rest.strip_prefix(b)
                    .is_some_and(|rest| is_collective(rest, true))
            })
    };
    // Vague words may open the level too (`其他省直有关部门和单位`).
    let mut under = unit;
    while let Some(r) = words(Role::Vague).find_map(|w| under.strip_prefix(w)) {
        under = r;
    }
    is_collective(unit, true)
        || words(Role::Scope).any(|w| {
            under.strip_prefix(w).is_some_and(|rest| {
                collective_under_body(rest)
                    || (w.chars().count() == 1
                        && words(Role::ScopeTail)
                            .any(|t| rest.strip_prefix(t).is_some_and(collective_under_body)))
            })
        })
        || relevant_of_a_kind(unit)
}

/// The most Han characters of the kind before a collective noun
/// (`国有` in `相关国有企业`).
const MAX_KIND_CHARS: usize = 4;

/// True when `unit` is a collective of a kind after a word of relevance
/// (`相关国有企业`, `各有关金融机构`): the relevant ones of that kind, nobody
/// in particular. With 各 alone it names them all (`各金融机构`).
fn relevant_of_a_kind(unit: &str) -> bool {
    let mut rest = unit;
    let mut relevant = false;
    loop {
        if let Some(r) = words(Role::Relevant).find_map(|w| rest.strip_prefix(w)) {
            relevant = true;
            rest = r;
        } else if let Some(r) = words(Role::Vague).find_map(|w| rest.strip_prefix(w)) {
            rest = r;
        } else {
            break;
        }
    }
    relevant
        && words(Role::Collective).any(|noun| {
            rest.strip_suffix(noun).is_some_and(|kind| {
                (1..=MAX_KIND_CHARS).contains(&kind.chars().count())
                    && kind.chars().all(crate::chars::is_han)
            })
        })
}

/// `units` without those that name nobody in particular, unless all do. A
/// bare collective right after such a unit continues it (`市直有关部门、单位`:
/// 单位 is 市直有关单位).
fn without_catch_alls(text: &str, units: Vec<Unit>) -> Vec<Unit> {
    let mut vague: Vec<bool> = Vec::with_capacity(units.len());
    for u in &units {
        let t = &text[u.span.range()];
        let after_vague = vague.last().copied().unwrap_or(false);
        vague.push(is_catch_all(t) || (after_vague && is_collective(t, false)));
    }
    let named = vague.iter().any(|v| !v);
    units
        .into_iter()
        .zip(vague)
        .filter(|(_, v)| !named || !v)
        .map(|(u, _)| u)
        .collect()
}

/// True when `s` is made only of collectives, each with vague words before
/// it, joined by joiners or 、 (`各有关部门和单位`, `有关部门、单位`,
/// `各地区各部门`); with `need_vague`, a bare `部门` is not one.
fn is_collective(s: &str, need_vague: bool) -> bool {
    let mut rest = s;
    let mut vague = false;
    let mut nouns = 0;
    let mut joined = true;
    while !rest.is_empty() {
        if joined {
            if let Some(r) = words(Role::Vague).find_map(|w| rest.strip_prefix(w)) {
                vague = true;
                rest = r;
                continue;
            }
            if let Some(r) = words(Role::Collective).find_map(|w| rest.strip_prefix(w)) {
                nouns += 1;
                joined = false;
                rest = r;
                continue;
            }
            return false;
        }
        let Some(r) = words(Role::Joiner)
            .find_map(|w| rest.strip_prefix(w))
            .or_else(|| rest.strip_prefix(ENUM_COMMA))
        else {
            // `各地区各有关部门`: a vague word opens the next collective.
            joined = true;
            continue;
        };
        joined = true;
        rest = r;
    }
    (vague || !need_vague) && nouns > 0 && !joined
}

/// Whether the line `text[start..end]` closes with a responsibility bracket
/// (`…新增城镇就业4.3万人(牵头单位:市人社局)`, `…增长5%以上。(市发改委主办)`),
/// a full stop or a semicolon after it allowed: the line is a task assigned
/// to those units.
pub(crate) fn closes_line(text: &str, start: usize, end: usize) -> bool {
    let line = text[start..end]
        .trim_end_matches(|c: char| is_space(c) || c == '\r' || has_char(List::StopOrSemicolon, c));
    if !line.chars().next_back().is_some_and(is_close) {
        return false;
    }
    // The opening bracket at depth 0, within a bracket's reach.
    let body_end = start + line.len() - line.chars().next_back().map_or(0, char::len_utf8);
    let mut depth = 0usize;
    for (n, (i, c)) in text[start..body_end].char_indices().rev().enumerate() {
        if n > MAX_CHARS {
            break;
        }
        if is_close(c) {
            depth += 1;
        } else if is_open(c) {
            if depth == 0 {
                let body_start = start + i + c.len_utf8();
                return read_bracket(text, body_start, body_end).is_some();
            }
            depth -= 1;
        }
    }
    false
}

/// Whether the line `text[start..end]` closes with a clause of a labelled
/// group of units (`…增长8%(依据…),责任单位为区经信局;`), a full stop or a
/// semicolon after it allowed: the line is a task assigned to those units,
/// as with a bracket.
pub(crate) fn closes_line_with_label(text: &str, start: usize, end: usize) -> bool {
    let line = text[start..end]
        .trim_end_matches(|c: char| is_space(c) || c == '\r' || has_char(List::StopOrSemicolon, c));
    let Some(k) = line
        .rfind(|c: char| has_char(List::StopOrSemicolon, c) || (is_clause_sep(c) && !is_colon(c)))
    else {
        return false;
    };
    let cs = start + k + line[k..].chars().next().map_or(1, char::len_utf8);
    let ce = start + line.len();
    let (cs, ce) = trim(text, cs, ce);
    cs < ce
        && table_label_at(&text[cs..ce]).is_some()
        && !text[cs..ce].contains(is_open)
        && read_bracket(text, cs, ce).is_some()
}

/// Every responsibility bracket (without paths), in text order.
pub(crate) fn find(text: &str) -> Vec<Responsible> {
    let mut out = Vec::new();
    let notes = lead_notes(text);
    let mut from = 0;
    while let Some(rel) = text[from..].find(|c| has_char(List::UnitBracketOpen, c)) {
        let open_at = from + rel;
        let open = text[open_at..].chars().next().map_or(1, char::len_utf8);
        let body_start = open_at + open;
        from = body_start;
        // The closing bracket at depth 0, on the same line, before a 。.
        let mut depth = 0usize;
        let mut close = None;
        for (n, (i, c)) in text[body_start..].char_indices().enumerate() {
            if n > MAX_CHARS || (c == '\n' && !inside_a_word(text, body_start + i)) {
                break;
            }
            if is_open(c) {
                depth += 1;
            } else if is_close(c) {
                if depth == 0 {
                    close = Some((body_start + i, body_start + i + c.len_utf8()));
                    break;
                }
                depth -= 1;
            }
        }
        let Some((body_end, end)) = close else {
            continue;
        };
        // `【责任单位】A、B`: a bracketed label, its units after it up to the
        // line's end or a 。.
        let (units, end) = match read_bracket(text, body_start, body_end) {
            Some(units) => (units, end),
            None => {
                let Some(units_end) = bracketed_label_at(&text[open_at..]).map(|_| {
                    let rest = &text[end..];
                    let stop = rest.find(['\n', FULL_STOP]).unwrap_or(rest.len());
                    end + rest[..stop]
                        .trim_end_matches(|c: char| is_space(c) || is_clause_sep(c))
                        .len()
                }) else {
                    continue;
                };
                let Some(units) = read(text, open_at, units_end) else {
                    continue;
                };
                (units, units_end)
            }
        };
        from = end;
        let units = without_catch_alls(text, units);
        let mut lead: Vec<Span> = units.iter().filter(|u| u.lead).map(|u| u.span).collect();
        if lead.is_empty() {
            lead = noted_lead(text, &notes, body_start, end, &units);
        }
        out.push(Responsible {
            span: Span::new(open_at, end),
            units: units.iter().map(|u| u.span).collect(),
            lead,
            path: Vec::new(),
        });
    }
    // A line of its own that opens with a label (`责任单位：A、B`); label
    // lines one after another (blank lines between) are one item
    // (`牵头单位：A` / `责任单位：B、C`); a line closed by a 。 is an item of
    // its own (`牵头责任单位：A。` / `协同责任单位：B、C。` are two).
    let mut blocks: Vec<(usize, usize, Vec<Unit>)> = Vec::new();
    for line in lines(text) {
        let (s, e) = trim(text, line.start, line.end);
        let body = &text[s..e];
        // A line opens with a label of responsibility and its colon (a
        // copula, `责任单位为…`, opens a sentence there): one of the table,
        // or one ending with one (`牵头责任单位：`, `协同责任单位：`); or with
        // a label of duties (`部门分工：`) before units closed by a verb,
        // read as a bracket without a label (`A牵头，B配合`).
        let labelled = table_label_at(body).is_some_and(|(len, _)| body[..len].ends_with(is_colon))
            || (responsibility_label_at(body) && headed_label_at(body).is_some());
        let duties = if labelled { None } else { duty_label_at(body) };
        if !(labelled || duties.is_some())
            || out.iter().any(|r| r.span.start >= s && r.span.end <= e)
        {
            continue;
        }
        let e = s + body
            .trim_end_matches(|c| has_char(List::StopOrSemicolon, c))
            .len();
        let Some(units) = read(text, s + duties.unwrap_or(0), e) else {
            continue;
        };
        match blocks.last_mut() {
            Some(last) if text[last.1..s].chars().all(is_space) => {
                last.1 = e;
                last.2.extend(units);
            }
            _ => blocks.push((s, e, units)),
        }
    }
    for (s, e, units) in blocks {
        let units = without_catch_alls(text, units);
        let mut lead: Vec<Span> = units.iter().filter(|u| u.lead).map(|u| u.span).collect();
        if lead.is_empty() {
            lead = noted_lead(text, &notes, s, e, &units);
        }
        out.push(Responsible {
            span: Span::new(s, e),
            units: units.iter().map(|u| u.span).collect(),
            lead,
            path: Vec::new(),
        });
    }
    out.sort_by_key(|r| r.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<(Vec<&str>, Vec<&str>)> {
        find(text)
            .iter()
            .map(|r| {
                (
                    r.units.iter().map(|u| &text[u.range()]).collect(),
                    r.lead.iter().map(|u| &text[u.range()]).collect(),
                )
            })
            .collect()
    }

    fn units(text: &str) -> Vec<Vec<&str>> {
        show(text).into_iter().map(|(u, _)| u).collect()
    }

    #[test]
    fn brackets_closed_by_zhuban_and_xieban() {
        // notice_nanjing_fenjie_2026: 主办 and 协办 close their groups like
        // 负责 and 配合; SPEC 2 marks a lead only by 牵头, so none.
        let text = "1.地区生产总值增长5%以上。(市发改委、市财政局主办)\n2.社会消费品零售总额增长4.5%左右。(市商务局、市农业农村局主办,市税务局、市财政局协办)\n";
        assert_eq!(
            show(text),
            [
                (vec!["市发改委", "市财政局"], vec![]),
                (
                    vec!["市商务局", "市农业农村局", "市税务局", "市财政局"],
                    vec![]
                ),
            ]
        );
    }

    #[test]
    fn angle_brackets_inside_a_unit_and_a_joiner_after_a_labelled_unit() {
        let text = "加快建设。(责任单位:各县<市、区>政府、高新区管委会、市财政局)\n推动消费。(责任单位:各市政府和高新区、经开区管委会。以下均需各市政府落实,不再重复列出)\n";
        assert_eq!(
            units(text),
            [
                vec!["各县<市、区>政府", "高新区管委会", "市财政局"],
                vec!["各市政府", "高新区、经开区管委会"],
            ]
        );
        // A lone < is no bracket.
        let text = "加快建设。(责任单位:市财政局、市<住建局)\n";
        assert_eq!(units(text), [vec!["市财政局", "市<住建局"]]);
    }

    #[test]
    fn table_parses_without_duplicates() {
        let mut seen = std::collections::HashSet::new();
        let errors: Vec<String> = table().errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors, Vec::<String>::new());
        for (w, r) in WORDS.rows() {
            assert!(!w.is_empty());
            assert!(seen.insert((*w, *r as u8)), "duplicate {w}");
        }
        for role in [
            Role::Label,
            Role::LeadLabel,
            Role::Verb,
            Role::LeadVerb,
            Role::Collective,
            Role::Vague,
            Role::Joiner,
            Role::Separator,
            Role::Scope,
            Role::ScopeTail,
            Role::Remark,
            Role::RemarkLead,
            Role::AssignNote,
            Role::Each,
            Role::Agent,
            Role::NotAgent,
            Role::Manner,
            Role::MannerNoun,
            Role::FirstLead,
            Role::CommaLead,
            Role::Before,
            Role::Relevant,
            Role::Closer,
            Role::AdminTail,
            Role::AdminBody,
            Role::ZoneBody,
            Role::LabelHead,
            Role::LeadQualifier,
            Role::WeakVerb,
            Role::Adverb,
            Role::TimeWord,
            Role::DateWord,
            Role::Copula,
            Role::Inclusion,
        ] {
            assert!(words(role).next().is_some(), "{role:?}");
        }
    }

    #[test]
    fn brackets_and_units() {
        assert_eq!(
            units("做好。(责任单位:市工业和信息化局、市科技局,市投资促进中心)"),
            [["市工业和信息化局", "市科技局", "市投资促进中心"]]
        );
        assert_eq!(
            units("〔责任单位：市制造强市建设领导小组办公室，各县（市、区）、各市属开发区〕"),
            [[
                "市制造强市建设领导小组办公室",
                "各县（市、区）",
                "各市属开发区"
            ]]
        );
        assert_eq!(
            units("（责任单位：市科技局）（责任单位：市财政局）").len(),
            2
        );
    }

    #[test]
    fn labelled_forms_with_a_lead() {
        assert_eq!(
            show("（牵头单位：省发展改革委；配合单位：省财政厅、省商务厅）"),
            [(
                vec!["省发展改革委", "省财政厅", "省商务厅"],
                vec!["省发展改革委"]
            )]
        );
        assert_eq!(
            show("（牵头单位：市工信局，责任单位：市科技局、各县（市、区）人民政府）"),
            [(
                vec!["市工信局", "市科技局", "各县（市、区）人民政府"],
                vec!["市工信局"]
            )]
        );
        assert_eq!(
            show("（牵头单位：市商务局）"),
            [(vec!["市商务局"], vec!["市商务局"])]
        );
        assert_eq!(show("（负责部门：市统计局）"), [(vec!["市统计局"], vec![])]);
    }

    #[test]
    fn a_comma_lists_the_units_a_closing_verb_gives_its_role_to() {
        // 广东 工作方案 (2025): leads listed with commas before 牵头负责.
        assert_eq!(
            show("（省委金融办，省财政厅牵头负责）"),
            [(
                vec!["省委金融办", "省财政厅"],
                vec!["省委金融办", "省财政厅"]
            )]
        );
        assert_eq!(
            show("（省商务厅、财政厅，省税务局牵头负责）"),
            [(
                vec!["省商务厅", "财政厅", "省税务局"],
                vec!["省商务厅", "财政厅", "省税务局"]
            )]
        );
        // Each group with its own verb keeps its own role.
        assert_eq!(
            show("（市发展改革委牵头，市财政局配合）"),
            [(vec!["市发展改革委", "市财政局"], vec!["市发展改革委"])]
        );
        // After a label the comma goes on with that label's role.
        assert_eq!(
            show("（责任单位：市人社局，各区、县（市）人民政府）")[0].1,
            Vec::<&str>::new()
        );
    }

    #[test]
    fn verb_forms() {
        assert_eq!(
            show("（国家发展改革委、财政部等负责）"),
            [(vec!["国家发展改革委", "财政部"], vec![])]
        );
        assert_eq!(
            show("（工业和信息化部、科技部按职责分工负责）"),
            [(vec!["工业和信息化部", "科技部"], vec![])]
        );
        assert_eq!(
            show("（省科技厅牵头，省教育厅、省财政厅配合）"),
            [(vec!["省科技厅", "省教育厅", "省财政厅"], vec!["省科技厅"])]
        );
        // 和 before a 各 unit closing the list separates it like 、; between
        // collectives naming nobody it joins them.
        assert_eq!(
            show("（县商务局牵头，县农业局、县市场监管局和各乡镇政府配合）"),
            [(
                vec!["县商务局", "县农业局", "县市场监管局", "各乡镇政府"],
                vec!["县商务局"]
            )]
        );
        assert_eq!(
            show("（市财政局牵头，市税务局和各区政府配合）"),
            [(vec!["市财政局", "市税务局", "各区政府"], vec!["市财政局"])]
        );
        assert_eq!(
            show("（各有关部门和各单位按职责分工负责）"),
            [(vec!["各有关部门和各单位"], vec![])]
        );
        // A catch-all before it goes, as beside any named unit.
        assert_eq!(
            show("（县发改局牵头，各行业主管部门和各乡镇政府配合）"),
            [(vec!["县发改局", "各乡镇政府"], vec!["县发改局"])]
        );
        // A catch-all goes when other units are named, stays when alone.
        assert_eq!(
            show("（国家发展改革委牵头，各有关部门按职责分工负责）"),
            [(vec!["国家发展改革委"], vec!["国家发展改革委"])]
        );
        assert_eq!(
            show("（各地区各有关部门按职责分工负责）"),
            [(vec!["各地区各有关部门"], vec![])]
        );
    }

    #[test]
    fn an_agent_bracket_closed_by_a_verb_and_a_weak_verb_after_a_verb() {
        // 由 opening a bracket closed by a verb is no part of the unit; a
        // weak verb after 牵头 closes with it and leads.
        assert_eq!(
            show("(由县发改局牵头实施)"),
            [(vec!["县发改局"], vec!["县发改局"])]
        );
        assert_eq!(
            show("（由市财政局、市税务局负责）"),
            [(vec!["市财政局", "市税务局"], vec![])]
        );
        assert_eq!(
            show("（市住建局牵头落实，市财政局配合）"),
            [(vec!["市住建局", "市财政局"], vec!["市住建局"])]
        );
        // Not closed by a verb, 由 keeps the bracket a clause.
        assert!(show("（由县卫健委审核）").is_empty());
        assert!(show("（由县卫健委与公安部门审核符合条件的家庭）").is_empty());
        // At the end of a heading line, the item of that heading.
        let text =
            "一、扩大有效投资政策(由县发改局牵头实施)\n聚焦重大工程。\n1.加大财政支持力度。\n";
        let p = crate::policy::parse(text, &crate::Config::default());
        let r = &p.responsible[0];
        assert_eq!(&text[r.span.range()], "(由县发改局牵头实施)");
        let path: Vec<_> = r.path.iter().map(|m| &text[m.range()]).collect();
        assert_eq!(path, ["一、"]);
        let lead: Vec<_> = r.lead.iter().map(|u| &text[u.range()]).collect();
        assert_eq!(lead, ["县发改局"]);
    }

    #[test]
    fn first_unit_leads_when_the_document_says_so() {
        let text = "各项任务列第一位者为牵头单位。\n1.建设。（责任单位：市发改委、市财政局）";
        assert_eq!(
            show(text),
            [(vec!["市发改委", "市财政局"], vec!["市发改委"])]
        );
    }

    #[test]
    fn a_lead_note_closing_a_label_line_is_no_unit() {
        // municipal_lishui_fengong_2023: the note's bracket ends the line's
        // last unit; it makes the first unit lead there and, by 下同, on the
        // later lines, and leaves the lines before it without a lead.
        let text = "1.甲。\n责任单位:市经信局\n2.乙。\n责任单位:市发改委、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n3.丙。\n责任单位:市财政局、市商务局\n";
        assert_eq!(
            show(text),
            [
                (vec!["市经信局"], vec![]),
                (vec!["市发改委", "市卫生健康委"], vec!["市发改委"]),
                (vec!["市财政局", "市商务局"], vec!["市财政局"]),
            ]
        );
    }

    #[test]
    fn units_before_the_first_comma_lead_when_a_note_says_so() {
        // A note in the first bracket (muni_dazhou_fangdichan_2024's form):
        // the units before its first comma lead there and, by 下同, in
        // every later bracket; a bracket without a comma is led by all.
        let text = "1.甲。(责任单位:市住建局、市财政局,市商务局、某区人民政府。逗号前面的为牵头单位,下同)\n2.乙。〔责任单位:市税务局,市住建局、各县(市、区)人民政府〕\n3.丙。〔责任单位:市教育局〕";
        assert_eq!(
            show(text),
            [
                (
                    vec!["市住建局", "市财政局", "市商务局", "某区人民政府"],
                    vec!["市住建局", "市财政局"]
                ),
                (
                    vec!["市税务局", "市住建局", "各县(市、区)人民政府"],
                    vec!["市税务局"]
                ),
                (vec!["市教育局"], vec!["市教育局"]),
            ]
        );
        // Without 下同 the note holds for its own bracket only; a note
        // outside brackets holds from there on.
        let text = "1.甲。(责任单位:市住建局,市商务局。逗号之前的为牵头单位)\n2.乙。(责任单位:市税务局,市住建局)";
        assert_eq!(
            show(text),
            [
                (vec!["市住建局", "市商务局"], vec!["市住建局"]),
                (vec!["市税务局", "市住建局"], vec![]),
            ]
        );
        let text =
            "各项任务中逗号前的单位为牵头单位。\n1.甲。(责任单位:市住建局、市财政局,市商务局)";
        assert_eq!(
            show(text),
            [(
                vec!["市住建局", "市财政局", "市商务局"],
                vec!["市住建局", "市财政局"]
            )]
        );
        // A comma named for no lead says nothing.
        let text = "1.甲。(责任单位:市住建局,市商务局。逗号后面的为配合单位)";
        assert_eq!(show(text), [(vec!["市住建局", "市商务局"], vec![])]);
    }

    #[test]
    fn relevant_collectives_of_a_kind_name_nobody() {
        assert_eq!(
            units("（责任单位：市财政局、各县(市、区)人民政府、相关国有企业）"),
            [vec!["市财政局", "各县(市、区)人民政府"]]
        );
        assert_eq!(
            units("（责任单位：市住建局、各有关金融机构）"),
            [vec!["市住建局"]]
        );
        // 办, the offices of a kind shortened (county_xianan_fenjie_2023);
        // alone it stays, a named office with 办 is a unit.
        assert_eq!(
            units("(牵头单位:区交通运输局;责任单位:区发改局、区林业局,区经发集团,相关乡镇办)"),
            [vec!["区交通运输局", "区发改局", "区林业局", "区经发集团"]]
        );
        assert_eq!(units("(责任单位:相关乡镇办)"), [vec!["相关乡镇办"]]);
        assert_eq!(
            units("(责任单位:县政府办、县财政局)"),
            [vec!["县政府办", "县财政局"]]
        );
        // With 各 alone the collective names all of its kind.
        assert_eq!(
            units("（责任单位：市住建局、各金融机构、各开发企业）"),
            [vec!["市住建局", "各金融机构", "各开发企业"]]
        );
    }

    #[test]
    fn an_aside_of_inclusion_inside_a_name_is_left_out() {
        assert_eq!(
            unit_name("各县(市、区,含达州高新区、达州东部经开区,下同)人民政府(管委会)"),
            "各县(市、区)人民政府(管委会)"
        );
        assert_eq!(unit_name("各县（含开发区，下同）人民政府"), "各县人民政府");
        assert_eq!(
            unit_name("经开区、东\n\n 北新城管委会"),
            "经开区、东北新城管委会"
        );
        assert_eq!(unit_name("各县(市、区)人民政府"), "各县(市、区)人民政府");
        assert_eq!(unit_name("市(含区)"), "市");
    }

    #[test]
    fn labelled_lines_and_lists_of_levels() {
        let text = "（一）支持融资。优先偿还贷款。\n\n责任单位:人行某市中心支行、某银保监分局,各县区人民政府、功能区管委会\n（二）改善民生。（责任单位:省民政厅,各市、州、县人民政府）";
        assert_eq!(
            show(text),
            [
                (
                    vec![
                        "人行某市中心支行",
                        "某银保监分局",
                        "各县区人民政府",
                        "功能区管委会"
                    ],
                    vec![]
                ),
                (vec!["省民政厅", "各市、州、县人民政府"], vec![]),
            ]
        );
        let text2 = "1.做大做强。设立机构。\n\n牵头单位:市金融局\n\n责任单位:郑东新区管委会、市财政局\n\n2.下一项。";
        assert_eq!(
            show(text2),
            [(
                vec!["市金融局", "郑东新区管委会", "市财政局"],
                vec!["市金融局"]
            )]
        );
        let r = &find(text)[0];
        assert_eq!(
            &text[r.span.range()],
            "责任单位:人行某市中心支行、某银保监分局,各县区人民政府、功能区管委会"
        );
        // A level with a bracket of levels continues a 各 unit, in either
        // bracket width; a catch-all under a body (`市政府相关单位`) names
        // nobody; a group opened by 以下 is a remark that ends the units.
        let text3 = "（一）甲。（责任单位:市人社局,各区、县(市)人民政府）
（二）乙。（牵头单位:市商务局,责任单位:各县区人民政府,市政府相关单位）
（三）丙。〔责任单位:市税务局,各镇(街)人民政府,以下均需各镇(街)人民政府落实,不再列出〕";
        assert_eq!(
            show(text3),
            [
                (vec!["市人社局", "各区、县(市)人民政府"], vec![]),
                (vec!["市商务局", "各县区人民政府"], vec!["市商务局"]),
                (vec!["市税务局", "各镇(街)人民政府"], vec![]),
            ]
        );
        assert_eq!(bracket_of_levels("（市、区）人民政府"), Some("人民政府"));
        assert_eq!(bracket_of_levels("(牵头)"), None);
    }

    #[test]
    fn lines_of_qualified_labels_and_of_duties() {
        // A lead word before a label of the table leads; each line closed
        // by a 。 is an item of its own.
        let text = "1﹒甲项工作稳步推进。\n分管领导：某某。\n牵头责任单位：市工信局。\n协同责任单位：市财政局、市统计局等。\n";
        assert_eq!(
            show(text),
            [
                (vec!["市工信局"], vec!["市工信局"]),
                (vec!["市财政局", "市统计局"], vec![]),
            ]
        );
        assert_eq!(
            headed_label_at("牵头责任单位：甲"),
            Some(("牵头责任单位：".len(), true))
        );
        // A label of duties before units closed by verbs; catch-alls go.
        let text2 = "2.乙项工作。\n职责分工：市商务局牵头，各县、各部门配合。\n";
        let r = find(text2);
        assert_eq!(
            &text2[r[0].span.range()],
            "职责分工：市商务局牵头，各县、各部门配合"
        );
        assert_eq!(show(text2), [(vec!["市商务局", "各县"], vec!["市商务局"])]);
        assert_eq!(
            show("职责分工：市商务局牵头，各地、各部门配合。\n"),
            [(vec!["市商务局"], vec!["市商务局"])]
        );
        // Without a verb after it, or with a label of another kind, no item.
        assert!(find("职责分工：市商务局、市财政局。\n").is_empty());
        assert!(find("工作目标：市商务局牵头，各县配合。\n").is_empty());
        // 各 and a unit that is no level alone is one unit; the level after
        // it another; a bracket of what a unit includes is no part of it.
        assert_eq!(
            units("（责任单位：县农业局，各乡镇场、社区）"),
            [vec!["县农业局", "各乡镇场", "社区"]]
        );
        assert_eq!(
            units("（责任单位：市交通局，各县区政府（含高新区管委会，下同））"),
            [vec!["市交通局", "各县区政府"]]
        );
        assert_eq!(
            units("（责任单位：市交通局，各镇〈包括园区，下同〉、市水务局）"),
            [vec!["市交通局", "各镇", "市水务局"]]
        );
        // Units of all the direct bodies name nobody either: with no named
        // unit they stay.
        assert_eq!(
            units("（责任单位：市政府各部门、各直属机构）"),
            [vec!["市政府各部门", "各直属机构"]]
        );
    }

    #[test]
    fn remarks_lists_after_deng_and_other_labels() {
        // Synthetic, in the forms of national documents.
        let text = "1.甲。（商务部、发展改革委等和各有关省级人民政府负责）\n2.乙。（工业和信息化部、科技部等负责。列第一位者为牵头单位，下同）\n3.丙。（海关总署、商务部等有关部门负责）";
        assert_eq!(
            show(text),
            [
                (vec!["商务部", "发展改革委", "各有关省级人民政府"], vec![]),
                (vec!["工业和信息化部", "科技部"], vec!["工业和信息化部"]),
                (vec!["海关总署", "商务部"], vec!["海关总署"]),
            ]
        );
        assert_eq!(
            show("（负责部门：人力资源社会保障部、商务部；适用范围：所有自贸试验区）"),
            [(vec!["人力资源社会保障部", "商务部"], vec![])]
        );
        assert_eq!(
            show("（生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出）"),
            [(vec!["生态环境部", "试点城市政府"], vec![])]
        );
        // A note binding units to every later point names units of its own
        // bracket too, those not written before it.
        assert_eq!(
            show("〔甲局、乙局按职责分工负责。以下均需各县(市)人民政府、某某管委会落实,不再列出〕"),
            [(
                vec!["甲局", "乙局", "各县(市)人民政府", "某某管委会"],
                vec![]
            )]
        );
        assert_eq!(
            show("(责任单位:各市政府和甲区管委会。以下均需各市政府和甲区管委会落实,不再列出)"),
            [(vec!["各市政府", "甲区管委会"], vec![])]
        );
        assert_eq!(
            show("（牵头单位：甲局，以下均需各县人民政府落实，不再列出）"),
            [(vec!["甲局", "各县人民政府"], vec!["甲局"])]
        );
        assert_eq!(
            show("（税务总局、财政部负责，排在第一位的部门为牵头部门，下同）"),
            [(vec!["税务总局", "财政部"], vec!["税务总局"])]
        );
        assert_eq!(
            show("（牵头单位：市发展改革委，配合单位：市委组织部，各区、县级市）"),
            [(
                vec!["市发展改革委", "市委组织部", "各区、县级市"],
                vec!["市发展改革委"]
            )]
        );
        // A sentence of units closed by a verb after the 。 is read; the
        // remark after its ； is not. Levels alone before levels with their
        // body are one unit.
        assert_eq!(
            show("（牵头单位：省政务局，责任单位：省自然资源厅。市州、县市区人民政府负责落实；以下均由市州、县市区人民政府负责落实，不再列出）"),
            [(
                vec!["省政务局", "省自然资源厅", "市州、县市区人民政府"],
                vec!["省政务局"]
            )]
        );
        assert_eq!(
            show("（商务部指导，供销合作总社参与）"),
            [(vec!["商务部", "供销合作总社"], vec![])]
        );
    }

    #[test]
    fn collectives_name_nobody() {
        assert_eq!(
            show("（人力资源社会保障部、财政部等有关部门和单位负责）"),
            [(vec!["人力资源社会保障部", "财政部"], vec![])]
        );
        assert_eq!(
            show("（商务部等部门按职责分工负责）"),
            [(vec!["商务部"], vec![])]
        );
        assert_eq!(
            show("（各有关部门和单位，各省级人民政府按职责分工负责）"),
            [(vec!["各省级人民政府"], vec![])]
        );
        assert_eq!(
            show("（各有关部门和单位按职责分工负责）"),
            [(vec!["各有关部门和单位"], vec![])]
        );
        assert!(is_catch_all("各地区各有关部门"));
        assert!(is_catch_all("有关部门、单位"));
        assert!(!is_catch_all("部门"));
        assert!(!is_catch_all("各地市"));
        assert!(!is_catch_all("各省级人民政府"));
        assert!(is_catch_all("市直有关部门") && is_catch_all("省有关部门"));
        // A one-character level takes 级 or 直 after it (区级 as 省级).
        assert!(is_catch_all("区级相关部门") && is_catch_all("县直有关部门和单位"));
        assert!(!is_catch_all("区级财政部门") && !is_catch_all("区直机关工委"));
        assert_eq!(
            show("(区国土分局牵头,区规划分局、区级相关部门配合)"),
            [(vec!["区国土分局", "区规划分局"], vec!["区国土分局"])]
        );
        // 各级: every level's, a vague word (市各级单位: nobody in particular).
        assert!(is_catch_all("各级单位") && is_catch_all("市各级单位"));
        assert!(!is_catch_all("各级人民政府"));
        assert_eq!(
            show("〔牵头单位:市住建局,责任单位:市各级单位、各区人民政府(管委会)〕"),
            [(vec!["市住建局", "各区人民政府(管委会)"], vec!["市住建局"])]
        );
        assert!(!is_catch_all("市发展改革委"));
        assert_eq!(
            show("（市教育局、市人社局及各县区政府负责）"),
            [(vec!["市教育局", "市人社局", "各县区政府"], vec![])]
        );
        assert_eq!(
            show("（省财政厅会同省有关部门负责）"),
            [(vec!["省财政厅"], vec![])]
        );
        assert_eq!(
            show("（牵头单位：市政务服务局；责任单位：各区县人民政府、市直有关部门）"),
            [(vec!["市政务服务局", "各区县人民政府"], vec!["市政务服务局"])]
        );
        // 等 before a named unit is not a closer.
        assert_eq!(strip_closer("中小企业等市场主体"), "中小企业等市场主体");
        // 等 takes a catch-all under a level with it (`等市直有关部门和单位`),
        // also before a comma that opens the next group.
        assert_eq!(
            show("（责任单位：县工信局、县商务局等县直有关部门和单位，各乡镇人民政府）"),
            [(vec!["县工信局", "县商务局", "各乡镇人民政府"], vec![])]
        );
    }

    #[test]
    fn manners_spaces_between_labels_and_leading_remarks() {
        assert_eq!(
            show("（省委宣传部、省发展改革委按分工负责）"),
            [(vec!["省委宣传部", "省发展改革委"], vec![])]
        );
        assert_eq!(
            show("（省发展改革委、省财政厅依职责负责）"),
            [(vec!["省发展改革委", "省财政厅"], vec![])]
        );
        assert_eq!(
            show("（省委依法治省办、省司法厅负责）"),
            [(vec!["省委依法治省办", "省司法厅"], vec![])]
        );
        assert_eq!(
            show("（牵头单位：市委组织部 配合单位：市人社局）"),
            [(vec!["市委组织部", "市人社局"], vec!["市委组织部"])]
        );
        assert_eq!(
            show("（完成时限：2025年底前；责任单位：市工信局）"),
            [(vec!["市工信局"], vec![])]
        );
        assert_eq!(
            show("（2025年底前完成，责任单位：市工信局）"),
            [(vec!["市工信局"], vec![])]
        );
        assert_eq!(
            show("（市发展改革委牵头，责任单位：市财政局）"),
            [(vec!["市发展改革委", "市财政局"], vec!["市发展改革委"])]
        );
    }

    #[test]
    fn labels_made_of_a_qualifier_and_a_head_noun() {
        // No row of the table names 落实单位 or 主责处室: the head noun does.
        assert_eq!(
            show("（牵头部门：甲局、乙委；配合部门：丙办；落实单位：丁区、戊县）"),
            [(
                vec!["甲局", "乙委", "丙办", "丁区", "戊县"],
                vec!["甲局", "乙委"]
            )]
        );
        assert_eq!(
            show("（主责处室：综合处；协办处室：财务处，督办机构：督查室）"),
            [(vec!["综合处", "财务处", "督查室"], vec!["综合处"])]
        );
        assert_eq!(
            headed_label_at("落实单位："),
            Some(("落实单位：".len(), false))
        );
        assert_eq!(
            headed_label_at("牵头处室 ："),
            Some(("牵头处室 ：".len(), true))
        );
        // Not a label: no head noun, a qualifier too long or not Han, no colon.
        assert_eq!(headed_label_at("适用范围：全省"), None);
        assert_eq!(headed_label_at("省级以上有关单位：甲"), None);
        assert_eq!(headed_label_at("A类单位：甲"), None);
        assert_eq!(headed_label_at("落实单位甲局"), None);
        // A headed label alone makes no bracket of responsibility; a lead does.
        assert!(find("（作者单位：某市经济和信息化局）").is_empty());
        assert_eq!(
            show("（牵头处室：综合处）"),
            [(vec!["综合处"], vec!["综合处"])]
        );
        // A unit that leads by its verb does too (`（A牵头，落实单位：B）`).
        assert_eq!(
            show("（甲厅牵头，落实单位：各市（州）人民政府）"),
            [(vec!["甲厅", "各市（州）人民政府"], vec!["甲厅"])]
        );
        assert_eq!(
            show("（甲厅牵头；协办部门：乙局、丙委）"),
            [(vec!["甲厅", "乙局", "丙委"], vec!["甲厅"])]
        );
        // A line of its own still needs a label of the table.
        assert!(find("联系单位：某某办公室").is_empty());
        // A 各 unit naming its body ends at 和; the places after it share theirs.
        assert_eq!(
            units("（甲厅、乙局按职责分工负责，各省辖市政府和甲示范区、乙港区管委会落实）"),
            [vec![
                "甲厅",
                "乙局",
                "各省辖市政府",
                "甲示范区、乙港区管委会"
            ]]
        );
    }

    #[test]
    fn weak_verbs_time_limits_role_brackets_and_shared_bodies() {
        assert_eq!(
            show("（市财政局、各区县政府（管委会）依据各自职责分别组织实施）"),
            [(vec!["市财政局", "各区县政府（管委会）"], vec![])]
        );
        assert_eq!(
            show("（市商务局、市财政局按职责分工落实）"),
            [(vec!["市商务局", "市财政局"], vec![])]
        );
        // A weak verb alone closes nothing.
        assert!(find("（各地要抓紧落实）").is_empty());
        assert_eq!(
            show("（责任单位：市发展改革委（牵头）、市财政局，2025年底前完成）"),
            [(vec!["市发展改革委", "市财政局"], vec!["市发展改革委"])]
        );
        assert_eq!(
            show("（市商务局负责，2025年6月底前完成）"),
            [(vec!["市商务局"], vec![])]
        );
        assert_eq!(
            show("（牵头单位：市住建局；完成时限：2025年底；配合单位：市财政局）"),
            [(vec!["市住建局", "市财政局"], vec!["市住建局"])]
        );
        assert_eq!(
            show("（责任单位：市财政局 完成时限：长期坚持）"),
            [(vec!["市财政局"], vec![])]
        );
        assert_eq!(
            show("（市级牵头单位：市经信局；县级责任单位：各县市区人民政府）"),
            [(vec!["市经信局", "各县市区人民政府"], vec!["市经信局"])]
        );
        assert_eq!(
            show("(广州、深圳市政府分别负责)"),
            [(vec!["广州、深圳市政府"], vec![])]
        );
        // A longer list of places shares the last one's body.
        assert_eq!(
            show("（责任单位：省交通厅，甲乙市、丙丁市、戊己州人民政府）"),
            [(vec!["省交通厅", "甲乙市、丙丁市、戊己州人民政府"], vec![])]
        );
        // Catch-alls beside named units go: vague words before a level
        // (其他省直…), a bare collective after one (…有关部门、单位).
        assert_eq!(
            show("（责任单位：省商务厅、其他省直有关部门和单位）"),
            [(vec!["省商务厅"], vec![])]
        );
        assert_eq!(
            show("（责任单位：县直有关部门、单位，各乡镇人民政府）"),
            [(vec!["各乡镇人民政府"], vec![])]
        );
        assert!(shares_body("济源示范区", "航空港区管委会"));
        // A word a page broke across blank lines does not end the bracket;
        // a break after punctuation does.
        assert_eq!(
            units("（责任单位：县财政局，高新区、南\n\n湖新城管委会）"),
            [vec!["县财政局", "高新区、南\n\n湖新城管委会"]]
        );
        assert!(units("（责任单位：县财政局，\n\n县住建局）").is_empty());
        // A zone's body makes the place before it a zone.
        assert!(shares_body("高新区", "南湖新城管委会"));
        assert!(!shares_body("市住建局", "南湖新城管委会"));
        assert_eq!(
            units("（责任单位：县财政局，高新区、南湖新城管委会）"),
            [vec!["县财政局", "高新区、南湖新城管委会"]]
        );
        assert!(!shares_body("高新区", "各区县人民政府"));
        assert!(!shares_body("市委", "市政府"));
        assert!(!shares_body("市住建局", "某某区人民政府"));
        // All places of one level, then all of another with their body.
        assert!(shares_body("各州〔市〕", "各县〔区〕人民政府"));
        assert!(!shares_body("各部门", "各区县人民政府"));
        assert_eq!(
            units("（责任单位：省交通厅，各州〔市〕、各县〔区〕人民政府）"),
            [vec!["省交通厅", "各州〔市〕、各县〔区〕人民政府"]]
        );
        assert_eq!(
            role_bracket_at_end("甲局（牵头）"),
            Some(("（牵头）".len(), true))
        );
        assert_eq!(role_bracket_at_end("各县（市、区）"), None);
        assert!(is_time_limit("2025年底前完成") && is_time_limit("持续推进"));
        // 年内 (within the year) opens a time limit too.
        assert_eq!(
            units("（市财政局分别负责，年内全面推开）"),
            [vec!["市财政局"]]
        );
        assert!(!is_time_limit("市12345热线"));
    }

    #[test]
    fn copulas_and_labels_after_a_full_stop() {
        assert_eq!(
            show("（责任单位为市商务局、市财政局）"),
            [(vec!["市商务局", "市财政局"], vec![])]
        );
        assert_eq!(
            show("（牵头单位：市发改委。配合单位：市财政局）"),
            [(vec!["市发改委", "市财政局"], vec!["市发改委"])]
        );
        // A line of its own needs the colon.
        assert!(find("甲。\n责任单位为各级人民政府，负责落实。").is_empty());
        assert_eq!(
            show("（市发改委牵头，各区县政府落实，下同）"),
            [(vec!["市发改委", "各区县政府"], vec!["市发改委"])]
        );
        // A short label takes no copula.
        assert!(find("（责任为主）").is_empty());
    }

    #[test]
    fn labels_in_square_brackets() {
        let text = "1.甲。【责任单位】市商务局、市财政局\n2.乙。【牵头单位】市发改委【配合单位】市财政局、市自然资源局。\n3.丙。\n[责任单位]各区县人民政府；\n";
        assert_eq!(
            show(text),
            [
                (vec!["市商务局", "市财政局"], vec![]),
                (
                    vec!["市发改委", "市财政局", "市自然资源局"],
                    vec!["市发改委"]
                ),
                (vec!["各区县人民政府"], vec![]),
            ]
        );
        let r = find(text);
        assert_eq!(&text[r[0].span.range()], "【责任单位】市商务局、市财政局");
        assert_eq!(&text[r[2].span.range()], "[责任单位]各区县人民政府");
        assert!(find("【2025年】推进。【重点】加强。").is_empty());
    }

    #[test]
    fn not_brackets() {
        assert!(find("（技工院校内由人力资源社会保障行政部门负责）").is_empty());
        assert!(find("构建责任单位自主化解机制").is_empty());
        assert!(find("(责任单位:市科技局").is_empty());
        assert!(find("(责任单位:市科技局\n)").is_empty());
        assert!(find("责任单位").is_empty());
        assert!(find("（以下简称“市发改委”）").is_empty());
        assert!(find("（具体办法由省人力资源社会保障厅另行制定）").is_empty());
        assert!(find("（2025年底前由市财政局负责）").is_empty());
        assert!(find("（负责）").is_empty());
        assert!(find("首台（套）").is_empty());
    }

    #[test]
    fn labels_without_a_colon_or_with_a_ratio_sign() {
        // A bracket opening with a label of the table takes labels written
        // without their colon, or with the ratio sign for it.
        let text = "一、甲。（责任单位县交通局，配合单位\u{2236}县水利局、县林业局）\n二、乙。（牵头单位\u{2236}县商务局，配合单位各信用社）\n";
        let found = find(text);
        let spans: Vec<_> = found.iter().map(|r| &text[r.span.range()]).collect();
        assert_eq!(
            spans,
            [
                "（责任单位县交通局，配合单位\u{2236}县水利局、县林业局）",
                "（牵头单位\u{2236}县商务局，配合单位各信用社）"
            ]
        );
        assert_eq!(
            show(text),
            [
                (vec!["县交通局", "县水利局", "县林业局"], vec![]),
                (vec!["县商务局", "各信用社"], vec!["县商务局"])
            ]
        );
        assert_eq!(show("（责任单位县民政局）"), [(vec!["县民政局"], vec![])]);
        // A verb after the label makes it none; a line of its own needs
        // the colon.
        assert!(find("（责任单位负责解释）").is_empty());
        assert!(find("甲。\n责任单位县民政局\n").is_empty());
    }
}
