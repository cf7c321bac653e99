//! [`Extractor`]: runs every recogniser over the text and keeps one
//! non-overlapping reading per stretch of text, the longest.

use crate::chars::Skip;
use crate::config::Config;
use crate::decimal::Decimal;
use crate::entity::{Entity, Kind, Span};
use crate::value::{Figure, Value};
use crate::{numeric, time};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// A reusable extractor. Building it is cheap; the data tables are shared
/// and built once per process.
///
/// ```
/// use shuzi::{Config, Extractor, Kind, KindSet};
/// let ex = Extractor::new(Config::default().with_kinds(KindSet::parse_list("money").unwrap()));
/// let text = "营收2.96亿元，增长13.1%";
/// let found = ex.extract(text);
/// assert_eq!(found.len(), 1);
/// assert_eq!(found[0].kind, Kind::Money);
/// assert_eq!(found[0].value().unwrap().to_string(), "296000000");
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    config: Config,
}

impl Extractor {
    /// An extractor with this configuration.
    ///
    /// ```
    /// let ex = shuzi::Extractor::new(shuzi::Config::default());
    /// assert!(ex.extract("").is_empty());
    /// ```
    pub fn new(config: Config) -> Extractor {
        Extractor { config }
    }

    /// The configuration.
    ///
    /// ```
    /// assert!(shuzi::Extractor::default().config().ref_date().is_none());
    /// ```
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Every entity in `text`, in text order, non-overlapping.
    ///
    /// ```
    /// let found = shuzi::Extractor::default().extract("到2027年达到37家");
    /// assert!(found.iter().any(|e| e.kind == shuzi::Kind::Count));
    /// ```
    ///
    /// A recogniser whose kinds are not asked for does not run: with only
    /// `money` the date grammar is skipped (not with `duration`, which a
    /// date outranks on the same text), with only `date,period` the
    /// numeric one; without `count` the counted nouns of counts are not
    /// read. The numeric scanner leaves calendar expressions to the
    /// date recogniser, so the two seldom compete for the same text, and the
    /// result is that of filtering the full extraction (the test
    /// `skipping_a_recogniser_is_filtering` checks this on the seeds and the
    /// development corpus).
    ///
    /// Traditional characters are read through a character fold; spans,
    /// texts and triggers are those of the text as written:
    ///
    /// ```
    /// let text = "營業收入同比增長13.1%，從五個方面";
    /// let found = shuzi::extract(text);
    /// let pct = &found[0];
    /// assert_eq!(pct.text(text), "13.1%");
    /// assert_eq!(&text[pct.change().unwrap().trigger.range()], "同比增長");
    /// assert_eq!((found[1].text(text), found[1].unit()), ("五個", Some("個")));
    /// ```
    pub fn extract(&self, text: &str) -> Vec<Entity> {
        self.extract_into(text, Vec::new())
    }

    /// [`Extractor::extract`] into `buffer` (emptied first): the numeric
    /// recogniser's candidates and, most often, the result live in its
    /// allocation, so a caller that hands the returned vector back on the
    /// next call allocates no new one.
    pub(crate) fn extract_into(&self, text: &str, buffer: Vec<Entity>) -> Vec<Entity> {
        // Traditional characters are read on a folded copy that lines up
        // byte for byte with `text` (`traditional.rs`): spans, and so every
        // entity's text, are the original's.
        self.extract_keep_fold(text, buffer).1
    }

    /// Which scanners the kinds asked for need: the numeric one, the time
    /// one. A duration competes with a date for the same text (`1日` of
    /// `3月1日`): the date grammar runs for durations too.
    fn scanners(&self) -> (bool, bool) {
        let kinds = self.config.kinds();
        let numbers = NUMERIC.iter().any(|&k| kinds.contains(k));
        let dates = [Kind::Date, Kind::Period, Kind::Duration]
            .iter()
            .any(|&k| kinds.contains(k));
        (numbers, dates)
    }

