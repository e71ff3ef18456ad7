// An object a test file uses everywhere but that only beforeAll can make.

/**
 * Stands for an object that exists only once beforeAll has made it: reading it sooner (at the top
 * of the file) is an error that says so, rather than an undefined.
 */
export function onceStarted<T extends object>(what: string, current: () => T | undefined): T {
  return new Proxy({} as T, {
    get(_target, key) {
      const started = current();
      if (!started) throw new Error(`${what} aún no se ha iniciado: úselo dentro de las pruebas o de beforeAll`);
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(started) : value;
    },
  });
}
