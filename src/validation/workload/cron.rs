//! CronJob schedules as the API server checks them: `cron.ParseStandard` of
//! [robfig/cron v3](https://github.com/robfig/cron/blob/v3.0.1/parser.go) (five fields or a
//! `@` descriptor, an optional `TZ=`/`CRON_TZ=` prefix), with its error messages, and Go's
//! `time.LoadLocation` for zone names.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::tz_names::ZONES;
use crate::meta::field::BadValue;

/// Go's `time.LoadLocation`, for its error only.
pub(crate) fn load_location(name: &str) -> Result<(), String> {
    if name.is_empty() || name == "UTC" || name == "Local" {
        return Ok(());
    }
    if name.contains("..") || name.starts_with('/') || name.starts_with('\\') {
        return Err(String::from("time: invalid location name"));
    }
    if ZONES.binary_search(&name).is_ok() {
        Ok(())
    } else {
        Err(format!("unknown time zone {name}"))
    }
}

struct Bounds {
    min: u64,
    max: u64,
    names: &'static [(&'static str, u64)],
}

const MINUTES: Bounds = Bounds {
    min: 0,
    max: 59,
    names: &[],
};
const HOURS: Bounds = Bounds {
    min: 0,
    max: 23,
    names: &[],
};
const DOM: Bounds = Bounds {
    min: 1,
    max: 31,
    names: &[],
};
const MONTHS: Bounds = Bounds {
    min: 1,
    max: 12,
    names: &[
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("may", 5),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ],
};
const DOW: Bounds = Bounds {
    min: 0,
    max: 6,
    names: &[
        ("sun", 0),
        ("mon", 1),
        ("tue", 2),
        ("wed", 3),
        ("thu", 4),
        ("fri", 5),
        ("sat", 6),
    ],
};

/// Go's `%s` of a `[]string`.
fn go_list(fields: &[&str]) -> String {
    format!("[{}]", fields.join(" "))
}

/// robfig's `mustParseInt`: `strconv.Atoi`, not negative.
fn must_parse_int(expr: &str) -> Result<u64, String> {
    let num = crate::text::go_atoi(expr).map_err(|e| {
        let why = match e {
            crate::text::AtoiError::Syntax => "invalid syntax",
            crate::text::AtoiError::Range => "value out of range",
        };
        format!(
            "failed to parse int from {expr}: strconv.Atoi: parsing {}: {why}",
            BadValue::from(expr)
        )
    })?;
    u64::try_from(num).map_err(|_| format!("negative number ({num}) not allowed: {expr}"))
}

fn parse_int_or_name(expr: &str, r: &Bounds) -> Result<u64, String> {
    let lower = expr.to_lowercase();
    if let Some((_, v)) = r.names.iter().find(|(n, _)| *n == lower) {
        return Ok(*v);
    }
    must_parse_int(expr)
}

/// robfig's `getRange`, for its errors.
fn check_range(expr: &str, r: &Bounds) -> Result<(), String> {
    let range_and_step: Vec<&str> = expr.split('/').collect();
    let low_and_high: Vec<&str> = range_and_step
        .first()
        .copied()
        .unwrap_or("")
        .split('-')
        .collect();
    let single = low_and_high.len() == 1;
    let first = low_and_high.first().copied().unwrap_or("");
    let (start, mut end) = if first == "*" || first == "?" {
        (r.min, r.max)
    } else {
        let start = parse_int_or_name(first, r)?;
        let end = match low_and_high.get(1) {
            None => start,
            Some(high) if low_and_high.len() == 2 => parse_int_or_name(high, r)?,
            Some(_) => return Err(format!("too many hyphens: {expr}")),
        };
        (start, end)
    };
    let step = match range_and_step.len() {
        1 => 1,
        2 => {
            let step = must_parse_int(range_and_step.get(1).copied().unwrap_or(""))?;
            // "N/step" means "N-max/step".
            if single {
                end = r.max;
            }
            step
        }
        _ => return Err(format!("too many slashes: {expr}")),
    };
    if start < r.min {
        return Err(format!(
            "beginning of range ({start}) below minimum ({}): {expr}",
            r.min
        ));
    }
    if end > r.max {
        return Err(format!(
            "end of range ({end}) above maximum ({}): {expr}",
            r.max
        ));
    }
    if start > end {
        return Err(format!(
            "beginning of range ({start}) beyond end of range ({end}): {expr}"
        ));
    }
    if step == 0 {
        return Err(format!("step of range should be a positive number: {expr}"));
    }
    Ok(())
}

