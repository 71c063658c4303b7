import { expect } from 'vitest';

/** A request the API must refuse: where it is sent, the HTTP status and the `extensions.code` of its first error. */
export type CodedRefusal = readonly [url: string, status: number, code: string];

/**
 * Sends every request and expects each refused with its status and code. The
 * answers are compared together, so a failure names every request answered
 * wrongly, not only the first.
 */
export async function expectCodedErrors(
  get: (url: string) => PromiseLike<{ statusCode: number; json: () => any }>,
  cases: readonly CodedRefusal[],
): Promise<void> {
  const answers: [string, number, unknown][] = [];
  for (const [url] of cases) {
    const res = await get(url);
    answers.push([url, res.statusCode, res.json().errors?.[0]?.extensions?.code]);
  }
  expect(answers).toEqual(cases.map((c) => [...c]));
}
