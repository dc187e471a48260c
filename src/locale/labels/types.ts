/**
 * A language labels exist for.
 *
 * @category Labels
 */
export type LabelLanguage = 'en' | 'km';

/**
 * Every fixed string that summaries and renderers show, in one language. Sentences are templates
 * with `{param}` or `{param:format}` placeholders (see {@link fillTemplate}).
 *
 * @category Labels
 */
export interface Labels {
  /** The language of these labels. */
  readonly lang: LabelLanguage;
  /** False while a native speaker has not reviewed the translation. */
  readonly reviewed: boolean;
  /** Status names. */
  readonly status: Readonly<Record<'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'no-data' | 'not-scored', string>>;
  /** What each status means (methodology). */
  readonly statusMeaning: Readonly<Record<'achieved' | 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'no-data' | 'not-scored', string>>;
  /** Finding severities. */
  readonly severity: Readonly<Record<'high' | 'medium' | 'low' | 'info', string>>;
  /** Names of common levels of the results tree, used when the strategy's own are not at hand. */
  readonly levels: Readonly<Record<string, string>>;
  /** Measures. */
  readonly measures: Readonly<Record<string, string>>;
  /** Directions of progress. */
  readonly directions: Readonly<Record<string, string>>;
  /** Column headers. */
  readonly columns: Readonly<Record<string, string>>;
  /** Section headings. */
  readonly headings: Readonly<Record<string, string>>;
  /** Short words: yes, no, not available, small-cell display, … */
  readonly common: Readonly<Record<string, string>>;
  /** Names of the kinds of data-quality findings. */
  readonly dataQualityKinds: Readonly<Record<string, string>>;
  /** Method presets: name and description. */
  readonly presets: Readonly<Record<string, {
    /** The preset's name, e.g. `Eurostat`. */
    readonly name: string;
    /** What the preset measures and how it decides the status. */
    readonly description: string;
  }>>;
  /** How results aggregate their children (`mean`, `worst`). */
  readonly aggregation: Readonly<Record<string, string>>;
  /** Finding templates by finding code. */
  readonly findings: Readonly<Record<string, string>>;
  /** Methodology templates by methodology code. */
  readonly methodology: Readonly<Record<string, string>>;
}

/**
 * Replacements for any labels: each group is optional, and within a group only the keys given
 * replace the defaults.
 *
 * @category Labels
 */
export type LabelOverrides = {
  readonly [Group in Exclude<keyof Labels, 'lang'>]?: Labels[Group] extends boolean ? boolean : Partial<Labels[Group]>;
};
