import { describe, expect, it } from 'vitest';
import { messages, translate } from './kiosk';

describe('kiosk i18n', () => {
	it('has every key in both languages, with the same placeholders', () => {
		for (const key of Object.keys(messages.zh) as (keyof typeof messages.zh)[]) {
			const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
			expect(ph(messages.en[key]), key).toEqual(ph(messages.zh[key]));
		}
	});
	it('fills placeholders', () => {
		expect(translate('zh', 'missingTitle', { n: 2 })).toBe('您还缺少 2 项材料');
		expect(translate('en', 'missingTitle', { n: 2 })).toBe('2 paper(s) missing');
	});
});
