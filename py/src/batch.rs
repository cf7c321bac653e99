//! Work over many texts on several threads, results in input order.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` applied to every item, on up to `threads` scoped threads that take
/// the next unclaimed item as they finish one (so one long text does not
/// hold up a whole share); the results come back in input order.
pub(crate) fn map_ordered<T, R, F>(items: &[T], threads: usize, f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| match w.join() {
                Ok(mine) => mine,
                // A panic in extraction is a bug; carry it to the caller,
                // where pyo3 turns it into a Python exception.
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::map_ordered;

    #[test]
    fn results_keep_input_order_for_any_thread_count() {
        let items: Vec<u64> = (0..257).collect();
        let want: Vec<u64> = items.iter().map(|x| x * x).collect();
        for threads in [1, 2, 3, 8, 1000] {
            assert_eq!(map_ordered(&items, threads, |x| x * x), want);
        }
        assert!(map_ordered(&Vec::<u64>::new(), 4, |x| *x).is_empty());
    }

    #[test]
    fn two_threads_work_at_the_same_time() {
        // Each item waits until both have started: only two threads at
        // once can finish both (one thread alone gives up after the wait).
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::time::{Duration, Instant};
        let started = AtomicUsize::new(0);
        let met = map_ordered(&[0, 1], 2, |_| {
            started.fetch_add(1, Ordering::SeqCst);
            let since = Instant::now();
            while started.load(Ordering::SeqCst) < 2 {
                if since.elapsed() > Duration::from_secs(60) {
                    return false;
                }
                std::thread::sleep(Duration::from_millis(1));
            }
            true
        });
        assert_eq!(met, [true, true]);
    }
}
