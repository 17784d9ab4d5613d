import type { DeviceIdentity } from '$lib/devices';
import type { StaffIdentity } from '$lib/server/hall';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			staff: StaffIdentity | null;
			/** The paired kiosk or display this request comes from (cookie yz_device), if any. */
			device: DeviceIdentity | null;
		}
	}
}

export {};
