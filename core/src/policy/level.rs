//! The issuer's administrative level (SPEC 2.1): central, provincial,
//! municipal or county.
//!
//! Read from the signing bodies, else from the heading's issuing body (the
//! words before 关于, or the whole heading of a law, when the heading ends
//! with a form word), else from the prefix of the document's own 发文字号
//! (one standing on its line; a cited number says nothing of the issuer). A body's name is
//! read from its start: a central body (`data/policy_central_bodies.tsv`),
//! else a chain of places, each more local: a province-level unit
//! (`data/policy_provinces.tsv`), a prefecture-level unit
//! (`data/policy_cities.tsv`, full or short name), then a county unit (a
//! name ending in 县, 区, 旗, or 市 when it is not a prefecture; none below a
//! city the province administers directly, 济源 or 仙桃, read as a
//! prefecture). The most
//! local place found gives the level. A city name not in the table (`某某市`)
//! is read from the recipients: a city writes to its 县/区, a county-level
//! city to its 乡镇 and 街道.

use super::doc_number::DocNumber;
use super::text::is_han_script;
use crate::entity::Span;
use crate::lexicon::{RoleWords, Table, WordSet};
use std::fmt;
use std::sync::LazyLock;

/// The administrative level of a document's issuer.
///
/// ```
/// let text = "滨州市人民政府办公室关于加快发展先进制造业集群的实施意见\n滨政办字〔2024〕18号\n";
/// let p = shuzi::policy::parse(text, &shuzi::Config::default());
/// assert_eq!(p.level, Some(shuzi::policy::Level::Municipal));
/// assert_eq!(shuzi::policy::Level::Central.as_str(), "central");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Level {
    /// 中共中央, 全国人大, 国务院 and its ministries and commissions.
    Central,
    /// Provinces, autonomous regions, municipalities and their bodies.
    Provincial,
    /// Prefecture-level cities, autonomous prefectures, 地区 and 盟.
    Municipal,
    /// Counties, county-level cities, city districts and 旗.
    County,
}

