//! `shuzi policy`: the structure of policy documents (SPEC section 2), one
//! JSON object per input on one line, `"file"` first, then the keys of
//! `seeds/expected/README.md` ("Policy object"). Inputs are parsed in
//! parallel and written in input order.

use crate::order::{for_each_ordered, Flow};
use crate::progress::Progress;
use crate::{finish, report, PolicyArgs, EXIT_USAGE};
use shuzi::json::OffsetUnit;
use shuzi::policy::{parse, PolicyRecord};
use shuzi::Config;
use std::io::{self, BufWriter, Write};

/// Runs `shuzi policy`; returns the exit status.
pub fn run(args: &PolicyArgs) -> u8 {
    let ref_date = match args.common.ref_date() {
        Ok(d) => d,
        Err(message) => {
            report(&message);
            return EXIT_USAGE;
        }
    };
    let config = Config::default().with_ref_date(ref_date);
    let sources = args.common.sources();
    let mut progress = Progress::new(sources.len());
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut input_failed = false;
    let mut written: io::Result<()> = Ok(());
    let work = |i: usize| -> Result<(u64, String), String> {
        let source = &sources[i];
        let bytes = source.read()?;
        let text = source.decode(&bytes)?;
        let line = render(&source.label(), text, &config)?;
        Ok((bytes.len() as u64, line))
    };
    for_each_ordered(sources.len(), args.common.threads(), work, |i, outcome| {
        let line = match outcome {
            Ok(Ok((size, line))) => {
                progress.step(size);
                line
            }
            Ok(Err(message)) => {
                progress.clear();
                report(&message);
                input_failed = true;
                return Flow::Continue;
            }
            Err(panic) => {
                progress.clear();
                let label = sources[i].label();
                report(&format!(
                    "{label}: internal error (please report this input): {panic}"
                ));
                input_failed = true;
                return Flow::Continue;
            }
        };
        match out.write_all(line.as_bytes()) {
            Ok(()) => Flow::Continue,
            Err(e) => {
                written = Err(e);
                Flow::Stop
            }
        }
    });
    let written = written.and_then(|()| out.flush());
    progress.clear();
    finish(written, input_failed)
}

/// One input's line: `{"file":…,"heading":…,…}\n`.
fn render(label: &str, text: &str, config: &Config) -> Result<String, String> {
    let policy = parse(text, config);
    let record = PolicyRecord::new(&policy, text, OffsetUnit::CodePoints);
    let body = serde_json::to_string(&record).map_err(|e| format!("{label}: {e}"))?;
    let file = serde_json::to_string(label).map_err(|e| format!("{label}: {e}"))?;
    // `body` is a non-empty JSON object: put "file" first inside it.
    let rest = body.strip_prefix('{').unwrap_or(&body);
    Ok(format!("{{\"file\":{file},{rest}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_with_file_first() {
        let text = "某市人民政府关于加快发展的实施意见\n某政发〔2024〕18号\n";
        let line = render("a.txt", text, &Config::default()).unwrap();
        assert!(line
            .starts_with("{\"file\":\"a.txt\",\"heading\":\"某市人民政府关于加快发展的实施意见\""));
        assert!(line.ends_with("}\n") && line.matches('\n').count() == 1);
        let v: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v["doc_numbers"][0]["prefix"], "某政发");
        assert_eq!(v.as_object().unwrap().len(), 17);
    }
}
