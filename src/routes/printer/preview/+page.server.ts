import { error } from '@sveltejs/kit';
import { formatDateTime } from '$lib/domain';
import { getApp } from '$lib/server/app';
import { requirePrinterPageAccess } from '$lib/server/printer-access';
import { decodeEscpos } from '$lib/server/printing/decode';
import { renderNotice, renderNoticeText, renderReceipt, renderReceiptText } from '$lib/server/printing/receipt';
import { noticeData, receiptData } from '$lib/server/printing/receipt-data';
import { PREVIEW_CSS, renderPreviewHtml } from '$lib/server/printing/simulator';
import type { PageServerLoad } from './$types';

/**
 * Both receipt layouts of a matter at 80 mm (48) or 58 mm (32), decoded back from the very bytes
 * the printer would get, beside the text preview; `same` says they match line for line.
 * `?matter=ID&columns=32|48&missing=NAME` (sample ticket A012, 4 ahead, with 绿色通道).
 */
export const load: PageServerLoad = async ({ url, locals }) => {
	const { hall, env } = await getApp();
	requirePrinterPageAccess(env, locals.staff);
	const { config } = hall;
	const matter = config.matters.find((m) => m.id === (url.searchParams.get('matter') ?? 'residence-permit')) ?? config.matters[0];
	if (!matter) error(404, '没有事项');
	const columns =
		url.searchParams.get('columns') === '32' ? 32 : url.searchParams.get('columns') === '48' ? 48 : env.printerColumns;
	const site = config.sites[0];
	const missing = url.searchParams.getAll('missing').filter((m) => matter.materials.some((x) => x.name === m));
	const notice = noticeData(config, site, matter, {
		missing: missing.length ? missing : matter.materials.slice(-1).map((m) => m.name),
		issuedAt: formatDateTime(Date.now(), hall.timeZone),
		serial: 'PREVIEW-0001'
	});
	const data = receiptData(notice, {
		number: 'A012',
		windowNames: config.windows.filter((w) => w.matterIds.includes(matter.id)).map((w) => w.name),
		ahead: 4,
		etaMinutes: 18,
		statusUrl: `${env.publicUrl || url.origin}/t/preview`,
		priority: true
	});
	const layout = (name: string, bytes: Buffer, text: string[]) => {
		const decoded = decodeEscpos(bytes, { columns }).receipts[0];
		const sim = { ...decoded, id: 0, receivedAt: name, remote: `${bytes.length} bytes` };
		return {
			name,
			html: renderPreviewHtml(sim, { columns }),
			text,
			same: JSON.stringify(decoded.lines) === JSON.stringify(text)
		};
	};
	return {
		columns,
		matters: config.matters.map((m) => ({ id: m.id, name: m.name })),
		matterId: matter.id,
		css: PREVIEW_CSS,
		layouts: [
			layout('号票 + 一次性告知单', renderReceipt(data, { columns }), renderReceiptText(data, { columns })),
			layout('一次性告知单（单独打印）', renderNotice(data, { columns }), renderNoticeText(data, { columns }))
		]
	};
};
