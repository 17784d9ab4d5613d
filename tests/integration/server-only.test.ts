/**
 * Server-only code (store, printing, auth, secrets) lives in $lib/server. This proves the build
 * FAILS when browser code imports it, in a scratch copy of the project.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

describe('server-only code', () => {
	it('cannot be imported by a page that runs in the browser', () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'yizhan-leak-'));
		for (const f of ['package.json', 'svelte.config.js', 'vite.config.ts', 'tsconfig.json'])
			cpSync(path.join(root, f), path.join(dir, f));
		cpSync(path.join(root, 'src'), path.join(dir, 'src'), { recursive: true });
		symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
		mkdirSync(path.join(dir, 'src/routes/leak'));
		writeFileSync(
			path.join(dir, 'src/routes/leak/+page.svelte'),
			`<script lang="ts">import { parseEnv } from '$lib/server/env';\nconst env = parseEnv({});</script>\n<p>{env.dataDir}</p>\n`
		);
		const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			timeout: 120_000,
			// SvelteKit switches its server-only guard off under Vitest; build as a person would.
			env: Object.fromEntries(
				Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV' && k !== 'TEST')
			)
		});
		expect(build.status).not.toBe(0);
		expect(build.stdout + build.stderr).toMatch(/Cannot import \$lib\/server\/env\.ts into code that runs in the browser/);
	}, 150_000);
});
