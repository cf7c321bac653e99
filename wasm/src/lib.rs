//! WebAssembly binding of shuzi (being built under issue #6).
