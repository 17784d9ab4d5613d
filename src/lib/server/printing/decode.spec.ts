import { describe, expect, it } from 'vitest';
import { decodeEscpos } from './decode';
import { EscPos } from './escpos';
import { renderReceipt } from './receipt';
import { sample } from './receipt.fixture';

describe('decodeEscpos', () => {
	it('splits a stream at each cut', () => {
		const two = Buffer.concat([
			renderReceipt(sample, { columns: 48 }),
			renderReceipt({ ...sample, number: 'A013' }, { columns: 48, qr: 'raster' })
		]);
		const { receipts } = decodeEscpos(two);
		expect(receipts.map((r) => r.big[0])).toEqual(['A012', 'A013']);
		expect(receipts.map((r) => r.cut)).toEqual([true, true]);
		expect(receipts[1].qr).toEqual([sample.statusUrl]);
	});

	it('reports unknown commands and an uncut tail', () => {
		const b = new EscPos().init().line('一').raw(0x1d, 0x5a, 0x1b, 0x7e).line('二').build();
		const { receipts } = decodeEscpos(b);
		expect(receipts).toHaveLength(1);
		expect(receipts[0].cut).toBe(false);
		expect(receipts[0].unknown).toEqual([0x1d, 0x5a, 0x1b, 0x7e]);
		expect(receipts[0].lines).toEqual(['一', '二']);
	});

	it('shows mojibake when Chinese mode was never entered, as a printer would', () => {
		const b = Buffer.concat([Buffer.from([0x1b, 0x40]), new EscPos().line('一站').build()]);
		expect(decodeEscpos(b).receipts[0].lines[0]).not.toBe('一站');
	});

	it('records a native QR only when it is printed', () => {
		const stored = new EscPos().init().qr('https://x.cn/t/1').build();
		const noPrint = stored.subarray(0, stored.length - 8);
		expect(decodeEscpos(stored).receipts[0].qr).toEqual(['https://x.cn/t/1']);
		expect(decodeEscpos(noPrint).receipts[0]?.qr ?? []).toEqual([]);
	});
});
