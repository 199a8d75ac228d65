/**
 * The generated schemas make and parse without compiling code: the Content-Security-Policy
 * refuses `eval` and `new Function`, and zod would otherwise try both (see zod-jitless.ts).
 */
it('makes and parses the generated schemas without new Function', async () => {
  const compile = vi.spyOn(globalThis, 'Function');
  const { zActorInput } = await import('@/api/zod/zod.gen');
  expect(zActorInput.safeParse({ name: 'Latitudes', kind: 'ASSOCIATION' }).success).toBe(true);
  expect(zActorInput.safeParse({ kind: 'ASSOCIATION' }).success).toBe(false);
  expect(compile).not.toHaveBeenCalled();
});
