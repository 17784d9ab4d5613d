/**
 * Where a form may send the browser back to: a path on this server only. `/window` yes;
 * `//evil.example`, `/\evil.example` (browsers read `\` as `/`), `https://…`, `javascript:`, or a
 * path with control characters (which browsers strip) no: those fall back to `fallback`.
 */
export function safeNext(next: unknown, fallback: string): string {
	if (typeof next !== 'string' || next.length > 2000) return fallback;
	if (!next.startsWith('/') || next[1] === '/' || next[1] === '\\') return fallback;
	// Tabs and newlines are removed by the URL parser ("/\t/evil" becomes "//evil"), backslashes read as "/".
	// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
	if (/[\u0000-\u001f\u007f\\]/.test(next)) return fallback;
	try {
		const base = 'http://same.invalid';
		const url = new URL(next, base);
		if (url.origin !== base) return fallback;
		return url.pathname + url.search + url.hash;
	} catch {
		return fallback;
	}
}
