import { z } from 'zod';

// Zod 4 probes `new Function` once to decide whether to compile its parsers. Under the page's
// Content-Security-Policy (no 'unsafe-eval') the probe is refused and reported as a violation,
// though Zod falls back: in the browser, parse without compiling and without the probe.
z.config({ jitless: true });