    /// [`Extractor::extract_into`] that also hands back the fold of `text`
    /// (`traditional::fold`) for the caller to read again
    /// ([`Extractor::facts`]): the text is folded once, in the walk that
    /// finds the scanners' stops when both run.
    pub(crate) fn extract_keep_fold<'t>(
        &self,
        text: &'t str,
        buffer: Vec<Entity>,
    ) -> (Cow<'t, str>, Vec<Entity>) {
        let (numbers, dates) = self.scanners();
        let (folded, stops) = match (numbers && dates).then(|| folded_stops(text)).flatten() {
            Some((folded, stops)) => (folded, Some(stops)),
            // One scanner, or thick stops: each scanner walks on its own.
            None => (crate::traditional::fold(text), None),
        };
        let found = self.extract_stops(text, &folded, stops, buffer);
        (folded, found)
    }

    /// Extraction on `folded`, the fold of `original`, with the stops of
    /// the numeric and the time scanners in `folded` found already, if any.
    fn extract_stops(
        &self,
        original: &str,
        folded: &str,
        stops: Option<[Vec<usize>; 2]>,
        buffer: Vec<Entity>,
    ) -> Vec<Entity> {
        let text = folded;
        let kinds = self.config.kinds();
        let (numbers, dates) = self.scanners();
        let mut figures = buffer;
        figures.clear();
        let skip = |k: usize, bits| match &stops {
            Some(s) => Skip::Stops(&s[k], 0),
            None => Skip::Bits(bits),
        };
        if numbers {
            let skip = skip(0, &numeric::STARTERS);
            numeric::scan_at(text, kinds.contains(Kind::Count), skip, &mut figures);
        }
        let mut times = Vec::new();
        if dates {
            let skip = skip(1, &time::STARTER_BITS);
            time::scan_at(text, self.config.ref_date(), skip, &mut times);
        }
        let mut found = resolve_runs(figures, times, |e| kinds.contains(e.kind));
        if !std::ptr::eq(folded, original) {
            as_written(&mut found, text, original);
        }
        found
    }
}

/// The union of the starter bitsets of the numeric and the time scanners.
static UNION: LazyLock<[u64; 1024]> = LazyLock::new(|| {
    let (a, b): (&[u64; 1024], &[u64; 1024]) = (&numeric::STARTERS, &time::STARTER_BITS);
    std::array::from_fn(|k| a[k] | b[k])
});

/// The fold of `text` (`traditional::fold`) and the stops of the numeric
/// and the time scanners in it, found in one walk over `text` with the
/// characters to fold; `None` where the stops come thick. A folded
/// character is a stop of a scanner as its folded form is.
fn folded_stops(text: &str) -> Option<(Cow<'_, str>, [Vec<usize>; 2])> {
    static UNION3: LazyLock<[u64; 1024]> = LazyLock::new(|| {
        let f = crate::traditional::bits();
        std::array::from_fn(|k| UNION[k] | f[k])
    });
    let sets: [&[u64; 1024]; 3] = [
        &numeric::STARTERS,
        &time::STARTER_BITS,
        crate::traditional::bits(),
    ];
    let [a, b, hits] = crate::chars::stops(text.as_bytes(), &UNION3, sets, [true, true, false])?;
    let folded = crate::traditional::fold_at(text, &hits);
    let mut stops = [a, b];
    for &p in &hits {
        let Some(c) = folded[p..].chars().next() else {
            continue;
        };
        let c = c as usize;
        for (list, set) in stops.iter_mut().zip(&sets[..2]) {
            let starts = set[c >> 6] >> (c & 63) & 1 == 1;
            match list.binary_search(&p) {
                Ok(k) if !starts => {
                    list.remove(k);
                }
                Err(k) if starts => list.insert(k, p),
                _ => {}
            }
        }
    }
    Some((folded, stops))
}

/// Gives the measure words and units as written of entities read on the
/// folded copy `folded` of `original` (`五個` has unit `個`).
fn as_written(found: &mut [Entity], folded: &str, original: &str) {
    use crate::traditional::as_written as written;
    for e in found {
        let (f, o) = (&folded[e.range()], &original[e.range()]);
        if f == o {
            continue;
        }
        match &mut e.value {
            Value::Count { measure, .. } => *measure = written(measure, f, o),
            Value::Ordinal {
                measure: Some(m), ..
            } => *m = written(m, f, o),
            Value::Quantity { unit_text, .. } | Value::Rate { unit_text, .. } => {
                *unit_text = written(unit_text, f, o);
            }
            Value::Duration {
                unit_text: Some(u), ..
            } => *u = written(u, f, o),
            _ => {}
        }
    }
}

