//! Core `extract` throughput on one file, for `benches/compare/compare.py`.
//!
//! `core_throughput FILE [MIN_CPU_SECONDS]` extracts the whole file again and
//! again with `Extractor::default()` on one thread until at least
//! MIN_CPU_SECONDS (default 2) of this thread's CPU time have passed (at
//! least once), then prints one JSON line: bytes processed, CPU seconds,
//! wall seconds, entities per run. With MIN_CPU_SECONDS = 0 it extracts once,
//! which is what a peak-memory measurement (`/usr/bin/time -v`) wants.
//! CPU time, not wall time: the machine this runs on is shared.
//!
//! `core_throughput FILE SECONDS lines` extracts each line (with its line
//! break) on its own instead, as the bindings' `extract_many` does with
//! paragraphs: the core's cost per call shows as the gap to the whole file.

use cpu_time::ThreadTime;
use shuzi::Extractor;
use std::hint::black_box;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: core_throughput FILE [MIN_CPU_SECONDS [lines]]");
        return ExitCode::from(2);
    };
    let min_cpu: f64 = match args.get(1).map(|s| s.parse()) {
        None => 2.0,
        Some(Ok(v)) => v,
        Some(Err(e)) => {
            eprintln!("core_throughput: bad MIN_CPU_SECONDS: {e}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("core_throughput: {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let per_line = args.get(2).map(String::as_str) == Some("lines");
    let lines: Vec<&str> = if per_line {
        text.split_inclusive('\n').collect()
    } else {
        vec![text.as_str()]
    };
    let extractor = Extractor::default();
    let cpu = ThreadTime::now();
    let wall = Instant::now();
    let mut runs = 0u64;
    let mut items: usize;
    loop {
        items = lines
            .iter()
            .map(|t| black_box(extractor.extract(black_box(t))).len())
            .sum();
        runs += 1;
        if cpu.elapsed().as_secs_f64() >= min_cpu {
            break;
        }
    }
    println!(
        "{{\"bytes\": {}, \"cpu\": {}, \"seconds\": {}, \"items\": {}, \"note\": \"{} runs in one process, file already in memory\"}}",
        text.len() as u64 * runs,
        cpu.elapsed().as_secs_f64(),
        wall.elapsed().as_secs_f64(),
        items,
        runs
    );
    ExitCode::SUCCESS
}
