/**
 * Some legacy page scripts add enumerable properties to `Object.prototype`.
 * zod's module code walks object literals with `for…in` and no own-property
 * check, so it threw at load and no tag was defined. Importing this module
 * (before zod) sets those properties aside; `restorePrototype()`, called once
 * the schemas are built, puts them back as they were. All of it runs
 * synchronously while the modules load: no page script runs in between.
 */
const saved: [string, PropertyDescriptor][] = [];
const prototype = Object.prototype as Record<string, unknown>;
for (const key of Object.keys(prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(prototype, key);
  if (descriptor?.configurable && Reflect.deleteProperty(prototype, key))
    saved.push([key, descriptor]);
}

/** Puts back what was set aside (once). */
export function restorePrototype(): void {
  for (const [key, descriptor] of saved.splice(0))
    Object.defineProperty(prototype, key, descriptor);
}
