import { redirect } from '@sveltejs/kit';
import { DomainError } from '$lib/domain';
import { safeNext } from '$lib/server/safe-next';
import { logIn } from '$lib/server/session-cookie';
import type { RequestHandler } from './$types';

/**
 * The login form's plain POST, for a press that comes before the page's JavaScript has loaded
 * (a slow console PC): without it the browser would submit the form itself and the password
 * would end up in the address bar. Answers with a redirect back to the page it came from.
 */
export const POST: RequestHandler = async ({ request, cookies, url, getClientAddress }) => {
	const form = await request.formData();
	const back = safeNext(form.get('next') ?? '/window', '/window');
	try {
		await logIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''), cookies, url, getClientAddress());
	} catch (err) {
		if (!(err instanceof DomainError)) throw err;
		redirect(303, `${back.split('?')[0]}?login=failed`);
	}
	redirect(303, back);
};