/// The kinds of the numeric recogniser.
const NUMERIC: [Kind; 7] = [
    Kind::Number,
    Kind::Money,
    Kind::Percent,
    Kind::Count,
    Kind::Quantity,
    Kind::Duration,
    Kind::Ordinal,
];

/// Extracts every entity with the default configuration.
///
/// ```
/// let text = "4250万美元";
/// let e = &shuzi::extract(text)[0];
/// assert_eq!(e.currency(), Some("USD"));
/// assert_eq!(e.value().unwrap().to_string(), "42500000");
/// ```
pub fn extract(text: &str) -> Vec<Entity> {
    Extractor::default().extract(text)
}

/// Tie-break between readings of the same length: calendar readings first.
fn priority(kind: Kind) -> u8 {
    match kind {
        Kind::Period => 0,
        Kind::Date => 1,
        Kind::Money => 2,
        Kind::Percent => 3,
        Kind::Quantity => 4,
        Kind::Count => 5,
        Kind::Duration => 6,
        Kind::Ordinal => 7,
        Kind::Number => 8,
    }
}

/// [`resolve`] of the candidates `a` then `b`, each in text order (as each
/// recogniser gives them), keeping only the chosen entities that `keep`
/// accepts.
///
/// The same choice as `resolve(a ++ b)` without its sort and permutation:
/// the two runs are merged by start as they are read, each chosen entity
/// is moved once, straight into the result. On dense numeral text (an
/// entity every 20 bytes) the sort and the swaps of the general path took
/// a third of the time. Runs that are not in text order take that path.
fn resolve_runs(a: Vec<Entity>, b: Vec<Entity>, keep: impl Fn(&Entity) -> bool) -> Vec<Entity> {
    let sorted = |v: &[Entity]| v.windows(2).all(|w| w[0].span.start <= w[1].span.start);
    if !(sorted(&a) && sorted(&b)) {
        let mut all = a;
        all.extend(b);
        let mut chosen = resolve(all);
        chosen.retain(keep);
        return chosen;
    }
    // Global index k: a[k] for k < a.len(), else b[k - a.len()] (the
    // order `resolve` gives its candidates, and its last tie-break).
    let n = a.len();
    let get = |k: usize| if k < n { &a[k] } else { &b[k - n] };
    // The non-empty candidates of both runs by start, `a` first at equal
    // starts (as the stable sort of `resolve` puts them).
    let (mut ia, mut ib) = (0, 0);
    let mut next = || loop {
        let k = match (a.get(ia), b.get(ib)) {
            (Some(x), Some(y)) if x.span.start <= y.span.start => {
                ia += 1;
                ia - 1
            }
            (Some(_), None) => {
                ia += 1;
                ia - 1
            }
            (_, Some(_)) => {
                ib += 1;
                n + ib - 1
            }
            (None, None) => return None,
        };
        if !get(k).span.is_empty() {
            return Some(k);
        }
    };
    let mut chosen: Vec<usize> = Vec::with_capacity(n.max(b.len()));
    let mut group: Vec<usize> = Vec::new();
    let mut pending = next();
    while let Some(first) = pending {
        let mut reach = get(first).span.end;
        group.clear();
        group.push(first);
        pending = next();
        while let Some(k) = pending.filter(|&k| get(k).span.start < reach) {
            reach = reach.max(get(k).span.end);
            group.push(k);
            pending = next();
        }
        if group.len() == 1 {
            chosen.push(first);
        } else {
            resolve_group(&get, &group, &mut chosen);
        }
    }
    // The chosen indices of each run rise along `chosen` (chosen spans do
    // not overlap and each run is in text order), so each run is compacted
    // in place, then `b`'s survivors are merged into `a` from the back: no
    // new buffer of entities (a fresh one costs its page faults on every
    // call), every move sequential.
    let (mut a, mut b) = (a, b);
    let (mut wa, mut wb) = (0, 0);
    for k in chosen {
        if k < n {
            if keep(&a[k]) {
                if wa != k {
                    a.swap(wa, k);
                }
                wa += 1;
            }
        } else if keep(&b[k - n]) {
            if wb != k - n {
                b.swap(wb, k - n);
            }
            wb += 1;
        }
    }
    a.truncate(wa);
    b.truncate(wb);
    if a.is_empty() {
        return b;
    }
    let mut w = wa + wb;
    let filler = || Entity::new(Span::new(0, 0), Value::Number(Figure::new(Decimal::ZERO)));
    a.resize_with(w, filler);
    let mut i = wa;
    while let Some(y) = b.last() {
        w -= 1;
        if i > 0 && a[i - 1].span.start > y.span.start {
            a.swap(i - 1, w);
            i -= 1;
        } else if let Some(y) = b.pop() {
            a[w] = y;
        }
    }
    a
}

