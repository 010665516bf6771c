/**
 * Polls `assertion` until it passes or `timeoutMs` runs out, then throws its last failure.
 * For asynchronous outcomes (events): never sleep a fixed time and hope.
 */
export async function expectEventually<T>(
  assertion: () => Promise<T> | T,
  { timeoutMs = 15_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
