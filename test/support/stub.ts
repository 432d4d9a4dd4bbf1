// Stand-ins for browser methods in tests (console.warn, window.print,
// navigator.geolocation.getCurrentPosition): the property is replaced, and
// put back as it was, never as a bound copy of the original method.

/**
 * Sets `object[key]` to `value` and returns what undoes it: the object's own
 * property is restored as it was, or the stand-in removed when the original
 * was inherited (a method on the prototype). Undoing twice does nothing.
 */
export function stub<T extends object, K extends keyof T>(
  object: T,
  key: K,
  value: T[K],
): () => void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  object[key] = value;
  let undone = false;
  return () => {
    if (undone) return;
    undone = true;
    if (own) Object.defineProperty(object, key, own);
    else Reflect.deleteProperty(object, key);
  };
}
