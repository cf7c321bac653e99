//! Inputs for shuzi's benchmarks: a ladder of sizes built from `seeds/`, and
//! hostile inputs (issue #8) that must still take linear time.
//!
//! Everything is built in memory once, outside any timed loop. Times are the
//! CPU time of the benchmarking thread ([`ThreadCpu`]), not wall time.
//!
//! Environment:
//! - `SHUZI_BENCH_MAX_MB` caps the ladder (default 100: steps of 10 MB and
//!   100 MB are included).
//! - When the bench binary runs in criterion's test mode (`cargo bench --
//!   --test`, as CI does), steps above 1 MB are skipped unless
//!   `SHUZI_BENCH_MAX_MB` is set, so the test run stays quick.
#![forbid(unsafe_code)]

use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A criterion measurement of the CPU time of the benchmarking thread.
///
/// On a shared machine wall time mostly measures the other processes; CPU
/// time measures the work done, so MB/s read as "per busy core".
#[derive(Debug, Clone, Copy, Default)]
pub struct ThreadCpu;

static WALL: WallTime = WallTime;

impl Measurement for ThreadCpu {
    type Intermediate = cpu_time::ThreadTime;
    type Value = Duration;

    fn start(&self) -> cpu_time::ThreadTime {
        cpu_time::ThreadTime::now()
    }
    fn end(&self, start: cpu_time::ThreadTime) -> Duration {
        start.elapsed()
    }
    fn add(&self, a: &Duration, b: &Duration) -> Duration {
        *a + *b
    }
    fn zero(&self) -> Duration {
        Duration::ZERO
    }
    fn to_f64(&self, value: &Duration) -> f64 {
        value.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        // Same units as wall time (nanoseconds).
        WALL.formatter()
    }
}

/// criterion configured with [`ThreadCpu`].
pub fn criterion() -> criterion::Criterion<ThreadCpu> {
    criterion::Criterion::default().with_measurement(ThreadCpu)
}

/// One input of a benchmark: a name for the report and the text.
#[derive(Debug, Clone)]
pub struct Input {
    /// Short name shown by criterion (`sentence`, `seed-000`, `10MB`, …).
    pub name: String,
    /// The text.
    pub text: String,
}

/// The directory of the sample texts.
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds")
}

/// The sample texts in name order, as `(file stem, text)`.
pub fn seeds() -> Vec<Input> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(seeds_dir())
        .expect("seeds/ exists")
        .map(|e| e.expect("readable seeds/").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let stem = p.file_stem().unwrap_or_default().to_string_lossy();
            Input {
                name: format!("seed-{}", &stem[..stem.len().min(3)]),
                text: std::fs::read_to_string(&p).expect("seeds are UTF-8"),
            }
        })
        .collect()
}

/// A typical sentence of economic news.
pub const SENTENCE: &str =
    "今年前10个月，全市固定资产投资同比增长13.1%，引进项目196家，总投资2.96亿元。";

/// Every seed, one after the other, separated by a line break.
pub fn all_seeds() -> String {
    let mut s = String::new();
    for seed in seeds() {
        s.push_str(&seed.text);
        s.push('\n');
    }
    s
}

/// Copies of `unit` (whole copies, never cut) until at least `bytes` long.
pub fn repeat_to(unit: &str, bytes: usize) -> String {
    assert!(!unit.is_empty());
    let copies = bytes.div_ceil(unit.len()).max(1);
    unit.repeat(copies)
}

/// True when the bench binary was started in criterion's test mode.
pub fn test_mode() -> bool {
    std::env::args().any(|a| a == "--test")
}

/// The largest ladder step to build, in MB.
pub fn max_mb() -> usize {
    match std::env::var("SHUZI_BENCH_MAX_MB")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        Some(mb) => mb,
        None if test_mode() => 1,
        None => 100,
    }
}

/// The ladder: one sentence, each seed, all seeds, then concatenations of
/// 1, 10 and 100 MB (up to [`max_mb`]).
pub fn ladder() -> Vec<Input> {
    ladder_up_to(max_mb())
}

/// [`ladder`] with an explicit cap in MB.
pub fn ladder_up_to(max_mb: usize) -> Vec<Input> {
    let mut steps = vec![Input {
        name: "sentence".into(),
        text: SENTENCE.into(),
    }];
    steps.extend(seeds());
    let all = all_seeds();
    for mb in [1usize, 10, 100] {
        if mb <= max_mb {
            steps.push(Input {
                name: format!("{mb}MB"),
                text: repeat_to(&all, mb * 1_000_000),
            });
        }
    }
    steps.push(Input {
        name: "all-seeds".into(),
        text: all,
    });
    steps.sort_by_key(|s| s.text.len());
    steps
}

