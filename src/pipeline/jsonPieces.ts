/**
 * `JSON.stringify(value)` of a plain object, in pieces: each element of its top-level arrays apart,
 * so a big atlas (100,000 events) is written without ever being one string in memory.
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
    if (!Array.isArray(v)) {
      yield JSON.stringify(v);
      continue;
    }
    yield '[';
    for (let i = 0; i < v.length; i++) {
      const s = JSON.stringify(v[i] as unknown);
      yield `${i ? ',' : ''}${s === undefined ? 'null' : s}`;
    }
    yield ']';
  }
  yield '}';
}