impl Level {
    /// The name used in JSON (`"central"`, `"provincial"`, `"municipal"`, `"county"`).
    ///
    /// ```
    /// assert_eq!(shuzi::policy::Level::County.as_str(), "county");
    /// ```
    pub const fn as_str(&self) -> &'static str {
        match self {
            Level::Central => "central",
            Level::Provincial => "provincial",
            Level::Municipal => "municipal",
            Level::County => "county",
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The place tables, parsed once.
struct Places {
    /// Province full and short names.
    provinces: Vec<&'static str>,
    /// The full and short names of the municipalities directly under the
    /// central government (the province-level units whose full name ends
    /// in 市: 北京市, 上海市).
    municipalities: Vec<&'static str>,
    /// Their one-character 发文字号 abbreviations (京, 沪).
    municipality_abbrevs: Vec<char>,
    /// One-character 发文字号 abbreviations of provinces.
    province_abbrevs: Vec<char>,
    /// Prefecture-level full and short names.
    cities: Vec<&'static str>,
    /// The full and short names of the units a province administers
    /// directly (no county below them).
    direct: Vec<&'static str>,
    /// Central body names.
    central: Vec<&'static str>,
    /// Central 发文字号 prefixes.
    central_prefixes: Vec<&'static str>,
    /// Ends of central 发文字号 prefixes.
    central_prefix_ends: Vec<&'static str>,
    /// The names of `provinces` and `cities` together, sorted: a binary
    /// search instead of a comparison with each of some seven hundred
    /// names (the fact pass asks of subjects it reads).
    place_names: Vec<&'static str>,
}

/// A row of `data/policy_provinces.tsv`: full name, short name, the
/// one-character 发文字号 abbreviations (comma-separated).
struct Province {
    full: &'static str,
    short: &'static str,
    abbrevs: Vec<char>,
}

fn province_table() -> Table<Province> {
    Table::load(
        "policy_provinces.tsv",
        include_str!("../data/policy_provinces.tsv"),
        |r| {
            let abbrevs = r
                .word(2)?
                .split(',')
                .map(|a| {
                    a.trim()
                        .parse::<char>()
                        .map_err(|e| r.error(format_args!("column 3: {a:?}: {e}")))
                })
                .collect::<Result<_, _>>()?;
            Ok(Province {
                full: r.word(0)?,
                short: r.word(1)?,
                abbrevs,
            })
        },
    )
}

/// A row of `data/policy_cities.tsv`: full name, short name, and whether
/// the province administers it directly (no county below it).
type CityRow = (&'static str, &'static str, bool);

/// `data/policy_cities.tsv`: full name, short name, the province's short
/// name (a province not in `provinces` is an error), and `direct` for a
/// unit the province administers directly (济源, 仙桃).
fn city_table(provinces: &[Province]) -> Table<CityRow> {
    cities_in(
        "policy_cities.tsv",
        include_str!("../data/policy_cities.tsv"),
        provinces,
    )
}

fn cities_in(file: &'static str, src: &'static str, provinces: &[Province]) -> Table<CityRow> {
    Table::load(file, src, |r| {
        let province = r.word(2)?;
        if !provinces.iter().any(|p| p.short == province) {
            return Err(r.error(format_args!("unknown province {province:?}")));
        }
        let direct = match r.text(3) {
            "" => false,
            "direct" => true,
            other => return Err(r.error(format_args!("unknown kind {other:?}"))),
        };
        Ok((r.word(0)?, r.word(1)?, direct))
    })
}

/// What a row of `data/policy_central_bodies.tsv` names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Central {
    /// A body's name.
    Name,
    /// A 发文字号 prefix.
    Prefix,
    /// The end of a 发文字号 prefix: a ministry's own number (`劳社部发`,
    /// `人社部函`); a local department is a 厅, 局 or 委.
    PrefixEnd,
}

impl std::str::FromStr for Central {
    type Err = String;
    fn from_str(s: &str) -> Result<Central, String> {
        match s {
            "name" => Ok(Central::Name),
            "prefix" => Ok(Central::Prefix),
            "prefix_end" => Ok(Central::PrefixEnd),
            other => Err(format!("unknown kind {other:?}")),
        }
    }
}

fn central_table() -> Table<(&'static str, Central)> {
    Table::load(
        "policy_central_bodies.tsv",
        include_str!("../data/policy_central_bodies.tsv"),
        |r| Ok((r.word(0)?, r.get(1)?)),
    )
}

/// True when `s` is a province's or a prefecture's name, full or short
/// (`广州`, `广东省`): a place, not a body.
pub(crate) fn is_place_name(s: &str) -> bool {
    PLACES.place_names.binary_search(&s).is_ok()
}

/// `s` with every province's or prefecture's name in it taken out
/// (`安逸四川` → `安逸`): what is left of a label once its place names are.
pub(crate) fn without_places(s: &str) -> String {
    static NAMES: LazyLock<WordSet> = LazyLock::new(|| {
        WordSet::new(
            PLACES
                .provinces
                .iter()
                .chain(&PLACES.cities)
                .copied()
                .filter(|p| p.chars().count() >= 2),
        )
    });
    NAMES.remove_from(s)
}

/// True when `s` opens with a province's or a prefecture's name
/// (`深圳市政府`).
pub(crate) fn opens_with_place(s: &str) -> bool {
    PLACES
        .provinces
        .iter()
        .chain(&PLACES.cities)
        .any(|p| s.starts_with(p) && s.len() > p.len())
}

/// True when `name` ends with a character that ends a body's name
/// (局, 委, 厅, 部, 会, 院, …: the `body_char` rows of
/// `data/policy_level_words.tsv`).
pub(crate) fn ends_as_body(name: &str) -> bool {
    name.chars()
        .next_back()
        .is_some_and(|c| is(Role::BodyChar, c))
}

/// Where a line naming two or more central bodies written together
/// (`自然资源部中国银行保险监督管理委员会`, a joint signature without the
/// spaces) splits: the byte offset where each body but the first starts.
/// Empty unless the whole line is names of `data/policy_central_bodies.tsv`
/// one after another, each ending with a body character (so `国家统计局`
/// and `国务院办公厅` stay one: 国家 is no body, 办公厅 no table name).
pub(crate) fn joint_bodies(line: &str) -> Vec<usize> {
    fn cover(line: &str, at: usize, cuts: &mut Vec<usize>) -> bool {
        if at == line.len() {
            return true;
        }
        for w in PLACES.central.iter().filter(|w| line[at..].starts_with(*w)) {
            let ends_as_body = w.chars().next_back().is_some_and(|c| is(Role::BodyChar, c));
            if !ends_as_body {
                continue;
            }
            cuts.push(at + w.len());
            if cover(line, at + w.len(), cuts) {
                return true;
            }
            cuts.pop();
        }
        false
    }
    let mut cuts = Vec::new();
    if cover(line, 0, &mut cuts) && cuts.len() >= 2 {
        cuts.pop();
        cuts
    } else {
        Vec::new()
    }
}

/// The most characters of the place opening a body's name (`宜昌市`,
/// `苍溪县`, `内蒙古自治区` has its own table row and is read as 内蒙古 + 自治区).
const MAX_PLACE_CHARS: usize = 6;

/// The fewest characters of one body's name (`宜昌市教育局` has six).
const MIN_JOINT_BODY_CHARS: usize = 4;

/// Where a line naming two or more local bodies of one place written
/// together splits (`宜昌市人力资源和社会保障局宜昌市教育局`,
/// `中共宜昌市委宜昌市人民政府`: a joint signature whose spaces a crawl
/// lost): the byte offset where each body but the first starts. The place
/// opening the first name (after a Party prefix, up to its first character
/// ending a province's, a prefecture's or a county's name) opens each
/// other name, maybe after a Party prefix, right after a character that
/// ends a body's name. Empty when the place is said once
/// (`宜昌市宜昌高新区管委会` is one name).
pub(crate) fn same_place_bodies(line: &str) -> Vec<usize> {
    let party = |s: &str| {
        PARTY_PREFIXES
            .iter()
            .find(|p| s.starts_with(**p))
            .map_or(0, |p| p.len())
    };
    let from = party(line);
    let ends_place =
        |c: char| is(Role::ProvinceEnd, c) || is(Role::CityEnd, c) || is(Role::CountyEnd, c);
    let Some((i, c)) = line[from..]
        .char_indices()
        .take(MAX_PLACE_CHARS)
        .skip(1)
        .find(|(_, c)| ends_place(*c))
    else {
        return Vec::new();
    };
    let place = &line[from..from + i + c.len_utf8()];
    if words(Role::NotEnd).any(|w| line[from + i..].starts_with(w)) || !ends_as_body(line) {
        return Vec::new();
    }
    let mut cuts = Vec::new();
    let mut last = 0;
    for (j, _) in line.match_indices(place).filter(|(j, _)| *j > from) {
        // A Party prefix right before the place opens the next name.
        let cut = PARTY_PREFIXES
            .iter()
            .find(|p| line[..j].ends_with(**p))
            .map_or(j, |p| j - p.len());
        let before = &line[last..cut];
        if before.chars().count() >= MIN_JOINT_BODY_CHARS
            && ends_as_body(before)
            && line[cut..].chars().count() >= MIN_JOINT_BODY_CHARS
        {
            cuts.push(cut);
            last = cut;
        }
    }
    cuts
}

/// Where a line naming a local body then a central body's office written
/// together splits (`某某市住房公积金管理中心国家金融监督管理总局某某监管分局`,
/// a joint signature whose spaces a crawl lost): right before each central
/// name of `data/policy_central_bodies.tsv` that follows a character ending
/// a body's name, when the words before open with a place or a Party prefix
/// and each side holds a body's worth of characters. Empty otherwise.
pub(crate) fn local_then_central_bodies(line: &str) -> Vec<usize> {
    if !opens_a_body_name(line) {
        return Vec::new();
    }
    central_after_bodies(line)
}

/// Where `line`, known to join bodies' names, splits before a central
/// body's office (`…县财政局国家税务总局某县税务局`): right before each
/// central name of the table that follows a character ending a body's
/// name, each side holding a body's worth of characters.
pub(crate) fn central_after_bodies(line: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut last = 0;
    for (i, _) in line.char_indices().skip(1) {
        let before = &line[last..i];
        if !ends_as_body(before)
            || before.chars().count() < MIN_JOINT_BODY_CHARS
            || line[i..].chars().count() < MIN_JOINT_BODY_CHARS
            || starts(&line[i..], &PLACES.central).is_none()
        {
            continue;
        }
        cuts.push(i);
        last = i;
    }
    cuts
}

/// True when `s` opens with a province's or a prefecture's name or a
/// Party prefix (`中共某县委`): the whole name of a body, not the tail of
/// one wrapped over a line break (`公室关于…`).
pub(crate) fn opens_a_body_name(s: &str) -> bool {
    opens_with_place(s) || PARTY_PREFIXES.iter().any(|p| s.starts_with(p))
}

/// `data/policy_party_prefixes.tsv`, in table order.
static PARTY_PREFIXES: LazyLock<Vec<&'static str>> = LazyLock::new(|| party_prefixes().items);

fn party_prefixes() -> Table<&'static str> {
    crate::lexicon::words(
        "policy_party_prefixes.tsv",
        include_str!("../data/policy_party_prefixes.tsv"),
    )
}

