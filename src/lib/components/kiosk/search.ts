/**
 * Matter search for the kiosk: Chinese text, pinyin initials (jzz -> 居住证) or full pinyin
 * (juzhu -> 居住证). The pinyin keys are made on the server (pinyin-pro stays out of the
 * browser bundle); matching here is plain string work.
 */
export interface SearchKey {
	matterId: string;
	/** Lower-case initials of the Hanzi, Latin letters kept: 居住证办理 -> jzzbl. */
	initials: string;
	/** Lower-case full pinyin without spaces: juzhuzhengbanli. */
	full: string;
}

/** Ids of matching matters, best first: name contains the text, then initials, then full pinyin. */
export function searchMatters(query: string, matters: { id: string; name: string }[], keys: SearchKey[]): string[] {
	const q = query.trim().toLowerCase().replace(/\s+/g, '');
	if (!q) return [];
	const byId = new Map(keys.map((k) => [k.matterId, k]));
	const scored: { id: string; score: number; order: number }[] = [];
	matters.forEach((m, order) => {
		const k = byId.get(m.id);
		let score = 0;
		if (m.name.toLowerCase().includes(q)) score = 4;
		else if (k?.initials.startsWith(q)) score = 3;
		else if (k?.initials.includes(q)) score = 2;
		else if (/^[a-z]+$/.test(q) && q.length >= 2 && k?.full.includes(q)) score = 1;
		if (score) scored.push({ id: m.id, score, order });
	});
	return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.id);
}
