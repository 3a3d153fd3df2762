"""Writes a messy Arabic and English news corpus, every bad-input case once, with the expected outcome of each unit."""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

AR = [
    "وقال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في القاهرة.",
    "وأكدت الوزارة في بيان أن «الحكومة لن تتراجع عن قرارها».",
    "أعلن المتحدث باسم الجيش، اليوم الأحد، أن القوات سيطرت على المدينة.",
    "وأضاف رئيس الوزراء أن الميزانية الجديدة ستركز على التعليم والصحة.",
    "بحسب وكالة الأنباء الرسمية، وصل الوفد إلى دمشق مساء السبت.",
]
EN = [
    '"We will not back down," the minister said on Tuesday.',
    "The company said that profits rose by 3.5 percent in the third quarter.",
    "According to the report, unemployment fell to its lowest level since 2008.",
    "Officials told reporters the bridge would reopen next month.",
    "Café owners in Zürich said the naïve plan would fail.",
]
# Small limits so that the size cases stay small on disk.
MAX_DOC_BYTES = 20_000
MAX_DECOMPRESSED_BYTES = 200_000


@dataclass
class Corpus:
    root: Path
    expected: Counter = field(default_factory=Counter)  # "document", "duplicate", "reject:<reason>"
    encodings: dict[str, str] = field(default_factory=dict)  # file name -> expected detected encoding
    texts: dict[str, str] = field(default_factory=dict)  # file name -> expected decoded text

    def write(self, name: str, data: bytes, outcome: str, text: str | None = None, encoding: str | None = None):
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.expected[outcome] += 1
        if text is not None:
            self.texts[name] = text
        if encoding is not None:
            self.encodings[name] = encoding

    @property
    def units(self) -> int:
        return sum(self.expected.values())


def article(lines: list[str], title: str, newline: str = "\n") -> str:
    return title + newline + newline + (newline + newline).join(lines) + newline


