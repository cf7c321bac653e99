//! `string_enum!`: a closed set of names with `as_str`, `Display`,
//! `FromStr` (an unknown name is an [`crate::Error`]) and `ALL`.

macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident { $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)? }
        error: $ekind:expr, $what:literal
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        $vis enum $name { $( $(#[$vmeta])* $variant ),+ }

        #[allow(dead_code)]
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[ $( $name::$variant ),+ ];

            /// The name used in the JSON output and on the command line.
            pub const fn as_str(&self) -> &'static str {
                match self { $( $name::$variant => $text ),+ }
            }

            /// [`Self::as_str`] as a JSON string, quotes included (the
            /// names need no escape): written as it is.
            pub(crate) const fn as_json(&self) -> &'static str {
                match self { $( $name::$variant => concat!("\"", $text, "\"") ),+ }
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::Error;
            fn from_str(s: &str) -> Result<$name, $crate::Error> {
                match s {
                    $( $text => Ok($name::$variant), )+
                    _ => Err($crate::Error::new($ekind, format!(concat!("unknown ", $what, " {:?}"), s))),
                }
            }
        }
    };
}
