import { deflateSync, inflateSync } from 'node:zlib';
import type { FieldErrors } from '../../errors.js';
import { DEPOSIT_METHODS, type DepositMethod } from './schema.js';

/**
 * The rentals module's pure rules: what a check-out and a check-in may contain, and what a
 * signature image must be. No I/O: the service runs these before it opens a transaction, so
 * bad input is refused with every problem named and nothing written.
 */

export const MAX_ITEMS = 20;
/** A rental runs at most this long; longer is a sale or a lease, not a beach rental. */
export const MAX_RENTAL_MS = 30 * 86_400_000;
export const SIGNER_NAME_MAX = 120;
export const CONDITION_MAX = 500;
export const NOTES_MAX = 1000;
/** A deposit or damage charge above this (minor units) is a typing mistake. */
export const AMOUNT_MAX = 100_000_000;
export const SIGNATURE_MAX_BYTES = 512 * 1024;
/** Pixels a signature must ink, so an empty pad or a single tap is not a signature. */
export const SIGNATURE_MIN_INK = 30;
const SIGNATURE_MAX_PIXELS = 4_000_000;

export interface CheckOutFields {
  equipmentIds: readonly string[];
  conditions: ReadonlyArray<string | null | undefined>;
  dueAt: Date;
  signerName: string;
  signature: string;
  depositAmount: number;
  depositCurrency: string;
  depositMethod: string;
  notes?: string | null;
}

const text = (value: string | null | undefined) => value?.trim().replace(/\s+/g, ' ') || null;

/**
 * Checks the parts of a check-out that need no database: items (1 to 20, no repeats), each
 * item's condition, the due time (after `now`, within 30 days), the typed name, the drawn
 * signature (see `decodeSignature`) and the deposit (a whole amount; none with method NONE,
 * some with CASH or CARD). Returns the cleaned values and the problems by field.
 */
export function checkCheckOut(input: CheckOutFields, now: Date) {
  const problems: FieldErrors = {};
  const ids = input.equipmentIds;
  if (ids.length < 1 || ids.length > MAX_ITEMS) {
    problems.items = `must name 1 to ${MAX_ITEMS} items`;
  } else if (new Set(ids).size !== ids.length) {
    problems.items = 'names an item twice';
  }
  const conditions = input.conditions.map((c, i) => {
    const value = text(c);
    if (value && value.length > CONDITION_MAX)
      problems[`items.${i}.conditionOut`] = `must be at most ${CONDITION_MAX} characters`;
    return value;
  });
  if (Number.isNaN(input.dueAt.getTime()) || input.dueAt <= now) {
    problems.dueAt = 'must be after now';
  } else if (input.dueAt.getTime() - now.getTime() > MAX_RENTAL_MS) {
    problems.dueAt = 'must be within 30 days';
  }
  const signerName = text(input.signerName) ?? '';
  if (!signerName || signerName.length > SIGNER_NAME_MAX) {
    problems.signerName = `must be 1 to ${SIGNER_NAME_MAX} characters`;
  }
  const signature = decodeSignature(input.signature);
  if ('problem' in signature) problems.signature = signature.problem;
  const method = input.depositMethod as DepositMethod;
  if (!DEPOSIT_METHODS.includes(method)) problems['deposit.method'] = 'is not a deposit method';
  const amount = input.depositAmount;
  if (!Number.isInteger(amount) || amount < 0 || amount > AMOUNT_MAX) {
    problems['deposit.amountMinor'] = 'must be a whole amount of minor units, 0 or more';
  } else if (method === 'NONE' && amount > 0) {
    problems['deposit.amountMinor'] = 'must be 0 when no deposit is taken';
  } else if ((method === 'CASH' || method === 'CARD') && amount === 0) {
    problems['deposit.amountMinor'] = 'must be more than 0 for a cash or card deposit';
  }
  const notes = text(input.notes);
  if (notes && notes.length > NOTES_MAX) problems.notes = `must be at most ${NOTES_MAX} characters`;
  return {
    problems,
    values: {
      conditions,
      signerName,
      signature: 'png' in signature ? signature.png : null,
      depositMethod: method,
      notes,
    },
  };
}

export interface CheckInItemFields {
  equipmentId: string;
  conditionIn?: string | null;
  damaged?: boolean | null;
  damageNotes?: string | null;
  damageCharge?: number | null;
}

/**
 * Checks the returned items of a check-in: at least one, no repeats, texts within bounds, a
 * damage charge only on a damaged item, and a retained deposit within what was taken.
 */
