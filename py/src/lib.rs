//! Python binding of shuzi (being built under issue #5).
