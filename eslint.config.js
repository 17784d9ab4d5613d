// ESLint for Yizhan: `npm run check` runs `eslint . --max-warnings 0`.
//
// Syntax rules: @eslint/js + typescript-eslint "recommended" (not type-aware: svelte-check already
// type-checks everything, and a type-aware lint would build a second TypeScript program, too slow
// on a 2-core machine) + eslint-plugin-svelte, with eslint-config-prettier last so ESLint never
// argues with Prettier about formatting.
//
// Import boundaries (issue 8): why these tools.
// - `no-restricted-imports` (core ESLint) matches the import *text*, so it needs no resolver and
//   cannot silently pass when `.svelte-kit/tsconfig.json` is missing. It catches `node:*`, bare
//   Node built-ins, `$lib/server/**` and `*.svelte` imports.
// - `import-x/no-restricted-paths` matches the *resolved file*, so it also catches relative
//   imports such as `../server/hall`. It resolves `$lib` through eslint-import-resolver-typescript,
//   which reads SvelteKit's generated tsconfig (`npx svelte-kit sync` first; `npm run check` does).
// - `import-x/no-cycle` finds cycles in the same ESLint pass with the same resolver, so there is
//   no second tool (dependency-cruiser would do the job too) with its own config and its own walk
//   of the graph to keep in step. It costs about 3-4 s of CPU for the whole repository. It ignores
//   `import type` (erased when compiled, so no cycle at run time); every value import counts.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import svelte from 'eslint-plugin-svelte';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import { builtinModules } from 'node:module';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Node modules: `node:*` and every built-in by bare name (`fs`, `path/posix`, ...). A regex, not a
 * gitignore-style group: the group `events` would also match `$lib/realtime/events`.
 */
const nodeModule = new RegExp(`^(node:|(${builtinModules.filter((m) => !m.includes(':')).join('|')})(/|$))`);

/** Everything under src/lib/server, whichever way it is spelled. */
const serverImport = {
	group: ['$lib/server', '$lib/server/**', '**/lib/server', '**/lib/server/**'],
	message: 'Server-only code ($lib/server) may not be imported here.'
};

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'node_modules/',
		'tests/.tmp/',
		'display/voice/',
		'data/',
		'test-results/',
		'playwright-report/'
	]),
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript (svelte-check) already reports undefined names, and knows the types' globals.
			'no-undef': 'off',
			// Yizhan is always served at the site root (no kit.paths.base): kiosks, screens and printers
			// are set up with absolute URLs such as /display?windows=win-1, and the server hands out
			// such paths (pairing's `next`). resolve() around every href would only add noise.
			'svelte/no-navigation-without-resolve': 'off',
			// `_name` marks a parameter or binding that is deliberately unused.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},

	// ---- import boundaries ---------------------------------------------------------------------
	{
		files: ['src/**/*.{js,ts,svelte}'],
		plugins: { 'import-x': importX },
		// When a .ts file imports a component, import-x parses the .svelte file with the .ts file's
		// parser options: give svelte-eslint-parser TypeScript for its <script lang="ts">.
		languageOptions: { parserOptions: { parser: ts.parser } },
		settings: {
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
			'import-x/extensions': ['.js', '.ts', '.svelte'],
			// Parse .svelte files too when following imports, so a cycle through a component counts.
			'import-x/parsers': { 'svelte-eslint-parser': ['.svelte'], '@typescript-eslint/parser': ['.js', '.ts'] }
		},
		rules: {
			'import-x/no-cycle': ['error', { ignoreExternal: true }]
		}
	},
	{
		// (a) The core runs anywhere: in the browser, the server, a test. No Node, no server code, no UI.
		files: ['src/lib/core/**', 'src/lib/domain/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ regex: nodeModule.source, message: 'src/lib/core and src/lib/domain run in the browser too: no Node modules.' },
						serverImport,
						{ group: ['*.svelte'], message: 'src/lib/core and src/lib/domain hold no UI: no Svelte components.' }
					]
				}
			],
			'import-x/no-restricted-paths': [
				'error',
				{
					zones: [
						{
							target: ['./src/lib/core', './src/lib/domain'],
							from: './src/lib/server',
							message: 'The core may not import server code.'
						}
					]
				}
			]
		}
	},
	{
		// (b) Code that runs in the browser never imports $lib/server (SvelteKit also refuses at build time).
		// Specs run in Node, not in the browser: kiosk/search.spec.ts checks the browser search
		// against the server's pinyin keys, as the kiosk page gets them.
		ignores: ['**/*.spec.ts'],
		files: ['src/lib/components/**', 'src/routes/**/*.svelte', 'src/lib/realtime/**', 'src/lib/voice/**', 'src/lib/i18n/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [serverImport] }],
			'import-x/no-restricted-paths': [
				'error',
				{
					zones: [
						{
							target: [
								'./src/lib/components',
								'./src/routes/**/*.svelte',
								'./src/lib/realtime',
								'./src/lib/voice',
								'./src/lib/i18n'
							],
							from: './src/lib/server',
							message: 'Browser code may not import server code ($lib/server).'
						}
					]
				}
			]
		}
	}
);
