//! Upstream keeps the input of a quantity that was already canonical and prints it back as is
//! (`s` in Go's `Quantity`). This keeps it without allocating for ordinary lengths.

use alloc::boxed::Box;

const INLINE: usize = 30;

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Text {
    Inline { len: u8, buf: [u8; INLINE] },
    Heap(Box<str>),
}

impl Text {
    pub(crate) fn new(s: &str) -> Text {
        let bytes = s.as_bytes();
        if bytes.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            if let Some(dst) = buf.get_mut(..bytes.len()) {
                dst.copy_from_slice(bytes);
            }
            Text::Inline { len: bytes.len() as u8, buf }
        } else {
            Text::Heap(Box::from(s))
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Inline { len, buf } => buf
                .get(..usize::from(*len))
                .and_then(|b| core::str::from_utf8(b).ok())
                .unwrap_or_default(),
            Text::Heap(s) => s,
        }
    }
}
