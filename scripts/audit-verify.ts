/**
 * `npm run audit:verify [DATA_DIR]`: walks every day file's audit log in order and checks the hash
 * chain (src/lib/server/audit-chain.ts). Prints the first broken or missing link with its file and
 * index and exits 1; exits 0 when the chain is whole. DATA_DIR defaults to $DATA_DIR, then ./data.
 */
import path from 'node:path';
import { describeChain } from '../src/lib/server/audit-chain';
import { verifyDataDir } from '../src/lib/server/audit-log';

const dataDir = path.resolve(process.argv[2] ?? (process.env.DATA_DIR?.trim() || './data'));
const report = await verifyDataDir(dataDir);
for (const file of report.unreadable) console.error(`无法读取（不是有效的 JSON）：${file}`);
if (report.ok) {
	console.log(`审计日志${describeChain(report)}（${dataDir}）`);
} else {
	console.error(`审计日志校验失败：${describeChain(report)}`);
	console.error(
		`  文件 ${report.file ?? report.day}，audit[${report.index}]（第 ${report.index + 1} 条），问题 ${report.problem}`
	);
}
process.exit(report.ok && report.unreadable.length === 0 ? 0 : 1);
