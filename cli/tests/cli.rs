//! End-to-end tests of the `shuzi` binary: output shape, every error path,
//! stdin, BOM, CRLF, several files, thread-count independence, broken pipe.

use serde_json::{json, Value};
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

mod common;

use common::{lines, scratch, shuzi, stderr, stdout, write, BIN};

fn seeds() -> Vec<String> {
    common::seed_texts()
}

const SMALL: &str = "今年前10个月，引进项目196家，同比增长13.1%。";

fn small_expected(file: &str) -> Vec<Value> {
    vec![
        json!({"kind": "count", "text": "196家", "start": 12, "end": 16,
               "byte_start": 32, "byte_end": 38, "value": 196, "normalized": "196",
               "bound": "exact", "unit": "家", "file": file}),
        json!({"kind": "percent", "text": "13.1%", "start": 21, "end": 26,
               "byte_start": 53, "byte_end": 58, "value": 13.1, "normalized": "13.1",
               "bound": "exact", "unit": "%",
               "change": {"direction": "up", "basis": "yoy", "trigger": "同比增长"},
               "file": file}),
    ]
}

/// The numeric entities of the output (the time engineer's dates and
/// periods are checked elsewhere).
fn numeric(v: Vec<Value>) -> Vec<Value> {
    v.into_iter()
        .filter(|r| !matches!(r["kind"].as_str(), Some("date" | "period")))
        .collect()
}

// ---------------------------------------------------------------- usage

#[test]
fn help_documents_the_exit_codes() {
    let o = shuzi(&["--help"], b"");
    assert!(o.status.success());
    let s = stdout(&o);
    assert!(s.contains("Exit status:"), "{s}");
    assert!(s.contains("0  success"), "{s}");
    assert!(s.contains("1  an input could not be read"), "{s}");
    assert!(s.contains("2  usage error"), "{s}");
    let o = shuzi(&["extract", "--help"], b"");
    assert!(stdout(&o).contains("--kinds <K1,K2,...>"));
    assert!(stdout(&o).contains("Exit status:"));
}

#[test]
fn unknown_kind_is_a_usage_error_quoting_it() {
    let o = shuzi(&["extract", "--kinds", "money,coins"], SMALL.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "shuzi: unknown kind \"coins\" (kinds are number, money, percent, count, \
         quantity, duration, ordinal, date, period)\n"
    );
    assert!(o.stdout.is_empty());
}

