import os from 'node:os'
import path from 'node:path'

/** The folder name Rapport uses inside the platform's per-user application data folder. */
export const appFolderName = 'Rapport'

/**
 * The per-user data folder the desktop app uses: the same place Electron's `userData` points
 * to (`~/.config/Rapport` on Linux, `~/Library/Application Support/Rapport` on macOS,
 * `%APPDATA%\Rapport` on Windows), so the CLI and the app find the same vault.
 */
export const defaultDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string => {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', appFolderName)
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appFolderName)
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), appFolderName)
}

/** Where the vault lives: `--data-dir`, else `RAPPORT_DATA_DIR`, else the platform default. */
export const resolveDataDir = (flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string =>
  path.resolve(flag || env.RAPPORT_DATA_DIR || defaultDataDir(process.platform, env))
