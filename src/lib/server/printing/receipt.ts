/**
 * The ticket receipt with its 一次性告知单 (one-time checklist of materials).
 *
 * One line model (receiptLines) feeds both the ESC/POS bytes (renderReceipt) and the plain-text
 * preview (renderReceiptText), so the screen and the paper cannot drift apart.
 *
 * Check glyphs: □ U+25A1 (GB A1F5) for a material to bring, ■ U+25A0 (GB A1F6) plus "（缺）"
 * for one the resident said they lack. Both are in GB2312, so every Chinese printer font has them.
 */
import { matterKindLong } from '../../core/labels';
import type { Material, MatterKind } from '../../domain/types';
import { EscPos, alignText, displayWidth, wrap, type Align, type QrMode } from './escpos';

/** What the one-time notice (一次性告知单) says: the matter, every material, and where to ask. */
export interface NoticeData {
	hallName: string;
	matterName: string;
	categoryName: string;
	kind: MatterKind;
	promisedDays: number;
	legalDays: number;
	materials: Material[];
	/** Names of materials the resident lacks. */
	missing: string[];
	conditions: string[];
	fee: string;
	enquiry: string;
	phone?: string;
	/** Trips to the hall to expect (1 for 即办件, usually 2 for 承诺件). */
	trips?: number;
	/** Already formatted 'YYYY-MM-DD HH:mm'. */
	issuedAt: string;
	serial: string;
}

/** The ticket receipt: the queue ticket with the one-time notice under it. */
export interface ReceiptData extends NoticeData {
	number: string;
	windowNames: string[];
	ahead: number;
	etaMinutes: number;
	statusUrl: string;
	priority: boolean;
	reprint?: boolean;
}

export interface ReceiptOptions {
	columns: 48 | 32;
	qr?: QrMode;
}

export type ReceiptLine =
	{ type: 'text'; text: string; align: Align; bold: boolean; size: number } | { type: 'qr'; data: string };

const FORM: Record<Material['form'], (n: number) => string> = {
	original: (n) => `原件 ${n}份`,
	copy: (n) => `复印件 ${n}份`,
	original_and_copy: (n) => `原件及复印件 各${n}份`
};

type Add = (text: string, o?: { align?: Align; bold?: boolean; indent?: number }) => void;

function lineWriter(columns: number): { out: ReceiptLine[]; add: Add } {
	const out: ReceiptLine[] = [];
	const add: Add = (text, o = {}) => {
		for (const t of wrap(text, columns, o.indent ?? 0))
			out.push({ type: 'text', text: t, align: o.align ?? 'left', bold: o.bold ?? false, size: 1 });
	};
	return { out, add };
}

/** The receipt as lines already wrapped to the paper; big lines fit at their size. */
export function receiptLines(d: ReceiptData, columns: number): ReceiptLine[] {
	const { out, add } = lineWriter(columns);
	const c = { align: 'center' as const };

	add(d.hallName, { ...c, bold: true });
	const tags = [d.priority && '【绿色通道】', d.reprint && '【补打】'].filter(Boolean).join(' ');
	if (tags) add(tags, { ...c, bold: true });
	// GS ! 3x3 is readable across the hall; shrink only if a long number would not fit.
	let size = 3;
	while (size > 1 && displayWidth(d.number) * size > columns) size--;
	out.push({ type: 'text', text: d.number, align: 'center', bold: true, size });
	add(d.matterName, { ...c, bold: true });
	add(d.categoryName, c);
	add('');
	// Keep the two phrases whole on 58 mm paper rather than splitting 分/钟. Nobody ahead: say
	// 即将叫号 as the kiosk screen and the phone page do, not "about 0 minutes".
	const ahead = `前面还有 ${d.ahead} 人，`;
	const eta = d.ahead === 0 ? '即将叫号' : `预计等候约 ${d.etaMinutes} 分钟`;
	if (displayWidth(ahead + eta) <= columns) add(ahead + eta);
	else [ahead, eta].forEach((t) => add(t));
	add(d.windowNames.length ? `请到 ${d.windowNames.join('/')} 办理` : '请留意大厅叫号屏', { indent: 3 });
	add(`取号时间：${d.issuedAt}`);
	out.push({ type: 'qr', data: d.statusUrl });
	add('扫码查看排队进度', c);
	add('过号请重新取号', { ...c, bold: true });
	add('-'.repeat(columns));

	add('一次性告知单', { ...c, bold: true });
	noticeBody(d, add);
	add(`流水号：${d.serial}`);
	return out;
}

/**
 * The one-time notice printed alone (no ticket): taken home by a resident who lacks a paper, so
 * it carries the date, a serial number and says plainly that it is not a queue ticket.
 */
