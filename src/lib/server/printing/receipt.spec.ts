import { describe, expect, it } from 'vitest';
import { decodeEscpos } from './decode';
import { displayWidth } from './escpos';
import { receiptLines, renderReceipt, renderReceiptText, type ReceiptData } from './receipt';
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

	it('emits exactly one cut and a GB18030 stream in Chinese mode', () => {
		const b = renderReceipt(sample, { columns: 32 });
		expect(b.subarray(0, 4)).toEqual(Buffer.from([0x1b, 0x40, 0x1c, 0x26]));
		let cuts = 0;
		for (let i = 0; i < b.length - 1; i++) if (b[i] === 0x1d && b[i + 1] === 0x56) cuts++;
		expect(cuts).toBe(1);
	});
});
