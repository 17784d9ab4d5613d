/**
 * A tiny ESC/POS encoder for 58 mm / 80 mm Chinese thermal printers.
 *
 * Why not the `escpos` npm package: its qrcode() emits a vendor `GS Z` command that most
 * Chinese printers do not know, it measures text in JS string length so CJK lines overflow,
 * and it drags in native usb/serialport/bluetooth packages the server must not depend on.
 * We only need a dozen commands, so we write the bytes ourselves, explicitly.
 *
 * Text is GB18030 (iconv-lite) after `FS &` (Chinese mode). In Chinese mode every multi-byte
 * GB character is drawn from the 24x24 Hanzi font, i.e. TWO columns of the 12x24 ASCII font,
 * whatever its Unicode "East Asian Width" says (□, ·, é are all 2 columns on paper). So our
 * width rule is the printer's: ASCII = 1 column, everything else = 2.
 */
import iconv from 'iconv-lite';
import QRCode from 'qrcode';

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const LF = 0x0a;

export type Align = 'left' | 'center' | 'right';
export type QrMode = 'native' | 'raster';

const ALIGN_CODE: Record<Align, number> = { left: 0, center: 1, right: 2 };

/** Columns a string occupies on paper at normal size (see header: non-ASCII = 2). */
export function displayWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += ch.codePointAt(0)! < 0x80 ? 1 : 2;
	return w;
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Make text safe to send: control bytes inside catalogue text must never reach the printer
 * as commands; ¥ (U+00A5) is a 4-byte GB18030 sequence many printers garble, ￥ (U+FFE5) is
 * plain GB2312; emoji and other astral non-CJK chars have no glyph in any printer font.
 */
export function printable(s: string): string {
	return s
		.replace(/\u00a5/g, '\uffe5')
		.replace(/\t/g, ' ')
		.replace(CONTROL, '')
		.replace(/[\u{10000}-\u{1ffff}\u{40000}-\u{10ffff}]/gu, '?');
}

/** Closing punctuation that must not start a line (避头点). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕’”…%,.;:?!)');
/** Opening punctuation that must not end a line (避尾点). */
const NO_LINE_END = new Set('（《「『【〔‘“(');

/**
 * Wrap text to `columns` display columns. CJK chars are never split (they are atoms of width
 * 2); Latin runs break at spaces and are hard-split only when longer than a whole line.
 * Continuation lines get `indent` spaces (a hanging indent). Every returned line has
 * displayWidth <= columns. Explicit '\n' starts a new line. A short bracketed mark such as
 * "（缺）" is one atom, and an opening bracket never ends a line.
 */
export function wrap(text: string, columns: number, indent = 0): string[] {
	if (columns < 2) throw new RangeError('columns must be >= 2');
	indent = Math.max(0, Math.min(indent, columns - 2));
	const out: string[] = [];
	for (const para of text.split(/\r?\n/)) {
		let line = '';
		let w = 0;
		let fresh = true; // no content token on this line yet
		const flush = () => {
			out.push(line.replace(/ +$/, ''));
			line = ' '.repeat(indent);
			w = indent;
			fresh = true;
			last = '';
		};
		let last = ''; // the last token put on this line
		const put = (tok: string, tw: number) => {
			last = tok;
			line += tok;
			w += tw;
			fresh = false;
		};
		// A short full-width bracket group ("（缺）") is kept whole, like a word.
		const tokens = printable(para).match(/[\x21-\x7e]+| +|（[^（）\s]{1,3}）|[^]/gu) ?? [];
		const startLen = out.length;
		for (const tok of tokens) {
			const tw = displayWidth(tok);
			if (tok[0] === ' ') {
				if (fresh && out.length > startLen) continue; // no leading spaces on continuations
				if (w + tw <= columns) put(tok, tw);
				else flush();
				continue;
			}
			if (w + tw <= columns) {
				put(tok, tw);
				continue;
			}
			if (!fresh) {
				// Carry the previous word/char along so closing punctuation does not start a line,
				// and an opening bracket does not end one.
				let carry = '';
				const rest = line.slice(0, line.length - last.length);
				const keepWithNext = NO_LINE_END.has(last) || (NO_LINE_START.has(tok) && last[0] !== ' ' && !NO_LINE_START.has(last));
				if (keepWithNext && rest.trim() && indent + displayWidth(last) + tw <= columns) {
					carry = last;
					line = rest;
				}
				flush();
				if (carry) put(carry, displayWidth(carry));
				if (w + tw <= columns) {
					put(tok, tw);
					continue;
				}
			}
			// Longer than a whole line (a URL, a long code): hard split by character.
			for (const ch of tok) {
				const cw = displayWidth(ch);
				if (w + cw > columns && !fresh) flush();
				put(ch, cw);
			}
		}
		out.push(line.replace(/ +$/, ''));
	}
	return out;
}

