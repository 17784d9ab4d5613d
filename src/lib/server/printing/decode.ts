/**
 * Read an ESC/POS byte stream the way a printer would, so tests and the simulator can check
 * what would come out on paper (not just which bytes we meant to send).
 */
import iconv from 'iconv-lite';
import jsQR from 'jsqr';
import { alignText, type Align } from './escpos';

export type DecodedItem =
	| { type: 'text'; text: string; align: Align; bold: boolean; width: number; height: number }
	| { type: 'qr'; payload: string; source: 'native' | 'raster' }
	| { type: 'image'; width: number; height: number }; // a raster that is not a readable QR

export interface DecodedReceipt {
	/** Printed text lines (GB18030 decoded; padded by alignment when `columns` is given). */
	lines: string[];
	/** Text printed while GS ! enlarged the characters. */
	big: string[];
	/** QR payloads actually printed (GS ( k print, or a raster image jsQR can read). */
	qr: string[];
	cut: boolean;
	/** Bytes of commands this decoder does not understand (a real printer may misbehave). */
	unknown: number[];
	/** Everything in paper order, for previews. */
	items: DecodedItem[];
}

export interface DecodedPrint {
	receipts: DecodedReceipt[];
}

const ALIGNS: Align[] = ['left', 'center', 'right'];
// ESC commands with one parameter byte that we accept but do not model.
const ESC_ONE = new Set([0x21, 0x2d, 0x32, 0x33, 0x4a, 0x4d, 0x52, 0x47, 0x74, 0x7b, 0x20, 0x56]);

export function decodeEscpos(input: Buffer | Uint8Array, opts: { columns?: number } = {}): DecodedPrint {
	const b = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
	const receipts: DecodedReceipt[] = [];
	const fresh = (): DecodedReceipt => ({ lines: [], big: [], qr: [], cut: false, unknown: [], items: [] });
	let r = fresh();
	let text: number[] = [];
	let align: Align = 'left';
	let bold = false;
	let mulW = 1;
	let mulH = 1;
	let chinese = false;
	let stored = '';

	const flushLine = (force: boolean) => {
		if (!force && text.length === 0) return;
		const raw = Buffer.from(text);
		const s = chinese ? iconv.decode(raw, 'gb18030') : raw.toString('latin1');
		text = [];
		r.lines.push(opts.columns ? alignText(s, align, opts.columns) : s);
		if ((mulW > 1 || mulH > 1) && s.trim()) r.big.push(s);
		r.items.push({ type: 'text', text: s, align, bold, width: mulW, height: mulH });
	};
	const endReceipt = (cut: boolean) => {
		flushLine(false);
		r.cut = cut;
		receipts.push(r);
		r = fresh();
	};

	let i = 0;
	const need = (n: number) => i + n <= b.length;
	while (i < b.length) {
		const c = b[i];
		if (c === 0x0a) {
			flushLine(true);
			i++;
		} else if (c === 0x0d) {
			i++; // CR: ignored, LF prints
		} else if (c === 0x09) {
			text.push(0x20);
			i++;
		} else if (c === 0x1b && need(2)) {
			const f = b[i + 1];
			if (f === 0x40) {
				align = 'left';
				bold = false;
				mulW = mulH = 1;
				i += 2; // ESC @ does not leave Chinese mode on these printers
			} else if (f === 0x61 && need(3)) {
				align = ALIGNS[b[i + 2] % 48] ?? 'left';
				i += 3;
			} else if (f === 0x45 && need(3)) {
				bold = (b[i + 2] & 1) === 1;
				i += 3;
			} else if (f === 0x64 && need(3)) {
				flushLine(false); // paper motion, not content: no blank lines recorded
				i += 3;
			} else if (ESC_ONE.has(f) && need(3)) {
				i += 3;
			} else {
				r.unknown.push(c, f);
				i += 2;
			}
		} else if (c === 0x10 && b[i + 1] === 0x04 && need(3)) {
			i += 3; // DLE EOT n: a real-time status query, answered by the printer, prints nothing
		} else if (c === 0x1c && need(2)) {
			const f = b[i + 1];
			if (f === 0x26) chinese = true;
			else if (f === 0x2e) chinese = false;
			else r.unknown.push(c, f);
			i += 2;
		} else if (c === 0x1d && need(2)) {
			const f = b[i + 1];
			if (f === 0x21 && need(3)) {
				mulW = ((b[i + 2] >> 4) & 7) + 1;
				mulH = (b[i + 2] & 7) + 1;
				i += 3;
			} else if (f === 0x56 && need(3)) {
				const m = b[i + 2];
				i += m === 65 || m === 66 ? 4 : 3;
				endReceipt(true);
			} else if (f === 0x28 && b[i + 2] === 0x6b && need(5)) {
				const len = b[i + 3] | (b[i + 4] << 8);
				const body = b.subarray(i + 5, i + 5 + len);
				i += 5 + len;
				if (body[0] !== 49)
					r.unknown.push(0x1d, 0x28, 0x6b); // not a QR function
				else if (body[1] === 80) stored = body.subarray(3).toString('utf8');
				else if (body[1] === 81) {
					flushLine(false);
					r.qr.push(stored);
					r.items.push({ type: 'qr', payload: stored, source: 'native' });
				}
			} else if (f === 0x76 && b[i + 2] === 0x30 && need(8)) {
				const xBytes = b[i + 4] | (b[i + 5] << 8);
				const h = b[i + 6] | (b[i + 7] << 8);
				const bits = b.subarray(i + 8, i + 8 + xBytes * h);
				i += 8 + xBytes * h;
				flushLine(false);
				raster(r, bits, xBytes, h);
			} else {
				r.unknown.push(c, f);
				i += 2;
			}
		} else if (c < 0x20 || c === 0x7f) {
			r.unknown.push(c);
			i++;
		} else {
			text.push(c);
			i++;
		}
	}
	flushLine(false);
	if (r.lines.length || r.items.length || r.unknown.length) receipts.push(r);
	return { receipts };
}

/** Expand a 1-bit raster to RGBA and ask jsQR what it says. */
function raster(r: DecodedReceipt, bits: Buffer, xBytes: number, h: number) {
	const w = xBytes * 8;
	const rgba = new Uint8ClampedArray(w * h * 4).fill(255);
	for (let y = 0; y < h; y++)
		for (let x = 0; x < w; x++)
			if ((bits[y * xBytes + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) {
				const p = (y * w + x) * 4;
				rgba[p] = rgba[p + 1] = rgba[p + 2] = 0;
			}
	const found = w && h ? jsQR(rgba, w, h, { inversionAttempts: 'dontInvert' }) : null;
	if (found) {
		r.qr.push(found.data);
		r.items.push({ type: 'qr', payload: found.data, source: 'raster' });
	} else r.items.push({ type: 'image', width: w, height: h });
}
