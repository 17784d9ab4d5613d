/**
 * One id per button press, so the server acts once however often the request arrives.
 * `crypto.randomUUID` exists only in secure contexts; a hall LAN often serves plain http from
 * an IP address, so fall back to getRandomValues, which works everywhere.
 */
export function newRequestId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
