/**
 * Pothos enum values with a description each, from a vocabulary list. The
 * record is typed by the list, so a value added to the vocabulary without a
 * description fails to compile instead of shipping undocumented.
 */
export function describedValues<const V extends string>(
  values: readonly V[],
  descriptions: Record<V, string>,
): Record<V, { description: string; value: V }> {
  return Object.fromEntries(values.map((v) => [v, { description: descriptions[v], value: v }])) as Record<V, { description: string; value: V }>;
}
