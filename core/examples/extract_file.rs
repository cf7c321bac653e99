//! Calls `shuzi::extract` once on a file, for instruction counts:
//! `valgrind --tool=callgrind --toggle-collect='*extract*'
//! target/release/examples/extract_file FILE`.

fn main() {
    let path = std::env::args().nth(1).expect("usage: extract_file FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let found = shuzi::extract(&text);
    println!("{} bytes, {} entities", text.len(), found.len());
}
