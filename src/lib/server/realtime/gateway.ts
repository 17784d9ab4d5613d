/**
 * The one way the server pushes to clients. Services call these methods; nothing else touches
 * `io`. Without a socket server (unit tests, scripts) pushes are dropped.
 */
import type { Server } from 'socket.io';
import {
	rooms,
	type ClientToServerEvents,
	type InterServerEvents,
	type ServerToClientEvents,
	type SocketData
} from '$lib/realtime/events';

export type YizhanServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type Args<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

export class Gateway {
	constructor(private io: YizhanServer | null = null) {}

	attach(io: YizhanServer) {
		this.io = io;
	}

	toSite<E extends keyof ServerToClientEvents>(siteId: string, event: E, ...args: Args<E>) {
		this.io?.to(rooms.site(siteId)).emit(event, ...args);
	}

	toWindow<E extends keyof ServerToClientEvents>(windowId: string, event: E, ...args: Args<E>) {
		this.io?.to(rooms.window(windowId)).emit(event, ...args);
	}

	toTicket<E extends keyof ServerToClientEvents>(token: string, event: E, ...args: Args<E>) {
		this.io?.to(rooms.ticket(token)).emit(event, ...args);
	}

	/** To the print agent of a printer (printing/jobs.ts waits for its `print-done`). */
	toPrinter<E extends keyof ServerToClientEvents>(printerId: string, event: E, ...args: Args<E>) {
		this.io?.to(rooms.printer(printerId)).emit(event, ...args);
	}

	/** Is anyone following this room? Lets services skip building views nobody will see. */
	watched(room: string): boolean {
		return (this.io?.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
	}

	/** Staff ids of the sockets in a window room (each console gets a view with its own clerk). */
	staffIn(windowId: string): { socketId: string; staffId: string }[] {
		const ids = this.io?.sockets.adapter.rooms.get(rooms.window(windowId));
		if (!ids || !this.io) return [];
		const out: { socketId: string; staffId: string }[] = [];
		for (const id of ids) {
			const staffId = this.io.sockets.sockets.get(id)?.data.staffId;
			if (staffId) out.push({ socketId: id, staffId });
		}
		return out;
	}

	toSocket<E extends keyof ServerToClientEvents>(socketId: string, event: E, ...args: Args<E>) {
		this.io?.to(socketId).emit(event, ...args);
	}

	/** Tell every socket of session `sessionId` (a logout) that it was ended, then drop it. */
	closeSession(staffId: string, sessionId: string, message: string) {
		if (!this.io) return;
		for (const socket of this.io.sockets.sockets.values()) {
			if (socket.data.staffId === staffId && socket.data.sessionId === sessionId) {
				socket.emit('session_ended', { message });
				socket.disconnect(true);
			}
		}
	}

	/** Tell every socket of `staffId` that is not of session `keep` that it was ended, then drop it. */
	endSession(staffId: string, keep: string, message: string) {
		if (!this.io) return;
		for (const socket of this.io.sockets.sockets.values()) {
			if (socket.data.staffId === staffId && socket.data.sessionId !== keep) {
				socket.emit('session_ended', { message });
				socket.disconnect(true);
			}
		}
	}
}