#[test]
fn malformed_and_invalid_dates_are_usage_errors() {
    let o = shuzi(&["extract", "--ref-date", "2026-6-2"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "shuzi: invalid reference date \"2026-6-2\": expected YYYY-MM-DD\n"
    );
    let o = shuzi(&["extract", "--ref-date", "2026-02-30"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "shuzi: invalid reference date \"2026-02-30\": day 30 is not in month 2\n"
    );
    let o = shuzi(&["policy", "--ref-date", "2026-13-01"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o),
        "shuzi: invalid reference date \"2026-13-01\": month 13 is out of range\n"
    );
}

#[test]
fn unknown_options_and_zero_threads_are_usage_errors() {
    let o = shuzi(&["extract", "--colour"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--colour"));
    let o = shuzi(&["extract", "--threads", "0"], b"");
    assert_eq!(o.status.code(), Some(2));
    let o = shuzi(&["extract", "--format", "xml"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("xml"));
}

// ---------------------------------------------------------------- input errors

#[test]
fn missing_file() {
    let dir = scratch("missing");
    let path = dir.join("nope.txt");
    let path = path.to_str().unwrap();
    let o = shuzi(&["extract", path], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), format!("shuzi: {path}: no such file\n"));
    assert!(o.stdout.is_empty());
}

#[test]
fn directory() {
    let dir = scratch("directory");
    let d = dir.to_str().unwrap();
    let o = shuzi(&["extract", d], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), format!("shuzi: {d}: is a directory\n"));
}

#[test]
fn invalid_utf8_names_the_byte_in_the_file() {
    let dir = scratch("utf8");
    let bad = write(
        &dir,
        "bad.txt",
        b"\xE6\x95\xB0\xE5\xAD\x97\xFF196\xE5\xAE\xB6",
    );
    let o = shuzi(&["extract", &bad], b"");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("shuzi: {bad}: invalid UTF-8 at byte 6\n")
    );
    // After a byte-order mark the byte is still counted in the file.
    let bom = write(&dir, "bom.txt", b"\xEF\xBB\xBF12\xC3(");
    let o = shuzi(&["extract", &bom], b"");
    assert_eq!(
        stderr(&o),
        format!("shuzi: {bom}: invalid UTF-8 at byte 5\n")
    );
    // Standard input.
    let o = shuzi(&["extract"], b"ab\x80");
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stderr(&o), "shuzi: <stdin>: invalid UTF-8 at byte 2\n");
}

#[test]
fn one_failing_file_among_several_fails_the_run_but_not_the_others() {
    let dir = scratch("several-errors");
    let a = write(&dir, "a.txt", SMALL.as_bytes());
    let missing = dir.join("missing.txt").to_str().unwrap().to_string();
    let bad = write(&dir, "bad.txt", b"\xFF");
    let b = write(&dir, "b.txt", SMALL.as_bytes());
    for threads in ["1", "2", "4"] {
        let o = shuzi(
            &["extract", "--threads", threads, &a, &missing, &bad, &b],
            b"",
        );
        assert_eq!(o.status.code(), Some(1));
        // Messages come in input order whatever the thread count.
        assert_eq!(
            stderr(&o),
            format!("shuzi: {missing}: no such file\nshuzi: {bad}: invalid UTF-8 at byte 0\n")
        );
    }
}

#[test]
fn empty_input() {
    let o = shuzi(&["extract"], b"");
    assert!(o.status.success());
    assert!(o.stdout.is_empty() && o.stderr.is_empty());
    let o = shuzi(&["extract", "--format", "json"], b"");
    assert!(o.status.success());
    assert_eq!(stdout(&o), "[]\n");
    let o = shuzi(&["extract", "--format", "table"], b"");
    assert_eq!(
        stdout(&o).trim_end(),
        "kind  text  value  unit  bound  where"
    );
}

// ---------------------------------------------------------------- output

#[test]
fn exact_json_fields_for_a_small_input() {
    let o = shuzi(&["extract", "--format", "jsonl"], SMALL.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stderr.is_empty());
    assert!(stdout(&o).ends_with('\n'));
    assert_eq!(numeric(lines(&o)), small_expected("-"));
    // `file` is the last key, after the SPEC fields.
    assert!(stdout(&o).lines().all(|l| l.ends_with(",\"file\":\"-\"}")));
}

#[test]
fn stdin_dash_and_files_give_the_same_records() {
    let dir = scratch("stdin");
    let f = write(&dir, "small.txt", SMALL.as_bytes());
    let o = shuzi(&["extract", "-"], SMALL.as_bytes());
    assert_eq!(numeric(lines(&o)), small_expected("-"));
    let o = shuzi(&["extract", &f], b"");
    assert_eq!(numeric(lines(&o)), small_expected(&f));
    // A file, then standard input, then the file again: in that order.
    let o = shuzi(&["extract", &f, "-", &f], SMALL.as_bytes());
    let files: Vec<String> = numeric(lines(&o))
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(files, [f.as_str(), &f, "-", "-", &f, &f]);
}

#[test]
fn byte_order_mark_is_skipped_and_offsets_count_after_it() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(SMALL.as_bytes());
    let o = shuzi(&["extract"], &bytes);
    assert!(o.status.success());
    assert_eq!(numeric(lines(&o)), small_expected("-"));
}

#[test]
fn crlf_line_ends_are_fine() {
    let text = "开头。\r\n引进项目196家，\r\n同比增长13.1%。\r\n";
    let o = shuzi(&["extract", "--format", "jsonl"], text.as_bytes());
    let got = numeric(lines(&o));
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[0]["text"], "196家");
    assert_eq!(
        (got[0]["start"].as_u64(), got[0]["end"].as_u64()),
        (Some(9), Some(13))
    );
    assert_eq!(got[0]["byte_start"], 23);
    assert_eq!(got[1]["text"], "13.1%");
    assert_eq!(got[1]["start"], 20);
    assert_eq!(got[1]["byte_start"], 46);
    let o = shuzi(&["extract", "--format", "table"], text.as_bytes());
    let table = stdout(&o);
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("count") && l.ends_with("-:2")),
        "{table}"
    );
    assert!(
        table
            .lines()
            .any(|l| l.starts_with("percent") && l.ends_with("-:3")),
        "{table}"
    );
}

#[test]
fn kinds_keeps_only_those_kinds() {
    let o = shuzi(&["extract", "--kinds", "percent"], SMALL.as_bytes());
    let got = lines(&o);
    assert_eq!(got, vec![small_expected("-")[1].clone()]);
    let o = shuzi(
        &["extract", "--kinds", " count , percent"],
        SMALL.as_bytes(),
    );
    assert_eq!(lines(&o), small_expected("-"));
}

