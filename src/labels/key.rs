//! Validated label keys and values.

use alloc::string::String;
use core::fmt;
use core::str::FromStr;

use crate::meta::validate::{label_value, qualified_name, Violations};

/// A string that is not a valid label key or value, with every rule it breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidLabel {
    /// The rejected input.
    pub input: String,
    /// What is wrong with it, as upstream words it.
    pub violations: Violations,
}

impl fmt::Display for InvalidLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, v) in self.violations.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        Ok(())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for InvalidLabel {}

macro_rules! label_string {
    ($(#[$doc:meta])* $name:ident, $check:path) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Validates `s`.
            ///
            /// # Errors
            ///
            /// [`InvalidLabel`] with upstream's messages.
            pub fn new(s: impl Into<String>) -> Result<$name, InvalidLabel> {
                let s = s.into();
                let violations = $check(&s);
                if violations.is_valid() {
                    Ok($name(s))
                } else {
                    Err(InvalidLabel { input: s, violations })
                }
            }

            /// The string.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The string, by value.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl FromStr for $name {
            type Err = InvalidLabel;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = InvalidLabel;

            fn try_from(s: &str) -> Result<Self, Self::Error> {
                $name::new(s)
            }
        }

        impl TryFrom<String> for $name {
            type Error = InvalidLabel;

            fn try_from(s: String) -> Result<Self, Self::Error> {
                $name::new(s)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl core::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <String as serde::Deserialize>::deserialize(d)?;
                $name::new(s).map_err(serde::de::Error::custom)
            }
        }
    };
}

label_string!(
    /// A label key: an optional DNS-subdomain prefix and `/`, then a name of at most 63
    /// characters (`app.kubernetes.io/name`). Holding one proves it is valid.
    ///
    /// ```
    /// use kube_primitives::labels::LabelKey;
    ///
    /// let key: LabelKey = "app.kubernetes.io/name".parse().unwrap();
    /// assert_eq!(key.prefix(), Some("app.kubernetes.io"));
    /// assert_eq!(key.name(), "name");
    /// assert!("-bad".parse::<LabelKey>().is_err());
    /// ```
    LabelKey,
    qualified_name
);

label_string!(
    /// A label value: empty, or at most 63 alphanumerics, `-`, `_` and `.` that start and end with
    /// an alphanumeric. Holding one proves it is valid.
    ///
    /// ```
    /// use kube_primitives::labels::LabelValue;
    ///
    /// assert!("v1.2_rc-3".parse::<LabelValue>().is_ok());
    /// let err = "-v1".parse::<LabelValue>().unwrap_err();
    /// assert!(err.to_string().starts_with("a valid label must be an empty string"));
    /// ```
    LabelValue,
    label_value
);

impl LabelKey {
    /// The DNS-subdomain prefix before the `/`, if any.
    pub fn prefix(&self) -> Option<&str> {
        self.0.split_once('/').map(|(p, _)| p)
    }

    /// The name after the `/` (or the whole key).
    pub fn name(&self) -> &str {
        self.0.split_once('/').map_or(self.0.as_str(), |(_, n)| n)
    }
}
