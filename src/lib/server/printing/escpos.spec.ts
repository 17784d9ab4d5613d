import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { EscPos, displayWidth, printable, qrNative, wrap } from './escpos';

describe('displayWidth', () => {
	it('counts ASCII 1 and every GB double-byte char 2, as the printer prints them', () => {
		expect(displayWidth('A001')).toBe(4);
		expect(displayWidth('身份证')).toBe(6);
		expect(displayWidth('（缺）')).toBe(6);
		expect(displayWidth('□ 1.')).toBe(5);
		expect(displayWidth('￥10')).toBe(4);
	});
});

describe('wrap', () => {
	const mixed = fc
		.array(
			fc.oneof(
				fc.constantFrom('身份证', '户口簿', '，', '。', '（', '）', '复印件', ' ', '  ', '办理'),
				fc.stringMatching(/^[A-Za-z0-9.,:/-]{1,30}$/)
			),
			{ maxLength: 40 }
		)
		.map((a) => a.join(''));

	for (const columns of [32, 48]) {
		it(`never exceeds ${columns} columns and never loses a CJK char`, () => {
			fc.assert(
				fc.property(mixed, fc.integer({ min: 0, max: 12 }), (text, indent) => {
					const lines = wrap(text, columns, indent);
					for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
					// Only spaces may be dropped or added; every other char survives in order.
					expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
				}),
				{ numRuns: 400 }
			);
		});
	}

	it('prefers breaking Latin at spaces and indents continuation lines', () => {
		const lines = wrap('注：请携带 original ID card and household register', 32, 4);
		expect(lines).toEqual(['注：请携带 original ID card and', '    household register']);
	});

	it('hard-splits only a word longer than the line', () => {
		const url = 'https://example.cn/' + 'x'.repeat(40);
		const lines = wrap(url, 32);
		expect(lines[0]).toHaveLength(32);
		expect(lines.join('')).toBe(url);
	});

	it('keeps （缺） whole: an opening bracket never ends a line', () => {
		// Fifteen Hanzi fill 30 of 32 columns, so "（" alone would still fit on the first line;
		// fourteen leave room for "（缺" and push only "）" over.
		for (const n of [13, 14, 15]) {
			const text = '材'.repeat(n) + '（缺）';
			for (const indent of [0, 4]) {
				const lines = wrap(text, 32, indent);
				expect(
					lines.some((l) => l.trim().endsWith('（')),
					`${n} chars, indent ${indent}: ${lines.join('|')}`
				).toBe(false);
				expect(
					lines.some((l) => l.includes('（缺）')),
					`${n} chars, indent ${indent}: ${lines.join('|')}`
				).toBe(true);
				expect(lines.join('').replace(/ /g, '')).toBe(text);
			}
		}
	});

	it('does not start a line with closing punctuation', () => {
		const lines = wrap('一二三四五六七八九十一二三四五六，七八', 32);
		expect(lines.every((l) => !l.startsWith('，'))).toBe(true);
		expect(lines.every((l) => displayWidth(l) <= 32)).toBe(true);
	});
});

describe('EscPos', () => {
	it('writes init, Chinese mode, GB18030 text, bold, size, feed, cut', () => {
		const b = new EscPos().init().align('center').bold(true).size(3).line('一站¥').feed(3).cut().build();
		expect([...b]).toEqual([
			0x1b,
			0x40,
			0x1c,
			0x26,
			0x1b,
			0x61,
			1,
			0x1b,
			0x45,
			1,
			0x1d,
			0x21,
			0x22,
			...iconv.encode('一站￥', 'gb18030'),
			0x0a,
			0x1b,
			0x64,
			3,
			0x1d,
			0x56,
			66,
			0
		]);
	});

	it('uses the standard GS ( k sequence for a native QR, never GS Z', () => {
		const b = qrNative('AB', 6);
		expect([...b]).toEqual([
			0x1d, 0x28, 0x6b, 4, 0, 49, 65, 50, 0, 0x1d, 0x28, 0x6b, 3, 0, 49, 67, 6, 0x1d, 0x28, 0x6b, 3, 0, 49, 69, 49, 0x1d, 0x28,
			0x6b, 5, 0, 49, 80, 48, 0x41, 0x42, 0x1d, 0x28, 0x6b, 3, 0, 49, 81, 48
		]);
		expect(b.includes(Buffer.from([0x1d, 0x5a]))).toBe(false);
	});

	it('keeps control bytes in text from becoming commands', () => {
		expect(printable('a\x1b@b\x1dV\tc')).toBe('a@bV c');
	});
});
