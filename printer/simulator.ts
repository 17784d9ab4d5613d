/**
 * Printer simulator CLI: `npx tsx printer/simulator.ts` (or `npm run printer-sim`).
 * A TCP sink on PRINTER_SIM_PORT (9100) that decodes ESC/POS like a printer, and an HTTP page
 * on PRINTER_SIM_HTTP_PORT (9101) to look at the receipts. Relative imports so tsx runs it.
 */
import http from 'node:http';
import { startSimulator, renderPreviewHtml, PREVIEW_CSS } from '../src/lib/server/printing/simulator.js';

const port = Number(process.env.PRINTER_SIM_PORT ?? 9100);
const httpPort = Number(process.env.PRINTER_SIM_HTTP_PORT ?? 9101);
const host = process.env.PRINTER_SIM_HOST ?? '0.0.0.0';

const sim = await startSimulator({ port, host, keep: 50 });
sim.onReceipt((r) => {
	const head = r.big[0] ?? r.lines.find((l) => l.trim()) ?? '';
	console.log(
		`[${r.receivedAt}] #${r.id} ${head.trim()} (${r.lines.length} 行, 二维码 ${r.qr.length}, ${r.cut ? '已切纸' : '未切纸'}${r.unknown.length ? `, 未识别字节 ${r.unknown.length}` : ''})`
	);
});

const page = () => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="2"><title>打印机模拟器</title>
<style>body{background:#e8e8e8;font-family:"Noto Sans CJK SC",sans-serif;margin:1rem}
h1{font-size:1.1rem;text-align:center}p{text-align:center;color:#555}${PREVIEW_CSS}</style></head><body>
<h1>打印机模拟器 · TCP ${sim.port}</h1>
<p>最近 ${sim.receipts.length} 张小票（新的在上）· <a href="/receipts.json">receipts.json</a></p>
${sim.receipts.map((r) => renderPreviewHtml(r)).join('\n')}
</body></html>`;

const server = http.createServer((req, res) => {
	const path = new URL(req.url ?? '/', 'http://x').pathname;
	if (req.method === 'GET' && path === '/') {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page());
	} else if (req.method === 'GET' && path === '/receipts.json') {
		res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(sim.receipts));
	} else if (req.method === 'DELETE' && path === '/receipts') {
		sim.clear();
		res.writeHead(204).end();
	} else {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
	}
});
server.listen(httpPort, host, () => {
	const a = server.address();
	const shown = host === '0.0.0.0' ? '127.0.0.1' : host;
	console.log(`打印机模拟器 ESC/POS: tcp://${shown}:${sim.port}  (PRINTER_URL=tcp://${shown}:${sim.port})`);
	console.log(`预览: http://${shown}:${typeof a === 'object' && a ? a.port : httpPort}/`);
});

const stop = async () => {
	server.close();
	await sim.close();
	process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
