/**
 * Wraps `fn` so that a call with the same arguments as the call before (compared by identity) returns
 * the same result without running `fn` again: for pure functions that several components call with
 * the same inputs in one render.
 */
export function memoLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}