/// `data/policy_township_words.tsv`.
static TOWNSHIP_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| township_words().items);

fn township_words() -> Table<&'static str> {
    crate::lexicon::words(
        "policy_township_words.tsv",
        include_str!("../data/policy_township_words.tsv"),
    )
}

fn longest_first(v: &mut Vec<&'static str>) {
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v.dedup();
}

static PLACES: LazyLock<Places> = LazyLock::new(|| {
    let table = province_table().items;
    let mut provinces = Vec::new();
    let mut province_abbrevs = Vec::new();
    let (mut municipalities, mut municipality_abbrevs) = (Vec::new(), Vec::new());
    for p in &table {
        provinces.push(p.full);
        provinces.push(p.short);
        province_abbrevs.extend(p.abbrevs.iter().copied());
        if words(Role::City).any(|w| p.full.ends_with(w)) {
            municipalities.push(p.full);
            municipalities.push(p.short);
            municipality_abbrevs.extend(p.abbrevs.iter().copied());
        }
    }
    let (mut cities, mut direct) = (Vec::new(), Vec::new());
    for (full, short, is_direct) in city_table(&table).items {
        cities.push(full);
        cities.push(short);
        if is_direct {
            direct.push(full);
            direct.push(short);
        }
    }
    let (mut central, mut central_prefixes, mut central_prefix_ends) =
        (Vec::new(), Vec::new(), Vec::new());
    for (w, kind) in central_table().items {
        match kind {
            Central::Name => central.push(w),
            Central::Prefix => central_prefixes.push(w),
            Central::PrefixEnd => central_prefix_ends.push(w),
        }
    }
    for v in [
        &mut provinces,
        &mut municipalities,
        &mut cities,
        &mut central,
        &mut central_prefixes,
    ] {
        longest_first(v);
    }
    let mut place_names: Vec<&'static str> = provinces.iter().chain(&cities).copied().collect();
    place_names.sort_unstable();
    place_names.dedup();
    Places {
        provinces,
        municipalities,
        municipality_abbrevs,
        province_abbrevs,
        cities,
        direct,
        central,
        central_prefixes,
        central_prefix_ends,
        place_names,
    }
});

