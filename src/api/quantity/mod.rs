//! `Quantity`: exact fixed-point amounts such as `500m`, `1.5Gi` or `2e3`, as
//! [`k8s.io/apimachinery/pkg/api/resource`](https://github.com/kubernetes/apimachinery/tree/v0.36.3/pkg/api/resource).
//!
//! Everything is exact, never floating point: an `i64` fast path for ordinary values and a
//! decimal of any size for the rest, with upstream's rules for canonical forms, rounding and
//! overflow.

mod amount;
mod arith;
mod bigint;
mod dec;
mod digits;
mod error;
mod format;
mod parse;
mod serde;
mod text;
mod value;

use core::fmt;
use core::str::FromStr;

pub use error::QuantityError;

use amount::Amount;
use dec::Dec;
use text::Text;

/// How a quantity prints: Go's `resource.Format`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Powers of ten as SI suffixes: `1500m`, `2k`, `3M`.
    DecimalSI,
    /// Powers of 1024: `512Mi`, `2Gi`.
    BinarySI,
    /// An `e` exponent that is a multiple of three: `1500e-3`, `2e3`.
    DecimalExponent,
}

impl Format {
    /// Upstream's name: `DecimalSI`, `BinarySI` or `DecimalExponent`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::DecimalSI => "DecimalSI",
            Format::BinarySI => "BinarySI",
            Format::DecimalExponent => "DecimalExponent",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Clone, Debug)]
enum Repr {
    /// Go's `int64Amount`.
    Int(Amount),
    /// Go's `inf.Dec`.
    Dec(Dec),
}

