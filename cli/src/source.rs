//! Inputs: a file path or standard input, read whole and decoded with
//! [`shuzi::decode`] (UTF-8 checked, byte-order mark skipped).

use std::ffi::OsStr;
use std::io::Read;
use std::path::PathBuf;

/// One input named on the command line.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input (no FILE, or `-`).
    Stdin,
    /// A path as given.
    Path(PathBuf),
}

impl Source {
    /// `-` is standard input; anything else a path.
    pub fn from_arg(arg: &OsStr) -> Source {
        if arg == "-" {
            Source::Stdin
        } else {
            Source::Path(PathBuf::from(arg))
        }
    }

    /// The name printed in `"file"`: the path as given, or `-`.
    pub fn label(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::Path(p) => p.to_string_lossy().into_owned(),
        }
    }

    /// The name used in error messages.
    fn shown(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::Path(p) => p.to_string_lossy().into_owned(),
        }
    }

    /// Reads the whole input. Errors are one line, `<path>: <why>`.
    pub fn read(&self) -> Result<Vec<u8>, String> {
        let result = match self {
            Source::Stdin => {
                let mut buf = Vec::new();
                std::io::stdin().lock().read_to_end(&mut buf).map(|_| buf)
            }
            Source::Path(p) => {
                // `File::open` succeeds on a directory on Unix; say so plainly.
                match std::fs::metadata(p) {
                    Ok(m) if m.is_dir() => return Err(format!("{}: is a directory", self.shown())),
                    _ => std::fs::read(p),
                }
            }
        };
        result.map_err(|e| format!("{}: {}", self.shown(), io_reason(&e)))
    }

    /// Decodes bytes read from this input: the text after a byte-order mark,
    /// or `<path>: invalid UTF-8 at byte N`.
    pub fn decode<'b>(&self, bytes: &'b [u8]) -> Result<&'b str, String> {
        // Fast path: SIMD validation (std's validator was ~9% of a run on
        // Chinese text). Anything it rejects goes through shuzi::decode, which
        // names the failing byte; both skip the same byte-order mark.
        let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        match simdutf8::basic::from_utf8(body) {
            Ok(text) => Ok(text),
            Err(_) => shuzi::decode(bytes).map_err(|e| format!("{}: {e}", self.shown())),
        }
    }
}

/// A short lowercase reason for an I/O error, without the "(os error N)".
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => "no such file".to_string(),
        K::PermissionDenied => "permission denied".to_string(),
        _ => {
            if e.raw_os_error() == Some(21) {
                return "is a directory".to_string();
            }
            let s = e.to_string();
            let s = match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            };
            let mut c = s.chars();
            match c.next() {
                Some(f) => f.to_lowercase().chain(c).collect(),
                None => s,
            }
        }
    }
}
