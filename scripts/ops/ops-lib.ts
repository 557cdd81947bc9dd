// Small pieces of the production check (nginx-check.ts), kept apart so they can be tested alone.

/** envsubst for exactly the named variables: `${NAME}` replaced, nginx's own `$vars` left alone. */
export function render(template: string, vars: Record<string, string>): string {
  const out = template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => vars[name] ?? whole);
  const left = /\$\{BIANMIN_[A-Z0-9_]+\}/.exec(out);
  if (left) throw new Error(`template variable ${left[0]} has no value`);
  return out;
}

export async function waitUntil(ready: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if (await ready()) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `workers` loops sending GET `url` back to back until stopped; every non-200 is a failure. */
export function runLoad(url: string, workers: number) {
  const state = { running: true, ok: 0, failures: [] as string[] };
  const loops = Array.from({ length: workers }, async () => {
    while (state.running) {
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status === 200) state.ok++;
        else state.failures.push(`HTTP ${res.status}`);
      } catch (err) {
        state.failures.push(err instanceof Error ? err.message : String(err));
      }
    }
  });
  return {
    snapshot: () => ({ ok: state.ok, failures: state.failures.length }),
    async stop() {
      state.running = false;
      await Promise.all(loops);
      return { ok: state.ok, failures: state.failures };
    },
  };
}