/// Inputs that stress the recognisers (issue #8), and normal text to
/// compare with: 1,000,000 × `一`, `《` and `（一）`, one 50 MB line of news
/// text, runs of 400 `9`s (10 MB), mixed scripts with control characters and
/// NUL (10 MB), normal text (10 MB). Every size is divided by `divisor`
/// (1 for the full sizes; 10 to check that time grows linearly).
pub fn hostile(divisor: usize) -> Vec<Input> {
    let divisor = divisor.max(1);
    let one_line = all_seeds().replace(['\n', '\r'], "");
    let nines = format!("{}，", "9".repeat(400));
    let cases: [(&str, String, usize); 7] = [
        ("repeated-一", "一".into(), 3_000_000),
        ("repeated-《", "《".into(), 3_000_000),
        ("repeated-（一）", "（一）".into(), 9_000_000),
        ("one-line", one_line, 50_000_000),
        ("nines-400", nines, 10_000_000),
        ("mixed-control-nul", mixed_scripts(64 * 1024), 10_000_000),
        ("normal", all_seeds(), 10_000_000),
    ];
    cases
        .into_iter()
        .map(|(name, unit, bytes)| Input {
            name: name.to_string(),
            text: repeat_to(&unit, bytes / divisor),
        })
        .collect()
}

/// Inputs that stress the facts pass (issue #12): 240 KB of the goal word
/// `目标` before one figure (every goal word read its sentence back to the
/// start: quadratic), 320 KB of `2023年` (a sentence of times), 240 KB of
/// the marker of the future `将` before one figure; one sentence of 20,000
/// figures each after a cap (`控制在5%，`: each read the sentence back to
/// its start for a basis word), after a per-capita metric (`人均5元，`:
/// each read it back for an aside's bracket), after a verb of change, a
/// share word, 分别为, and after 将 and a verb of change under a forecast
/// heading (each read its cues back to the sentence's start). Every size
/// is divided by `divisor`, as [`hostile`].
pub fn hostile_facts(divisor: usize) -> Vec<Input> {
    let divisor = divisor.max(1);
    let cases: [(&str, &str, usize); 9] = [
        ("goal-words-then-figure", "目标", 240_000),
        ("repeated-2023年", "2023年", 320_000),
        ("future-markers-then-figure", "将", 240_000),
        ("caps-and-figures", "控制在5%，", 280_000),
        ("per-capita-figures", "人均5元，", 260_000),
        ("changes", "增长5%，", 220_000),
        ("shares", "占比5%，", 220_000),
        ("respectively", "分别为5%、", 260_000),
        ("forecast-section-changes", "将增加5%，", 260_000),
    ];
    cases
        .into_iter()
        .map(|(name, unit, bytes)| {
            let mut text = String::new();
            if name.starts_with("forecast-section") {
                // Under a forecast heading (each figure read its cues back).
                text.push_str("（二）业绩预告情况\n");
            }
            text.push_str(&repeat_to(unit, bytes / divisor));
            text.push_str("增长5%。");
            Input {
                name: name.to_string(),
                text,
            }
        })
        .collect()
}

/// A deterministic jumble of Han, digits, Latin, Cyrillic, emoji, astral Han,
/// full-width forms, brackets, control characters and NUL.
pub fn mixed_scripts(bytes: usize) -> String {
    const PIECES: &[&str] = &[
        "亿",
        "万",
        "元",
        "%",
        "第",
        "年",
        "月",
        "日",
        "至",
        "—",
        "～",
        "·",
        "．",
        "１",
        "２",
        "〇",
        "零",
        "两",
        "壹",
        "佰",
        "9",
        "0",
        ".",
        ",",
        "-",
        "+",
        "±",
        "a",
        "Z",
        "Ж",
        "😀",
        "𠀀",
        "\u{0}",
        "\u{1}",
        "\t",
        "\r\n",
        "\n",
        "\u{200b}",
        "\u{feff}",
        "《",
        "》",
        "（",
        "）",
        "“",
        "”",
        "约",
        "多",
        "余",
        "以上",
        "百分之",
        "个百分点",
        "分之",
        "十",
        "百",
        "千",
        "级",
        "同比增长",
        "下降",
        " ",
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut s = String::with_capacity(bytes + 16);
    while s.len() < bytes {
        // xorshift64: a fixed sequence, the same on every run.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        s.push_str(PIECES[(state % PIECES.len() as u64) as usize]);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ladder_goes_from_a_sentence_to_the_cap_in_size_order() {
        let l = ladder_up_to(1);
        let names: Vec<&str> = l.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names[0], "sentence");
        assert_eq!(*names.last().unwrap(), "1MB");
        assert!(names.contains(&"all-seeds"));
        assert_eq!(
            names.iter().filter(|n| n.starts_with("seed-")).count(),
            seeds().len()
        );
        assert!(l.windows(2).all(|w| w[0].text.len() <= w[1].text.len()));
        let mb = &l.last().unwrap().text;
        assert!(mb.len() >= 1_000_000 && mb.len() < 1_000_000 + all_seeds().len() + 1);
    }

    #[test]
    fn repeat_to_makes_whole_copies() {
        assert_eq!(repeat_to("一", 7), "一一一");
        assert_eq!(repeat_to("ab", 1), "ab");
    }

    #[test]
    fn hostile_inputs_have_the_asked_size_and_are_deterministic() {
        let h = hostile(1000);
        assert_eq!(h.len(), 7);
        for i in &h {
            assert!(i.text.len() >= 3_000, "{}", i.name);
        }
        // 1,000,000 copies at full size.
        assert_eq!(h[0].text.chars().count(), 1000);
        assert_eq!(h[2].text.chars().count(), 3000);
        assert!(!h
            .iter()
            .find(|i| i.name == "one-line")
            .unwrap()
            .text
            .contains('\n'));
        assert_eq!(mixed_scripts(500), mixed_scripts(500));
        assert!(mixed_scripts(5000).contains('\u{0}'));
    }
}