export function checkCheckIn(
  items: readonly CheckInItemFields[],
  deposit: { retained?: number | null; taken: number },
) {
  const problems: FieldErrors = {};
  if (items.length < 1 || items.length > MAX_ITEMS)
    problems.items = `must name 1 to ${MAX_ITEMS} items`;
  else if (new Set(items.map((i) => i.equipmentId)).size !== items.length)
    problems.items = 'names an item twice';
  const cleaned = items.map((item, i) => {
    const conditionIn = text(item.conditionIn);
    if (conditionIn && conditionIn.length > CONDITION_MAX)
      problems[`items.${i}.conditionIn`] = `must be at most ${CONDITION_MAX} characters`;
    const damageNotes = item.damageNotes?.trim() || null;
    if (damageNotes && damageNotes.length > NOTES_MAX)
      problems[`items.${i}.damageNotes`] = `must be at most ${NOTES_MAX} characters`;
    const charge = item.damageCharge ?? 0;
    if (!Number.isInteger(charge) || charge < 0 || charge > AMOUNT_MAX)
      problems[`items.${i}.damageCharge`] = 'must be a whole amount of minor units, 0 or more';
    else if (charge > 0 && !item.damaged)
      problems[`items.${i}.damageCharge`] = 'only a damaged item can be charged';
    return {
      equipmentId: item.equipmentId,
      conditionIn,
      damaged: Boolean(item.damaged),
      damageNotes,
      damageCharge: charge,
    };
  });
  const retained = deposit.retained;
  if (retained != null && (!Number.isInteger(retained) || retained < 0 || retained > deposit.taken))
    problems.depositRetained = `must be between 0 and the deposit taken (${deposit.taken})`;
  return { problems, items: cleaned };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const DATA_URL = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/;

/**
 * A drawn signature sent as `data:image/png;base64,…`: the bytes must be a PNG by its magic
 * bytes and chunks (not just the declared type), at most 512 KB, of a sane size, and carry
 * some ink: enough pixels that are neither transparent nor near white. An empty pad exports
 * a fully transparent PNG, which is refused.
 */
export function decodeSignature(dataUrl: string): { png: Buffer } | { problem: string } {
  const match = DATA_URL.exec(dataUrl.trim());
  if (!match) return { problem: 'must be a PNG image as a data URL (data:image/png;base64,…)' };
  if ((match[1]!.length * 3) / 4 > SIGNATURE_MAX_BYTES + 4)
    return { problem: `must be at most ${SIGNATURE_MAX_BYTES / 1024} KB` };
  const png = Buffer.from(match[1]!, 'base64');
  if (png.length > SIGNATURE_MAX_BYTES)
    return { problem: `must be at most ${SIGNATURE_MAX_BYTES / 1024} KB` };
  if (png.length < 45 || !png.subarray(0, 8).equals(PNG_SIGNATURE))
    return { problem: 'is not a PNG image' };
  try {
    const ink = inkedPixels(png);
    if (ink < SIGNATURE_MIN_INK) return { problem: 'is blank: the customer must sign' };
  } catch (error) {
    return { problem: `is not a readable PNG image (${(error as Error).message})` };
  }
  return { png };
}

/**
 * Counts pixels that are drawn on (opaque enough and darker than near-white) in a PNG:
 * chunks walked, IDAT inflated, scanline filters undone. 8-bit grey, grey+alpha, RGB and
 * RGBA (what canvases export); palettes, 16-bit and interlaced images are refused.
 */
export function inkedPixels(png: Buffer): number {
  let offset = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  const idat: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (data.length !== length) throw new Error('truncated chunk');
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const bitDepth = data[8]!;
      colorType = data[9]!;
      const interlace = data[12]!;
      if (bitDepth !== 8 || interlace !== 0 || ![0, 2, 4, 6].includes(colorType))
        throw new Error('only 8-bit, non-interlaced grey or RGB(A) images');
      if (!width || !height || width * height > SIGNATURE_MAX_PIXELS)
        throw new Error('image too large');
    } else if (type === 'IDAT') {
      idat.push(data);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  if (colorType < 0 || !idat.length) throw new Error('no image data');
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colorType as 0 | 2 | 4 | 6];
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: (stride + 1) * height });
  if (raw.length < (stride + 1) * height) throw new Error('truncated image data');
  let previous = Buffer.alloc(stride);
  let ink = 0;
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]!;
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    unfilter(filter, line, previous, channels);
    for (let x = 0; x < width; x += 1) {
      const p = x * channels;
      const alpha = colorType === 6 ? line[p + 3]! : colorType === 4 ? line[p + 1]! : 255;
      const light =
        colorType === 0 || colorType === 4
          ? line[p]!
          : Math.min(line[p]!, line[p + 1]!, line[p + 2]!);
      if (alpha > 64 && light < 200) ink += 1;
    }
    previous = line;
  }
  return ink;
}

/** Undoes one scanline's PNG filter in place (RFC 2083, 6.2–6.6). */
function unfilter(filter: number, line: Buffer, previous: Buffer, bpp: number) {
  for (let i = 0; i < line.length; i += 1) {
    const left = i >= bpp ? line[i - bpp]! : 0;
    const up = previous[i]!;
    const upLeft = i >= bpp ? previous[i - bpp]! : 0;
    let add: number;
    switch (filter) {
      case 0:
        add = 0;
        break;
      case 1:
        add = left;
        break;
      case 2:
        add = up;
        break;
      case 3:
        add = (left + up) >> 1;
        break;
      case 4: {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
        break;
      }
      default:
        throw new Error('unknown scanline filter');
    }
    line[i] = (line[i]! + add) & 0xff;
  }
}

/**
 * A small PNG of a line across a transparent canvas, as a signature pad would export it: for
 * tests and the demo seed. `seed` varies the stroke so signatures differ.
 */
export function samplePng(seed = 0, width = 240, height = 80): Buffer {
  const channels = 4;
  const raw = Buffer.alloc((width * channels + 1) * height);
  for (let x = 10; x < width - 10; x += 1) {
    const y = Math.round(
      height / 2 + Math.sin((x + seed * 7) / (9 + (seed % 5))) * (height / 4) + (seed % 3),
    );
    for (let dy = -1; dy <= 1; dy += 1) {
      const row = Math.min(height - 1, Math.max(0, y + dy));
      const p = row * (width * channels + 1) + 1 + x * channels;
      raw[p] = 20;
      raw[p + 1] = 30;
      raw[p + 2] = 90;
      raw[p + 3] = 255;
    }
  }
  return encodePng(width, height, raw);
}

/** A fully transparent PNG (what an untouched signature pad exports): for tests. */
export function blankPng(width = 240, height = 80): Buffer {
  return encodePng(width, height, Buffer.alloc((width * 4 + 1) * height));
}

function encodePng(width: number, height: number, raw: Buffer) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The data URL a client sends for a PNG. */
export const pngDataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
