//! A one-line progress bar on standard error, shown only when standard error
//! is a terminal, there are several inputs, and the run has lasted a moment.
//! (A dozen lines by hand instead of a dependency.)

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

const DELAY: Duration = Duration::from_millis(500);
const EVERY: Duration = Duration::from_millis(100);

/// Progress over `total` inputs.
#[derive(Debug)]
pub struct Progress {
    enabled: bool,
    shown: bool,
    total: usize,
    done: usize,
    bytes: u64,
    start: Instant,
    drawn: Instant,
}

impl Progress {
    /// A bar for `total` inputs; silent unless standard error is a terminal.
    pub fn new(total: usize) -> Progress {
        let now = Instant::now();
        Progress {
            enabled: total > 1 && std::io::stderr().is_terminal(),
            shown: false,
            total,
            done: 0,
            bytes: 0,
            start: now,
            drawn: now,
        }
    }

    /// One more input done, of `bytes` bytes.
    pub fn step(&mut self, bytes: u64) {
        self.done += 1;
        self.bytes += bytes;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if now - self.start < DELAY || (self.shown && now - self.drawn < EVERY) {
            return;
        }
        self.drawn = now;
        self.shown = true;
        const WIDTH: usize = 30;
        let filled = WIDTH * self.done / self.total.max(1);
        let secs = (now - self.start).as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        let _ = write!(
            std::io::stderr().lock(),
            "\r[{}{}] {}/{} files, {:.1} MB, {:.1} MB/s\x1b[K",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            self.done,
            self.total,
            mb,
            mb / secs
        );
    }

    /// Erases the bar (before an error message, and at the end).
    pub fn clear(&mut self) {
        if self.shown {
            let _ = write!(std::io::stderr().lock(), "\r\x1b[K");
            self.shown = false;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.clear();
    }
}
