import { describe, expect, it } from 'vitest';
import { decodeEscpos } from './decode';
import { displayWidth } from './escpos';
import {
	noticeLines,
	receiptLines,
	renderNotice,
	renderNoticeText,
	renderReceipt,
	renderReceiptText,
	type ReceiptData
} from './receipt';
import { sample } from './receipt.fixture';

describe.each([48, 32] as const)('receipt at %i columns', (columns) => {
	it.each(['native', 'raster'] as const)('round-trips through the decoder (%s QR)', (qr) => {
		const bytes = renderReceipt(sample, { columns, qr });
		const { receipts } = decodeEscpos(bytes, { columns });
		expect(receipts).toHaveLength(1);
		const r = receipts[0];
		expect(r.cut).toBe(true);
		expect(r.unknown).toEqual([]);
		expect(r.big).toEqual(['A012']);
		expect(r.qr).toEqual([sample.statusUrl]);
		// The on-screen text preview matches the paper line for line.
		expect(r.lines).toEqual(renderReceiptText(sample, { columns, qr }));
		const all = r.lines.join('\n');
		expect(all).toContain('社会保障');
		expect(all).toContain('前面还有 4 人，');
		expect(all).toContain('1号窗口/2号窗口');
		expect(all).toContain('绿色通道');
		expect(all).not.toContain('补打');
		expect(all).toContain('￥0');
		expect(all).not.toContain('¥');
		expect(all.replace(/\s/g, '')).toContain(sample.matterName.replace(/\s/g, ''));
		const flat = r.lines.map((l) => l.trim()).join('');
		sample.materials.forEach((m, i) => {
			const lack = sample.missing.includes(m.name);
			expect(flat).toContain(`${lack ? '■' : '□'} ${i + 1}. ${m.name}`);
		});
		expect(all.match(/（缺）/g)).toHaveLength(2);
	});

	it('keeps every line within the paper, big lines included', () => {
		for (const l of receiptLines({ ...sample, reprint: true, number: 'B1234' }, columns))
			if (l.type === 'text') expect(displayWidth(l.text) * l.size).toBeLessThanOrEqual(columns);
		for (const l of renderReceiptText(sample, { columns })) expect(displayWidth(l)).toBeLessThanOrEqual(columns);
	});
});

describe('receipt details', () => {
	it('writes the kind text for each kind and tags a reprint', () => {
		const text = (d: Partial<ReceiptData>) => renderReceiptText({ ...sample, ...d }, { columns: 48 }).join('\n');
		expect(text({ kind: 'instant' })).toContain('即办件（当场办结）');
		expect(text({ kind: 'promised', promisedDays: 5 })).toContain('承诺件（5个工作日办结）');
		expect(text({ kind: 'forwarded' })).toContain('上报件（代理代办）');
		expect(text({ reprint: true, priority: false })).toContain('【补打】');
		expect(text({ priority: false })).not.toContain('绿色通道');
	});

	it('says 即将叫号 when nobody is ahead, as the kiosk screen does', () => {
		for (const columns of [48, 32] as const) {
			const text = renderReceiptText({ ...sample, ahead: 0, etaMinutes: 0 }, { columns }).join('\n');
			expect(text).toContain('即将叫号');
			expect(text).not.toMatch(/约\s*0\s*分钟/);
		}
		expect(renderReceiptText(sample, { columns: 48 }).join('\n')).toContain('预计等候约 18 分钟');
	});

	it('never leaves the "（" of （缺） at the end of a line', () => {
		// Material names of every length put （缺） at every place along the line.
		for (const columns of [48, 32] as const)
			for (let n = 1; n <= 24; n++) {
				const name = '材'.repeat(n);
				const lines = renderNoticeText(
					{ ...sample, materials: [{ name, form: 'original', copies: 1 }], missing: [name] },
					{ columns }
				);
				expect(
					lines.some((l) => l.trimEnd().endsWith('（')),
					lines.join('\n')
				).toBe(false);
				expect(lines.join('\n')).toContain('（缺）');
			}
	});

	it('emits exactly one cut and a GB18030 stream in Chinese mode', () => {
		const b = renderReceipt(sample, { columns: 32 });
		expect(b.subarray(0, 4)).toEqual(Buffer.from([0x1b, 0x40, 0x1c, 0x26]));
		let cuts = 0;
		for (let i = 0; i < b.length - 1; i++) if (b[i] === 0x1d && b[i + 1] === 0x56) cuts++;
		expect(cuts).toBe(1);
	});
});

describe.each([48, 32] as const)('one-time notice alone at %i columns', (columns) => {
	const notice = { ...sample, trips: 2, serial: '20250304-N0007' };

	it('round-trips: every material with its box, the missing marks, no number, no QR, one cut', () => {
		const { receipts } = decodeEscpos(renderNotice(notice, { columns }), { columns });
		expect(receipts).toHaveLength(1);
		const r = receipts[0];
		expect(r.cut).toBe(true);
		expect(r.unknown).toEqual([]);
		expect(r.big).toEqual([]);
		expect(r.qr).toEqual([]);
		expect(r.lines).toEqual(renderNoticeText(notice, { columns }));
		const all = r.lines.join('\n');
		const flat = r.lines.map((l) => l.trim()).join('');
		expect(all).toContain('一次性告知单');
		expect(all).toContain('不是排队号票');
		expect(all).not.toContain('A012');
		sample.materials.forEach((m, i) => {
			const lack = sample.missing.includes(m.name);
			expect(flat).toContain(`${lack ? '■' : '□'} ${i + 1}. ${m.name}`);
		});
		expect(all.match(/（缺）/g)).toHaveLength(2);
		expect(flat).toContain('预计跑动：2次');
		expect(flat).toContain('未参加职工基本养老保险');
		expect(all).toContain('￥0');
		expect(all).toContain('0571-8888 8888');
		expect(all).toContain('打印时间：2025-03-04 09:30');
		expect(all).toContain('流水号：20250304-N0007');
	});

	it('wraps mixed Chinese/Latin within the paper and never splits a word or starts a line with ，', () => {
		const long = {
			...notice,
			materials: [
				{
					name: '营业执照副本 Business Licence (copy) 及 Unified Social Credit Code 证明',
					form: 'copy' as const,
					copies: 2,
					note: 'stamped 加盖公章，one per page'
				}
			],
			missing: ['营业执照副本 Business Licence (copy) 及 Unified Social Credit Code 证明']
		};
		const lines = noticeLines(long, columns);
		for (const l of lines) if (l.type === 'text') expect(displayWidth(l.text)).toBeLessThanOrEqual(columns);
		const text = lines.flatMap((l) => (l.type === 'text' ? [l.text] : []));
		for (const t of text) expect(t.trimStart().startsWith('，')).toBe(false);
		const words = text.join(' ').split(/\s+/);
		for (const w of ['Business', 'Licence', 'Unified', 'Social', 'Credit', 'Code']) expect(words).toContain(w);
		expect(text.join('')).toContain('（缺）');
	});
});
