import { describe, expect, it } from 'vitest';
import { parseEnv } from './env';

describe('parseEnv', () => {
	it('gives the demo defaults on an empty environment', () => {
		const env = parseEnv({});
		expect(env.printerUrl).toBe('sim');
		expect(env.demo).toBe(true);
		expect(env.timeZone).toBe('Asia/Shanghai');
		expect(env.dataDir.endsWith('/data')).toBe(true);
		expect(Object.isFrozen(env)).toBe(true);
		expect(env.backupDir).toBe(`${env.dataDir}-backups`);
		expect(env.backupKeepDays).toBe(30);
		expect(env.backupAt).toBe('02:30');
	});

	it('reads the backup settings and refuses bad ones', () => {
		const env = parseEnv({ DATA_DIR: '/srv/hall', BACKUP_DIR: '/mnt/usb', BACKUP_KEEP_DAYS: '7', BACKUP_AT: 'off' });
		expect([env.backupDir, env.backupKeepDays, env.backupAt]).toEqual(['/mnt/usb', 7, null]);
		expect(parseEnv({ DATA_DIR: '/srv/hall/' }).backupDir).toBe('/srv/hall-backups');
		expect(() => parseEnv({ BACKUP_KEEP_DAYS: '0' })).toThrow(/BACKUP_KEEP_DAYS/);
		expect(() => parseEnv({ BACKUP_AT: '2:30' })).toThrow(/BACKUP_AT/);
		expect(() => parseEnv({ BACKUP_AT: '24:00' })).toThrow(/BACKUP_AT/);
		expect(() => parseEnv({ DATA_DIR: '/srv/hall', BACKUP_DIR: '/srv/hall' })).toThrow(/BACKUP_DIR/);
	});

	it('names the variable that is wrong', () => {
		expect(() => parseEnv({ PRINTER_URL: 'usb://1' })).toThrow(/PRINTER_URL/);
		expect(() => parseEnv({ PUBLIC_URL: 'hall.local' })).toThrow(/PUBLIC_URL/);
		expect(() => parseEnv({ DEMO: 'yes' })).toThrow(/DEMO/);
		expect(() => parseEnv({ HALL_TIME_ZONE: 'Mars/Olympus' })).toThrow(/HALL_TIME_ZONE/);
		expect(() => parseEnv({ PRINTER_COLUMNS: '40' })).toThrow(/PRINTER_COLUMNS/);
	});

	it('accepts a raw 9100 printer and strips a trailing slash from PUBLIC_URL', () => {
		const env = parseEnv({ PRINTER_URL: 'tcp://192.168.1.50:9100', PUBLIC_URL: 'http://hall.local:3000/', DEMO: '0' });
		expect(env.printerUrl).toBe('tcp://192.168.1.50:9100');
		expect(env.publicUrl).toBe('http://hall.local:3000');
		expect(env.demo).toBe(false);
	});
});
