// Apart from the schemas so that summarize can stamp the version without pulling every summary
// schema into a bundle that never validates a summary.

/**
 * The version of the summary format. It changes only when a field is removed or changes meaning;
 * new fields may be added within a version.
 *
 * @example
 * ```ts
 * SUMMARY_SCHEMA_VERSION; // 1
 * ```
 *
 * @category Summary
 */
export const SUMMARY_SCHEMA_VERSION = 1;
