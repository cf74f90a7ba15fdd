/** The file URL of the built CLI when it may run (built, not overridden, not older than its sources), else null. */
export declare const builtCliEntry: (root: string, env?: NodeJS.ProcessEnv) => string | null
