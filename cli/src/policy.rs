//! `shuzi policy`: the structure of policy documents (SPEC section 2).
//!
//! The body of this subcommand is one function, [`run`]. It is a placeholder
//! until `shuzi::policy` exists in the core; the policy engineer replaces this
//! file. Building blocks to reuse: `Common::{sources, ref_date, threads}`,
//! `crate::order::for_each_ordered` (parallel, output in input order),
//! `Source::{read, decode}` (one-line errors), `crate::report`, and the
//! `EXIT_*` codes.

use crate::{report, PolicyArgs, EXIT_USAGE};

/// Runs `shuzi policy`; returns the exit status.
pub fn run(args: &PolicyArgs) -> u8 {
    if let Err(message) = args.common.ref_date() {
        report(&message);
        return EXIT_USAGE;
    }
    report("policy structure is not available in this build");
    EXIT_USAGE
}
