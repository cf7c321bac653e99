//! Benchmarks of shuzi (being built under issue #7).
