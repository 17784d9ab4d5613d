/**
 * Issue 9 finding 7, against the real server with real files: valid JSON of the wrong shape is
 * treated like a corrupt file (restored from its backup, or the server refuses to start naming
 * it), and the demo hall is never seeded over a hall's existing days.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { post, startServer, tempDataDir, type RunningServer } from './server';

const servers: RunningServer[] = [];
afterAll(async () => {
	await Promise.all(servers.map((s) => s.stop('SIGKILL')));
});

async function start(dataDir: string) {
	const server = await startServer({ dataDir });
	servers.push(server);
	return server;
}

/** A hall with `n` tickets issued today; returns its folder and today's day file. */
async function hallWithTickets(n: number) {
	const dataDir = tempDataDir();
	const server = await start(dataDir);
	let last = '';
	for (let i = 0; i < n; i++) {
		const res = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(res.status).toBe(201);
		last = res.body.ticket.number;
	}
	await server.stop();
	const days = path.join(dataDir, 'days');
	const dayFile = path.join(
		days,
		readdirSync(days).find((f) => f.endsWith('.json'))!
	);
	return { dataDir, dayFile, last };
}

const refusal = (dataDir: string) =>
	startServer({ dataDir }).then(
		(s) => {
			servers.push(s);
			return '';
		},
		(e: Error) => e.message
	);

describe('a day file holding null', () => {
	it('restores the day from its backup: numbering continues and the good backup survives', async () => {
		const { dataDir, dayFile, last } = await hallWithTickets(190);
		expect(last).toMatch(/190$/);
		const good = readFileSync(`${dayFile}.bak`, 'utf8');
		expect(JSON.parse(good).tickets).toHaveLength(189);
		writeFileSync(dayFile, 'null');

		const server = await start(dataDir);
		const res = await post(`${server.url}/api/tickets`, { matterId: 'residence-permit' });
		expect(res.status).toBe(201);
		// Not A001: the 189 tickets of the backup are back and numbering goes on from them.
		expect(res.body.ticket.number).toMatch(/190$/);
		expect(JSON.parse(readFileSync(dayFile, 'utf8')).tickets).toHaveLength(190);
		expect(JSON.parse(readFileSync(`${dayFile}.bak`, 'utf8')).tickets).toHaveLength(189);
		expect(readdirSync(path.dirname(dayFile)).some((f) => f.includes('.json.corrupt-'))).toBe(true);
		expect(server.output()).toContain(path.basename(dayFile));
	}, 60_000);
});

describe('a day file holding {} with no backup', () => {
	it('refuses to start, naming the file (not "today.tickets is not iterable")', async () => {
		const { dataDir, dayFile } = await hallWithTickets(1);
		writeFileSync(dayFile, '{}');
		rmSync(`${dayFile}.bak`, { force: true });
		const message = await refusal(dataDir);
		expect(message).toContain(dayFile);
		expect(message).not.toContain('not iterable');
		expect(readFileSync(dayFile, 'utf8')).toBe('{}');
	}, 60_000);
});

describe('config.json', () => {
	it('holding null with no backup next to existing days: refuses to start, does not re-seed', async () => {
		const { dataDir } = await hallWithTickets(1);
		const config = path.join(dataDir, 'config.json');
		const secret = JSON.parse(readFileSync(config, 'utf8')).secret;
		writeFileSync(config, 'null');
		rmSync(`${config}.bak`, { force: true });
		const message = await refusal(dataDir);
		expect(message).toContain(config);
		expect(readFileSync(config, 'utf8')).toBe('null');
		expect(secret).toMatch(/^[0-9a-f]{64}$/);
	}, 60_000);

	it('and its backup both missing next to existing days: refuses to start, does not re-seed', async () => {
		const { dataDir } = await hallWithTickets(1);
		const config = path.join(dataDir, 'config.json');
		rmSync(config);
		rmSync(`${config}.bak`, { force: true });
		const message = await refusal(dataDir);
		expect(message).toMatch(/config\.json and its backup are missing/);
		expect(message).toContain('拒绝启动');
		expect(existsSync(config)).toBe(false);
	}, 60_000);

	it('holding null with a good backup: restored with the same secret', async () => {
		const { dataDir } = await hallWithTickets(1);
		const config = path.join(dataDir, 'config.json');
		// Any change writes config.json once more, so a backup of the good config exists.
		writeFileSync(`${config}.bak`, readFileSync(config));
		const secret = JSON.parse(readFileSync(config, 'utf8')).secret;
		writeFileSync(config, 'null');
		await start(dataDir);
		expect(JSON.parse(readFileSync(config, 'utf8')).secret).toBe(secret);
	}, 60_000);
});
