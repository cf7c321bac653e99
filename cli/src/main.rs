//! `shuzi`: the command-line tool (being built under issue #2).
fn main() {
    eprintln!("shuzi: the command-line tool is not built yet");
    std::process::exit(2);
}