/// An exact amount of a resource: `resource.Quantity`.
///
/// # Syntax
///
/// A signed decimal number (`12`, `1.5`, `.5`, `5.`) followed by one suffix: a decimal SI suffix
/// (`n u m "" k M G T P E`), a binary one (`Ki Mi Gi Ti Pi Ei`) or an exponent (`e3`, `E-2`).
/// The suffix decides the [`Format`] the quantity keeps when printed.
///
/// # Canonical form
///
/// `Display` prints upstream's canonical form: no fraction, the largest suffix of the format that
/// loses nothing (`1.5` → `1500m`, `1.5Gi` → `1536Mi`, `1024Mi` → `1Gi`, `-0` → `0`). An input
/// that is already canonical (`100m`, `+1Gi`, `1E3`) is printed back exactly as written, as
/// upstream does. Values below one nano-unit round up to `1n`; binary quantities are capped at
/// 2^63−1; exponents beyond 32 bits are truncated, as upstream truncates them.
///
/// # Values that print without their exponent
///
/// Upstream v0.36.3 has no SI suffix past `E` (10^18) or below `n` (10^-9), and no binary one
/// past `Ei` (2^60). Where the canonical form would need one, upstream prints the digits alone
/// and the exponent is lost; this crate prints exactly what upstream prints:
///
/// - a [`Format::DecimalSI`] value whose canonical exponent is 21 or more, that is a non-zero
///   multiple of 10^21: `1000E` and `1000000000000000000000` print `1`, 2×10^24 prints `2`
///   (`1500000000000000000000` is not such a multiple and prints `1500E`);
/// - a [`Format::DecimalSI`] value built with a smaller exponent than −9:
///   `Quantity::from_scaled(1, -12)` prints `1` (parsed values are rounded up to `1n` first);
/// - a [`Format::BinarySI`] whole value that is a multiple of 2^70: 2^70 prints `1`;
/// - a [`Format::DecimalExponent`] exponent beyond `int32`, which wraps.
///
/// Parsing such a string gives another value, so printing and parsing again, and therefore a
/// serde round trip, changes it. To keep these values exact, print them in
/// [`Format::DecimalExponent`], whose exponent is always written:
///
/// ```
/// use kube_primitives::api::{Format, Quantity};
///
/// let mut q: Quantity = "1000E".parse().unwrap();
/// assert_eq!(q.to_string(), "1"); // as upstream prints it
/// q.set_format(Format::DecimalExponent);
/// assert_eq!(q.to_string(), "1e21");
/// assert_eq!(q.to_string().parse::<Quantity>().unwrap(), q);
/// ```
///
/// # Equality
///
/// `==`, `Ord` and `Hash` go by value: `1Gi == 1024Mi`, whatever the format.
///
/// # Extreme values
///
/// Upstream's `ParseQuantity` never returns on some inputs (`1e-20000000`, thirty digits followed
/// by `E2147483647`): it writes out the powers of ten. This crate keeps trailing zeros virtual and
/// answers in microseconds with the value upstream's arithmetic defines (`1n` for the first; the
/// second wraps upstream's `int32` scale arithmetic and also rounds to `1n`). Two things are
/// bounded by [`Quantity::MAX_WRITTEN_DIGITS`] instead: adding quantities whose scales differ
/// by more than that ([`Quantity::checked_add`] returns `None`, `+` keeps the larger operand),
/// and printing a binary quantity whose whole value has more digits than that and is a multiple
/// of 2^64 (it prints in decimal form: upstream strips factors of 1024 one division of the whole
/// number at a time).
///
/// There is no cap on the length of a quantity: parsing, printing, [`Quantity::value`],
/// [`Quantity::milli_value`], comparison, addition and subtraction cost time linear in the
/// number of digits (comparing values of different magnitude is constant time).
///
/// # Examples
///
/// ```
/// use kube_primitives::api::{Format, Quantity};
///
/// let q: Quantity = "1.5Gi".parse().unwrap();
/// assert_eq!(q.to_string(), "1536Mi");
/// assert_eq!(q.format(), Format::BinarySI);
/// assert_eq!(q.value(), 1_610_612_736);
///
/// let cpu: Quantity = "250m".parse().unwrap();
/// assert_eq!(cpu.milli_value(), 250);
/// assert_eq!(cpu.value(), 1); // rounded up
///
/// assert_eq!("1Gi".parse::<Quantity>().unwrap(), "1024Mi".parse().unwrap());
/// assert!("1.5 Gi".parse::<Quantity>().is_err());
/// ```
#[derive(Clone, Debug)]
pub struct Quantity {
    repr: Repr,
    format: Format,
    /// Upstream's cached string: the input, when it was canonical.
    text: Option<Text>,
}

impl Quantity {
    #[inline]
    fn with(repr: Repr, format: Format, text: Option<Text>) -> Quantity {
        Quantity { repr, format, text }
    }

    /// Parses a quantity: Go's `resource.ParseQuantity`.
    ///
    /// # Errors
    ///
    /// [`QuantityError`], with upstream's message, for anything that is not a number followed by
    /// a known suffix.
    #[doc(alias = "ParseQuantity")]
    pub fn parse(s: &str) -> Result<Quantity, QuantityError> {
        parse::parse(s)
    }

    /// `value` units in `format`: Go's `NewQuantity`.
    ///
    /// ```
    /// use kube_primitives::api::{Format, Quantity};
    ///
    /// assert_eq!(Quantity::new(2048, Format::BinarySI).to_string(), "2Ki");
    /// ```
    #[doc(alias = "NewQuantity")]
    pub fn new(value: i64, format: Format) -> Quantity {
        Quantity::with(Repr::Int(Amount::new(value, 0)), format, None)
    }

    /// `value` thousandths in `format`: Go's `NewMilliQuantity`.
    ///
    /// ```
    /// use kube_primitives::api::{Format, Quantity};
    ///
    /// assert_eq!(Quantity::from_milli(1500, Format::DecimalSI).to_string(), "1500m");
    /// ```
    #[doc(alias = "NewMilliQuantity")]
    pub fn from_milli(value: i64, format: Format) -> Quantity {
        Quantity::with(Repr::Int(Amount::new(value, -3)), format, None)
    }

