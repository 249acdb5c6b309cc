/**
 * The server's clock. RAPPORT_NOW=<ISO instant> starts it at that instant and lets it run on from
 * there, so a browser test (or a demo) can stand on a chosen Monday and then, after a restart with
 * a later RAPPORT_NOW, on the Thursday after: that is how the follow-up routine's business days are
 * tested end to end. Without it, or with a value that is not an instant, it is the real clock.
 */
export function clockFromEnvironment(value: string | undefined, realNow: () => number = Date.now): () => Date {
  const start = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(start)) return () => new Date(realNow());
  const startedAt = realNow();
  return () => new Date(start + (realNow() - startedAt));
}