string_enum! {
    /// The role of a row of `policy_level_words.tsv` (its header explains each).
    enum Role {
        /// 关于.
        About => "about",
        /// 省.
        ProvinceEnd => "province_end",
        /// 市.
        City => "city",
        /// 市 州 区 盟.
        CityEnd => "city_end",
        /// 区 县 旗.
        DistrictEnd => "district_end",
        /// 县 区 旗 市.
        CountyEnd => "county_end",
        /// 政 府 委 局 …
        BodyChar => "body_char",
        /// 市场, 区域.
        NotEnd => "not_end",
        /// 政 办 发.
        PrefixMark => "prefix_mark",
        /// 省 opening a body's name that names no place (省政府办公厅).
        BareProvincial => "bare_provincial",
        /// 市 opening such a name (市人民政府).
        BareMunicipal => "bare_municipal",
        /// 县 区 旗 opening such a name (区政府).
        BareCounty => "bare_county",
    }
    error: crate::ErrorKind::InvalidData, "level word role"
}

impl Role {
    /// True for the roles whose rows are one character.
    fn is_char(self) -> bool {
        matches!(
            self,
            Role::CityEnd
                | Role::DistrictEnd
                | Role::CountyEnd
                | Role::BodyChar
                | Role::PrefixMark
                | Role::BareProvincial
                | Role::BareMunicipal
                | Role::BareCounty
        )
    }
}

/// `data/policy_level_words.tsv`: word, role; a character role's word must
/// be one character.
fn level_words() -> Table<(&'static str, Role)> {
    level_words_in(
        "policy_level_words.tsv",
        include_str!("../data/policy_level_words.tsv"),
    )
}

fn level_words_in(file: &'static str, src: &'static str) -> Table<(&'static str, Role)> {
    Table::load(file, src, |r| {
        let (w, role): (&str, Role) = (r.word(0)?, r.get(1)?);
        if role.is_char() && w.chars().count() != 1 {
            return Err(r.error(format_args!("{role} takes one character, not {w:?}")));
        }
        Ok((w, role))
    })
}

static WORDS: LazyLock<RoleWords<Role>> =
    LazyLock::new(|| RoleWords::new(level_words().items, false));

fn words(role: Role) -> impl Iterator<Item = &'static str> {
    WORDS.of(role)
}

/// True when `c` is a character of `role`.
fn is(role: Role, c: char) -> bool {
    words(role).any(|w| w.starts_with(c))
}

/// The level a bare level word names (`省` → provincial), if `c` is one.
fn bare_level(c: char) -> Option<Level> {
    [
        (Role::BareProvincial, Level::Provincial),
        (Role::BareMunicipal, Level::Municipal),
        (Role::BareCounty, Level::County),
    ]
    .into_iter()
    .find(|(role, _)| is(*role, c))
    .map(|(_, level)| level)
}

/// The most characters of a body's own name after a bare level word
/// (`住房城乡建设管理委`, `发展和改革委员会`).
const MAX_BARE_NAME_CHARS: usize = 16;

/// The level of a body named by its level alone (省政府办公厅, 市人民政府,
/// 区政府; 市住房城乡建设管理委, 市发展改革委, 区卫生健康委): a bare level word
/// followed by a body character, or by a body's own name (Han characters
/// only, ending as a body's name does) that opens with no place, no county
/// unit (市北区人民政府 is a district's) and no common word the level word
/// opens (市场监管局, 区域…).
fn bare_name(s: &str) -> Option<Level> {
    let p = &*PLACES;
    let first = s.chars().next()?;
    let level = bare_level(first)?;
    let rest = &s[first.len_utf8()..];
    let second = rest.chars().next()?;
    if is(Role::BodyChar, second) {
        return Some(level);
    }
    let own_name = rest.chars().count() <= MAX_BARE_NAME_CHARS
        && rest.chars().all(is_han_script)
        && ends_as_body(rest)
        && !words(Role::NotEnd).any(|w| s.starts_with(w))
        && [&p.provinces, &p.cities]
            .into_iter()
            .all(|names| starts(rest, names).is_none())
        && county(rest, true).is_none();
    own_name.then_some(level)
}

/// True when the bodies of a document whose lead body is named by 市 alone
/// (`市住房城乡建设管理委`) are a municipality's directly under the central
/// government: a signing body's name, the heading's issuing body or the
/// prefix of the document's own number (沪建建材联) names one.
fn of_a_municipality(
    text: &str,
    issuer_names: &[Span],
    heading_body: Option<&str>,
    doc_numbers: &[DocNumber],
) -> bool {
    let p = &*PLACES;
    let names_one = |name: &str| starts(without_party(name), &p.municipalities).is_some();
    issuer_names.iter().any(|n| names_one(&text[n.range()]))
        || heading_body.is_some_and(names_one)
        || doc_numbers.iter().any(|d| {
            text[d.prefix.range()]
                .chars()
                .next()
                .is_some_and(|c| p.municipality_abbrevs.contains(&c))
        })
}

/// `s` without a leading word of `role`.
fn strip(role: Role, s: &str) -> &str {
    words(role).find_map(|w| s.strip_prefix(w)).unwrap_or(s)
}

/// The longest word of `words` that `s` starts with.
fn starts(s: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| s.starts_with(w))
}

