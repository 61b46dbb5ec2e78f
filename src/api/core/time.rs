//! `metav1.Time`: an instant, on the wire as RFC 3339 in UTC with second precision.

use core::fmt;
use core::str::FromStr;

/// An instant as Kubernetes serializes it: `2026-01-01T00:00:00Z`.
///
/// Parsing follows Go's `time.Parse(time.RFC3339, …)` as `metav1.Time.UnmarshalJSON` uses it: a
/// fraction of a second and a numeric offset are accepted and kept (`…T01:00:00.5+01:00`);
/// printing is `metav1.Time.MarshalJSON`: UTC, whole seconds. Two times are equal when they are
/// the same instant, as upstream's semantic equality compares them.
///
/// ```
/// use kube_primitives::api::core::Time;
///
/// let t: Time = "2026-01-01T01:00:00+01:00".parse().unwrap();
/// assert_eq!(t.to_string(), "2026-01-01T00:00:00Z");
/// assert_eq!(t, "2026-01-01T00:00:00Z".parse().unwrap());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Time {
    unix_seconds: i64,
    nanos: u32,
}

/// Why a timestamp is not RFC 3339.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("invalid RFC 3339 timestamp")]
pub struct ParseTimeError;

const SECONDS_PER_DAY: i64 = 86_400;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

struct Cursor<'a>(&'a [u8]);

impl Cursor<'_> {
    fn digits(&mut self, n: usize) -> Result<i64, ParseTimeError> {
        let (head, rest) = self.0.split_at_checked(n).ok_or(ParseTimeError)?;
        let mut v = 0;
        for &b in head {
            if !b.is_ascii_digit() {
                return Err(ParseTimeError);
            }
            v = v * 10 + i64::from(b - b'0');
        }
        self.0 = rest;
        Ok(v)
    }

    fn expect(&mut self, b: u8) -> Result<(), ParseTimeError> {
        match self.0.split_first() {
            Some((&first, rest)) if first == b => {
                self.0 = rest;
                Ok(())
            }
            _ => Err(ParseTimeError),
        }
    }

    fn ranged(&mut self, n: usize, lo: i64, hi: i64) -> Result<i64, ParseTimeError> {
        let v = self.digits(n)?;
        if (lo..=hi).contains(&v) {
            Ok(v)
        } else {
            Err(ParseTimeError)
        }
    }
}

impl Time {
    /// Go's zero `time.Time`, `0001-01-01T00:00:00Z`.
    pub const ZERO: Time = Time::from_unix_seconds(-62_135_596_800);

    /// The instant `unix_seconds` after 1970-01-01T00:00:00Z.
    pub const fn from_unix_seconds(unix_seconds: i64) -> Time {
        Time {
            unix_seconds,
            nanos: 0,
        }
    }

    /// The instant `nanos` nanoseconds after 1970-01-01T00:00:00Z, clamped to the range of
    /// whole seconds an `i64` holds.
    #[must_use]
    pub fn from_unix_nanos(nanos: i128) -> Time {
        let secs = nanos.div_euclid(1_000_000_000);
        match i64::try_from(secs) {
            Ok(unix_seconds) => Time {
                unix_seconds,
                // In 0..1e9 by construction.
                nanos: u32::try_from(nanos.rem_euclid(1_000_000_000)).unwrap_or(0),
            },
            Err(_) if secs < 0 => Time::from_unix_seconds(i64::MIN),
            Err(_) => Time {
                unix_seconds: i64::MAX,
                nanos: 999_999_999,
            },
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z (rounded down).
    pub const fn unix_seconds(&self) -> i64 {
        self.unix_seconds
    }

    /// The fraction of the second, in nanoseconds.
    pub const fn subsec_nanos(&self) -> u32 {
        self.nanos
    }

    /// Nanoseconds since 1970-01-01T00:00:00Z, wide enough for every representable time.
    pub const fn unix_nanos(&self) -> i128 {
        self.unix_seconds as i128 * 1_000_000_000 + self.nanos as i128
    }

    /// Go's zero `time.Time` (`0001-01-01T00:00:00Z`), which `metav1.Time` marshals as `null`.
    pub fn is_zero(&self) -> bool {
        self.unix_seconds == days_from_civil(1, 1, 1) * SECONDS_PER_DAY && self.nanos == 0
    }

    /// Parses an RFC 3339 timestamp.
    pub fn parse(s: &str) -> Result<Time, ParseTimeError> {
        let mut c = Cursor(s.as_bytes());
        let year = c.digits(4)?;
        c.expect(b'-')?;
        let month = c.ranged(2, 1, 12)?;
        c.expect(b'-')?;
        let day = c.ranged(2, 1, days_in_month(year, month))?;
        c.expect(b'T')?;
        let hour = c.ranged(2, 0, 23)?;
        c.expect(b':')?;
        let minute = c.ranged(2, 0, 59)?;
        c.expect(b':')?;
        let second = c.ranged(2, 0, 59)?;
        let mut nanos: u32 = 0;
        if let [b'.' | b',', rest @ ..] = c.0 {
            let n = rest.iter().take_while(|b| b.is_ascii_digit()).count();
            if n == 0 {
                return Err(ParseTimeError);
            }
            let (frac, after) = rest.split_at(n);
            for i in 0..9 {
                nanos = nanos * 10 + frac.get(i).map_or(0, |&b| u32::from(b - b'0'));
            }
            c.0 = after;
        }
        let offset = match c.0 {
            [b'Z'] => 0,
            [sign @ (b'+' | b'-'), rest @ ..] => {
                let sign = if *sign == b'-' { -1 } else { 1 };
                let mut o = Cursor(rest);
                let hours = o.ranged(2, 0, 23)?;
                o.expect(b':')?;
                let minutes = o.ranged(2, 0, 59)?;
                if !o.0.is_empty() {
                    return Err(ParseTimeError);
                }
                sign * (hours * 3600 + minutes * 60)
            }
            _ => return Err(ParseTimeError),
        };
        let days = days_from_civil(year, month, day);
        Ok(Time {
            unix_seconds: days * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offset,
            nanos,
        })
    }
}

impl FromStr for Time {
    type Err = ParseTimeError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Time::parse(s)
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_rfc3339(f, Fraction::None)
    }
}

/// How many fractional digits an RFC 3339 rendering of a [`Time`] carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Fraction {
    /// None (`metav1.Time`).
    None,
    /// Always six (Go's `RFC3339Micro`, as `metav1.MicroTime` prints).
    Micro,
    /// Up to nine, trailing zeros dropped, none for whole seconds (Go's `RFC3339Nano`).
    Nano,
}

