/**
 * The import boundaries in eslint.config.js fail `npm run check`: the core (src/lib/core,
 * src/lib/domain) imports no Node module, no server code and no Svelte file; browser code imports
 * no $lib/server; and no import cycle appears in src/. Lints made-up files with ESLint's Node API.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;

/** Rule ids ESLint reports for `code` as if it were the file at `file` (relative to the root). */
async function rulesFor(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
	return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

beforeAll(() => {
	// The $lib alias resolves through SvelteKit's generated tsconfig.
	if (!existsSync(path.join(root, '.svelte-kit/tsconfig.json')))
		spawnSync(process.execPath, [path.join(root, 'node_modules/@sveltejs/kit/svelte-kit.js'), 'sync'], { cwd: root });
	eslint = new ESLint({ cwd: root });
});

describe('the core', () => {
	it('may not import node:*, $lib/server or a Svelte file', async () => {
		const rules = await rulesFor(
			'src/lib/core/leak.ts',
			[
				"import { readFileSync } from 'node:fs';",
				"import { Hall } from '$lib/server/hall';",
				"import Clock from '$lib/components/display/Clock.svelte';",
				'export const x = [readFileSync, Hall, Clock];',
				''
			].join('\n')
		);
		// One no-restricted-imports error per import; the resolved ones are also caught by path.
		expect(rules.filter((r) => r === 'no-restricted-imports')).toHaveLength(3);
		expect(rules).toContain('import-x/no-restricted-paths');
	});

	it('may not import a Node built-in by its bare name', async () => {
		for (const m of ['fs', 'fs/promises', 'events', 'crypto']) {
			const rules = await rulesFor('src/lib/domain/leak.ts', `import * as m from '${m}';\nexport const x = m;\n`);
			expect(rules, m).toEqual(['no-restricted-imports']);
		}
	});

	it('may not reach server code by a relative path either', async () => {
		const rules = await rulesFor(
			'src/lib/domain/leak.ts',
			"import { parseEnv } from '../server/env';\nexport const x = parseEnv;\n"
		);
		expect(rules).toEqual(['import-x/no-restricted-paths']);
	});

	it('may import the core and packages', async () => {
		const rules = await rulesFor(
			'src/lib/core/fine.ts',
			[
				"import { z } from 'zod';",
				"import { DomainError } from '$lib/domain/errors';",
				"import { matterKindLabels } from './labels';",
				// Named like Node's `events`, but it is ours and browser-safe.
				"import type { WindowView } from '$lib/realtime/events';",
				'export const x: [unknown, unknown, unknown, WindowView?] = [z, DomainError, matterKindLabels];',
				''
			].join('\n')
		);
		expect(rules).toEqual([]);
	});
});

describe('browser code', () => {
	it('may not import $lib/server', async () => {
		const code = "import { parseEnv } from '$lib/server/env';\nexport const x = parseEnv;\n";
		for (const file of [
			'src/lib/realtime/leak.ts',
			'src/lib/voice/leak.ts',
			'src/lib/i18n/leak.ts',
			'src/lib/components/leak.ts'
		]) {
			expect(await rulesFor(file, code), file).toContain('no-restricted-imports');
		}
		const page = `<script lang="ts">\n\timport { parseEnv } from '$lib/server/env';\n\tconst env = parseEnv({});\n</script>\n\n<p>{env.dataDir}</p>\n`;
		const rules = await rulesFor('src/routes/leak/+page.svelte', page);
		expect(rules).toContain('no-restricted-imports');
		expect(rules).toContain('import-x/no-restricted-paths');
	});

	it('server code may', async () => {
		expect(
			await rulesFor(
				'src/routes/leak/+page.server.ts',
				"import { parseEnv } from '$lib/server/env';\nexport const x = parseEnv;\n"
			)
		).toEqual([]);
	});
});

describe('import cycles', () => {
	// no-cycle follows imports on disk, so the pair is written for real, in a scratch folder in src/.
	const dir = path.join(root, `src/lib/lint-cycle-${process.pid}`);
	beforeAll(() => {
		mkdirSync(dir, { recursive: true });
		writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
		writeFileSync(path.join(dir, 'b.ts'), `import { a } from '$lib/lint-cycle-${process.pid}/a';\nexport const b = () => a;\n`);
		writeFileSync(path.join(dir, 'c.ts'), "import { b } from './b';\nexport const c = b;\n");
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('fail the lint, through $lib aliases too', async () => {
		const results = await eslint.lintFiles([path.join(dir, '*.ts')]);
		const byFile = Object.fromEntries(
			results.map((r) => [path.basename(r.filePath), r.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`)])
		);
		expect(byFile['a.ts']).toEqual(['import-x/no-cycle']);
		expect(byFile['b.ts']).toEqual(['import-x/no-cycle']);
		expect(byFile['c.ts']).toEqual([]);
	});
});