/// A county unit at the start of `s`: up to six name characters and a
/// county ending; `市` only when `city_known` is false.
fn county(s: &str, city_known: bool) -> Option<(usize, char)> {
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n > 6 || !is_han_script(c) || is(Role::BodyChar, c) {
            return None;
        }
        if n > 0 && is(Role::CountyEnd, c) && !(is(Role::City, c) && city_known) {
            // 市场, 区域: the ending must not open a common word.
            if words(Role::NotEnd).any(|w| s[i..].starts_with(w)) {
                return None;
            }
            return Some((i + c.len_utf8(), c));
        }
    }
    None
}

/// `name` trimmed, without the Party prefixes opening it (`中共某县委`).
fn without_party(name: &str) -> &str {
    let mut s = name.trim();
    for party in PARTY_PREFIXES.iter() {
        if let Some(rest) = s.strip_prefix(party) {
            s = rest;
        }
    }
    s
}

/// What a body's name says of its level: `Some(level)`, or `Err(())` when it
/// names a city not in the table.
fn of_name(name: &str) -> Option<Result<Level, ()>> {
    let p = &*PLACES;
    let mut s = without_party(name);
    if let Some(w) = starts(s, &p.central) {
        // A central body's office in a place (国家税务总局山东省税务局,
        // 中国人民银行滨州市中心支行) is at that place's level.
        let mut rest = &s[w.len()..];
        // 国家 + 税务总局: the longest run of central names.
        while let Some(more) = starts(rest, &p.central) {
            rest = &rest[more.len()..];
        }
        // The place may follow the central body's whole name
        // (国家金融监督管理总局某某监管分局): right after a character that
        // ends a body's name.
        let placed = |s: &str| {
            [&p.provinces, &p.cities]
                .into_iter()
                .any(|words| starts(s, words).is_some())
        };
        if !placed(rest) {
            if let Some((i, _)) = rest
                .char_indices()
                .skip(1)
                .find(|&(i, _)| ends_as_body(&rest[..i]) && placed(&rest[i..]))
            {
                rest = &rest[i..];
            }
        }
        let local = placed(rest);
        return match of_name(rest).filter(|_| local) {
            Some(Ok(l)) if l != Level::Central => Some(Ok(l)),
            _ => Some(Ok(Level::Central)),
        };
    }
    if let Some(level) = bare_name(s) {
        return Some(Ok(level));
    }
    let mut level = None;
    // A full city name (吉林市) before a province's short one (吉林).
    let city_full = starts(s, &p.cities)
        .filter(|w| w.chars().next_back().is_some_and(|c| is(Role::CityEnd, c)));
    if city_full.is_none() {
        if let Some(w) = starts(s, &p.provinces) {
            level = Some(Level::Provincial);
            s = &s[w.len()..];
            s = strip(Role::ProvinceEnd, s);
        }
    }
    if let Some(w) = starts(s, &p.cities) {
        s = &s[w.len()..];
        // 朝阳区 is a district, not the city 朝阳.
        if s.chars().next().is_some_and(|c| is(Role::DistrictEnd, c)) {
            return Some(Ok(Level::County));
        }
        level = Some(Level::Municipal);
        // A unit the province administers directly has no county below
        // it: what follows names the unit itself (济源产城融合示范区).
        if p.direct.contains(&w) {
            return Some(Ok(Level::Municipal));
        }
        s = strip(Role::City, s);
    }
    match county(s, level.is_some()) {
        // An unknown name ending in 市: a city the table lacks, or a county-level city.
        Some((_, c)) if is(Role::City, c) => Some(Err(())),
        Some(_) => Some(Ok(Level::County)),
        None => level.map(Ok),
    }
}

/// The issuing body written at the start of a heading: the words before
/// 关于, or the whole heading when it has none (a law's title).
fn heading_body(heading: &str) -> &str {
    words(Role::About)
        .filter_map(|w| heading.find(w))
        .min()
        .map_or(heading, |i| &heading[..i])
}

/// The level from a 发文字号 prefix: a central prefix or one ending as a
/// ministry's does (`劳社部发`), a province's
/// abbreviation followed by 政 or 办, or the first character of a
/// prefecture (`滨政办字` → 滨州).
pub(crate) fn of_prefix(prefix: &str) -> Option<Level> {
    let p = &*PLACES;
    if starts(prefix, &p.central_prefixes).is_some()
        || p.central_prefix_ends.iter().any(|e| prefix.ends_with(e))
    {
        return Some(Level::Central);
    }
    let mut chars = prefix.chars();
    let first = chars.next()?;
    let second = chars.next()?;
    let marked = is(Role::PrefixMark, second);
    if p.province_abbrevs.contains(&first) && marked {
        return Some(Level::Provincial);
    }
    if marked && p.cities.iter().any(|c| c.starts_with(first)) {
        return Some(Level::Municipal);
    }
    None
}

/// A county-level city writes to its 乡镇 and 街道; a prefecture to its 县 and 区.
fn of_recipients(text: &str, recipients: &[Span]) -> Level {
    let local = recipients.iter().any(|r| {
        let s = &text[r.range()];
        TOWNSHIP_WORDS.iter().any(|w| s.contains(w))
    });
    if local {
        Level::County
    } else {
        Level::Municipal
    }
}

/// `data/policy_note_verbs.tsv`: the verbs ending a note of adoption.
static NOTE_VERBS: LazyLock<Vec<&'static str>> = LazyLock::new(|| note_verbs().items);