/// A [`Time`] printed as Go's `t.UTC().Format(time.RFC3339Nano)`; see [`Time::rfc3339_nano`].
#[derive(Clone, Copy, Debug)]
pub struct Rfc3339Nano(Time);

impl fmt::Display for Rfc3339Nano {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_rfc3339(f, Fraction::Nano)
    }
}

impl Time {
    /// The time as Go's `t.UTC().Format(time.RFC3339Nano)` prints it: the fraction of the
    /// second without trailing zeros, and none for a whole second. Controllers write
    /// annotations such as `endpoints.kubernetes.io/last-change-trigger-time` this way.
    ///
    /// ```
    /// use kube_primitives::api::core::Time;
    ///
    /// let t: Time = "2026-01-01T01:00:00.250+01:00".parse().unwrap();
    /// assert_eq!(t.rfc3339_nano().to_string(), "2026-01-01T00:00:00.25Z");
    /// assert_eq!(Time::from_unix_seconds(0).rfc3339_nano().to_string(), "1970-01-01T00:00:00Z");
    /// ```
    #[must_use]
    pub const fn rfc3339_nano(self) -> Rfc3339Nano {
        Rfc3339Nano(self)
    }

    /// RFC 3339 in UTC with the given fraction.
    pub(super) fn write_rfc3339(
        &self,
        f: &mut fmt::Formatter<'_>,
        fraction: Fraction,
    ) -> fmt::Result {
        let days = self.unix_seconds.div_euclid(SECONDS_PER_DAY);
        let secs = self.unix_seconds.rem_euclid(SECONDS_PER_DAY);
        let (year, month, day) = civil_from_days(days);
        if (0..=9999).contains(&year) {
            write!(f, "{year:04}")?;
        } else {
            write!(f, "{year}")?;
        }
        write!(
            f,
            "-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            secs / 3600,
            secs / 60 % 60,
            secs % 60
        )?;
        match fraction {
            Fraction::None => {}
            Fraction::Micro => write!(f, ".{:06}", self.nanos / 1000)?,
            Fraction::Nano if self.nanos == 0 => {}
            Fraction::Nano => {
                let mut digits = 9;
                let mut nanos = self.nanos;
                while nanos % 10 == 0 {
                    nanos /= 10;
                    digits -= 1;
                }
                write!(f, ".{nanos:0digits$}")?;
            }
        }
        f.write_str("Z")
    }
}

impl serde::Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Time {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Time;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an RFC 3339 timestamp")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Time, E> {
                Time::parse(v).map_err(E::custom)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    #[test]
    fn round_trips() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2026-01-01T00:00:00Z",
            "2024-02-29T23:59:59Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
        ] {
            assert_eq!(Time::parse(s).unwrap().to_string(), s);
        }
        assert!(Time::parse("0001-01-01T00:00:00Z").unwrap().is_zero());
        assert!(Time::ZERO.is_zero());
        assert_eq!(
            Time::parse("2026-01-01T00:00:00Z").unwrap().unix_seconds(),
            1_767_225_600
        );
    }

    #[test]
    fn offsets_and_fractions() {
        let t = Time::parse("2026-01-01T00:30:00.123456789123-01:30").unwrap();
        assert_eq!(t.to_string(), "2026-01-01T02:00:00Z");
        assert_eq!(t.subsec_nanos(), 123_456_789);
        assert_ne!(t, Time::parse("2026-01-01T02:00:00Z").unwrap());
        assert_eq!(
            Time::parse("9999-12-31T23:59:59-01:00")
                .unwrap()
                .to_string(),
            "10000-01-01T00:59:59Z"
        );
    }

    #[test]
    fn rejects() {
        for s in [
            "",
            "2026-01-01",
            "2026-13-01T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2026-01-01T24:00:00Z",
            "2026-01-01T00:00:60Z",
            "2026-01-01T00:00:00",
            "2026-01-01T00:00:00z",
            "2026-01-01T00:00:00.Z",
            "2026-01-01T00:00:00+0100",
            "2026-01-01T00:00:00Z ",
            "2026-01-01 00:00:00Z",
        ] {
            assert!(Time::parse(s).is_err(), "{s}");
        }
    }
}
