/**
 * The process-wide application: env, store, hall, printer and realtime gateway, created once.
 * Kept on globalThis because Vite's dev server may evaluate this module more than once (HMR),
 * and there must only ever be one writer of DATA_DIR.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Backups, followBackups } from './backup/backups';
import { parseEnv, type AppEnv } from './env';
import { Pairing } from './devices';
import { Hall } from './hall';
import { IssueGate } from './issue-gate';
import { PrintQueue } from './printing/jobs';
import { createPrinter, type Printer } from './printing/transport';
import { Gateway } from './realtime/gateway';
import { demoConfig } from './seed';
import { DEMO_PASSWORD_FILE, demoPassword, withDemoPassword } from './seed/demo-password';
import { LowdbStore } from './store/lowdb-store';
import { claimDataDir } from './store/single-writer';
import type { HallConfig } from './store/store';

export interface App {
	env: AppEnv;
	hall: Hall;
	printer: Printer;
	/** Every receipt goes through this persisted queue (printing/jobs.ts). */
	prints: PrintQueue;
	gateway: Gateway;
	pairing: Pairing;
	/** Who may take numbers and print notices (issue-gate.ts). */
	gate: IssueGate;
	/** Backups of DATA_DIR in BACKUP_DIR: nightly and on demand (backup/backups.ts). */
	backups: Backups;
}

const KEY = Symbol.for('yizhan.app');

export function getApp(): Promise<App> {
	const g = globalThis as unknown as Record<symbol, Promise<App> | undefined>;
	g[KEY] ??= createApp();
	return g[KEY]!;
}

async function createApp(): Promise<App> {
	const env = parseEnv(process.env);
	await claimDataDir(env.dataDir);
	const store = new LowdbStore(env.dataDir);
	let config: HallConfig | null = await store.readConfig();
	const demo = await demoPassword(env.dataDir, env.demoPassword);
	if (!config) {
		// Never seed over a hall's data: a lost config.json must be restored, not replaced.
		if (await store.hasDays()) {
			throw new Error(
				`[yizhan] ${path.join(env.dataDir, 'config.json')} and its backup are missing, but ${path.join(env.dataDir, 'days')} holds ` +
					"a hall's days. Refusing to start and to seed the demo hall over them: restore config.json from a backup. " +
					'（配置文件 config.json 丢失而数据目录中已有营业日记录，拒绝启动：请从备份恢复 config.json）'
			);
		}
		config = demoConfig({ secret: randomBytes(32).toString('hex'), timeZone: env.timeZone, password: demo.password });
		await store.writeConfig(config);
		console.log(`[yizhan] seeded the demo hall "${config.sites[0]?.name}" in ${env.dataDir}`);
	}
	// With DEMO=0 the demo accounts are refused anyway: no scrypt for them before serving.
	const rehashed = env.demo ? await withDemoPassword(config, demo.password) : null;
	if (rehashed) await store.writeConfig((config = rehashed));
	if (env.demo && config.staff.some((s) => s.demo)) {
		const where = env.demoPassword ? 'DEMO_PASSWORD' : path.join(env.dataDir, DEMO_PASSWORD_FILE);
		console.log(`[yizhan] demo accounts w1..w6 and admin, password: ${demo.password} (from ${where})`);
	}
	const gateway = new Gateway();
	const hall = await Hall.open({ store, gateway, demo: env.demo }, config);
	const setupCode = hall.issueSetupCode();
	if (setupCode) {
		console.log(`[yizhan] no administrator yet: open /setup in a browser and enter the setup code ${setupCode}`);
	}
	// At the hall's midnight screens, consoles and phones move to the new day by themselves.
	hall.followDayChange();
	const printer = createPrinter(env.printerUrl);
	const prints = await PrintQueue.open({ store, gateway, main: printer, ttlMs: env.printJobTtlMinutes * 60_000 });
	prints.start();
	const timeZone = () => hall.timeZone;
	const backups = new Backups({
		dataDir: env.dataDir,
		dir: env.backupDir,
		keepDays: env.backupKeepDays,
		exclusive: (fn) => hall.exclusive(fn),
		timeZone
	});
	followBackups(backups, { at: env.backupAt, timeZone });
	console.log(`[yizhan] data in ${env.dataDir}; printer: ${printer.describe}; demo accounts ${env.demo ? 'on' : 'off'}`);
	console.log(
		`[yizhan] backups in ${env.backupDir}, ${env.backupAt ? `daily at ${env.backupAt} hall time` : 'nightly backup off'}, kept ${env.backupKeepDays} days`
	);
	return {
		env,
		hall,
		printer,
		prints,
		gateway,
		pairing: new Pairing(),
		gate: new IssueGate(env.unpairedIssuePerMinute),
		backups
	};
}