fn note_verbs() -> Table<&'static str> {
    crate::lexicon::words(
        "policy_note_verbs.tsv",
        include_str!("../data/policy_note_verbs.tsv"),
    )
}

/// The level of the body a note of adoption under a heading names
/// (`1988年5月10日 国务院批准`, `（2025年3月28日河北省第十四届人民代表大会
/// 常务委员会第十五次会议通过）`): the first of the next two non-empty
/// lines that ends with a note verb, read from the first central body,
/// province or city it names.
fn of_note(text: &str, heading: Span) -> Option<Level> {
    let p = &*PLACES;
    let note = text[heading.end..]
        .split('\n')
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
        .filter(|l| !l.is_empty())
        .take(2)
        .find(|l| {
            let l = l.trim_end_matches(|c: char| super::text::is_close(c));
            NOTE_VERBS.iter().any(|v| l.ends_with(v))
        })?;
    note.char_indices().find_map(|(i, _)| {
        let s = &note[i..];
        [&p.central, &p.provinces, &p.cities]
            .into_iter()
            .any(|words| starts(s, words).is_some())
            .then(|| of_name(s).and_then(Result::ok))
            .flatten()
    })
}

/// The issuer's level: from the signing bodies, else a note of adoption
/// under the heading of a document with a form (a regulation 国务院批准 is central whatever place it
/// governs), else the body of a heading with a form (the words before 关于,
/// or the whole heading of a law; a heading broken after 关于 is read with
/// its next line), else the first 发文字号 prefix.
pub(crate) fn find(
    text: &str,
    issuer_names: &[Span],
    heading: Option<Span>,
    form: Option<&str>,
    doc_numbers: &[DocNumber],
    recipients: &[Span],
) -> Option<Level> {
    let resolve = |r: Result<Level, ()>| r.unwrap_or_else(|()| of_recipients(text, recipients));
    // Joint issuers: the first body that tells its level, the lead body.
    let lead = issuer_names
        .iter()
        .map(|n| &text[n.range()])
        .find_map(|n| of_name(n).map(|l| (n, resolve(l))));
    if let Some((name, level)) = lead {
        // 市 alone names a municipality's body when the document names one.
        let city_word = bare_name(without_party(name)) == Some(Level::Municipal);
        if city_word {
            let body = heading
                .filter(|_| form.is_some())
                .map(|h| super::form::heading_line(text, h));
            let body = body.as_deref().map(heading_body);
            if of_a_municipality(text, issuer_names, body, doc_numbers) {
                return Some(Level::Provincial);
            }
        }
        return Some(level);
    }
    if let Some(l) = heading
        .filter(|_| form.is_some())
        .and_then(|h| of_note(text, h))
    {
        return Some(l);
    }
    // A news headline has no form: its words name no issuer.
    if let (Some(h), Some(_)) = (heading, form) {
        let line = super::form::heading_line(text, h);
        // (`省政府办公厅印发《…》`: the body before the verb.)
        let body =
            super::form::headline_issue(&line).map_or_else(|| heading_body(&line), |(b, _)| b);
        if let Some(l) = of_name(body) {
            return Some(resolve(l));
        }
    }
    doc_numbers
        .iter()
        .find_map(|d| of_prefix(&text[d.prefix.range()]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn level(name: &str) -> Option<Level> {
        of_name(name).map(|r| r.unwrap_or(Level::Municipal))
    }

    #[test]
    fn names() {
        use Level::*;
        let cases = [
            ("国务院办公厅", Some(Central)),
            // Units a province administers directly: nothing below them.
            ("济源产城融合示范区管理委员会", Some(Municipal)),
            ("济源示范区管委会", Some(Municipal)),
            ("仙桃市人民政府", Some(Municipal)),
            ("神农架林区人民政府", Some(Municipal)),
            ("中共中央 国务院", Some(Central)),
            ("国家发展改革委", Some(Central)),
            ("财政部", Some(Central)),
            ("工业和信息化部", Some(Central)),
            ("中华人民共和国促进中小企业发展法", Some(Central)),
            ("河北省人民政府", Some(Provincial)),
            ("中共河北省委", Some(Provincial)),
            ("北京市发展改革委", Some(Provincial)),
            ("广西壮族自治区人民政府", Some(Provincial)),
            ("河北省促进数字经济发展条例", Some(Provincial)),
            ("滨州市人民政府办公室", Some(Municipal)),
            ("广州市卫生健康委", Some(Municipal)),
            ("山东省滨州市人民政府", Some(Municipal)),
            ("吉林市人民政府", Some(Municipal)),
            ("吉林省人民政府", Some(Provincial)),
            ("延边朝鲜族自治州人民政府", Some(Municipal)),
            ("锡林郭勒盟行政公署", Some(Municipal)),
            ("上海市市场监督管理局", Some(Provincial)),
            ("北京市朝阳区人民政府", Some(County)),
            ("滨州市沾化区人民政府", Some(County)),
            ("某某县人民政府", Some(County)),
            ("阿巴嘎旗人民政府", Some(County)),
            ("上海市浦东新区人民政府", Some(County)),
            ("关于加快发展的意见", None),
            // 市政设施 (municipal works) opens no city's name.
            ("加快城乡市政设施改造实施方案", None),
            ("改善老旧市政公用管网工作方案", None),
            ("省政府办公厅", Some(Provincial)),
            ("市人民政府", Some(Municipal)),
            ("区政府办公室", Some(County)),
            ("县委", Some(County)),
            // A bare level word before a body's own name.
            ("市住房城乡建设管理委", Some(Municipal)),
            ("市发展改革委", Some(Municipal)),
            ("区卫生健康委", Some(County)),
            ("省市场监管局", Some(Provincial)),
            ("市城市管理局", Some(Municipal)),
            // A district's name, a common word: no bare level.
            ("市北区人民政府", Some(County)),
            ("市场监督管理局", None),
            ("国家税务总局山东省税务局", Some(Provincial)),
            ("中国人民银行滨州市中心支行", Some(Municipal)),
            // The place after the central body's whole name.
            ("国家金融监督管理总局滨州监管分局", Some(Municipal)),
            ("国家金融监督管理总局", Some(Central)),
            ("财政部 国家税务总局", Some(Central)),
            ("国务院办公厅", Some(Central)),
            ("市场监管总局", Some(Central)),
        ];
        for (name, want) in cases {
            assert_eq!(level(name), want, "{name}");
        }
        assert_eq!(of_name("义乌市人民政府"), Some(Err(())));
    }

    #[test]
    fn a_joint_signature_has_the_level_of_its_lead_body() {
        let parse = |t: &str| crate::policy::parse(t, &crate::Config::default()).level;
        // A city's bureau leads; a central bank's provincial branch joins.
        let text = "一、加大支持。\n\n本通知自印发之日起施行。\n\n滨州市财政局\n\n中国人民银行山东省分行\n\n滨州市教育局\n\n2030年3月1日\n";
        assert_eq!(parse(text), Some(Level::Municipal));
        // A province's body leading a city's.
        let text = "一、加大支持。\n\n本通知自印发之日起施行。\n\n山东省财政厅\n\n滨州市人民政府\n\n2030年3月1日\n";
        assert_eq!(parse(text), Some(Level::Provincial));
    }

    #[test]
    fn a_body_named_by_shi_alone_in_a_municipality_is_provincial() {
        let parse = |t: &str| crate::policy::parse(t, &crate::Config::default()).level;
        let body = "各有关单位：\n\n现将《某实施意见》印发给你们。\n\n特此通知。\n\n市住房城乡建设管理委\n\n市发展改革委\n\n2023年2月6日\n";
        // The own number's prefix names Shanghai (沪).
        let text = format!("关于印发《某实施意见》的通知\n\n沪建建材联〔2022〕679号\n\n{body}");
        assert_eq!(parse(&text), Some(Level::Provincial));
        // No municipality named: 市 alone has its own level.
        let text = format!("关于印发《某实施意见》的通知\n\n某建建材联〔2022〕679号\n\n{body}");
        assert_eq!(parse(&text), Some(Level::Municipal));
        // The heading's issuing body names one.
        let text = format!("上海市住房和城乡建设管理委员会关于印发《某实施意见》的通知\n\n{body}");
        assert_eq!(parse(&text), Some(Level::Provincial));
        // A cited number says nothing of the issuer.
        let text = "关于印发《某实施意见》的通知\n\n各有关单位：\n\n根据《某方案》（沪发改能源〔2022〕164号），现将《某实施意见》印发给你们。\n\n市发展改革委\n\n2023年2月6日\n";
        assert_eq!(parse(text), Some(Level::Municipal));
        // 区 alone stays a county's level in a municipality.
        let text = "关于印发《某方案》的通知\n\n沪某发〔2022〕6号\n\n各有关单位：\n\n现将《某方案》印发给你们。\n\n区发展改革委\n\n2023年2月6日\n";
        assert_eq!(parse(text), Some(Level::County));
    }

    #[test]
    fn a_local_body_glued_to_a_central_bodys_office_splits() {
        let line = "滨州市住房公积金管理中心国家金融监督管理总局滨州监管分局";
        let cuts = local_then_central_bodies(line);
        assert_eq!(cuts.len(), 1);
        assert_eq!(&line[cuts[0]..], "国家金融监督管理总局滨州监管分局");
        // One name, or a line opening with no place, does not split.
        assert!(local_then_central_bodies("滨州市住房公积金管理中心").is_empty());
        assert!(local_then_central_bodies("财政部国家税务总局").is_empty());
    }

    #[test]
    fn notes_of_adoption_under_the_heading() {
        let parse = |t: &str| crate::policy::parse(t, &crate::Config::default()).level;
        assert_eq!(
            parse("北京市新技术产业开发试验区暂行条例\n\n1988年5月10日 国务院批准\n\n第一条 为促进发展，制定本条例。\n"),
            Some(Level::Central)
        );
        assert_eq!(
            parse("某某促进条例\n\n（2025年3月28日河北省第十四届人民代表大会常务委员会第十五次会议通过）\n\n第一条 为促进发展，制定本条例。\n"),
            Some(Level::Provincial)
        );
        assert_eq!(
            parse("住房城乡建设部等5部门关于\n\n加强农村房屋建设管理的指导意见\n\n各省人民政府:\n"),
            Some(Level::Central)
        );
        // A news headline (no form) takes no level from a dated line under it.
        assert_eq!(
            parse("河北立法推动数字经济发展\n\n2025年3月28日 河北省人大常委会表决通过\n\n本报讯 记者日前获悉。\n"),
            None
        );
    }

    #[test]
    fn joint_bodies_split_only_on_whole_table_names() {
        let line = "自然资源部中国银行保险监督管理委员会";
        let cuts = joint_bodies(line);
        assert_eq!(cuts, ["自然资源部".len()]);
        assert_eq!(&line[cuts[0]..], "中国银行保险监督管理委员会");
        assert_eq!(joint_bodies("财政部税务总局"), ["财政部".len()]);
        for one in [
            "国家统计局",
            "国务院办公厅",
            "自然资源部",
            "自然资源部某某中心",
        ] {
            assert!(joint_bodies(one).is_empty(), "{one}");
        }
    }

    #[test]
    fn prefixes() {
        assert_eq!(of_prefix("国办发"), Some(Level::Central));
        assert_eq!(of_prefix("国发"), Some(Level::Central));
        // A ministry's own number, the table not listing the ministry.
        assert_eq!(of_prefix("劳社部发"), Some(Level::Central));
        assert_eq!(of_prefix("某部函"), Some(Level::Central));
        assert_ne!(of_prefix("冀人社发"), Some(Level::Central));
        assert_eq!(of_prefix("冀政办字"), Some(Level::Provincial));
        assert_eq!(of_prefix("滨政办字"), Some(Level::Municipal));
        assert_eq!(of_prefix("某某字"), None);
    }

    #[test]
    fn tables_parse_without_duplicates() {
        let provinces = province_table();
        assert!(provinces.errors.is_empty(), "{:?}", provinces.errors);
        assert_eq!(provinces.items.len(), 34);
        for p in &provinces.items {
            assert_eq!(level(p.full), Some(Level::Provincial), "{}", p.full);
        }
        let cities = city_table(&provinces.items);
        assert!(cities.errors.is_empty(), "{:?}", cities.errors);
        assert_eq!(cities.items.len(), 355);
        for (full, _, _) in &cities.items {
            assert_eq!(level(full), Some(Level::Municipal), "{full}");
        }
        let mut full: Vec<&str> = cities.items.iter().map(|r| r.0).collect();
        full.sort_unstable();
        full.dedup();
        assert_eq!(full.len(), 355);
        let central = central_table();
        assert!(central.errors.is_empty(), "{:?}", central.errors);
        let mut seen = std::collections::HashSet::new();
        for (w, kind) in central.items {
            assert!(seen.insert((w, kind)), "duplicate {w}");
            match kind {
                Central::Name => assert_eq!(level(w), Some(Level::Central), "{w}"),
                Central::Prefix | Central::PrefixEnd => {
                    assert_eq!(of_prefix(w), Some(Level::Central), "{w}")
                }
            }
        }
    }

    #[test]
    fn word_tables_parse_without_duplicates_and_each_word_is_read() {
        let t = level_words();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        for role in Role::ALL {
            assert!(words(*role).next().is_some(), "{role}");
        }
        let bad = level_words_in("l.tsv", "市场\tcounty_end\n省\tprovince\n县\tcounty_end\n");
        assert_eq!(bad.items, [("县", Role::CountyEnd)]);
        let shown: Vec<String> = bad.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(
            shown,
            [
                "l.tsv:1: county_end takes one character, not \"市场\"",
                "l.tsv:2: column 2: unknown level word role \"province\""
            ]
        );
        for t in [party_prefixes(), township_words(), note_verbs()] {
            assert!(t.errors.is_empty(), "{:?}", t.errors);
            let mut seen = std::collections::HashSet::new();
            assert!(t.items.iter().all(|w| seen.insert(*w)), "{:?}", t.items);
        }
        for p in party_prefixes().items {
            let name = format!("{p}滨州市委");
            assert_eq!(of_name(&name), Some(Ok(Level::Municipal)), "{name}");
        }
        for w in township_words().items {
            let text = format!("各{w}人民政府");
            let r = [Span::new(0, text.len())];
            assert_eq!(of_recipients(&text, &r), Level::County, "{text}");
        }
        assert_ne!(
            of_recipients("各县区人民政府", &[Span::new(0, "各县区人民政府".len())]),
            Level::County
        );
    }

    #[test]
    fn an_unknown_province_or_kind_names_file_and_line() {
        let provinces = province_table().items;
        let bad = cities_in("c.tsv", "甲市\t甲\t乙\n滨州市\t滨州\t山东\n", &provinces);
        assert_eq!(bad.items, [("滨州市", "滨州", false)]);
        let msg = bad.errors[0].to_string();
        assert!(msg.contains("c.tsv:1") && msg.contains("\"乙\""), "{msg}");
        let bad = Table::load("b.tsv", "\n国务院\tbody\n", |r| r.get::<Central>(1));
        let msg = bad.errors[0].to_string();
        assert!(msg.contains("b.tsv:2") && msg.contains("\"body\""), "{msg}");
    }

    #[test]
    fn a_note_of_the_government_administration_council_is_central() {
        let parse = |t: &str| crate::policy::parse(t, &crate::Config::default()).level;
        assert_eq!(
            parse(
                "某某工作暂行办法\n\n1950年3月1日 政务院发布\n\n第一条 为统一管理，制定本办法。\n"
            ),
            Some(Level::Central)
        );
    }
}
