//! Serde: out as the string Go prints, in as `Quantity.UnmarshalJSON` reads.

use alloc::format;
use core::fmt;

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Quantity;

impl Serialize for Quantity {
    /// The string `Display` gives, as Go's `MarshalJSON`. Values that print without their
    /// exponent (`1000E` serializes as `"1"`) change in a round trip; see
    /// [Values that print without their exponent](Quantity#values-that-print-without-their-exponent)
    /// for how to keep them exact.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

struct QuantityVisitor;

impl<'de> Visitor<'de> for QuantityVisitor {
    type Value = Quantity;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a quantity string such as \"500m\" or \"1Gi\", a number, or null")
    }

    /// Surrounding whitespace is ignored, as upstream trims it.
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Quantity, E> {
        Quantity::parse(v.trim()).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Quantity, E> {
        self.visit_str(&format!("{v}"))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Quantity, E> {
        self.visit_str(&format!("{v}"))
    }

    /// A JSON float arrives as an `f64`: its shortest decimal form is parsed (upstream parses
    /// the number's original text, which can differ for exponent forms such as `1e3`).
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Quantity, E> {
        if !v.is_finite() {
            return Err(E::custom("quantities must be finite"));
        }
        self.visit_str(&format!("{v}"))
    }

    /// `null` is a zero quantity, as upstream reads it.
    fn visit_unit<E: de::Error>(self) -> Result<Quantity, E> {
        Ok(Quantity::zero())
    }

    fn visit_none<E: de::Error>(self) -> Result<Quantity, E> {
        Ok(Quantity::zero())
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Quantity, D::Error> {
        d.deserialize_any(QuantityVisitor)
    }
}

impl<'de> Deserialize<'de> for Quantity {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(QuantityVisitor)
    }
}
