import { describe, expect, it } from 'vitest';
import * as labels from './labels';

const tables = Object.entries(labels).filter(([name]) => name.endsWith('Labels')) as [
	string,
	Record<'zh' | 'en', Record<string, string>>
][];

describe('labels', () => {
	it('every label has Chinese and English, for the same keys, none empty', () => {
		expect(tables.length).toBeGreaterThanOrEqual(8);
		for (const [name, table] of tables) {
			expect(Object.keys(table.en).sort(), name).toEqual(Object.keys(table.zh).sort());
			for (const text of [...Object.values(table.zh), ...Object.values(table.en)])
				expect(text.trim().length, name).toBeGreaterThan(0);
		}
	});

	it('the long kind says what the resident can expect', () => {
		expect(labels.matterKindLong('promised', 5)).toBe('承诺件（5个工作日办结）');
		expect(labels.matterKindLong('instant', 0, 'en')).toBe('Done on the spot');
	});
});
