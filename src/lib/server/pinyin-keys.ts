/** Pinyin search keys for the kiosk's matter search (pinyin-pro runs only on the server). */
import { pinyin } from 'pinyin-pro';
import type { SearchKey } from '$lib/components/kiosk/search';

export function searchKeys(matters: { id: string; name: string }[]): SearchKey[] {
	return matters.map((m) => {
		const letters = (parts: string[]) =>
			parts
				.join('')
				.toLowerCase()
				.replace(/[^a-z0-9]/g, '');
		return {
			matterId: m.id,
			initials: letters(pinyin(m.name, { pattern: 'first', toneType: 'none', type: 'array' })),
			full: letters(pinyin(m.name, { toneType: 'none', type: 'array' }))
		};
	});
}
