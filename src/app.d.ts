import type { StaffIdentity } from '$lib/server/hall';

declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			staff: StaffIdentity | null;
		}
	}
}

export {};
