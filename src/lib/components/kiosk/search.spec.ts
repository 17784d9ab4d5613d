import { describe, expect, it } from 'vitest';
import { searchKeys } from '$lib/server/pinyin-keys';
import { searchMatters } from './search';

const matters = [
	{ id: 'id-card', name: '居民身份证申领' },
	{ id: 'residence-permit', name: '居住证办理' },
	{ id: 'dibao', name: '最低生活保障申请' }
];
const keys = searchKeys(matters);

describe('searchMatters', () => {
	it('finds by pinyin initials, best prefix first', () => {
		expect(searchMatters('jzz', matters, keys)).toEqual(['residence-permit']);
		expect(searchMatters('J', matters, keys)).toEqual(['id-card', 'residence-permit']);
		expect(searchMatters('zdsh', matters, keys)).toEqual(['dibao']);
	});
	it('finds by Chinese text and by full pinyin', () => {
		expect(searchMatters('身份证', matters, keys)).toEqual(['id-card']);
		expect(searchMatters('juzhu', matters, keys)).toEqual(['residence-permit']);
	});
	it('finds nothing for an empty query or a miss', () => {
		expect(searchMatters('  ', matters, keys)).toEqual([]);
		expect(searchMatters('xyzq', matters, keys)).toEqual([]);
	});
});
