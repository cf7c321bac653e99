//! Work on many inputs in parallel, results consumed strictly in input order.
//!
//! Plain `std::thread::scope` workers pull the next index from a shared
//! counter; the calling thread consumes results in index order. Workers may
//! run at most `window` items ahead of the consumer, so memory stays bounded
//! however many files there are (rayon's ordered `collect` would hold every
//! result at once, and we need no other rayon feature).

use std::collections::BTreeMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Condvar, Mutex, MutexGuard};

/// Whether the consumer wants more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Keep going.
    Continue,
    /// Stop: no further item is started, and `consume` is not called again.
    Stop,
}

/// The outcome of `work` on one item: its value, or a panic's message.
pub type Outcome<T> = Result<T, String>;

struct State<T> {
    next_take: usize,
    next_consume: usize,
    done: BTreeMap<usize, Outcome<T>>,
    stop: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `work(i)` for `i in 0..count` on up to `threads` threads and calls
/// `consume(i, outcome)` on the calling thread in increasing `i`. A panic in
/// `work` becomes an `Err` for that item only.
pub fn for_each_ordered<T, W, C>(count: usize, threads: usize, work: W, mut consume: C)
where
    T: Send,
    W: Fn(usize) -> T + Sync,
    C: FnMut(usize, Outcome<T>) -> Flow,
{
    let run = |i: usize| catch_unwind(AssertUnwindSafe(|| work(i))).map_err(panic_message);
    let threads = threads.clamp(1, count.max(1));
    if threads == 1 {
        for i in 0..count {
            if consume(i, run(i)) == Flow::Stop {
                break;
            }
        }
        return;
    }
    let window = threads * 2;
    let state = Mutex::new(State {
        next_take: 0,
        next_consume: 0,
        done: BTreeMap::new(),
        stop: false,
    });
    let ready = Condvar::new();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = {
                    let mut st = lock(&state);
                    loop {
                        if st.stop || st.next_take >= count {
                            return;
                        }
                        if st.next_take < st.next_consume + window {
                            break;
                        }
                        st = ready.wait(st).unwrap_or_else(|e| e.into_inner());
                    }
                    st.next_take += 1;
                    st.next_take - 1
                };
                let outcome = run(i);
                lock(&state).done.insert(i, outcome);
                ready.notify_all();
            });
        }
        for i in 0..count {
            let outcome = {
                let mut st = lock(&state);
                loop {
                    if let Some(o) = st.done.remove(&i) {
                        st.next_consume = i + 1;
                        break o;
                    }
                    st = ready.wait(st).unwrap_or_else(|e| e.into_inner());
                }
            };
            ready.notify_all();
            if consume(i, outcome) == Flow::Stop {
                lock(&state).stop = true;
                ready.notify_all();
                break;
            }
        }
    });
}

fn panic_message(payload: Box<dyn std::any::Any + Send>) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_arrive_in_order_whatever_the_thread_count() {
        for threads in [1, 2, 3, 8] {
            let mut seen = Vec::new();
            for_each_ordered(
                50,
                threads,
                |i| {
                    // Uneven work so that later items often finish first.
                    let spin = (50 - i) * 2000;
                    (0..spin).fold(i, |a, b| a ^ b) ^ (0..spin).fold(0, |a, b| a ^ b)
                },
                |i, v| {
                    seen.push((i, v.unwrap()));
                    Flow::Continue
                },
            );
            let want: Vec<_> = (0..50).map(|i| (i, i)).collect();
            assert_eq!(seen, want, "threads = {threads}");
        }
    }

    #[test]
    fn stop_ends_early_and_a_panic_stays_with_its_item() {
        let mut seen = Vec::new();
        for_each_ordered(
            100,
            4,
            |i| {
                if i == 3 {
                    panic!("boom at {i}");
                }
                i * 10
            },
            |i, v| {
                seen.push(v.map_err(|m| m.to_string()));
                if i == 5 {
                    Flow::Stop
                } else {
                    Flow::Continue
                }
            },
        );
        assert_eq!(
            seen,
            vec![
                Ok(0),
                Ok(10),
                Ok(20),
                Err("boom at 3".to_string()),
                Ok(40),
                Ok(50)
            ]
        );
    }

    #[test]
    fn zero_items_is_fine() {
        let mut called = false;
        for_each_ordered(
            0,
            4,
            |i| i,
            |_, _| {
                called = true;
                Flow::Continue
            },
        );
        assert!(!called);
    }
}
