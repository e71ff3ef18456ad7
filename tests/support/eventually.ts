// Retries a probe until it stops throwing (a row still to appear, a workflow still starting).
import { vi } from 'vitest';

export function eventually<T>(probe: () => Promise<T>, timeoutMs = 30_000): Promise<T> {
  return vi.waitFor(probe, { timeout: timeoutMs, interval: 200 });
}
