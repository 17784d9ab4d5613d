/**
 * Restores a backup into a data folder:
 *
 *   npm run restore -- <backup-file> <new-or-empty DATA_DIR> [--force]
 *
 * Checks the backup first (every file's sha256 against its manifest, every record's shape), then
 * writes it. A folder that holds anything is refused unless --force (then it is moved aside to
 * `<dir>.before-restore-<time>`, never deleted); a folder a running server owns is always refused.
 * Exit code 0 restored, 1 refused or failed (nothing written), 2 usage.
 */
import { BackupError } from '../src/lib/server/backup/bundle';
import { restoreBackup } from '../src/lib/server/backup/restore';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [file, target, ...rest] = args.filter((a) => a !== '--force');
if (!file || !target || rest.length) {
	console.error('usage: npm run restore -- <backup-file> <new-or-empty DATA_DIR> [--force]');
	process.exit(2);
}

try {
	const r = await restoreBackup(file, target, { force });
	console.log(`restored ${file} (taken ${new Date(r.createdAt).toISOString()}) into ${r.target}:`);
	console.log(`  ${r.files} files, ${r.bytes} bytes; every file's sha256 and shape checked`);
	console.log(`  sites: ${r.sites.join(', ') || '(none)'}`);
	console.log(
		`  ${r.days.length} business days${r.days.length ? ` (${r.days[0]} .. ${r.days.at(-1)})` : ''}, ${r.tickets} tickets, ${r.cases} cases`
	);
	if (r.movedAside) console.log(`  the folder that was there is now ${r.movedAside}`);
	console.log(`start the server with DATA_DIR=${r.target}`);
} catch (err) {
	if (!(err instanceof BackupError)) throw err;
	console.error(`restore refused, nothing written: ${err.message}`);
	process.exit(1);
}