export function noticeLines(d: NoticeData, columns: number): ReceiptLine[] {
	const { out, add } = lineWriter(columns);
	const c = { align: 'center' as const };
	add(d.hallName, { ...c, bold: true });
	add('一次性告知单', { ...c, bold: true });
	add('（材料清单，不是排队号票）', c);
	add('-'.repeat(columns));
	noticeBody(d, add);
	add('-'.repeat(columns));
	add(`打印时间：${d.issuedAt}`);
	add(`流水号：${d.serial}`);
	add('材料备齐后请再来取号办理', { ...c, bold: true });
	return out;
}

/** Matter, kind, limits, trips, every material with its box, conditions, fee, where to ask. */
function noticeBody(d: NoticeData, add: Add) {
	add(`事项：${d.matterName}`, { indent: 6 });
	add(`类型：${matterKindLong(d.kind, d.promisedDays)}`, { indent: 6 });
	const promised = d.kind === 'instant' ? '当场办结' : d.promisedDays > 0 ? `${d.promisedDays}个工作日` : '以上级部门为准';
	add(`承诺时限：${promised}`, { indent: 10 });
	add(`法定时限：${d.legalDays > 0 ? `${d.legalDays}个工作日` : '无'}`, { indent: 10 });
	if (d.trips) add(`材料齐全时预计跑动：${d.trips}次${d.trips === 2 ? '（申请、领取各一次）' : ''}`, { indent: 4 });
	add('所需材料：', { bold: true });
	const missing = new Set(d.missing);
	d.materials.forEach((m, i) => {
		const lack = missing.has(m.name);
		const head = `${lack ? '■' : '□'} ${i + 1}. `;
		add(`${head}${m.name} ${FORM[m.form](m.copies)}${lack ? '（缺）' : ''}`, {
			indent: displayWidth(head)
		});
		if (m.note) add(`${' '.repeat(displayWidth(head))}注：${m.note}`, { indent: displayWidth(head) + 4 });
	});
	if (missing.size) add('■ 为暂缺材料，请补齐后办理', { indent: 3 });
	if (d.conditions.length) {
		add('办理条件：', { bold: true });
		d.conditions.forEach((t, i) => add(`${i + 1}. ${t}`, { indent: 3 }));
	}
	add(`收费标准：${d.fee}`, { indent: 10 });
	add(`咨询：${d.enquiry}`, { indent: 6 });
	if (d.phone) add(`电话：${d.phone}`, { indent: 6 });
}

/** ESC/POS bytes: init, lines, QR, feed, exactly one cut. */
export function renderReceipt(d: ReceiptData, opts: ReceiptOptions): Buffer {
	return renderLines(receiptLines(d, opts.columns), opts);
}

/** ESC/POS bytes of the one-time notice alone. */
export function renderNotice(d: NoticeData, opts: ReceiptOptions): Buffer {
	return renderLines(noticeLines(d, opts.columns), opts);
}

/** The same layout as plain text lines, positioned as on paper. */
export function renderNoticeText(d: NoticeData, opts: ReceiptOptions): string[] {
	return linesText(noticeLines(d, opts.columns), opts.columns);
}

/** Bytes of any line model: the one place text, modes, QR and the cut are emitted. */
export function renderLines(lines: ReceiptLine[], opts: ReceiptOptions): Buffer {
	const p = new EscPos().init();
	let align: Align = 'left';
	let bold = false;
	let size = 1;
	for (const l of lines) {
		if (l.type === 'qr') {
			if (align !== 'center') p.align((align = 'center'));
			p.qr(l.data, {
				mode: opts.qr ?? 'native',
				moduleSize: opts.columns === 48 ? 6 : 5,
				paperDots: opts.columns === 48 ? 576 : 384
			});
			continue;
		}
		// Emit a mode change only when it changes: smaller streams, easier to read in a hex dump.
		if (l.align !== align) p.align((align = l.align));
		if (l.bold !== bold) p.bold((bold = l.bold));
		if (l.size !== size) p.size((size = l.size));
		p.line(l.text);
	}
	if (size !== 1) p.size(1);
	return p.feed(4).cut().build();
}

/** The same layout as plain text lines, positioned as on paper (QR block omitted). */
export function renderReceiptText(d: ReceiptData, opts: ReceiptOptions): string[] {
	return linesText(receiptLines(d, opts.columns), opts.columns);
}

/** Text lines positioned as the printer would (QR blocks omitted): the decoder reads back the same. */
export function linesText(lines: ReceiptLine[], columns: number): string[] {
	return lines.flatMap((l) => (l.type === 'text' ? [alignText(l.text, l.align, columns)] : []));
}
