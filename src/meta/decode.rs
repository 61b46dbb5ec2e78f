//! Decoding with the field path of the first error: a malformed object's error says
//! `spec.containers[0].ports[0].containerPort: invalid type: string "80", expected i32`, not
//! only a line and column.
//!
//! [`deserialize`] wraps any serde [`Deserializer`] (serde_json's, serde_yaml's, …) and follows
//! the path as the value is read: struct fields become `.name`, list elements `[i]` and map
//! entries `[key]`, as the API server's field paths print them (a map's entries are told from a
//! struct's fields by the `deserialize_struct` or `deserialize_map` call the type makes). The
//! first error, the innermost, is the one reported, with the path where it happened.
//!
//! Following the path costs a little on every value, so a webhook may decode directly first and
//! call [`deserialize`] only to explain a failure.

use alloc::string::{String, ToString};
use core::cell::RefCell;
use core::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::field::Path;

/// A decoding error and the field path where it happened.
///
/// ```
/// use kube_primitives::api::core::Pod;
/// use kube_primitives::meta::decode;
///
/// let json = r#"{"spec": {"containers": [{"name": "app", "ports": [{"containerPort": "80"}]}]}}"#;
/// let err = decode::deserialize::<Pod, _>(&mut serde_json::Deserializer::from_str(json)).unwrap_err();
/// assert_eq!(err.path().to_string(), "spec.containers[0].ports[0].containerPort");
/// assert!(err.to_string().starts_with(
///     r#"spec.containers[0].ports[0].containerPort: invalid type: string "80", expected i32"#));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError<E> {
    path: Path,
    error: E,
}

impl<E> DecodeError<E> {
    /// Where the error happened: [`Path::none`] for the top-level value.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The deserializer's own error.
    pub fn inner(&self) -> &E {
        &self.error
    }

    /// The deserializer's own error, by value.
    pub fn into_inner(self) -> E {
        self.error
    }
}

impl<E: fmt::Display> fmt::Display for DecodeError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path == Path::none() {
            fmt::Display::fmt(&self.error, f)
        } else {
            write!(f, "{}: {}", self.path, self.error)
        }
    }
}

#[cfg(feature = "std")]
impl<E: std::error::Error + 'static> std::error::Error for DecodeError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// Deserializes a `T`, reporting the field path of the first error.
///
/// # Errors
///
/// The deserializer's error, with the path of the value where it happened.
pub fn deserialize<'de, T, D>(deserializer: D) -> Result<T, DecodeError<D::Error>>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    deserialize_seed(core::marker::PhantomData::<T>, deserializer)
}

/// As [`deserialize`], for a value a [`DeserializeSeed`] reads (a type chosen at run time, such
/// as a [`WorkloadKind`](crate::validation::workload::WorkloadKind)'s object).
///
/// # Errors
///
/// The deserializer's error, with the path of the value where it happened.
pub fn deserialize_seed<'de, S, D>(
    seed: S,
    deserializer: D,
) -> Result<S::Value, DecodeError<D::Error>>
where
    S: DeserializeSeed<'de>,
    D: Deserializer<'de>,
{
    let track = Track(RefCell::new(None));
    let root = Chain::Root;
    match seed.deserialize(Tracked {
        inner: deserializer,
        chain: &root,
        track: &track,
    }) {
        Ok(value) => Ok(value),
        Err(error) => Err(DecodeError {
            path: track.0.into_inner().unwrap_or_else(Path::none),
            error,
        }),
    }
}

/// The path from the root to the value being read, kept on the stack.
enum Chain<'a> {
    Root,
    Field(&'a Chain<'a>, String),
    Key(&'a Chain<'a>, String),
    Index(&'a Chain<'a>, usize),
}

impl Chain<'_> {
    fn path(&self) -> Path {
        match self {
            Chain::Root => Path::none(),
            Chain::Field(parent, name) => parent.path().child(name),
            Chain::Key(parent, key) => parent.path().key(key),
            Chain::Index(parent, i) => parent.path().index(*i),
        }
    }
}

