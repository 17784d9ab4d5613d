/** What the console needs to know about the logged-in clerk (a browser-safe copy of StaffIdentity). */
export interface StaffWindow {
	id: string;
	number: number;
	name: string;
	role: 'A' | 'B';
}

export interface Clerk {
	id: string;
	name: string;
	staffNo: string;
	windows: StaffWindow[];
}
