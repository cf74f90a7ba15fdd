import { app } from 'electron'
import { unwrapDeviceKey } from '../core/sync/deviceKeys'
import { safeStorageKeyProtection } from './safeStorageKeyProtection'

/** The app's option that stores this device's key unwrapped, for `rapport serve` on the same data folder. */
export const unwrapDeviceKeyFlag = '--unwrap-device-key'

/**
 * With `--unwrap-device-key`, instead of opening a window: stores this device's key for the data folder unwrapped
 * (a 0600 file, kept so from then on), says so on standard output, and quits; true when it was asked for.
 */
export const unwrapDeviceKeyOnRequest = (argv: readonly string[], dataDir: string): boolean => {
  if (!argv.includes(unwrapDeviceKeyFlag)) return false
  const write = (stream: NodeJS.WriteStream, line: string) => stream.write(`${line}\n`)
  void app
    .whenReady()
    .then(() => unwrapDeviceKey(dataDir, safeStorageKeyProtection()))
    .then((wasWrapped) => {
      write(
        process.stdout,
        wasWrapped
          ? `This device's key in ${dataDir} is now stored unwrapped: rapport serve can use it.`
          : `This device's key in ${dataDir} was not wrapped: rapport serve can use it as it is.`,
      )
      app.exit(0)
    })
    .catch((error: Error) => {
      write(process.stderr, `The device key could not be unwrapped: ${error.message}`)
      app.exit(1)
    })
  return true
}
