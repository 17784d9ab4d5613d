import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext (login form `next`)', () => {
	it('keeps paths on this server', () => {
		expect(safeNext('/window', '/x')).toBe('/window');
		expect(safeNext('/admin/devices?tab=1#a', '/x')).toBe('/admin/devices?tab=1#a');
	});

	it('refuses anything a browser would read as another host', () => {
		for (const bad of [
			'/\\evil.example',
			'/\\/evil.example',
			'//evil.example',
			'/\t/evil.example',
			'/\n/evil.example',
			'https://evil.example',
			'javascript:alert(1)',
			'evil.example',
			'',
			'/%5Cevil.example/..\\x',
			null
		]) {
			expect(safeNext(bad, '/window'), JSON.stringify(bad)).toBe('/window');
		}
	});
});
