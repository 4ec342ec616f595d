/**
 * `JSON.stringify(value)` of a plain object, in pieces: each element of its top-level arrays apart,
 * so a big atlas (100,000 events) is written without ever being one string in memory. A top-level
 * value may also be any iterable (a generator of events read back from disk), written as an array.
 *
 * @example [...jsonPieces({a: [1, 2], b: 'x'})].join('') === JSON.stringify({a: [1, 2], b: 'x'})
 */
export function* jsonPieces(value: object): Generator<string> {
  yield '{';
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || typeof v === 'function') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    if (!isList(v)) {
      yield JSON.stringify(v);
      continue;
    }
    yield '[';
    let i = 0;
    for (const item of v) {
      const s = JSON.stringify(item);
      yield `${i++ ? ',' : ''}${s === undefined ? 'null' : s}`;
    }
    yield ']';
  }
  yield '}';
}

const isList = (v: unknown): v is Iterable<unknown> =>
  Array.isArray(v) ||
  (typeof v === 'object' && v !== null && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function');
