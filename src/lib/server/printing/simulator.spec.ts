import { describe, expect, it } from 'vitest';
import { decodeEscpos } from './decode';
import { renderReceipt } from './receipt';
import { sample } from './receipt.fixture';
import { renderPreviewHtml, type SimReceipt } from './simulator';

describe('renderPreviewHtml', () => {
	it('shows lines escaped, the big number, the QR as SVG and the cut', () => {
		const d = decodeEscpos(renderReceipt({ ...sample, enquiry: '<b>窗口</b>' }, { columns: 48 })).receipts[0];
		const r: SimReceipt = { ...d, id: 1, receivedAt: '2025-03-04T01:30:00.000Z', remote: 'test' };
		const html = renderPreviewHtml(r);
		expect(html).toContain('<div class="l b c big">A012</div>');
		expect(html).toContain('<svg');
		expect(html).toContain('&lt;b&gt;窗口&lt;/b&gt;');
		expect(html).toContain('class="cut"');
		expect(html).toContain('--cols:48');
	});
});
