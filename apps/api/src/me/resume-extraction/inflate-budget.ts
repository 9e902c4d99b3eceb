import { constants, inflateRawSync, inflateSync } from 'node:zlib';

/*
 * A compressed file can hide far more than it weighs: a 300 KB .docx may
 * inflate to 100 MB of XML, a PDF stream to 400 MB. These functions measure
 * what a file really unpacks to, inflating each part with a hard output cap
 * (zlib stops at the cap instead of allocating), and stop at the first part
 * that would take the total past the budget. Pure: no parsing library runs.
 */

export type BudgetVerdict = { within: true; bytes: number } | { within: false } | { unreadable: true };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** A .docx has a few dozen parts; thousands are only there to cost us work. */
const MAX_ZIP_ENTRIES = 2_000;

function inflatedLength(inflate: typeof inflateRawSync, data: Buffer, cap: number): number | 'over' | 'bad' {
  try {
    // One byte over the cap proves "too much" without inflating further.
    return inflate(data, { maxOutputLength: cap + 1, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'over' : 'bad';
  }
}

/** What the entries of a ZIP archive (a .docx) inflate to, read from its central directory and checked by inflating. */
export function zipWithinBudget(zip: Buffer, budgetBytes: number): BudgetVerdict {
  const eocd = findEndOfCentralDirectory(zip);
  if (eocd < 0) return { unreadable: true };
  const entries = zip.readUInt16LE(eocd + 10);
  const directoryOffset = zip.readUInt32LE(eocd + 16);
  if (entries > MAX_ZIP_ENTRIES) return { within: false };
  let offset = directoryOffset;
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL_SIGNATURE) return { unreadable: true };
    const method = zip.readUInt16LE(offset + 10);
    const compressedSize = zip.readUInt32LE(offset + 20);
    const localOffset = zip.readUInt32LE(offset + 42);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    offset += 46 + nameLength + extraLength + commentLength;

    if (localOffset + 30 > zip.length || zip.readUInt32LE(localOffset) !== LOCAL_SIGNATURE) return { unreadable: true };
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const dataEnd = dataStart + compressedSize;
    // ZIP64 (sizes of 0xFFFFFFFF) and parts outside the file are not something a resume needs.
    if (dataEnd > zip.length) return { unreadable: true };
    const data = zip.subarray(dataStart, dataEnd);
    let size: number | 'over' | 'bad';
    if (method === 0) size = data.length;
    else if (method === 8) size = inflatedLength(inflateRawSync, data, budgetBytes - total);
    else return { unreadable: true };
    if (size === 'bad') return { unreadable: true };
    if (size === 'over' || total + size > budgetBytes) return { within: false };
    total += size;
  }
  return { within: true, bytes: total };
}

function findEndOfCentralDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const earliest = Math.max(0, zip.length - 22 - 65_535);
  for (let at = zip.length - 22; at >= earliest; at--) if (zip.readUInt32LE(at) === EOCD_SIGNATURE) return at;
  return -1;
}

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const IMAGE_SUBTYPE = /\/Subtype\s*\/Image\b/;

/**
 * What the Flate streams of a PDF inflate to. Images are left out: text
 * extraction never decodes them, and a scanned page is legitimately large.
 * Streams that are not Flate (or are damaged) are skipped here; the parser
 * that runs next, under its own memory and time limits, deals with them.
 */
export function pdfWithinBudget(pdf: Buffer, budgetBytes: number): BudgetVerdict {
  let total = 0;
  let from = 0;
  for (;;) {
    const keyword = pdf.indexOf(STREAM, from);
    if (keyword < 0) break;
    from = keyword + STREAM.length;
    // "endstream" contains "stream": skip it, and keywords that are not followed by an end of line.
    if (keyword >= 3 && pdf.subarray(keyword - 3, keyword).toString('latin1') === 'end') continue;
    let start = from;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] !== 0x0a) continue;
    start++;
    const end = pdf.indexOf(END_STREAM, start);
    if (end < 0) break;
    from = end + END_STREAM.length;
    const dictionary = pdf.subarray(Math.max(0, keyword - 1_024), keyword).toString('latin1');
    const objectStart = dictionary.lastIndexOf('obj');
    const ownDictionary = objectStart >= 0 ? dictionary.slice(objectStart) : dictionary;
    if (IMAGE_SUBTYPE.test(ownDictionary) || !/\/FlateDecode\b/.test(ownDictionary)) continue;
    const size = inflatedLength(inflateSync, pdf.subarray(start, end), budgetBytes - total);
    if (size === 'over') return { within: false };
    if (size === 'bad') continue;
    total += size;
    if (total > budgetBytes) return { within: false };
  }
  return { within: true, bytes: total };
}