/**
 * Pad a line with spaces as the printer would position it, for plain-text previews.
 * Enlarged text is shown at normal size in a preview, so it is centred at normal size too.
 */
export function alignText(text: string, align: Align, columns: number): string {
	const free = columns - displayWidth(text);
	if (free <= 0 || align === 'left') return text;
	return ' '.repeat(align === 'center' ? Math.floor(free / 2) : free) + text;
}

/** `GS ( k` native QR: model 2, module size, EC level M, store, print. */
export function qrNative(data: string, moduleSize = 6): Buffer {
	const payload = Buffer.from(data, 'utf8');
	if (payload.length > 7089) throw new RangeError('QR payload too long');
	const n = payload.length + 3;
	const k = (pL: number, pH: number, ...rest: number[]) => [GS, 0x28, 0x6b, pL, pH, ...rest];
	return Buffer.concat([
		Buffer.from([
			...k(4, 0, 49, 65, 50, 0), // model 2
			...k(3, 0, 49, 67, Math.max(1, Math.min(16, moduleSize))), // module size in dots
			...k(3, 0, 49, 69, 49) // error correction M (15 %)
		]),
		Buffer.from(k(n & 0xff, n >> 8, 49, 80, 48)),
		payload,
		Buffer.from(k(3, 0, 49, 81, 48)) // print the stored symbol
	]);
}

/**
 * `GS v 0` raster bitmap of the QR for printers without `GS ( k`. The symbol is centred by
 * blank dots on its left rather than by ESC a, which some clones ignore for raster images.
 */
export function qrRaster(data: string, paperDots = 576, scale?: number): Buffer {
	const { modules } = QRCode.create(data, { errorCorrectionLevel: 'M' });
	const quiet = 4;
	const span = modules.size + quiet * 2;
	const s = scale ?? Math.max(3, Math.min(8, Math.floor((paperDots * 0.5) / span)));
	const qrDots = span * s;
	const left = Math.max(0, Math.floor((paperDots - qrDots) / 2));
	const xBytes = Math.ceil((left + qrDots) / 8);
	const height = qrDots;
	const img = Buffer.alloc(xBytes * height);
	for (let y = 0; y < height; y++) {
		const r = Math.floor(y / s) - quiet;
		for (let x = 0; x < qrDots; x++) {
			const c = Math.floor(x / s) - quiet;
			const dark = r >= 0 && c >= 0 && r < modules.size && c < modules.size && modules.get(r, c);
			if (!dark) continue;
			const px = left + x;
			img[y * xBytes + (px >> 3)] |= 0x80 >> (px & 7);
		}
	}
	const head = [GS, 0x76, 0x30, 0, xBytes & 0xff, xBytes >> 8, height & 0xff, height >> 8];
	return Buffer.concat([Buffer.from(head), img]);
}

/** Builder: each method appends bytes; build() returns them. */
export class EscPos {
	private parts: Buffer[] = [];
	private current: Align = 'left';

	raw(...bytes: number[]): this {
		this.parts.push(Buffer.from(bytes));
		return this;
	}
	/** ESC @ reset, then FS & so GB18030 double-byte text prints as Hanzi. */
	init(): this {
		this.current = 'left';
		return this.raw(ESC, 0x40, FS, 0x26);
	}
	align(a: Align): this {
		this.current = a;
		return this.raw(ESC, 0x61, ALIGN_CODE[a]);
	}
	bold(on: boolean): this {
		return this.raw(ESC, 0x45, on ? 1 : 0);
	}
	/** GS ! : width and height multipliers 1..8. */
	size(w: number, h = w): this {
		const c = (v: number) => Math.max(1, Math.min(8, v)) - 1;
		return this.raw(GS, 0x21, (c(w) << 4) | c(h));
	}
	text(s: string): this {
		this.parts.push(iconv.encode(printable(s), 'gb18030'));
		return this;
	}
	line(s = ''): this {
		return this.text(s).raw(LF);
	}
	/** ESC d n: print and feed n lines. */
	feed(n: number): this {
		return this.raw(ESC, 0x64, Math.max(0, Math.min(255, n)));
	}
	qr(data: string, opts: { mode?: QrMode; moduleSize?: number; paperDots?: number } = {}): this {
		if (opts.mode === 'raster') {
			const back = this.current;
			this.align('left');
			this.parts.push(qrRaster(data, opts.paperDots ?? 576));
			// GS v 0 leaves the head at the next line; restore the caller's alignment.
			return this.align(back);
		}
		this.parts.push(qrNative(data, opts.moduleSize));
		return this;
	}
	/** GS V 66 0: feed to the cutter and partial cut (leaves a tab so the ticket hangs). */
	cut(): this {
		return this.raw(GS, 0x56, 66, 0);
	}
	build(): Buffer {
		return Buffer.concat(this.parts);
	}
}