/// The path of the first (innermost) error; outer levels see the same error pass by and keep
/// what was recorded.
struct Track(RefCell<Option<Path>>);

impl Track {
    fn record<E>(&self, chain: &Chain<'_>, error: E) -> E {
        let mut slot = self.0.borrow_mut();
        if slot.is_none() {
            *slot = Some(chain.path());
        }
        error
    }
}

/// How the keys of a map being read name their values.
#[derive(Clone, Copy)]
enum Keys {
    /// A struct's fields: `.name`.
    Fields,
    /// A map's entries: `[key]`.
    Entries,
}

struct Tracked<'a, 'b, D> {
    inner: D,
    chain: &'a Chain<'b>,
    track: &'a Track,
}

impl<'a, 'b, D> Tracked<'a, 'b, D> {
    fn visitor<V>(&self, visitor: V, keys: Keys) -> TrackedVisitor<'a, 'b, V> {
        TrackedVisitor {
            inner: visitor,
            chain: self.chain,
            track: self.track,
            keys,
        }
    }
}

/// Calls `$m!` with every `deserialize_*` method of [`Deserializer`] but `deserialize_struct`
/// (after the extra arguments, if any).
macro_rules! every_deserialize_but_struct {
    ($m:ident $(, $extra:ident)?) => {
        $m!($($extra:)?
            deserialize_any(), deserialize_bool(), deserialize_i8(), deserialize_i16(),
            deserialize_i32(), deserialize_i64(), deserialize_i128(), deserialize_u8(),
            deserialize_u16(), deserialize_u32(), deserialize_u64(), deserialize_u128(),
            deserialize_f32(), deserialize_f64(), deserialize_char(), deserialize_str(),
            deserialize_string(), deserialize_bytes(), deserialize_byte_buf(),
            deserialize_option(), deserialize_unit(), deserialize_unit_struct(name: &'static str),
            deserialize_newtype_struct(name: &'static str), deserialize_seq(),
            deserialize_tuple(len: usize),
            deserialize_tuple_struct(name: &'static str, len: usize), deserialize_map(),
            deserialize_enum(name: &'static str, variants: &'static [&'static str]),
            deserialize_identifier(), deserialize_ignored_any(),
        );
    };
}

/// Forwards `deserialize_*` methods, wrapping the visitor with the given key style.
macro_rules! forward {
    ($keys:ident: $($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            let (chain, track) = (self.chain, self.track);
            let visitor = self.visitor(visitor, Keys::$keys);
            self.inner.$method($($arg,)* visitor).map_err(|e| track.record(chain, e))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Tracked<'_, '_, D> {
    type Error = D::Error;

    every_deserialize_but_struct!(forward, Entries);
    forward!(Fields: deserialize_struct(name: &'static str, fields: &'static [&'static str]));

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

struct TrackedVisitor<'a, 'b, V> {
    inner: V,
    chain: &'a Chain<'b>,
    track: &'a Track,
    keys: Keys,
}

/// Calls `$m!` with the `visit_*` methods of [`Visitor`] whose value implements `Display`.
macro_rules! every_visit_of_displayable {
    ($m:ident) => {
        $m!(
            visit_bool(bool),
            visit_i8(i8),
            visit_i16(i16),
            visit_i32(i32),
            visit_i64(i64),
            visit_i128(i128),
            visit_u8(u8),
            visit_u16(u16),
            visit_u32(u32),
            visit_u64(u64),
            visit_u128(u128),
            visit_f32(f32),
            visit_f64(f64),
            visit_char(char),
            visit_str(&str),
            visit_borrowed_str(&'de str),
        );
    };
}

/// Forwards `visit_*` methods that carry a plain value.
macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            self.inner.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for TrackedVisitor<'_, '_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    every_visit_of_displayable!(forward_visit);
    forward_visit!(
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(alloc::vec::Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Tracked {
            inner: deserializer,
            chain: self.chain,
            track: self.track,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Tracked {
            inner: deserializer,
            chain: self.chain,
            track: self.track,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.inner.visit_seq(TrackedSeq {
            inner: seq,
            chain: self.chain,
            track: self.track,
            index: 0,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(TrackedMap {
            inner: map,
            chain: self.chain,
            track: self.track,
            keys: self.keys,
            key: None,
        })
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        // Enum payloads are not followed: the wire types hold no externally tagged enums.
        self.inner.visit_enum(data)
    }
}

/// A seed that reads its value under one more path segment.
struct TrackedSeed<'a, 'b, S> {
    inner: S,
    chain: Chain<'b>,
    track: &'a Track,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for TrackedSeed<'_, '_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(Tracked {
            inner: deserializer,
            chain: &self.chain,
            track: self.track,
        })
    }
}

struct TrackedSeq<'a, 'b, A> {
    inner: A,
    chain: &'a Chain<'b>,
    track: &'a Track,
    index: usize,
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for TrackedSeq<'_, '_, A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        let index = self.index;
        self.index = self.index.saturating_add(1);
        let seed = TrackedSeed {
            inner: seed,
            chain: Chain::Index(self.chain, index),
            track: self.track,
        };
        let chain = self.chain;
        self.inner
            .next_element_seed(seed)
            .map_err(|e| self.track.record(&Chain::Index(chain, index), e))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

struct TrackedMap<'a, 'b, A> {
    inner: A,
    chain: &'a Chain<'b>,
    track: &'a Track,
    keys: Keys,
    /// The key just read, to name the value that follows.
    key: Option<String>,
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for TrackedMap<'_, '_, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.key = None;
        let (chain, track) = (self.chain, self.track);
        self.inner
            .next_key_seed(CaptureKey {
                inner: seed,
                key: &mut self.key,
            })
            .map_err(|e| track.record(chain, e))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        let key = self.key.take().unwrap_or_default();
        let chain = match self.keys {
            Keys::Fields => Chain::Field(self.chain, key),
            Keys::Entries => Chain::Key(self.chain, key),
        };
        let (parent, track) = (self.chain, self.track);
        // An error outside the value's own deserializer (the map failing between key and
        // value) is placed at the map.
        self.inner
            .next_value_seed(TrackedSeed {
                inner: seed,
                chain,
                track,
            })
            .map_err(|e| track.record(parent, e))
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

/// Reads a map key through the caller's seed and keeps its text.
struct CaptureKey<'a, S> {
    inner: S,
    key: &'a mut Option<String>,
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for CaptureKey<'_, S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(CaptureKeyDeserializer {
            inner: deserializer,
            key: self.key,
        })
    }
}

struct CaptureKeyDeserializer<'a, D> {
    inner: D,
    key: &'a mut Option<String>,
}

macro_rules! forward_capture {
    ($($method:ident($($arg:ident: $ty:ty),*)),* $(,)?) => {$(
        fn $method<V: Visitor<'de>>(self, $($arg: $ty,)* visitor: V) -> Result<V::Value, D::Error> {
            self.inner.$method($($arg,)* CaptureKeyVisitor { inner: visitor, key: self.key })
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for CaptureKeyDeserializer<'_, D> {
    type Error = D::Error;

    every_deserialize_but_struct!(forward_capture);
    forward_capture!(deserialize_struct(name: &'static str, fields: &'static [&'static str]));

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

struct CaptureKeyVisitor<'a, V> {
    inner: V,
    key: &'a mut Option<String>,
}

/// Forwards `visit_*` methods of keys, keeping the key's text.
macro_rules! capture_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {$(
        fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
            *self.key = Some(v.to_string());
            self.inner.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for CaptureKeyVisitor<'_, V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    every_visit_of_displayable!(capture_visit);

    fn visit_string<E: de::Error>(self, v: String) -> Result<V::Value, E> {
        *self.key = Some(v.clone());
        self.inner.visit_string(v)
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<V::Value, E> {
        *self.key = Some(String::from_utf8_lossy(v).into_owned());
        self.inner.visit_bytes(v)
    }

    fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<V::Value, E> {
        *self.key = Some(String::from_utf8_lossy(v).into_owned());
        self.inner.visit_borrowed_bytes(v)
    }
}