#[test]
fn json_array_holds_the_same_records_as_json_lines() {
    let seeds = seeds();
    let mut args = vec!["extract", "--format", "json"];
    args.extend(seeds.iter().map(String::as_str));
    let o = shuzi(&args, b"");
    assert!(o.status.success());
    let array: Vec<Value> = serde_json::from_slice(&o.stdout).unwrap();
    args[2] = "jsonl";
    let l = lines(&shuzi(&args, b""));
    assert!(l.len() > 100, "the seeds have many entities");
    assert_eq!(array, l);
}

#[test]
fn table_shows_kind_text_value_unit_bound_and_place() {
    let o = shuzi(&["extract", "--format", "table"], SMALL.as_bytes());
    let t = stdout(&o);
    let rows: Vec<Vec<&str>> = t.lines().map(|l| l.split_whitespace().collect()).collect();
    assert_eq!(rows[0], ["kind", "text", "value", "unit", "bound", "where"]);
    assert!(
        rows.contains(&vec!["count", "196家", "196", "家", "exact", "-:1"]),
        "{t}"
    );
    assert!(
        rows.contains(&vec!["percent", "13.1%", "13.1", "%", "exact", "-:1"]),
        "{t}"
    );
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    // More files than threads, of very different sizes, so that workers
    // finish out of order.
    let dir = scratch("threads");
    let mut files = Vec::new();
    for (i, seed) in seeds().iter().enumerate() {
        files.push(seed.clone());
        files.push(write(&dir, &format!("small{i}.txt"), SMALL.as_bytes()));
        let big = std::fs::read_to_string(seed).unwrap().repeat(3);
        files.push(write(&dir, &format!("big{i}.txt"), big.as_bytes()));
    }
    for format in ["jsonl", "json", "table"] {
        let run = |threads: &str| {
            let mut args = vec!["extract", "--format", format, "--threads", threads];
            args.extend(files.iter().map(String::as_str));
            let o = shuzi(&args, b"");
            assert!(o.status.success(), "{}", stderr(&o));
            o.stdout
        };
        let one = run("1");
        assert!(one.len() > 10_000);
        for threads in ["2", "3", "8"] {
            assert!(
                run(threads) == one,
                "{format} with {threads} threads differs"
            );
        }
    }
    // Files appear in the order given.
    let mut args = vec!["extract", "--format", "jsonl", "--threads", "4"];
    args.extend(files.iter().map(String::as_str));
    let order: Vec<String> = lines(&shuzi(&args, b""))
        .iter()
        .map(|r| r["file"].as_str().unwrap().to_string())
        .fold(Vec::new(), |mut v, f| {
            if v.last() != Some(&f) {
                v.push(f);
            }
            v
        });
    assert_eq!(order, files);
}

#[test]
fn several_files_one_failing_still_prints_the_others_in_order() {
    let dir = scratch("several");
    let a = write(&dir, "a.txt", SMALL.as_bytes());
    let missing = dir.join("missing.txt").to_str().unwrap().to_string();
    let b = write(&dir, "b.txt", SMALL.as_bytes());
    for threads in ["1", "3"] {
        let o = shuzi(&["extract", "--threads", threads, &a, &missing, &b], b"");
        assert_eq!(o.status.code(), Some(1));
        let mut want = small_expected(&a);
        want.extend(small_expected(&b));
        assert_eq!(numeric(lines(&o)), want);
    }
}

#[test]
fn broken_pipe_exits_quietly() {
    let dir = scratch("pipe");
    let text = std::fs::read_to_string(&seeds()[0]).unwrap().repeat(40);
    let big = write(&dir, "big.txt", text.as_bytes());
    for args in [
        vec!["extract", &big],
        vec!["extract", "--threads", "2", &big, &big, &big],
    ] {
        let mut child = Command::new(BIN)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut out = child.stdout.take().unwrap();
        let mut first = [0u8; 100];
        out.read_exact(&mut first).unwrap();
        drop(out);
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(err, "", "no panic message, nothing at all");
        assert!(status.success(), "{status:?}");
    }
}

#[test]
fn ref_date_resolves_relative_years() {
    let o = shuzi(
        &["extract", "--kinds", "date", "--ref-date", "2026-06-02"],
        "今年7月1日".as_bytes(),
    );
    let got = lines(&o);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0]["value"], "2026-07-01");
    assert_eq!(got[0]["resolved"], true);
}

#[test]
fn a_failed_write_is_reported_not_ignored() {
    // /dev/full accepts the open and fails every write (ENOSPC): the error
    // surfaces at the latest on the final flush.
    if !Path::new("/dev/full").exists() {
        return;
    }
    let seed = &seeds()[0];
    for threads in ["1", "2"] {
        let out = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = Command::new(BIN)
            .args(["extract", "--threads", threads, seed, seed])
            .stdout(out)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1));
        assert_eq!(
            stderr(&o),
            "shuzi: cannot write output: no space left on device\n"
        );
    }
}
