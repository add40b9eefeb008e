/** Polls `find` until it returns something: a response's log line and metrics are written when the response has been sent. */
export async function eventually<T>(find: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 2_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`never found ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}