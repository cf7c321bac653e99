//! End-to-end tests of `shuzi facts`: one JSON line per fact with `"file"`,
//! input order whatever the threads, the formats, errors.

use serde_json::Value;

mod common;

use common::{lines, seeds_dir as seeds, shuzi};

#[test]
fn stdin_gives_one_line_per_fact() {
    let text = "1月~10月，全市规模以上工业增加值同比增长13.1%，引进项目196个。";
    let out = shuzi(&["facts", "--format", "jsonl"], text.as_bytes());
    assert!(out.status.success());
    let v = lines(&out);
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["file"], "-");
    assert_eq!(v[0]["figure"]["text"], "13.1%");
    assert_eq!(v[0]["figure"]["change"]["basis"], "yoy");
    assert_eq!(v[0]["metric"]["text"], "规模以上工业增加值");
    assert_eq!(v[0]["subject"]["text"], "全市");
    assert_eq!(v[0]["time"]["text"], "1月~10月");
    assert_eq!(v[0]["measure"], "change");
    assert_eq!(v[0]["status"], "actual");
    assert_eq!(v[1]["metric"]["text"], "引进项目");
    assert_eq!(v[1]["measure"], "level");
}

/// The exact line of one fact: the documented key order (figure, metric,
/// subject, time, measure, whole, status, then file), code-point offsets
/// beside UTF-8 byte offsets, bound and unit words, the change object.
#[test]
fn one_fact_line_byte_for_byte() {
    let text = "1月~10月，全市规模以上工业增加值同比增长13.1%。";
    let out = shuzi(&["facts"], text.as_bytes());
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        line,
        concat!(
            r#"{"figure":{"kind":"percent","text":"13.1%","start":22,"end":27,"byte_start":58,"byte_end":63,"#,
            r#""value":13.1,"normalized":"13.1","bound":"exact","unit":"%","#,
            r#""change":{"direction":"up","basis":"yoy","trigger":"同比增长"}},"#,
            r#""metric":{"text":"规模以上工业增加值","start":9,"end":18,"byte_start":19,"byte_end":46,"constructed":false},"#,
            r#""subject":{"text":"全市","start":7,"end":9,"byte_start":13,"byte_end":19},"#,
            r#""time":{"kind":"period","text":"1月~10月","start":0,"end":6,"byte_start":0,"byte_end":10,"from":"--01","to":"--10"},"#,
            r#""measure":"change","whole":null,"status":"actual","file":"-"}"#,
            "\n"
        )
    );
}

#[test]
fn ref_date_resolves_the_time() {
    let text = "今年前三季度，全市营业收入3亿元。";
    let out = shuzi(&["facts", "--ref-date", "2026-06-02"], text.as_bytes());
    let v = lines(&out);
    assert_eq!(v[0]["time"]["from"], "2026-01");
    assert_eq!(v[0]["time"]["resolved"], true);
    let out = shuzi(&["facts", "--ref-date", "2026-13-02"], text.as_bytes());
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn files_in_input_order_whatever_the_threads() {
    let files: Vec<String> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let mut args = vec!["facts", "--format", "jsonl", "--threads", "1"];
    args.extend(files.iter().map(String::as_str));
    let one = shuzi(&args, b"");
    args[4] = "4";
    let four = shuzi(&args, b"");
    assert!(one.status.success());
    assert_eq!(one.stdout, four.stdout);
    let v = lines(&one);
    assert!(v.len() > 100);
    let order: Vec<&str> = v.iter().map(|x| x["file"].as_str().unwrap()).collect();
    let mut dedup = order.clone();
    dedup.dedup();
    assert_eq!(dedup, files);
}

#[test]
fn json_is_one_array_and_csv_has_a_header() {
    let text = "营业收入3亿元，净利润5000万元。";
    let out = shuzi(&["facts", "--format", "json"], text.as_bytes());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    let out = shuzi(&["facts", "--format", "csv"], text.as_bytes());
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].starts_with("file,figure_kind,figure_text,"));
    assert_eq!(rows.len(), 3);
    assert!(rows[2].contains(",净利润,"));
    let out = shuzi(&["facts", "--format", "table"], text.as_bytes());
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(table.starts_with("subject"));
    assert!(table.lines().nth(2).unwrap().contains("净利润"));
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let good = seeds().join("001_539f5fd31231bd53.txt");
    let good = good.to_str().unwrap();
    let out = shuzi(&["facts", "/nonexistent/x.txt", good], b"");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(err.contains("/nonexistent/x.txt"), "{err}");
    assert!(!lines(&out).is_empty());
}
