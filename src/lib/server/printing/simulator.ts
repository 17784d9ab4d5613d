/**
 * A printer simulator: a TCP sink that speaks like a port-9100 "raw" printer, decodes what it
 * receives (decode.ts) and keeps the recent receipts for tests and an HTML preview.
 */
import net from 'node:net';
import QRCode from 'qrcode';
import { decodeEscpos, type DecodedReceipt } from './decode';
import { displayWidth } from './escpos';

export interface SimReceipt extends DecodedReceipt {
	id: number;
	/** ISO time the receipt was complete (its cut arrived, or the connection closed). */
	receivedAt: string;
	remote: string;
}

export interface Simulator {
	port: number;
	host: string;
	/** Newest first, at most `keep`. */
	receipts: SimReceipt[];
	onReceipt(cb: (r: SimReceipt) => void): () => void;
	/** What the paper sensor answers to DLE EOT 4 (and whether receipts are taken at all). */
	paper: 'ok' | 'low' | 'out';
	setPaper(state: 'ok' | 'low' | 'out'): void;
	clear(): void;
	close(): Promise<void>;
}

export async function startSimulator(opts: { port?: number; host?: string; keep?: number } = {}): Promise<Simulator> {
	const keep = opts.keep ?? 50;
	const host = opts.host ?? '127.0.0.1';
	const receipts: SimReceipt[] = [];
	const listeners = new Set<(r: SimReceipt) => void>();
	const sockets = new Set<net.Socket>();
	let nextId = 1;
	let paper: 'ok' | 'low' | 'out' = 'ok';
	const statusByte = () => 0x12 | (paper === 'low' ? 0x0c : 0) | (paper === 'out' ? 0x6c : 0);

	const record = (r: DecodedReceipt, remote: string) => {
		const sim: SimReceipt = { ...r, id: nextId++, receivedAt: new Date().toISOString(), remote };
		receipts.unshift(sim);
		receipts.length = Math.min(receipts.length, keep);
		for (const cb of listeners) cb(sim);
	};

	// allowHalfOpen: record the last receipt before we answer the client's FIN, so by the time
	// a client sees 'close' its receipt is already in `receipts`.
	const server = net.createServer({ allowHalfOpen: true }, (socket) => {
		sockets.add(socket);
		const remote = `${socket.remoteAddress}:${socket.remotePort}`;
		const chunks: Buffer[] = [];
		let done = 0; // receipts of this connection already recorded
		// Re-decoding the whole connection on each chunk is quadratic, but receipts are ~1-15 KB.
		const take = (final: boolean) => {
			const all = decodeEscpos(Buffer.concat(chunks)).receipts;
			for (; done < all.length; done++) {
				if (!all[done].cut && !final) break; // still printing: wait for the cut or close
				record(all[done], remote);
			}
		};
		socket.on('data', (c: Buffer) => {
			// Answer real-time status queries at once, as a printer does (DLE EOT 1..4).
			for (let i = 0; i + 2 < c.length; i++)
				if (c[i] === 0x10 && c[i + 1] === 0x04) socket.write(Buffer.from([c[i + 2] === 4 ? statusByte() : 0x12]));
			chunks.push(c);
			take(false);
		});
		socket.on('end', () => {
			take(true);
			socket.end();
		});
		socket.on('error', () => socket.destroy());
		socket.on('close', () => sockets.delete(socket));
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port ?? 0, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const addr = server.address() as net.AddressInfo;

	return {
		port: addr.port,
		host,
		receipts,
		get paper() {
			return paper;
		},
		setPaper(state) {
			paper = state;
		},
		onReceipt(cb) {
			listeners.add(cb);
			return () => listeners.delete(cb);
		},
		clear() {
			receipts.length = 0;
		},
		close() {
			for (const s of sockets) s.destroy();
			return new Promise((resolve) => server.close(() => resolve()));
		}
	};
}

const esc = (s: string) =>
	s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Styles for renderPreviewHtml; include once per page. */
export const PREVIEW_CSS = `
.yz-paper{width:calc(var(--cols,48)*1ch + 2.5rem);padding:1rem 1.25rem;background:#fff;color:#111;
 font-family:"Noto Sans Mono CJK SC","Noto Sans CJK SC","Noto Sans SC",monospace;font-size:14px;
 line-height:1.45;box-shadow:0 1px 4px #0003;margin:1rem auto}
.yz-paper .l{white-space:pre;min-height:1.45em}
.yz-paper .b{font-weight:700}
.yz-paper .c{text-align:center}.yz-paper .r{text-align:right}
.yz-paper .big{font-size:3em;line-height:1.1;font-weight:700}
.yz-paper .qr{display:flex;justify-content:center;margin:.4rem 0}
.yz-paper .qr svg{width:10rem;height:10rem}
.yz-paper .img{border:1px dashed #999;text-align:center;color:#666}
.yz-paper .cut{border-top:2px dashed #888;margin-top:1.5rem;text-align:center;color:#888;font-size:12px}
.yz-paper .warn{color:#b00;font-size:12px}
.yz-paper .meta{color:#888;font-size:12px;margin-bottom:.5rem}`;

/**
 * qrcode's string renderers call the callback synchronously (the promise form only wraps it),
 * which keeps renderPreviewHtml a plain function; the guard catches a future async version.
 */
function qrSvg(payload: string): string {
	let svg = '';
	QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }, (err, s) => {
		if (!err) svg = s;
	});
	return svg || `<span>${esc(payload)}</span>`;
}

/** An HTML fragment showing a receipt as a strip of paper (escaped; QR redrawn as SVG). */
export function renderPreviewHtml(r: SimReceipt, opts: { columns?: number } = {}): string {
	const parts: string[] = [];
	for (const it of r.items) {
		if (it.type === 'text') {
			const cls = ['l', it.bold && 'b', it.align === 'center' && 'c', it.align === 'right' && 'r'];
			if (it.width > 1 || it.height > 1) cls.push('big');
			parts.push(`<div class="${cls.filter(Boolean).join(' ')}">${esc(it.text)}</div>`);
		} else if (it.type === 'qr') {
			parts.push(`<div class="qr" title="${esc(it.payload)}">${qrSvg(it.payload)}</div>`);
		} else parts.push(`<div class="img">[图像 ${it.width}×${it.height}，无法识别为二维码]</div>`);
	}
	const warn = r.unknown.length
		? `<div class="warn">未识别的指令字节：${r.unknown.map((b) => b.toString(16).padStart(2, '0')).join(' ')}</div>`
		: '';
	// 80 mm receipts always carry a 48-column rule; nothing on 58 mm paper is wider than 32.
	const columns = opts.columns ?? (r.lines.some((l) => displayWidth(l) > 32) ? 48 : 32);
	const cut = r.cut ? '<div class="cut">✂ 切纸</div>' : '<div class="warn">（未切纸）</div>';
	return `<div class="yz-paper" style="--cols:${columns}"><div class="meta">#${r.id} ${esc(r.receivedAt)} ${esc(r.remote)}</div>${parts.join('')}${warn}${cut}</div>`;
}
