/** A promise with its settle functions. */
export type Deferred<T> = {
  promise: Promise<T>
  resolve: (value: T | Promise<T>) => void
  reject: (error: Error) => void
}

/** A new {@link Deferred}; its rejection alone never counts as unhandled (whoever awaits it still sees it). */
export const deferred = <T>(): Deferred<T> => {
  let resolve!: Deferred<T>['resolve']
  let reject!: Deferred<T>['reject']
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)))
  promise.catch(() => {})
  return { promise, resolve, reject }
}