fn check_field(field: &str, r: &Bounds) -> Result<(), String> {
    field
        .split(',')
        .filter(|s| !s.is_empty())
        .try_for_each(|expr| check_range(expr, r))
}

/// Go's `time.ParseDuration`, for its errors.
fn parse_duration(s: &str) -> Result<(), String> {
    let quoted = BadValue::from(s);
    let invalid = || format!("time: invalid duration {quoted}");
    let mut rest = s.strip_prefix(['-', '+']).unwrap_or(s);
    if rest == "0" {
        return Ok(());
    }
    if rest.is_empty() {
        return Err(invalid());
    }
    while !rest.is_empty() {
        let int_len = rest.bytes().take_while(u8::is_ascii_digit).count();
        let after_int = rest.get(int_len..).unwrap_or("");
        let (frac_len, after_num) = match after_int.strip_prefix('.') {
            Some(f) => {
                let n = f.bytes().take_while(u8::is_ascii_digit).count();
                (n, f.get(n..).unwrap_or(""))
            }
            None => (0, after_int),
        };
        if int_len == 0 && frac_len == 0 {
            return Err(invalid());
        }
        let unit_len = after_num
            .bytes()
            .take_while(|b| *b != b'.' && !b.is_ascii_digit())
            .count();
        if unit_len == 0 {
            return Err(format!("time: missing unit in duration {quoted}"));
        }
        let unit = after_num.get(..unit_len).unwrap_or("");
        if !["ns", "us", "µs", "μs", "ms", "s", "m", "h"].contains(&unit) {
            return Err(format!(
                "time: unknown unit {} in duration {quoted}",
                BadValue::from(unit)
            ));
        }
        rest = after_num.get(unit_len..).unwrap_or("");
    }
    Ok(())
}

fn parse_descriptor(spec: &str) -> Result<(), String> {
    match spec {
        "@yearly" | "@annually" | "@monthly" | "@weekly" | "@daily" | "@midnight" | "@hourly" => {
            Ok(())
        }
        _ => match spec.strip_prefix("@every ") {
            Some(d) => {
                parse_duration(d).map_err(|e| format!("failed to parse duration {spec}: {e}"))
            }
            None => Err(format!("unrecognized descriptor: {spec}")),
        },
    }
}

/// robfig/cron's `ParseStandard`: `Ok` when the schedule parses, else its error message.
#[doc(alias = "ParseStandard")]
pub fn parse_standard(spec: &str) -> Result<(), String> {
    if spec.is_empty() {
        return Err(String::from("empty spec string"));
    }
    let mut spec = spec;
    if spec.starts_with("TZ=") || spec.starts_with("CRON_TZ=") {
        let eq = spec.find('=').unwrap_or(0);
        // Upstream slices up to the first space; without one the slice is out of range and
        // the parser's recover reports the runtime error.
        let Some(i) = spec.find(' ') else {
            return Err(String::from(
                "runtime error: slice bounds out of range [:-1]",
            ));
        };
        let loc = spec.get(eq + 1..i).unwrap_or("");
        load_location(loc).map_err(|e| format!("provided bad location {loc}: {e}"))?;
        spec = spec.get(i..).unwrap_or("").trim();
    }
    if spec.starts_with('@') {
        return parse_descriptor(spec);
    }
    let fields: Vec<&str> = spec.split_whitespace().collect();
    if fields.len() != 5 {
        return Err(format!(
            "expected exactly 5 fields, found {}: {}",
            fields.len(),
            go_list(&fields)
        ));
    }
    for (field, bounds) in fields.iter().zip([&MINUTES, &HOURS, &DOM, &MONTHS, &DOW]) {
        check_field(field, bounds)?;
    }
    Ok(())
}