def write_messy_corpus(root: Path) -> Corpus:
    c = Corpus(root)
    ar = article(AR, "الحكومة تؤكد استئناف المحادثات")
    en = article(EN, "Talks to resume next week")
    # Text files in every encoding news archives use.
    c.write("en/plain.txt", en.encode("utf-8"), "document", en, "utf-8")
    c.write("ar/bom.txt", b"\xef\xbb\xbf" + ar.encode("utf-8"), "document", ar, "utf-8-sig")
    ar2 = article(AR[::-1], "عنوان آخر")
    c.write("ar/utf16.txt", ar2.encode("utf-16"), "document", ar2, "utf-16")
    ar3 = article(AR[1:], "خبر بترميز ويندوز")
    c.write("ar/windows1256.txt", ar3.encode("cp1256"), "document", ar3, "cp1256")
    ar4 = article(AR[2:], "خبر بترميز أيزو")
    c.write("ar/iso8859_6.txt", ar4.encode("iso8859_6"), "document", ar4, "iso8859_6")
    en2 = article([EN[4], "“It’s dead on arrival,” one owner said — twice."], "Zürich café owners")
    c.write("en/windows1252.txt", en2.encode("cp1252"), "document", en2, "cp1252")
    en3 = article(EN[1:4], "Report: unemployment down", newline="\r\n")
    c.write("en/crlf.md", en3.encode("utf-8"), "document", en3, "utf-8")
    ar5 = article(AR[:3], "خبر مضغوط")
    c.write("ar/compressed.txt.gz", gzip.compress(ar5.encode("utf-8")), "document", ar5, "utf-8")
    # Bad files.
    c.write("bad/empty.txt", b"", "reject:empty_text")
    c.write("bad/blank.txt", b"  \n\t\n", "reject:empty_text")
    c.write("bad/image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 30, "reject:binary")
    c.write("bad/nul.txt", b"Headline\n\nA sentence with a \x00 NUL byte in it.", "reject:nul_bytes")
    c.write("bad/broken_utf16.txt", b"\xff\xfe" + "نص".encode("utf-16-le") + b"\x00", "reject:undecodable")
    c.write("bad/huge.txt", ("A very long article sentence. " * 1000).encode(), "reject:too_large")
    c.write("bad/bomb.txt.gz", gzip.compress(b"a" * (MAX_DECOMPRESSED_BYTES * 20)), "reject:too_large")
    c.write("bad/not_gzip.txt.gz", b"this is not gzip data at all", "reject:unreadable")
    (root / "bad" / "moved.txt").symlink_to(root / "bad" / "no-such-file.txt")  # a link whose target is gone
    os.mkfifo(root / "bad" / "pipe.txt")  # a named pipe: opened, it would wait for a writer forever
    c.expected["reject:unreadable"] += 2
    # A JSONL feed with good and bad lines; a blank line is not a unit.
    lines = [
        json.dumps({"id": "ar-1", "text": " ".join(AR), "lang": "ar", "title": "تقرير",
                    "url": "https://example.org/ar-1", "published_at": "2026-11-28T10:00:00+03:00",
                    "source": "wire"}, ensure_ascii=False),
        json.dumps({"id": "en-1", "text": " ".join(EN), "published_at": "not a date"}),
        "{broken json",
        json.dumps({"id": "no-text", "body": "text under another name"}),
        json.dumps({"id": "blank", "text": "   "}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "nul", "text": "text with \u0000 inside"}),
        json.dumps({"id": "dup-of-plain", "text": "\n  " + en + "  \n"}),  # same text as en/plain.txt once trimmed
        "",
        json.dumps({"id": "big", "text": "word " * MAX_DOC_BYTES}),
        # half a character, as a JSON escape can write it: in the text, or in a field kept with it
        json.dumps({"id": "surrogate", "text": "The mayor said \ud800 the budget is balanced."}),
        json.dumps({"id": "surrogate-title", "title": "Budget \udc00", "text": "The mayor said it is balanced."}),
    ]
    outcomes = ["document", "document", "reject:bad_json", "reject:missing_text", "reject:empty_text",
                "reject:not_an_object", "reject:nul_bytes", "duplicate", None, "reject:too_large",
                "reject:unpaired_surrogate", "reject:unpaired_surrogate"]
    c.write("feeds/feed.jsonl", ("\n".join(lines) + "\n").encode("utf-8"), "document")
    c.expected["document"] -= 1  # the file itself is not a unit; its lines are
    for outcome in outcomes:
        if outcome:
            c.expected[outcome] += 1
    gz_lines = [json.dumps({"id": f"gz-{i}", "text": f"{EN[i]} Story number {i}."}) for i in range(3)]
    c.write("feeds/archive.ndjson.gz", gzip.compress("\n".join(gz_lines).encode()), "document")
    c.expected["document"] += 2
    # CSV and TSV exports, with a malformed row and an empty text.
    csv_text = ('id,title,text\n'
                'c-1,First,"' + EN[0].replace('"', '""') + ' More text."\n'
                'c-2,Second,' + AR[3] + '\n'
                'c-3,Broken row,too,many,fields\n'
                'c-4,Empty,\n')
    c.write("tables/export.csv", csv_text.encode("utf-8"), "document")
    c.expected.update({"document": 1, "reject:bad_row": 1, "reject:empty_text": 1})
    c.write("tables/export.tsv", f"id\ttext\nt-1\t{AR[4]}\n".encode("cp1256"), "document")
    # Parquet.
    table = pa.table({"id": ["p-1", "p-2"], "text": [EN[2] + " Parquet edition.", None]})
    path = root / "tables" / "export.parquet"
    pq.write_table(table, path)
    c.expected.update({"document": 1, "reject:missing_text": 1})
    # A file of another type is not an input.
    (root / "bad" / "notes.pdf").write_bytes(b"%PDF-1.4 not read")
    return c