/// Keeps the longest candidates that do not overlap a longer (or, at equal
/// length, earlier or higher-priority) one, and returns them in text order.
pub(crate) fn resolve(candidates: Vec<Entity>) -> Vec<Entity> {
    // The non-empty candidates by start. Each recogniser gives its entities
    // in text order, so this stable sort only merges a few sorted runs.
    let mut by_start: Vec<usize> = (0..candidates.len())
        .filter(|&i| !candidates[i].span.is_empty())
        .collect();
    by_start.sort_by_key(|&i| candidates[i].span.start);
    // Cut them into groups of (transitively) overlapping spans. Spans of
    // different groups never clash, so choosing inside each group, in the
    // global order restricted to it, is the same as choosing over all; a
    // group of one (most of them) is kept as it is.
    let mut chosen: Vec<usize> = Vec::with_capacity(by_start.len());
    let mut g = 0;
    while g < by_start.len() {
        let mut reach = candidates[by_start[g]].span.end;
        let mut h = g + 1;
        while h < by_start.len() && candidates[by_start[h]].span.start < reach {
            reach = reach.max(candidates[by_start[h]].span.end);
            h += 1;
        }
        if h == g + 1 {
            chosen.push(by_start[g]);
        } else {
            resolve_group(&|i| &candidates[i], &by_start[g..h], &mut chosen);
        }
        g = h;
    }
    // Keep the chosen entities in place (the collect reuses the candidates'
    // buffer), then put them in text order with O(n) swaps.
    let mut rank = vec![usize::MAX; candidates.len()];
    for (r, &i) in chosen.iter().enumerate() {
        rank[i] = r;
    }
    let mut ranks: Vec<usize> = rank.iter().copied().filter(|&r| r != usize::MAX).collect();
    let mut kept: Vec<Entity> = candidates
        .into_iter()
        .zip(rank)
        .filter_map(|(e, r)| (r != usize::MAX).then_some(e))
        .collect();
    for p in 0..kept.len() {
        while ranks[p] != p {
            let r = ranks[p];
            kept.swap(p, r);
            ranks.swap(p, r);
        }
    }
    kept
}