    /// `value` × 10^`scale`, in [`Format::DecimalSI`]: Go's `NewScaledQuantity`.
    ///
    /// ```
    /// use kube_primitives::api::Quantity;
    ///
    /// assert_eq!(Quantity::from_scaled(5, 6).to_string(), "5M");
    /// ```
    #[doc(alias = "NewScaledQuantity")]
    pub fn from_scaled(value: i64, scale: i32) -> Quantity {
        Quantity::with(
            Repr::Int(Amount::new(value, scale)),
            Format::DecimalSI,
            None,
        )
    }

    /// The most digits an operation writes out beyond its operands' own. Adding or subtracting
    /// quantities whose scales differ by more returns `None` from [`Quantity::checked_add`] and
    /// [`Quantity::checked_sub`] (upstream never returns), and a binary quantity of more digits
    /// that is a multiple of 2^64 prints in decimal form. See
    /// [Extreme values](Quantity#extreme-values).
    pub const MAX_WRITTEN_DIGITS: u64 = dec::MAX_DIGITS;

    /// Zero, in [`Format::DecimalSI`].
    pub fn zero() -> Quantity {
        Quantity::new(0, Format::DecimalSI)
    }

    /// The format the quantity prints in.
    pub fn format(&self) -> Format {
        self.format
    }

    /// Changes the format the quantity prints in.
    pub fn set_format(&mut self, format: Format) {
        self.format = format;
        self.text = None;
    }

    /// Whether the quantity is zero.
    #[doc(alias = "IsZero")]
    pub fn is_zero(&self) -> bool {
        match &self.repr {
            Repr::Int(a) => a.value == 0,
            Repr::Dec(d) => d.is_zero(),
        }
    }

    /// −1, 0 or 1: Go's `Sign`.
    #[doc(alias = "Sign")]
    pub fn signum(&self) -> i32 {
        match &self.repr {
            Repr::Int(a) => a.value.signum() as i32,
            Repr::Dec(d) => d.sign(),
        }
    }

    /// The value as an `i64` when it is a whole number that fits and the quantity is on the fast
    /// path: Go's `AsInt64`.
    #[doc(alias = "AsInt64")]
    pub fn as_i64(&self) -> Option<i64> {
        match &self.repr {
            Repr::Int(a) => a.as_i64(),
            Repr::Dec(_) => None,
        }
    }

    /// Whether upstream holds this value as an `inf.Dec` rather than its `int64Amount` fast
    /// form. It matters when reproducing Go call sequences: copies of a Go `Quantity` share
    /// the `*inf.Dec`, so Go's in-place `Add` on one copy changes the others.
    pub fn is_inf_dec(&self) -> bool {
        matches!(self.repr, Repr::Dec(_))
    }

    fn to_dec(&self) -> Dec {
        match &self.repr {
            Repr::Int(a) => a.to_dec(),
            Repr::Dec(d) => d.clone(),
        }
    }
}

impl Default for Quantity {
    fn default() -> Self {
        Quantity::zero()
    }
}

impl From<i64> for Quantity {
    /// `value` units in [`Format::DecimalSI`]: Go's `NewQuantity(value, DecimalSI)`.
    ///
    /// ```
    /// use kube_primitives::api::{Format, Quantity};
    ///
    /// let q = Quantity::from(1500);
    /// assert_eq!(q.to_string(), "1500");
    /// assert_eq!(q.format(), Format::DecimalSI);
    /// assert_eq!(Quantity::from(-2000).to_string(), "-2k");
    /// ```
    fn from(value: i64) -> Quantity {
        Quantity::new(value, Format::DecimalSI)
    }
}

impl FromStr for Quantity {
    type Err = QuantityError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Quantity::parse(s)
    }
}

impl TryFrom<&str> for Quantity {
    type Error = QuantityError;

    fn try_from(s: &str) -> Result<Self, Self::Error> {
        Quantity::parse(s)
    }
}
