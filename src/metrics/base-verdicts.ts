// The base verdict of runs judged as EvalPlus judges (HumanEval+, MBPP+, and EvalPlus's own results
// files): `passed` says whether a sample passed the base inputs and the extra ones (EvalPlus's "plus"),
// `base_passed` whether it passed the base inputs. A study of the base verdict is the same study on the
// records with `passed` taken from `base_passed`.

/** True when some record carries a base verdict apart from its verdict (`base_passed`). */
export function hasBaseVerdicts(results: readonly { readonly [field: string]: unknown }[]): boolean {
  return results.some((record) => typeof record.base_passed === "boolean");
}

/**
 * The records as judged on the base inputs alone: `passed` is `base_passed` where there is one (a
 * problem without extra inputs has one verdict, which is both).
 */
export function onBaseInputs<T extends { readonly passed: boolean; readonly [field: string]: unknown }>(
  results: readonly T[],
): T[] {
  return results.map((record) =>
    typeof record.base_passed === "boolean" ? { ...record, passed: record.base_passed } : record,
  );
}