/// Chooses inside one group of overlapping candidates: longest first,
/// then earliest, then by [`priority`], then first given; appends the
/// chosen indices to `chosen` in text order.
fn resolve_group<'e>(
    candidates: &impl Fn(usize) -> &'e Entity,
    group: &[usize],
    chosen: &mut Vec<usize>,
) {
    let mut order: Vec<(std::cmp::Reverse<usize>, usize, u8, usize)> = group
        .iter()
        .map(|&i| {
            let e = candidates(i);
            (
                std::cmp::Reverse(e.span.len()),
                e.span.start,
                priority(e.kind),
                i,
            )
        })
        .collect();
    order.sort_unstable();
    // `taken` maps start → (end, candidate) of the spans kept so far; they
    // never overlap, so the nearest span starting before and the nearest
    // starting at or after a candidate are the only ones that could clash.
    let mut taken: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
    for &(_, start, _, i) in &order {
        let end = candidates(i).span.end;
        let clash_before = taken
            .range(..start)
            .next_back()
            .is_some_and(|(_, &(e, _))| e > start);
        let clash_after = taken.range(start..).next().is_some_and(|(&s, _)| s < end);
        if !clash_before && !clash_after {
            taken.insert(start, (end, i));
        }
    }
    chosen.extend(taken.values().map(|&(_, i)| i));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shared_walk_reads_as_each_scanner_alone() {
        // Traditional characters that fold to a starter (兩 萬 億 幾 數 這 過)
        // or to none (個 長 點), ASCII runs, quotes: the entities found
        // through the stops of one walk are those of each scanner's own walk
        // on the folded text.
        let x = Extractor::default();
        for text in [
            "這兩年營收增長3.5億元，過去一年新增1萬個崗位，點擊數幾十萬次。",
            "“十四五”期間，2024年1—9月完成投資50億元，同比增長12.3%，ab.5；",
            "三年內投資兩千萬元，第3季度達150萬輛，占比45%。",
        ] {
            let folded = crate::traditional::fold(text);
            assert_ne!(folded, text);
            assert_eq!(
                x.extract(text),
                x.extract_stops(text, &folded, None, Vec::new()),
                "{text}"
            );
            assert!(folded_stops(text).is_some(), "{text}");
        }
    }

    #[test]
    fn longest_wins_and_order_is_text_order() {
        let c = vec![
            Entity::blank(Kind::Number, Span::new(0, 3)),
            Entity::blank(Kind::Count, Span::new(0, 9)),
            Entity::blank(Kind::Number, Span::new(9, 12)),
            Entity::blank(Kind::Date, Span::new(20, 26)),
            Entity::blank(Kind::Duration, Span::new(20, 26)),
        ];
        let r = resolve(c);
        let got: Vec<_> = r
            .iter()
            .map(|e| (e.kind, e.span.start, e.span.end))
            .collect();
        assert_eq!(
            got,
            [
                (Kind::Count, 0, 9),
                (Kind::Number, 9, 12),
                (Kind::Date, 20, 26)
            ]
        );
    }

    /// The plain quadratic reading of the rule: candidates in key order,
    /// each kept unless it overlaps one kept before.
    fn resolve_naive(candidates: &[Entity]) -> Vec<(Kind, usize, usize)> {
        let mut order: Vec<usize> = (0..candidates.len())
            .filter(|&i| !candidates[i].span.is_empty())
            .collect();
        order.sort_by_key(|&i| {
            let e = &candidates[i];
            (
                std::cmp::Reverse(e.span.len()),
                e.span.start,
                priority(e.kind),
            )
        });
        let mut kept: Vec<usize> = Vec::new();
        for i in order {
            let s = candidates[i].span;
            if kept.iter().all(|&k| {
                let t = candidates[k].span;
                t.end <= s.start || s.end <= t.start
            }) {
                kept.push(i);
            }
        }
        kept.sort_by_key(|&k| candidates[k].span.start);
        kept.iter()
            .map(|&k| {
                (
                    candidates[k].kind,
                    candidates[k].span.start,
                    candidates[k].span.end,
                )
            })
            .collect()
    }

    #[test]
    fn grouped_resolve_matches_the_plain_rule() {
        // Pseudo-random spans, dense enough to make long chains of
        // overlaps, in two text-ordered runs as the recognisers give them.
        let mut seed = 0x2545_f491_u64;
        let mut next = |m: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            usize::try_from((seed >> 33) % m).unwrap()
        };
        for _ in 0..300 {
            let mut c = Vec::new();
            for kind in [Kind::Count, Kind::Date] {
                let mut at = next(4);
                for _ in 0..next(12) {
                    let len = next(7);
                    c.push(Entity::blank(kind, Span::new(at, at + len)));
                    at += len + next(3);
                }
            }
            let reversed = next(4) == 0;
            if reversed {
                c.reverse(); // not in text order at all
            }
            let want = resolve_naive(&c);
            // The merge of two runs (the general path when they are out of
            // order) makes the same choice, filtered.
            let split = c.iter().take_while(|e| e.kind == c[0].kind).count();
            let (a, b) = (c[..split].to_vec(), c[split..].to_vec());
            let runs: Vec<_> = resolve_runs(a, b, |e| e.kind != Kind::Date || !reversed)
                .iter()
                .map(|e| (e.kind, e.span.start, e.span.end))
                .collect();
            let filtered: Vec<_> = want
                .iter()
                .copied()
                .filter(|w| w.0 != Kind::Date || !reversed)
                .collect();
            assert_eq!(runs, filtered);
            let got: Vec<_> = resolve(c)
                .iter()
                .map(|e| (e.kind, e.span.start, e.span.end))
                .collect();
            assert_eq!(got, want);
        }
    }
}
