// Polls until a service answers, or fails with its name and the last error.
export async function waitFor(name: string, probe: () => Promise<void>, timeoutMs: number, giveUp: () => boolean = () => false): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (err) {
      lastError = err;
      if (giveUp()) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} no respondió: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}
